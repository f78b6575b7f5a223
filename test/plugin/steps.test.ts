import createDebug from "debug";
import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { generateNotes, success, verifyConditions } from "../../src/plugin/steps.js";
import { expectNoSecret, fakeClient, fakeContext, rejection, SECRETS, visibleText } from "./helpers.js";

const COSTS_DOC = "https://github.com/release-tweet/release-tweet/blob/main/docs/costs.md";

const RELEASE_URL = "https://github.com/acme/rocket/releases/tag/v1.4.0";

interface SRError {
  name: string;
  code: string;
  message: string;
  details: string;
  semanticRelease: boolean;
}

/** Freezes a fake context except its recording logger, to prove the steps never mutate what semantic-release passes. */
function freezeContext<T extends { logger: unknown }>(context: T): T {
  for (const [key, value] of Object.entries(context)) if (key !== "logger") deepFreeze(value);
  return Object.freeze(context);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe("verifyConditions", () => {
  it("reports every problem at once, each with a code, the name to fix and a link to its entry in docs/errors.md", async () => {
    // X is asked for (its API key is set, if blank): the three others are named, each on its own.
    const context = fakeContext({ env: { TWITTER_API_KEY: "   ", TWITTER_API_SECRET: "s", TWITTER_API_BASE_URL: "http://api.example.com" } });
    const fake = fakeClient();
    const error = await rejection(
      verifyConditions({ template: "", maxLength: 300_000, thread: "always", verifyCredentials: true }, context, fake.deps),
    );
    expect(error).toBeInstanceOf(AggregateError);
    const errors = (error as AggregateError).errors as SRError[];
    expect(errors.map((e) => e.code)).toEqual([
      "ENOTWITTERAPIKEY",
      "ENOTWITTERACCESSTOKEN",
      "ENOTWITTERACCESSTOKENSECRET",
      "EINVALIDTEMPLATE",
      "EINVALIDTHREAD",
      "EINVALIDMAXLENGTH",
      "EINVALIDAPIBASEURL",
    ]);
    const byCode = new Map(errors.map((e) => [e.code, e]));
    expect(byCode.get("ENOTWITTERAPIKEY")!.message).toContain("TWITTER_API_KEY");
    expect(byCode.get("ENOTWITTERACCESSTOKENSECRET")!.message).toContain("TWITTER_ACCESS_TOKEN_SECRET");
    expect(byCode.get("EINVALIDMAXLENGTH")!.message).toContain('"maxLength"');
    expect(byCode.get("EINVALIDAPIBASEURL")!.message).toContain("TWITTER_API_BASE_URL");
    for (const e of errors) {
      expect(e.semanticRelease).toBe(true);
      // Each error links its own entry in docs/errors.md (test/troubleshooting.test.ts checks the headings exist).
      expect(e.details).toContain(`(https://github.com/release-tweet/release-tweet/blob/main/docs/errors.md#${e.code.toLowerCase()})`);
    }
    // Nothing was sent while the configuration is broken, not even the credentials check.
    expect(fake.created).toEqual([]);
    expect(fake.meCalls()).toBe(0);
  });

  it("passes a valid configuration without asking X unless verifyCredentials is set", async () => {
    const context = fakeContext();
    const fake = fakeClient();
    await verifyConditions({}, context, fake.deps);
    expect(fake.meCalls()).toBe(0);
    expect(context.logger.lines.map((l) => l.text).join("\n")).toContain("verifyCredentials");
  });

  it("with verifyCredentials, calls GET /2/users/me once and names the account it will post as", async () => {
    const context = fakeContext({ env: { ...SECRETS, TWITTER_API_BASE_URL: "http://127.0.0.1:9/" } });
    const fake = fakeClient();
    await verifyConditions({ verifyCredentials: true }, context, fake.deps);
    expect(fake.meCalls()).toBe(1);
    expect(fake.created[0]!.baseUrl).toBe("http://127.0.0.1:9");
    expect(context.logger.lines).toContainEqual({
      level: "success",
      text: "X credentials work: release-tweet will post as @rocket_releases.",
    });
  });

  it("turns a failed credentials check into a SemanticReleaseError with the core's code and no secret", async () => {
    const context = fakeContext();
    const fake = fakeClient();
    fake.client.getMe = () =>
      Promise.reject(
        new ReleaseTweetError("EXUNAUTHORIZED", `X rejected key ${SECRETS.TWITTER_API_KEY}.`, "Regenerate the tokens.", {
          cause: new Error(`Authorization: OAuth oauth_token="${SECRETS.TWITTER_ACCESS_TOKEN}"`),
        }),
      );
    const error = await rejection(verifyConditions({ verifyCredentials: true }, context, fake.deps));
    const errors = (error as AggregateError).errors as SRError[];
    expect(errors.map((e) => e.code)).toEqual(["EXUNAUTHORIZED"]);
    expect(errors[0]!.message).toBe("X rejected key ***.");
    expectNoSecret(visibleText(context.logger.lines, error));
  });
});

describe("generateNotes", () => {
  it("in a dry run logs the exact posts with their weighted length and returns nothing", async () => {
    const context = fakeContext({ options: { dryRun: true, repositoryUrl: "git@github.com:acme/rocket.git" } });
    const result = await generateNotes({ template: "{repo} {version} is out, see the notes" }, context);
    expect(result).toBeUndefined();
    expect(context.logger.lines.map((l) => l.text)).toEqual([
      "Dry run: release-tweet would post 1 post on X for v1.4.0:",
      // 34 ASCII characters, no URL: X counts 34.
      "Post 1/1, 34/280:\nrocket 1.4.0 is out, see the notes",
      // No {url} in the template: no link, the cheaper class.
      `Cost on X: 1 post (none with a link) in 1 write request (1 post); about $0.015 at X's prices of 2026-04-20. See ${COSTS_DOC}`,
    ]);
  });

  it("in a dry run previews the notes and says the real post adds the URL", async () => {
    const context = fakeContext({ options: { dryRun: true, repositoryUrl: "git+ssh://git@github.com/acme/rocket.git" } });
    await generateNotes({ template: "{repo} {version}: {notes} {url}" }, context);
    const lines = context.logger.lines.map((l) => l.text);
    const preview = lines.find((line) => line.startsWith("Post 1/1, "));
    expect(preview).toMatch(/^Post 1\/1, \d+\/280:\nrocket 1\.4\.0: .*add lift-off countdown/s);
    expect(lines.at(-2)).toBe("The release URL is not known in a dry run; the real post adds it (a URL counts 23).");
    // The link the real post gets is counted already: the dearer class.
    expect(lines.at(-1)).toBe(`Cost on X: 1 post (with a link) in 1 write request (1 post); about $0.20 at X's prices of 2026-04-20. See ${COSTS_DOC}`);
  });

  it("previews each post of a thread with its own N/maxLength", async () => {
    const notes = Array.from({ length: 12 }, (_, i) => `* change number ${i + 1} with a rather long description`).join("\n");
    const context = fakeContext({ options: { dryRun: true }, nextRelease: { version: "2.0.0", gitTag: "v2.0.0", notes } });
    await generateNotes({ thread: true, maxLength: 200 }, context);
    const previews = context.logger.lines.map((l) => l.text).filter((t) => /^Post \d+\/\d+, \d+\/200:\n/.test(t));
    expect(previews.length).toBeGreaterThan(1);
    for (const preview of previews) {
      const n = Number(/, (\d+)\/200:/.exec(preview)![1]);
      expect(n).toBeLessThanOrEqual(200);
    }
  });

  it("outside a dry run does nothing at all", async () => {
    const context = fakeContext();
    expect(await generateNotes({ template: "{version}" }, context)).toBeUndefined();
    expect(context.logger.lines).toEqual([]);
  });

  it("in a dry run on a prerelease channel says it would not announce", async () => {
    const context = fakeContext({
      options: { dryRun: true },
      nextRelease: { version: "2.0.0-beta.1", gitTag: "v2.0.0-beta.1", channel: "beta", notes: "x" },
    });
    await generateNotes({}, context);
    expect(context.logger.lines.map((l) => l.text)).toEqual([
      'Dry run: v2.0.0-beta.1 would not be announced on X: it was released on the "beta" channel, not the default one.',
    ]);
  });
});

describe("success", () => {
  it("posts one tweet with the version, notes and the first release URL, and logs the post URL", async () => {
    const context = freezeContext(
      fakeContext({ releases: [{ pluginName: "@semantic-release/npm" }, { url: RELEASE_URL, pluginName: "@semantic-release/github" }] }),
    );
    const fake = fakeClient();
    await success(deepFreeze({ template: "{owner}/{repo} {tag} is out!\n\n{notes}\n\n{url}" }), context, fake.deps);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.text).toContain("acme/rocket v1.4.0 is out!");
    expect(fake.sent[0]!.text).toContain("add lift-off countdown");
    expect(fake.sent[0]!.text).toContain(RELEASE_URL);
    expect(fake.created[0]).toMatchObject({
      baseUrl: "https://api.x.com",
      credentials: {
        apiKey: SECRETS.TWITTER_API_KEY,
        apiSecret: SECRETS.TWITTER_API_SECRET,
        accessToken: SECRETS.TWITTER_ACCESS_TOKEN,
        accessTokenSecret: SECRETS.TWITTER_ACCESS_TOKEN_SECRET,
      },
    });
    expect(context.logger.lines).toContainEqual({ level: "success", text: "Announced v1.4.0 on X: https://x.com/i/status/1000" });
  });

  it("sends through a dispatcher made from context.env (not process.env), and warns when its proxy is unusable", async () => {
    const context = fakeContext({ env: { ...SECRETS, HTTPS_PROXY: "socks5://build:Sup3rSecret@proxy.corp:1080" } });
    const fake = fakeClient();
    const made = await import("../../src/core/proxy-agent.js");
    await success({}, context, {
      ...fake.deps,
      createDispatcher: (env) => (fake.dispatcherEnvs.push(env), made.createDispatcher(env)),
    });
    expect(fake.dispatcherEnvs).toEqual([context.env]);
    expect(fake.sent).toHaveLength(1);
    expect(fake.created[0]!.dispatcher).toBeDefined();
    expect(context.logger.lines).toContainEqual({
      level: "warn",
      text: "HTTPS_PROXY is not a proxy URL release-tweet can use (expected http://host:port); connecting directly.",
    });
    expect(visibleText(context.logger.lines)).not.toContain("Sup3rSecret");
  });

  it("the dry-run preview makes no dispatcher and no client", async () => {
    const context = fakeContext({ options: { dryRun: true, repositoryUrl: "https://github.com/acme/rocket.git" } });
    const fake = fakeClient();
    await generateNotes({}, context);
    await verifyConditions({}, context, fake.deps);
    expect(fake.dispatcherEnvs).toEqual([]);
    expect(fake.created).toEqual([]);
  });

  it("without a release URL drops it cleanly", async () => {
    const context = fakeContext({ releases: [{ pluginName: "@semantic-release/npm" }] });
    const fake = fakeClient();
    await success({ template: "{repo} {version}\n\n{notes}\n\n{url}" }, context, fake.deps);
    const text = fake.sent[0]!.text;
    expect(text).not.toMatch(/undefined|null|\{url\}/);
    expect(text).toBe(text.trim());
    expect(text).toContain("rocket 1.4.0");
  });

  it("skips prerelease channels with a log line, and posts them when prerelease is true", async () => {
    const next = { version: "2.0.0-beta.1", gitTag: "v2.0.0-beta.1", name: "v2.0.0-beta.1", channel: "beta", notes: "* beta" };
    const skipped = fakeContext({ nextRelease: next, branch: { name: "beta", prerelease: "beta" } });
    const fake = fakeClient();
    await success({}, skipped, fake.deps);
    expect(fake.sent).toEqual([]);
    expect(skipped.logger.lines.map((l) => l.text)).toEqual([
      'Not announcing v2.0.0-beta.1 on X: it was released on the "beta" channel, not the default one (set the option prerelease: true to announce it).',
    ]);

    await success({ prerelease: true }, fakeContext({ nextRelease: next, branch: { name: "beta", prerelease: "beta" } }), fake.deps);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.text).toContain("2.0.0-beta.1");
  });

  it("reports a duplicate (already posted) as a warning, not a failure", async () => {
    const context = fakeContext();
    const fake = fakeClient([
      new ReleaseTweetError("EXDUPLICATE", "X refused the post as a duplicate of an existing post.", "Nothing to do."),
    ]);
    await expect(success({}, context, fake.deps)).resolves.toBeUndefined();
    expect(fake.sent).toHaveLength(1);
    expect(context.logger.lines).toEqual([
      { level: "log", text: `Cost on X: 1 post (none with a link) in 1 write request (1 post); about $0.015 at X's prices of 2026-04-20. See ${COSTS_DOC}` },
      { level: "warn", text: "X says the announcement of v1.4.0 already exists (a re-run?); nothing new was posted." },
    ]);
  });

  it("reports a post that X confirmed only after a retry (id unknown) as announced", async () => {
    const context = fakeContext();
    const fake = fakeClient([{ id: null, url: null, alreadyPosted: true }]);
    await success({}, context, fake.deps);
    expect(context.logger.lines).toEqual([
      { level: "log", text: `Cost on X: 1 post (none with a link) in 1 write request (1 post); about $0.015 at X's prices of 2026-04-20. See ${COSTS_DOC}` },
      { level: "success", text: "Announced v1.4.0 on X: posted (X confirmed it exists but did not return its id)" },
      { level: "log", text: `Sent to X: 1 post (none with a link) in 1 write request (1 post); about $0.015 at X's prices of 2026-04-20. See ${COSTS_DOC}` },
    ]);
  });

  it("posts a thread as replies and logs every post URL", async () => {
    const notes = Array.from({ length: 10 }, (_, i) => `* change ${i + 1}: ${"detail ".repeat(8)}`).join("\n");
    const context = fakeContext({ nextRelease: { version: "3.0.0", gitTag: "v3.0.0", notes } });
    const fake = fakeClient();
    await success({ thread: true }, context, fake.deps);
    expect(fake.sent.length).toBeGreaterThan(1);
    expect(fake.sent[0]!.replyTo).toBeUndefined();
    fake.sent.slice(1).forEach((post, index) => expect(post.replyTo).toBe(String(1000 + index)));
    const logged = context.logger.lines.map((l) => l.text);
    expect(logged[0]).toMatch(new RegExp(`^Cost on X: ${fake.sent.length} posts \\(none with a link\\) in ${fake.sent.length} write requests`));
    expect(logged[1]).toBe(`Announced v3.0.0 on X in a thread of ${fake.sent.length} posts:`);
    expect(logged).toContain(`Post 2/${fake.sent.length}: https://x.com/i/status/1001`);
  });

  it("on failure throws a SemanticReleaseError that says the release succeeded and why the post failed", async () => {
    const context = fakeContext();
    const cause = new Error(`socket hang up; header oauth_consumer_key="${SECRETS.TWITTER_API_KEY}"`);
    const fake = fakeClient([
      new ReleaseTweetError(
        "EXRATELIMIT",
        `X refused the post: too many requests (key ${SECRETS.TWITTER_API_KEY}).`,
        `Wait until 12:00 UTC; token ${SECRETS.TWITTER_ACCESS_TOKEN_SECRET}.`,
        { cause },
      ),
    ]);
    const error = (await rejection(success({}, context, fake.deps))) as SRError;
    expect(error.name).toBe("SemanticReleaseError");
    expect(error.semanticRelease).toBe(true);
    expect(error.code).toBe("EXRATELIMIT");
    expect(error.message).toBe(
      "v1.4.0 was released successfully; only its announcement on X failed: X refused the post: too many requests (key ***).",
    );
    expect(error.details).toContain("Wait until 12:00 UTC");
    expect(error).not.toHaveProperty("cause");
    expectNoSecret(visibleText(context.logger.lines, error));
  });

  it("when a version is added to another channel (before the run's new release), a failure is logged, not thrown", async () => {
    // semantic-release calls success for the promoted version first, with its tag already in branch.tags (see
    // semantic-release/index.js: addChannel); a throw there would stop the new release.
    const promoted = { version: "1.4.0", gitTag: "v1.4.0", channel: null, notes: "* shiny" };
    const branch = { name: "main", type: "release", tags: [{ gitTag: "v1.3.0", channel: null }, { gitTag: "v1.4.0", channel: "next" }, { gitTag: "v1.4.0", channel: null }] };
    const context = fakeContext({ nextRelease: promoted, branch });
    const fake = fakeClient([new ReleaseTweetError("EXSERVER", `X answered 503 (key ${SECRETS.TWITTER_API_KEY}).`, "Try later.")]);
    await expect(success({}, context, fake.deps)).resolves.toBeUndefined();
    const errors = context.logger.lines.filter((line) => line.level === "error").map((line) => line.text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^v1\.4\.0 was released successfully; only its announcement on X failed: X answered 503 \(key \*\*\*\)\.\n.*Try later\./s);
    expectNoSecret(visibleText(context.logger.lines));
  });

  it("a new release (its tag made during the run, so not in branch.tags) still fails the run when X fails", async () => {
    const branch = { name: "main", type: "release", tags: [{ gitTag: "v1.3.0", channel: null }] };
    const context = fakeContext({ branch });
    const fake = fakeClient([new ReleaseTweetError("EXSERVER", "X answered 503.", "Try later.")]);
    const error = (await rejection(success({}, context, fake.deps))) as SRError;
    expect(error.code).toBe("EXSERVER");
  });

  it("on a GitHub runner, a dry-run preview pauses workflow commands that the notes contain", async () => {
    const written: string[] = [];
    const notes = "* fix ##[set-output name=tweet-url;]https://evil.example in the parser\n* ::error::forged";
    const context = fakeContext({
      env: { ...fakeContext().env, GITHUB_ACTIONS: "true" },
      options: { dryRun: true },
      nextRelease: { version: "1.4.0", gitTag: "v1.4.0", notes },
      stdout: { write: (chunk: string) => written.push(chunk) },
    });
    await generateNotes({}, context);
    expect(written).toHaveLength(2);
    const token = /^::stop-commands::([0-9a-f-]{36})\n$/.exec(written[0]!)?.[1];
    expect(token).toBeDefined();
    expect(written[1]).toBe(`::${token}::\n`);
    expect(context.logger.lines.map((line) => line.text).join("\n")).toContain("##[set-output");
    // Off a runner, or with harmless notes, nothing extra is written.
    const quiet: string[] = [];
    await generateNotes({}, fakeContext({ options: { dryRun: true }, stdout: { write: (chunk: string) => quiet.push(chunk) } }));
    expect(quiet).toEqual([]);
  });

  it("on a thread that broke halfway passes EXTHREADPARTIAL on with the ids of the posts that exist", async () => {
    const notes = Array.from({ length: 10 }, (_, i) => `* change ${i + 1}: ${"detail ".repeat(8)}`).join("\n");
    const context = fakeContext({ nextRelease: { version: "3.0.0", gitTag: "v3.0.0", notes } });
    const fake = fakeClient([
      { id: "501", url: "https://x.com/i/status/501", alreadyPosted: false },
      new ReleaseTweetError("EXSERVER", "X answered 503.", "Try later."),
    ]);
    const error = (await rejection(success({ thread: true }, context, fake.deps))) as SRError;
    expect(error.code).toBe("EXTHREADPARTIAL");
    expect(error.message).toMatch(/^v3\.0\.0 was released successfully; only its announcement on X failed: /);
    expect(error.message).toContain("501");
  });

  it("wraps an unexpected error as EANNOUNCEMENT without leaking secrets", async () => {
    const context = fakeContext();
    const fake = fakeClient([new TypeError(`boom ${SECRETS.TWITTER_API_SECRET}`)]);
    const error = (await rejection(success({}, context, fake.deps))) as SRError;
    expect(error.code).toBe("EANNOUNCEMENT");
    expect(error.message).toBe("v1.4.0 was released successfully; only its announcement on X failed: unexpected error: boom ***");
    expectNoSecret(visibleText(context.logger.lines, error));
  });

  it("logs no credential value on the happy path either", async () => {
    const context = fakeContext({ releases: [{ url: RELEASE_URL }] });
    const fake = fakeClient();
    await verifyConditions({ verifyCredentials: true }, context, fake.deps);
    await success({}, context, fake.deps);
    expect(context.logger.lines.length).toBeGreaterThan(1);
    expectNoSecret(visibleText(context.logger.lines));
  });
});

describe("debug output", () => {
  it("sends the client's debug lines to the semantic-release:release-tweet namespace that --debug enables", async () => {
    const captured: string[] = [];
    const previousLog = createDebug.log;
    createDebug.enable("semantic-release:*");
    createDebug.log = (...args: unknown[]) => void captured.push(args.map(String).join(" "));
    try {
      const fake = fakeClient();
      await success({}, fakeContext(), fake.deps);
      fake.created[0]!.debug!("POST /2/tweets attempt 1/3 → HTTP 503");
    } finally {
      createDebug.log = previousLog;
      createDebug.disable();
    }
    expect(captured.join("\n")).toMatch(/semantic-release:release-tweet.*POST \/2\/tweets attempt 1\/3 → HTTP 503/);
  });
});

describe("package entry", () => {
  it("exports exactly the three steps semantic-release looks up by name", async () => {
    const plugin = await import("../../src/plugin/index.js");
    expect(Object.keys(plugin).sort()).toEqual(["generateNotes", "success", "verifyConditions"]);
    expect(Object.values(plugin).every((step) => typeof step === "function")).toBe(true);
  });
});
