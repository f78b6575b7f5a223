// Kinds that ranked the wrong change first (closed issues' titles, a bump written with code marks, whitespace
// "removed", vague speed-ups, incompatibility said in words, gitmoji guesses), the crumbs a site-named reference leaves,
// and addresses no reader can open.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("github_changelog_generator's sections", () => {
  it("'Closed issues' lists issue titles, not changes: the section goes; the change sections keep their kinds", () => {
    expect(headingMeaning("Closed issues")).toBe("drop");
    expect(headingMeaning("Implemented enhancements")).toBe("feature");
    expect(headingMeaning("Fixed bugs")).toBe("fix");
    const model = entries(
      "**Closed issues:**\n\n- Add retries exhausted callback [\\#1080](https://github.com/o/r/issues/1080)\n\n**Fixed bugs:**\n\n- Address rails 7.1 deprecation [\\#1097](https://github.com/o/r/pull/1097)\n",
    );
    expect(model.some((line) => line.includes("retries"))).toBe(false);
    expect(model.some((line) => line.startsWith("fix|") && line.includes("rails 7.1"))).toBe(true);
  });
});

describe("a change's kind from its words", () => {
  it("a package updated to a version, with or without code marks, is a dependency update", () => {
    for (const text of ["Updates `@keystar/ui` to `0.9.5`", "Update `react-dom` to 18.3.1", "Updated dependencies"]) expect(readItem(text).kind, text).toBe("dependencies");
  });

  it("taking away whitespace, stray characters, a bug or a warning fixes something; taking away an option is a removal", () => {
    for (const text of ["Removes leading and trailing whitespace from UUIDs provided in Admin UI list search fields", "Remove the stray deprecation warning on start", "Strip trailing newlines from the output", "Remove a race condition in the scheduler"]) {
      expect(readItem(text).kind, text).toBe("fix");
    }
    for (const text of ["Remove the deprecated `foo` option", "Removes the `legacy` export", "Drop the `--old` flag"]) expect(readItem(text).kind, text).toBe("removal");
  });

  it("a vague speed-up is performance; a vague mix of fixes and speed stays filler", () => {
    expect(readItem("Minor performance optimizations").kind).toBe("performance");
    expect(readItem("Various performance improvements").kind).toBe("performance");
    expect(readItem("Bug fixes and performance improvements").kind).toBe("internal");
  });

  it("incompatibility said in words, in any language, breaks; fixing one does not", () => {
    for (const text of ["更新 `login/status` 接口(返回字段和之前不一样)", "The config format is no longer compatible with 1.x", "設定ファイルは以前のバージョンと互換性がありません", "The output format is not backwards compatible with previous versions", "This breaks backwards compatibility for plugins"]) {
      expect(readItem(text).kind, text).toBe("breaking");
    }
    for (const text of ["Fix the config being no longer compatible with 1.x", "修复返回字段和之前不一样的问题", "Add a compatibility layer for plugins"]) expect(readItem(text).kind, text).not.toBe("breaking");
  });

  it("a noise kind read only from a leading icon says so, for a section heading to overrule", () => {
    expect(readItem("📌 Prompt 置顶功能：支持将重要 Prompt 置顶显示")).toMatchObject({ kind: "dependencies", icon: true });
    expect(readItem("📝 排序文案简化")).toMatchObject({ kind: "docs", icon: true });
    expect(readItem("✨ 切换动画").icon).toBeUndefined();
    expect(readItem("Update the README").icon).toBeUndefined();
  });
});

describe("references and what they leave", () => {
  it("a reference with its site's name goes whole: 'github #184', 'gitee #I7ABC1', 'GitHub issue #12'", () => {
    expect(cleanText("修复：某些场景下 group by 字段错误，而导致生产的sql错误，github #184")).toBe("修复：某些场景下 group by 字段错误，而导致生产的sql错误");
    expect(cleanText("修复：X 问题 gitee #I7ABC1")).toBe("修复：X 问题");
    expect(cleanText("Fix the crash on start, GitHub issue #12")).toBe("Fix the crash on start");
    expect(cleanText("Support `#include` lines in GitHub")).toBe("Support `#include` lines in GitHub");
  });

  it("'issue' stays where it is the sentence's noun, and goes where it only named the reference", () => {
    expect(cleanText("Fix zombie git proc issue #1012")).toBe("Fix zombie git proc issue");
    expect(cleanText("Fix the issue #12 where the app crashes")).toBe("Fix the issue where the app crashes");
    expect(cleanText("Fix crash (see issue #12)")).toBe("Fix crash");
    expect(cleanText("Fix crash, closes issue #12")).toBe("Fix crash");
    expect(cleanText("Issue #12: crash on start is fixed")).not.toMatch(/issue|#12/iu);
  });
});

describe("addresses no reader can open", () => {
  it("localhost, 127.0.0.1, 0.0.0.0 and *.local go with the separators they leave; the sentence stays", () => {
    expect(cleanText("新增二维码登录相关接口和相关 demo(http://localhost:3000/qrlogin.html, http://localhost:3000/cloud.html),更新 d.ts")).toBe("新增二维码登录相关接口和相关 demo,更新 d.ts");
    expect(cleanText("The dev server now runs at http://127.0.0.1:5173 by default")).toBe("The dev server now runs by default");
    expect(cleanText("Serve the docs (http://0.0.0.0:8080) and the API")).toBe("Serve the docs and the API");
    expect(cleanText("Discover printers like http://printer.local/ipp automatically")).toBe("Discover printers like automatically");
  });

  it("public addresses and code stay", () => {
    expect(cleanText("Docs moved to https://example.com/localhost-guide")).toBe("Docs moved to https://example.com/localhost-guide");
    expect(cleanText("Allow CORS for `http://localhost:3000`")).toBe("Allow CORS for `http://localhost:3000`");
  });
});
