// How notes mark what is withdrawn, what breaks and what is boilerplate: struck-out words, warning signs inside an
// item, plain-text NEWS headers, and what a maintenance label says about a change. Built from real notes (MAA,
// TDesign miniprogram, tcpdump, kintone UI Component, vue-pure-admin).
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { isDateOnly } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import type { Release } from "../../src/core/types.js";

describe("struck-out words are withdrawn", () => {
  it("drops ~~…~~ from an item, a continuation line and a paragraph, in any language", () => {
    const blocks = readMarkdown(`- 启用 ONNX Runtime 进行 OCR  \n    ~~终于踢了 PPOCR，但目前识别准确率有轻微下降~~
- Add a ~~slow~~ fast path

The ~~beta~~ build is out.
`).blocks.map((block) => block.text);
    expect(blocks.join("\n")).not.toMatch(/PPOCR|slow|beta|~/u);
    expect(blocks).toContain("Add a fast path");
    expect(blocks.some((text) => text.startsWith("启用 ONNX Runtime 进行 OCR"))).toBe(true);
  });
});

describe("a warning sign inside a change flags what breaks", () => {
  it("after a component name or a full-width semicolon, even under Bug Fixes; the sign goes, code keeps its own", () => {
    const entries = readNotesModel(`### Bug Fixes

- \`Button\`: ⚠️ \`--td-button-xx-font-size\` 系列变更为 \`--td-button-xx-font\`；⚠️ 移除 \`--td-button-font-weight\`
- \`Popover\`: 修复外部样式类 \`class\` 无效
- fix: show \`⚠\` in the log prefix
- Rename the \`old\` flag 💥 to \`new\`
`).entries;
    const read = entries.map((entry) => `${entry.kind}|${entry.text}`);
    expect(read).toContain("breaking|`Button`: `--td-button-xx-font-size` 系列变更为 `--td-button-xx-font`；移除 `--td-button-font-weight`");
    expect(read).toContain("breaking|Rename the `old` flag to `new`");
    expect(read).toContain("fix|`Popover`: 修复外部样式类 `class` 无效");
    expect(read.some((line) => line.startsWith("fix|") && line.includes("`⚠`"))).toBe(true);
  });

  it("not an exclamation mark: '❗' says important, not breaking", () => {
    const [entry] = readNotesModel("### Features\n\n- ❗ Important: add a cache for parsed files\n").entries;
    expect(entry?.kind).toBe("feature");
  });
});

describe("a plain-text NEWS file's header is no change", () => {
  it("a weekday date signed by the releaser's e-mail, and a 'Summary for <version> <project> release' title, go", () => {
    const notes = `Friday, September 20, 2019, by mcr@sandelman.ca
  A huge thank you to Denis, Francois-Xavier and Guy who did much of the heavy lifting.
  Summary for 4.9.3 tcpdump release
    Fix buffer overflow/overread vulnerabilities:
      CVE-2017-16808 (AoE)
      CVE-2018-14468 (FrameRelay)
      CVE-2018-14469 (IKEv1)
    Fix for cmdline argument/local issues:
      CVE-2018-14879 (tcpdump -V)
`;
    const release: Release = { version: "4.9.3", tag: "tcpdump-4.9.3", name: "tcpdump-4.9.3", repo: "tcpdump", owner: "the-tcpdump-group", url: "https://example.com/r", notes };
    const read = composePosts(release, { thread: true }).posts.map((post) => post.text).join("\n");
    expect(read).not.toMatch(/Summary for|sandelman|September/u);
    expect(read).toMatch(/CVE-2018-14879/u);
  });

  it("a date line may open with its weekday and close with who released it; a sentence after the date says more", () => {
    expect(isDateOnly("Friday, September 20, 2019, by mcr@sandelman.ca")).toBe(true);
    expect(isDateOnly("Tue 2024-01-02 by @octocat")).toBe(true);
    expect(isDateOnly("September 20, 2019, by mcr@sandelman.ca who fixed the BGP printer")).toBe(false);
  });
});

describe("a maintenance label says the change is internal, whatever its verb", () => {
  it("'改善'/'优化' under メンテナンス or 维护 ranks as internal work, not as a change before the fixes", () => {
    const read = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);
    expect(read("### 不具合修正\n- 表示されるように修正\n### メンテナンス\n- ソースコードの coverage とユニットテストの品質を改善\n")).toContain("internal|ソースコードの coverage とユニットテストの品質を改善");
    expect(read("### 修复\n- 修复 显示问题\n### 维护\n- 优化 单元测试的质量\n")).toContain("internal|优化 单元测试的质量");
  });
});

describe("a rework users meet is no internal noise under a 'Refactor' label", () => {
  it("a renamed config key or a reworked API response format is a change; a linter upgrade stays internal", () => {
    const read = readNotesModel("### ✔️ Refactor\n\n- 重构`API`接口响应格式，带来简洁高效的接口设计\n- `eslint`升级至`v10`版本\n- 将全局配置文件`platform-config.json`中的`ShowModel`重命名为`TagsStyle`\n").entries.map((entry) => `${entry.kind}|${entry.text}`);
    expect(read).toContain("change|重构`API`接口响应格式，带来简洁高效的接口设计");
    expect(read).toContain("change|将全局配置文件`platform-config.json`中的`ShowModel`重命名为`TagsStyle`");
    expect(read.find((line) => line.includes("eslint"))).toMatch(/^(?:internal|dependencies)\|/u);
  });
});
