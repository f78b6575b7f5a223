// Loopback HTTP server that receives X's redirect (oauth_token + oauth_verifier) in callback mode, or a Mastodon
// instance's (state + code), and waits for one whose verifier the provider accepts: a forged redirect (anyone who saw
// the request token or state can send one) cannot end the flow.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { ReleaseTweetError } from "../core/errors.js";

/** What a redirect's verifier came to: X issued the tokens (`value`), or X refused it. */
export type Redemption<T> = { accepted: true; value: T } | { accepted: false };

/** Something the user should hear about while the wait goes on; counts so far, never the redirect's contents. */
export type CallbackNotice = { kind: "refused"; refused: number } | { kind: "denied"; denied: number };

export interface CallbackServer {
  /**
   * Waits for a redirect carrying `requestToken` whose verifier X accepts: each one is handed to `redeem` (the
   * access-token exchange), one at a time. A verifier X refuses, and a "denied" redirect, do not end the wait (anyone
   * who saw the token can send either); they are counted and reported through `notice`. Resolves with the accepted
   * redemption; rejects when `redeem` throws, or when the time is up (EXDENIED if a denial arrived, else
   * ECALLBACKTIMEOUT).
   */
  waitForAuthorization<T>(
    requestToken: string,
    timeoutMs: number,
    redeem: (verifier: string) => Promise<Redemption<T>>,
    notice?: (event: CallbackNotice) => void,
  ): Promise<{ value: T; refused: number; denied: number }>;
  close(): Promise<void>;
}

/** How a provider's redirect carries its answer. */
export interface CallbackProtocol {
  /** Who redirects, in messages: "X", "The Mastodon instance" reads as "the Mastodon instance" mid-sentence. */
  provider: string;
  /** The parameter that ties a redirect to our request: oauth_token; OAuth 2.0's state. */
  tokenParam: string;
  /** The parameter carrying what is exchanged: oauth_verifier; code. */
  verifierParam: string;
  /** The request token of a redirect saying the user cancelled, or null. */
  deniedToken(url: URL): string | null;
}

/** X's OAuth 1.0a redirect: ?oauth_token=…&oauth_verifier=…, or ?denied=TOKEN on Cancel. */
export const X_CALLBACK: CallbackProtocol = {
  provider: "X",
  tokenParam: "oauth_token",
  verifierParam: "oauth_verifier",
  deniedToken: (url) => url.searchParams.get("denied"),
};

/** An OAuth 2.0 authorization-code redirect (RFC 6749 §4.1.2): ?code=…&state=…, or ?error=access_denied&state=…. */
export function oauth2Callback(provider: string): CallbackProtocol {
  return {
    provider,
    tokenParam: "state",
    verifierParam: "code",
    deniedToken: (url) => (url.searchParams.has("error") ? url.searchParams.get("state") : null),
  };
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]"]);

/** Checks a --callback value: http, a loopback IP literal, an explicit port. Returns the parsed URL. */
export function parseCallbackUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw callbackError(`'${value}' is not a URL.`);
  }
  if (url.protocol !== "http:") {
    throw callbackError(`The callback URL must use http:// (the CLI serves it on this computer), not ${url.protocol}//.`);
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    const hint = url.hostname === "localhost" ? " X recommends 127.0.0.1 over localhost, which may resolve to ::1." : "";
    throw callbackError(`The callback host must be 127.0.0.1 or [::1], so X redirects back to this computer only.${hint}`);
  }
  if (url.port === "") throw callbackError("The callback URL needs an explicit port, e.g. http://127.0.0.1:8976/callback.");
  if (url.username || url.password || url.search || url.hash) {
    throw callbackError("The callback URL must not carry credentials, a query or a fragment.");
  }
  return url;
}

function callbackError(message: string): ReleaseTweetError {
  return new ReleaseTweetError(
    "ECALLBACKURL",
    message,
    "Pass --callback with the exact URL registered in your X app, e.g. --callback http://127.0.0.1:8976/callback.",
    { docs: "authorize" },
  );
}

const PAGE = (title: string, text: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body></html>`;

/** An oauth_verifier worth sending to X: printable ASCII without spaces, of a sane length. Others are refused here. */
const VERIFIER = /^[\x21-\x7E]{1,256}$/;
/** Redirects waiting for their exchange; beyond this a flood is answered at once (the browser can reload). */
const MAX_QUEUED = 8;

interface Waiting {
  token: string;
  /** Answers one redirect's verifier; never rejects (see waitForAuthorization). */
  take(verifier: string, res: ServerResponse): void;
  deny(res: ServerResponse): void;
}

/** Binds before any request to X, so a busy port fails before the user authorizes anything. */
export async function startCallbackServer(callback: URL, protocol: CallbackProtocol = X_CALLBACK): Promise<CallbackServer> {
  const provider = protocol.provider;
  let waiting: Waiting | undefined;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", callback);
    if (req.method !== "GET" || url.pathname !== callback.pathname) {
      answer(res, 404, "Not found", "This is release-tweet's one-time authorization address.");
      return;
    }
    const token = url.searchParams.get(protocol.tokenParam);
    const verifier = url.searchParams.get(protocol.verifierParam);
    const denied = protocol.deniedToken(url);
    // Only redirects for our own request token count; anything else (a stale tab, another page) is turned away.
    if (waiting && denied !== null && denied === waiting.token) {
      waiting.deny(res);
      return;
    }
    if (waiting && token === waiting.token && verifier) {
      waiting.take(verifier, res);
      return;
    }
    answer(res, 400, "Unexpected request", "This link does not belong to the authorization release-tweet is waiting for.");
  };

  const server = createServer(handle);
  const host = callback.hostname.replace(/^\[|\]$/g, "");
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? `Port ${callback.port} on ${host} is already in use.`
          : error.code === "EACCES"
            ? `Not allowed to listen on port ${callback.port}.`
            : `Could not listen on ${host}:${callback.port} (${error.code ?? error.message}).`;
      reject(
        new ReleaseTweetError(
          "ECALLBACKPORT",
          reason,
          "Stop the program using it, or register another http://127.0.0.1:PORT/... callback in your X app and pass it with --callback.",
          { docs: "authorize" },
        ),
      );
    });
    server.listen(Number(callback.port), host, () => resolve());
  });

  return {
    waitForAuthorization(requestToken, timeoutMs, redeem, notice = () => undefined) {
      return new Promise((resolve, reject) => {
        const queue: { verifier: string; res: ServerResponse }[] = [];
        let busy = false;
        let expired = false;
        let done = false;
        let refused = 0;
        let denied = 0;

        const finish = (outcome: () => void) => {
          done = true;
          waiting = undefined;
          clearTimeout(timer);
          for (const item of queue.splice(0)) answer(item.res, 409, "Not needed", CLOSED_TEXT);
          outcome();
        };
        const timeUp = () => finish(() => reject(timeoutError(callback, timeoutMs, refused, denied, provider)));
        const timer = setTimeout(() => {
          // An exchange under way may still succeed: it decides, then the wait ends.
          expired = true;
          if (!busy) timeUp();
        }, timeoutMs);

        const refuse = (res: ServerResponse, text: string) => {
          refused++;
          answer(res, 400, "Not accepted", text);
          notice({ kind: "refused", refused });
        };

        const next = async (): Promise<void> => {
          const item = queue.shift();
          if (item === undefined || done) return;
          busy = true;
          let redemption;
          try {
            redemption = await redeem(item.verifier);
          } catch (error) {
            busy = false;
            answer(item.res, 500, "Authorization failed", "release-tweet could not finish the authorization; see the terminal.");
            finish(() => reject(error instanceof Error ? error : new Error(String(error))));
            return;
          }
          busy = false;
          if (redemption.accepted) {
            answer(item.res, 200, "release-tweet is authorized", "You can close this tab and return to the terminal.");
            const value = redemption.value;
            finish(() => resolve({ value, refused, denied }));
            return;
          }
          refuse(item.res, `${provider} did not accept this link: it did not come from your authorization, or it was used already.`);
          if (expired) timeUp();
          else await next();
        };

        waiting = {
          token: requestToken,
          take(verifier, res) {
            if (!VERIFIER.test(verifier)) return refuse(res, `This link does not carry a verifier ${provider} could have issued.`);
            if (queue.length >= MAX_QUEUED) return refuse(res, "Too many links arrived at once; reload this page to try again.");
            queue.push({ verifier, res });
            if (!busy) void next();
          },
          deny(res) {
            denied++;
            answer(
              res,
              200,
              "Authorization cancelled",
              `${provider} reported that the authorization was cancelled. If you clicked Cancel, stop release-tweet in the terminal ` +
                "(Ctrl+C); otherwise go back to the authorize page. release-tweet keeps waiting until its time is up.",
            );
            notice({ kind: "denied", denied });
          },
        };
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        waiting = undefined;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CLOSED_TEXT = "release-tweet is no longer waiting for this authorization; you can close this tab.";

function answer(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", connection: "close", "cache-control": "no-store" });
  res.end(PAGE(title, text));
}

/**
 * When the time is up: EXDENIED if X (or someone) said "denied" — the only sign of a real Cancel — else
 * ECALLBACKTIMEOUT. Both say how many redirects X refused, never what they held.
 */
function timeoutError(callback: URL, timeoutMs: number, refused: number, denied: number, provider: string): ReleaseTweetError {
  const seconds = Math.round(timeoutMs / 1000);
  const X = provider;
  const others = refused > 0 ? ` ${plural(refused, "redirect")} carried a verifier that ${X} refused: they did not come from your authorization.` : "";
  if (denied > 0) {
    return new ReleaseTweetError(
      "EXDENIED",
      `Authorization was denied or timed out: ${plural(denied, "redirect")} said it was cancelled on ${X}, and no redirect that ${X} accepts arrived within ${seconds} seconds.${others}`,
      `Run release-tweet authorize again and click 'Authorize app'. A 'cancelled' redirect can be sent by anyone who sees the authorize URL, so release-tweet waits for one that ${X} accepts rather than stopping at it.`,
      { docs: "authorize" },
    );
  }
  return new ReleaseTweetError(
    "ECALLBACKTIMEOUT",
    `${X} did not redirect to ${callback.href} within ${seconds} seconds.${others}`,
    "Open the authorize URL and click 'Authorize app' sooner, pass a longer --timeout, or run without --callback to use a PIN.",
    { docs: "authorize" },
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
