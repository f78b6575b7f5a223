// Notes that say the whole list twice, a block per language with a rule or a heading between: each change shows once,
// in the language of the post's frame, and "+N more" counts it once.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "inkpad", owner: "octo", version: "2.0.0" };
const ZH = [
  "1. 修复切换笔记时内容可能被覆盖的问题",
  "2. 预览支持 Mermaid 图表，亮暗主题都适配",
  "3. 新增排版净化命令，规范中英文空格",
  "4. 支持批量导入文件夹，整理旧笔记更方便",
  "5. 导出 PDF 时保留目录和页码",
];
const EN = [
  "1. Fix a rare case where switching notes could overwrite a note",
  "2. Preview renders Mermaid diagrams in light and dark themes",
  "3. New Clean Typography command normalizes CJK and Latin spacing",
  "4. Batch import folders to bring old notes in",
  "5. PDF export keeps the table of contents and page numbers",
];
const JA = [
  "- ノート切り替え時に内容が上書きされる問題を修正しました",
  "- プレビューで Mermaid 図を表示できるようになりました",
  "- 文字の間隔を整えるコマンドを追加しました",
  "- フォルダをまとめて取り込めるようになりました",
  "- PDF 出力で目次とページ番号を保持するようになりました",
];

describe("a list told twice, one block per language", () => {
  it("keeps the Chinese block when a rule parts Chinese from English, and counts each change once", () => {
    const notes = ["# V2.0.0", "", ...ZH, "", "---", "", ...EN, ""].join("\n");
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("修复切换笔记时内容可能被覆盖的问题");
    expect(text).not.toMatch(/switching notes|Mermaid diagrams|Batch import/u);
    expect(text.match(/•/gu)).toHaveLength(5);
    const post = single(notes, PROJECT);
    expect(post).not.toMatch(/Typography|Preview renders/u);
    const shown = post.match(/•/gu)?.length ?? 0;
    expect(post).toMatch(shown === 5 ? /^(?![\s\S]*另有)/u : new RegExp(`另有 ${5 - shown} 项更新`, "u"));
  });

  it("keeps the block in the frame's language when English comes first and Japanese follows a heading", () => {
    const notes = ["## Changes", "", ...EN.map((line) => line.replace(/^\d\./u, "-")), "", "## 変更点", "", ...JA, ""].join("\n");
    const text = thread(notes, PROJECT).join("\n");
    const japanese = /リリース/u.test(text);
    expect(text).toMatch(japanese ? /上書きされる問題を修正/u : /switching notes could overwrite/u);
    expect(text).not.toMatch(japanese ? /switching notes|Batch import/u : /上書き|取り込め/u);
    expect(text.match(/•/gu)).toHaveLength(5);
  });

  it("keeps both blocks when the heading between them names another kind of change", () => {
    const notes = ["## 修复", "", "- 修复启动时崩溃的问题", "- 修复导出失败的问题", "", "## Features", "", "- Add a dark theme for the editor", "- Add an outline panel to the sidebar", ""].join("\n");
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("修复启动时崩溃的问题");
    expect(text).toMatch(/dark theme/u);
  });

  it("keeps both blocks when a rule parts two lists of different changes (修复… then Add…)", () => {
    const notes = ["## v1.0.0", "", "- 修复登录页面崩溃的问题", "- 修复导出文件名乱码的问题", "", "---", "", "- Add dark mode to the editor", "- Add CSV import for projects", ""].join("\n");
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("修复登录页面崩溃的问题");
    expect(text).toMatch(/dark mode/u);
    expect(text).toMatch(/CSV import/u);
  });
});
