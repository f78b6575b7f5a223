// Shapes of whole pages and plain files the notes come from: a docs page's front matter and release-date sentence,
// reference-style links whose definitions were left behind, bold pseudo-headings, plain-text NEWS files.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a docs page's frame", () => {
  it("front matter ended by YAML's document-end marker '...' is page settings, not notes (Meson)", () => {
    const notes = "---\ntitle: Release 1.9.0\nshort-description: Release notes for 1.9.0\n...\n\n# New features\n\n## Array `.flatten()` method\n\nArrays now have a `.flatten()` method.";
    expect(entries(notes)).toEqual(["feature|New features|Array `.flatten()` method"]);
  });

  it("a sentence that only says when the release was made goes like a date line", () => {
    const notes = "# New features\n\nMeson 1.9.0 was released on 24 August 2025\n\n- Add a `flatten()` method\n- Support response files";
    expect(entries(notes)).toEqual(["feature|New features|Add a `flatten()` method", "feature|New features|Support response files"]);
    // A sentence that says more than the date stays.
    expect(entries("Version 2 was released on 2025-02-03 to fix the cache for Windows users.")).toHaveLength(1);
  });
});

describe("links whose definitions were left behind", () => {
  it("a reference-style link without its definition shows its text only (OkHttp)", () => {
    const notes = "## Version 5.3.1\n\n- Upgrade: [Okio 3.16.3][okio_3_16_3].\n- Add the [array flatten method][] to the DSL.";
    expect(entries(notes)).toEqual(["other|-|Upgrade: Okio 3.16.3.", "feature|-|Add the array flatten method to the DSL."]);
  });

  it("a line that was only such a link goes like a line that was only a link", () => {
    expect(entries("- Fix the cache\n\n[All changes in 5.3.1][compare_5_3_1]")).toEqual(["fix|-|Fix the cache"]);
  });
});

describe("'Major Changes' by where it stands", () => {
  const list = "- Support AOT builds without build warnings.\n- Moved MailTarget into the new package NLog.Targets.Mail.";
  it("a bold 'Major Changes' over a list outside changesets names the big changes, not breaking ones (NLog)", () => {
    expect(entries(`### Version 6.0 (2025/06/21)\n\n**Major Changes**\n\n${list}`).map((line) => line.split("|")[0])).toEqual(["highlight", "highlight"]);
  });
  it("under a package's own release heading 'Major Changes' is changesets' major bump: breaking where its words say so", () => {
    expect(entries(`## @acme/widget@6.0.0\n\n### Major Changes\n\n${list}`).map((line) => line.split("|")[0])).toEqual(["feature", "breaking"]);
  });
});

describe("lines that only point at a list", () => {
  it("'List of all <linked PRs>' is a pointer to a search page: it goes (NLog)", () => {
    const notes = "- Support AOT builds\n\nList of all [NLog 6.0 Pull Requests](https://github.com/NLog/NLog/pulls?q=is%3Apr+milestone:%226.0%22)";
    expect(entries(notes)).toEqual(["feature|-|Support AOT builds"]);
    // A list named in words, not linked, is a change.
    expect(entries("- Support AOT builds\n\nList of all targets is now sorted by name.")).toHaveLength(2);
  });
});
