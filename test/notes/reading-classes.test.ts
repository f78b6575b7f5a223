// How notes are read and ranked, for classes of real notes: what users must act on before advice, breaking changes and
// removals said in Chinese, Japanese and Korean, notes written in two languages, asterisks that are code, and security
// fixes without a "Security" heading. The notes are real text (HTTPX, Alacritty, Easydict, Traefik), or built from it.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { readNotesModel } from "../../src/notes/model.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const texts = (notes: string, options = {}) => posts(notes, { ...PROJECT, ...options });
/** Each entry as "kind|text". */
const kinds = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("what users must act on comes before advice", () => {
  // HTTPX 0.28.0, from its CHANGELOG.md.
  const httpx = `## 0.28.0 (28th November, 2024)

Be aware that the default *JSON request bodies now use a more compact representation*. This is generally considered a prefered style, tho may require updates to test suites.

The 0.28 release includes a limited set of deprecations...

**Deprecations**:

We are working towards a simplified SSL configuration API.

*For users of the standard \`verify=True\` or \`verify=False\` cases, or \`verify=<ssl_context>\` case this should require no changes. The following cases have been deprecated...*

* The \`verify\` argument as a string argument is now deprecated and will raise warnings.
* The \`cert\` argument is now deprecated and will raise warnings.

Our revised [SSL documentation](docs/advanced/ssl.md) covers how to implement the same behaviour with a more constrained API.

**The following changes are also included**:

* The deprecated \`proxies\` argument has now been removed.
* The deprecated \`app\` argument has now been removed.
* JSON request bodies use a compact representation. (#3363)
* Review URL percent escape sets, based on WHATWG spec. (#3371, #3373)
`;

  it("a removal of a deprecated argument is in the single post, not crowded out by a 'Be aware that…' paragraph", () => {
    const [post] = texts(httpx);
    expect(post).toContain("• The deprecated `proxies` argument has now been removed.\n• The deprecated `app` argument has now been removed.");
    expect(post).not.toContain("This is generally considered");
  });

  it("a paragraph that advises is marked so, all its sentences; one that announces is not", () => {
    const advisory = readNotesModel(httpx).entries.filter((entry) => entry.advisory).map((entry) => entry.text.slice(0, 20));
    // ("Our revised [SSL documentation](…) covers how to …" only points at the page: without its link it goes.)
    expect(advisory).toEqual(["Be aware that the de", "This is generally co", "We are working towar", "For users of the sta"]);
  });

  it("a renamed option or one that must now be set comes before additions, after breaking changes", () => {
    // Alacritty 0.5.0, shortened.
    const notes = `### Added

- Default Command+N keybinding for SpawnNewInstance on macOS
- Vi mode for regex search, copying text, and opening links
- \`CopySelection\` action which copies into selection buffer on Linux/BSD
- Option \`cursor.thickness\` to set terminal cursor thickness

### Changed

- Renamed config option \`visual_bell\` to \`bell\`
- Mouse cursor now uses the default cursor on hover

### Fixed

- Selection not cleared when switching between main and alt grid
`;
    const [post] = texts(notes);
    expect(post).toContain("Changed:\n• Renamed config option `visual_bell` to `bell`");
    expect(post).not.toContain("Mouse cursor");
  });

  it("a fix that removes something, or a cleanup that removes a clone, is nothing users must act on", () => {
    const [post] = texts("- Implement a zero copy tzdb provider\n- Add support for time zone designations\n- remove unneeded clone in TzdbResolver::get\n");
    expect(post!.indexOf("Implement a zero copy")).toBeLessThan(post!.indexOf("remove unneeded clone"));
  });
});

describe("breaking changes and removals in Chinese, Japanese and Korean", () => {
  it("reads what breaks, what goes and what must be done after upgrading, and a fix of an incompatibility as a fix", () => {
    const notes = [
      "升级后需要自行引入 hutool-json 模块",
      "破坏性变更：Table 的 `rowKey` 必填",
      "不再支持 Node 14",
      "Button 移除了 `size` 属性",
      "修复与 Vue 3.4 不兼容的问题",
      "本版本没有破坏性变更",
      "非互換な変更: `parse` の戻り値を変更",
      "非推奨に指定していたモジュール、関数を削除しました",
      "IE11 のサポートを終了",
      "Safari との非互換を修正",
      "削除ボタンを追加",
      "호환되지 않는 변경: `init` 인자 순서 변경",
      "`legacy` 옵션 제거",
    ];
    expect(kinds(notes.map((line) => `- ${line}`).join("\n"))).toEqual([
      "breaking|升级后需要自行引入 hutool-json 模块",
      "breaking|Table 的 `rowKey` 必填",
      "breaking|不再支持 Node 14",
      "removal|Button 移除了 `size` 属性",
      "fix|修复与 Vue 3.4 不兼容的问题",
      "other|本版本没有破坏性变更",
      "breaking|非互換な変更: `parse` の戻り値を変更",
      "removal|非推奨に指定していたモジュール、関数を削除しました",
      "breaking|IE11 のサポートを終了",
      "fix|Safari との非互換を修正",
      "feature|削除ボタンを追加",
      "breaking|호환되지 않는 변경: `init` 인자 순서 변경",
      "removal|`legacy` 옵션 제거",
    ]);
  });

  it("a type or a section that calls it a feature does not make an incompatible change safe", () => {
    expect(kinds("### 新功能\n\n- feat: 升级后需要自行引入 hutool-json 模块\n- 新增 `Table` 组件\n")).toEqual([
      "breaking|升级后需要自行引入 hutool-json 模块",
      "feature|新增 `Table` 组件",
    ]);
  });
});

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

  it("halves under headings that name their language: the first one, once, in its language", () => {
    const halves = `### Added\n\n- ${en1}\n- A new command palette with fuzzy search\n\n### Fixed\n\n- ${en3}\n\n## 中文\n\n### 新增\n\n- ${zh1}\n- 新增命令面板，支持模糊搜索\n\n### 修复\n\n- ${zh3}\n`;
    expect(shown(halves)).toEqual([`Added|${en1}`, "Added|A new command palette with fuzzy search", `Fixed|${en3}`]);
    const [post] = texts(halves, { maxLength: 200 });
    expect(post).toMatch(/^widget 1\.2\.0 is out!/u);
    expect(post).not.toMatch(/新增|修复|项更新/u);
    // "## 🇨🇳 中文" first, "## 🇺🇸 English" second; what comes before both is shared and stays.
    const flagged = `Thanks to everyone who tested the beta!\n\n## 🇨🇳 中文\n\n- ${zh3}\n\n## 🇺🇸 English\n\n- ${en3}\n`;
    expect(shown(flagged).map((line) => line.split("|")[1])).toEqual(["Thanks to everyone who tested the beta!", zh3]);
    // A heading named after a language over a change is a section, not a half: "## Chinese input" is kept.
    expect(shown(`## Chinese input\n\n- ${en1}\n\n## 中文\n\n- ${zh1}\n`)).toEqual([`Chinese input|${en1}`]);
  });

  it("halves headed by a language code or a bold language name are told once, and counted once", () => {
    for (const [first, second] of [["## EN", "## ZH"], ["**English**", "**中文**"], ["### en-US", "### zh-CN"]]) {
      const notes = `${first}\n\n### Added\n\n- ${en1}\n\n### Fixed\n\n- ${en3}\n\n${second}\n\n### 新增\n\n- ${zh1}\n\n### 修复\n\n- ${zh3}\n`;
      expect(shown(notes), first).toEqual([`Added|${en1}`, `Fixed|${en3}`]);
    }
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

describe("security fixes without a 'Security' heading", () => {
  // Traefik v3.7.3's "Bug fixes", shortened.
  const traefik = `**Bug fixes:**
- **[tls]** Compute resolved tlsOptions after applying models ([#13291](https://github.com/traefik/traefik/pull/13291) @rtribotte)
- **[webui, tcp]** Fix TCP router service resolution in dashboard flow diagram ([#13155](https://github.com/traefik/traefik/pull/13155) @aliamerj)
- **[k8s/ingress-nginx]** Trim quotes from proxy_set_header header name ([#13203](https://github.com/traefik/traefik/pull/13203) @crisbal)
- **[accesslogs]** Escape double quotes in quoted log fields ([#13180](https://github.com/traefik/traefik/pull/13180) @KaanSimsek)
- **[k8s/ingress]** Avoid ingress path matcher injection and backport 11d251415 ([#13227](https://github.com/traefik/traefik/pull/13227) @rtribotte)

**Documentation:**
- Update vulnerability submission guidelines ([#12968](https://github.com/traefik/traefik/pull/12968) @emilevauge)
`;

  it("a fix that names the hole it closes is a security fix and comes first", () => {
    expect(kinds(traefik).filter((line) => !line.startsWith("fix|"))).toEqual([
      "security|[k8s/ingress] Avoid ingress path matcher injection and backport 11d251415",
      "docs|Update vulnerability submission guidelines",
    ]);
    const [post] = texts(traefik);
    // Under its own label: "Bug fixes:" would hide what it is.
    expect(post).toMatch(/Security:\n• k8s\/ingress: Avoid ingress path matcher injection/u);
  });

  it("words about security in passing, or a feature that hardens, are no security fix", () => {
    const notes = "### Fixed\n\n- Fix typo in the security issue template\n- Fix a crash with dependency injection of scoped services\n\n### Added\n\n- Add CSRF protection to forms\n";
    expect(kinds(notes)).toEqual([
      "fix|Fix typo in the security issue template",
      "fix|Fix a crash with dependency injection of scoped services",
      "feature|Add CSRF protection to forms",
    ]);
  });
});
