// Ranking and selection: housekeeping sections never lead the notes' own highlights, a removal of what users ran is
// breaking wherever it is written, and a plain-text log's advisory fixes are read and shown as security fixes.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { removesUserFeature } from "../../src/notes/kinds/feature-removals.js";
import { allCommitSubjects } from "../../src/notes/formats/commit-lines.js";
import { areaLinesSetOff } from "../../src/notes/formats/area-lines.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const release = (notes: string): Release => ({ version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "widget", owner: "octo", url: URL, notes });
const posts = (notes: string, thread = false) => composePosts(release(notes), { thread }).posts.map((post) => post.text);
/** The notes part of the first post: what follows the opener. */
const firstNotes = (notes: string, thread = false) => (posts(notes, thread)[0] ?? "").split("\n\n").slice(1).join("\n\n");
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label}|${entry.text}`);

describe("build and chore sections never outrank the notes' highlights", () => {
  const notes = `### 主要更新
* 修復托盤圖標卡死問題
* 新增 \`/help\` 參數，顯示使用說明

#### Code Refactor
refactor(ui): simplify resources
refactor(tsf): simplify codes of RegisterProfiles

#### Builds
build: bump core to 1.13.0
build: set /utf-8 for source compilation
build: IntDir and OutDir set for msbuild solution, intermediary files will be always in \`msbuild\`.

#### Bug Fixes
fix(trayicon): explorer.exe hangs
`;

  it("a paragraph of bare commit subjects is one item a line, even where a line ends with a stop", () => {
    const builds = entries(notes).filter((entry) => entry.includes("|Builds|"));
    expect(builds).toHaveLength(3);
    expect(builds.join("\n")).not.toMatch(/build: .*build:/u);
    expect(allCommitSubjects(["build: a.", "ci: b"])).toBe(true);
    expect(allCommitSubjects(["This release adds X.", "build: b"])).toBe(false);
  });

  it("a heading over such a paragraph heads a group, not a change of the highlights above it", () => {
    expect(entries(notes).some((entry) => entry.endsWith("|Code Refactor"))).toBe(false);
  });

  it("\"Builds\" is housekeeping and \"主要更新\" the notes' highlights: the highlights lead", () => {
    const first = firstNotes(notes);
    expect(first).toMatch(/^主要更新[:：]\n• 修復托盤圖標卡死問題/u);
    expect(first).not.toMatch(/build:|Builds/u);
  });
});

describe("a removal of what users ran is breaking wherever it is written", () => {
  it("reads removals of support, options and ways of working, not of bugs, warnings or dead code", () => {
    for (const text of ["Removed support for Hack, as the upstream parser is no longer maintained.", "cscope support was removed, because it is mostly redundant", "Removed the `'insertmode'` option, which was used in Vim", "Bzlmod fully replaces WORKSPACE", "build: drop the `--legacy` flag", "移除对 Python 3.8 的支持", "`--foo` オプションを削除"]) {
      expect(removesUserFeature(text), text).toBe(true);
    }
    for (const text of ["Remove unused option parsing code", "Removed a deprecation warning for the `x` option", "remove the lodash dependency", "Remove debug option from tests", "Add support for Assembly.", "Removed a crash when the option is empty"]) {
      expect(removesUserFeature(text), text).toBe(false);
    }
  });

  it("a removal told in a paragraph leads the single and the thread as a breaking change", () => {
    const notes = `## Diffing\n\nDifftastic now understands when trailing punctuation isn't significant.\n\n### Parsing\n\nAdded support for Assembly.\n\nSubstantially improved parsing for Perl.\n\nRemoved support for Hack, as the upstream parser is no longer maintained.\n`;
    for (const thread of [false, true]) expect(firstNotes(notes, thread)).toMatch(/^⚠️ Breaking changes:\n• Removed support for Hack/u);
  });

  it("a removal under \"Deprecations\" comes before the features, in post 1 of a thread", () => {
    const notes = `## Features\n\n- New \`winbar\` option\n- New \`statuscolumn\` option\n- Mouse scrolling can be configured\n- Marks can save viewport info\n\n## Deprecations\n\n- Removed the \`'insertmode'\` option, which was used to implement "easy vim".\n`;
    expect(firstNotes(notes, true)).toMatch(/^⚠️ Breaking changes:\n• Removed the `'insertmode'` option/u);
  });

  it("comes after the notes' security fixes, and never from a nightly section", () => {
    const notes = `## Fixed\n\n- Fix path traversal in the static file handler (CVE-2026-1234)\n\n## Parsing\n\nRemoved support for the Hack language, as its parser is unmaintained.\n`;
    expect(firstNotes(notes)).toMatch(/Fix path traversal[^\n]*\n\n⚠️ Breaking changes:\n• Removed support for the Hack language/u);
    const nightly = `### Fixed\n\n- Ensure error messages are lower case\n\n### Nightly only\n\n- Remove compat mode from artifacts\n`;
    expect(firstNotes(nightly)).toMatch(/^Fixed:/u);
  });
});

describe("a plain-text log's advisory fixes are read and shown as security fixes", () => {
  const log = `Changes between v2.37 and v2.38
--------------------------------

build-sys:
   - add a missing word  [Jane Doe]
   - use lib/procfs.c  [Karel Zak]
chsh:
   - fflush stdout before reading from stdin  [Lorenzo Beretta]
chsh, chfn:
   - remove readline support [CVE-2022-0563]  [Karel Zak]
cfdisk:
   - do not use atoi()  [Karel Zak]
`;

  it("an area line right under an indented commit heads the commits below it, not the commit above's text", () => {
    expect(areaLinesSetOff("x:\n   - a\ny, z:\n   - b\n")).toBe("x:\n   - a\n\ny, z:\n   - b\n");
    expect(entries(log).some((entry) => entry.startsWith("security|") && entry.includes("remove readline support"))).toBe(true);
  });

  it("the fix shows under the security label with its area said, in the single and the thread", () => {
    for (const thread of [false, true]) expect(firstNotes(log, thread)).toMatch(/^Security:\n• chsh, chfn: remove readline support/u);
  });
});
