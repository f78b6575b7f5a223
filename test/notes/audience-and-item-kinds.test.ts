// Reading classes of real notes: a title that names whom a part is for labels that part, and what each item says of
// itself gives its kind where the label over it names several kinds. The notes are real text (MAA, Homebrew), or built
// from it.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const texts = (notes: string, options = {}) => posts(notes, { ...PROJECT, ...options });
/** Each entry as "kind|label|text". */
const read = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? ""}|${entry.text}`);

describe("a title that names whom a part is for labels it", () => {
  // MAA 4.8.0-alpha.1, shortened.
  const maa = `## v4.8.0-alpha.1

- 新增 借助战打一局赚 30 信用功能，请进入设置开启~ @Hydrogina
- 修复 OF 关卡导航识别问题 @ABA2396

### For Overseas

- Support Login, Base, Recruiting for the KR client @178619
- Fix drops recognition errors for the JP client @MistEO

### For Developers

**The \`master\` branch cannot be built on Linux and macOS because the ONNX Runtime adaptation is not finished yet, so please use \`stable\` branch for now. Feel free to join us in this work!**

- Deprecate \`Visit\` task and merge it into \`Mall\` task @MistEO
- Add \`async_connect\` API, plz refer to \`AsstCaller.h\` to use @MistEO
`;

  it("'For Developers' over a notice and a list is no change: its items are, under its label", () => {
    const entries = read(maa);
    expect(entries.some((entry) => entry.endsWith("|For Developers"))).toBe(false);
    expect(entries).toContain("deprecation|For Developers|Deprecate `Visit` task and merge it into `Mall` task");
    expect(entries).toContain("feature|For Developers|Add `async_connect` API, plz refer to `AsstCaller.h` to use");
  });

  it("the notice under it advises those readers: it is no highlight", () => {
    const notice = readNotesModel(maa).entries.find((entry) => entry.text.startsWith("The `master` branch"));
    expect(notice?.kind).toBe("other");
    expect(texts(maa)[0]).not.toContain("• For Developers");
  });

  it("titles for a part in other words and scripts label it; a title that says what it does stays a change", () => {
    for (const title of ["For the Windows client", "面向开发者", "開発者向け", "개발자를 위한"]) {
      const entries = read(`## 1.2.0\n\n### ${title}\n\nBuild it from the \`stable\` branch for now. Feel free to help us.\n\n- Add \`x\` option\n`);
      expect(entries).toEqual([`other|${title}|Build it from the \`stable\` branch for now.`, `other|${title}|Feel free to help us.`, `feature|${title}|Add \`x\` option`]);
    }
    expect(read("## 1.2.0\n\n### Fix config file search\n\nThe search now stops at the project root.\n")[0]).toMatch(/^\w+\|\|Fix config file search/u);
  });
});

describe("under a label that names several kinds, each change's own words give its kind", () => {
  // Homebrew 4.4.0, shortened.
  const brew = `Today, I'd like to announce Homebrew 4.4.0.

Major changes and deprecations since 4.3.0:

- [macOS Sequoia (15) is officially supported by Homebrew.](https://github.com/Homebrew/brew/pull/18296)
- [macOS Monterey (12) is no longer supported by Homebrew and no longer a CI target for Homebrew.](https://github.com/Homebrew/brew/pull/18314)
- [\`url do\` blocks are deprecated for casks.](https://github.com/Homebrew/brew/pull/18407)
- [An Ubuntu 24.04 Docker image was added.](https://github.com/Homebrew/brew/pull/17293)
- [\`brew tab\` is a new command for editing tab information.](https://github.com/Homebrew/brew/pull/17449)
- [Disabled packages output the date when they will be disabled.](https://github.com/Homebrew/brew/pull/17721)
`;

  it("'Major changes and deprecations' as a colon lead-in holds big changes; a deprecation, a support dropped stand apart", () => {
    const kinds = Object.fromEntries(readNotesModel(brew).entries.filter((entry) => !entry.prose).map((entry) => [entry.text.slice(0, 20), entry.kind]));
    expect(kinds).toEqual({
      "macOS Sequoia (15) i": "highlight",
      "macOS Monterey (12) ": "breaking",
      "`url do` blocks are ": "deprecation",
      "An Ubuntu 24.04 Dock": "highlight",
      "`brew tab` is a new ": "highlight",
      "Disabled packages ou": "highlight",
    });
  });

  it("no addition shows under 'Breaking changes', in a post or a thread", () => {
    for (const post of [...texts(brew), ...texts(brew, { thread: true })]) {
      const breaking = /⚠️ Breaking changes:\n((?:• .*\n?)*)/u.exec(post)?.[1] ?? "";
      expect(breaking).not.toMatch(/supported by Homebrew\.\n|was added|is a new command|deprecated/u);
    }
  });

  it("under 'Bug fixes and improvements' a fix is a fix and an addition a feature; under a breaking one an addition is no break", () => {
    const entries = read("## 1.2.0\n\n### Bug fixes and improvements\n\n- Fix the crash on start\n- Add a `--quiet` flag\n- Faster start\n\n### Breaking changes and new features\n\n- `--spec` was removed\n- A `--json` option was added\n");
    expect(entries.map((entry) => entry.split("|")[0])).toEqual(["fix", "feature", "fix", "breaking", "feature"]);
  });

  it("what a change says of itself: 'was added', 'is a new command', 'is deprecated'", () => {
    const own = (text: string) => readNotesModel(`- ${text}\n`).entries[0]?.kind;
    expect(own("An Ubuntu 24.04 Docker image was added.")).toBe("feature");
    expect(own("`brew tab` is a new command for editing tab information.")).toBe("feature");
    expect(own("`url do` blocks are deprecated for casks.")).toBe("deprecation");
    expect(own("Node 16 is no longer supported.")).not.toBe("feature");
  });
});

describe("a Chinese, Japanese or Korean change's verb gives its kind in a list without sections", () => {
  const own = (text: string) => readNotesModel(`- ${text}\n- 修复 X\n`).entries[0]?.kind;

  it("enabling, adding and supporting are features; merging and optimising are changes; refactoring is internal", () => {
    expect(own("启用 ONNX Runtime 进行 OCR，大幅降低内存占用")).toBe("feature");
    expect(own("引入 新的缓存机制")).toBe("feature");
    expect(own("合并 `访问好友` 和 `信用购物` 功能")).toBe("change");
    expect(own("优化 界面布局及描述")).toBe("change");
    expect(own("重构 内部回调体系")).toBe("internal");
  });

  it("Japanese and Korean verbs at the end: 対応, サポート, 지원 add; 改善, 개선 change; a bug 対応 fixes", () => {
    expect(own("iOS 18 に対応")).toBe("feature");
    expect(own("ダークモードをサポートしました")).toBe("feature");
    expect(own("다크 모드 지원")).toBe("feature");
    expect(own("起動速度を改善")).toBe("change");
    expect(own("검색 성능 개선")).toBe("change");
    expect(own("保存時の不具合に対応")).toBe("fix");
    expect(own("Windows 7 のサポートを終了")).not.toBe("feature");
  });

  it("MAA's headline, the first of its list, is a feature and comes before the fixes", () => {
    const notes = "- 启用 ONNX Runtime 进行 OCR，大幅降低内存占用、提高推理速度\n- 修复 水月肉鸽 不期而遇关卡直接放弃的问题\n- 修复 minitouch 路径错误无法使用的问题\n- 优化 界面布局及描述\n";
    expect(texts(notes)[0]).toMatch(/^[^\n]*\n\n• 启用 ONNX Runtime[^\n]*\n• 优化 界面布局及描述\n• 修复 水月肉鸽/u);
  });
});
