// Round 8 of reading the notes: a list's items are shaped alike, an icon only decorates, and a lead-in that says nothing
// of its list labels nothing.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const model = (notes: string) => readNotesModel(notes).entries;
const texts = (notes: string): string[] => model(notes).map((entry) => entry.text);

describe("a title among titled siblings", () => {
  it("stays when it names a kind, as its siblings' titles stay", () => {
    const notes = ["## 1.4.0", "", "### 🔧 개선사항", "", "- **문서 구조**: 목차가 있는 문서 구성", "- **예제 향상**: 설정 파일에 대한 예제", "- **문제 해결 가이드**: 일반적인 문제 및 해결 방법"].join("\n");
    expect(texts(notes)).toContain("예제 향상: 설정 파일에 대한 예제");
  });
  it("stays in English notes too", () => {
    const notes = ["## 1.4.0", "", "### Improvements", "", "- **Sidebar**: collapsible groups", "- **Improvements**: Faster search in large vaults", "- **Export**: PDF keeps page breaks"].join("\n");
    expect(texts(notes)).toContain("Improvements: Faster search in large vaults");
  });
  it("is judged per list: a list of plain changes after it keeps its kind names out", () => {
    const notes = ["## 1.4.0", "", "### Improvements", "", "- **Sidebar**: collapsible groups", "- **Export**: PDF keeps page breaks", "", "### Fixes", "", "- Fixes: Crash on start", "- Fixes: Lost line breaks on export", "- Fixes: Wrong icon"].join("\n");
    expect(texts(notes)).toEqual(["Sidebar: collapsible groups", "Export: PDF keeps page breaks", "Crash on start", "Lost line breaks on export", "Wrong icon"]);
  });
  it("still goes when every title only names the kind", () => {
    const notes = ["## 1.4.0", "", "### 修复", "", "- 修复：启动时崩溃", "- 修复：导出时丢失换行"].join("\n");
    expect(texts(notes)).toEqual(["启动时崩溃", "导出时丢失换行"]);
  });
  it("still goes when it is a tag in capitals", () => {
    const notes = ["## 1.4.0", "", "### Fixes", "", "- **Sidebar**: groups no longer collapse on reload", "- **FIXES**: Crash on start", "- **Export**: PDF keeps page breaks"].join("\n");
    expect(texts(notes)).toContain("Crash on start");
  });
  it("keeps a title whose icon only decorates it", () => {
    const notes = ["## 0.2.9", "", "### 新功能", "", "- ✨ **切换动画**：列表和详情区域添加平滑过渡动画", "- 支持导出为 PDF"].join("\n");
    expect(texts(notes)[0]).toBe("✨ 切换动画：列表和详情区域添加平滑过渡动画");
  });
  // Its time is measured in `npm run bench` ("20,000 bold-titled items"); here, that such a list reads whole and right.
  it("reads a long list of titled items, each with its title", () => {
    const items = Array.from({ length: 2_000 }, (_, at) => `- **Title ${at}**: Improvements to part ${at}`);
    const notes = ["## 1.0.0", "", "### Improvements", "", ...items].join("\n");
    const entries = readNotesModel(notes).entries;
    expect(entries[0]?.text).toBe("Title 0: Improvements to part 0");
    expect(entries.at(-1)?.text).toMatch(/^Title \d+: Improvements to part \d+$/u);
  });
});

describe("an icon that only decorates", () => {
  it("leaves the section's kind", () => {
    const notes = ["## 0.2.9", "", "### 新功能 / Added", "", "- 📌 **Prompt 置顶功能**：支持将重要 Prompt 置顶显示", "- 📝 **排序文案**：将“最新优先”简化为“最新”", "", "### Fixed", "", "- 📝 Typo in the settings page"].join("\n");
    const [pinned, wording, typo] = model(notes);
    expect(pinned?.kind).toBe("feature");
    expect(wording?.kind).toBe("feature");
    expect(typo?.kind).toBe("fix");
  });
  it("still says the kind under a catch-all", () => {
    const notes = ["## 1.0.0", "", "### Other", "", "- 📝 Reword the README"].join("\n");
    expect(model(notes)[0]?.kind).toBe("docs");
  });
});

describe("a lead-in that says nothing of its list", () => {
  it("labels nothing", () => {
    const notes = ["## [v3.19.4](https://example.com) (2023-10-04)", "", "**Merged pull requests:**", "", "- Address rails 7.1 deprecation when using `Concurrency` [\\#1097](https://example.com/1097)"].join("\n");
    expect(model(notes)[0]?.label).toBeNull();
  });
  it("leaves the section's label", () => {
    const notes = ["## 1.0.0", "", "### Bug fixes", "", "**Merged pull requests:**", "", "- Crash on start", "- Lost line breaks"].join("\n");
    expect(model(notes).map((entry) => entry.label)).toEqual(["Bug fixes", "Bug fixes"]);
  });
  it("labels nothing as an item over the list or a line of its own", () => {
    const over = ["## 1.0.0", "", "- What's Changed", "  - Crash on start fixed", "  - Faster export"].join("\n");
    expect(model(over).map((entry) => entry.label)).toEqual([null, null]);
    const line = ["## 1.0.0", "", "### Fixes", "", "- Merged pull requests:", "- Crash on start", "- Lost line breaks"].join("\n");
    expect(model(line).map((entry) => entry.label)).toEqual(["Fixes", "Fixes"]);
  });
  it("is a catch-all that is the only label", () => {
    const notes = ["## 1.0.0", "", "### Other changes", "", "- Crash on start", "- Faster export"].join("\n");
    expect(model(notes).map((entry) => entry.label)).toEqual([null, null]);
  });
  it("is not a catch-all beside changes that show under their kind", () => {
    const notes = ["## 1.0.0", "", "- Dark mode", "", "### Other things", "", "- Faster export"].join("\n");
    expect(model(notes).map((entry) => entry.label)).toEqual([null, "Other things"]);
  });
  it("is not a catch-all beside other labels", () => {
    const notes = ["## 1.0.0", "", "### Features", "", "- Dark mode", "", "### Other", "", "- Faster export"].join("\n");
    expect(model(notes).map((entry) => entry.label)).toEqual(["Features", "Other"]);
  });
  it("keeps a lead-in that names a kind", () => {
    const notes = ["## 1.0.0", "", "**Fixes:**", "", "- Crash on start"].join("\n");
    expect(model(notes)[0]?.label).toBe("Fixes");
  });
});

describe("a squashed pull request's commits under a breaking section", () => {
  it("are no breaking changes, typed or not; the note before them is", () => {
    const notes = ["# 19.0.0", "", "### BREAKING CHANGES", "", "* migrate to pure ESM", "* feat: migrate to pure ESM", "* chore: update snapshot", "* test: migrate to vitest", "* Apply suggestions from code review", "* fix: load `parserPreset` with another `await`", "* Update .eslintrc.cjs"].join("\n");
    const breaking = model(notes).filter((entry) => entry.kind === "breaking").map((entry) => entry.text);
    expect(breaking).toEqual(["migrate to pure ESM"]);
  });
  it("leave a breaking list of plain notes alone", () => {
    const notes = ["# 2.0.0", "", "### BREAKING CHANGES", "", "* Drop Node 16", "* Rename `load` to `read`", "* Remove the `--fast` flag", "* fix: the config is read once"].join("\n");
    expect(model(notes).filter((entry) => entry.kind === "breaking")).toHaveLength(3);
  });
});

describe("a sub-heading that names its section's kind again", () => {
  it("shows under the section's own words", () => {
    const notes = ["## v9.1.7", "", "### 破坏性修改 / Breaking Changes", "- [破坏性修改] 当select控件的trackItemBy属性有效时判定value值是否有变更", "", "#### 破坏性说明", "", "select控件的`valueChange`事件触发时机有细微的变化。"].join("\n");
    expect(new Set(model(notes).map((entry) => entry.label))).toEqual(new Set(["破坏性修改"]));
  });
  it("keeps a name of its own", () => {
    const notes = ["## 2.0.0", "", "### Breaking Changes", "- Drop Node 16", "", "#### Breaking changes in the CLI", "", "- Remove the `--fast` flag"].join("\n");
    expect(model(notes).map((entry) => entry.label)).toContain("Breaking changes in the CLI");
  });
});
