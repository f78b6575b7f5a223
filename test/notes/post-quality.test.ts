// Post quality in threads: a listed change stands whole in one post, a shortened change keeps the sentence that says
// what changed, and a verb that is a change's meaning stays when its label does not say it.
import { describe, expect, it } from "vitest";
import { shorten } from "../../src/notes/text/shorten.js";
import { xRules } from "../../src/notes/networks.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "kettle", owner: "acme", version: "5.0.0" };

describe("a listed change in a thread", () => {
  it("is never carried on into the next post with an ellipsis on both sides", () => {
    const notes = [
      "## Breaking Changes",
      "",
      "- Kettle is now shipped as a native module only and the lowest supported runtime has changed to 9.4.0, because on this runtime the older plugins can still load its boiler interface without any extra settings or warnings at all, which keeps them working unchanged.",
      "- The `steam` option now defaults to `low` on every stove, and the `boil()` call waits for the whistle before it returns to the caller.",
      "- Kettle now reads its settings from `kettle.toml` and no longer looks at the old `.kettlerc` file in the home folder of the user.",
      "",
      "## Features",
      "",
      "- Add a `descale` command that cleans the heating element",
      "- Support glass kettles with a blue light",
      "",
      "## Fixes",
      "",
      "- Fix the lid sensor on cold mornings",
      "- Fix a crash when the base has no power",
    ].join("\n");
    const posts = thread(notes, PROJECT);
    for (const post of posts) expect(post).not.toMatch(/^• …/mu);
  });
});

describe("a shortened change", () => {
  it("keeps the sentence that says the new behaviour, or is not shortened at all", () => {
    const rules = xRules();
    const text =
      '"kettle brew --help", when "brew" is an alias to, say, "boil --gentle", reported only the alias expansion of "brew" in earlier versions of Kettle. It now runs "kettle boil --help" to show the manual page of the command, while sending the alias expansion to the standard error stream.';
    const short = shorten(text, 200, rules);
    expect(short === null || short.includes("It now runs")).toBe(true);
  });

  it("does not stop at a problem whose fix follows as an attempt made", () => {
    const rules = xRules();
    const text =
      "Brewing two teas with names that differ only in case on a case insensitive stove would lose one of them because the underlying stove cannot hold both at once. An attempt is made to detect such a case and warn.";
    const short = shorten(text, 150, rules);
    expect(short === null || short.includes("attempt is made")).toBe(true);
  });
});

describe("a heading item whose verb is its meaning", () => {
  it("keeps the verb under a label that does not say it", () => {
    const notes = [
      "## Breaking Changes",
      "",
      "### Removed: `null` value for `pot` property in `BrewResponse`",
      "",
      "This deprecated feature has been removed.",
      "",
      "### Behavior Changed: `kettle.stop()` stops the heater at once",
      "",
      "Calling `kettle.stop()` now stops the heater at once.",
      "",
      "## Features",
      "",
      "- Add a `descale` command that cleans the heating element",
    ].join("\n");
    const text = thread(notes, PROJECT).join("\n\n");
    expect(text).toMatch(/Removed:? `null` value for `pot`|`null` value for `pot`[^\n]*removed/u);
  });
});
