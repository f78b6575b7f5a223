// Checks that Bluesky's and Mastodon's credentials work, without posting: a Bluesky session, Mastodon's
// verify_credentials. For the plugin's verifyCredentials option (X's own check is its getMe).
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { defaultLoaders, type NetworkLoaders } from "./network-modules.js";
import type { AnnounceSettings } from "./settings.js";

export interface AccountCheck {
  network: "bluesky" | "mastodon";
  /** "@name.bsky.social", "@bot@mastodon.social", or words for an account whose name is not fit to print. */
  account?: string;
  /** Works, but the user should know something (a main password instead of an app password). */
  warning?: string;
  error?: unknown;
}

// A handle is a domain name; an acct is a username with an optional domain. Anything else from a server is not printed.
const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/i;
const ACCT = /^[a-z0-9_]{1,64}(?:@[a-z0-9](?:[a-z0-9.-]{0,250}[a-z0-9])?)?$/i;

/** Signs in to Bluesky and asks Mastodon whose token it is, for the networks configured; every outcome, none thrown. */
export async function checkAccounts(
  settings: Pick<AnnounceSettings, "bluesky" | "mastodon">,
  deps: Partial<NetworkLoaders> & { dispatcher: () => Promise<Dispatcher>; debug?: (line: string) => void },
): Promise<AccountCheck[]> {
  const checks: AccountCheck[] = [];
  if (settings.bluesky) {
    const target = settings.bluesky;
    try {
      const { checkBlueskyCredentials } = await (deps.loadBluesky ?? defaultLoaders.loadBluesky)();
      const account = await checkBlueskyCredentials({ ...target, dispatcher: await deps.dispatcher(), debug: deps.debug });
      checks.push({
        network: "bluesky",
        account: HANDLE.test(account.handle) ? `@${account.handle}` : "the account of these credentials",
        ...(account.looksLikeAppPassword
          ? {}
          : {
              warning:
                "BLUESKY_APP_PASSWORD does not look like an app password (xxxx-xxxx-xxxx-xxxx): if it is the account's main password, create an app password under Settings → Privacy and security → App passwords and use that instead.",
            }),
      });
    } catch (error) {
      checks.push({ network: "bluesky", error });
    }
  }
  if (settings.mastodon) {
    const target = settings.mastodon;
    try {
      const { MastodonClient } = await (deps.loadMastodon ?? defaultLoaders.loadMastodon)();
      const client = new MastodonClient({ url: target.url, accessToken: target.accessToken, dispatcher: await deps.dispatcher(), debug: deps.debug });
      const me = await client.verifyCredentials();
      checks.push({ network: "mastodon", account: ACCT.test(me.acct) ? `@${me.acct} on ${client.instance.host}` : `an account on ${client.instance.host}` });
    } catch (error) {
      // A token with write scopes only posts fine; it just cannot say whose it is.
      if (error instanceof ReleaseTweetError && error.code === "EMASTODONSCOPE") {
        checks.push({
          network: "mastodon",
          account: "an account whose name the token may not read",
          warning: "The Mastodon token lacks read:accounts, so it was not checked beyond the instance's answer; posting needs write:statuses.",
        });
      } else checks.push({ network: "mastodon", error });
    }
  }
  return checks;
}
