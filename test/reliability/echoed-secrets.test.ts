// A GitHub or X error that echoes a credential anywhere in its message never prints any 8 consecutive characters of
// it, in any door (issue 16): the credential is put at every offset around the length a quote is cut to. Each door
// runs in process against the loopback fakes (many offsets), and the built CLI once at the offset that used to leak.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, type ActionCore, type ActionDeps } from "../../src/action/main.js";
import type { XCredentials } from "../../src/core/types.js";
import { GITHUB_MESSAGE_MAX_LENGTH } from "../../src/github/error-message.js";
import * as steps from "../../src/plugin/steps.js";
import { X_DETAIL_MAX_LENGTH } from "../../src/x/errors.js";
import { baseEnv, runInProcess, spawnAuthorize } from "../cli/authorize-harness.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github.js";
import { startFakeX, type FakeX } from "../support/fake-x.js";
import { echoAt, leakedRun, offsets } from "../support/leaks.js";
import { deepText, pluginContext, settle } from "./harness.js";

// Canaries with no word a message also holds ("consumer", "access-token"), so any 8 of their characters in the
// output can only come from the echo.
const CANARY: XCredentials = {
  apiKey: "Qz7vK2mW9pL4xN8rT3yB",
  apiSecret: "hJ5sD1fG6kL0zX2cV7bN9mQ4wE8rT3yU",
  accessToken: "4242-Fp9Lk2Jh7Gd5Sa3Qw1Er6Ty8Ui",
  accessTokenSecret: "Zx8Cv6Bn4Mq2Wl9Ek7Rj5Th3Yg1Df0",
};
const CANARY_VALUES: readonly string[] = [CANARY.apiKey, CANARY.apiSecret, CANARY.accessToken, CANARY.accessTokenSecret];
const GITHUB_TOKEN = "ghs_Vq3Zr8Lk5Wm2Pj9Xn4Tb7Hc1Fd6Ys0Ua2Io";

/** Every offset from where the whole secret fits before the cut to just past the cut. */
const around = (limit: number, secret: string) => offsets(limit - secret.length - 5, limit + 5);

function expectNoRun(where: string, text: string, secret: string): void {
  const piece = leakedRun(text, secret);
  expect(piece, `${where}: "${piece ?? ""}" of the echoed credential is printed`).toBeUndefined();
}

let x: FakeX;
let github: FakeGitHub;
beforeAll(async () => {
  x = await startFakeX({ credentials: CANARY });
  github = await startFakeGitHub({ token: GITHUB_TOKEN, repos: ["acme/gadget", "octo/app"] });
});
afterAll(async () => {
  await Promise.all([x.close(), github.close()]);
});

const forbidden = (message: string) => ({ status: 403, body: { title: "Forbidden", type: "about:blank", status: 403, detail: message } });

describe("the Action", () => {
  /** run() in process with the real GitHub lookup and X client; returns everything it logged, output or summarised. */
  async function runAction(event: { name: string; payload: unknown }, inputs: Record<string, string> = {}): Promise<string> {
    const values: Record<string, string> = {
      "api-key": CANARY.apiKey,
      "api-secret": CANARY.apiSecret,
      "access-token": CANARY.accessToken,
      "access-token-secret": CANARY.accessTokenSecret,
      "github-token": GITHUB_TOKEN,
      "api-base-url": x.url,
      ...inputs,
    };
    const seen: string[] = [];
    const core: ActionCore = {
      getInput: (name) => values[name] ?? "",
      setSecret: () => undefined,
      info: (text) => seen.push(text),
      notice: (text) => seen.push(text),
      warning: (text) => seen.push(text),
      debug: (text) => seen.push(text),
      setFailed: (text) => seen.push(`FAILED ${text}`),
      setOutput: (name, value) => seen.push(`${name}=${value}`),
      startGroup: (name) => seen.push(name),
      endGroup: () => undefined,
      summary: { addRaw: (markdown) => ({ write: () => Promise.resolve(void seen.push(markdown)) }) },
    };
    const deps: Partial<ActionDeps> = {
      core,
      env: { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: "/event.json", GITHUB_REPOSITORY: "acme/gadget", GITHUB_API_URL: github.url },
      readTextFile: () => Promise.resolve(JSON.stringify(event.payload)),
    };
    await run(deps);
    return seen.join("\n");
  }

  it("GitHub's tag lookup answer echoing the token", async () => {
    for (const offset of around(GITHUB_MESSAGE_MAX_LENGTH, GITHUB_TOKEN)) {
      github.answerNext({ status: 403, body: { message: echoAt(offset, GITHUB_TOKEN), documentation_url: "https://docs.github.com/rest" } });
      const seen = await runAction({ name: "workflow_dispatch", payload: {} }, { tag: "v1.0.0" });
      expect(seen).toContain("FAILED The GitHub API answered 403");
      expectNoRun(`offset ${offset}`, seen, GITHUB_TOKEN);
    }
  });

  it("X's answer echoing each credential", async () => {
    const release = { tag_name: "v3.1.0", name: null, body: "Adds the thingamajig.", html_url: "https://github.com/acme/gadget/releases/tag/v3.1.0", draft: false, prerelease: false };
    for (const secret of CANARY_VALUES) {
      for (const offset of around(X_DETAIL_MAX_LENGTH, secret)) {
        x.enqueue(forbidden(echoAt(offset, secret)));
        const seen = await runAction({ name: "release", payload: { action: "published", release } });
        expect(seen).toContain("FAILED X refused the request:");
        expectNoRun(`offset ${offset}`, seen, secret);
      }
    }
  });
});

describe("the semantic-release plugin", () => {
  /** What semantic-release shows: the logger's lines and the thrown error, every property of it. */
  async function visible(step: (context: ReturnType<typeof pluginContext>["context"]) => Promise<unknown>): Promise<string> {
    const { context, logger } = pluginContext(x, { env: { TWITTER_API_KEY: CANARY.apiKey, TWITTER_API_SECRET: CANARY.apiSecret, TWITTER_ACCESS_TOKEN: CANARY.accessToken, TWITTER_ACCESS_TOKEN_SECRET: CANARY.accessTokenSecret } });
    const settled = await settle(step(context));
    expect(settled.ok).toBe(false);
    return [...logger.lines.map((line) => line.text), settled.ok ? "" : deepText(settled.error)].join("\n");
  }

  it("success: X's answer to the post echoing each credential", async () => {
    for (const secret of CANARY_VALUES) {
      for (const offset of around(X_DETAIL_MAX_LENGTH, secret)) {
        x.enqueue(forbidden(echoAt(offset, secret)));
        const seen = await visible((context) => steps.success({}, context));
        expect(seen).toContain("only its announcement on X failed: X refused the request:");
        expectNoRun(`offset ${offset}`, seen, secret);
      }
    }
  });

  it("verifyConditions: X's answer to GET /2/users/me echoing the access token", async () => {
    for (const offset of around(X_DETAIL_MAX_LENGTH, CANARY.accessToken)) {
      x.enqueue(forbidden(echoAt(offset, CANARY.accessToken)));
      const seen = await visible((context) => steps.verifyConditions({ verifyCredentials: true }, context));
      expect(seen).toContain("X refused the request:");
      expectNoRun(`offset ${offset}`, seen, CANARY.accessToken);
    }
  });
});

describe("the CLI: release-tweet authorize", () => {
  const env = () =>
    baseEnv({
      TWITTER_API_BASE_URL: x.url,
      GITHUB_API_URL: github.url,
      TWITTER_API_KEY: CANARY.apiKey,
      TWITTER_API_SECRET: CANARY.apiSecret,
      GITHUB_TOKEN,
    });

  it("GitHub's answer to the repository check echoing the token", async () => {
    for (const offset of around(GITHUB_MESSAGE_MAX_LENGTH, GITHUB_TOKEN)) {
      github.answerNext({ status: 500, body: { message: echoAt(offset, GITHUB_TOKEN) } });
      const result = await runInProcess({ args: ["--repo", "octo/app", "--no-browser"], env: env(), action: { kind: "nothing" } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("GitHub answered 500");
      expectNoRun(`offset ${offset}`, `${result.stdout}\n${result.stderr}`, GITHUB_TOKEN);
    }
  });

  it("X's answer to request_token echoing the consumer key and secret", async () => {
    for (const secret of [CANARY.apiKey, CANARY.apiSecret]) {
      for (const offset of around(X_DETAIL_MAX_LENGTH, secret)) {
        x.enqueueOAuth("request_token", { status: 400, body: { errors: [{ code: 99, message: echoAt(offset, secret) }] } });
        const result = await runInProcess({ args: ["--repo", "octo/app", "--no-browser"], env: env(), action: { kind: "nothing" } });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain("X rejected the request as invalid:");
        expectNoRun(`offset ${offset}`, `${result.stdout}\n${result.stderr}`, secret);
      }
    }
  });

  it("the built CLI, with the token cut where shortening first used to leak it", async () => {
    // Before quoteOutside, the message was cut at 199 characters and then redacted: a token starting at 170 leaked 29.
    github.answerNext({ status: 500, body: { message: echoAt(170, GITHUB_TOKEN) } });
    const result = await spawnAuthorize({ args: ["--repo", "octo/app", "--no-browser"], env: env(), action: { kind: "nothing" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("GitHub answered 500");
    expectNoRun("dist/cli", `${result.stdout}\n${result.stderr}`, GITHUB_TOKEN);
  });
});
