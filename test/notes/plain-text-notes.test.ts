// Plain-text changelogs: an outline by indentation, tags in capitals, a version line with its date.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { outlineAsMarkdown } from "../../src/notes/formats/plain-outline.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.7.5" };
/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

const EXPAT_LIKE = [
  "Release 2.7.5 Tue March 17 2026",
  "        Security fixes:",
  "            #1158  CVE-2026-1234 -- Fix heap overflow in XML_Parse",
  "                     when called with a huge buffer",
  // References right-aligned in their column: the words line up with the item above.
  "      #1161 #1162  CVE-2026-1235 -- Fix crash in foo",
  "",
  "        Other changes:",
  "            #1170  Fix build on macOS",
].join("\n");

describe("plain-text notes", () => {
  it("an indented outline reads as labels and items; deeper lines continue an item; leading #refs go", () => {
    expect(entries(EXPAT_LIKE)).toEqual([
      "security|Security fixes|CVE-2026-1234 -- Fix heap overflow in XML_Parse when called with a huge buffer",
      "security|Security fixes|CVE-2026-1235 -- Fix crash in foo",
      "other|Other changes|Fix build on macOS",
    ]);
    const post = single(EXPAT_LIKE, PROJECT);
    expect(post).toContain("CVE-2026-1234");
    expect(post).not.toContain("Release 2.7.5");
    expect(post).not.toContain("#1158");
  });

  it("notes with any Markdown structure, or without a label over deeper lines, are left as written", () => {
    const markdown = "## Fixes:\n    - deep\n";
    expect(outlineAsMarkdown(markdown)).toBe(markdown);
    const prose = "We are happy to ship this.\n\n    npm install widget\n";
    expect(outlineAsMarkdown(prose)).toBe(prose);
  });

  it("tags in capitals ('NEW:', 'CHG:', 'FIX:') give the kind and go; 'Fix: the crash…' is a sentence", () => {
    expect(entries("* NEW: 新しい機能を追加\n* CHG: 設定画面を変更\n* FIX: 起動時のエラーを修正\n* Fix: the crash when idle")).toEqual([
      "feature|新機能|新しい機能を追加",
      "change|変更|設定画面を変更",
      "fix|修正|起動時のエラーを修正",
      "fix|修正|Fix: the crash when idle",
    ]);
  });

  it("a version line with its date restates the release ('==== Ver 3.13.0(2024/01/27)')", () => {
    for (const title of ["==== Ver 3.13.0(2024/01/27)", "Release 2.7.5 Tue March 17 2026", "Version 2.7.5 - 2026-03-17", "2.7.5 (17 March 2026)"]) {
      expect(entries(`${title}\n\n* FIX: crash on start`), title).toEqual(["fix|Fixes|crash on start"]);
    }
  });
});

describe("curl-style plain-text notes", () => {
  const notes =
    "curl and libcurl 8.11.0\n\n Public curl releases:         262\n Command line options:         266\n Contributors:                 3273\n\nThis release includes the following changes:\n\n o curl: add --ip-tos [41]\n o wcurl: new command line tool [12]\n\nThis release includes the following bugfixes:\n\n o cookie: fix a leak when the jar is\n   full [2]\n";
  it("tally lines go, 'o' bullets are items, the reference numbers after them go", () => {
    expect(entries(notes)).toEqual(["feature|Features|curl: add --ip-tos", "feature|Features|wcurl: new command line tool", "fix|Fixes|cookie: fix a leak when the jar is full"]);
  });
  it("a single tally-like line, or an 'o' that is a word, stays text", () => {
    expect(outlineAsMarkdown("Contributors: 12\n\nSome text.")).toBe("Contributors: 12\n\nSome text.");
    expect(outlineAsMarkdown(" o projeto agora suporta X.\nOutra linha.")).toBe(" o projeto agora suporta X.\nOutra linha.");
  });
});
