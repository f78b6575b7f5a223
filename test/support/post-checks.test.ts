// Each objective post check catches the defect it names and passes posts a maintainer would publish.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";
import { CHECKS, checkPosts, type CheckInput, type Defect } from "./post-checks.js";
import { leadInsOf } from "./post-checks/lead-ins.js";

const URL = "https://github.com/vitejs/vite/releases/tag/v6.0.0";
const Q = "\u200B"; // the zero-width space the composer puts after "@" to quiet a mention

function run(posts: string[], notes = "", extra: Partial<CheckInput> = {}): Defect[] {
  return checkPosts({ posts, notes, releaseUrl: "", mode: "single", maxLength: 280, ...extra });
}
/** The defects one check reports. */
const only = defectsOf;

describe("checkPosts", () => {
  it("names every check it runs and reports posts by 0-based index", () => {
    expect(Object.keys(CHECKS)).toEqual([
      "length",
      "accidental-link",
      "ellipsis-after-punctuation",
      "stub-cut",
      "cut-in-brackets",
      "sub-list-marker",
      "credit-leftover",
      "dangling-lead-in",
      "orphan-link-text",
      "glued-url",
      "markdown-leftover",
      "foreign-markup",
      "breaking-first",
      "thread-cap",
      "release-link",
      "duplicate-opener",
      "incidental-date",
      "invisible-characters",
      "live-mention",
      "mojibake",
      "code-altered",
      "label-punctuation",
      "security-first",
      "count-too-high",
      "empty-post",
      "dangling-count",
      "mid-argument",
      "cut-with-room",
      "repeated-text",
      "label-not-repeated",
      "count-off",
    ]);
    const defects = run(["fine", "also fine", "x".repeat(300)], "", { mode: "thread", threadCap: 25 });
    expect(defects).toEqual([{ check: "length", post: 2, detail: "weighted length 300 > 280" }]);
  });

  it("passes a post a maintainer would publish, made from GitHub-generated notes", () => {
    const notes = [
      "## What's Changed",
      "### ⚠ BREAKING CHANGES",
      "* Drop Node 16 by @sapphi-red in https://github.com/vitejs/vite/pull/18000",
      "* feat: Environment API by @patak-dev in https://github.com/vitejs/vite/pull/16471",
      "* fix: keep `import.meta.env` in workers by @bluwy in https://github.com/vitejs/vite/pull/18001",
      "",
      "**Full Changelog**: https://github.com/vitejs/vite/compare/v5.4.0...v6.0.0",
    ].join("\n");
    const post = `Vite 6.0.0 is out!\n\n⚠️ Breaking: drops Node 16\n• New Environment API\n• Keeps import.meta.env in workers\n\n${URL}`;
    expect(run([post], notes, { releaseUrl: URL })).toEqual([]);
  });
});

describe("length", () => {
  it("counts as X does: CJK weighs 2, so 141 CJK characters are too long", () => {
    expect(only("length", ["修复".repeat(71)])).toEqual([{ check: "length", post: 0, detail: "weighted length 284 > 280" }]);
    expect(only("length", ["a".repeat(281)])).toHaveLength(1);
  });
  it("reports text X refuses even when it is short", () => {
    expect(only("length", ["Release 1.2.0 \uFFFE"])[0]?.detail).toContain("refuse");
  });
  it("passes a full post and honours a larger limit", () => {
    expect(only("length", ["a".repeat(280)])).toEqual([]);
    expect(only("length", ["修复滚动条问题".repeat(100)], "", { maxLength: 25_000 })).toEqual([]);
  });
});

describe("foreign-markup", () => {
  it("finds reference and link markup of Typst, RST, AsciiDoc, wikis, Hugo and MDX", () => {
    const posts = [
      "• Fixed argument types of @\u200Bcalc.cosh[hyperbolic functions]",
      "• Use @\u200Bmath.abs`abs` instead",
      "Scripting <scripting>:\n• Added a duration type",
      "• Use :func:`parse` now",
      "• See `the guide <https://example.org/guide>`_",
      "• Read link:docs/guide.adoc[the guide] and <<config,the config>>",
      "• See [[Parsing|the parser]] and {{< issue 77 >}}",
      '• Added <Callout type="info"> blocks',
    ];
    expect(posts.map((post) => only("foreign-markup", [post]).length)).toEqual([1, 1, 1, 1, 1, 2, 2, 1]);
  });
  it("passes code spans, handles of bots and plain text", () => {
    const posts = ["• `a << b >> c` and `<Button />` and `:func:` as code", "• Bump deps by @\u200Bdependabot[bot]", "• Fixed hyperbolic functions (`abs`, `lr`)"];
    expect(posts.flatMap((post) => only("foreign-markup", [post]))).toEqual([]);
  });
});

describe("accidental-link", () => {
  const notes = [
    "* Fix `datetime.date` serialization. PR [#123](https://github.com/tiangolo/fastapi/pull/123).",
    "* Add docs for [SQL databases](https://fastapi.tiangolo.com/tutorial/sql-databases/) and release-notes.md.",
    "* See www.starlette.io for details and https://bford.info/cachedir",
  ].join("\n");
  it("catches file names and dotted identifiers X would link", () => {
    const defects = only("accidental-link", ["FastAPI 0.62.0: fixes datetime.date serialization, updates release-notes.md"], notes);
    expect(defects.map((defect) => defect.detail)).toEqual([
      'X would link "datetime.date", which is no link in the notes',
      'X would link "release-notes.md", which is no link in the notes',
    ]);
  });
  it("passes the release link and the notes' own links (link targets, bare URLs, www. autolinks)", () => {
    const post = `FastAPI 0.62.0: new guide https://fastapi.tiangolo.com/tutorial/sql-databases/ see www.starlette.io and https://bford.info/cachedir\n${URL}`;
    expect(only("accidental-link", [post], notes, { releaseUrl: URL })).toEqual([]);
  });
  it("passes a file name the composer kept from linking", () => {
    expect(only("accidental-link", [`Updates release-notes${Q}.md and datetime${Q}.date`], notes)).toEqual([]);
  });

  it("finds a hashtag or cashtag X would make of the notes' text, not the template's own", () => {
    const notes = "- read $TERM before #ifdef";
    expect(only("accidental-link", ["Tool 1.0 #release: read $TERM before #ifdef"], notes)).toHaveLength(2);
    expect(only("accidental-link", ["Tool 1.0 #release: read $\u200BTERM before #\u200Bifdef"], notes)).toEqual([]);
  });
});

describe("ellipsis-after-punctuation", () => {
  it("catches … after a full stop, comma or CJK punctuation, also behind a closing quote", () => {
    const post = ["• Reword the release notes.…", "• Config,…", "• 修复了滚动问题。…", "• Support “Import Attributes.”…"].join("\n");
    expect(only("ellipsis-after-punctuation", [post]).map((defect) => defect.detail)).toEqual(['".…"', '",…"', '"。…"', '".”…"']);
  });
  it("passes … after a word and text the notes themselves wrote that way", () => {
    expect(only("ellipsis-after-punctuation", ["• Rewords the release notes for clarity…"])).toEqual([]);
    const notes = "* Wait.… what? Fix the stream ([#1](https://example.com))";
    expect(only("ellipsis-after-punctuation", ["• Wait.… what? Fix the stream"], notes)).toEqual([]);
  });
});

describe("stub-cut", () => {
  it("catches an item that stops on a word needing more, with no cut mark", () => {
    const found = (post: string) => only("stub-cut", [post]).map((defect) => defect.detail);
    expect(found("Features:\n• Add `:on_conflict` option for\n• Support UUIDv7")).toEqual(['ends mid-phrase: "• Add `:on_conflict` option for"']);
    expect(found("• Add a way to opt in\n• Fix a crash on startup")).toEqual([]);
  });
  const notes = [
    "* **runtime-core:** queue mounted hooks added during mount ([#14349](https://github.com/vuejs/core/issues/14349))",
    "- `Table`: 🐞 修复虚拟滚动场景下 filter 失效的问题",
    "- Initial support for Python 3.15",
  ].join("\n");
  it("catches a bare bullet, a scope alone, an emoji and one word, one word", () => {
    const post = ["•…", "• runtime-core:…", "• 🐞 修复…", "• Enhance…"].join("\n");
    expect(only("stub-cut", [post], notes).map((defect) => defect.detail)).toEqual([
      'nothing left but the bullet: "•…"',
      'only a scope or label is left: "• runtime-core:…"',
      'one word is left: "• 🐞 修复…"',
      'one word is left: "• Enhance…"',
    ]);
  });
  it("catches a cut inside a word, a Latin word in Chinese text, and a version number", () => {
    const post = ["• Initial support for Pyt…", "• 修复虚拟滚动场景下 fi…", "• Initial support for Python 3.1…"].join("\n");
    expect(only("stub-cut", [post], notes).map((defect) => defect.detail)).toEqual([
      'cut inside "Pyt": "• Initial support for Pyt…"',
      'cut inside "fi": "• 修复虚拟滚动场景下 fi…"',
      'cut inside "3.1": "• Initial support for Python 3.1…"',
    ]);
  });
  it("passes cuts after whole words and CJK cuts that keep a clause", () => {
    const post = ["• runtime-core: queue mounted hooks added during…", "• 🐞 修复虚拟滚动场景下…", "• Initial support for Python…"].join("\n");
    expect(only("stub-cut", [post], notes)).toEqual([]);
  });
});

describe("cut-in-brackets", () => {
  it("catches cuts inside parentheses, CJK quotes, straight quotes and code spans", () => {
    const post = [
      "• Fix validation of ints with leading unary plus (pydantic/pydantic-core…",
      "• 通知の受信設定で「相互フォロー…",
      '• Support "Import Attri…',
      "• Fix `model_json_sch…",
    ].join("\n");
    expect(only("cut-in-brackets", [post]).map((defect) => defect.detail.split(":")[0])).toEqual([
      "cut inside (",
      "cut inside 「",
      'cut inside "',
      "cut inside `",
    ]);
  });
  it("passes closed brackets and apostrophes", () => {
    const post = ["• Fix validation (strict mode) of ints with leading…", "• Don't hide the cursor on modifier press…", "• Update the users' settings…"].join("\n");
    expect(only("cut-in-brackets", [post])).toEqual([]);
  });
});

describe("credit-leftover", () => {
  it("catches the credit and reference formats of several ecosystems", () => {
    const post = [
      `• Add --ask option to pip-sync. Thanks @${Q}georgek`,
      `• Support injecting HTTPConnection. PR #1827 by @${Q}nsidnev.`,
      "• Fix config file search (#15363 by fisker)",
      "• Fix Sender outline in borderless mode #1963 #1964",
      `• feat(Calendar)：添加 switch-mode 属性，由@${Q}inottn 贡献，在#12836`,
      `◦ @${Q}sharkdp`,
      `• Ftp connection strings by @${Q}CherrySuryp in https://github.com/pydantic/pydantic/pull/9205`,
      `• Fix NO_COLOR support, see pydantic/pydantic-core#1269 (@${Q}acuteenvy)`,
    ].join("\n");
    const defects = only("credit-leftover", [post]);
    expect(defects).toHaveLength(8); // one defect per line, naming everything found on it
    const details = defects.map((defect) => defect.detail).join("\n");
    for (const what of ["“Thanks @user”", "“PR #123”", "“by @user”", "“(#123…)”", "an issue or PR number", "“由@user”", "an item that is only an author", "“in https", "a cross-repository reference", "“(@user)”"])
      expect(details, what).toContain(what);
  });
  it("catches author names the notes put in parentheses next to a reference", () => {
    const notes = [
      "* \\[[`df8b9f2c3e`](https://github.com/nodejs/node/commit/df8b9f2c3e)] - **deps**: update undici to v6.21.1 (Matteo Collina) [#663](https://github.com/nodejs/node/pull/663)",
      "* [`09bd7fe`](https://github.com/eslint/eslint/commit/09bd7fe) feat!: move AST traversal into SourceCode ([#18167](https://github.com/eslint/eslint/issues/18167)) (Nicholas C. Zakas)",
      "* CVE-2025-23084 - path: fix path traversal in normalize() on Windows (Medium)",
    ].join("\n");
    const post = "• deps: update undici to v6.21.1 (Matteo Collina)\n• move AST traversal into SourceCode (Nicholas C. Zakas)\n• path traversal fix in normalize() on Windows (Medium)";
    expect(only("credit-leftover", [post], notes).map((defect) => defect.detail)).toEqual([
      'an author in parentheses "(Matteo Collina)": "• deps: update undici to v6.21.1 (Matteo Collina)"',
      'an author in parentheses "(Nicholas C. Zakas)": "• move AST traversal into SourceCode (Nicholas C. Zakas)"',
    ]);
  });
  it("catches author names a plain-text changelog's list puts in brackets at most items' ends, hard-wrapped too", () => {
    const notes = [
      "* misc: add simple clang-tidy setup (Jameson Nash)",
      "",
      "* unix: check RLIMIT_AS in uv_get_constrained_memory (Jameson",
      "  Nash)",
      "",
      "* win: add fs-fd-hash-inl.h to tarball (tobil4sk)",
      "",
      "* build(deps): bump actions/upload-artifact from 6 to 7 (dependabot[bot])",
    ].join("\n");
    const post = "• misc: add simple clang-tidy setup (Jameson Nash)\n• win: add fs-fd-hash-inl.h to tarball (tobil4sk)\n• build(deps): bump actions/upload-artifact (dependabot[bot])";
    expect(only("credit-leftover", [post], notes)).toHaveLength(3);
    const qualified = ["- Fix a crash on start (Windows only)", "- Faster startup (Stable)", "- Fix a leak (Linux)", "- Add a flag (experimental)"].join("\n");
    expect(only("credit-leftover", ["• Fix a crash on start (Windows only)\n• Faster startup (Stable)\n• Fix a leak (Linux)"], qualified)).toEqual([]);
    const few = ["- Add a flag", "- Support Ruby (Jane Doe)", "- Fix a crash", "- Faster startup"].join("\n");
    expect(only("credit-leftover", ["• Support Ruby (Jane Doe)"], few)).toEqual([]);
  });
  it("catches a “PR” whose number was a link, alone or glued to the word before", () => {
    const post = "• Support injecting HTTPConnection. Useful for apps. PR\n• Fix observer.errorPR\n• Require Pydantic. PR.";
    expect(only("credit-leftover", [post])).toHaveLength(3);
    expect(only("credit-leftover", ["• Review every open PR\n• Document the PR template"])).toEqual([]);
  });
  it("catches references in full-width brackets and with a site's name (hutool), slashed lists and reference prefixes", () => {
    const post = [
      "• 【core】SyncFinisher增加setExecutorService方法（issue#IANKQ1@Gitee）",
      "• 【http】HttpConfig增加方法(issue#3719@Github)",
      "• 修复JSONConfig问题（#3713）",
      "• PascalCase 命名統一 (#729 / #730 / #731 / #732): FeatureSet enum を統一。",
      "• BUG #2653: Include `pkg/windows/Manifest.xml` in crate package.",
    ].join("\n");
    expect(only("credit-leftover", [post])).toHaveLength(5);
    expect(only("credit-leftover", ["• Support the C# 12 compiler\n• Add an issue template for bug reports"])).toEqual([]);
  });
  it("catches GH- numbers and named commits", () => {
    const post = "• Hinting can be restored via the `freetype-load-flags` configuration. GH-9253\n• Integer overflow in `copyString` (commit 16e2efd867ea8567ffa012210b52ef5918e20817)";
    expect(only("credit-leftover", [post])).toHaveLength(2);
    expect(only("credit-leftover", ["• Support the GH-CLI extension format\n• Commit hooks run faster"])).toEqual([]);
  });
  it("catches quieted handles in a slash list and a handle as the change's subject; passes package scopes", () => {
    const post = [
      `• fix: clear session cookie at beginning of signinpage handler (@${Q}fnoehWM / @${Q}bella-WI / @${Q}tuunit)`,
      `• @${Q}kareemZarka 新增LFS支持。`,
      `• @${Q}someone added a retry option`,
    ].join("\n");
    expect(only("credit-leftover", [post]).map((defect) => defect.detail.split(":")[0])).toEqual([
      `a list of handles "(@${Q}fnoehWM / @${Q}bella-WI / @${Q}tuunit)"`,
      "a handle as the subject of the change",
      "a handle as the subject of the change",
    ]);
    expect(only("credit-leftover", ["• @scope/package now ships ESM\n• Support `@media` queries"])).toEqual([]);
  });
  it("catches runs of handles, quieted or not, inside or at the end of a line, and a handle after a finished sentence", () => {
    const post = [
      `• 并不再区分 NoAVX 版本 @${Q}MistEO @${Q}horror-proton @${Q}hguandl 终于踢了 PPOCR`,
      "• Fix the login flow @alice @bob",
      `• 修复崩溃 @${Q}alice`,
      "• Fix the crash. @alice",
    ].join("\n");
    expect(only("credit-leftover", [post]).map((defect) => defect.detail.split(":")[0])).toEqual([
      `a run of handles "@${Q}MistEO @${Q}horror-proton @${Q}hguandl"`,
      'a run of handles "@alice @bob"',
      "a handle ending the line after its sentence",
      "a handle ending the line after its sentence",
    ]);
    expect(only("credit-leftover", ["• Move the packages to @acme\n• Support @deprecated tags\n• 新增 @vant/use 包"])).toEqual([]);
  });
  it("catches what a GitHub page title leaves: 'by user · Pull Request #N · owner/repo', ' · · owner/repo'", () => {
    const post = [
      "• Add `export * as ns` to Module Semantic by spectranaut · Pull Request #1174 · tc39/ecma262",
      "• Add `export * as ns` to Module Semantic by spectranaut · · tc39/ecma262",
      "• ECMAScript 2020の対応 · Issue #1145 · asciidwango/js-primer",
    ].join("\n");
    expect(only("credit-leftover", [post])).toHaveLength(3);
    expect(only("credit-leftover", ["• Sizes · colours · fonts in one place\n• Sort by name · then by date"])).toEqual([]);
  });
  it("takes an example in brackets for no author: '(예: `숱하다` → `수타다`)'", () => {
    const notes = "- [#385](https://github.com/toss/es-hangul/pull/385) fix: 받침을 [ㅌ]으로 발음합니다. (예: `숱하다` → `수타다`, `옷한벌` → `오탄벌`)";
    expect(only("credit-leftover", ["• 받침을 [ㅌ]으로 발음합니다. (예: `숱하다` → `수타다`, `옷한벌` → `오탄벌`)"], notes)).toEqual([]);
  });
  it("passes thanks without handles, C# versions and Chinese thanks to contributors", () => {
    const post = ["Thanks to everyone who contributed!", "• Faster builds for C# 12 projects", "感谢所有贡献者的支持", `Made with ❤️ by the team ${URL}`].join("\n");
    expect(only("credit-leftover", [post])).toEqual([]);
  });
});

describe("credit-leftover: an e-mail address", () => {
  it("catches an author's address from a NEWS header and passes a package's version", () => {
    expect(only("credit-leftover", ["Irssi 1.4.3 is out!\n\nv1.4.3 The Irssi team staff@irssi.org"])).toHaveLength(1);
    expect(only("credit-leftover", ["• Needs eslint@9.1.0 and @scope/pkg@latest"])).toEqual([]);
  });
});

describe("credit-leftover: a preposition left by a removed reference", () => {
  const notes = "* feat - Run tests in a single JVM in https://github.com/o/r/pull/1862\n* fix - Keep the port in use by @ann in #12\n";
  it("catches the 'in' or 'by' a removed link left", () => {
    expect(only("credit-leftover", ["• Run tests in a single JVM in", "• Keep the port in use by"], notes).map((defect) => defect.post)).toEqual([0, 1]);
  });
  it("passes an item whose own words end in a preposition", () => {
    expect(only("credit-leftover", ["• Run tests in a single JVM", "• Log in"], notes + "* Log in\n")).toEqual([]);
  });
});

describe("dangling-lead-in", () => {
  const rustNotes = [
    "If you have a previous version of Rust installed via rustup, getting Rust",
    "1.29.1 is as easy as:",
    "",
    "```console",
    "$ rustup update stable",
    "```",
    "",
    "If you don't have it already, you can [get `rustup`][install] from the",
    "appropriate page on our website.",
  ].join("\n");
  it("catches a label that ends the post and labels stacked with nothing under them", () => {
    expect(only("dangling-lead-in", ["Vite 6.0.0 is out!\n• New Environment API\n\nBug Fixes:"])[0]?.detail).toBe('ends the post: "Bug Fixes:"');
    expect(only("dangling-lead-in", ["Laravel 12.55 is out!\n\nWhat's Changed:\n📦 Dependencies:"])).toHaveLength(2);
  });
  it("catches a lead-in whose code block was left out", () => {
    const post = "Rust 1.29.1 is out!\nIf you have a previous version of Rust installed via rustup, getting Rust 1.29.1 is as easy as:\nIf you don't have it already, you can get rustup from the appropriate page on our website.";
    expect(only("dangling-lead-in", [post], rustNotes)[0]?.detail).toMatch(/^its code block was left out/u);
  });
  it("catches an aside that points further into the notes", () => {
    expect(only("dangling-lead-in", ["Gleam 1.0.0 is out!\nThis is the first stable release (more on what that means later)."])[0]?.detail).toBe('points further into the notes: "(more on what that means later)"');
    expect(only("dangling-lead-in", ["Gleam 1.0.0 is out!\nDrop support for old runtimes (below 3.8)."])).toEqual([]);
  });
  it("reads no lead-in in the notes' front matter", () => {
    const notes = "---\ntitle: Lang 2.4.0\nhighlights:\n- text: New annotation\n  label: lang\n---\n\n## Features\n\n- Add the annotation\n";
    expect(only("dangling-lead-in", ["Highlights:\n• Add the annotation"], notes)).toEqual([]);
    expect(leadInsOf(notes)).toEqual([]);
    expect(leadInsOf(notes.replace(/^---\n/u, "Intro\n\n"))).not.toEqual([]);
  });
  it("reads a list on past the code blocks of its items", () => {
    const notes = "Patterns got better:\n- Rest patterns work in tuples.\n  ```\n  (a, ..) = t\n  ```\n- Guards accept `let`.\n  ```\n  if let x = y\n  ```\n";
    expect(only("dangling-lead-in", ["Patterns got better:\n• Guards accept `let`."], notes)).toEqual([]);
    expect(only("dangling-lead-in", ["Patterns got better:\n• Something else."], notes)).toHaveLength(1);
  });
  it("reads a list's items through their shortcut reference links", () => {
    const notes = "New methods:\n\n- [`Set#select!`] and [`#reject!`] ([#12])\n\n[#12]: https://example.com/12\n";
    expect(only("dangling-lead-in", ["New methods:\n• `Set#select!` and `#\u200Breject!`"], notes)).toEqual([]);
  });
  it("passes a post's own kind label over a change the notes list elsewhere, where the notes' lead-in shares its word", () => {
    const notes = "### Minor Changes\n\n- Adds a cache provider.\n\n  Features:\n  - LRU eviction\n  - Tag invalidation\n\n  See the caching docs.\n\n- Adds frontmatter parsing to `renderMarkdown`\n";
    expect(only("dangling-lead-in", ["Features:\n• Adds frontmatter parsing to `renderMarkdown`"], notes)).toEqual([]);
    // A change that is not in the notes' lists is still no proof: the lead-in's list was left out.
    expect(only("dangling-lead-in", ["Features:\n• Something the notes never list at all"], notes)).toHaveLength(1);
  });
  it("passes a post's kind label of a few words over a change the notes give as a heading", () => {
    const notes = "## Breaking changes:\n\n- Rules: drop `foo`\n\n### Replacement of `ban-types`\n\nWe split it in three.\n";
    expect(only("dangling-lead-in", ["⚠️ Breaking changes:\n• Replacement of `ban-types`"], notes)).toEqual([]);
    expect(only("dangling-lead-in", ["⚠️ Breaking changes:\n• Something the notes never say"], notes)).toHaveLength(1);
  });
  it("passes labels with their items, lead-ins with their block, a label before a link, and thread numbering", () => {
    const pipTools = "Features:\n- Add `--ask` option to `pip-sync`\n([#913](https://github.com/jazzband/pip-tools/pull/913)). Thanks @georgek";
    expect(only("dangling-lead-in", ["pip-tools 4.2.0 is out!\nFeatures:\n• Add --ask option to pip-sync"], pipTools)).toEqual([]);
    expect(only("dangling-lead-in", ["getting Rust 1.29.1 is as easy as:\n$ rustup update stable"], rustNotes)).toEqual([]);
    expect(only("dangling-lead-in", [`Release notes:\n${URL}`, "• New Environment API\n2/2"])).toEqual([]);
  });
});

describe("orphan-link-text", () => {
  it("catches lines that were only link text", () => {
    const post = ["Pydantic 2.7.1 is out!", "GitHub release", "• Fix Secret serialization", "All Commits", "🔗 Release Notes", "Full Changelog:"].join("\n");
    expect(only("orphan-link-text", [post]).map((defect) => defect.detail)).toEqual([
      'link text without its link: "GitHub release"',
      'link text without its link: "All Commits"',
      'link text without its link: "🔗 Release Notes"',
      'link text without its link: "Full Changelog:"',
    ]);
  });
  it("catches a generic link word left at an item's end or alone in brackets", () => {
    const post = [
      "• `-Zmin-publish-age`: New unstable feature used for dependency resolution. docs",
      "• Add a `strict` flag (docs)",
      "• New flag for MSRV-aware diagnostics Docs",
    ].join("\n");
    expect(only("orphan-link-text", [post])).toHaveLength(3);
  });
  it("passes generic words that are a change's object", () => {
    const post = ["• Improve docs", "• Fix typos in the changelog", "• Show more", "• Update the migration guide."].join("\n");
    expect(only("orphan-link-text", [post])).toEqual([]);
  });
  it("passes link text with its link, labels with items and sentences that mention release notes", () => {
    const post = [`Release notes: ${URL}`, "Changelog:", "• Fix Secret serialization", "Read the release notes before upgrading."].join("\n");
    expect(only("orphan-link-text", [post])).toEqual([]);
  });
});

describe("markdown-leftover", () => {
  it("catches bold, headings, link syntax, HTML, fences and table rows", () => {
    const found = (post: string) => only("markdown-leftover", [post]).map((defect) => defect.detail);
    expect(found("**Breaking:** drop Node 16")).toEqual(["bold marks (**)"]);
    expect(found("### Features\n• New API")).toEqual(["a heading mark (#)"]);
    expect(found("See [the docs](https://vite.dev/guide)")).toEqual(["link syntax (](…)"]);
    expect(found("First line<br>second")).toEqual(["HTML"]);
    expect(found("```js\nimport x\n```")).toEqual(["a code fence (```)"]);
    expect(found("| Option | Default |")).toEqual(["a table row"]);
    expect(found("• New manifest format\n\\toc")).toEqual(["a table-of-contents marker"]);
    expect(found("[[toc]]\n• New API")).toEqual(["a table-of-contents marker"]);
    expect(found("__Note__: restart the server")).toEqual(["emphasis marks (__)"]);
  });
  it("passes code spans that carry ** or __, hashtags and plain text", () => {
    const post = ["• Fix type annotation for `**extra` parameters", "• `__attrs_pre_init__()` gets the values", "• __init__ keeps its kwargs", "#vue #release"].join("\n");
    expect(only("markdown-leftover", [post])).toEqual([]);
  });
});

describe("breaking-first", () => {
  it("catches breaking changes (headings, feat!:, changesets Major Changes, 破坏性) missing from post 1", () => {
    const cases = [
      "### ⚠ BREAKING CHANGES\n\n* move router params to `event.context.params`",
      "* feat!: move AST traversal into SourceCode ([#18167](https://github.com/eslint/eslint/issues/18167))",
      "## 3.0.0\n### Major Changes\n\n- Use lockfile v6 by default.",
      "### 破坏性变更\n\n- 移除 `money-circle` 图标",
      "Backwards Incompatible Changes:\n- Drop support for EOL Python 3.4",
      "- 不向下兼容：移除 `v1` 接口",
      "### Miscellaneous Tasks\n\n- *(azure)* [**breaking**] Rename azureDevops variable",
    ];
    for (const notes of cases) expect(only("breaking-first", ["v2 is out!\n• New router", "⚠️ Breaking: router params moved"], notes), notes).toHaveLength(1);
  });
  it("does not take the word in a sentence for saying a breaking change", () => {
    const notes = "## Breaking changes\n\n- Drop Node 18\n\nOur policy ships breaking changes behind flags first.";
    const post = "Acme 8.0.0 is out!\nOur policy ships breaking changes behind flags first.";
    expect(only("breaking-first", [post], notes)).toHaveLength(1);
    // A count says a breaking change was left out (blind review Z): post 1 must show it, so a count alone is flagged.
    expect(only("breaking-first", ["Acme 8.0.0 is out!\n+4 more changes (1 breaking)"], notes)).toHaveLength(1);
    expect(only("breaking-first", ["Acme 8.0.0 is out!\n⚠️ Drop Node 18\n+4 more changes (1 breaking)"], notes)).toEqual([]);
    expect(only("breaking-first", ["Acme 8.0.0 is out!\nBreaking changes: drop Node 18"], notes)).toEqual([]);
  });
  it("passes when post 1 says so in its own or the notes' words, and when nothing breaks", () => {
    const notes = "### 破坏性变更\n\n- 移除 `money-circle` 图标";
    expect(only("breaking-first", ["TDesign 1.5.1 发布！破坏性变更：移除 money-circle 图标"], notes)).toEqual([]);
    expect(only("breaking-first", ["h3 0.7.0 is out!\n⚠️ Router params move to event.context.params"], "### ⚠ BREAKING CHANGES\n* move router params")).toEqual([]);
    expect(only("breaking-first", ["pnpm 8 alpha: major changes, auto-install-peers is true by default"], "### Major Changes\n\n- `auto-install-peers` is `true` by default.")).toEqual([]);
    expect(only("breaking-first", ["Gitea 1.9.1 is out!"], "* BUGFIXES\n  * Fix pull merge 500 error caused by git-fetch breaking behaviors (#8194)")).toEqual([]);
    expect(only("breaking-first", ["AstrBot 4.27.0 发布了！"], "### 修复\n\n- 延迟导入 BM25 依赖，使安装的 NumPy 与 CPU 不兼容时仍可启动")).toEqual([]);
    // A template's empty "## Breaking Changes" heading announces nothing.
    expect(only("breaking-first", ["OAuth2 Proxy 7.15.2 is out!\n• fix a leak"], "## Breaking Changes\n\n<!-- none -->\n\n## Changes since v7.15.1\n\n- fix a leak")).toEqual([]);
  });
  it("takes a breaking section back where its introduction says nothing breaks", () => {
    const post = ["Acme 1.20.0 is out!\n• Sockets no longer flush on read"];
    const disclaimed = "### Breaking\n\nWe do not expect any breaking changes in existing code.\n\n- Sockets no longer flush on read";
    expect(only("breaking-first", post, disclaimed)).toEqual([]);
    expect(only("breaking-first", post, "### 破坏性变更\n\n本次没有破坏性变更。\n\n- 修复读取时刷新")).toEqual([]);
    // The same section without its disclaimer still asks post 1 to say it.
    expect(only("breaking-first", post, "### Breaking\n\nA few changes may surprise you.\n\n- Sockets no longer flush on read")).toHaveLength(1);
  });
});

describe("thread-cap", () => {
  it("catches a thread over its cap and a single post that became several", () => {
    expect(only("thread-cap", Array.from({ length: 26 }, () => "post"), "", { mode: "thread", threadCap: 25 })).toEqual([{ check: "thread-cap", post: 25, detail: "26 posts > cap 25" }]);
    expect(only("thread-cap", ["one", "two"])).toHaveLength(1);
  });
  it("passes a thread at its cap", () => {
    expect(only("thread-cap", Array.from({ length: 25 }, () => "post"), "", { mode: "thread", threadCap: 25 })).toEqual([]);
  });
});

describe("release-link", () => {
  it("catches a post without the link and a thread with it only in the middle", () => {
    expect(only("release-link", ["Vite 6.0.0 is out!"], "", { releaseUrl: URL })).toHaveLength(1);
    expect(only("release-link", ["Vite 6.0.0 is out! 1/3", `${URL} 2/3`, "More fixes 3/3"], "", { releaseUrl: URL, mode: "thread" })).toHaveLength(1);
  });
  it("passes the link in post 1, or in a thread's last post, and no link when none was given", () => {
    expect(only("release-link", [`Vite 6.0.0 is out! ${URL}`], "", { releaseUrl: URL })).toEqual([]);
    expect(only("release-link", ["Vite 6.0.0 is out! 1/2", `Full notes: ${URL} 2/2`], "", { releaseUrl: URL, mode: "thread" })).toEqual([]);
    expect(only("release-link", ["Vite 6.0.0 is out!"])).toEqual([]);
  });
});

describe("duplicate-opener", () => {
  it("catches a second opener taken from the notes", () => {
    expect(only("duplicate-opener", ["Prettier 3.1.1 is out!\nv3.1.1 is here! Fixes config file search"])).toHaveLength(1);
    expect(only("duplicate-opener", ["Vant 4.9.0 发布了！\nVant 4.9.0 正式发布"])).toHaveLength(1);
  });
  it("passes one opener and other uses of the word", () => {
    expect(only("duplicate-opener", ["Alacritty 0.5.0 is out!\n• Prebuilt binaries for macOS are released in the app bundle"])).toEqual([]);
    // A change that looks back on an older release.
    expect(only("duplicate-opener", ["Pandoc 3.8 is out!\n• Remove the old extension. It was needed for compatibility after pandoc 1.12 was released."])).toEqual([]);
  });
  it("passes a list item that ends in the words of an opener", () => {
    expect(only("duplicate-opener", ["Laravel Octane 2.3.6 is out!\n• Ensure HTTP server port is available"])).toEqual([]);
    // An item that names a version still announces it.
    expect(only("duplicate-opener", ["Laravel Octane 2.3.6 is out!\n• v2.3.6 is out"])).toHaveLength(1);
  });
});

describe("incidental-date", () => {
  it("catches release dates and date-only lines", () => {
    expect(only("incidental-date", ["Vant 4.9.0\nReleased on 2024-05-02\n• Calendar switch mode"])).toHaveLength(1);
    expect(only("incidental-date", ["Element Plus 1.3.0-beta.1\n_2021-12-31_\n• New popper-class prop"])).toHaveLength(1);
  });
  it("passes CVE ids and versions that look like numbers", () => {
    expect(only("incidental-date", ["Node.js 20.18.2 fixes CVE-2025-23083 (High) and CVE-2025-22150"])).toEqual([]);
  });
});

describe("invisible-characters", () => {
  it("catches zero-width spaces, direction marks, soft hyphens and Hangul fillers", () => {
    const defects = only("invisible-characters", ["New\u200Bfeature", "Persian \u200Fmark", "soft\u00ADhyphen", "name\u3164", "tag\u{E0041}"]);
    expect(defects.map((defect) => defect.post)).toEqual([0, 1, 2, 3, 4]);
  });
  it("passes the ZWSP that quiets a mention, emoji ZWJ sequences, ZWNJ in Persian and a subdivision flag", () => {
    expect(only("invisible-characters", [`Thanks @${Q}sindresorhus 👨‍👩‍👧 می‌شود 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}`])).toEqual([]);
  });
});

describe("live-mention", () => {
  const notes = "* Bump `pydantic-core` to `v2.18.2` by @sydney-runkle in [#9307](https://github.com/pydantic/pydantic/pull/9307)";
  it("catches a handle from the notes that X would mention (X stops a handle at the hyphen)", () => {
    expect(only("live-mention", ["Pydantic 2.7.1: core bump by @sydney-runkle"], notes)).toEqual([{ check: "live-mention", post: 0, detail: "X would mention @sydney" }]);
  });
  it("passes quieted handles, e-mail addresses and the template's own mentions", () => {
    expect(only("live-mention", [`core bump by @${Q}sydney-runkle, mail daniel@roe.dev, follow @pydantic`], notes)).toEqual([]);
  });
});

describe("leftovers a removed link or a mis-decoded source leaves", () => {
  it("catches \"here\" and \"there\" whose link went", () => {
    const notes = "Get it from your OS or build it as explained [here](https://example.org/b).\nOtherwise open [the tool's site](https://example.org/t) and see there how to start.";
    const post = "Tool 1.0 is out!\nGet it from your OS or build it as explained here.\nOtherwise open the tool's site and see there how to start.";
    expect(only("orphan-link-text", [post], notes)).toHaveLength(2);
    expect(only("orphan-link-text", ["Tool 1.0 is out!\nGet it from your OS or build it as explained here."], "No links in these notes, explained here.")).toEqual([]);
  });
  it("catches mojibake and passes Latin-1 text", () => {
    expect(only("mojibake", ["• Wait for the lock â¦", "• Itâ€™s faster", "• CafÃ© mode"]).map((defect) => defect.post)).toEqual([0, 1, 2]);
    expect(only("mojibake", ["• Café mode, naïve déjà vu, 10°C, Âge"])).toEqual([]);
  });
  it("catches code the post changed, and passes code as the notes have it, leader dots and cuts included", () => {
    const notes = "- Reject names with `..` segments\n- Read `config.yaml` from `../etc`\n- Add a `--very-long-option-name` flag";
    expect(only("code-altered", ["• Reject names with `.` segments", "• Read `config.yaml` from `./etc`"], notes).map((defect) => defect.post)).toEqual([0, 1]);
    expect(only("code-altered", ["• Reject names with `..` segments\n• Read `config\u2024yaml` from `../etc`\n• Add a `--very-long…`"], notes)).toEqual([]);
  });
  it("catches strike-through marks and template tags, and passes a tilde that means about", () => {
    expect(only("markdown-leftover", ["• ~Enhancement: error on bad options~: postponed", "• ~~Old API~~ removed", "• [CVE-1]({% link x.md %})"]).map((defect) => defect.post)).toEqual([0, 1, 2, 2]);
    expect(only("markdown-leftover", ["• Release within ~1-2 months, then ~3 more", "• Read `~/.config` and ~/.cache"])).toEqual([]);
  });
  it("passes an RST role shown by its display text", () => {
    const notes = "- Use :func:`result.get_result() <pluggy.Result.get_result>` on :class:`~pluggy.Result`.";
    expect(only("code-altered", ["• Use `result.get_result()` on `Result`."], notes)).toEqual([]);
    expect(only("code-altered", ["• Use `result.get()` on `Result`."], notes)).toHaveLength(1);
    const rst = "- The `.EUIMap` class now returns `DATE-BEG` for `~sunpy.map.GenericMap`.";
    expect(only("code-altered", ["• The `EUIMap` class now returns `DATE-BEG` for `GenericMap`."], rst)).toEqual([]);
    expect(only("code-altered", ["• The `EUI` class"], rst)).toHaveLength(1);
  });
  it("catches a colon after a label's own question or exclamation mark", () => {
    expect(only("label-punctuation", ["What’s New?:\n• Faster start", "New!:\n• X", "新機能？：\n• Y"])).toHaveLength(3);
    expect(only("label-punctuation", ["What’s New?\n• Faster start", "Fixes:\n• X", "• Why? Because: it works"])).toEqual([]);
  });
});

describe("label-not-repeated", () => {
  const thread = { mode: "thread" as const };
  it("catches a thread post that opens with the items of the label the post before ended with", () => {
    const posts = ["Mise 1.2.0 is out!\n\n🚀 Features:\n• Add a cache\n• Add a flag", "• Add a plugin hook\n\n🐛 Bug Fixes:\n• Fix the watcher", "• Fix colors in CI\n\n2/3"];
    expect(only("label-not-repeated", posts, "", thread).map((defect) => defect.post)).toEqual([1, 2]);
    expect(only("label-not-repeated", ["GameAnvil 2.1.0 출시!\n\n수정:\n• 버그를 수정했습니다.", "• 오류 메시지를 수정했습니다."], "", thread)).toHaveLength(1);
  });
  it("passes a post that says the label again, an unlabelled list going on, and single posts", () => {
    expect(only("label-not-repeated", ["X 1.0 is out!\n\nFixes:\n• Fix a", "Fixes:\n• Fix b"], "", thread)).toEqual([]);
    expect(only("label-not-repeated", ["X 1.0 is out!\n\n• Fix a\n• Fix b", "• Fix c"], "", thread)).toEqual([]);
    expect(only("label-not-repeated", ["X 1.0 is out!\n\nFixes:\n• Fix a\n\nThe release also speeds up builds.", "The cache is new."], "", thread)).toEqual([]);
    expect(only("label-not-repeated", ["X 1.0 is out!\n\nFixes:\n• Fix a", "• Fix b"])).toEqual([]);
  });
});
