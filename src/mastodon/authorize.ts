// The steps of `release-tweet authorize --network mastodon`: register an app on the instance, build the page the user
// opens, exchange the code for a token, check the token. Each step is one call with the transport injected, so the CLI
// drives them (prompts, loopback callback, storing secrets) and tests run them against a fake instance.
import { createOAuthAPIClient } from "masto";
import { DEFAULT_TIMEOUT_MS, MastodonClient, mastodonFailure, resolveInstanceUrl, restClient, type MastodonConnection } from "./client.js";
import { MASTODON_SCOPES, mastodonError } from "./errors.js";

/** Out-of-band: the instance shows the code for the user to paste. */
export const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";

export interface RegisteredApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
}

/** POST /api/v1/apps: an app on this instance for this redirect URI (oob, or a loopback URL for a callback). */
export async function registerApp(
  connection: MastodonConnection,
  app: { redirectUri?: string; clientName?: string; website?: string; scopes?: string } = {},
): Promise<RegisteredApp> {
  const redirectUri = app.redirectUri ?? OOB_REDIRECT_URI;
  const scopes = app.scopes ?? MASTODON_SCOPES;
  const request = "POST /api/v1/apps";
  try {
    const created = await restClient(connection).v1.apps.create({
      clientName: app.clientName ?? "release-tweet",
      redirectUris: redirectUri,
      scopes,
      website: app.website ?? "https://www.npmjs.com/package/release-tweet",
    });
    if (!created.clientId || !created.clientSecret) {
      throw mastodonError("EMASTODONBADRESPONSE", { request, status: 200, detail: "no client_id and client_secret in the answer" });
    }
    return { clientId: created.clientId, clientSecret: created.clientSecret, redirectUri, scopes };
  } catch (error) {
    throw mastodonFailure(request, error, Date.now(), []);
  }
}

/** The page where the user signs in and approves: /oauth/authorize?response_type=code&client_id=…&redirect_uri=…&scope=… */
export function authorizeUrl(instance: string, app: Pick<RegisteredApp, "clientId" | "redirectUri" | "scopes">, state?: string): string {
  const url = new URL("/oauth/authorize", resolveInstanceUrl(instance));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", app.clientId);
  url.searchParams.set("redirect_uri", app.redirectUri);
  url.searchParams.set("scope", app.scopes);
  if (state !== undefined) url.searchParams.set("state", state);
  return url.href;
}

/** POST /oauth/token with grant_type=authorization_code: the user's code for an access token. */
export async function exchangeCode(connection: MastodonConnection, app: RegisteredApp, code: string): Promise<string> {
  const request = "POST /oauth/token";
  const secrets = [app.clientSecret, code];
  try {
    const oauth = createOAuthAPIClient({
      url: resolveInstanceUrl(connection.url).origin,
      timeout: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      requestInit: { redirect: "manual", ...(connection.dispatcher ? { dispatcher: connection.dispatcher } : {}) },
      log: "error",
    });
    const token = await oauth.token.create({
      grantType: "authorization_code",
      code: code.trim(),
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUri: app.redirectUri,
      scope: app.scopes,
    });
    if (!token.accessToken) throw mastodonError("EMASTODONBADRESPONSE", { request, status: 200, detail: "no access_token in the answer" });
    return token.accessToken;
  } catch (error) {
    throw mastodonFailure(request, error, Date.now(), secrets);
  }
}

/** GET /api/v1/accounts/verify_credentials: the token works, and for whom. */
export async function verifyToken(connection: MastodonConnection, accessToken: string): Promise<{ id: string; acct: string; url: string }> {
  return new MastodonClient({ ...connection, accessToken }).verifyCredentials();
}
