// No breaking banner where the notes say nothing breaks: a breaking section whose introduction takes the alarm back, a
// toolchain the project's own build drops, and a minimum-versions sub-list whose lead-in is no label.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("a breaking section that says it breaks nothing", () => {
  const notes = (disclaimer: string): string =>
    [
      "## Language",
      "",
      "- Add the `@[Feature]` annotation",
      "",
      "### Breaking",
      "",
      disclaimer,
      "",
      "- Sockets shouldn't flush on read",
      "- Fix `Process#wait` to not close `@input` before waiting",
      "",
    ].join("\n");

  it("raises no breaking banner and does not quote the disclaimer", () => {
    for (const disclaimer of [
      "We do not expect any breaking changes in existing code. We expect the few bugfixes below to not negatively impact your programs.",
      "There are no breaking changes in this release.",
      "Wir erwarten keine Breaking Changes.",
      "本次更新没有破坏性变更。",
      "破壊的変更はありません。",
    ]) {
      const posts = thread(notes(disclaimer), "lang").join("\n");
      expect(posts, disclaimer).not.toMatch(/⚠️|Breaking/u);
      expect(posts, disclaimer).toMatch(/flush on read/u);
    }
  });
});

describe("a toolchain the project's own build drops", () => {
  it("under 'Project changes' is no breaking change", () => {
    const notes = ["Security fixes:", "", "* Fix a timing vulnerability in the secret sharing code.", "", "Features:", "", "* Add a `--same-process` option.", "", "Project changes:", "", "* Go 1.22 is no longer supported; CI now also builds with Go 1.24.", ""].join("\n");
    const post = single(notes, "tool");
    expect(post).not.toMatch(/⚠️/u);
    expect(post).toMatch(/is out!\n\nSecurity/u);
  });

  it("elsewhere still breaks", () => {
    const post = single("Changes:\n\n* Go 1.22 is no longer supported.\n* Add a `--same-process` option.\n", "tool");
    expect(post).toMatch(/⚠️[^\n]*\n• Go 1\.22/u);
  });
});

describe("a minimum-versions sub-list", () => {
  const notes = [
    "Breaking Changes",
    "----------------",
    "",
    "- Arguments for `reproject_to` after the target WCS are now keyword-only.",
    "- Removed the \"dask\" extra group.",
    "",
    "New Features",
    "------------",
    "",
    "- Increased minimum versions for:",
    "",
    "  - asdf >= 2.12.0",
    "  - astropy >= 5.2.0",
    "  - opencv-python >= 4.6.0.66",
    "  - python >= 3.10",
    "  - scipy >= 1.8.0",
    "- Add a new map source for H-Alpha data.",
    "",
  ].join("\n");

  it("is one change, its lead-in part of its text, under one breaking label", () => {
    const post = single(notes, "sci");
    expect(post).not.toMatch(/\(Increased minimum versions for\)/u);
    expect(post.match(/⚠️/gu)?.length).toBe(1);
    expect(post).toMatch(/Increased minimum versions for: python >= 3\.10, asdf >= 2\.12\.0, astropy >= 5\.2\.0 and 2 more/u);
  });

  it("the breaking count tells what is left, never what is shown", () => {
    const more = ["a", "b", "c", "d"].map((name) => `- The \`${name}\` option is no longer accepted.`);
    const post = single([...notes.split("\n").slice(0, 5), ...more, ...notes.split("\n").slice(5)].join("\n"), "sci");
    const shown = (post.split("⚠️")[1] ?? "").split("\n\n")[0]?.match(/^• /gmu)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    // 7 breaking changes: the floors, the two listed and the four options.
    expect(post).toContain(`(${7 - shown} breaking)`);
  });
});
