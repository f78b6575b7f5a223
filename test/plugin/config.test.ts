import { describe, expect, it } from "vitest";
import { resolveConfig, secretValues } from "../../src/plugin/resolve-config.js";
import { checkConfig, loadSettings } from "../../src/plugin/validate-config.js";
import { parseRepositoryUrl, prereleaseReason, releaseUrl, toRelease } from "../../src/plugin/release.js";
import { SECRETS } from "./helpers.js";

describe("resolveConfig", () => {
  it("takes the option first, then context.env, then the default", () => {
    const env = { ...SECRETS, TWITTER_API_BASE_URL: "https://env.example" };
    expect(resolveConfig({ apiBaseUrl: "https://option.example" }, env)).toMatchObject({
      apiBaseUrl: "https://option.example",
      apiBaseUrlSource: "option",
    });
    expect(resolveConfig({}, env)).toMatchObject({ apiBaseUrl: "https://env.example", apiBaseUrlSource: "env" });
    expect(resolveConfig({}, {})).toMatchObject({ apiBaseUrl: "https://api.x.com", apiBaseUrlSource: "default" });
  });

  it("uses the defaults for unset options and ignores semantic-release's own options mixed into pluginConfig", () => {
    const config = resolveConfig({ branches: ["main"], dryRun: true, maxLength: null } as object, {});
    expect(config).toMatchObject({
      template: undefined,
      thread: false,
      maxLength: 280,
      maxPosts: 5,
      numbering: false,
      prerelease: false,
      verifyCredentials: false,
    });
    expect(Object.keys(config)).not.toContain("branches");
  });

  it("treats blank env values as unset and trims credentials", () => {
    const config = resolveConfig({}, { TWITTER_API_KEY: "  key-with-newline\n", TWITTER_API_SECRET: " \t ", TWITTER_API_BASE_URL: "" });
    expect(config.credentials).toEqual({
      apiKey: "key-with-newline",
      apiSecret: undefined,
      accessToken: undefined,
      accessTokenSecret: undefined,
    });
    expect(config.apiBaseUrlSource).toBe("default");
  });

  it("never reads process.env", () => {
    process.env.TWITTER_API_KEY = "from-process-env";
    try {
      expect(resolveConfig({}, {}).credentials.apiKey).toBeUndefined();
    } finally {
      delete process.env.TWITTER_API_KEY;
    }
  });

  it("lists every credential value, raw and trimmed, for redaction", () => {
    expect(secretValues({ TWITTER_API_KEY: " k1234 ", OTHER: "not-a-secret" })).toEqual([" k1234 ", "k1234"]);
  });
});

describe("checkConfig", () => {
  it("accepts a complete configuration and normalizes the API base URL", () => {
    const result = checkConfig(resolveConfig({ apiBaseUrl: "http://127.0.0.1:8080/", thread: true, maxLength: 500 }, SECRETS));
    expect(result).toEqual({
      ok: true,
      settings: {
        credentials: {
          apiKey: SECRETS.TWITTER_API_KEY,
          apiSecret: SECRETS.TWITTER_API_SECRET,
          accessToken: SECRETS.TWITTER_ACCESS_TOKEN,
          accessTokenSecret: SECRETS.TWITTER_ACCESS_TOKEN_SECRET,
        },
        compose: { template: undefined, thread: true, maxLength: 500, maxPosts: 5, numbering: false },
        apiBaseUrl: "http://127.0.0.1:8080",
        prerelease: false,
        verifyCredentials: false,
        image: { path: undefined, alt: undefined },
        bluesky: undefined,
        mastodon: undefined,
        templates: {},
      },
    });
  });

  it("takes image and imageAlt as text, and names each option when it is not", () => {
    const ok = checkConfig(resolveConfig({ image: "assets/release.png", imageAlt: "The new logo" }, SECRETS));
    expect(ok.ok && ok.settings.image).toEqual({ path: "assets/release.png", alt: "The new logo" });
    const bad = checkConfig(resolveConfig({ image: ["a.png"], imageAlt: 42 }, SECRETS));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.code, p.message])).toEqual([
      ["EINVALIDIMAGE", 'The release-tweet option "image" must be text; got a list.'],
      ["EINVALIDIMAGEALT", 'The release-tweet option "imageAlt" must be text; got 42.'],
    ]);
  });

  it.each([
    ["not a url", "is not a URL"],
    ["http://api.example.com", "must be an https URL"],
    ["ftp://api.example.com", "must be an https URL"],
    ["https://api.example.com/?x=1", "query or fragment"],
    [42, "must be a URL"],
  ])("rejects apiBaseUrl %j", (apiBaseUrl, why) => {
    const result = checkConfig(resolveConfig({ apiBaseUrl }, SECRETS));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(["EINVALIDAPIBASEURL"]);
    expect(result.problems[0]!.message).toContain('option "apiBaseUrl"');
    expect(result.problems[0]!.message).toContain(why);
  });

  it("names TWITTER_API_BASE_URL when the bad URL came from env, and never echoes a URL with a password", () => {
    const result = checkConfig(resolveConfig({}, { ...SECRETS, TWITTER_API_BASE_URL: "https://user:hunter2pass@proxy.example" }));
    if (result.ok) throw new Error("expected problems");
    expect(result.problems[0]!.message).toContain("TWITTER_API_BASE_URL");
    expect(result.problems[0]!.message).toContain("user name or password");
    expect(`${result.problems[0]!.message} ${result.problems[0]!.fix}`).not.toContain("hunter2pass");
  });

  it.each([
    ["maxLength", 0],
    ["maxLength", 280.5],
    ["maxLength", "280"],
    ["maxLength", 25_001],
    ["thread", "yes"],
    ["prerelease", 1],
    ["verifyCredentials", "true"],
    ["template", "   "],
    ["template", 7],
  ])("rejects %s = %j with its own code", (option, value) => {
    const result = checkConfig(resolveConfig({ [option]: value }, SECRETS));
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => p.code)).toEqual([`EINVALID${option.toUpperCase()}`]);
    expect(result.problems[0]!.message).toContain(`"${option}"`);
  });

  it("reports a template the composer rejects, with the composer's reason", () => {
    const result = checkConfig(resolveConfig({ template: "{version} {nope}" }, SECRETS));
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => p.code)).toEqual(["EINVALIDTEMPLATE"]);
    expect(result.problems[0]!.message).toContain("{nope}");
  });

  it("rejects a template whose fixed text alone cannot fit maxLength, before any release exists", () => {
    const result = checkConfig(resolveConfig({ template: `${"Big news! ".repeat(30)}{version}`, maxLength: 280 }, SECRETS));
    if (result.ok) throw new Error("expected problems");
    expect(result.problems.map((p) => p.code)).toEqual(["EINVALIDTEMPLATE"]);
    expect(result.problems[0]!.message).toContain("cannot produce a post within maxLength 280");
    // The same template fits a Premium limit.
    expect(checkConfig(resolveConfig({ template: `${"Big news! ".repeat(30)}{version}`, maxLength: 1000 }, SECRETS)).ok).toBe(true);
  });

  it("throws one AggregateError of SemanticReleaseErrors from loadSettings", () => {
    let thrown: unknown;
    try {
      loadSettings({ maxLength: -1 }, { TWITTER_API_KEY: SECRETS.TWITTER_API_KEY });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AggregateError);
    const errors = (thrown as AggregateError).errors as { code: string; semanticRelease: boolean; name: string }[];
    expect(errors.map((e) => e.code)).toEqual([
      "ENOTWITTERAPISECRET",
      "ENOTWITTERACCESSTOKEN",
      "ENOTWITTERACCESSTOKENSECRET",
      "EINVALIDMAXLENGTH",
    ]);
    expect(errors.every((e) => e.semanticRelease && e.name === "SemanticReleaseError")).toBe(true);
  });
});

describe("release mapping", () => {
  it.each([
    ["https://github.com/acme/rocket", "acme", "rocket"],
    ["https://github.com/acme/rocket.git", "acme", "rocket"],
    ["git+https://github.com/acme/rocket.git", "acme", "rocket"],
    ["https://x-access-token:ghs_secret@github.com/acme/rocket.git", "acme", "rocket"],
    ["git@github.com:acme/rocket.git", "acme", "rocket"],
    ["git+ssh://git@github.com/acme/rocket.git", "acme", "rocket"],
    ["ssh://git@gitlab.example:2222/group/sub/rocket.git", "sub", "rocket"],
    ["file:///tmp/work/remote.git", "work", "remote"],
    ["", "", ""],
    ["::::", "", ""],
  ])("parses %s", (url, owner, repo) => {
    expect(parseRepositoryUrl(url)).toEqual({ owner, repo });
  });

  it("prefers the original repository URL over the one semantic-release rewrote with push credentials", () => {
    const release = toRelease({
      options: {
        repositoryUrl: "https://x-access-token:ghs_abc@github.com/other/wrong.git",
        originalRepositoryURL: "https://github.com/acme/rocket.git",
      },
      nextRelease: { version: "1.0.0", gitTag: "v1.0.0", name: "v1.0.0", notes: "n" },
    });
    expect(release).toEqual({ version: "1.0.0", tag: "v1.0.0", name: "v1.0.0", owner: "acme", repo: "rocket", url: "", notes: "n" });
  });

  it("prefers the forge's release page to npm's package page, whatever the plugin order", () => {
    const npm = { pluginName: "@semantic-release/npm", url: "https://www.npmjs.com/package/rocket/v/1.0.0" };
    const github = { pluginName: "@semantic-release/github", url: "https://github.com/acme/rocket/releases/tag/v1.0.0" };
    expect(releaseUrl([npm, github])).toBe(github.url);
    expect(releaseUrl([github, npm])).toBe(github.url);
    const gitlab = { pluginName: "@semantic-release/gitlab", url: "https://gitlab.com/acme/rocket/-/releases/v1.0.0" };
    expect(releaseUrl([npm, gitlab])).toBe(gitlab.url);
    expect(releaseUrl([npm])).toBe(npm.url);
  });

  it("takes the first release URL that exists", () => {
    expect(releaseUrl([{ pluginName: "npm" }, { url: "" }, { url: "https://github.com/acme/rocket/releases/tag/v1.0.0" }])).toBe(
      "https://github.com/acme/rocket/releases/tag/v1.0.0",
    );
    expect(releaseUrl(undefined)).toBe("");
  });

  it("finds why a release is not on the default channel", () => {
    expect(prereleaseReason({ version: "1.0.0", channel: null }, { name: "main", type: "release" })).toBeNull();
    expect(prereleaseReason({ version: "2.0.0", channel: "next" }, { name: "next" })).toContain('"next" channel');
    expect(prereleaseReason({ version: "2.0.0-beta.1" }, { name: "beta", prerelease: true })).toContain('prerelease branch "beta"');
    expect(prereleaseReason({ version: "2.0.0-rc.1" }, undefined)).toContain("prerelease version");
  });
});
