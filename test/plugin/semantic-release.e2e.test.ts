// End to end: real semantic-release 25 (and 24, the oldest the peer range allows) on Node 24, in a throwaway git repository with a local bare remote, loading
// release-tweet from its `npm pack` tarball and posting to the loopback fake X.
import { execFile, execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { WORKFLOW_COMMAND } from "../../src/core/workflow-commands.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { FAKE_BSKY, startFakeBluesky, type FakeBluesky } from "../support/fake-bluesky.js";
import { FAKE_MASTO, startFakeMastodon, type FakeMastodon } from "../support/fake-mastodon.js";
import { FAKE_CREDENTIALS, startFakeX } from "../support/fake-x.js";
import type { FakeX } from "../support/fake-x.js";
import { imageBytes, writeImage } from "../support/images.js";
import { makeTempDir } from "../support/temp-dir.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const SEMANTIC_RELEASE = join(ROOT, "node_modules/semantic-release/bin/semantic-release.js");
// The devDependency alias semantic-release-24 (npm:semantic-release@^24): the other major the peer range accepts.
const SEMANTIC_RELEASE_24 = join(ROOT, "node_modules/semantic-release-24/bin/semantic-release.js");
const CREDENTIAL_VALUES = [...Object.values(FAKE_CREDENTIALS), FAKE_BSKY.appPassword, FAKE_MASTO.token];

interface Run {
  code: number | null;
  output: string;
}

let base: string;
/** The unpacked tarball, copied into each project's node_modules/release-tweet. */
let packed: string;
let runtimeDependencies: string[];
let fakeX: FakeX | undefined;
let fakeBluesky: FakeBluesky | undefined;
let fakeMastodon: FakeMastodon | undefined;

// dist/plugin is rebuilt when stale by test/global-setup.ts.
beforeAll(async () => {
  base = makeTempDir("semantic-release");
  // `npm pack` proves what users get: `files`, `exports` and the built dist/plugin, nothing from the working tree.
  const [info] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", base], { cwd: ROOT, encoding: "utf8" }),
  ) as { filename: string }[];
  execFileSync("tar", ["-xzf", join(base, info!.filename), "-C", base]);
  packed = join(base, "package");
  const manifest = JSON.parse(await readFile(join(packed, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  runtimeDependencies = Object.keys(manifest.dependencies ?? {});
}, 120_000);

afterEach(async () => {
  await Promise.all([fakeX?.close(), fakeBluesky?.close(), fakeMastodon?.close()]);
  fakeX = undefined;
  fakeBluesky = undefined;
  fakeMastodon = undefined;
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: gitEnv(cwd) }).trim();
}

function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: tmpdir(),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
  };
}

interface Project {
  dir: string;
  remote: string;
  commit(message: string): void;
  release(args: string[], env: Record<string, string>, bin?: string): Promise<Run>;
  localTags(): string;
  remoteTags(): string;
}

/**
 * A consumer project: release-tweet unpacked from the tarball into node_modules, and its declared runtime
 * dependencies linked from this checkout — so a dependency missing from package.json fails here, with no network.
 */
async function createProject(branches: unknown[] = ["main"], pluginOptions: Record<string, unknown> = {}): Promise<Project> {
  const root = await mkdtemp(join(base, "project-"));
  const remote = join(root, "remote.git");
  const dir = join(root, "work");
  await mkdir(dir);
  git(root, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  git(dir, "init", "--quiet", "--initial-branch=main");
  await cp(packed, join(dir, "node_modules/release-tweet"), { recursive: true });
  for (const name of runtimeDependencies) {
    const link = join(dir, "node_modules", name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(join(ROOT, "node_modules", name), link, "dir");
  }
  await writeFile(join(dir, ".gitignore"), "node_modules/\n");
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "rocket", version: "0.0.0-development", private: true }));
  await writeFile(
    join(dir, ".releaserc.json"),
    JSON.stringify({
      branches,
      repositoryUrl: `file://${remote}`,
      plugins: ["@semantic-release/commit-analyzer", "@semantic-release/release-notes-generator", ["release-tweet", pluginOptions]],
    }),
  );
  git(dir, "add", ".");
  git(dir, "commit", "--quiet", "-m", "feat: initial launch sequence");
  git(dir, "remote", "add", "origin", `file://${remote}`);
  git(dir, "push", "--quiet", "-u", "origin", "main");
  return {
    dir,
    remote,
    commit(message) {
      git(dir, "commit", "--quiet", "--allow-empty", "-m", message);
      git(dir, "push", "--quiet", "origin", "main");
    },
    release: (args, env, bin = SEMANTIC_RELEASE) => runSemanticRelease(dir, args, env, bin),
    localTags: () => git(dir, "tag", "--list"),
    remoteTags: () => git(dir, "ls-remote", "--tags", `file://${remote}`),
  };
}

function credentialsEnv(x: FakeX): Record<string, string> {
  return {
    TWITTER_API_KEY: FAKE_CREDENTIALS.apiKey,
    TWITTER_API_SECRET: FAKE_CREDENTIALS.apiSecret,
    TWITTER_ACCESS_TOKEN: FAKE_CREDENTIALS.accessToken,
    TWITTER_ACCESS_TOKEN_SECRET: FAKE_CREDENTIALS.accessTokenSecret,
    TWITTER_API_BASE_URL: x.url,
  };
}

/** A clean environment: CI=true and no CI service variables, so env-ci reads branch and commit from git. */
function runSemanticRelease(cwd: string, args: string[], env: Record<string, string>, bin: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { ...gitEnv(cwd), CI: "true", NO_COLOR: "1", ...env }, timeout: 50_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

function expectNoCredential(output: string): void {
  for (const value of CREDENTIAL_VALUES) expect(output).not.toContain(value);
}

const tweetPosts = (x: FakeX) => x.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");

describe("release-tweet under real semantic-release 25", () => {
  it("--dry-run previews the post with its N/280 length and posts nothing", async () => {
    fakeX = await startFakeX();
    const project = await createProject();
    const run = await project.release(["--dry-run"], credentialsEnv(fakeX));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain("Dry run: release-tweet would post 1 post on X for v1.0.0:");
    expect(run.output).toMatch(/Post 1\/1, \d+\/280:\n.*1\.0\.0/);
    expect(run.output).toContain("Initial launch sequence");
    expect(fakeX.requests).toEqual([]);
    expect(project.localTags()).toBe("");
    expectNoCredential(run.output);
  }, 60_000);

  it("fails before any tag is made when a credential is missing, naming the variable", async () => {
    fakeX = await startFakeX();
    const project = await createProject();
    const { TWITTER_ACCESS_TOKEN_SECRET: _omitted, ...env } = credentialsEnv(fakeX);
    const run = await project.release([], { ...env, TWITTER_API_KEY: "   " });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("ENOTWITTERACCESSTOKENSECRET");
    expect(run.output).toContain("TWITTER_ACCESS_TOKEN_SECRET");
    expect(run.output).toContain("ENOTWITTERAPIKEY");
    expect(project.localTags()).toBe("");
    expect(project.remoteTags()).toBe("");
    expect(fakeX.requests).toEqual([]);
    expectNoCredential(run.output);
  }, 60_000);

  it("tags v1.0.0 and posts exactly one signed tweet; a fix: commit then posts a second one", async () => {
    fakeX = await startFakeX();
    const project = await createProject();
    const first = await project.release([], credentialsEnv(fakeX));
    expect(first.code, first.output).toBe(0);
    expect(project.localTags()).toBe("v1.0.0");
    expect(project.remoteTags()).toMatch(/refs\/tags\/v1\.0\.0$/);
    expect(fakeX.tweets).toHaveLength(1);
    expect(fakeX.tweets[0]!.text).toContain("1.0.0");
    expect(fakeX.tweets[0]!.text).toContain("Initial launch sequence");
    // The fake verifies every OAuth 1.0a signature: a 201 means it was signed right.
    expect(tweetPosts(fakeX).map((r) => r.status)).toEqual([201]);
    expect(tweetPosts(fakeX)[0]!.authorization).toMatch(/^OAuth .*oauth_signature_method="HMAC-SHA1"/);
    expect(first.output).toContain(`Announced v1.0.0 on X: https://x.com/i/status/${fakeX.tweets[0]!.id}`);

    project.commit("fix: correct the countdown");
    const second = await project.release([], credentialsEnv(fakeX));
    expect(second.code, second.output).toBe(0);
    expect(project.localTags().split("\n")).toEqual(["v1.0.0", "v1.0.1"]);
    expect(fakeX.tweets).toHaveLength(2);
    expect(fakeX.tweets[1]!.text).toContain("1.0.1");
    expect(fakeX.tweets[1]!.text).toContain("Correct the countdown");
    expectNoCredential(first.output + second.output);
  }, 60_000);

  it("a failed announcement of a version promoted from next does not stop the run's new release", async () => {
    fakeX = await startFakeX();
    const project = await createProject(["main", "next"]);
    expect((await project.release([], credentialsEnv(fakeX))).code).toBe(0);
    expect(fakeX.tweets).toHaveLength(1);
    // v1.1.0 on the "next" channel: made, and (prerelease: false) not announced.
    git(project.dir, "checkout", "--quiet", "-b", "next");
    git(project.dir, "commit", "--quiet", "--allow-empty", "-m", "feat: next-only feature");
    git(project.dir, "push", "--quiet", "-u", "origin", "next");
    const onNext = await project.release([], credentialsEnv(fakeX));
    expect(onNext.code, onNext.output).toBe(0);
    expect(project.localTags().split("\n")).toEqual(["v1.0.0", "v1.1.0"]);
    expect(fakeX.tweets).toHaveLength(1);
    // next merged into main, plus a new feature: semantic-release adds v1.1.0 to the default channel (and announces
    // it) before it makes v1.2.0. X refuses that first announcement; v1.2.0 must still be made and announced.
    git(project.dir, "checkout", "--quiet", "main");
    git(project.dir, "merge", "--quiet", "--ff-only", "next");
    project.commit("feat: main feature");
    fakeX.enqueue({ status: 403, body: { title: "Forbidden", detail: "Refused for this test.", type: "about:blank", status: 403 } });
    const promoted = await project.release([], credentialsEnv(fakeX));
    expect(promoted.code, promoted.output).toBe(0);
    expect(promoted.output).toMatch(/v1\.1\.0 was released successfully; only its announcement on X failed/);
    expect(project.localTags().split("\n")).toEqual(["v1.0.0", "v1.1.0", "v1.2.0"]);
    expect(fakeX.tweets).toHaveLength(2);
    expect(fakeX.tweets[1]!.text).toContain("1.2.0");
    expectNoCredential(onNext.output + promoted.output);
  }, 120_000);

  it("whatever X answers (a hostile username, error details with commands, ESC, BEL), the log has no raw control character and no line a runner would obey", async () => {
    fakeX = await startFakeX();
    fakeX.username = "::set-output name=tweet-url::https://evil.example\n##[error]x\u001b[2J\u0007";
    const detail = "refused\n::set-output name=tweet-url::https://evil.example\r\n  ::error::forged\u001b]8;;https://evil.example\u0007 ##[group]x\u009b";
    // GET /2/users/me is served as usual (a hostile name), then POST /2/tweets gets the hostile error.
    fakeX.enqueue({ kind: "normal" }, { status: 403, body: { title: "Forbidden", type: "about:blank", status: 403, detail } });
    const project = await createProject(["main"], { verifyCredentials: true });
    const run = await project.release([], credentialsEnv(fakeX));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("X credentials work: release-tweet will post as the account of these credentials");
    expect(run.output).toContain("only its announcement on X failed: X refused the request: refused ::set-output");
    // semantic-release ends a failed run with Node's dump of the error's stack, whose node_modules frames Node itself
    // underlines and greys: those frame lines are not the plugin's log.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const log = run.output.split("\n").filter((line) => !/^(?:\u001b\[\d+m)?\s+at /.test(line));
    // eslint-disable-next-line no-control-regex -- as above
    expect(log.filter((line) => /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(line))).toEqual([]);
    expect(log.filter((line) => WORKFLOW_COMMAND.test(line))).toEqual([]);
    expectNoCredential(run.output);
  }, 60_000);

  it("posts exactly once when X answers 500 first", async () => {
    fakeX = await startFakeX();
    fakeX.enqueue({ status: 500, body: { title: "Internal Server Error", status: 500 } });
    const project = await createProject();
    const run = await project.release([], credentialsEnv(fakeX));
    expect(run.code, run.output).toBe(0);
    expect(tweetPosts(fakeX).map((r) => r.status)).toEqual([500, 201]);
    expect(fakeX.tweets).toHaveLength(1);
    expect(run.output).toContain("Announced v1.0.0 on X");
    expectNoCredential(run.output);
  }, 60_000);
});

describe("release-tweet under real semantic-release 25, with an image", () => {
  const alt = "The rocket's launch pad at dawn";

  it("--dry-run says what would be attached and what the run costs; the real run uploads it, sets its alt text and posts it", async () => {
    fakeX = await startFakeX();
    const project = await createProject(["main"], { image: "assets/launch.png", imageAlt: alt });
    await mkdir(join(project.dir, "assets"));
    writeImage(project.dir, "assets/launch.png", "png", 30_000);

    const dry = await project.release(["--dry-run"], credentialsEnv(fakeX));
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toContain(`Image on post 1: assets/launch.png (PNG, 29 KB), alt text "${alt}"; one upload request, then one for the alt text.`);
    // The release URL comes in the real run: post 1 is counted with its link.
    expect(dry.output).toContain("Cost on X: 1 post (with a link) in 3 write requests (1 post, 1 media upload request, 1 alt text request)");
    expect(fakeX.requests).toEqual([]);

    const run = await project.release([], credentialsEnv(fakeX));
    expect(run.code, run.output).toBe(0);
    const [media] = fakeX.media;
    expect(fakeX.media).toHaveLength(1);
    expect(media!.bytes.equals(imageBytes("png", 30_000))).toBe(true);
    expect(media!.altText).toBe(alt);
    expect(fakeX.tweets).toHaveLength(1);
    expect(fakeX.tweets[0]!.mediaIds).toEqual([media!.id]);
    // Every request reached X's checks and passed them: the fake refuses a bad signature with a reason.
    expect(fakeX.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["POST /2/media/upload 200", "POST /2/media/metadata 200", "POST /2/tweets 201"]);
    expect(fakeX.requests.every((r) => r.reason === undefined)).toBe(true);
    expect(run.output).toContain(`Announced v1.0.0 on X: https://x.com/i/status/${fakeX.tweets[0]!.id}`);
    expectNoCredential(dry.output + run.output);
  }, 90_000);

  it("a missing image fails verifyConditions, naming the option, before any tag or request", async () => {
    fakeX = await startFakeX();
    const project = await createProject(["main"], { image: "assets/missing.png" });
    const run = await project.release([], credentialsEnv(fakeX));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("EIMAGENOTFOUND");
    expect(run.output).toContain(`The release-tweet option "image" 'assets/missing.png' does not exist`);
    expect(project.localTags()).toBe("");
    expect(fakeX.requests).toEqual([]);
  }, 60_000);
});

describe("release-tweet under real semantic-release 25, behind a proxy", () => {
  it("with HTTP_PROXY set (the fake X is plain http), checks the credentials and posts through the proxy", async () => {
    fakeX = await startFakeX();
    const proxy = await startConnectProxy();
    try {
      const project = await createProject();
      await writeFile(
        join(project.dir, ".releaserc.json"),
        JSON.stringify({
          branches: ["main"],
          repositoryUrl: `file://${project.remote}`,
          plugins: ["@semantic-release/commit-analyzer", "@semantic-release/release-notes-generator", ["release-tweet", { verifyCredentials: true }]],
        }),
      );
      const run = await project.release([], { ...credentialsEnv(fakeX), HTTP_PROXY: proxy.url });
      expect(run.code, run.output).toBe(0);
      expect(fakeX.tweets).toHaveLength(1);
      expect(fakeX.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /2/users/me 200", "POST /2/tweets 201"]);
      // One tunnel per step: verifyConditions and success each make their own dispatcher.
      expect(proxy.tunnels).toEqual([new URL(fakeX.url).host, new URL(fakeX.url).host]);
      expectNoCredential(run.output);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it("with the fake X's host in NO_PROXY, posts directly: nothing goes through the proxy", async () => {
    fakeX = await startFakeX();
    const proxy = await startConnectProxy();
    try {
      const project = await createProject();
      const run = await project.release([], { ...credentialsEnv(fakeX), HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: "127.0.0.1" });
      expect(run.code, run.output).toBe(0);
      expect(fakeX.tweets).toHaveLength(1);
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});

describe("release-tweet under real semantic-release 24", () => {
  it("previews in --dry-run, then tags v1.0.0 and posts exactly one signed tweet", async () => {
    fakeX = await startFakeX();
    const project = await createProject();
    const version = await runSemanticRelease(project.dir, ["--version"], {}, SEMANTIC_RELEASE_24);
    expect(version.output).toMatch(/^24\./m);
    const dry = await project.release(["--dry-run"], credentialsEnv(fakeX), SEMANTIC_RELEASE_24);
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toMatch(/Post 1\/1, \d+\/280:\n.*1\.0\.0/);
    expect(fakeX.requests).toEqual([]);
    const real = await project.release([], credentialsEnv(fakeX), SEMANTIC_RELEASE_24);
    expect(real.code, real.output).toBe(0);
    expect(project.localTags()).toBe("v1.0.0");
    expect(fakeX.tweets).toHaveLength(1);
    expect(fakeX.tweets[0]!.text).toContain("Initial launch sequence");
    expect(real.output).toContain(`Announced v1.0.0 on X: https://x.com/i/status/${fakeX.tweets[0]!.id}`);
    expectNoCredential(dry.output + real.output);
  }, 90_000);
});

describe("release-tweet under real semantic-release 25, on Bluesky and Mastodon", () => {
  const blueskyEnv = (bluesky: FakeBluesky) => ({ BLUESKY_IDENTIFIER: FAKE_BSKY.handle, BLUESKY_APP_PASSWORD: FAKE_BSKY.appPassword, BLUESKY_SERVICE: bluesky.url });
  const mastodonEnv = (mastodon: FakeMastodon) => ({ MASTODON_URL: mastodon.url, MASTODON_ACCESS_TOKEN: FAKE_MASTO.token });

  it("announces one release on X, Bluesky and Mastodon at once, each post verified by its fake", async () => {
    [fakeX, fakeBluesky, fakeMastodon] = await Promise.all([startFakeX(), startFakeBluesky(), startFakeMastodon()]);
    const project = await createProject(["main"], { mastodonVisibility: "unlisted" });
    const run = await project.release([], { ...credentialsEnv(fakeX), ...blueskyEnv(fakeBluesky), ...mastodonEnv(fakeMastodon) });
    expect(run.code, run.output).toBe(0);
    expect(project.remoteTags()).toMatch(/refs\/tags\/v1\.0\.0$/);
    expect([fakeX.tweets.length, fakeBluesky.records.length, fakeMastodon.statuses.length]).toEqual([1, 1, 1]);
    for (const text of [fakeX.tweets[0]!.text, fakeBluesky.records[0]!.value.text as string, fakeMastodon.statuses[0]!.text]) {
      expect(text).toContain("1.0.0");
      expect(text).toContain("Initial launch sequence");
    }
    expect(fakeMastodon.statuses[0]!.visibility).toBe("unlisted");
    expect(run.output).toContain(`Announced v1.0.0 on X: https://x.com/i/status/${fakeX.tweets[0]!.id}`);
    expect(run.output).toContain(`Announced v1.0.0 on Bluesky: https://bsky.app/profile/${FAKE_BSKY.did}/post/${fakeBluesky.records[0]!.rkey}`);
    expect(run.output).toContain(`Announced v1.0.0 on Mastodon: ${fakeMastodon.url}/@${FAKE_MASTO.username}/${fakeMastodon.statuses[0]!.id}`);
    expectNoCredential(run.output);
  }, 60_000);

  it("announces on Bluesky alone, with no X credentials: --dry-run previews it, the release posts it", async () => {
    fakeBluesky = await startFakeBluesky();
    const project = await createProject();
    const dry = await project.release(["--dry-run"], blueskyEnv(fakeBluesky));
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toContain("Dry run: release-tweet would post 1 post on Bluesky for v1.0.0:");
    expect(dry.output).toMatch(/Post 1\/1, \d+\/300:\n.*1\.0\.0/);
    expect(fakeBluesky.requests).toEqual([]);
    const run = await project.release([], blueskyEnv(fakeBluesky));
    expect(run.code, run.output).toBe(0);
    expect(fakeBluesky.records).toHaveLength(1);
    expect(fakeBluesky.records[0]!.value.text).toContain("Initial launch sequence");
    expect(run.output).toContain("Announced v1.0.0 on Bluesky: https://bsky.app/profile/");
    expect(run.output).not.toMatch(/\bon X\b/);
    expectNoCredential(dry.output + run.output);
  }, 60_000);

  it("when Mastodon fails, the others still post, and the run says the release succeeded and how to post the rest", async () => {
    [fakeX, fakeBluesky, fakeMastodon] = await Promise.all([startFakeX(), startFakeBluesky(), startFakeMastodon()]);
    fakeMastodon.enqueue("POST /api/v1/statuses", { status: 401, body: { error: "The access token is invalid" } });
    const project = await createProject();
    const run = await project.release([], { ...credentialsEnv(fakeX), ...blueskyEnv(fakeBluesky), ...mastodonEnv(fakeMastodon) });
    expect(run.code).not.toBe(0);
    // The release itself is done: tagged and pushed.
    expect(project.remoteTags()).toMatch(/refs\/tags\/v1\.0\.0$/);
    expect([fakeX.tweets.length, fakeBluesky.records.length, fakeMastodon.statuses.length]).toEqual([1, 1, 0]);
    expect(run.output).toContain("EMASTODONAUTH");
    expect(run.output).toContain("v1.0.0 was released successfully; only its announcement on Mastodon failed");
    expect(run.output).toContain("Announced on X and Bluesky; Mastodon failed.");
    expect(run.output).toMatch(/run the release-tweet Action for this tag \(input `?tag`?\) with only Mastodon's credentials/);
    expectNoCredential(run.output);
  }, 60_000);
});
