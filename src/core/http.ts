// How the core sends a request of its own (X's signed calls): undici's request() through the door's dispatcher, the
// whole answer read as text, redirects never followed. GitHub's calls go through octokit instead (src/github/client.ts).
import { request, Response, type Dispatcher, type FormData } from "undici";

/** One HTTP answer: headers lowercased (repeats joined with ", "), the whole body as text. */
export interface TextResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface TextRequest {
  method: "GET" | "POST" | "PUT";
  headers: Record<string, string>;
  /** A FormData body (undici's class) is sent as multipart/form-data, encoded by undici with its boundary. */
  body?: string | FormData;
  /** The deadline for the whole exchange, body included (AbortSignal.timeout). */
  signal: AbortSignal;
  /** The door's dispatcher (src/core/proxy-agent.ts), or a MockAgent in tests; default undici's global one. */
  dispatcher?: Dispatcher;
}

/**
 * Sends one request and reads the whole answer. Redirects are returned, never followed (undici's request() follows
 * none): a signed request must not be replayed to another address. Rejects with undici's or the system's error;
 * `networkCode` reads its code.
 */
export async function requestText(url: URL | string, req: TextRequest): Promise<TextResponse> {
  let sentHeaders = req.headers;
  let sent: string | Buffer | undefined;
  if (typeof req.body === "string") sent = req.body;
  else if (req.body !== undefined) {
    // Encoded to bytes first with undici's own multipart encoder (its Response): a FormData body given to request()
    // is recognised only by the undici copy that made the FormData class, while the default dispatcher may be Node's
    // built-in copy; bytes go through any dispatcher, and every retry sends the same ones.
    const encoded = new Response(req.body);
    sentHeaders = { ...sentHeaders, "content-type": encoded.headers.get("content-type") ?? "multipart/form-data" };
    sent = Buffer.from(await encoded.arrayBuffer());
  }
  const response = await request(url, {
    method: req.method,
    headers: sentHeaders,
    body: sent,
    signal: req.signal,
    dispatcher: req.dispatcher,
  });
  const body = await response.body.text();
  // A Map, then fromEntries: a header named like an Object property ("constructor", "__proto__") stays an ordinary
  // own entry. Repeated headers (Set-Cookie) come as arrays.
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value);
  }
  return { status: response.statusCode, headers: Object.fromEntries(headers), body };
}

/**
 * The failure under a wrapper: fetch (octokit's path) rejects with TypeError("fetch failed") and puts the socket, DNS
 * or undici error (ECONNREFUSED, UND_ERR_SOCKET…) in `cause`. Anything else is returned as it is.
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
