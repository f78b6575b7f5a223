// The three-legged OAuth 1.0a flow (request token → authorize → access token), over the client's one HTTP path.
// Not retried: a request token or PIN is single-use, so a second try would only hide the first answer.
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { DEFAULT_TIMEOUT_MS, resolveBaseUrl, sendSigned, type SignedRequest } from "./signed-request.js";
import { redact } from "../core/redact.js";
import { CREDENTIAL_ENV } from "../core/types.js";
import { errorForResponse, parseErrorBody, withoutRerunNote, xError, type XResponse } from "./errors.js";

export interface ConsumerCredentials {
  apiKey: string;
  apiSecret: string;
}

export interface FlowOptions {
  /** Default https://api.x.com */
  baseUrl?: string;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
  /** Epoch ms, for the OAuth timestamp (tests). */
  now?: () => number;
}

const KEYS_FIX =
  `Check ${CREDENTIAL_ENV.apiKey} and ${CREDENTIAL_ENV.apiSecret}: they are the app's "API Key and Secret" (Consumer Keys) ` +
  "from the X developer portal, copied whole. If they were regenerated, use the new pair. Also check this machine's clock.";

function flowError(code: string, message: string, fix: string, secrets: string[]): ReleaseTweetError {
  return new ReleaseTweetError(code, redact(message, secrets), redact(fix, secrets), { docs: "troubleshooting" });
}

function requireConsumer(consumer: ConsumerCredentials): void {
  const missing: string[] = [];
  if (consumer.apiKey.trim() === "") missing.push(CREDENTIAL_ENV.apiKey);
  if (consumer.apiSecret.trim() === "") missing.push(CREDENTIAL_ENV.apiSecret);
  if (missing.length > 0) {
    throw new ReleaseTweetError("EXCREDENTIALS", `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} empty.`, KEYS_FIX);
  }
}

async function send(
  consumer: ConsumerCredentials,
  options: FlowOptions,
  req: Omit<SignedRequest, "consumer" | "timeoutMs">,
): Promise<XResponse> {
  try {
    return await sendSigned(
      { baseUrl: resolveBaseUrl(options.baseUrl), dispatcher: options.dispatcher, now: options.now },
      { ...req, consumer: { key: consumer.apiKey, secret: consumer.apiSecret }, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
    );
  } catch (error) {
    throw withoutRerunNote(error);
  }
}

/** X answers these endpoints with a form-encoded body (and a text/html content type). */
function readForm(response: XResponse, fields: readonly string[]): Record<string, string> | null {
  const form = new URLSearchParams(response.body);
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = form.get(field);
    if (!value) return null;
    out[field] = value;
  }
  return out;
}

function errorCodes(response: XResponse): (number | undefined)[] {
  return parseErrorBody(response.body)?.errors.map((e) => e.code) ?? [];
}

// X answers an unapproved callback with code 415, as JSON or (seen in the field) as XML: <error code="415">.
function isCallbackRefused(response: XResponse): boolean {
  return errorCodes(response).includes(415) || /\bcode="415"|callback url not approved/i.test(response.body);
}

/** An answer the flow has no special words for, without the posting advice that does not apply here. */
function flowResponseError(label: string, response: XResponse, secrets: readonly string[]): unknown {
  return withoutRerunNote(errorForResponse(label, response, Date.now(), { secrets }));
}

/** POST /oauth/request_token with oauth_callback ("oob" for PIN mode, or the registered callback URL). Checks oauth_callback_confirmed. */
export async function requestToken(
  consumer: ConsumerCredentials,
  callback: string,
  options: FlowOptions = {},
): Promise<{ token: string; tokenSecret: string }> {
  requireConsumer(consumer);
  const label = "POST /oauth/request_token";
  const secrets = [consumer.apiKey, consumer.apiSecret];
  // RFC 5849 3.5: oauth_callback travels in the Authorization header only.
  const response = await send(consumer, options, { method: "POST", path: "/oauth/request_token", protocolParams: { oauth_callback: callback } });
  if (response.status !== 200) {
    if (isCallbackRefused(response)) {
      throw flowError(
        "EXCALLBACK",
        `X refused the callback URL ${callback}: it is not one of the app's approved callback URLs (code 415).`,
        "In the X developer portal, open the app's User authentication settings and add this exact URL (same port and trailing slash) " +
          "under Callback URI / Redirect URL. X wants 127.0.0.1, not localhost.",
        secrets,
      );
    }
    if (response.status === 401) {
      throw flowError("EXCONSUMERKEYS", "X did not accept the app's API key and secret (code 32).", KEYS_FIX, secrets);
    }
    throw flowResponseError(label, response, secrets);
  }
  const form = readForm(response, ["oauth_token", "oauth_token_secret"]);
  if (!form) throw xError("EXBADRESPONSE", { request: label, status: 200, detail: "no oauth_token in the answer" }, secrets);
  if (new URLSearchParams(response.body).get("oauth_callback_confirmed") !== "true") {
    throw flowError(
      "EXCALLBACKUNCONFIRMED",
      "X did not confirm the callback (oauth_callback_confirmed is not \"true\"), so the authorization cannot be trusted.",
      "Run the authorization again; if it keeps happening, check TWITTER_API_BASE_URL points to the X API and not a proxy.",
      secrets,
    );
  }
  return { token: form.oauth_token!, tokenSecret: form.oauth_token_secret! };
}

/** The page the user opens: {base}/oauth/authorize?oauth_token=… */
export function authorizeUrl(baseUrl: string, token: string): string {
  const base = resolveBaseUrl(baseUrl);
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, "")}/oauth/authorize`;
  url.searchParams.set("oauth_token", token);
  return url.href;
}

/** POST /oauth/access_token with the request token and the PIN or oauth_verifier. */
export async function accessToken(
  consumer: ConsumerCredentials,
  request: { token: string; tokenSecret: string; verifier: string },
  options: FlowOptions = {},
): Promise<{ accessToken: string; accessTokenSecret: string; userId: string; screenName: string }> {
  requireConsumer(consumer);
  const verifier = request.verifier.trim();
  if (verifier === "") {
    throw new ReleaseTweetError("EXBADPIN", "The PIN is empty.", "Enter the PIN X showed after you authorized the app.");
  }
  const label = "POST /oauth/access_token";
  // The verifier is single-use but, until used, as good as the tokens: X may echo it back in an error.
  const secrets = [consumer.apiKey, consumer.apiSecret, request.token, request.tokenSecret, verifier];
  const response = await send(consumer, options, {
    method: "POST",
    path: "/oauth/access_token",
    token: { key: request.token, secret: request.tokenSecret },
    protocolParams: { oauth_verifier: verifier },
  });
  if (response.status !== 200) {
    if (/invalid oauth_verifier/i.test(response.body)) {
      throw flowError(
        "EXBADPIN",
        "X did not accept the PIN: it is wrong, or it was already used.",
        "Run the authorization again and enter the new PIN exactly as shown; each PIN works once.",
        secrets,
      );
    }
    // The keys were accepted a moment ago at request_token; a 401 now is about the request token, unless X says 32.
    if (errorCodes(response).includes(32)) {
      throw flowError("EXCONSUMERKEYS", "X did not accept the app's API key and secret (code 32).", KEYS_FIX, secrets);
    }
    if (response.status === 401 || errorCodes(response).includes(89) || /invalid request token/i.test(response.body)) {
      throw flowError(
        "EXREQUESTTOKENEXPIRED",
        "X did not accept the authorization request: it expired or was already used.",
        "Run the authorization again and enter the PIN within a few minutes.",
        secrets,
      );
    }
    throw flowResponseError(label, response, secrets);
  }
  const form = readForm(response, ["oauth_token", "oauth_token_secret", "user_id", "screen_name"]);
  if (!form) throw xError("EXBADRESPONSE", { request: label, status: 200, detail: "no access token in the answer" }, secrets);
  return {
    accessToken: form.oauth_token!,
    accessTokenSecret: form.oauth_token_secret!,
    userId: form.user_id!,
    screenName: form.screen_name!,
  };
}
