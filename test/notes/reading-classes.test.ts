// How notes are read and ranked, for classes of real notes: what users must act on before advice, breaking changes and
// removals said in Chinese, Japanese and Korean, notes written in two languages, asterisks that are code, and security
// fixes without a "Security" heading. The notes are real text (HTTPX, Alacritty, Easydict, Traefik), or built from it.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readMarkdown } from "../../src/notes/markdown.js";
import { readNotesModel } from "../../src/notes/model.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const release = (notes: string): Release => ({ version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "widget", owner: "octo", url: URL, notes });
const texts = (notes: string, options = {}) => composePosts(release(notes), options).posts.map((post) => post.text);

describe("notes written in two languages show each change once", () => {
  // Easydict 1.4.1's release notes (tisfeng/Raycast-Easydict), a Chinese list then the same in English.
  const easydict = `## [v1.4.1] - 2022-08-01

## 💎 优化

- 新增是否显示 Open In Eudic 选项，默认开启。
- 改进了 DeepL 请求错误时的处理，增加超出翻译限额的提示。

### 🐞 修复

- 修复了从网页下载的 Eudic 没有被正确识别的 Bug。

---

## [v1.4.1] - 2022-08-01

### 💎 Improvements

- Added show open in eudic preference switch option, default is true.
- Improved the handling of DeepL request errors, and added a toast for exceeding the translation quota limit.

### 🐞 Fixes

- Fixed a bug that Eudic downloaded from the web was not recognized correctly.
`;
  const [zh1, zh2, zh3] = ["新增是否显示 Open In Eudic 选项，默认开启。", "改进了 DeepL 请求错误时的处理，增加超出翻译限额的提示。", "修复了从网页下载的 Eudic 没有被正确识别的 Bug。"];
  const [en1, en2, en3] = [
    "Added show open in eudic preference switch option, default is true.",
    "Improved the handling of DeepL request errors, and added a toast for exceeding the translation quota limit.",
    "Fixed a bug that Eudic downloaded from the web was not recognized correctly.",
  ];
  const shown = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.label ?? "-"}|${entry.text}`);

  it("a list then its translation: the notes' main language stays, and '+N more' counts no translation", () => {
    expect(shown(easydict)).toEqual([`💎 优化|${zh1}`, `💎 优化|${zh2}`, `🐞 修复|${zh3}`]);
    const [post] = texts(easydict, { maxLength: 200 });
    expect(post).toMatch(/另有 [12] 项更新/u);
  });

  it("each change followed by its translation, or both on one line (labels too)", () => {
    expect(shown(`- ${zh1}\n- ${en1}\n- ${zh2}\n- ${en2}\n- ${zh3}\n- ${en3}\n`)).toEqual([`-|${zh1}`, `-|${zh2}`, `-|${zh3}`]);
    expect(shown(`### 🐞 修复 / Fixes\n\n- ${zh3} / ${en3}\n- ${zh1} / ${en1}\n`)).toEqual([`🐞 修复|${zh3}`, `🐞 修复|${zh1}`]);
    // Notes mostly in English keep the English half.
    expect(shown(`- ${en3} / ${zh3}\n- Added a dark theme for the settings window\n- Faster start on macOS with many plugins\n`)[0]).toBe(`-|${en3}`);
  });

  it("English commit subjects among Chinese changes, and a slash between names, are no translations", () => {
    const notes = "- 修复 `Select` 组件的样式问题\n- 新增 `Table` 组件\n- fix typo in the README file\n- chore: update the release workflow\n- 支持 React / Vue 组件\n";
    expect(shown(notes)).toHaveLength(5);
    expect(shown(notes)[4]).toBe("-|支持 React / Vue 组件");
  });
});

describe("asterisks that are code, not emphasis", () => {
  it("'HostSNI(*) and Host(*)' keeps both asterisks; emphasis around words still goes", () => {
    // Traefik v3.7.7.
    const [fix] = readMarkdown("- **[rules]** Fix consistency between HostSNI(*) and Host(*) ([#13460](https://github.com/traefik/traefik/pull/13460) @juliens)").blocks;
    expect(fix!.text).toContain("Fix consistency between HostSNI(*) and Host(*)");
    const [plain] = readMarkdown("- keep *really* important, f(*x*) and _this_").blocks;
    expect(plain!.text).toBe("keep really important, f(x) and this");
  });
});
