// What every network's `release-tweet authorize` flow shares: the context it runs in, opening the page the user
// authorizes on, and waiting on the loopback callback for a redirect the provider accepts.
import type { Dispatcher } from "undici";
import { ReleaseTweetError } from "../core/errors.js";
import type { SecretToSave } from "../github/secrets.js";
import type { AuthorizeOptions } from "./authorize-options.js";
import { browserCommand, openBrowser, type BrowserCommand } from "./browser.js";
import { plural, type CallbackServer, type Redemption } from "./callback-server.js";
import type { GitHubRemote } from "./git-remote.js";
import type { CliIo } from "./io.js";
import type { Prompter } from "./prompt.js";

/** Seams for tests; the defaults touch the real system. */
export interface AuthorizeDeps {
  openBrowser?: (command: BrowserCommand) => Promise<boolean>;
  readOrigin?: (cwd: string) => Promise<GitHubRemote | undefined>;
  platform?: NodeJS.Platform;
  /** Transport for every request, to the network and to GitHub (default: one proxy-aware dispatcher from the environment). */
  dispatcher?: Dispatcher;
  /** Waits between attempts of a secret's PUT. */
  sleep?: (ms: number) => Promise<void>;
}

export interface AuthorizeContext {
  options: AuthorizeOptions;
  io: CliIo;
  deps: AuthorizeDeps;
  dispatcher: Dispatcher;
  prompter: Prompter;
  /** Every credential seen so far: each flow adds what it learns, and every error line is redacted of them. */
  known: string[];
  /** Callback mode's loopback server, bound before anything is sent. */
  server: CallbackServer | undefined;
}

/** What a flow ends with: the secrets to store, and how to name the account they post as. */
export interface Authorized {
  secrets: SecretToSave[];
  account: string;
}

export async function maybeOpenBrowser(url: string, context: Pick<AuthorizeContext, "options" | "io" | "deps">): Promise<void> {
  const { options, io, deps } = context;
  // Without a terminal (CI, ssh with a pipe) an unasked-for browser would surprise; an explicit BROWSER is a request.
  if (!options.openBrowser || (!io.stdin.isTTY && !io.env.BROWSER?.trim())) return;
  const command = browserCommand(url, io.env, deps.platform ?? process.platform);
  if (!command) return;
  const opened = await (deps.openBrowser ?? openBrowser)(command);
  if (!opened) io.out("(Could not open a browser; open the page above yourself.)");
}

/** Who redirects, and which error code means "that verifier (or code) is not one I issued". */
export interface Provider {
  /** "X", "the Mastodon instance". */
  name: string;
  refusedCode: string;
}

/**
 * Callback mode: exchanges each redirect's verifier until the provider accepts one or the time is up (issue 16). A
 * verifier it refuses and a "denied" redirect do not end the wait, since anyone who saw the request token (or state)
 * can send them; the user hears how many arrived, never what they held.
 */
export async function waitForRedirect<T>(
  server: CallbackServer,
  exchange: (verifier: string) => Promise<T>,
  token: string,
  context: Pick<AuthorizeContext, "options" | "io">,
  provider: Provider,
): Promise<T> {
  const { options, io } = context;
  const name = provider.name;
  io.out(`Waiting up to ${Math.round(options.timeoutMs / 1000)} seconds for ${name} to redirect to ${options.callback?.href ?? ""} …`);
  const result = await server.waitForAuthorization(
    token,
    options.timeoutMs,
    async (verifier): Promise<Redemption<T>> => {
      try {
        return { accepted: true, value: await exchange(verifier) };
      } catch (error) {
        if (error instanceof ReleaseTweetError && error.code === provider.refusedCode) return { accepted: false };
        throw error;
      }
    },
    (notice) =>
      io.out(
        notice.kind === "refused"
          ? `A redirect arrived with a verifier that ${name} refused (${notice.refused} so far): it did not come from your authorization. Still waiting.`
          : `A redirect arrived saying the authorization was cancelled (${notice.denied} so far). If you clicked Cancel, stop with Ctrl+C; ` +
            `anyone who saw the authorize URL can send this, so release-tweet keeps waiting for an authorization ${name} accepts.`,
      ),
  );
  const forged = [
    result.refused > 0 ? `${plural(result.refused, "redirect")} with a verifier ${name} refused` : "",
    result.denied > 0 ? `${plural(result.denied, "'cancelled' redirect")}` : "",
  ].filter(Boolean);
  if (forged.length > 0) {
    io.out(
      `Note: ${forged.join(" and ")} also arrived while waiting; ${name} accepted only yours. ` +
        "Someone who saw the authorize URL may have sent them.",
    );
  }
  return result.value;
}
