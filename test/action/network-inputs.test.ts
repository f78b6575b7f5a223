// The Action's Bluesky and Mastodon inputs: which networks a step turns on, what each needs, and what is masked.
import { describe, expect, it } from "vitest";
import { describeError, type ReleaseTweetError } from "../../src/core/errors.js";
import { describeSettings, readInputs, secretValues, type InputReader } from "../../src/action/inputs.js";

const X = {
  "api-key": "key-value-1234",
  "api-secret": "secret-value-5678",
  "access-token": "token-value-9012",
  "access-token-secret": "token-secret-value-3456",
};
const BLUESKY = { "bluesky-identifier": "release-bot.bsky.social", "bluesky-app-password": "abcd-efgh-ijkl-mnop" };
const MASTODON = { "mastodon-url": "https://mastodon.example", "mastodon-access-token": "masto-token-0123456789" };

function reader(values: Record<string, string>): InputReader & { masked: string[] } {
  const masked: string[] = [];
  return { masked, getInput: (name) => (values[name] ?? "").trim(), setSecret: (value) => void masked.push(value) };
}

function problems(values: Record<string, string>): ReleaseTweetError[] {
  try {
    readInputs(reader(values));
  } catch (error) {
    return error instanceof AggregateError ? (error.errors as ReleaseTweetError[]) : [error as ReleaseTweetError];
  }
  throw new Error("readInputs accepted the inputs");
}

describe("the networks a step announces on", () => {
  it("Bluesky alone: X's four inputs are not needed, the service defaults to bsky.social", () => {
    const settings = readInputs(reader(BLUESKY));
    expect(settings.xConfigured).toBe(false);
    expect(settings.bluesky).toEqual({ ...{ identifier: BLUESKY["bluesky-identifier"], appPassword: BLUESKY["bluesky-app-password"] }, service: "https://bsky.social" });
    expect(settings.mastodon).toBeUndefined();
    expect(describeSettings(settings)).toContain("networks: Bluesky");
  });

  it("Mastodon alone, with its visibility and a template of its own", () => {
    const settings = readInputs(reader({ ...MASTODON, "mastodon-visibility": "unlisted", "mastodon-template": "{repo} {version}: {url}" }));
    expect(settings.mastodon).toEqual({ url: "https://mastodon.example", accessToken: MASTODON["mastodon-access-token"], visibility: "unlisted" });
    expect(settings.mastodonTemplate).toBe("{repo} {version}: {url}");
    expect(settings.xConfigured).toBe(false);
  });

  it("all three at once", () => {
    const settings = readInputs(reader({ ...X, ...BLUESKY, ...MASTODON, "bluesky-service": "https://pds.example/" }));
    expect(settings.xConfigured).toBe(true);
    expect(settings.bluesky?.service).toBe("https://pds.example");
    expect(settings.mastodon?.visibility).toBe("public");
    expect(describeSettings(settings)).toContain("networks: X, Bluesky, Mastodon");
  });

  it("none at all: one error that lists what to set for each network", () => {
    const found = problems({ "github-token": "ghs_x" });
    expect(found.map((p) => p.code)).toEqual(["ENONETWORK"]);
    const [error] = found;
    for (const name of [...Object.keys(X), ...Object.keys(BLUESKY), ...Object.keys(MASTODON)]) expect(error!.message).toContain(`'${name}'`);
  });

  it("one credential of a network without the other names the missing input and its secret", () => {
    expect(problems({ "bluesky-identifier": "bot.bsky.social" }).map((p) => [p.code, p.message])).toEqual([
      ["ENOBLUESKYAPPPASSWORD", "Input 'bluesky-app-password' is required when 'bluesky-identifier' is set: set it to ${{ secrets.BLUESKY_APP_PASSWORD }}."],
    ]);
    expect(problems({ "mastodon-access-token": "t0ken-value" }).map((p) => p.code)).toEqual(["ENOMASTODONURL"]);
    expect(problems({ ...X, "mastodon-url": "https://m.example" }).map((p) => p.code)).toEqual(["ENOMASTODONACCESSTOKEN"]);
  });

  it("a partly given X is still X: its missing inputs are named although Bluesky is complete", () => {
    expect(problems({ ...BLUESKY, "api-key": "k" }).map((p) => p.code)).toEqual(["ENOTWITTERAPISECRET", "ENOTWITTERACCESSTOKEN", "ENOTWITTERACCESSTOKENSECRET"]);
  });

  it("reports every bad network input at once, never repeating a secret", () => {
    const found = problems({
      ...X,
      "bluesky-identifier": "bot .bsky.social",
      "bluesky-app-password": "abcd-efgh ijkl-mnop",
      "bluesky-service": "http://pds.example",
      "mastodon-url": "ftp://m.example",
      "mastodon-access-token": "s3cret token",
      "mastodon-visibility": "everyone",
      "bluesky-template": "{nope}",
    });
    expect(found.map((p) => p.code)).toEqual([
      "EBLUESKYCREDENTIALS",
      "EBLUESKYCREDENTIALS",
      "EINVALIDBLUESKYSERVICE",
      "EMASTODONURL",
      "EMASTODONCREDENTIALS",
      "EINVALIDMASTODONVISIBILITY",
      "ETEMPLATE",
    ]);
    const printed = found.map((p) => describeError(p)).join("\n");
    expect(printed).toContain("Input 'bluesky-template'");
    expect(printed).toContain("must be one of public, unlisted, private, direct, got 'everyone'");
    expect(printed).not.toContain("ijkl-mnop");
    expect(printed).not.toContain("s3cret");
  });

  it("masks the app password and the access token before reading anything else, and redacts them", () => {
    const input = reader({ ...BLUESKY, ...MASTODON });
    const settings = readInputs(input);
    expect(input.masked).toEqual([BLUESKY["bluesky-app-password"], MASTODON["mastodon-access-token"]]);
    expect(secretValues(settings)).toEqual([BLUESKY["bluesky-app-password"], MASTODON["mastodon-access-token"]]);
    // The identifier is public (it is in every post's URL) and the debug lines may show it; the secrets never.
    const described = describeSettings(settings).join("\n");
    expect(described).toContain("bluesky-identifier: release-bot.bsky.social");
    expect(described).not.toContain(BLUESKY["bluesky-app-password"]);
    expect(described).not.toContain(MASTODON["mastodon-access-token"]);
  });
});
