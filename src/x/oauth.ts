// OAuth 1.0a request signing (HMAC-SHA1): the only module that touches the oauth-1.0a package.
// That package is unmaintained since 2019 and has sharp defaults (PLAINTEXT, Math.random nonces, mutated
// inputs), so it is used here only for its base-string and header code, fed with fresh objects each call.
import { createHmac, randomBytes } from "node:crypto";
import OAuth from "oauth-1.0a";

export interface OAuthKeyPair {
  key: string;
  secret: string;
}

/** Extra protocol parameters some endpoints need; like every oauth_* value they travel only in the header. */
export interface ProtocolParams {
  oauth_callback?: string;
  oauth_verifier?: string;
}

export interface SignRequest {
  method: string;
  /** Absolute URL; its query is signed. */
  url: string;
  /** The body's parameters when it is application/x-www-form-urlencoded (RFC 5849 3.4.1.3.1). Never a JSON body. */
  form?: Iterable<readonly [string, string]>;
  consumer: OAuthKeyPair;
  /** Absent for request_token, where no token exists yet. */
  token?: OAuthKeyPair;
  protocolParams?: ProtocolParams;
}

export interface SignOptions {
  /** Epoch milliseconds; default Date.now. */
  now?: () => number;
  /** Default: 32 hex characters from node:crypto. */
  nonce?: () => string;
  /** X sends oauth_version="1.0"; RFC 5849's own examples omit it (null). */
  version?: "1.0" | null;
}

/** RFC 3986 percent-encoding as RFC 5849 3.6 requires: only A-Z a-z 0-9 - . _ ~ stay as they are. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Encodes a form body with the same rules the signature uses, so server and signer see identical values. */
export function encodeForm(params: Iterable<readonly [string, string]>): string {
  return [...params].map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&");
}

function hmacSha1(baseString: string, key: string): string {
  return createHmac("sha1", key).update(baseString).digest("base64");
}

function cryptoNonce(): string {
  return randomBytes(16).toString("hex");
}

/** RFC 5849 3.4.1.2: lowercase scheme and host, no default port, no query or fragment. */
function baseUri(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Returns the value of the Authorization header for one request. Call once per attempt: each has its own nonce and timestamp. */
export function authorizationHeader(request: SignRequest, options: SignOptions = {}): string {
  const url = new URL(request.url);
  // Query and form parameters, grouped by name as oauth-1.0a expects repeated names.
  const data: Record<string, string | string[]> = {};
  for (const [key, value] of [...url.searchParams, ...(request.form ?? [])]) {
    // RFC 5849 3.5: protocol parameters belong in one place, the header.
    if (key.startsWith("oauth_")) throw new Error(`OAuth protocol parameter ${key} must not be sent in the query or body`);
    const existing = data[key];
    data[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }

  const oauthData: Record<string, string> = {
    oauth_consumer_key: request.consumer.key,
    oauth_nonce: (options.nonce ?? cryptoNonce)(),
    oauth_signature_method: "HMAC-SHA1",
    oauth_timestamp: String(Math.floor((options.now ?? Date.now)() / 1000)),
  };
  if (options.version !== null) oauthData.oauth_version = "1.0";
  if (request.token) oauthData.oauth_token = request.token.key;
  const { oauth_callback: callback, oauth_verifier: verifier } = request.protocolParams ?? {};
  if (callback !== undefined) oauthData.oauth_callback = callback;
  if (verifier !== undefined) oauthData.oauth_verifier = verifier;

  // The package's default method is PLAINTEXT (the secret itself as the signature); name HMAC-SHA1 explicitly.
  const signer = new OAuth({
    consumer: { key: request.consumer.key, secret: request.consumer.secret },
    signature_method: "HMAC-SHA1",
    hash_function: hmacSha1,
  });
  // getSignature merges the data into the oauth object it is given, so it gets copies; the URL it sees has no
  // query because the query is already in `data`, normalized by WHATWG URL (its own parser ignores `+`).
  const signature = signer.getSignature(
    { method: request.method.toUpperCase(), url: baseUri(url), data: { ...data } },
    request.token?.secret ?? "",
    // The package types oauth_timestamp as a number; it only ever percent-encodes it as text.
    { ...oauthData } as unknown as OAuth.Data,
  );
  return signer.toHeader({ ...(oauthData as unknown as OAuth.Data), oauth_signature: signature }).Authorization;
}
