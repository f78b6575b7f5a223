import { describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import {
  readRunContext,
  resolveRelease,
  type GitHubRelease,
  type ReleaseQuery,
  type RunContext,
} from "../../src/action/release.js";

const RELEASE: GitHubRelease = {
  tag_name: "v1.4.0",
  name: "Faster builds",
  body: "- 2x faster\n- fewer deps",
  html_url: "https://github.com/acme/widget/releases/tag/v1.4.0",
  draft: false,
  prerelease: false,
};

const OPTIONS = { tag: undefined, githubToken: "ghs_token", includePrereleases: false };

function releaseEvent(action: string, release: Partial<GitHubRelease> = {}): RunContext {
  return {
    eventName: "release",
    payload: { action, release: { ...RELEASE, ...release }, repository: { name: "ignored", owner: { login: "x" } } },
    ref: "refs/tags/v1.4.0",
    repository: "acme/widget",
    apiUrl: "https://api.github.com",
  };
}

function otherEvent(eventName: string, ref = "refs/heads/main"): RunContext {
  return { eventName, payload: {}, ref, repository: "acme/widget", apiUrl: "https://ghe.example.com/api/v3" };
}

/** A findRelease that answers from a table and records its queries; it fails the test if called unexpectedly. */
function lookup(table: Record<string, unknown> = {}) {
  const queries: ReleaseQuery[] = [];
  const find = (query: ReleaseQuery): Promise<unknown> => {
    queries.push(query);
    return Promise.resolve(query.tag in table ? table[query.tag] : null);
  };
  return { queries, find };
}

const noLookup = (): Promise<unknown> => Promise.reject(new Error("the GitHub API must not be called"));

describe("resolveRelease on release events", () => {
  it("passes on the repository's description, which may spell the project's name, from any event's payload", async () => {
    const about = "SQLDelight - Generates typesafe Kotlin APIs from SQL";
    const event = releaseEvent("published");
    const payload = { ...(event.payload as Record<string, unknown>), repository: { name: "widget", owner: { login: "acme" }, description: ` ${about} ` } };
    const resolution = await resolveRelease(OPTIONS, { ...event, payload }, noLookup);
    expect(resolution.kind === "announce" && resolution.release.about).toBe(about);
    const { find } = lookup({ "v1.4.0": { tag_name: "v1.4.0", html_url: "https://x.y/r", body: "- fix", name: null } });
    const dispatched = await resolveRelease({ ...OPTIONS, tag: "v1.4.0" }, { ...otherEvent("workflow_dispatch"), payload: { repository: { description: about } } }, find);
    expect(dispatched.kind === "announce" && dispatched.release.about).toBe(about);
    // No description: no field, as before.
    const plain = await resolveRelease(OPTIONS, releaseEvent("published"), noLookup);
    expect(plain.kind === "announce" && "about" in plain.release).toBe(false);
  });

  it("announces a published release from the payload, without the API", async () => {
    const resolution = await resolveRelease(OPTIONS, releaseEvent("published"), noLookup);
    expect(resolution).toEqual({
      kind: "announce",
      release: {
        version: "1.4.0",
        tag: "v1.4.0",
        name: "Faster builds",
        repo: "widget",
        owner: "acme",
        url: "https://github.com/acme/widget/releases/tag/v1.4.0",
        notes: "- 2x faster\n- fewer deps",
      },
    });
  });

  it("keeps a null body as null and uses the tag when the title is empty", async () => {
    const resolution = await resolveRelease(
      OPTIONS,
      releaseEvent("published", { body: null, name: "  ", tag_name: "2.0.0" }),
      noLookup,
    );
    expect(resolution.kind === "announce" && resolution.release).toMatchObject({
      notes: null,
      name: "2.0.0",
      version: "2.0.0",
    });
  });

  it.each(["created", "edited", "deleted", "unpublished"])(
    "skips a '%s' release event with a notice to subscribe to released (and prereleased), as the docs do",
    async (action) => {
      const resolution = await resolveRelease(OPTIONS, releaseEvent(action), noLookup);
      expect(resolution.kind).toBe("skip");
      expect(resolution.kind === "skip" && resolution.reason).toMatch(
        new RegExp(`'${action}' event.*\`on: release: types: \\[released\\]\` \\(\`types: \\[released, prereleased\\]\` to announce prereleases too\\)`),
      );
    },
  );

  it("announces a 'prereleased' event with include-prereleases (the documented [released, prereleased]), and skips it without", async () => {
    const event = releaseEvent("prereleased", { prerelease: true, tag_name: "v2.0.0-rc.1" });
    const included = await resolveRelease({ ...OPTIONS, includePrereleases: true }, event, noLookup);
    expect(included.kind === "announce" && included.release.version).toBe("2.0.0-rc.1");
    const skipped = await resolveRelease(OPTIONS, event, noLookup);
    expect(skipped.kind === "skip" && skipped.reason).toContain("include-prereleases: true");
  });

  it("announces a 'released' event (a full release published, or a prerelease promoted)", async () => {
    const resolution = await resolveRelease(OPTIONS, releaseEvent("released"), noLookup);
    expect(resolution.kind === "announce" && resolution.release.tag).toBe("v1.4.0");
  });

  it("applies the draft and prerelease rules to a 'released' event too", async () => {
    const draft = await resolveRelease({ ...OPTIONS, includePrereleases: true }, releaseEvent("released", { draft: true }), noLookup);
    expect(draft.kind).toBe("skip");
    const pre = await resolveRelease(OPTIONS, releaseEvent("released", { prerelease: true }), noLookup);
    expect(pre.kind === "skip" && pre.reason).toContain("include-prereleases: true");
  });

  it("never announces a draft, even with include-prereleases", async () => {
    const resolution = await resolveRelease(
      { ...OPTIONS, includePrereleases: true },
      releaseEvent("published", { draft: true }),
      noLookup,
    );
    expect(resolution).toEqual({ kind: "skip", reason: "Release v1.4.0 is a draft; drafts are never announced." });
  });

  it("skips a prerelease unless include-prereleases is set", async () => {
    const event = releaseEvent("published", { prerelease: true, tag_name: "v2.0.0-rc.1" });
    const skipped = await resolveRelease(OPTIONS, event, noLookup);
    expect(skipped.kind === "skip" && skipped.reason).toContain("include-prereleases: true");
    const included = await resolveRelease({ ...OPTIONS, includePrereleases: true }, event, noLookup);
    expect(included.kind === "announce" && included.release.version).toBe("2.0.0-rc.1");
  });

  it("ignores the tag input on a release event", async () => {
    const resolution = await resolveRelease({ ...OPTIONS, tag: "v0.1.0" }, releaseEvent("published"), noLookup);
    expect(resolution.kind === "announce" && resolution.release.tag).toBe("v1.4.0");
  });

  it("fails clearly on a payload without a release", async () => {
    const context: RunContext = { ...releaseEvent("published"), payload: { action: "published" } };
    await expect(resolveRelease(OPTIONS, context, noLookup)).rejects.toMatchObject({ code: "EINVALIDRELEASE" });
  });

  it("takes the repository from the payload when GITHUB_REPOSITORY is missing", async () => {
    const context: RunContext = { ...releaseEvent("published"), repository: undefined };
    const resolution = await resolveRelease(OPTIONS, context, noLookup);
    expect(resolution.kind === "announce" && [resolution.release.owner, resolution.release.repo]).toEqual([
      "x",
      "ignored",
    ]);
  });
});

describe("resolveRelease on other events", () => {
  it("looks up the tag input on workflow_dispatch through GITHUB_API_URL with the token", async () => {
    const { queries, find } = lookup({ "v1.4.0": RELEASE });
    const resolution = await resolveRelease({ ...OPTIONS, tag: "v1.4.0" }, otherEvent("workflow_dispatch"), find);
    expect(queries).toEqual([
      { owner: "acme", repo: "widget", tag: "v1.4.0", token: "ghs_token", apiUrl: "https://ghe.example.com/api/v3" },
    ]);
    expect(resolution.kind === "announce" && resolution.release.url).toBe(RELEASE.html_url);
  });

  it("looks up the pushed tag from GITHUB_REF", async () => {
    const { queries, find } = lookup({ "v1.4.0": RELEASE });
    const resolution = await resolveRelease(OPTIONS, otherEvent("push", "refs/tags/v1.4.0"), find);
    expect(queries.map((query) => query.tag)).toEqual(["v1.4.0"]);
    expect(resolution.kind).toBe("announce");
  });

  it("prefers the tag input over the pushed tag", async () => {
    const { queries, find } = lookup({ "v1.3.9": { ...RELEASE, tag_name: "v1.3.9" } });
    await resolveRelease({ ...OPTIONS, tag: "v1.3.9" }, otherEvent("push", "refs/tags/v1.4.0"), find);
    expect(queries.map((query) => query.tag)).toEqual(["v1.3.9"]);
  });

  it("applies the draft and prerelease rules to looked-up releases", async () => {
    const { find } = lookup({ draft: { ...RELEASE, draft: true }, rc: { ...RELEASE, prerelease: true } });
    const draft = await resolveRelease({ ...OPTIONS, tag: "draft" }, otherEvent("workflow_dispatch"), find);
    const rc = await resolveRelease({ ...OPTIONS, tag: "rc" }, otherEvent("workflow_dispatch"), find);
    expect([draft.kind, rc.kind]).toEqual(["skip", "skip"]);
  });

  it("fails with ENORELEASE when the tag has no release", async () => {
    const { find } = lookup();
    const error = await resolveRelease({ ...OPTIONS, tag: "v9.9.9" }, otherEvent("workflow_dispatch"), find).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ReleaseTweetError);
    expect(error).toMatchObject({
      code: "ENORELEASE",
      message: "There is no GitHub release for tag 'v9.9.9' in acme/widget.",
    });
  });

  it("fails with ENOTAG, before any request, when there is no tag to look up", async () => {
    await expect(resolveRelease(OPTIONS, otherEvent("push", "refs/heads/main"), noLookup)).rejects.toMatchObject({
      code: "ENOTAG",
      message: "No release to announce: the 'push' event is not a release event and no tag was given.",
      fix: "Run the workflow `on: release: types: [released]`, or set the `tag` input (e.g. `tag: ${{ inputs.tag }}`).",
    });
  });

  it("fails with ENOGITHUBTOKEN, before any request, when the token is empty", async () => {
    await expect(
      resolveRelease({ ...OPTIONS, tag: "v1.4.0", githubToken: undefined }, otherEvent("workflow_dispatch"), noLookup),
    ).rejects.toMatchObject({ code: "ENOGITHUBTOKEN" });
  });

  it("fails with ENOREPOSITORY when the repository is unknown", async () => {
    const context: RunContext = { ...otherEvent("workflow_dispatch"), repository: "just-a-name" };
    await expect(resolveRelease({ ...OPTIONS, tag: "v1" }, context, noLookup)).rejects.toMatchObject({
      code: "ENOREPOSITORY",
    });
  });
});

describe("readRunContext", () => {
  it("reads the runner's variables and defaults the API to api.github.com", () => {
    expect(readRunContext({ GITHUB_EVENT_NAME: "push", GITHUB_REF: "refs/tags/v1", GITHUB_REPOSITORY: "a/b" }, {}))
      .toEqual({ eventName: "push", payload: {}, ref: "refs/tags/v1", repository: "a/b", apiUrl: "https://api.github.com" });
    expect(readRunContext({ GITHUB_API_URL: "https://ghe.example.com/api/v3" }, undefined).apiUrl).toBe(
      "https://ghe.example.com/api/v3",
    );
  });
});
