// CONTRACT STUB (owned by the X client work): the three-legged OAuth 1.0a flow (request token → authorize → access token).
import type { Dispatcher } from "undici";

export interface ConsumerCredentials {
  apiKey: string;
  apiSecret: string;
}

export interface FlowOptions {
  /** Default https://api.x.com */
  baseUrl?: string;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
}

/** POST /oauth/request_token with oauth_callback ("oob" for PIN mode, or the registered callback URL). Checks oauth_callback_confirmed. */
export function requestToken(
  _consumer: ConsumerCredentials,
  _callback: string,
  _options: FlowOptions = {},
): Promise<{ token: string; tokenSecret: string }> {
  throw new Error("not implemented");
}

/** The page the user opens: {base}/oauth/authorize?oauth_token=… */
export function authorizeUrl(_baseUrl: string, _token: string): string {
  throw new Error("not implemented");
}

/** POST /oauth/access_token with the request token and the PIN or oauth_verifier. */
export function accessToken(
  _consumer: ConsumerCredentials,
  _request: { token: string; tokenSecret: string; verifier: string },
  _options: FlowOptions = {},
): Promise<{ accessToken: string; accessTokenSecret: string; userId: string; screenName: string }> {
  throw new Error("not implemented");
}
