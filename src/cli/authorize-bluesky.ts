// `release-tweet authorize --network bluesky`: asks for the account and an app password (never echoed), proves them by
// signing in once, and hands back the secrets to store. The Bluesky client is loaded only here.
import { BLUESKY_ENV, DEFAULT_BLUESKY_SERVICE } from "../announce/settings.js";
import { blueskyError } from "../bluesky/errors.js";
import type { SecretToSave } from "../github/secrets.js";
import type { AuthorizeContext, Authorized } from "./authorize-flow.js";

// A handle is a domain name; anything else Bluesky answers is not printed as one.
const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/i;

export async function authorizeBluesky(context: AuthorizeContext): Promise<Authorized> {
  const { options, io, prompter, known, dispatcher } = context;
  const given = options.bluesky;
  const identifier = (given.identifier ?? (await prompter.ask(`Your Bluesky handle or DID (${BLUESKY_ENV.identifier}), e.g. name.bsky.social:`)))
    .trim()
    .replace(/^@/, "");
  const appPassword = (
    given.appPassword ??
    (await prompter.ask(
      `An app password of that account (${BLUESKY_ENV.appPassword}, not shown; create one in Bluesky under Settings → Privacy and security → App passwords):`,
      { hidden: true },
    ))
  ).trim();
  if (appPassword) known.push(appPassword);
  if (!identifier || !appPassword) {
    throw blueskyError("EBLUESKYCREDENTIALS", { request: "", detail: "the handle (or DID) and an app password are both needed" });
  }

  const { checkBlueskyCredentials } = await import("../bluesky/index.js");
  const account = await checkBlueskyCredentials({ identifier, appPassword, service: given.service, dispatcher });
  const name = HANDLE.test(account.handle) ? `@${account.handle}` : "the Bluesky account you signed in with";
  io.out(`Signed in to Bluesky as ${name}.`);
  if (!account.looksLikeAppPassword) {
    io.err(
      "Warning: that password does not look like an app password (xxxx-xxxx-xxxx-xxxx). If it is the account's main password, " +
        "create an app password under Settings → Privacy and security → App passwords and run this again: an app password can be revoked alone and cannot change the account.",
    );
  }
  const secrets: SecretToSave[] = [
    { name: BLUESKY_ENV.identifier, value: identifier },
    { name: BLUESKY_ENV.appPassword, value: appPassword },
  ];
  // The default server needs no secret: only an account hosted elsewhere stores its service.
  if (given.service !== DEFAULT_BLUESKY_SERVICE) secrets.push({ name: BLUESKY_ENV.service, value: given.service });
  return { secrets, account: name };
}
