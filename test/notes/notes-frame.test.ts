// What frames a release's changes without being one: its header line in a plain-text changelog, a "Changes since"
// line, a version bullet over its changes, a page's table of contents; and paragraphs that carry on an item.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { isReleaseHeader, isSinceLine, withoutContentsLists, withoutReleaseHeaders } from "../../src/notes/formats/page-frame.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a release's header line", () => {
  it("a version with its date, commit, stability or 'Version' is a header", () => {
    for (const line of [
      "2026.03.06, Version 1.52.1 (Stable), 1cfa32ff59c076ffb6ed735bbc8c18361558661f",
      "12.1.1 - 3 Dec 2025",
      "[0.21.0] 2026-07-15",
      "Version 1.2.3 (2025-01-02)",
      "v1.2.3 / 2025-01-02",
      "1.2.3 (unreleased)",
      "=== 1.2.3 ===",
      "Release 2.7.5 Tue March 17 2026",
      "libuv 1.52.1 - 2026-03-06",
      "Version 2 (LTS)",
    ]) {
      expect(isReleaseHeader(line), line).toBe(true);
    }
  });

  it("a line that says more than the release is no header", () => {
    for (const line of ["Fix crash in 1.2.3 parser", "Require Node 18.0.0 or later", "Python 3.12", "Bump lodash to 4.17.21", "Add 2 new rules (2025-01-02)", "1.2.3 and 1.2.4 (2025-01-02)"]) {
      expect(isReleaseHeader(line), line).toBe(false);
    }
  });

  it("goes from the post; the plain lines right under it are that release's changes (FluentValidation, libuv)", () => {
    expect(entries("12.1.1 - 3 Dec 2025\nFix casing of the dependency (#2344)\nAdd a `When` overload\n")).toEqual([
      "fix|-|Fix casing of the dependency",
      "feature|-|Add a `When` overload",
    ]);
    const libuv = "2026.03.06, Version 1.52.1 (Stable), 1cfa32ff59c076ffb6ed735bbc8c18361558661f\n\nChanges since version 1.52.0:\n\n* unix: fix discard const (Rudi Heitbaum)\n";
    expect(entries(libuv)).toEqual(["fix|Fixes|unix: fix discard const (Rudi Heitbaum)"]);
    expect(entries("[0.21.0] 2026-07-15\n\n## What's Changed\n\n* [fix] Escape configuration values\n")).toEqual(["fix|-|Escape configuration values"]);
  });

  it("lines that wrap one sentence under it stay one paragraph; a header inside code or as a heading is left alone", () => {
    expect(withoutReleaseHeaders("1.2.3 (2025-01-02)\nThis release speeds up the parser and\nfixes the cache.")).toBe("This release speeds up the parser and\nfixes the cache.");
    const fenced = "```\n1.2.3 (2025-01-02)\n```";
    expect(withoutReleaseHeaders(fenced)).toBe(fenced);
    const setext = "1.2.3 (2025-01-02)\n==================\n\n- Fix X";
    expect(withoutReleaseHeaders(setext)).toBe(setext);
  });

  it("'Changes since version x:' only says where the changes are counted from", () => {
    expect(isSinceLine("Changes since version 1.52.0:")).toBe(true);
    expect(isSinceLine("Changes since the last release:")).toBe(true);
    expect(isSinceLine("Changes since 1.2 include a faster parser:")).toBe(false);
  });
});

describe("a changelog listed by version", () => {
  it("the sub-items of a linked version bullet are the changes (iamport)", () => {
    const notes = "- [v2.0.0](https://github.com/octo/widget/tree/v2.0.0)\n  - 예제 UI가 개선되었습니다.\n  - 케이뱅크페이 지원을 추가했습니다.\n";
    expect(readNotesModel(notes).entries.map((entry) => entry.text)).toEqual(["예제 UI가 개선되었습니다.", "케이뱅크페이 지원을 추가했습니다."]);
    expect(entries("- v2.0.0 (Stable), 1cfa32ff\n  - Add X\n  - Fix Y\n")).toEqual(["feature|-|Add X", "fix|-|Fix Y"]);
  });
});

describe("a page's table of contents", () => {
  const page = [
    "Widget v1.2 has been released!",
    "",
    "Notable changes:",
    "",
    "- New features",
    "  - [Persistent cache](#persistent-cache): An experimental feature.",
    "  - [Yarn PnP](#yarn-pnp)",
    "- Ecosystem",
    "  - [Angular support](#angular-support)",
    "",
    "## New features",
    "",
    "### Persistent cache",
    "",
    "Widget now caches builds on disk.",
  ].join("\n");

  it("goes with its lead-in: group names are no changes, the headings say the anchored ones (Rspack)", () => {
    const texts = readNotesModel(page).entries.map((entry) => entry.text);
    expect(texts).not.toContain("Ecosystem");
    expect(texts.some((text) => text.includes("Notable changes"))).toBe(false);
    // The entry's own description says the change; the heading it points to does not say it again.
    expect(texts).toContain("Persistent cache: An experimental feature.");
    expect(texts.filter((text) => text.startsWith("Persistent cache"))).toHaveLength(1);
    expect(withoutContentsLists(page)).not.toContain("Notable changes:");
  });

  it("a list with links to other pages, or with sentences, is no table of contents", () => {
    const linked = "- [Persistent cache](#persistent-cache)\n- [Yarn PnP](https://yarnpkg.com)\n";
    expect(withoutContentsLists(linked)).toBe(linked);
    const sentences = "- [Persistent cache](#persistent-cache)\n- [Yarn PnP](#yarn-pnp)\n- Fix the crash on start.\n";
    expect(withoutContentsLists(sentences)).toBe(sentences);
  });
});

describe("paragraphs that carry on an item", () => {
  it("unindented paragraphs between items of a list belong to the item before them (karma)", () => {
    const notes = [
      "### BREAKING CHANGES",
      "",
      "* Using Karma to run Dart code in the browser is no longer supported.",
      "",
      "`dart` file type has been removed without a replacement.",
      "",
      "`customFileHandlers` DI token has been removed.",
      "* **deps:** Socket.io v3 is required.",
    ].join("\n");
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|Using Karma to run Dart code in the browser is no longer supported.",
      "breaking|⚠️ Breaking changes|Socket.io v3 is required.",
    ]);
  });

  it("a paragraph after the list's last item, or a lead-in to the next list, stays on its own", () => {
    expect(entries("- Fix X\n\nThanks to everyone who tested the beta.")).toHaveLength(2);
    expect(readNotesModel("## Features\n\n- Add X\n\nAlso in this release:\n\n- Add Y\n").entries.map((entry) => entry.text)).toEqual(["Add X", "Add Y"]);
  });
});
