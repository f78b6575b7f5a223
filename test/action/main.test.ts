import { MockAgent } from "undici";
import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import type { PostResult, XClientOptions } from "../../src/x/client.js";
import { run, type ActionCore, type ActionDeps } from "../../src/action/main.js";
import { unusedXEndpoints } from "../support/x-client-stubs.js";

const SECRETS = {
  "api-key": "unit-api-key-AAAA",
  "api-secret": "unit-api-secret-BBBB",
  "access-token": "unit-access-token-CCCC",
  "access-token-secret": "unit-token-secret-DDDD",
  "github-token": "unit-github-token-EEEE",
};

const RELEASE = {
  tag_name: "v3.1.0",
  name: "Spring",
  body: "Adds dark mode.",
  html_url: "https://github.com/acme/widget/releases/tag/v3.1.0",
  draft: false,
  prerelease: false,
};
/** Notes that need a thread: thirty distinct changes. */
const LONG_NOTES = Array.from({ length: 30 }, (_, i) => `- Change number ${i + 1} makes the widget better in one more way.`).join("\n");

type Line = [kind: string, text: string];

/** A run with every outside dependency faked and every effect recorded; `core` stands in for @actions/core. */
function harness(options: {
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  post?: (text: string, replyTo: string | undefined) => Promise<PostResult>;
  summaryFails?: string;
  proxyWarning?: string;
}) {
  const values: Record<string, string> = { ...SECRETS, ...options.inputs };
  const lines: Line[] = [];
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const posted: { text: string; replyTo: string | undefined }[] = [];
  const clients: XClientOptions[] = [];
  const lookups: string[] = [];
  const masked: string[] = [];
  const dispatchers: string[] = [];
  const event = options.event ?? { name: "release", payload: { action: "published", release: RELEASE } };
  // Never sends: the fakes below stand for GitHub and X, and a request that reached it would be a bug.
  const dispatcher = new MockAgent();
  dispatcher.disableNetConnect();

  const core: ActionCore = {
    getInput: (name) => (values[name] ?? "").trim(),
    setSecret: (value) => masked.push(value),
    info: (text) => lines.push(["info", text]),
    notice: (text) => lines.push(["notice", text]),
    warning: (text) => lines.push(["warning", text]),
    debug: (text) => lines.push(["debug", text]),
    setFailed: (text) => lines.push(["failed", text]),
    startGroup: (title) => lines.push(["group", title]),
    endGroup: () => lines.push(["endgroup", ""]),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    summary: {
      addRaw: (markdown) => ({
        write: () => (options.summaryFails ? Promise.reject(new Error(options.summaryFails)) : Promise.resolve(void summaries.push(markdown))),
      }),
    },
  };
  let nextId = 100;
  const deps: ActionDeps = {
    core,
    env: { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: "/event.json", GITHUB_REPOSITORY: "acme/widget" },
    readTextFile: (path) =>
      path === "/event.json" ? Promise.resolve(JSON.stringify(event.payload)) : Promise.reject(new Error("ENOENT")),
    createDispatcher: (env) => {
      dispatchers.push(env.GITHUB_REPOSITORY ?? "");
      return Promise.resolve({ dispatcher, warning: options.proxyWarning, route: "direct" });
    },
    findRelease: (query, via) => {
      expect(via).toBe(dispatcher);
      lookups.push(query.tag);
      return Promise.resolve(query.tag === RELEASE.tag_name ? RELEASE : null);
    },
    createClient: (clientOptions) => {
      clients.push(clientOptions);
      return {
        ...unusedXEndpoints(),
        postTweet: (text, postOptions = {}) => {
          posted.push({ text, replyTo: postOptions.replyTo });
          if (options.post) return options.post(text, postOptions.replyTo);
          const id = String(nextId++);
          return Promise.resolve({ id, url: `https://x.com/i/status/${id}`, alreadyPosted: false });
        },
      };
    },
  };
  const of = (kind: string) => lines.filter(([k]) => k === kind).map(([, text]) => text);
  return { deps, lines, outputs, summaries, posted, clients, lookups, masked, dispatchers, dispatcher, of };
}

describe("run", () => {
  it("posts a published release once and sets the outputs and the job summary", async () => {
    const h = harness({});
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.posted).toHaveLength(1);
    expect(h.posted[0]!.text).toContain("widget");
    expect(h.posted[0]!.text).toContain("3.1.0");
    expect(h.posted[0]!.text).toContain(RELEASE.html_url);
    expect(h.posted[0]!.replyTo).toBeUndefined();
    expect(h.outputs).toEqual({
      "tweet-id": "100",
      "tweet-url": "https://x.com/i/status/100",
      "tweet-ids": '["100"]',
      text: h.posted[0]!.text,
      texts: JSON.stringify([h.posted[0]!.text]),
      posts: JSON.stringify([{ network: "x", id: "100", url: "https://x.com/i/status/100" }]),
    });
    expect(h.summaries).toHaveLength(1);
    expect(h.summaries[0]).toContain("https://x.com/i/status/100");
    expect(h.summaries[0]).toContain(h.posted[0]!.text);
    expect(h.clients[0]).toMatchObject({
      baseUrl: "https://api.x.com",
      credentials: {
        apiKey: SECRETS["api-key"],
        apiSecret: SECRETS["api-secret"],
        accessToken: SECRETS["access-token"],
        accessTokenSecret: SECRETS["access-token-secret"],
      },
    });
    expect(h.masked.sort()).toEqual(Object.values(SECRETS).sort());
  });

  it("warns when the runner's proxy cannot be used, and still posts", async () => {
    const h = harness({ proxyWarning: "HTTPS_PROXY is not a proxy URL release-tweet can use (expected http://host:port); connecting directly." });
    await run(h.deps);
    expect(h.of("warning")).toEqual(["HTTPS_PROXY is not a proxy URL release-tweet can use (expected http://host:port); connecting directly."]);
    expect(h.of("failed")).toEqual([]);
    expect(h.posted).toHaveLength(1);
  });

  it("makes one dispatcher for the run, shared by the GitHub lookup and the X client", async () => {
    const h = harness({ inputs: { tag: "v3.1.0" }, event: { name: "workflow_dispatch", payload: { inputs: {} } } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.dispatchers).toEqual(["acme/widget"]);
    expect(h.lookups).toEqual(["v3.1.0"]);
    expect(h.clients[0]!.dispatcher).toBe(h.dispatcher);
  });

  it("a dry run never makes a dispatcher (nothing is sent, undici is not loaded)", async () => {
    const h = harness({ inputs: { "dry-run": "true" } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.dispatchers).toEqual([]);
  });

  it("logs one debug line per resolved setting, secrets only as set or empty", async () => {
    const h = harness({ inputs: { "max-length": "200", "github-token": "" } });
    await run(h.deps);
    const debug = h.of("debug");
    expect(debug).toEqual(
      expect.arrayContaining([
        "api-key: set (masked)",
        "access-token-secret: set (masked)",
        "github-token: empty",
        "api-base-url: https://api.x.com",
        "template: (the default)",
        "dry-run: false",
        "thread: false",
        "max-length: 200",
        "include-prereleases: false",
        "tag: (none: the release comes from the event or GITHUB_REF)",
      ]),
    );
    const everything = h.lines.map(([, text]) => text).join("\n");
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
  });

  it("prints the composed posts in a log group before posting them", async () => {
    const h = harness({});
    await run(h.deps);
    const start = h.lines.findIndex(([kind]) => kind === "group");
    expect(h.lines[start]).toEqual(["group", "Posting 1 post to X"]);
    expect(h.lines[start + 1]).toEqual(["info", h.posted[0]!.text]);
    expect(h.lines[start + 2]).toEqual(["endgroup", ""]);
  });

  it("pauses workflow commands while printing notes that hold one, inside the group", async () => {
    const body = "Fixes the parser.\n::set-output name=tweet-id::666\n##[error]not really";
    const h = harness({ inputs: { "dry-run": "true" }, event: { name: "release", payload: { action: "published", release: { ...RELEASE, body } } } });
    await run(h.deps);
    const start = h.lines.findIndex(([kind]) => kind === "group");
    expect(h.lines[start]![1]).toBe("Dry run: 1 post would be sent to X; nothing is posted.");
    const [pause, printed, resume, end] = h.lines.slice(start + 1, start + 5);
    const token = /^::stop-commands::(.+)$/.exec(pause![1])?.[1];
    expect(token).toMatch(/^[\da-f-]{36}$/);
    expect(printed![1]).toContain("::set-output name=tweet-id::666");
    expect(resume).toEqual(["info", `::${token}::`]);
    expect(end).toEqual(["endgroup", ""]);
  });

  it("posts a thread as a reply chain and outputs every id", async () => {
    const h = harness({
      inputs: { thread: "true" },
      event: {
        name: "release",
        payload: { action: "published", release: { ...RELEASE, body: LONG_NOTES } },
      },
    });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.posted.length).toBeGreaterThan(1);
    expect(h.posted.map((post) => post.replyTo)).toEqual([undefined, ...h.posted.slice(1).map((_, i) => String(100 + i))]);
    expect(JSON.parse(h.outputs["tweet-ids"]!)).toEqual(h.posted.map((_, i) => String(100 + i)));
    expect(h.outputs["tweet-id"]).toBe("100");
  });

  it("on a dry run prints each post with its weighted length, sets text and posts nothing", async () => {
    const h = harness({ inputs: { "dry-run": "true", "max-length": "200" } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.clients).toEqual([]);
    expect(h.posted).toEqual([]);
    const printed = h.of("info").join("\n");
    expect(printed).toMatch(/\b\d+\/200\b/);
    expect(printed).toContain(h.outputs.text);
    expect(Object.keys(h.outputs)).toEqual(["text", "texts"]);
    expect((JSON.parse(h.outputs.texts!) as string[]).join("\n\n")).toBe(h.outputs.text);
    expect(h.summaries[0]).toContain("nothing was posted");
  });

  it("treats a duplicate of the first post as already posted: a notice and a success", async () => {
    const h = harness({
      post: () => Promise.reject(new ReleaseTweetError("EXDUPLICATE", "X refused a duplicate post.", "Nothing to do.")),
    });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.of("notice").join("\n")).toContain("already posted");
    expect(h.posted).toHaveLength(1);
    expect(h.outputs["tweet-id"]).toBeUndefined();
    expect(h.summaries[0]).toContain("Already announced");
    expect(h.summaries[0]).toContain(h.posted[0]!.text);
  });

  it("posts a full release on a 'released' event", async () => {
    const h = harness({ event: { name: "release", payload: { action: "released", release: RELEASE } } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.posted).toHaveLength(1);
    expect(h.outputs["tweet-id"]).toBe("100");
  });

  it("posts a prerelease promoted to a full release: 'published' skipped it, 'released' announces it", async () => {
    const prerelease = { ...RELEASE, prerelease: true };
    const first = harness({ event: { name: "release", payload: { action: "published", release: prerelease } } });
    await run(first.deps);
    expect(first.of("failed")).toEqual([]);
    expect(first.clients).toEqual([]);
    expect(first.of("notice").join("\n")).toContain("prerelease");

    const promoted = harness({ event: { name: "release", payload: { action: "released", release: RELEASE } } });
    await run(promoted.deps);
    expect(promoted.of("failed")).toEqual([]);
    expect(promoted.posted).toHaveLength(1);
    expect(promoted.outputs["tweet-url"]).toBe("https://x.com/i/status/100");
  });

  it("posts once when both 'published' and 'released' fire for one release; the second run says already posted", async () => {
    // Like X: a second post with the same text is refused as a duplicate.
    const onX = new Set<string>();
    const post = (text: string): Promise<PostResult> => {
      if (onX.has(text)) return Promise.reject(new ReleaseTweetError("EXDUPLICATE", "X refused a duplicate post.", "Nothing to do."));
      onX.add(text);
      return Promise.resolve({ id: "500", url: "https://x.com/i/status/500", alreadyPosted: false });
    };
    const published = harness({ post, event: { name: "release", payload: { action: "published", release: RELEASE } } });
    const released = harness({ post, event: { name: "release", payload: { action: "released", release: RELEASE } } });
    await run(published.deps);
    await run(released.deps);
    expect(onX.size).toBe(1);
    expect(published.of("failed")).toEqual([]);
    expect(published.outputs["tweet-id"]).toBe("500");
    expect(released.of("failed")).toEqual([]);
    expect(released.of("notice")).toEqual([
      "v3.1.0 was already posted to X (X refused a duplicate of the first post); nothing new was posted.",
    ]);
    expect(released.summaries[0]).toContain("Already announced");
  });

  it("skips a draft with a notice and never creates a client", async () => {
    const h = harness({ event: { name: "release", payload: { action: "published", release: { ...RELEASE, draft: true } } } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.of("notice")).toEqual(["Release v3.1.0 is a draft; drafts are never announced."]);
    expect(h.clients).toEqual([]);
  });

  it("looks up the tag input on workflow_dispatch", async () => {
    const h = harness({ inputs: { tag: "v3.1.0" }, event: { name: "workflow_dispatch", payload: { inputs: {} } } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.lookups).toEqual(["v3.1.0"]);
    expect(h.posted).toHaveLength(1);
  });

  it("reports every bad input at once, each shared fix once, and touches nothing else", async () => {
    const h = harness({ inputs: { "api-key": "", "access-token": "", "max-length": "lots" } });
    await run(h.deps);
    expect(h.of("failed")).toEqual([
      [
        "Input 'api-key' is required: set it to ${{ secrets.TWITTER_API_KEY }}.",
        "Input 'access-token' is required: set it to ${{ secrets.TWITTER_ACCESS_TOKEN }}.",
        "Input 'max-length' must be a whole number from 1 to 25000, got 'lots'.",
        "Store the four X credentials as repository secrets (`npx release-tweet authorize` does it for you) and pass each one in the step's `with:`.",
        "Use 280 for most accounts, or up to 25000 if the account has X Premium.",
      ].join("\n"),
    ]);
    // An expected failure: no stack trace, not even in debug; the codes are there, to look up in the README.
    expect(h.of("debug").join("\n")).not.toContain("    at ");
    expect(h.of("debug")).toContain('Error code: ENOTWITTERAPIKEY, ENOTWITTERACCESSTOKEN, EINVALIDMAXLENGTH (what each means and what to do: https://github.com/release-tweet/release-tweet/blob/main/docs/errors.md).');
    expect([h.clients, h.lookups, h.summaries]).toEqual([[], [], []]);
  });

  it("fails with the core's message and no stack for an expected failure", async () => {
    const h = harness({
      post: () => Promise.reject(new ReleaseTweetError("EXPERMISSION", "The app can only read.", "Set Read and write.")),
    });
    await run(h.deps);
    expect(h.of("failed")).toEqual(["The app can only read. Set Read and write."]);
    expect(h.of("debug").join("\n")).not.toContain("    at ");
    expect(h.of("debug")).toContain('Error code: EXPERMISSION (what each means and what to do: https://github.com/release-tweet/release-tweet/blob/main/docs/errors.md).');
  });

  it("fails naming the posts that exist when a thread breaks halfway", async () => {
    let calls = 0;
    const h = harness({
      inputs: { thread: "true" },
      event: {
        name: "release",
        payload: { action: "published", release: { ...RELEASE, body: LONG_NOTES } },
      },
      post: () =>
        ++calls === 1
          ? Promise.resolve({ id: "7", url: "https://x.com/i/status/7", alreadyPosted: false })
          : Promise.reject(new ReleaseTweetError("EXSERVER", "X is down.", "Try later.")),
    });
    await run(h.deps);
    expect(h.posted).toHaveLength(2);
    expect(h.of("failed")).toHaveLength(1);
    expect(h.of("failed")[0]).toContain("https://x.com/i/status/7");
  });

  it("on a partly posted thread sets the outputs and summary for the posts that exist, and posts nothing more", async () => {
    let calls = 0;
    const h = harness({
      inputs: { thread: "true" },
      event: {
        name: "release",
        payload: { action: "published", release: { ...RELEASE, body: LONG_NOTES } },
      },
      post: () =>
        ++calls === 1
          ? Promise.resolve({ id: "7", url: "https://x.com/i/status/7", alreadyPosted: false })
          : Promise.reject(new ReleaseTweetError("EXSERVER", "X is down.", "Try later.")),
    });
    await run(h.deps);
    // At most once: post 2 was tried once, nothing after it.
    expect(h.posted).toHaveLength(2);
    const failed = h.of("failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^The thread was only partly posted: post 1 \(https:\/\/x\.com\/i\/status\/7\) of \d+ exist/);
    const texts = JSON.parse(h.outputs.texts!) as string[];
    expect(texts.length).toBeGreaterThan(2);
    expect(texts[0]).toBe(h.posted[0]!.text);
    expect(h.outputs).toEqual({
      "tweet-id": "7",
      "tweet-url": "https://x.com/i/status/7",
      "tweet-ids": '["7"]',
      text: texts.join("\n\n"),
      texts: JSON.stringify(texts),
      posts: JSON.stringify([{ network: "x", id: "7", url: "https://x.com/i/status/7" }]),
    });
    expect(h.summaries).toHaveLength(1);
    const summary = h.summaries[0]!;
    expect(summary).toContain("Partly posted on X");
    expect(summary).toContain(`1 of ${texts.length} posts exist`);
    expect(summary).toContain(`**Post 1 of ${texts.length}:** [https://x.com/i/status/7](https://x.com/i/status/7)`);
    for (let n = 2; n <= texts.length; n++) expect(summary).toContain(`**Post ${n} of ${texts.length}:** not posted`);
    for (const text of texts) expect(summary).toContain(text);
  });

  it("does not swallow a non-Error throw", async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point: something throws a non-Error
    const h = harness({ post: () => Promise.reject("socket gone") });
    await run(h.deps);
    expect(h.of("failed")).toEqual(["Unexpected error: socket gone"]);
  });

  it("redacts a credential that reaches a message, and keeps the stack to debug", async () => {
    const h = harness({ post: () => Promise.reject(new Error(`bad header OAuth oauth_consumer_key="${SECRETS["api-key"]}"`)) });
    await run(h.deps);
    const everything = h.lines.map(([, text]) => text).join("\n");
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    expect(h.of("failed")).toEqual(['Unexpected error: bad header OAuth oauth_consumer_key="***"']);
    expect(h.of("debug").join("\n")).toContain("    at ");
  });

  it("still succeeds when the job summary cannot be written after posting", async () => {
    const h = harness({ summaryFails: "GITHUB_STEP_SUMMARY is not set" });
    await run(h.deps);
    expect(h.of("failed")).toEqual([]);
    expect(h.of("warning")).toEqual(["Could not write the job summary: Unexpected error: GITHUB_STEP_SUMMARY is not set"]);
    expect(h.outputs["tweet-id"]).toBe("100");
  });

  it("fails clearly when the event file is not JSON", async () => {
    const h = harness({});
    await run({ ...h.deps, readTextFile: () => Promise.resolve("{not json") });
    expect(h.of("failed")[0]).toMatch(/^The workflow event file \(GITHUB_EVENT_PATH\) could not be read as JSON\./);
    expect(h.clients).toEqual([]);
  });
});
