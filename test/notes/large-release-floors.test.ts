// A large major release's breaking list leads with what every user meets: a runtime floor raised, even written as a
// semver range in code ("Require Node.js `^18.18.0 || ^20.9.0 || >=21.1.0`"), before a rename of one API.
import { describe, expect, it } from "vitest";
import { raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";
import { single } from "../support/composed.js";

describe("a runtime floor written as a semver range", () => {
  it("is a raised floor", () => {
    expect(raisesPlatformFloor("Require Node.js `^18.18.0 || ^20.9.0 || >=21.1.0`")).toBe(true);
    expect(raisesPlatformFloor("Requires Node.js ~20.11")).toBe(true);
    expect(raisesPlatformFloor("Require `semver` ^7.5.0")).toBe(false);
  });
  it("leads the breaking changes of a long major release", () => {
    const renames = Array.from({ length: 30 }, (_, index) => `* feat!: rename rule option \`opt${index}\` to \`option${index}\` ([#${100 + index}](https://github.com/o/r/issues/${100 + index})) (Someone)`);
    const notes = ["## Breaking Changes", "", ...renames, "* feat!: Require Node.js `^18.18.0 || ^20.9.0 || >=21.1.0` ([#999](https://github.com/o/r/issues/999)) (Someone)", ""].join("\n");
    const text = single(notes, { version: "9.0.0" });
    expect(text).toMatch(/⚠️[^\n]*\n• Require Node\.js `\^18\.18\.0/u);
  });
});
