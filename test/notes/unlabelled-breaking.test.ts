// Breaking or upgrade-critical changes the notes do not file under a "Breaking" heading: changesets' "Major Changes"
// written as paragraphs, notices ("NOTE", "주의", "注意") that warn of loss or a required step, and support windows
// said in prose ("the last release to support Node 18").
import { describe, expect, it } from "vitest";
import { movesSupportWindow, warnsOfLoss } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { leadClause } from "../../src/notes/prose/prose.js";

const kinds = (notes: string, version = "3.0.0"): Array<[string, string]> => readNotesModel(notes, undefined, version).entries.map((e) => [e.kind, e.text]);

describe("changesets' Major Changes written as a paragraph", () => {
  const notes = [
    "## 3.0.0",
    "",
    "### Major Changes",
    "",
    "- [#12](https://github.com/o/r/pull/12) Thanks [@dev](https://github.com/dev)! - Render rows lazily as they scroll into view, which keeps long",
    "  tables light. Tests that read every row must scroll the table first, or",
    "  call `flushRows()` before they look.",
    "",
    "### Minor Changes",
    "",
    "- Add a `gap` option to tables",
  ].join("\n");

  it("is breaking, shown by the clause that says what changed", () => {
    expect(kinds(notes)[0]).toEqual(["breaking", "Render rows lazily as they scroll into view"]);
  });

  it("keeps a one-line addition there a feature", () => {
    const short = notes.replace(/- \[#12\][\s\S]*?look\.\n/u, "- Add an `astro` template\n");
    expect(kinds(short)[0]).toEqual(["feature", "Add an `astro` template"]);
  });
});

describe("notices that warn of loss or a required step", () => {
  const notes = (heading: string, items: string[]): string => ["## 1.4.0", "", `### ${heading}`, ...items.map((i) => `- ${i}`), "", "### Fixed", "- Fix a crash on start"].join("\n");

  it("ranks a data-loss or removal notice as breaking, not an informative one", () => {
    const read = kinds(notes("NOTE", ["Vibration now also works on tablets.", "Old edit history will be deleted when you upgrade. Only new edits are kept."]), "1.4.0");
    expect(read).toContainEqual(["breaking", "Old edit history will be deleted when you upgrade."]);
    expect(read.find(([, text]) => text.startsWith("Vibration"))?.[0]).not.toBe("breaking");
  });

  it("reads Korean, Japanese and Chinese notices", () => {
    expect(kinds(notes("주의 사항", ["`일괄 등록` 기능이 폐지되었습니다."]), "1.4.0")[0]?.[0]).toBe("breaking");
    expect(kinds(notes("注意事項", ["古いキャッシュは削除されます。"]), "1.4.0")[0]?.[0]).toBe("breaking");
    expect(kinds(notes("注意", ["升级后需要手动迁移配置文件。"]), "1.4.0")[0]?.[0]).toBe("breaking");
  });

  it("does not read a feature removed elsewhere but kept here as a loss", () => {
    expect(warnsOfLoss("업스트림에서 제거된 기능이지만 여기서는 유지합니다.")).toBe(false);
    expect(warnsOfLoss("A new option, off by default, keeps old files.")).toBe(false);
  });
});

describe("support windows said in prose", () => {
  it("reads the last release to support a runtime, and the next one's floor", () => {
    expect(movesSupportWindow("This is the last release to support Node 18.")).toBe(true);
    expect(movesSupportWindow("This release is the last to support [Go 1.23].")).toBe(true);
    expect(movesSupportWindow("The next release will require at least Python 3.10.")).toBe(true);
  });

  it("passes a plain support or an added one", () => {
    expect(movesSupportWindow("This release supports Node 22.")).toBe(false);
    expect(movesSupportWindow("Adds support for Python 3.13.")).toBe(false);
    expect(movesSupportWindow("Shows the supported versions in `--help`.")).toBe(false);
  });

  it("puts the notice first, as breaking", () => {
    const read = kinds(["## 2.4.0", "", "This is the last release to support Node 18.", "", "### Added", "- Add a `retry` option"].join("\n"), "2.4.0");
    expect(read[0]).toEqual(["breaking", "This is the last release to support Node 18."]);
  });
});

describe("leadClause", () => {
  it("cuts a long first sentence before the clause that explains it", () => {
    expect(leadClause("Defer all style writes to the next frame, this should make layout cheaper. More text.")).toBe("Defer all style writes to the next frame");
    expect(leadClause("Drop the legacy parser. It was slow.")).toBe("Drop the legacy parser.");
  });
});
