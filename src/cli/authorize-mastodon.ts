// `release-tweet authorize --network mastodon --instance URL`: registers an app on the instance, has the user authorize
// it (OAuth 2.0 authorization code: pasted from the instance's page, or received on the loopback callback), checks the
// token, and hands back the secrets to store. The Mastodon client (masto) is loaded only here.
import { randomBytes } from "node:crypto";
import { MASTODON_ENV } from "../announce/settings.js";
import { ReleaseTweetError } from "../core/errors.js";
import { maybeOpenBrowser, waitForRedirect, type AuthorizeContext, type Authorized, type Provider } from "./authorize-flow.js";

export const MASTODON_PROVIDER: Provider = { name: "the Mastodon instance", refusedCode: "EMASTODONOAUTH" };

// A username with its domain; anything else the instance answers is not printed as one.
const ACCT = /^[a-z0-9_]{1,64}(?:@[a-z0-9](?:[a-z0-9.-]{0,250}[a-z0-9])?)?$/i;
// Authorization codes are printable ASCII without spaces (Doorkeeper's are base64url).
const CODE = /^[\x21-\x7E]{8,512}$/;

export async function authorizeMastodon(context: AuthorizeContext): Promise<Authorized> {
  const { options, io, prompter, known, server, dispatcher } = context;
  const instance = options.instance!;
  const mastodon = await import("../mastodon/index.js");
  const connection = { url: instance, dispatcher };
  const app = await mastodon.registerApp(connection, { redirectUri: options.callback?.href ?? mastodon.OOB_REDIRECT_URI });
  known.push(app.clientSecret);
  io.out(`Registered the app "release-tweet" on ${new URL(instance).host}.`);

  // The state ties the redirect to this request: a redirect without it is not ours (RFC 6749 §10.12).
  const state = server ? randomBytes(18).toString("base64url") : undefined;
  const url = mastodon.authorizeUrl(instance, app, state);
  io.out("Open this page, sign in as the account that should post, and click 'Authorize':");
  io.out(`  ${url}`);
  await maybeOpenBrowser(url, context);

  let accessToken: string;
  if (server && state) {
    accessToken = await waitForRedirect(server, (code) => mastodon.exchangeCode(connection, app, code), state, context, MASTODON_PROVIDER);
  } else {
    const code = (await prompter.ask("Paste the authorization code the instance shows:")).trim();
    if (!CODE.test(code)) {
      throw new ReleaseTweetError(
        "EMASTODONCODE",
        "That is not an authorization code: the instance shows a long code of letters and digits after you click 'Authorize'.",
        "Run release-tweet authorize --network mastodon again and paste the whole code.",
        { docs: "authorize" },
      );
    }
    known.push(code);
    accessToken = await mastodon.exchangeCode(connection, app, code);
  }
  known.push(accessToken);
  const me = await mastodon.verifyToken(connection, accessToken);
  const host = new URL(instance).host;
  const account = ACCT.test(me.acct) ? `@${me.acct.includes("@") ? me.acct : `${me.acct}@${host}`}` : `the account you signed in with on ${host}`;
  io.out(`Authorized as ${account}.`);
  return {
    secrets: [
      { name: MASTODON_ENV.url, value: instance },
      { name: MASTODON_ENV.accessToken, value: accessToken },
    ],
    account,
  };
}
