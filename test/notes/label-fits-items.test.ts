// A label fits the items under it: it does not misname them (an API taken away under "Fixes:" or "新功能：" is a
// removal), and an item that opens with the label's word keeps it.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";
import { removesApiOrSupport } from "../../src/notes/kinds/api-removals.js";

describe("a label over items that open with its word", () => {
  // "Added:" then "• Added `Runtime` to…": cutting the item's verb leaves a fragment ("• `Runtime` to…") and, in
  // Chinese, a fix read as the bug it fixes ("修复：• 表头错位的问题"). The item stays as the notes wrote it.
  it("keeps the item whole", () => {
    const post = single("### Added\n\n- Added `Runtime` to the `Run` event, which stores how long a constructor ran\n\n### Fixed\n\n- Fixed a crash when the config file is empty");
    expect(post).toContain("• Added `Runtime` to the `Run` event");
    expect(post).toContain("• Fixed a crash when the config file is empty");
    const zh = single("### 修复\n\n- 修复了表格滚动时表头错位的问题");
    expect(zh).toContain("• 修复了表格滚动时表头错位的问题");
  });
});

describe("a label that misnames its items", () => {
  it("files an API taken away under changesets' Patch Changes as a removal, and a fix that removes a log line as a fix", () => {
    const post = single("## 5.0.0\n\n### Patch Changes\n\n- Remove `useQueryEditor`, `useVariableEditor` hooks\n- Remove stray log line in the editor\n- Fix the editor crash on paste", { version: "5.0.0" });
    expect(post).toMatch(/Removed:\n• Remove `useQueryEditor`, `useVariableEditor` hooks/u);
    expect(post).toMatch(/Fixes:\n(?:• .*\n)*• Remove stray log line/u);
    expect(post).not.toMatch(/Fixes:\n(?:• .*\n)*• Remove `useQueryEditor`/u);
  });

  it("files support dropped under a features heading as a removal (zh)", () => {
    const post = single("## 1.7.1 (2025-12-09)\n\n### Features\n\n- **runtime:** 去掉vue2的兼容\n- **editor:** 新增拖拽排序\n\n### Bug Fixes\n\n- **core:** 修复节点丢失", { version: "1.7.1" });
    expect(post).toMatch(/移除：\n• runtime: 去掉vue2的兼容/u);
    expect(post).not.toMatch(/新功能：\n• runtime: 去掉vue2/u);
  });

  it("reads a removal of API or support in the notes' languages, by what is removed", () => {
    for (const text of [
      "replace `onCopyQuery` hook with `copyQuery` function",
      "Drop support for Node 16",
      "删除 `foo` 属性",
      "`bar` オプションを削除",
      "Gateway, Connection에서 Timer, Topic 삭제",
      "Die Option `--legacy` wurde entfernt",
      "Suppression de la méthode `render()`",
      "Se elimina el soporte de Node 16",
      "Removido o suporte ao Python 3.8",
    ])
      expect(removesApiOrSupport(text), text).toBe(true);
    for (const text of ["Remove stray log line", "Remove unused `foo` helper", "删除无用的日志", "내부적으로 더 이상 사용하지 않는 프로토 버퍼 패킷을 삭제했습니다.", "Fix the option parser", "Add `foo` prop", "新增批量删除接口", "Soporte para la eliminación de archivos desde la API"])
      expect(removesApiOrSupport(text), text).toBe(false);
  });
});
