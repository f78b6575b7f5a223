// One-shot loopback HTTP server that receives X's redirect (oauth_token + oauth_verifier) in callback mode.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { ReleaseTweetError } from "../core/errors.js";

export interface CallbackServer {
  /** Resolves with the oauth_verifier of the redirect that carries `requestToken`; rejects on denial or timeout. */
  waitForVerifier(requestToken: string, timeoutMs: number): Promise<string>;
  close(): Promise<void>;
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

/** Binds before any request to X, so a busy port fails before the user authorizes anything. */
export async function startCallbackServer(callback: URL): Promise<CallbackServer> {
  let pending:
    | { token: string; resolve: (verifier: string) => void; reject: (error: ReleaseTweetError) => void }
    | undefined;

  const answer = (res: ServerResponse, status: number, title: string, text: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", connection: "close", "cache-control": "no-store" });
    res.end(PAGE(title, text));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", callback);
    if (req.method !== "GET" || url.pathname !== callback.pathname) {
      answer(res, 404, "Not found", "This is release-tweet's one-time authorization address.");
      return;
    }
    const token = url.searchParams.get("oauth_token");
    const verifier = url.searchParams.get("oauth_verifier");
    const denied = url.searchParams.get("denied");
    // Only the redirect for our own request token counts; anything else (a stale tab, another page) is ignored.
    if (pending && denied !== null && denied === pending.token) {
      answer(res, 200, "Authorization cancelled", "You can close this tab and return to the terminal.");
      pending.reject(
        new ReleaseTweetError(
          "EXDENIED",
          "Authorization was cancelled on X, so no tokens were issued.",
          "Run release-tweet authorize again and click 'Authorize app'.",
          { docs: "authorize" },
        ),
      );
      return;
    }
    if (pending && token === pending.token && verifier) {
      answer(res, 200, "release-tweet is authorized", "You can close this tab and return to the terminal.");
      pending.resolve(verifier);
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
    waitForVerifier(requestToken, timeoutMs) {
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending = undefined;
          reject(
            new ReleaseTweetError(
              "ECALLBACKTIMEOUT",
              `X did not redirect to ${callback.href} within ${Math.round(timeoutMs / 1000)} seconds.`,
              "Open the authorize URL and click 'Authorize app' sooner, pass a longer --timeout, or run without --callback to use a PIN.",
              { docs: "authorize" },
            ),
          );
        }, timeoutMs);
        const settle = () => {
          clearTimeout(timer);
          pending = undefined;
        };
        pending = {
          token: requestToken,
          resolve: (verifier) => {
            settle();
            resolve(verifier);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        };
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
