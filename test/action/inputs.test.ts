import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { describeError, ReleaseTweetError } from "../../src/core/errors.js";
import { INPUT_DEFAULTS, readInputs, secretValues, type InputReader } from "../../src/action/inputs.js";

const CREDENTIALS = {
  "api-key": "key-value-1234",
  "api-secret": "secret-value-5678",
  "access-token": "token-value-9012",
  "access-token-secret": "token-secret-value-3456",
  "github-token": "ghs_fakegithubtoken0000",
};

/** A reader over a plain map, recording the order of calls so masking-first can be checked. */
function reader(values: Record<string, string>): InputReader & { calls: string[]; masked: string[] } {
  const calls: string[] = [];
  const masked: string[] = [];
  return {
    calls,
    masked,
    getInput(name) {
      calls.push(`get ${name}`);
      return (values[name] ?? "").trim();
    },
    setSecret(value) {
      calls.push("mask");
      masked.push(value);
    },
  };
}

function problemsOf(thrown: unknown): ReleaseTweetError[] {
  if (thrown instanceof AggregateError) return thrown.errors as ReleaseTweetError[];
  return [thrown as ReleaseTweetError];
}

function failure(values: Record<string, string>): ReleaseTweetError[] {
  try {
    readInputs(reader(values));
  } catch (error) {
    return problemsOf(error);
  }
  throw new Error("readInputs accepted the inputs");
}

describe("readInputs", () => {
  it("returns typed settings with the defaults for empty optional inputs", () => {
    const settings = readInputs(reader(CREDENTIALS));
    expect(settings).toEqual({
      xConfigured: true,
      bluesky: undefined,
      mastodon: undefined,
      blueskyTemplate: undefined,
      mastodonTemplate: undefined,
      credentials: {
        apiKey: "key-value-1234",
        apiSecret: "secret-value-5678",
        accessToken: "token-value-9012",
        accessTokenSecret: "token-secret-value-3456",
      },
      template: undefined,
      apiBaseUrl: "https://api.x.com",
      dryRun: false,
      thread: false,
      maxLength: 280,
      maxPosts: 5,
      numbering: false,
      includePrereleases: false,
      tag: undefined,
      githubToken: "ghs_fakegithubtoken0000",
    });
  });

  it("parses every optional input", () => {
    const settings = readInputs(
      reader({
        ...CREDENTIALS,
        "api-base-url": "http://127.0.0.1:8080",
        "dry-run": "TRUE",
        thread: "True",
        "max-length": "25000",
        "include-prereleases": "true",
        tag: "refs/tags/v2.0.0",
      }),
    );
    expect(settings).toMatchObject({
      apiBaseUrl: "http://127.0.0.1:8080",
      dryRun: true,
      thread: true,
      maxLength: 25000,
      includePrereleases: true,
      tag: "v2.0.0",
    });
  });

  it("masks all four credentials and the GitHub token before reading anything else", () => {
    const input = reader({ ...CREDENTIALS, "max-length": "0" });
    expect(() => readInputs(input)).toThrow();
    expect(input.masked.sort()).toEqual(Object.values(CREDENTIALS).sort());
    // Every mask happens before the first non-secret input is read (and so before any validation).
    const firstOther = input.calls.findIndex((call) => call.startsWith("get ") && !/(api-|access-|github-token|bluesky-app-password|mastodon-access-token)/.test(call));
    expect(input.calls.lastIndexOf("mask")).toBeLessThan(firstOther);
  });

  it("masks each line of a multi-line secret on its own, since the runner masks line by line", () => {
    const input = reader({ ...CREDENTIALS, "api-secret": "first-line-secret\r\nsecond-line-secret\n" });
    expect(() => readInputs(input)).toThrow(/contains spaces or line breaks/);
    expect(input.masked).toContain("first-line-secret");
    expect(input.masked).toContain("second-line-secret");
    expect(input.masked.some((value) => value.includes("\n"))).toBe(false);
  });

  it("masks the credentials that are set even when others are missing", () => {
    const input = reader({ "api-key": "only-this-key" });
    expect(() => readInputs(input)).toThrow();
    expect(input.masked).toEqual(["only-this-key"]);
  });

  it("names each missing or blank credential and the secret to pass, all at once", () => {
    const problems = failure({ ...CREDENTIALS, "api-key": "", "access-token-secret": "   \n " });
    expect(problems.map((p) => p.message)).toEqual([
      "Input 'api-key' is required: set it to ${{ secrets.TWITTER_API_KEY }}.",
      "Input 'access-token-secret' is required: set it to ${{ secrets.TWITTER_ACCESS_TOKEN_SECRET }}.",
    ]);
    expect(problems.map((p) => p.code)).toEqual(["ENOTWITTERAPIKEY", "ENOTWITTERACCESSTOKENSECRET"]);
  });

  it("refuses a credential with spaces or a line break inside, naming the input, never the value", () => {
    const problems = failure({ ...CREDENTIALS, "api-secret": "secret-value 5678", "access-token": "token-value\n9012" });
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ["EXCREDENTIALS", "Input 'api-secret' contains spaces or line breaks."],
      ["EXCREDENTIALS", "Input 'access-token' contains spaces or line breaks."],
    ]);
    expect(problems[0]!.fix).toContain("TWITTER_API_SECRET");
    for (const problem of problems) expect(`${problem.message} ${problem.fix}`).not.toMatch(/5678|9012/);
  });

  it.each([
    ["api-base-url", "ftp://api.x.com", "Input 'api-base-url' must be an https URL (plain http is accepted only for 127.0.0.1, localhost and [::1], for testing)."],
    ["api-base-url", "http://api.x.com", "Input 'api-base-url' must be an https URL (plain http is accepted only for 127.0.0.1, localhost and [::1], for testing)."],
    ["api-base-url", "api.x.com", "Input 'api-base-url' is not a URL."],
    ["api-base-url", "https://user:hunter2@proxy.example", "Input 'api-base-url' must not contain a user name or password."],
    ["max-length", "0", "Input 'max-length' must be a whole number from 1 to 25000, got '0'."],
    ["max-length", "25001", "Input 'max-length' must be a whole number from 1 to 25000, got '25001'."],
    ["max-length", "280.5", "Input 'max-length' must be a whole number from 1 to 25000, got '280.5'."],
    ["max-length", "-1", "Input 'max-length' must be a whole number from 1 to 25000, got '-1'."],
    ["max-length", "1e3", "Input 'max-length' must be a whole number from 1 to 25000, got '1e3'."],
    ["dry-run", "yes", "Input 'dry-run' must be true or false, got 'yes'."],
    ["thread", "1", "Input 'thread' must be true or false, got '1'."],
    ["include-prereleases", "tRuE", "Input 'include-prereleases' must be true or false, got 'tRuE'."],
  ])("rejects %s = %j with a clear message", (name, value, message) => {
    const problems = failure({ ...CREDENTIALS, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBeInstanceOf(ReleaseTweetError);
    expect(problems[0]!.message).toBe(message);
    expect(problems[0]!.fix).not.toBe("");
  });

  it("accepts the boundary lengths", () => {
    expect(readInputs(reader({ ...CREDENTIALS, "max-length": "1" })).maxLength).toBe(1);
    expect(readInputs(reader({ ...CREDENTIALS, "max-length": "25000" })).maxLength).toBe(25000);
  });

  it("validates the template with the core", () => {
    const problems = failure({ ...CREDENTIALS, template: "{repo} {verison} {url}" });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe("ETEMPLATE");
    expect(problems[0]!.message).toContain("verison");
    expect(readInputs(reader({ ...CREDENTIALS, template: "{repo} {version}: {url}" })).template).toBe(
      "{repo} {version}: {url}",
    );
  });

  it("reports every problem in one error, in input order", () => {
    let thrown: unknown;
    try {
      readInputs(
        reader({
          "api-secret": "s3cret-value",
          "api-base-url": "nope",
          "dry-run": "maybe",
          "max-length": "many",
          template: "{oops",
        }),
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AggregateError);
    const codes = problemsOf(thrown).map((p) => p.code);
    expect(codes).toEqual([
      "ENOTWITTERAPIKEY",
      "ENOTWITTERACCESSTOKEN",
      "ENOTWITTERACCESSTOKENSECRET",
      "ETEMPLATE",
      "EINVALIDAPIBASEURL",
      "EINVALIDBOOLEAN",
      "EINVALIDMAXLENGTH",
    ]);
    // The message the Action prints has one line per problem and no secret.
    const printed = describeError(thrown);
    expect(printed.split("\n")).toHaveLength(codes.length);
    expect(printed).not.toContain("s3cret-value");
  });

  it("treats an empty GitHub token as absent and lists only present secrets for redaction", () => {
    const settings = readInputs(reader({ ...CREDENTIALS, "github-token": "" }));
    expect(settings.githubToken).toBeUndefined();
    expect(secretValues(settings)).toEqual([
      "key-value-1234",
      "secret-value-5678",
      "token-value-9012",
      "token-secret-value-3456",
    ]);
  });
});

describe("action.yml", () => {
  const actionYml = parse(readFileSync(join(import.meta.dirname, "../../action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string; required?: boolean; description: string }>;
    runs: { using: string; main: string };
  };

  it("declares the same defaults the code applies to empty inputs", () => {
    for (const [name, value] of Object.entries(INPUT_DEFAULTS)) {
      expect(actionYml.inputs[name]?.default, name).toBe(value);
    }
  });

  it("marks no input as required: X's four are needed only when no other network is configured", () => {
    const required = Object.entries(actionYml.inputs)
      .filter(([, input]) => input.required === true)
      .map(([name]) => name);
    expect(required).toEqual([]);
    for (const name of ["bluesky-identifier", "bluesky-app-password", "bluesky-service", "bluesky-template", "mastodon-url", "mastodon-access-token", "mastodon-visibility", "mastodon-template"]) {
      expect(actionYml.inputs[name], name).toBeDefined();
    }
    expect(actionYml.inputs["github-token"]?.default).toBe("${{ github.token }}");
  });

  it("runs the bundled entry on node24", () => {
    expect(actionYml.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
  });
});
