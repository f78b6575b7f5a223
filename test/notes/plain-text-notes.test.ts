// Plain-text changelogs: an outline by indentation, tags in capitals, a version line with its date.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { outlineAsMarkdown } from "../../src/notes/plain-outline.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v2.7.5";
const release = (notes: string): Release => ({ version: "2.7.5", tag: "v2.7.5", name: "v2.7.5", repo: "widget", owner: "octo", url: URL, notes });
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
    const post = composePosts(release(EXPAT_LIKE)).posts[0]?.text ?? "";
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
