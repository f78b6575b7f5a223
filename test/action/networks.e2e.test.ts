// Runs the bundled Action (dist/action/index.js) the way the runner does, announcing on X, Bluesky and Mastodon at
// once against the loopback fakes, each of which checks its own authentication, records and limits.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startConnectProxy } from "../support/connect-proxy.js";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky, type FakeRecord } from "../support/fake-bluesky.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon, type FakeMastodonOptions } from "../support/fake-mastodon.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";
import { makeTempDir, removeTempDir } from "../support/temp-dir.js";

const root = join(import.meta.dirname, "../..");
const entry = join(root, "dist", "action", "index.js");
const GITHUB_TOKEN = "ghs_fakeNetworksWorkflowToken0123";
const SECRETS = [...Object.values(FAKE_CREDENTIALS), FAKE_BSKY.appPassword, FAKE_MASTO.token, GITHUB_TOKEN];

const RELEASE = {
  tag_name: "v1.2.0",
  name: "Widget 1.2",
  body: "### Features\n\n- Adds the frobnicator.\n- Speeds up the widget loader.",
  html_url: "https://github.com/acme/widget/releases/tag/v1.2.0",
  draft: false,
  prerelease: false,
};

let x: FakeX;
let bluesky: FakeBluesky;
let mastodon: FakeMastodon;

async function startFakes(mastodonOptions: FakeMastodonOptions = {}): Promise<void> {
  [x, bluesky, mastodon] = await Promise.all([startFakeX(), startFakeBluesky(), startFakeMastodon(mastodonOptions)]);
}
beforeEach(async () => {
  await startFakes();
});
afterEach(async () => {
  await Promise.all([x.close(), bluesky.close(), mastodon.close()]);
});

const xInputs = () => ({
  "api-key": FAKE_CREDENTIALS.apiKey,
  "api-secret": FAKE_CREDENTIALS.apiSecret,
  "access-token": FAKE_CREDENTIALS.accessToken,
  "access-token-secret": FAKE_CREDENTIALS.accessTokenSecret,
  "api-base-url": x.url,
});
const blueskyInputs = () => ({ "bluesky-identifier": FAKE_BSKY.handle, "bluesky-app-password": FAKE_BSKY.appPassword, "bluesky-service": bluesky.url });
const mastodonInputs = () => ({ "mastodon-url": mastodon.url, "mastodon-access-token": FAKE_MASTO.token });
const allInputs = () => ({ ...xInputs(), ...blueskyInputs(), ...mastodonInputs() });

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
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputsFile: string;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

async function runAction(inputs: Record<string, string>, release = RELEASE, env: Record<string, string> = {}): Promise<Run> {
  const dir = makeTempDir("networks-action");
  const paths = { event: join(dir, "event.json"), output: join(dir, "output.txt"), summary: join(dir, "summary.md") };
  writeFileSync(paths.event, JSON.stringify({ action: "published", release, repository: { name: "widget", owner: { login: "acme" } } }));
  writeFileSync(paths.output, "");
  writeFileSync(paths.summary, "");
  const child = spawn(process.execPath, [entry], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      TMPDIR: tmpdir(),
      ...inputEnv(inputs),
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "release",
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      GITHUB_REPOSITORY: "acme/widget",
      GITHUB_REF: `refs/tags/${release.tag_name}`,
      RUNNER_TEMP: dir,
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    const outputsFile = readFileSync(paths.output, "utf8");
    return { status, stdout, stderr, outputs: parseOutputs(outputsFile), outputsFile, summary: readFileSync(paths.summary, "utf8") };
  } finally {
    removeTempDir(dir);
  }
}

/** Every secret given is masked, and none appears anywhere else: logs, outputs, summary. */
function expectNoLeak(result: Run, secrets: readonly string[] = SECRETS): void {
  const masks = result.stdout.split("\n").filter((line) => line.startsWith("::add-mask::"));
  const visible = [...result.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")), result.stderr, result.outputsFile, result.summary].join("\n");
  for (const secret of secrets) {
    expect(masks).toContain(`::add-mask::${secret}`);
    expect(visible.includes(secret), "a secret leaked").toBe(false);
  }
}

const errorLines = (result: Run) => result.stdout.split("\n").filter((line) => line.startsWith("::error::"));
const graphemes = (text: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
const rkey = (record: FakeRecord) => record.rkey;

/** Each link facet covers, at its UTF-8 byte offsets, text that shows its URL (shortened at most), and the URL is whole. */
function expectFacetsRight(record: FakeRecord): void {
  const text = record.value.text as string;
  const bytes = Buffer.from(text, "utf8");
  expect(graphemes(text)).toBeLessThanOrEqual(300);
  expect(bytes.length).toBeLessThanOrEqual(3000);
  const facets = (record.value.facets ?? []) as Array<{ index: { byteStart: number; byteEnd: number }; features: Array<{ uri: string }> }>;
  for (const facet of facets) {
    const shown = bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString("utf8");
    const uri = facet.features[0]!.uri;
    expect(URL.parse(uri)?.protocol).toMatch(/^https?:$/);
    expect(uri.replace(/^https?:\/\//, "").startsWith(shown.replace(/^https?:\/\//, "").replace(/…$/, ""))).toBe(true);
  }
  // Every http(s) URL written in the text is inside a facet.
  const covered = facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString("utf8"));
  for (const url of text.match(/https?:\/\/\S+/g) ?? []) expect(covered.some((shown) => shown.startsWith(url.replace(/[.,;:!?]+$/, "")) || url.startsWith(shown))).toBe(true);
}

describe("the bundled Action on X, Bluesky and Mastodon", () => {
  it("announces one release on all three at once, each post verified by its fake; outputs, summary and no leak", async () => {
    const result = await runAction(allInputs());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(x.tweets).toHaveLength(1);
    expect(bluesky.records).toHaveLength(1);
    expect(mastodon.statuses).toHaveLength(1);
    const [record] = bluesky.records;
    const [status] = mastodon.statuses;
    for (const text of [x.tweets[0]!.text, record!.value.text as string, status!.text]) {
      expect(text).toContain("Adds the frobnicator.");
      expect(text).toContain("1.2.0");
    }
    expectFacetsRight(record!);
    // The release page as a link card: its title and description come from the release.
    expect(record!.value.embed).toEqual({
      $type: "app.bsky.embed.external",
      external: { uri: RELEASE.html_url, title: "Widget 1.2", description: "Adds the frobnicator. · Speeds up the widget loader." },
    });
    expect(record!.value.langs).toBeUndefined(); // English is the composer's guess, not a detection: no tag
    expect(status!.visibility).toBe("public");
    expect(status!.inReplyToId).toBeNull();
    // Mastodon: the Idempotency-Key was sent with the status.
    expect(mastodon.requests.find((r) => r.method === "POST" && r.path === "/api/v1/statuses")?.idempotencyKey).toMatch(/^release-tweet-[0-9a-f]{40}$/);

    const bskyUrl = `https://bsky.app/profile/${FAKE_BSKY.did}/post/${rkey(record!)}`;
    const mastoUrl = `${mastodon.url}/@${FAKE_MASTO.username}/${status!.id}`;
    expect(result.outputs["tweet-id"]).toBe(x.tweets[0]!.id);
    expect(result.outputs["bluesky-url"]).toBe(bskyUrl);
    expect(result.outputs["mastodon-url"]).toBe(mastoUrl);
    expect(JSON.parse(result.outputs.posts!)).toEqual([
      { network: "x", id: x.tweets[0]!.id, url: `https://x.com/i/status/${x.tweets[0]!.id}` },
      { network: "bluesky", id: record!.uri, url: bskyUrl },
      { network: "mastodon", id: status!.id, url: mastoUrl },
    ]);
    for (const heading of ["### Announced on X", "### Announced on Bluesky", "### Announced on Mastodon"]) expect(result.summary).toContain(heading);
    for (const group of ["::group::Posting 1 post to X", "::group::Posting 1 post to Bluesky", "::group::Posting 1 post to Mastodon"]) {
      expect(result.stdout).toContain(group);
    }
    expectNoLeak(result);
  });

  it("announces on Bluesky alone with no X credentials: X is never contacted", async () => {
    const result = await runAction(blueskyInputs());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(x.requests).toEqual([]);
    expect(mastodon.requests).toEqual([]);
    expect(bluesky.records).toHaveLength(1);
    expectFacetsRight(bluesky.records[0]!);
    expect(result.outputs["bluesky-url"]).toMatch(/^https:\/\/bsky\.app\/profile\/did:plc:\w+\/post\/[2-7a-z]{13}$/);
    expect(result.outputs["tweet-id"]).toBeUndefined();
    expect(result.outputs.text).toBeUndefined();
    expect(JSON.parse(result.outputs.posts!)).toEqual([{ network: "bluesky", id: bluesky.records[0]!.uri, url: result.outputs["bluesky-url"] }]);
    expectNoLeak(result, [FAKE_BSKY.appPassword, GITHUB_TOKEN]);
  });

  it("a re-run after one network failed posts only on that network", async () => {
    // Mastodon's rate limit is used up for the first run: X and Bluesky post, Mastodon fails (not retried).
    mastodon.enqueue("POST /api/v1/statuses", { status: 429, body: { error: "Too many requests" }, headers: { "x-ratelimit-reset": new Date(Date.now() + 60_000).toISOString() } });
    const first = await runAction(allInputs());
    expect(first.status).toBe(1);
    expect([x.tweets.length, bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1, 0]);
    const [error] = errorLines(first);
    expect(error).toContain("Announced on X and Bluesky; Mastodon failed.");
    expect(error).toContain("The Mastodon instance's rate limit is used up");
    expect(error).toContain("Running it again is safe: nothing is posted twice (Bluesky and Mastodon continue from the posts that exist; X refuses a second copy of a post it already has).");
    expect(first.outputs["bluesky-url"]).toBeDefined();
    expect(first.outputs["mastodon-url"]).toBeUndefined();
    expect(first.summary).toContain("### Not posted on Mastodon");
    const tweets = x.requests.length;
    const createRecords = () => bluesky.requests.filter((r) => r.nsid === "com.atproto.repo.createRecord");
    const before = createRecords().length;

    const again = await runAction(allInputs());
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    // Only Mastodon got a new post; X refused its duplicate, Bluesky's record key was taken.
    expect([x.tweets.length, bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1, 1]);
    expect(x.requests.slice(tweets).filter((r) => r.path === "/2/tweets").map((r) => r.status)).toEqual([403]);
    expect(createRecords().slice(before).map((r) => r.reason)).toEqual(["taken key"]);
    expect(again.stdout).toMatch(/::notice::v1\.2\.0 was already posted to X/);
    expect(again.stdout).toMatch(/::notice::v1\.2\.0 was already posted on Bluesky/);
    expect(again.outputs["bluesky-url"]).toBe(first.outputs["bluesky-url"]);
    expect(again.outputs["mastodon-url"]).toBe(`${mastodon.url}/@${FAKE_MASTO.username}/${mastodon.statuses[0]!.id}`);
    expectNoLeak(again);
  });

  it("a re-run after success posts nothing anywhere and succeeds", async () => {
    const first = await runAction(allInputs());
    expect(first.status).toBe(0);
    const statusPosts = () => mastodon.requests.filter((r) => r.method === "POST" && r.path === "/api/v1/statuses").length;
    const posted = statusPosts();
    const again = await runAction(allInputs());
    expect(again.status).toBe(0);
    expect([x.tweets.length, bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1, 1]);
    // Mastodon found its post among the account's recent ones: no second POST at all.
    expect(statusPosts()).toBe(posted);
    for (const heading of ["Already announced on X", "Already announced on Bluesky", "Already announced on Mastodon"]) expect(again.summary).toContain(heading);
    expect((JSON.parse(again.outputs.posts!) as Array<{ network: string }>).map((post) => post.network)).toEqual(["bluesky", "mastodon"]);
    expectNoLeak(again);
  });

  it("threads on every network: Bluesky facets at the right byte offsets after emoji and CJK, Mastodon within the instance's limit", async () => {
    await Promise.all([x.close(), bluesky.close(), mastodon.close()]);
    await startFakes({ statusesConfig: { max_characters: 160, characters_reserved_per_url: 23 } });
    const body = [
      "### 新機能",
      ...Array.from({ length: 10 }, (_, i) => `- 🎉 ウィジェット${i + 1}の読み込みが速くなりました 👩‍💻 詳細: https://example.com/docs/widgets/loader-${i + 1}`),
    ].join("\n");
    const release = { ...RELEASE, name: null, body };
    const result = await runAction({ ...allInputs(), thread: "true" }, release as unknown as typeof RELEASE);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(bluesky.records.length).toBeGreaterThan(1);
    expect(mastodon.statuses.length).toBeGreaterThan(1);
    for (const record of bluesky.records) {
      expectFacetsRight(record);
      expect(record.value.langs).toEqual(["ja"]);
    }
    // The first post: emoji and Japanese before the release link, whose facet still lands on it byte for byte.
    const first = bluesky.records[0]!;
    const facets = first.value.facets as Array<{ index: { byteStart: number }; features: Array<{ uri: string }> }>;
    const release_ = facets.find((facet) => facet.features[0]!.uri === RELEASE.html_url);
    expect(release_).toBeDefined();
    expect(Buffer.from(first.value.text as string).subarray(0, release_!.index.byteStart).toString()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    // Replies point at the thread's root and at the post before.
    bluesky.records.slice(1).forEach((record, index) => {
      const reply = record.value.reply as { root: { uri: string }; parent: { uri: string } };
      expect(reply.root.uri).toBe(first.uri);
      expect(reply.parent.uri).toBe(bluesky.records[index]!.uri);
    });
    // The fake refuses any status over 160 as Mastodon counts: all of them went through, chained.
    mastodon.statuses.forEach((status, index) => {
      expect(status.inReplyToId).toBe(index === 0 ? null : mastodon.statuses[index - 1]!.id);
      expect(status.language).toBe("ja");
    });
    expect(mastodon.requests.filter((r) => r.path === "/api/v1/statuses").every((r) => r.status === 200)).toBe(true);
    expect(JSON.parse(result.outputs.posts!)).toHaveLength(x.tweets.length + bluesky.records.length + mastodon.statuses.length);
  });

  it("on a dry run prints every network's posts and lengths, and posts nothing (Mastodon is only asked its limits)", async () => {
    const result = await runAction({ ...allInputs(), "dry-run": "true" });
    expect(result.status).toBe(0);
    expect(x.requests).toEqual([]);
    expect(bluesky.requests).toEqual([]);
    expect(mastodon.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/v2/instance"]);
    expect(result.stdout).toContain("::group::Dry run: 1 post would be sent to X; nothing is posted.");
    expect(result.stdout).toContain("::group::Dry run: 1 post would be sent to Bluesky; nothing is posted.");
    expect(result.stdout).toMatch(/── \d+\/300 graphemes ──/);
    expect(result.stdout).toMatch(/── \d+\/500 characters ──/);
    expect(Object.keys(result.outputs).sort()).toEqual(["text", "texts"]);
    expect(result.summary).toContain("Dry run: nothing was posted to Mastodon");
  });

  it("composes for Mastodon's defaults, with a warning, when the instance's limits cannot be read", async () => {
    mastodon.enqueue("GET /api/v2/instance", { status: 403, body: { error: "This method requires an authenticated user" } });
    const result = await runAction(mastodonInputs());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/::warning::Could not read the Mastodon instance's limits, so its posts are composed for Mastodon's defaults \(500 characters/);
    expect(mastodon.statuses).toHaveLength(1);
  });

  it("behind HTTPS_PROXY/HTTP_PROXY reaches Bluesky and Mastodon through the proxy too", async () => {
    const proxy = await startConnectProxy();
    try {
      const result = await runAction(allInputs(), RELEASE, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect([x.tweets.length, bluesky.records.length, mastodon.statuses.length]).toEqual([1, 1, 1]);
      expect(new Set(proxy.tunnels)).toEqual(new Set([x.url, bluesky.url, mastodon.url].map((url) => new URL(url).host)));
    } finally {
      await proxy.close();
    }
  });

  it("fails with one error naming what to set when no network is configured", async () => {
    const result = await runAction({});
    expect(result.status).toBe(1);
    const [error] = errorLines(result);
    expect(error).toContain("No network to announce on: set the inputs 'api-key', 'api-secret', 'access-token', 'access-token-secret' for X");
    expect(error).toContain("'bluesky-identifier', 'bluesky-app-password' for Bluesky");
    expect(error).toContain("'mastodon-url', 'mastodon-access-token' for Mastodon");
  });
});
