// The posts of an announcement, network by network: the same release composed for each network a run announces on,
// counted by that network's rules. Mastodon's limits are the instance's, read first; a failure to read them falls
// back to Mastodon's defaults with a warning. A network whose posts cannot be composed is a failure of that network.
import type { Dispatcher } from "undici";
import { describeError } from "../core/errors.js";
import type { Release } from "../core/types.js";
import { DEFAULT_MASTODON_LIMITS, type MastodonLimits } from "../mastodon/length.js";
import type { MastodonClient } from "../mastodon/client.js";
import { composePosts, type Composition } from "../notes/compose.js";
import { blueskyRules, mastodonRules, xRules, type NetworkRules } from "../notes/networks.js";
import { defaultLoaders, type NetworkLoaders } from "./network-modules.js";
import { configuredNetworks, NETWORKS, templateFor, type AnnounceSettings, type Network } from "./settings.js";

export interface NetworkPlan {
  network: Network;
  /** The posts; undefined when they could not be composed (then `error` says why). */
  composition?: Composition;
  /** The most each post may weigh, as its `weightedLength` counts: X's max-length, Bluesky's 300, the instance's. */
  limit: number;
  error?: unknown;
}

export interface Plan {
  release: Release;
  settings: AnnounceSettings;
  /** In posting order, X first. */
  networks: NetworkPlan[];
  /** Things the user should know that do not stop anything (e.g. Mastodon's limits could not be read). */
  warnings: string[];
  /** The Mastodon client that read the limits, reused to post. */
  mastodonClient?: MastodonClient;
}

export interface PlanDeps extends Partial<NetworkLoaders> {
  /** The door's one dispatcher (src/core/proxy-agent.ts); asked for only when a network is contacted. */
  dispatcher: () => Promise<Dispatcher>;
  /** Debug lines; never given a secret. */
  debug?: (line: string) => void;
  /**
   * False: do not contact Mastodon for its limits (a preview without credentials); they are then Mastodon's defaults.
   * Default true.
   */
  readMastodonLimits?: boolean;
  /**
   * Compose for these networks, configured or not (a preview needs no credentials); default: the configured ones.
   * Mastodon's limits are then read only when Mastodon is configured.
   */
  only?: readonly Network[];
}

/** Composes the posts of every configured network. Never throws for one network's problem: that network's plan holds it. */
export async function planAnnouncement(release: Release, settings: AnnounceSettings, deps: PlanDeps): Promise<Plan> {
  const plan: Plan = { release, settings, networks: [], warnings: [] };
  const networks = deps.only ? NETWORKS.filter((network) => deps.only!.includes(network)) : configuredNetworks(settings);
  for (const network of networks) {
    let rules: NetworkRules;
    if (network === "x") rules = xRules(settings.compose.maxLength);
    else if (network === "bluesky") rules = blueskyRules();
    else rules = mastodonRules(await mastodonLimits(plan, deps));
    const limit = rules.maxLength;
    try {
      const composition = composePosts(release, { ...settings.compose, template: templateFor(settings, network) }, rules);
      plan.networks.push({ network, composition, limit });
    } catch (error) {
      plan.networks.push({ network, limit, error });
    }
  }
  return plan;
}

async function mastodonLimits(plan: Plan, deps: PlanDeps): Promise<MastodonLimits> {
  const target = plan.settings.mastodon;
  if (target === undefined || deps.readMastodonLimits === false) return { ...DEFAULT_MASTODON_LIMITS };
  try {
    const { MastodonClient } = await (deps.loadMastodon ?? defaultLoaders.loadMastodon)();
    const client = new MastodonClient({ url: target.url, accessToken: target.accessToken, dispatcher: await deps.dispatcher(), debug: deps.debug });
    plan.mastodonClient = client;
    return await client.instanceLimits();
  } catch (error) {
    const { maxCharacters, urlWeight } = DEFAULT_MASTODON_LIMITS;
    plan.warnings.push(
      `Could not read the Mastodon instance's limits, so its posts are composed for Mastodon's defaults (${maxCharacters} characters, a link counting ${urlWeight}): ${describeError(error)}`,
    );
    return { ...DEFAULT_MASTODON_LIMITS };
  }
}
