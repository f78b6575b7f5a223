// `release-tweet preview` beyond X: which networks to show (--network, or X and every network the environment
// configures), their posts framed with their own lengths, and the JSON report of every network.
import { planAnnouncement, type NetworkPlan, type Plan } from "../announce/plan.js";
import {
  anyGiven,
  BLUESKY_ENV,
  DEFAULT_MASTODON_VISIBILITY,
  MASTODON_ENV,
  NETWORK_NAME,
  NETWORKS,
  type AnnounceSettings,
  type Network,
} from "../announce/settings.js";
import { ReleaseTweetError } from "../core/errors.js";
import type { ComposeOptions, Release } from "../core/types.js";
import { DEFAULT_MASTODON_LIMITS } from "../mastodon/length.js";
import type { CliIo } from "./io.js";

const UNIT: Record<Network, string> = { x: "weighted, as X counts", bluesky: "graphemes, as Bluesky counts", mastodon: "characters, as the instance counts" };

/** The networks to preview: the one --network names, else X and each network whose credentials the environment has. */
export function previewNetworks(flag: string | undefined, env: NodeJS.ProcessEnv): Network[] {
  if (flag !== undefined) {
    if (!(NETWORKS as readonly string[]).includes(flag)) {
      throw new ReleaseTweetError("EPREVIEWUSAGE", `--network must be one of ${NETWORKS.join(", ")}, not '${flag}'.`, "Pass --network x, --network bluesky or --network mastodon.", {
        docs: "preview",
      });
    }
    return [flag as Network];
  }
  return NETWORKS.filter(
    (network) =>
      network === "x" ||
      (network === "bluesky" && anyGiven([env[BLUESKY_ENV.identifier], env[BLUESKY_ENV.appPassword]])) ||
      (network === "mastodon" && anyGiven([env[MASTODON_ENV.url], env[MASTODON_ENV.accessToken]])),
  );
}

/**
 * Composes the release for the networks. Mastodon's limits are the instance's when MASTODON_URL and
 * MASTODON_ACCESS_TOKEN are set (one GET /api/v2/instance), else Mastodon's defaults; nothing is ever posted.
 */
export async function previewPlan(
  release: Release,
  compose: ComposeOptions,
  templates: AnnounceSettings["templates"],
  networks: readonly Network[],
  io: Pick<CliIo, "env">,
): Promise<Plan> {
  const url = io.env[MASTODON_ENV.url]?.trim();
  const accessToken = io.env[MASTODON_ENV.accessToken]?.trim();
  const readLimits = networks.includes("mastodon") && Boolean(url) && Boolean(accessToken);
  const settings: AnnounceSettings = {
    compose,
    templates,
    ...(readLimits ? { mastodon: { url: url!, accessToken: accessToken!, visibility: DEFAULT_MASTODON_VISIBILITY } } : {}),
  };
  const plan = await planAnnouncement(release, settings, {
    only: networks,
    readMastodonLimits: readLimits,
    // The one dispatcher of the door (src/core/proxy-agent.ts), loaded only when the instance is asked.
    dispatcher: async () => {
      const { dispatcher, warning } = (await import("../core/proxy-agent.js")).createDispatcher(io.env);
      if (warning) plan.warnings.push(warning);
      return dispatcher;
    },
  });
  if (networks.includes("mastodon") && !readLimits) {
    const { maxCharacters, urlWeight } = DEFAULT_MASTODON_LIMITS;
    plan.warnings.push(
      `Mastodon's posts are counted for Mastodon's defaults (${maxCharacters} characters, a link counting ${urlWeight}); set ${MASTODON_ENV.url} and ${MASTODON_ENV.accessToken} to use your instance's limits.`,
    );
  }
  return plan;
}

/** Prints one network's posts, each framed with its length; a heading names the network when several are shown. */
export function printNetwork(io: Pick<CliIo, "out">, plan: NetworkPlan, withHeading: boolean): void {
  const posts = plan.composition?.posts ?? [];
  if (withHeading) io.out(`═══ ${NETWORK_NAME[plan.network]} (${UNIT[plan.network]}) ═══\n`);
  posts.forEach((post, index) => {
    io.out(`── post ${index + 1} of ${posts.length} ──`);
    io.out(post.text);
    io.out(`── ${post.weightedLength}/${plan.limit} ──\n`);
  });
}

/** One network in --json: its posts with their lengths, its limit, what was left out, the notes' language and notices. */
function networkReport(plan: NetworkPlan) {
  const composition = plan.composition!;
  return {
    posts: composition.posts,
    limit: plan.limit,
    omitted: composition.omitted,
    language: composition.language,
    notices: composition.notices,
  };
}

/**
 * The --json report: `networks` holds every network shown; the top-level fields stay X's (as before there were
 * other networks), present when X is shown.
 */
export function previewJson(plan: Plan): Record<string, unknown> {
  const networks = Object.fromEntries(plan.networks.map((network) => [network.network, networkReport(network)]));
  const x = plan.networks.find((network) => network.network === "x");
  return { ...(x ? networkReport(x) : {}), networks, ...(plan.warnings.length > 0 ? { warnings: plan.warnings } : {}) };
}
