// Runs the bundled Action (dist/action/index.js) the way the runner does, against the loopback fake X and fake GitHub.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startConnectProxy } from "../support/connect-proxy.js";
import { startFakeGitHub, type FakeGitHub, type FakeRelease } from "../support/fake-github.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";
import { imageBytes, writeImage, writeSparseImage } from "../support/images.js";
import { makeTempDir, removeTempDir } from "../support/temp-dir.js";

const root = join(import.meta.dirname, "../..");
const entry = join(root, "dist", "action", "index.js");
const GITHUB_TOKEN = "ghs_fakeE2EWorkflowToken0123456789";
const SECRETS: string[] = [...Object.values(FAKE_CREDENTIALS), GITHUB_TOKEN];

const RELEASE: FakeRelease = {
  tag_name: "v1.2.0",
  name: "Widget 1.2",
  body: "Adds the frobnicator.",
  html_url: "https://github.com/acme/widget/releases/tag/v1.2.0",
  draft: false,
  prerelease: false,
};
const RC: FakeRelease = { ...RELEASE, tag_name: "v2.0.0-rc.1", name: null, html_url: `${RELEASE.html_url}-rc`, prerelease: true };

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** INPUT_* variables as the runner sets them: action.yml's defaults, then the step's `with:`. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as ActionYml;
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default !== undefined) values[name] = input.default.replace("${{ github.token }}", GITHUB_TOKEN);
  }
  Object.assign(values, inputs);
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
}

const CREDENTIAL_INPUTS = {
  "api-key": FAKE_CREDENTIALS.apiKey,
  "api-secret": FAKE_CREDENTIALS.apiSecret,
  "access-token": FAKE_CREDENTIALS.accessToken,
  "access-token-secret": FAKE_CREDENTIALS.accessTokenSecret,
};

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputsFile: string;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

let x: FakeX;
let github: FakeGitHub;

async function runAction(options: {
  inputs?: Record<string, string>;
  event: string;
  payload: unknown;
  env?: Record<string, string>;
}): Promise<RunResult> {
  const dir = makeTempDir("action");
  const eventPath = join(dir, "event.json");
  const outputPath = join(dir, "output.txt");
  const summaryPath = join(dir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const env = {
    PATH: process.env.PATH ?? "",
    TMPDIR: tmpdir(),
    ...inputEnv({ ...CREDENTIAL_INPUTS, "api-base-url": x.url, ...options.inputs }),
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: "acme/widget",
    GITHUB_REF: options.event === "release" ? `refs/tags/${RELEASE.tag_name}` : "refs/heads/main",
    GITHUB_API_URL: github.url,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  // Async spawn: the fake servers live in this process and must keep answering while the Action runs.
  const child = spawn(process.execPath, [entry], { env, cwd: dir });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    const outputsFile = readFileSync(outputPath, "utf8");
    return { status, stdout, stderr, outputs: parseOutputs(outputsFile), outputsFile, summary: readFileSync(summaryPath, "utf8") };
  } finally {
    removeTempDir(dir);
  }
}

/**
 * stderr without Node's DEP0040 warning: twitter-text's `require("punycode")` resolves to the deprecated builtin in the
 * bundle (reported to the build owner). Anything else on stderr is a failure.
 */
function stderrLines(result: RunResult): string[] {
  return result.stderr
    .split("\n")
    .filter((line) => line !== "" && !/\[DEP0040\]/.test(line) && !line.startsWith("(Use `node --trace-deprecation"));
}

/** Every credential masked, and none of them anywhere else: not in the logs, outputs or summary. */
function expectNoLeak(result: RunResult): void {
  const maskLines = result.stdout.split("\n").filter((line) => line.startsWith("::add-mask::"));
  for (const secret of SECRETS) expect(maskLines, "masked").toContain(`::add-mask::${secret}`);
  const visible = [
    ...result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")),
    result.stderr,
    result.outputsFile,
    result.summary,
  ].join("\n");
  for (const secret of SECRETS) expect(visible.includes(secret), "a credential leaked").toBe(false);
}

function releaseEvent(release: FakeRelease, action = "published") {
  return { event: "release", payload: { action, release, repository: { name: "widget", owner: { login: "acme" } } } };
}

const postRequests = () => x.requests.filter((request) => request.method === "POST" && request.path === "/2/tweets");

beforeAll(async () => {
  // dist/action is rebuilt when stale by test/global-setup.ts, before any worker starts: rebuilding here would delete
  // the bundle under the other worker's tests that spawn or copy it.
  if (!existsSync(entry)) throw new Error("dist/action/index.js is missing: see the build output of test/global-setup.ts");
  github = await startFakeGitHub({
    token: GITHUB_TOKEN,
    repos: ["acme/widget"],
    releases: { "acme/widget": [RELEASE, RC, { ...RELEASE, tag_name: "v0.9.0", draft: true }] },
  });
});

afterAll(async () => {
  await github?.close();
});

beforeEach(async () => {
  x = await startFakeX();
});

afterEach(async () => {
  await x?.close();
});

describe("the bundled Action", () => {
  it("posts a published release once, sets the outputs and writes the job summary", async () => {
    const result = await runAction(releaseEvent(RELEASE));
    expect(stderrLines(result)).toEqual([]);
    expect(result.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    const [tweet] = x.tweets;
    expect(tweet!.replyTo).toBeNull();
    expect(tweet!.text).toContain("widget");
    expect(tweet!.text).toContain("1.2.0");
    expect(tweet!.text).toContain("Adds the frobnicator.");
    expect(tweet!.text).toContain(RELEASE.html_url);
    expect(result.outputs).toEqual({
      "tweet-id": tweet!.id,
      "tweet-url": `https://x.com/i/status/${tweet!.id}`,
      "tweet-ids": JSON.stringify([tweet!.id]),
      text: tweet!.text,
      texts: JSON.stringify([tweet!.text]),
      posts: JSON.stringify([{ network: "x", id: tweet!.id, url: `https://x.com/i/status/${tweet!.id}` }]),
    });
    expect(result.summary).toContain(`https://x.com/i/status/${tweet!.id}`);
    expect(result.summary).toContain(tweet!.text);
    // A release event never needs the GitHub API.
    expect(github.requests).toEqual([]);
    expectNoLeak(result);
  });

  it("posts a thread as a chain of replies", async () => {
    const body = Array.from({ length: 12 }, (_, i) => `- Change number ${i + 1} makes the widget noticeably better.`).join("\n");
    const result = await runAction({ ...releaseEvent({ ...RELEASE, body }), inputs: { thread: "true" } });
    expect(result.status).toBe(0);
    expect(x.tweets.length).toBeGreaterThan(1);
    x.tweets.forEach((tweet, index) => expect(tweet.replyTo).toBe(index === 0 ? null : x.tweets[index - 1]!.id));
    expect(JSON.parse(result.outputs["tweet-ids"]!)).toEqual(x.tweets.map((tweet) => tweet.id));
    expect(result.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    // Each post's own blank lines survive in texts; text joins them, so only texts splits back into posts.
    expect(JSON.parse(result.outputs.texts!)).toEqual(x.tweets.map((tweet) => tweet.text));
    expect(result.outputs.text).toBe(x.tweets.map((tweet) => tweet.text).join("\n\n"));
    expectNoLeak(result);
  });

  it("on a dry run prints the posts with their weighted lengths and posts nothing", async () => {
    const result = await runAction({ ...releaseEvent(RELEASE), inputs: { "dry-run": "true" } });
    expect(result.status).toBe(0);
    expect(x.requests).toEqual([]);
    // What the run would cost, before it runs: the default template ends with the release link.
    const cost = "Cost on X: 1 post (with a link) in 1 write request (1 post); about $0.20 at X's prices of 2026-04-20.";
    expect(result.stdout).toContain(cost);
    expect(result.summary).toContain(cost);
    expect(result.stdout).toMatch(/\b\d+\/280\b/);
    expect(result.outputs.text).toContain("Adds the frobnicator.");
    expect(result.stdout).toContain(result.outputs.text!.split("\n")[0]!);
    expect(Object.keys(result.outputs)).toEqual(["text", "texts"]);
    expect(JSON.parse(result.outputs.texts!)).toEqual([result.outputs.text]);
    expectNoLeak(result);
  });

  it("a re-run for the same release posts nothing new and succeeds with 'already posted'", async () => {
    const first = await runAction(releaseEvent(RELEASE));
    expect(first.status).toBe(0);
    const again = await runAction(releaseEvent(RELEASE));
    expect(again.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(again.stdout).toMatch(/::notice::.*already posted/);
    expect(again.outputs["tweet-id"]).toBeUndefined();
    expectNoLeak(again);
  });

  it("on workflow_dispatch looks the tag up through GITHUB_API_URL with the token", async () => {
    const result = await runAction({ event: "workflow_dispatch", payload: { inputs: { tag: "v1.2.0" } }, inputs: { tag: "v1.2.0" } });
    expect(stderrLines(result)).toEqual([]);
    expect(result.status).toBe(0);
    expect(github.requests).toContainEqual({ method: "GET", path: "/repos/acme/widget/releases/tags/v1.2.0", status: 200 });
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.text).toContain(RELEASE.html_url);
    expectNoLeak(result);
  });

  it("behind HTTPS_PROXY/HTTP_PROXY reaches GitHub and X through the proxy, and exits when done", async () => {
    const proxy = await startConnectProxy();
    try {
      const started = Date.now();
      const result = await runAction({
        event: "workflow_dispatch",
        payload: { inputs: { tag: "v1.2.0" } },
        inputs: { tag: "v1.2.0" },
        env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
      });
      expect(stderrLines(result)).toEqual([]);
      expect(result.status).toBe(0);
      expect(x.tweets).toHaveLength(1);
      expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(github.url).host, new URL(x.url).host]));
      // Idle proxy connections must not hold the process open (undici's keep-alive is 4 s).
      expect(Date.now() - started).toBeLessThan(4_000);
      expectNoLeak(result);
    } finally {
      await proxy.close();
    }
  });

  it("with the loopback host in NO_PROXY reaches GitHub and X directly, not through the proxy", async () => {
    const proxy = await startConnectProxy();
    try {
      const result = await runAction({
        event: "workflow_dispatch",
        payload: { inputs: { tag: "v1.2.0" } },
        inputs: { tag: "v1.2.0" },
        env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: "localhost,127.0.0.1" },
      });
      expect(stderrLines(result)).toEqual([]);
      expect(result.status).toBe(0);
      expect(github.requests).toContainEqual({ method: "GET", path: "/repos/acme/widget/releases/tags/v1.2.0", status: 200 });
      expect(x.tweets).toHaveLength(1);
      expect(proxy.tunnels).toEqual([]);
      expectNoLeak(result);
    } finally {
      await proxy.close();
    }
  });

  it("warns about a proxy URL it cannot use, naming the variable but not the value, and connects directly", async () => {
    const result = await runAction({ ...releaseEvent(RELEASE), env: { HTTP_PROXY: "socks5://build:Sup3rSecret@proxy.corp:1080" } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "::warning::HTTP_PROXY is not a proxy URL release-tweet can use (expected http://host:port); connecting directly.",
    );
    expect(result.stdout).not.toContain("Sup3rSecret");
    expect(x.tweets).toHaveLength(1);
  });

  it("fails clearly when the tag has no release", async () => {
    const result = await runAction({ event: "workflow_dispatch", payload: {}, inputs: { tag: "v9.9.9" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::There is no GitHub release for tag 'v9.9.9' in acme/widget.");
    expect(x.requests).toEqual([]);
    expectNoLeak(result);
  });

  it("skips a draft with a notice, successfully", async () => {
    const result = await runAction(releaseEvent({ ...RELEASE, draft: true }));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("::notice::Release v1.2.0 is a draft; drafts are never announced.");
    expect(x.requests).toEqual([]);
    expectNoLeak(result);
  });

  it("skips a release event other than released, prereleased or published, saying to subscribe to released", async () => {
    const result = await runAction(releaseEvent(RELEASE, "edited"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/::notice::.*'edited'.*`on: release: types: \[released\]`/);
    expect(x.requests).toEqual([]);
  });

  it("posts a full release on a 'released' event", async () => {
    const result = await runAction(releaseEvent(RELEASE, "released"));
    expect(result.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(result.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    expectNoLeak(result);
  });

  it("announces a prerelease once it is promoted: 'published' skips it, 'released' posts it", async () => {
    const skipped = await runAction(releaseEvent(RC));
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain("include-prereleases: true");
    expect(x.requests).toEqual([]);

    const promoted = await runAction(releaseEvent({ ...RC, prerelease: false }, "released"));
    expect(promoted.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.text).toContain("2.0.0-rc.1");
    expect(promoted.outputs["tweet-url"]).toBe(`https://x.com/i/status/${x.tweets[0]!.id}`);
    expectNoLeak(promoted);
  });

  it("posts once when 'published' and 'released' both fire for one release; the second run says already posted", async () => {
    const published = await runAction(releaseEvent(RELEASE, "published"));
    const released = await runAction(releaseEvent(RELEASE, "released"));
    expect(published.status).toBe(0);
    expect(released.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(published.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    expect(released.stdout).toMatch(/::notice::v1\.2\.0 was already posted to X/);
    expect(released.summary).toContain("Already announced");
    expectNoLeak(released);
  });

  it("when a thread is only partly posted, outputs and summarizes the posts that exist, then fails", async () => {
    const body = Array.from({ length: 12 }, (_, i) => `- Change number ${i + 1} makes the widget noticeably better.`).join("\n");
    // Post 1 goes through; X refuses post 2 with an error that is not retried.
    x.enqueue({ kind: "normal" }, { status: 400, body: { title: "Invalid Request", detail: "One or more parameters to your request was invalid.", type: "about:blank", status: 400 } });
    const result = await runAction({ ...releaseEvent({ ...RELEASE, body }), inputs: { thread: "true" } });
    expect(result.status).toBe(1);
    expect(x.tweets).toHaveLength(1);
    expect(postRequests()).toHaveLength(2);
    const [first] = x.tweets;
    const texts = JSON.parse(result.outputs.texts ?? "[]") as string[];
    expect(texts.length).toBeGreaterThan(2);
    expect(texts[0]).toBe(first!.text);
    expect(result.outputs).toMatchObject({
      "tweet-id": first!.id,
      "tweet-url": `https://x.com/i/status/${first!.id}`,
      "tweet-ids": JSON.stringify([first!.id]),
      text: texts.join("\n\n"),
    });
    expect(result.stdout).toMatch(/::error::The thread was only partly posted: post 1 \(https:\/\/x\.com\/i\/status\/\d+\)/);
    expect(result.summary).toContain("Partly posted on X");
    expect(result.summary).toContain(`https://x.com/i/status/${first!.id}`);
    expect(result.summary).toContain(`**Post 2 of ${texts.length}:** not posted`);
    expect(result.summary).toContain("Running the job again posts only the missing ones");
    expectNoLeak(result);
  });

  it("a re-run after a thread broke off posts exactly the missing replies, each to the right parent", async () => {
    const body = Array.from({ length: 12 }, (_, i) => `- Change number ${i + 1} makes the widget noticeably better.`).join("\n");
    const serverError = { status: 500, body: { title: "Internal Server Error", status: 500 } };
    x.enqueueFor("POST /2/tweets", { kind: "normal" }, { kind: "normal" }, serverError, serverError, serverError);
    const first = await runAction({ ...releaseEvent({ ...RELEASE, body }), inputs: { thread: "true" } });
    expect(first.status).toBe(1);
    expect(x.tweets).toHaveLength(2);
    const total = (JSON.parse(first.outputs.texts!) as string[]).length;
    expect(total).toBeGreaterThan(2);

    const again = await runAction({ ...releaseEvent({ ...RELEASE, body }), inputs: { thread: "true" } });
    expect(again.status).toBe(0);
    expect(x.tweets.map((t) => t.text)).toEqual(JSON.parse(again.outputs.texts!));
    x.tweets.forEach((tweet, index) => expect(tweet.replyTo).toBe(index === 0 ? null : x.tweets[index - 1]!.id));
    expect(JSON.parse(again.outputs["tweet-ids"]!)).toEqual(x.tweets.map((t) => t.id));
    expect(again.stdout).toContain(`2 of the ${total} posts existed already (an earlier run); only the missing ones were posted.`);
    expect(again.summary).toMatch(new RegExp(`Sent to X: ${total - 2} posts? \\(none with a link\\) in ${total - 2} write requests?.*, and 2 read requests`));
    expectNoLeak(again);
  });

  it("a reply X refuses (self-serve apps, since 2026-02-23): EXREPLYREFUSED, the outputs and summary of what exists, thread: false as the way out", async () => {
    await x.close();
    x = await startFakeX({ replies: "refused" });
    const body = Array.from({ length: 12 }, (_, i) => `- Change number ${i + 1} makes the widget noticeably better.`).join("\n");
    const result = await runAction({ ...releaseEvent({ ...RELEASE, body }), inputs: { thread: "true" } });
    expect(result.status).toBe(1);
    expect(x.tweets).toHaveLength(1);
    const [first] = x.tweets;
    const error = result.stdout.split("\n").find((line) => line.startsWith("::error::")) ?? "";
    expect(error).toContain("X refused a reply: since 2026-02-23");
    expect(error).toContain(`post 1 (https://x.com/i/status/${first!.id})`);
    expect(error).toContain("── post 2 of");
    expect(error).toContain("Set `thread` to false");
    expect(result.stdout).toContain("::debug::Error code: EXREPLYREFUSED");
    expect(result.outputs["tweet-ids"]).toBe(JSON.stringify([first!.id]));
    expect(result.summary).toContain("X refused a reply");
    expect(result.summary).toContain("**Post 2 of");
    expectNoLeak(result);
  });

  it("skips a prerelease unless include-prereleases is true", async () => {
    const skipped = await runAction(releaseEvent(RC));
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain("include-prereleases: true");
    expect(x.requests).toEqual([]);

    const included = await runAction({ ...releaseEvent(RC), inputs: { "include-prereleases": "true" } });
    expect(included.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.text).toContain("2.0.0-rc.1");
    expectNoLeak(included);
  });

  it("fails naming a missing credential before any request", async () => {
    const result = await runAction({ ...releaseEvent(RELEASE), inputs: { "api-key": "", "access-token": "  " } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::Input 'api-key' is required: set it to ${{ secrets.TWITTER_API_KEY }}.");
    expect(result.stdout).toContain("Input 'access-token' is required: set it to ${{ secrets.TWITTER_ACCESS_TOKEN }}.");
    expect(x.requests).toEqual([]);
    expect(result.stdout).not.toMatch(/(\n|%0A)\s+at /); // no stack trace, not even in debug lines
    for (const secret of [FAKE_CREDENTIALS.apiSecret, FAKE_CREDENTIALS.accessTokenSecret, GITHUB_TOKEN]) {
      expect(result.stdout).toContain(`::add-mask::${secret}`);
    }
  });

  it("explains a read-only app: Read and write, then regenerate the tokens", async () => {
    await x.close();
    x = await startFakeX({ permission: "read" });
    const result = await runAction(releaseEvent(RELEASE));
    expect(result.status).toBe(1);
    const error = result.stdout.split("\n").find((line) => line.startsWith("::error::")) ?? "";
    expect(error).toMatch(/Read and write/);
    expect(error).toMatch(/regenerate/i);
    expect(error).not.toMatch(/%0A\s+at /); // no stack trace
    expect(x.tweets).toEqual([]);
    expectNoLeak(result);
  });

  it("retries a 500 and posts exactly once", async () => {
    x.enqueue({ status: 500, body: { title: "Internal Server Error", status: 500 } });
    const result = await runAction(releaseEvent(RELEASE));
    expect(result.status).toBe(0);
    expect(postRequests().map((request) => request.status)).toEqual([500, 201]);
    expect(x.tweets).toHaveLength(1);
    expect(result.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    expectNoLeak(result);
  });

  it("a post that landed before the connection dropped is not posted again", async () => {
    x.enqueue({ kind: "land-then-reset" });
    const result = await runAction(releaseEvent(RELEASE));
    expect(result.status).toBe(0);
    expect(postRequests()).toHaveLength(2); // the retry met X's duplicate answer
    expect(x.tweets).toHaveLength(1);
    expect(result.outputs.text).toBe(x.tweets[0]!.text);
    expectNoLeak(result);
  });

  it("with RUNNER_DEBUG=1 logs debug lines but no credential", async () => {
    x.enqueue({ status: 503, body: "upstream down" });
    const result = await runAction({
      event: "workflow_dispatch",
      payload: {},
      inputs: { tag: "v1.2.0" },
      env: { RUNNER_DEBUG: "1", ACTIONS_STEP_DEBUG: "true" },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("::debug::");
    expect(x.tweets).toHaveLength(1);
    expectNoLeak(result);
  });
});

describe("the bundled Action with an image", () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeTempDir("action-workspace");
    writeImage(workspace, "release.png", "png", 40_000);
    writeImage(workspace, "banner.jpg", "jpeg", 1_500_000);
    writeFileSync(join(workspace, "logo.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    writeSparseImage(workspace, "huge.png", "png", 6 * 1024 * 1024);
  });
  const withImage = (inputs: Record<string, string>) => ({ ...releaseEvent(RELEASE), inputs, env: { GITHUB_WORKSPACE: workspace } });

  it("uploads it through the v2 media endpoints, sets its alt text and puts its media id on the post, every request signed", async () => {
    const alt = "The widget 1.2 logo: a blue gear on white";
    const result = await runAction(withImage({ image: "release.png", "image-alt": alt }));
    expect(stderrLines(result)).toEqual([]);
    expect(result.status).toBe(0);
    const [media] = x.media;
    expect(x.media).toHaveLength(1);
    expect(media!.bytes.equals(imageBytes("png", 40_000))).toBe(true);
    expect(media).toMatchObject({ category: "tweet_image", altText: alt, state: "ready" });
    expect(x.tweets).toHaveLength(1);
    expect(x.tweets[0]!.mediaIds).toEqual([media!.id]);
    // The fake checks every signature: each request was answered, none refused.
    expect(x.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /2/media/upload 200",
      "POST /2/media/metadata 200",
      "POST /2/tweets 201",
    ]);
    expect(x.requests.every((r) => r.reason === undefined && /^OAuth .*oauth_signature="/.test(r.authorization ?? ""))).toBe(true);
    expect(result.stdout).toContain(`Image on post 1: release.png (PNG, 39 KB), alt text "${alt}"; one upload request, then one for the alt text.`);
    expect(result.summary).toContain("Cost on X: 1 post (with a link) in 3 write requests (1 post, 1 media upload request, 1 alt text request)");
    expect(result.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    expectNoLeak(result);
  });

  it("uploads a 1.5 MB JPEG in segments, reassembled by X byte for byte", async () => {
    const result = await runAction(withImage({ image: "./banner.jpg" }));
    expect(result.status).toBe(0);
    const [media] = x.media;
    expect(media!.bytes.equals(imageBytes("jpeg", 1_500_000))).toBe(true);
    expect(x.requests.map((r) => r.path.replace(media!.id, ":id"))).toEqual([
      "/2/media/upload/initialize",
      "/2/media/upload/:id/append",
      "/2/media/upload/:id/append",
      "/2/media/upload/:id/finalize",
      "/2/tweets",
    ]);
    expect(x.tweets[0]!.mediaIds).toEqual([media!.id]);
  });

  it("a dry run says what would be attached and what it costs, and reads nothing from X", async () => {
    const result = await runAction(withImage({ image: "release.png", "dry-run": "true" }));
    expect(result.status).toBe(0);
    expect(x.requests).toEqual([]);
    expect(result.stdout).toContain("Image on post 1: release.png (PNG, 39 KB), no alt text; one upload request.");
    expect(result.summary).toContain("Image on post 1: release.png");
  });

  it.each([
    ["a missing file", { image: "nope.png" }, "EIMAGENOTFOUND", "Input 'image' 'nope.png' does not exist"],
    ["an oversized image", { image: "huge.png" }, "EIMAGETOOLARGE", "Input 'image' 'huge.png' is 6 MB"],
    ["a file that is no image", { image: "logo.png" }, "EIMAGETYPE", "Input 'image' 'logo.png' is not a PNG, JPEG, GIF or WEBP image"],
    ["a path out of the workspace", { image: "../release.png" }, "EIMAGEPATH", "Input 'image' '../release.png' leads outside the workspace"],
    ["alt text over 1,000 characters", { image: "release.png", "image-alt": "x".repeat(1001) }, "EIMAGEALT", "Input 'image-alt' is 1,001 characters long"],
  ])("%s fails before any request, naming the input", async (_name, inputs, code, says) => {
    const lookups = github.requests.length;
    const result = await runAction({ event: "workflow_dispatch", payload: {}, inputs: { ...inputs, tag: "v1.2.0" }, env: { GITHUB_WORKSPACE: workspace } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error::${says}`);
    expect(result.stdout).toContain(`::debug::Error code: ${code}`);
    expect(x.requests).toEqual([]);
    // Not even the release lookup on GitHub went out.
    expect(github.requests).toHaveLength(lookups);
  });
});

