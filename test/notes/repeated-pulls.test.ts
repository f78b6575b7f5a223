// A change told twice, in a hand-written summary and again in the full list of pull requests, is one change.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("a change told again in the full list", () => {
  const notes = [
    "## 2.4.0",
    "",
    "- The CLI now finds the `lint-server` binary on `PATH` when the bundled one is missing. [pr#88]",
    "- Empty settings are read as unset. [pr#91]",
    "",
    "[pr#88]: https://github.com/octo/tool/pull/88",
    "[pr#91]: https://github.com/octo/tool/pull/91",
    "",
    "### All changes",
    "",
    "* feat(cli): find the `lint-server` binary on PATH when bundled one is missing by @a in https://github.com/octo/tool/pull/88",
    "* fix: cache reads on Windows by @b in https://github.com/octo/tool/pull/90",
    "* feat: read empty settings as unset by @c in https://github.com/octo/tool/pull/91",
    "",
  ].join("\n");
  it("is said once, in the summary's words", () => {
    const said = texts(notes);
    expect(said.filter((text) => text.includes("lint-server"))).toHaveLength(1);
    expect(said.filter((text) => /empty settings/iu.test(text))).toHaveLength(1);
    expect(said.some((text) => /cache reads on Windows/iu.test(text))).toBe(true);
  });
  it("keeps the changes one pull request made under different headings, when their words differ", () => {
    const changesets = [
      "### Minor Changes",
      "",
      "- feat: add `dirty()` property to form fields ([#12](https://github.com/o/kit/pull/12))",
      "",
      "### Patch Changes",
      "",
      "- fix: skip clean fields when programmatically validating forms ([#12](https://github.com/o/kit/pull/12))",
      "",
    ].join("\n");
    expect(texts(changesets)).toHaveLength(2);
  });
});
