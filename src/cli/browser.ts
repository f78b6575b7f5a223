// Opens a URL in the user's browser, best effort: never throws, never waits for the browser.
import { spawn } from "node:child_process";

export interface BrowserCommand {
  command: string;
  args: string[];
}

/**
 * The command that opens `url`: $BROWSER when set (its `%s` replaced by the URL, else the URL appended),
 * else the platform's opener. The URL is always one argv element; no shell ever parses it.
 */
export function browserCommand(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): BrowserCommand | undefined {
  const browser = env.BROWSER?.trim();
  if (browser) {
    // Like xdg-open and Python's webbrowser: BROWSER may list several commands separated by ':'; use the first.
    const [first = ""] = browser.split(":");
    const words = first.trim().split(/\s+/).filter(Boolean);
    const [command, ...rest] = words;
    if (!command) return undefined;
    const args = rest.some((word) => word.includes("%s")) ? rest.map((word) => word.replaceAll("%s", url)) : [...rest, url];
    return { command, args };
  }
  switch (platform) {
    case "darwin":
      return { command: "open", args: [url] };
    case "win32":
      // `start` is a cmd built-in that would parse & in the URL; rundll32 takes it verbatim.
      return { command: "rundll32", args: ["url.dll,FileProtocolHandler", url] };
    default:
      return { command: "xdg-open", args: [url] };
  }
}

/** Starts the browser detached; resolves false when the command could not be started. */
export function openBrowser(command: BrowserCommand): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const child = spawn(command.command, command.args, { detached: true, stdio: "ignore" });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
