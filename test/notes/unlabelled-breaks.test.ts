// What breaks for users is read as breaking even where the notes do not label it: a raised runtime floor or a dropped
// module format typed as a chore, a bold "**Breaking**" marker without its colon, and a lead-in over a table of
// removed APIs under a breaking heading (one change, counted by its rows).
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { dropsModuleFormat, raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";

const kinds = (notes: string, version = "0.11.0"): Array<[string, string]> => readNotesModel(notes, 20, version).entries.map((entry) => [entry.kind, entry.text]);
const kindOf = (notes: string, words: string, version?: string): string | undefined => kinds(notes, version).find(([, text]) => text.includes(words))?.[0];

describe("a raised runtime floor or a dropped module format", () => {
  it("breaks though typed as a chore or a refactor, under changesets' bump headings", () => {
    const notes = ["## 0.11.0", "", "### Minor Changes", "", "- refactor(build): 优化构建配置，仅支持 UMD/ESM 模式", "- feat: 新增 echarts 插件", "", "### Patch Changes", "", "- chore: node >= `20.x`", "- fix: 修复表格问题", ""].join("\n");
    expect(kindOf(notes, "UMD/ESM")).toBe("breaking");
    expect(kindOf(notes, "20.x")).toBe("breaking");
    expect(kindOf(notes, "echarts")).toBe("feature");
  });

  it("is read in each way notes state it", () => {
    for (const text of ["engines: node >=20", "Requires Node 20", "最低 Node 20", "Node.js 20 以上が必要です", "Node 20 이상", "Node.js 20 以上"]) expect(raisesPlatformFloor(text), text).toBe(true);
    for (const text of ["This package only ships ESM now", "Drop CommonJS build", "移除 cjs 产物", "ESM のみ提供します", "ESM만 지원합니다"]) expect(dropsModuleFormat(text), text).toBe(true);
  });

  it("stays what it is when only the project's own CI or tests move, or nothing is dropped", () => {
    const notes = ["## 0.11.0", "", "### Patch Changes", "", "- chore: run tests on node >= 20 in CI", "- chore: 将 release build 的 Node 版本设置为 `18.x`", ""].join("\n");
    expect(kindOf(notes, "CI")).not.toBe("breaking");
    expect(kindOf(notes, "release build")).not.toBe("breaking");
    expect(dropsModuleFormat("Add an ESM build beside the CommonJS one")).toBe(false);
    expect(raisesPlatformFloor("URLSessionWebSocketChannel の iOS 13 以上を指定する、アトリビュートを削除する")).toBe(false);
  });
});

describe("a bold breaking marker without a colon", () => {
  it("marks its change as breaking under any heading", () => {
    const notes = ["## 3.6.4", "", "### Patch Changes", "", "- Fixed `a` querying the wrong block.", "- **Breaking** Removed `Actions.zone.getDepositStatus`. Use `b` instead.", ""].join("\n");
    expect(kindOf(notes, "getDepositStatus", "3.6.4")).toBe("breaking");
    const zh = ["## 3.6.4", "", "### 修复", "", "- 修复查询问题", "- **破坏性变更** 移除 `legacyMode` 参数", ""].join("\n");
    expect(kindOf(zh, "legacyMode", "3.6.4")).toBe("breaking");
  });

  it("is no marker where a sentence only opens in bold", () => {
    const notes = ["## 3.6.4", "", "### Patch Changes", "", "- **Breaking changes** are listed in the migration guide.", "- Fixed `a`.", ""].join("\n");
    expect(kindOf(notes, "migration guide", "3.6.4")).not.toBe("breaking");
  });
});

describe("a lead-in over a table of removed APIs under a breaking heading", () => {
  const table = ["| Module | API |", "| --- | --- |", "| `lib/button` | `ButtonComponent#search` |", "| `lib/input` | `AutoSizeType` |", "| `lib/modal` | `onOk` |", ""];
  it("is one breaking change that counts the rows, in the notes' language", () => {
    const notes = ["## 22.0.0", "", "### Features", "", "- add date adapter support", "", "### ⚠ BREAKING CHANGES", "", "Remove the following APIs which were marked as deprecated in the previous version:", "", ...table].join("\n");
    expect(kinds(notes, "22.0.0")).toContainEqual(["breaking", "Removes 3 deprecated APIs"]);
    const zh = ["## 22.0.0", "", "### 新功能", "", "- 新增日期适配器", "", "### ⚠ 破坏性变更", "", "移除以下在上一版本中已废弃的 API：", "", ...table].join("\n");
    expect(kinds(zh, "22.0.0")).toContainEqual(["breaking", "移除 3 个已废弃的 API"]);
  });

  it("is no change outside a breaking heading", () => {
    const notes = ["## 22.0.0", "", "### Features", "", "- add date adapter support", "", "### Notes", "", "Remove the following APIs which were marked as deprecated in the previous version:", "", ...table].join("\n");
    expect(kinds(notes, "22.0.0").some(([, text]) => text.includes("Removes 3"))).toBe(false);
  });
});
