// How the core calls HTTP: Node's built-in fetch (undici inside Node), never following redirects, whole body as text.
// Node's fetch takes undici's `dispatcher` option, so tests pass a MockAgent and the Action a proxy agent.
import type { Dispatcher } from "undici";

/** One HTTP answer: headers lowercased (repeats joined with ", "), the whole body as text. */
export interface TextResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface TextRequest {
  method: "GET" | "POST" | "PUT";
  headers: Record<string, string>;
  body?: string;
  /** The deadline for the whole exchange, body included (AbortSignal.timeout). */
  signal: AbortSignal;
  /** An undici dispatcher (MockAgent, EnvHttpProxyAgent); default Node's global one. */
  dispatcher?: Dispatcher;
}

/**
 * Sends one request and reads the whole answer. Redirects are returned, never followed: a signed or authorized request
 * must not be replayed to another address. Rejects with whatever fetch threw; `networkCause` finds the real failure.
 */
export async function fetchText(url: URL | string, req: TextRequest): Promise<TextResponse> {
  const response = await fetch(url, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: req.signal,
    redirect: "manual",
    dispatcher: req.dispatcher,
  });
  const body = await response.text();
  // Headers iterate with lowercased names, and give each Set-Cookie on its own. A Map, then fromEntries: a header
  // named like an Object property ("constructor", "__proto__") stays an ordinary own entry.
  const headers = new Map<string, string>();
  for (const [name, value] of response.headers) {
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return { status: response.status, headers: Object.fromEntries(headers), body };
}

/**
 * The failure under fetch's wrapper: fetch rejects with TypeError("fetch failed"), or "terminated" mid-body, and puts
 * the socket, DNS or undici error (ECONNREFUSED, UND_ERR_SOCKET…) in `cause`. Anything else is returned as it is.
 */
export function networkCause(error: unknown): unknown {
  return error instanceof TypeError && error.cause instanceof Error ? error.cause : error;
}

/** The system or undici code of a network failure (ECONNREFUSED, UND_ERR_SOCKET…), or "" when it has none. */
export function networkCode(error: unknown): string {
  const cause = networkCause(error);
  const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
  return typeof code === "string" ? code : "";
}
