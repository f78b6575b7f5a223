// The one HTTP path to X: signs each attempt, sends it through the door's undici dispatcher under a deadline, and
// returns the answer as text. The API client and the OAuth flow both use `sendSigned`; transport failures come back as
// catalogue errors.
import type { Dispatcher, FormData } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import { networkCause, requestText } from "../core/http.js";
import { authorizationHeader, encodeForm, type OAuthKeyPair, type ProtocolParams } from "./oauth.js";
import { quoteOutside } from "../core/outside-text.js";
import { apiBaseUrlProblem } from "../core/setting-rules.js";
import { DEFAULT_API_BASE_URL } from "../core/types.js";
import { X_DETAIL_MAX_LENGTH, xError, type XResponse } from "./errors.js";

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface HttpOptions {
  /** Validated with `resolveBaseUrl`. */
  baseUrl: URL;
  /** The door's proxy-aware dispatcher (src/core/proxy-agent.ts); default undici's global one. */
  dispatcher?: Dispatcher;
  /** Epoch ms, for the OAuth timestamp. */
  now?: () => number;
  /** For signature tests only. */
  nonce?: () => string;
}

export interface SignedRequest {
  method: "GET" | "POST";
  /** Path under the base URL, e.g. "/2/tweets". */
  path: string;
  query?: Record<string, string>;
  /** JSON body: sent as application/json and, per RFC 5849, not signed. */
  json?: unknown;
  /** Form body: sent as application/x-www-form-urlencoded and signed. */
  form?: [string, string][];
  /** Multipart body (media uploads): sent as multipart/form-data and, per RFC 5849 3.4.1.3.1, not signed. */
  multipart?: FormData;
  consumer: OAuthKeyPair;
  token?: OAuthKeyPair;
  protocolParams?: ProtocolParams;
  timeoutMs: number;
}

/** Parses TWITTER_API_BASE_URL / apiBaseUrl by the rule every door shares; a trailing slash tolerated, a path prefix kept. */
export function resolveBaseUrl(value: string | undefined): URL {
  const text = value?.trim() || DEFAULT_API_BASE_URL;
  const problem = apiBaseUrlProblem(text);
  if (problem !== undefined) {
    throw new ReleaseTweetError(
      "EXBASEURL",
      `The X API base URL ${problem}.`,
      `Set TWITTER_API_BASE_URL (Action input api-base-url, plugin option apiBaseUrl) to a URL such as ${DEFAULT_API_BASE_URL}, or leave it unset.`,
    );
  }
  return new URL(text);
}

function endpointUrl(base: URL, path: string, query: Record<string, string> = {}): URL {
  const url = new URL(base.href);
  // URL keeps at least "/" as the path, so the prefix is trimmed here rather than stored trimmed.
  url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
  for (const [key, value] of Object.entries(query)) url.searchParams.append(key, value);
  return url;
}

/**
 * A plain Error with only the name, code and message of a transport failure, secrets blanked.
 * undici errors can hold the request options (headers included) and sockets; none of that may travel on.
 * A wrapper that says nothing (fetch's TypeError "fetch failed") is skipped for the error it wraps.
 */
export function safeCause(failure: unknown, secrets: readonly string[]): Error {
  const error = networkCause(failure);
  const describe = (e: unknown): string => {
    if (!(e instanceof Error)) return String(e);
    const code = (e as { code?: unknown }).code;
    return `${e.name}${typeof code === "string" ? ` [${code}]` : ""}: ${e.message}`;
  };
  const inner = error instanceof Error && error.cause !== undefined ? ` (${describe(error.cause)})` : "";
  return new Error(quoteOutside(`${describe(error)}${inner}`, secrets, { maxLength: X_DETAIL_MAX_LENGTH }));
}

/** Every credential value this request carries, plus its Authorization header, for redaction. */
function secretsOf(req: SignedRequest, header?: string): string[] {
  const values = [req.consumer.key, req.consumer.secret, req.token?.key, req.token?.secret, req.protocolParams?.oauth_verifier, header];
  return values.filter((v): v is string => typeof v === "string");
}

/** One attempt. Resolves with any HTTP answer; rejects with EXTIMEOUT or EXNETWORK (no answer at all). */
export async function sendSigned(options: HttpOptions, req: SignedRequest): Promise<XResponse> {
  const url = endpointUrl(options.baseUrl, req.path, req.query);
  const authorization = authorizationHeader(
    { method: req.method, url: url.href, form: req.form, consumer: req.consumer, token: req.token, protocolParams: req.protocolParams },
    { now: options.now, nonce: options.nonce },
  );
  const headers: Record<string, string> = { authorization, "user-agent": "release-tweet", accept: "application/json" };
  let body: string | FormData | undefined;
  if (req.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(req.json);
  } else if (req.form !== undefined) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = encodeForm(req.form);
  } else if (req.multipart !== undefined) {
    // undici writes the content-type with its boundary; the parts are not in the signature base string.
    body = req.multipart;
  }
  const label = `${req.method} ${req.path}`;
  const signal = AbortSignal.timeout(req.timeoutMs);
  try {
    // Never redirected (requestText): a signed request replayed elsewhere would hand its signature to that host.
    return await requestText(url, { method: req.method, headers, body, signal, dispatcher: options.dispatcher });
  } catch (error) {
    const secrets = secretsOf(req, authorization);
    const cause = safeCause(error, secrets);
    if (signal.aborted) {
      throw xError("EXTIMEOUT", { request: label, detail: `no answer within ${req.timeoutMs} ms`, cause }, secrets);
    }
    throw xError("EXNETWORK", { request: label, detail: cause.message, cause }, secrets);
  }
}
