// An edit of a docs page or of the comments that document the code is docs wherever the notes file it: it never comes
// before a change of the code in a post, and goes in the count.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { release } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "2.4.0" };

describe("an edit whose object is a docs page", () => {
  it("is docs, in several wordings and languages", () => {
    expect(readItem("Update caching.md").kind).toBe("docs");
    expect(readItem("Add a warning about timeouts in retry-policies.md").kind).toBe("docs");
    expect(readItem("Clarify the upgrade steps in docs/install.rst").kind).toBe("docs");
    expect(readItem("Fixed broken markup in doc comments.").kind).toBe("docs");
    expect(readItem("Improve the examples in `Client` docstrings").kind).toBe("docs");
    expect(readItem("更新使用文档").kind).toBe("docs");
    expect(readItem("ドキュメントを修正しました").kind).toBe("docs");
  });

  it("is not when the change is to the code that reads such files", () => {
    expect(readItem("Fix parsing of front matter in index.md").kind).not.toBe("docs");
    expect(readItem("Fix crash when a comment is empty").kind).not.toBe("docs");
  });
});

describe("a post of a release with docs edits listed first", () => {
  it("leads with the change of the code and counts the docs", () => {
    const notes = [
      "## What's Changed",
      "",
      "* Add a note on timeouts in retry-policies.md by @ana in https://github.com/acme/sprocket/pull/10",
      "* Update caching.md by @ben in https://github.com/acme/sprocket/pull/11",
      "* Fixed stray markup in doc comments by @cy in https://github.com/acme/sprocket/pull/12",
      "* `Pool::drain()` now returns the number of closed connections by @dee in https://github.com/acme/sprocket/pull/13",
      "",
    ].join("\n");
    const [post] = compose(release(notes, PROJECT));
    const text = post?.text ?? "";
    expect(text).toContain("`Pool::drain()` now returns");
    expect(text).not.toContain("caching");
    expect(text).not.toContain("doc comments");
  });
});
