// Round 7 of reading the notes: nested lists. An umbrella parent that names no change is the label of its sub-items,
// never a stub; a parent that says its change before leading in to notes on it is that change; the sub-items of a
// breaking change that say what goes away stay with it.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);
const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("an umbrella parent that names only kinds of change", () => {
  it("is the label of its sub-items, which are the changes", () => {
    const notes = ["v2.3.1", "------", "- Various fixes and improvements", "    - Fix a crash when the config file is empty", "    - Speed up startup on large folders", "    - [linux] Respect XDG_CONFIG_HOME"].join("\n");
    const shown = texts(notes);
    expect(shown).toEqual(["Fix a crash when the config file is empty", "Speed up startup on large folders", "[linux] Respect XDG_CONFIG_HOME"]);
  });
  it("with a colon, under a section, too", () => {
    const notes = ["## 4.0.2", "", "### Changed", "", "- Bug fixes and improvements:", "  - Retry failed uploads once", "  - Fix the progress bar on narrow terminals"].join("\n");
    const shown = texts(notes);
    expect(shown).toContain("Retry failed uploads once");
    expect(shown).toContain("Fix the progress bar on narrow terminals");
    expect(shown.some((text) => /improvements/u.test(text))).toBe(false);
  });
});

describe("a short topic over several sub-items", () => {
  it("labels them like its sibling, and a CJK sentence under it is no bare name", () => {
    const notes = [
      "## [1.2.0]",
      "",
      "### 新增",
      "",
      "- 文件同步模块",
      "  - SyncWorker：后台同步本地文件",
      "  - ConflictResolver：自动合并冲突",
      "",
      "- 插件 支持",
      "  - 插件可以注册新的命令",
      "  - 自动加载插件目录",
    ].join("\n");
    const shown = entries(notes);
    expect(shown).toContain("feature|文件同步模块|SyncWorker：后台同步本地文件");
    expect(shown).toContain("feature|文件同步模块|ConflictResolver：自动合并冲突");
    expect(shown.some((entry) => entry.endsWith("|文件同步模块"))).toBe(false);
  });
  it("keeps a bare code name under a change as an example, not a change", () => {
    const notes = ["## 3.0.0", "", "- Rework the reactive core", "  - Observables are now proxies everywhere.", "  - Computed values are cached per reader.", "  - `autorun`"].join("\n");
    expect(texts(notes).some((text) => text === "`autorun`")).toBe(false);
  });
});

describe("a parent that says its change, then leads in to notes on it", () => {
  it("is the change with its section's kind, and the notes are no changes labelled with it", () => {
    const notes = [
      "### Enhancements",
      "* Build in strict concurrency mode with Xcode 16. Apps built with older Xcode are unaffected, so this should",
      "  only silence warnings. A few caveats when building in strict mode:",
      "  - `Store(queue:)` has been replaced with `Store.open()`.",
      "  - The `@Shared` wrapper cannot be used on local variables.",
      "* Add arm64 binaries to the release packages.",
    ].join("\n");
    const shown = entries(notes);
    expect(shown[0]).toBe("feature|Enhancements|Build in strict concurrency mode with Xcode 16. Apps built with older Xcode are unaffected, so this should only silence warnings.");
    expect(shown.some((entry) => entry.includes("`Store.open()`") || entry.includes("caveats"))).toBe(false);
    expect(shown).toContain("feature|Enhancements|Add arm64 binaries to the release packages.");
  });
});

describe("a breaking change whose sub-items say what goes away", () => {
  it("keeps them with it", () => {
    const notes = ["## 2.0.0", "", "### Breaking changes", "", "- The plugin API was reworked", "  - Added: `definePlugin`, `PluginContext`", "  - Removed: `registerPlugin`", "- Drop Node 16"].join("\n");
    const shown = texts(notes);
    expect(shown).toContain("The plugin API was reworked (Added: `definePlugin`, `PluginContext`; Removed: `registerPlugin`)");
    expect(shown).toContain("Drop Node 16");
  });
  it("in Japanese notes too", () => {
    const notes = ["## v3.0.0", "", "### 破壊的変更", "", "- `Parser` クラスの構成が変更", "  - 新たに実装: `TokenParser`", "  - 廃止: `Parser<T>`"].join("\n");
    expect(texts(notes)[0]).toBe("`Parser` クラスの構成が変更 (新たに実装: `TokenParser`; 廃止: `Parser<T>`)");
  });
  it("but not an explanation, which would swamp the change", () => {
    const notes = ["## 2.0.0", "", "### Breaking changes", "", "- Require Python 3.10 or later for every install", "  - Remove support for Python 3.8. This lets us use newer typing features and simplifies the code."].join("\n");
    expect(texts(notes)).toContain("Require Python 3.10 or later for every install");
  });
});
