// What flattening nested notes into post lines must not leave: sub-point markers and stubs, a date heading as a label,
// OCaml-style role credits, a bold scope run into its sentence, a code span read as a type tag, a type tag kept in one
// section and not in another.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { isDateOnly } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import { subPointsAsItems } from "../../src/notes/formats/sub-points.js";
import { creditLeftover } from "../support/post-checks/credits.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("sub-points an item letters or numbers itself", () => {
  const notes = "## 新增\n\n1. vnpy_riskmanager模块重构\n    a. 采用插件式设计，提供标准化风控规则开发模板\n    b. 支持中国期货程序化交易系统监管要求中的风控规则\n    c. 输出拦截日志后播放提示声音\n2. vnpy_polygon数据服务接口，支持海外股票的历史数据获取\n";

  it("become the item's nested list, markers kept", () => {
    expect(subPointsAsItems(notes)).toContain("   - a. 采用插件式设计");
    expect(subPointsAsItems("- Fix x\n  (1) one\n  (2) two\n")).toContain("  - (2) two");
    expect(subPointsAsItems("- Fix x\n  ① one\n  ② two\n")).toContain("  - ② two");
    expect(subPointsAsItems("- Fix x\n  i. one\n  ii. two\n")).toContain("  - ii. two");
  });

  it("leave the item its head, never a stub that ends on a marker", () => {
    const read = texts(notes);
    // A head of a few words keeps its first point (rule-misfires.test.ts), so the points are not all lost.
    expect(read.some((text) => text.startsWith("vnpy_riskmanager模块重构："))).toBe(true);
    expect(read.some((text) => /(?:^|\s)[a-c]\.$/u.test(text) || /\s[a-c]\.\s/u.test(text))).toBe(false);
  });

  it("(guard) a single lettered line, or letters out of order, stay text", () => {
    expect(subPointsAsItems("- Fix x\n  a. only one\n")).toBe("- Fix x\n  a. only one\n");
    expect(subPointsAsItems("- Fix x\n  b. two\n  a. one\n")).toBe("- Fix x\n  b. two\n  a. one\n");
    expect(subPointsAsItems("Text\na. one\nb. two\n")).toBe("Text\na. one\nb. two\n");
  });
});

describe("a date heading is no label", () => {
  it("reads '2026. 06. 23.' as a date, as '2026.06.23' is", () => {
    expect(isDateOnly("2026. 06. 23.")).toBe(true);
    expect(isDateOnly("2026.06.23")).toBe(true);
  });

  it("labels no change with it", () => {
    const model = readNotesModel("### 2026. 06. 23.\n* 공통\n    * '무결성 인증' 기능 명칭을 '앱 증명'으로 변경\n* 앱 증명 기능 추가\n* 블랙리스트 차단 사유 오표출 버그 수정\n");
    expect(model.entries.some((entry) => (entry.label ?? "").includes("2026"))).toBe(false);
  });
});

describe("credits in OCaml's Changes form", () => {
  it("go whole from the change's end", () => {
    expect(cleanText("Fix shadow-stack-related crashes with TSan (Olivier Nicole, report by Nathan Taylor, review by Gabriel Scherer and Stefan Muenzel)")).toBe("Fix shadow-stack-related crashes with TSan");
    expect(cleanText("Fix issue with nested packs on macOS. (Vincent Laviron, review by Gabriel Scherer)")).toBe("Fix issue with nested packs on macOS.");
    expect(cleanText("robustify intern.c (review by Olivier Nicole)")).toBe("robustify intern.c");
    // A list of names with a serial comma: ", and Gabriel Scherer".
    expect(cleanText("OSEC-2026-01: robustify intern.c (Xavier Leroy and Nicolas Ojeda Bar, review by Olivier Nicole, Mindy Preston, Edwin Torok, and Gabriel Scherer)")).toBe("OSEC-2026-01: robustify intern.c");
  });

  it("(guard) a bracket that says something stays", () => {
    expect(cleanText("Fix the crash (reported by many users on Windows 11)")).toBe("Fix the crash (reported by many users on Windows 11)");
    expect(cleanText("Support Python 3.14 (free-threaded build)")).toBe("Support Python 3.14 (free-threaded build)");
  });

  it("are a credit leftover to the post checks", () => {
    const context = { posts: ["• Fix TSan bug (Olivier Nicole and Miod Vallat, report by Nathan Taylor, review by Gabriel Scherer)"], notes: "", notesAuthors: [] };
    expect(creditLeftover(context as unknown as Parameters<typeof creditLeftover>[0]).length).toBe(1);
  });
});

describe("a scope or a code word at an item's start", () => {
  it("a bold scope without its colon stays a scope, not capitalised into the sentence", () => {
    const read = readMarkdown("### Features\n\n* **compiler** remove shadow dom shim\n* **compiler:** re-enable build caching\n* **not** a scope here\n").blocks.filter((block) => block.kind === "item").map((block) => block.text);
    expect(read[0]).toBe("compiler: remove shadow dom shim");
    expect(read[2]).toBe("not a scope here");
  });

  it("a code span that goes on into the phrase is no type tag: `type` コマンド", () => {
    const items = readMarkdown("- `type` コマンドの仕様を CMD.exe 同様、第一引数必須とした。\n- `fix(core)` 修复\n- `test`: add cases\n").blocks.map((block) => block.text);
    expect(items[0]).toBe("`type` コマンドの仕様を CMD.exe 同様、第一引数必須とした。");
    expect(items[1]).toBe("fix(core): 修复");
    expect(items[2]).toBe("test: add cases");
  });
});

describe("type tags before Chinese, Japanese or Korean text go in every section alike", () => {
  const notes = "## v2.5.0\n\n### 🐛 Bug 修复\n\n- Fix: 修正 http/websocket client timeout\n- Fix: aiohttp 驱动未处理 WSMsgType.CLOSED 类型\n\n### 💫 杂项\n\n- Fix: 修正云湖适配器的 module_name\n- Dev: 修复 devcontainer corepack 安装 yarn 卡死\n";
  it("under a label of no kind too, and a Latin name before the CJK words keeps its case", () => {
    const text = composePosts({ owner: "nonebot", repo: "nonebot2", tag: "v2.5.0", version: "2.5.0", name: "v2.5.0", url: "https://example.com/r", notes }, { thread: true }).posts.map((post) => post.text).join("\n");
    expect(text).not.toMatch(/Fix: /u);
    expect(text).toContain("aiohttp 驱动");
    expect(text).not.toContain("Aiohttp");
  });
});
