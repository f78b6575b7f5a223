// Sentences and items that say changes exist but name none rank as boilerplate: never shown while a change could be.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { isContentFreeSentence, namesNoChange, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("content-free prose", () => {
  it("a sentence about the release that names no change says nothing, in English, Chinese, Japanese and Korean", () => {
    for (const sentence of [
      "This release includes a number of improvements since the last version.",
      "This is a patch release that addresses bug fixes and additional documentation for released features",
      "Please help us test this version and report any issues.",
      "No significant changes.",
      "This release contains various bug fixes and improvements since 2.3.1.",
      "There are no user-facing changes in this release.",
      "本次更新包含若干问题修复和性能优化。",
      "此版本修复了一些已知问题。",
      "今回のリリースにはいくつかのバグ修正と改善が含まれています。",
      "이번 릴리스에는 여러 버그 수정과 개선 사항이 포함되어 있습니다.",
      "이번 업데이트에는 새로운 기능들과 여러 개선사항들이 포함되어 있습니다.",
    ]) {
      expect(isContentFreeSentence(sentence), sentence).toBe(true);
    }
  });

  it("a sentence that names something stays: a feature, a CVE, a platform, a number, breaking or security", () => {
    for (const sentence of [
      "This release fixes a crash on startup.",
      "This release includes 12 bug fixes.",
      "This release fixes CVE-2024-1234.",
      "This release adds support for Windows on ARM.",
      "This release contains breaking changes.",
      "This release contains security fixes.",
      "This release improves `render()` performance.",
      "本次更新修复了 Windows 下的启动问题。",
      "This release includes the following changes:",
      "이번 업데이트에는 새로운 대시보드가 포함되어 있습니다.",
    ]) {
      expect(isContentFreeSentence(sentence), sentence).toBe(false);
    }
  });

  it("goes from a paragraph, and a real change in the notes is shown instead", () => {
    expect(cleanText("This release includes a number of improvements since the last version. The `--out` flag now accepts a directory.")).toBe(
      "The `--out` flag now accepts a directory.",
    );
    const notes = ["This release includes a number of improvements since the last version.", "", "## What's Changed", "* Add the `--out` flag by @a in https://github.com/o/r/pull/1"].join("\n");
    expect(texts(notes)).toEqual(["feature|Add the `--out` flag"]);
    expect(texts("No significant changes.\n\n- Fix the crash on empty input\n")).toEqual(["fix|Fix the crash on empty input"]);
    expect(texts("Minor bug fixes and stability improvements.\n\n- Fix the crash on empty input\n")).toEqual(["fix|Fix the crash on empty input"]);
  });

  it("an item that names nothing changed ranks as housekeeping; a heading's words and a cut title keep theirs", () => {
    for (const text of ["Various bug fixes and improvements", "Minor fixes", "修复若干已知问题", "Several small improvements and fixes", "Bug fixes and performance improvements"]) {
      expect(namesNoChange(text), text).toBe(true);
      expect(readItem(text).kind, text).toBe("internal");
    }
    expect(namesNoChange("Other Improvements")).toBe(false);
    expect(namesNoChange("Various fixes and more…")).toBe(false);
    expect(namesNoChange("Various fixes to the `json` reporter")).toBe(false);
    expect(namesNoChange("Performance improvements")).toBe(false);
  });
});
