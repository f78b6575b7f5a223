import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (markdown: string | null) =>
  readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("reading notes: formats", () => {
  it("semantic-release: version heading, commit links, issue refs and closes trailers go; scopes stay", () => {
    const notes = `# [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2022-07-20)

### Bug Fixes

* **api:** handle *empty* bodies ([#12](https://github.com/o/r/issues/12)) ([abc1234](https://github.com/o/r/commit/abc1234def)), closes [#12](https://github.com/o/r/issues/12) [#13](https://github.com/o/r/issues/13)
* keep \`inline code\` text ([deadbee](https://github.com/o/r/commit/deadbee))

### Features

* **cli:** add \`--json\` output
`;
    expect(entries(notes)).toEqual([
      "fix|Bug Fixes|api: handle empty bodies",
      "fix|Bug Fixes|keep `inline code` text",
      "feature|Features|cli: add `--json` output",
    ]);
  });

  it("GitHub What's Changed: 'by @user in PR-URL' goes, New Contributors and Full Changelog go, bumps are noise", () => {
    const notes = `## What's Changed
* Add dark mode by @alice in https://github.com/o/r/pull/7
* Bump lodash from 4.17.20 to 4.17.21 by @dependabot[bot] in https://github.com/o/r/pull/8

## New Contributors
* @alice made their first contribution in https://github.com/o/r/pull/7

**Full Changelog**: https://github.com/o/r/compare/v1.0.0...v1.1.0`;
    expect(entries(notes)).toEqual(["feature|-|Add dark mode", "dependencies|-|Bump lodash from 4.17.20 to 4.17.21"]);
  });

  it("changesets: PR link, commit and 'Thanks @user! -' go; an item's first paragraph is the item; bump labels say what changed", () => {
    const notes = `## 3.0.0

### Major Changes

- [#2128](https://github.com/c/c/pull/2128) [\`7113c01\`](https://github.com/c/c/commit/7113c014330b) Thanks [@Andarist](https://github.com/Andarist)! - Renamed the \`changeset tag\` command.

  More detail in a second paragraph.
  - nested point

### Patch Changes

- Updated dependencies [[\`a1b2c3d\`](https://github.com/c/c/commit/a1b2c3d0000)]:
  - @changesets/cli@3.0.0`;
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|Renamed the `changeset tag` command.",
      "dependencies|Dependencies|Updated dependencies",
    ]);
  });

  it("Keep a Changelog: the [version] - date heading goes, link text and bare URLs stay", () => {
    const notes = `## [1.1.0] - 2019-02-15
### Added
- [Danish](https://example.com/da) translation, see https://keepachangelog.com/da/
### Security
- Escape user input in the \`title\` field
`;
    expect(entries(notes)).toEqual([
      "feature|Added|Danish translation, see https://keepachangelog.com/da/",
      "security|Security|Escape user input in the `title` field",
    ]);
  });

  it("conventional prefixes give kinds in a plain list; feat! is breaking and labelled so", () => {
    expect(entries("- feat!: drop Node 18\n- fix(parser): handle tabs\n- chore(deps): bump x\n- docs: typo")).toEqual([
      "breaking|⚠️ Breaking changes|Drop Node 18",
      "fix|Fixes|parser: handle tabs",
      "dependencies|Dependencies|Bump x",
      "docs|Docs|Typo",
    ]);
  });

  it("Chinese and Japanese headings and gitmoji items get their kinds", () => {
    expect(entries("### 新功能\n- 新增 `foo` 参数\n### 修复\n- 修复崩溃\n")).toEqual(["feature|新功能|新增 `foo` 参数", "fix|修复|修复崩溃"]);
    expect(entries("### 破壊的変更\n- APIを削除\n")).toEqual(["breaking|⚠️ 破壊的変更|APIを削除"]);
    expect(entries("- 🐛 fix crash\n- ✨ new button\n- ⬆️ upgrade react")).toEqual([
      "fix|-|🐛 fix crash",
      "feature|-|✨ new button",
      "dependencies|-|⬆️ upgrade react",
    ]);
  });

  it("a lead-in that labels breaking changes keeps the breaking frame, so a later thread post still says so", () => {
    expect(entries("### ⚠ BREAKING CHANGES\n\nFor v8, you will need to swap imports:\n\n- `A` should be imported from `b`\n")).toEqual([
      "breaking|⚠️ Breaking changes — For v8, you will need to swap imports|`A` should be imported from `b`",
    ]);
  });

  it("a breaking change under a sub-heading says it is breaking, with the part it is in", () => {
    expect(entries("## Breaking Changes\n### @scope/cli\n- The `--old` flag is gone.\n")).toEqual([
      "breaking|⚠️ Breaking changes (@scope/cli)|The `--old` flag is gone.",
    ]);
  });

  it("'Major Changes' break only in changesets; elsewhere they are the highlights", () => {
    expect(entries("#### Major Changes\n- 🔥 New Masonry component.\n")).toEqual(["highlight|Major Changes|🔥 New Masonry component."]);
    expect(entries("### Minor Changes\n- Adds `foo`.\n### Patch Changes\n- Fixes `bar`.\n")).toEqual(["feature|Features|Adds `foo`.", "fix|Fixes|Fixes `bar`."]);
  });
});

describe("reading notes: what a post cannot use", () => {
  it("images, HTML, tables, code blocks, collapsed details and comments go; alerts and quotes are side remarks", () => {
    const notes = `<a name="2.0.0"></a>
# v2.0.0 (2024-01-01)

![logo](https://x.test/logo.png)

<!-- internal note -->

> [!WARNING]
> Drops Node 18.

> A plain quote.

| a | b |
|---|---|
| 1 | 2 |

\`\`\`js
code();
\`\`\`

<details>
<summary>All commits</summary>

- hidden item

</details>

Text with <kbd>Ctrl</kbd> key.`;
    // A warning that a runtime floor rose is upgrade-critical even as a side remark.
    expect(entries(notes)).toEqual(["breaking|⚠️ Breaking changes|Drops Node 18.", "other|-|A plain quote.", "other|-|Text with Ctrl key."]);
  });

  it("a lead-in to a removed block goes; the sentences before it stay; a lead-in to a list labels it", () => {
    expect(entries("Adds a cache. You can get 1.2.0 with:\n\n```sh\nnpm i x\n```\n")).toEqual(["highlight|-|Adds a cache."]);
    expect(entries("- Adds a cache. Enable it with:\n\n  ```sh\n  x --cache\n  ```\n")).toEqual(["feature|-|Adds a cache."]);
    expect(entries("Install it with:\n\n```sh\nnpm i x\n```\n")).toEqual([]);
    expect(entries("The new version brings:\n\n- speed\n- runes\n")).toEqual(["feature|The new version brings|speed", "feature|The new version brings|runes"]);
  });

  it("credits in many formats go", () => {
    const items = [
      "- Fix the parser. PR #123 by @user.",
      "- Fix the lexer (#124 by user)",
      "- Fix the printer #125 #126 @someone",
      "- 修复样式问题，由 @someone 贡献，在 #127",
      "- Fix the tests (thanks @a and @b!)",
      "- Fix the docs build, closes [#9](https://github.com/o/r/issues/9)",
    ].join("\n");
    expect(entries(items).map((entry) => entry.split("|")[2])).toEqual([
      "Fix the parser.",
      "Fix the lexer",
      "Fix the printer",
      "修复样式问题",
      "Fix the tests",
      "Fix the docs build",
    ]);
  });

  it("a reference keyword goes with its linked number, and a dropped link after a sentence takes its full stop", () => {
    const items = [
      "- Add X. Useful for apps. PR [#1827](https://github.com/o/r/pull/1827) by [@someone](https://github.com/someone).",
      "- Require Pydantic. PR [#1862](https://github.com/o/r/pull/1862).",
      "- Fix observer.error[PR #1367](https://github.com/o/r/pull/1367)",
      "- Merged pull request [#12](https://github.com/o/r/pull/12) for the parser",
      "- Wait for it... [#3](https://github.com/o/r/pull/3).",
      "- Document the PR template",
    ].join("\n");
    expect(entries(items).map((entry) => entry.split("|")[2])).toEqual([
      "Add X. Useful for apps.",
      "Require Pydantic.",
      "Fix observer.error",
      "Merged for the parser",
      "Wait for it...",
      "Document the PR template",
    ]);
  });

  it("author-only and link-only items, pointers to pages, dates and the notes' own opener go", () => {
    const notes = `## 2.0.0

\`2025-11-22\`

🏆 Widget 2.0.0 is released.

- Faster start
  - @someone
- [GitHub release](https://github.com/o/r/releases/tag/v2.0.0)
- Removes the old hook (Integration API) - ([v2 upgrade guidance](https://example.com/guide))

For more details check out the [docs](https://example.com/docs).

Released on 2025-02-03`;
    expect(entries(notes)).toEqual(["performance|-|Faster start", "removal|-|Removes the old hook (Integration API)"]);
  });

  it("bare commit URLs go like their links; other links keep their text", () => {
    expect(entries("Fixed by https://github.com/o/r/commit/abc1234def, see https://example.com/a.")).toEqual([
      "highlight|-|Fixed, see https://example.com/a.",
    ]);
    expect(entries("## <small>[8.2.2](https://github.com/o/r/compare/v8.2.1...v8.2.2) (2026-08-20)</small>\n- [Bump to v2](https://github.com/o/r/compare/v1...v2) of the engine")).toEqual([
      "dependencies|-|Bump to v2 of the engine",
    ]);
  });

  it("what dropped links leave does not show: no space before punctuation, no empty brackets, no word pointing at them", () => {
    const commit = (hash: string) => `[\`${hash}\`](https://github.com/o/r/commit/${hash}0000)`;
    expect(entries(`Fixed the parser in ${commit("a1b2c3d")} ${commit("e4f5a6b")}. It works now!`)).toEqual(["highlight|-|Fixed the parser.", "highlight|-|It works now!"]);
    expect(entries("- Run `npm i .` then ![shot](x.png) go")).toEqual(["other|-|Run `npm i .` then go"]);
  });

  it("a dot that starts a word keeps the space before it: .cur, .env and .NET are what the notes say", () => {
    expect(entries("- add support for .cur type ([#18680](https://github.com/o/r/issues/18680))\n- read .env files, then .NET projects")).toEqual([
      "feature|-|add support for .cur type",
      "other|-|read .env files, then .NET projects",
    ]);
  });

  it("'See', 'Read' and 'Check' point at a page only when a page follows: items that start with them stay", () => {
    expect(entries("- Check for null data in streams\n- Read config from `.env`\n- See the [migration guide](https://x.dev/m).\n- Please refer to: [beta.1 breaking](https://x.dev/b)\n- Fixed colors, see [#12](https://github.com/o/r/issues/12) and [#13](https://github.com/o/r/issues/13)")).toEqual([
      "other|-|Check for null data in streams",
      "other|-|Read config from `.env`",
      "fix|-|Fixed colors",
    ]);
  });

  it("real brackets stay: code like useId() and string[] is what the notes say", () => {
    expect(entries("- Added `useId()` hook, `string[]` type and a (deliberately) empty [] literal")).toEqual([
      "feature|-|Added `useId()` hook, `string[]` type and a (deliberately) empty [] literal",
    ]);
  });

  it("tabs count to CommonMark's tab stops: a tab-indented sub-item stays a sub-item", () => {
    expect(entries("-\tGroup\n\t-\tbar change here\n")).toEqual(["other|Group|bar change here"]);
  });

  it("character references cannot bring back what cleaning removes", () => {
    expect(entries("x &#x2067;z &#x202E;abc &#x200B;d &amp; &#x1F389;")).toEqual(["other|-|x z abc d & 🎉"]);
  });

  it("footnotes go; GFM task markers go; struck-out words go (withdrawn), a lone tilde stays", () => {
    expect(entries("A note[^1] here.\n\n[^1]: the footnote text\n")).toEqual(["other|-|A note here."]);
    expect(entries("- [ ] write docs\n- [x] ship it")).toEqual(["other|-|write docs", "other|-|ship it"]);
    expect(entries("About ~50% faster, ~~removed~~ kept.")).toEqual(["highlight|-|About ~50% faster, kept."]);
  });

  it("the same change listed twice (breaking and feature) is shown once, where it matters most", () => {
    expect(entries("### ⚠ BREAKING CHANGES\n* require node 18+\n### Features\n* Require node 18+\n* Support pnpm")).toEqual([
      "breaking|⚠️ Breaking changes|require node 18+",
      "feature|Features|Support pnpm",
    ]);
  });

  it("the same change listed again with or without a further sentence is shown once, the first one listed", () => {
    expect(entries("- Remove `x` flag. Use `y` instead.\n- Add `z`\n- Remove `x` flag.")).toEqual([
      "removal|-|Remove `x` flag. Use `y` instead.",
      "feature|-|Add `z`",
    ]);
    expect(entries("- Remove `x` flag.\n- Remove `x` flag. Use `y` instead.")).toEqual(["removal|-|Remove `x` flag."]);
    // A shared first sentence alone does not make two changes one.
    expect(entries("- Fix A. Now B.\n- Fix A. Now C.")).toEqual(["fix|-|Fix A. Now B.", "fix|-|Fix A. Now C."]);
  });

  it("pointer sentences carrying an address and announcements of what is still to come are fluff", () => {
    const model = readNotesModel(
      "- Add `--watch`\n\nYou can find the release post at https://example.org/blog/v22, which contains the full list of commits. The project will release new versions on or shortly after May 14. A future release will bring these improvements to older versions. Node 22 will enter long-term support in October. Maglev is now enabled by default.",
    );
    expect(model.entries.map((entry) => [entry.fluff, entry.text.slice(0, 20)])).toEqual([
      [false, "Add `--watch`"],
      [true, "You can find the rel"],
      [true, "The project will rel"],
      [true, "A future release wil"],
      [true, "Node 22 will enter l"],
      [false, "Maglev is now enable"],
    ]);
  });

  it("a wrapped line that closes a bracket, then one that opens a sentence, ends a sentence", () => {
    expect(entries("- Update `x` (see GHSA-1)\n  In addition, we disabled `y`.\n- Add `z` (beta)\n  for plugins")).toEqual([
      "security|-|Update `x` (see GHSA-1). In addition, we disabled `y`.",
      "feature|-|Add `z` (beta) for plugins",
    ]);
    // A line that is only an aside ends no sentence: the lead-in it belongs to goes with it.
    expect(entries("It works. (Unless I misuse it :D)\nWell, here we go:\n\n## Changes\n\n* Add `z`")).toEqual(["other|-|It works.", "feature|-|Add `z`"]);
  });

  it("greetings and thanks are fluff; sentences that name a change are not", () => {
    const model = readNotesModel("Hello everyone! Thanks to all our contributors. This release adds a `--json` flag.");
    expect(model.entries.map((entry) => [entry.fluff, entry.text])).toEqual([
      [true, "Hello everyone!"],
      [true, "Thanks to all our contributors."],
      [false, "This release adds a `--json` flag."],
    ]);
  });

  it("empty, null and heading-only notes give nothing", () => {
    expect(entries(null)).toEqual([]);
    expect(entries("")).toEqual([]);
    expect(entries("## 1.0.0\n")).toEqual([]);
  });

  it("knows the notes' language", () => {
    expect(readNotesModel("- 修复了一个问题，并且新增了配置项").language).toBe("zh");
    expect(readNotesModel("- 不具合を修正しました").language).toBe("ja");
    expect(readNotesModel("- 버그를 수정했습니다").language).toBe("ko");
    expect(readNotesModel("- Fixed a bug").language).toBe("en");
  });
});

describe("reading notes: credits and references in more formats", () => {
  it("a bracketed list of references with keywords goes whole: '(#1922, closes #1904)'", () => {
    expect(entries("- Add the `refs` setting (#1922, closes #1904)\n- Fix the parser (see #12; fixes #13 and #14)")).toEqual([
      "feature|-|Add the `refs` setting",
      "fix|-|Fix the parser",
    ]);
  });

  it("'( thanks: @user )' and '（感谢 @user）' go", () => {
    expect(entries("- テンキーで入力間隔の変更ができるように ( thanks: @cwtickle )\n- 修复 Tabs 问题（感谢 @someone）")).toEqual([
      "other|-|テンキーで入力間隔の変更ができるように",
      "fix|-|修复 Tabs 问题",
    ]);
  });

  it("changelogithub's '- By [Name](mailto:…) in [abc1234](…)' goes; a 'by' inside a sentence stays", () => {
    const notes = `### Features
- **badge-style**: add a variant - By [Jianqi Pan](mailto:j@example.com) in [b57c851](https://github.com/o/r/commit/b57c851)
- **bench**: add styles - By [A B](mailto:a@example.com) and [C](mailto:c@example.com) in [5c34b7f](https://github.com/o/r/commit/5c34b7f)
- Sort imports by path in [the docs](https://example.com/docs)`;
    expect(entries(notes)).toEqual([
      "feature|Features|badge-style: add a variant",
      "feature|Features|bench: add styles",
      "feature|Features|Sort imports by path in the docs",
    ]);
  });

  it("a trailing reference goes with the words that point at it: 'introduced by #59201'", () => {
    expect(entries("* [12.x] Fix failing tests introduced by #59201 by [@a](https://github.com/a) in https://github.com/o/r/pull/59207")).toEqual([
      // Mending the project's own tests is upkeep (repository-upkeep.ts), whatever section files it.
      "internal|-|Fix failing tests",
    ]);
  });

  it("a paragraph that only credits goes whole, not down to 'Contributed'", () => {
    expect(entries("#### Maglev\n\nV8's Maglev compiler is now on by default.\n\nContributed by Keyhan Vakil in [#51360](https://github.com/o/r/pull/51360)")).toEqual([
      "highlight|Maglev|V8's Maglev compiler is now on by default.",
    ]);
  });

  it("'props' is a word about components, not kudos, unless it is 'props to @user'", () => {
    expect(entries("- `no-forbidden-props`: Disallows specific props on components by @reteps\n- Add a rule, props to @a for the idea")).toEqual([
      "other|-|`no-forbidden-props`: Disallows specific props on components",
      "feature|-|Add a rule",
    ]);
  });

  it("a pull-request URL leaves no trailing slash or fragment behind", () => {
    expect(entries("- Expose `locals_max_depth` in traceback.install https://github.com/o/r/pull/3906/\n- Add a mode https://github.com/o/r/pull/116#issue-24")).toEqual([
      "feature|-|Expose `locals_max_depth` in traceback.install",
      "feature|-|Add a mode",
    ]);
  });
});

describe("reading notes: lead-ins, boilerplate and headings that are not changes", () => {
  it("a sentence leading in to a few short sub-items is one change that names them", () => {
    const notes = "- Expose the router promises from the following APIs:\n  - `useNavigate()`\n  - `useSubmit`\n  - `useFetcher().load`";
    expect(entries(notes)).toEqual(["feature|-|Expose the router promises from the following APIs: `useNavigate()`, `useSubmit`, `useFetcher().load`"]);
  });

  it("a lead-in clause whose list is gone goes, the clauses before it stay", () => {
    expect(entries("- Added `isUseRefLikeCall` and a new `additionalRefHooks` setting; the following rules now recognize them:")).toEqual([
      "feature|-|Added `isUseRefLikeCall` and a new `additionalRefHooks` setting",
    ]);
  });

  it("release boilerplate is no change: 'Version Packages', 'This is a beta release.', 'No release notes'", () => {
    expect(entries("### 🧹 Chores\n\n- Version Packages.\n")).toEqual([]);
    expect(entries("- chore(release): 1.2.0\n- No release notes\n- Not published due to CI issue")).toEqual([]);
    expect(entries("### This is a beta release.\n\n## Changes\n\n* Users can now pick the hours.")).toEqual(["other|-|Users can now pick the hours."]);
  });

  it("headings about the release itself are no changes: timing, contact, call to action, an introduction", () => {
    const notes = `## Fix a crash in the parser (CVE-2025-1) - (high)

A crafted header crashes the process.

## Release timing

The releases go out on Wednesday.

## Call to action

Please upgrade.

## Introduction to Go 1.22 {#introduction}

Go 1.22 arrives six months after Go 1.21.`;
    expect(entries(notes)).toEqual(["security|-|Fix a crash in the parser (CVE-2025-1) - (high)", "other|-|Go 1.22 arrives six months after Go 1.21."]);
  });

  it("a heading's id ('{#runtime}') is markup, and a one-word heading ('Runtime', '✨ New') titles a part, not a change", () => {
    expect(entries("## Runtime {#runtime}\n\nThe runtime keeps type metadata nearer the heap.\n\n### ✨ New\n\nA new `--json` flag.")).toEqual([
      "highlight|Runtime|The runtime keeps type metadata nearer the heap.",
      "feature|✨ New|A new `--json` flag.",
    ]);
  });

  it("a short topic title ('Removed APIs', 'Go command') over a lead-in or in a part labels what is under it", () => {
    expect(entries("#### Removed APIs\n\nThe following APIs have been removed in v7:\n\n- `json`\n- `defer`\n\n## Tools\n\n### Go command\n\nCommands in workspaces can now use a `vendor` directory.")).toEqual([
      "removal|Removed APIs|The following APIs have been removed in v7: `json`, `defer`",
      "highlight|Tools (Go command)|Commands in workspaces can now use a `vendor` directory.",
    ]);
    expect(entries("### Breaking Changes\n\n#### Vite Compiler\n\nThe Remix Vite plugin is now the React Router Vite plugin.")[0]).toBe(
      "breaking|Vite Compiler|The Remix Vite plugin is now the React Router Vite plugin.",
    );
    // A headline's own title ("Raw Identifiers") is the change; so is a title that says what it does.
    // The bare topic told a reader nothing; its part's key sentence says what changed (headingsT).
    expect(entries("## Raw Identifiers\n\nYou can now use keywords as identifiers.")).toEqual(["highlight|-|Raw Identifiers: You can now use keywords as identifiers."]);
    expect(entries("## Tools\n\n### Fix config file search\n\nThe search now stops at the root.")).toEqual(["fix|Tools|Fix config file search"]);
  });

  it("a past-tense title under a breaking section, or one naming code ('Removed `--foo` flag'), is a change, not a topic", () => {
    const notes =
      "## Breaking changes\n\n### Removed CLI commands\n\nThe `pause` and `resume` commands are gone.\n\n### Removed `k6 login` command\n\nIts subcommands moved:\n\n- Replace `k6 login cloud` with `k6 cloud login`\n\n## Library\n\n### Removed APIs\n\nThe old helpers are gone.";
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|Removed CLI commands",
      "breaking|⚠️ Breaking changes|Removed `k6 login` command",
      "removal|Removed APIs|The old helpers are gone.",
    ]);
  });

  it("'Changes to the language' titles a part of the release; its sentences and lists are the changes", () => {
    expect(entries("## Changes to the language\n\nGo 1.22 makes two changes to loops.\n\n- Loop variables are per iteration")).toEqual([
      "highlight|Changes to the language|Go 1.22 makes two changes to loops.",
      "other|Changes to the language|Loop variables are per iteration",
    ]);
  });

  it("a sentence leading in to a short list is one paragraph naming them; what a post says about itself is fluff", () => {
    const model = readNotesModel(
      "The project will ship new versions in order to address:\n\n- 1 high severity issue\n- 1 low severity issue\n\nThis blog post adds context. To download it, run the installer. The latest release arrives six months after 1.21.",
    );
    expect(model.entries.map((entry) => [entry.fluff, entry.text])).toEqual([
      // What a release still to come will address is no change of this one.
      [true, "The project will ship new versions in order to address: 1 high severity issue, 1 low severity issue"],
      [true, "This blog post adds context."],
      [true, "To download it, run the installer."],
      [true, "The latest release arrives six months after 1.21."],
    ]);
  });

  it("'What's Changed in v0.2.0' is GitHub's generic heading, not a label", () => {
    expect(entries("## What's Changed in v0.2.0\n* Fix Sao Paulo bug by @a in [#663](https://github.com/o/r/pull/663)")).toEqual(["fix|-|Fix Sao Paulo bug"]);
  });

  it("an item that only names a version ('[SDK] 2.6.0') labels nothing: its sub-items keep the section's label", () => {
    expect(entries("#### 기능 추가\n* Google 구독 결제 기능 추가\n    * [SDK] 2.6.0 Android\n* [SDK] 2.6.0\n    * (iOS) Sign In with Apple 인증 추가")).toEqual([
      "feature|기능 추가|Google 구독 결제 기능 추가",
      "feature|기능 추가|(iOS) Sign In with Apple 인증 추가",
    ]);
  });

  it("a CJK change with a detail under it is a change, not a label; a short name still labels", () => {
    expect(entries("#### 機能改善\n- 最後のorderGroupを記憶する #120\n  - 表示レーンの切り替え時に維持されるように\n- Icon\n  - 🔥 new icons")).toEqual([
      "feature|機能改善|最後のorderGroupを記憶する",
      "feature|Icon|🔥 new icons",
    ]);
  });

  it("Keep a Changelog headings in Portuguese, Spanish, German, French and Russian say their kind", () => {
    const notes = "### Adicionado\n- Campo novo\n### Segurança\n- Sanitização dos inputs\n### Corregido\n- Un error\n### Geändert\n- Etwas\n### Удалено\n- Старое";
    expect(entries(notes)).toEqual([
      "feature|Adicionado|Campo novo",
      "security|Segurança|Sanitização dos inputs",
      "fix|Corregido|Un error",
      "change|Geändert|Etwas",
      "removal|Удалено|Старое",
    ]);
  });

  it("a change that says something has been removed or is no longer supported is breaking, wherever the words stand", () => {
    const notes = "**The following changes are also included**:\n\n* The deprecated `proxies` argument has now been removed.\n* The `chardet` fallback is no longer supported.\n* Treat `socks5h` as a valid proxy scheme.\n";
    // (Breaking where the notes mark no breaking change themselves: prose-breaks.ts.)
    expect(entries(notes).map((entry) => entry.split("|")[0])).toEqual(["breaking", "breaking", "other"]);
    // A runtime no longer supported is more: every user on it must upgrade (see kinds-vocabulary.test.ts).
    expect(entries("* Python 3.8 is no longer supported.\n")[0]?.split("|")[0]).toBe("breaking");
  });

  it("'opt:' types a change like 'feat:'; a sentence that only says these are the release notes is no change, wherever it stands", () => {
    const model = readNotesModel("These are the release notes for 2.1.\n\n- opt: split the parser module\n");
    expect(model.entries.filter((entry) => !entry.fluff).map((entry) => `${entry.kind}|${entry.label}|${entry.text}`)).toEqual(["change|Changes|Split the parser module"]);
  });

  it("a handle right after a linked reference is a credit; Chinese 'upgrade X to version' lines are dependency updates, 'after upgrading you must…' breaks", () => {
    const notes = "- [#512](https://github.com/o/r/pull/512) @juridon グループフィールド内でも動作するように\n- 升级SpringBoot3.3.4\n- feat: 升级velocity2.4\n- 升级后需要自行引入模块\n";
    expect(entries(notes)).toEqual([
      "other|-|グループフィールド内でも動作するように",
      "dependencies|-|升级SpringBoot3.3.4",
      "dependencies|依存関係|升级velocity2.4",
      "breaking|⚠️ 破壊的変更|升级后需要自行引入模块",
    ]);
  });

  it("an issue tracker's key in square brackets goes; an advisory id stays", () => {
    const notes = "- modal: documentation bouton non lié [DSFR-109]\n- [CORE-42] Faster cold start\n- Fix parser crash [CVE-2024-12345]\n";
    expect(entries(notes).map((entry) => entry.split("|")[2])).toEqual(["modal: documentation bouton non lié", "Faster cold start", "Fix parser crash [CVE-2024-12345]"]);
  });

  it("a bracket that only points at a page ('(cf. [Migration guide](…))', '(see [docs](…))') goes; one with more words stays", () => {
    const notes = "- New default values (cf. [Migration guide](https://example.com/m))\n- Faster startup (see [docs](https://example.com/d))\n- Fewer retries (see the [docs](https://example.com/d) for the new limit)\n";
    expect(entries(notes).map((entry) => entry.split("|")[2])).toEqual(["New default values", "Faster startup", "Fewer retries (see the docs for the new limit)"]);
  });

  it("a heading with a typographic apostrophe or a question mark is read like its plain form; 'アップデート内容' says nothing", () => {
    const notes = "## Fixes\n\n- Fix the parser\n\n## What’s Next?\n\nWe plan to ship X.\n\n## アップデート内容\n\n### 機能追加\n\n- 新しいボタン\n";
    expect(entries(notes)).toEqual(["fix|Fixes|Fix the parser", "feature|機能追加|新しいボタン"]);
  });

  it("a documentation section is docs whatever word qualifies it ('Improved Documentation', 'Documentation fixes')", () => {
    const notes = "Improved Documentation\n----------------------\n\n- Clarify the worker docs.\n\n### Documentation fixes\n\n- Correct a reference.\n";
    expect(entries(notes)).toEqual(["docs|Improved Documentation|Clarify the worker docs.", "docs|Documentation fixes|Correct a reference."]);
  });
});

describe("reading notes: tables of changes", () => {
  it("Angular's '| Commit | Type | Description |' rows are changes of their type, under their package", () => {
    const notes = `### core
| Commit | Type | Description |
| -- | -- | -- |
| [e53d4ecf4c](https://github.com/a/a/commit/e53d4ecf4cfd9e64d6ba8c8b19adbb7df9cfc047) | feat | add afterRender and afterNextRender ([#50607](https://github.com/a/a/pull/50607)) |
| [9f490da7e2](https://github.com/a/a/commit/9f490da7e27e495cb45d2064af9091731422a6b1) | fix | handle \`a|b\` in view containers ([#51247](https://github.com/a/a/pull/51247)) |`;
    expect(entries(notes)).toEqual(["feature|core|Add afterRender and afterNextRender", "fix|core|Handle `a|b` in view containers"]);
  });

  it("a squashed PR's typed commit subjects under 'BREAKING CHANGES' are what their types say, under their kinds' labels", () => {
    const notes = "### BREAKING CHANGES\n\n* migrate to pure ESM\n\n* chore: update snapshot\n\n* fix(load): load `parserPreset` with another `await`\n\n* feat!: drop the CommonJS build\n";
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|migrate to pure ESM",
      "internal|Maintenance|Update snapshot",
      "fix|Fixes|load: load `parserPreset` with another `await`",
      "breaking|⚠️ Breaking changes|Drop the CommonJS build",
    ]);
  });

  it("a table row's own type beats the 'Breaking Changes' heading the table sits under", () => {
    const notes = `## Breaking Changes
### router
- \`urlHandlingStrategy\` has been removed from the Router public API.
### core
| Commit | Type | Description |
| -- | -- | -- |
| [88a0af64fd](https://github.com/a/a/commit/88a0af64fde58cbf71e8e2a22c39fabb8f0ee8fb) | perf | generate arrow functions for pure function calls |`;
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes (router)|`urlHandlingStrategy` has been removed from the Router public API.",
      "performance|core|Generate arrow functions for pure function calls",
    ]);
  });

  it("angular-cli's HTML <table> of commits under 'Commits' is the changes: badges give the type, spanning rows the package", () => {
    const notes = `# Commits

<table>
<tbody>

<tr><td colspan=3><h3>@angular/cli (12.1.0)</h3></td></tr>
  <tr>
    <td><b>Commit</b>
    <td><b>Description</b>
    <td><b>Notes</b>
  </tr>

<tr>

  <td>
<a href="https://github.com/a/c/commit/c146e9c"><img
   title="Feature" src="https://img.shields.io/badge/c146e9c-feat-blue.svg" />
</a>
  </td>

  <td>show Node.js version support in <code>ng version</code></td>

  <td>
  </td>
</tr>

<tr>
  <td><a href="https://github.com/a/c/commit/79c5284"><img title="Bug Fix" src="https://img.shields.io/badge/79c5284-fix-green.svg" /></a></td>
  <td>revert open to 8.0.2 &amp; more</td>
  <td><a href="https://github.com/a/c/issues/20807">[Closes #20807]</a></td>
</tr>
</tbody>
</table>

# Special Thanks

Alan Agius, Charles Lyding`;
    expect(entries(notes)).toEqual(["feature|@angular/cli|Show Node.js version support in `ng version`", "fix|@angular/cli|Revert open to 8.0.2 & more"]);
  });

  it("a table that lists no changes (no description column) stays out, and a 'Commits' section beside other changes too", () => {
    expect(entries("| Rule | Replaced by |\n| :-- | :-- |\n| `a` | `b` |\n")).toEqual([]);
    expect(entries("### Features\n- Add a flag\n### Commits\n- abc1234 wip")).toEqual(["feature|Features|Add a flag"]);
  });
});

describe("reading notes: breaking changes read whole", () => {
  it("a list of bare addresses under an example lead-in is no change, and its lead-in goes with it", () => {
    const notes = `### BREAKING CHANGES

* Anchor tags are removed from the header templates.

As an example, for version \`2.0.0\` of a GitHub project, the following
URL should be used:
- https://github.com/o/r/releases/tag/v2.0.0`;
    expect(entries(notes)).toEqual(["breaking|⚠️ Breaking changes|Anchor tags are removed from the header templates."]);
  });

  it("changesets' 'Major Changes' break even when the notes are too long for their 'Minor Changes' to be read", () => {
    const notes = `## 6.0.0\n\n### Major Changes\n\n- Removes the session \`test\` driver\n\n${"- Some other change that goes on for a while\n".repeat(900)}\n### Minor Changes\n\n- Adds a thing\n`;
    const model = readNotesModel(notes);
    expect(model.truncated).not.toBeNull();
    expect(model.entries[0]).toMatchObject({ kind: "breaking", label: "⚠️ Breaking changes", text: "Removes the session `test` driver" });
  });
});

describe("reading notes: structure (groups under headings, lead-ins, nested details, front matter)", () => {
  it("a heading whose section opens with a notice before its list labels the list; it is no change", () => {
    const notes = `### Patch Changes

- Harden CSRF code paths

### Unstable Changes

⚠️ _Unstable features are not recommended for production use_

- Add CSP nonce support to document rendering
- Detect stale clients during lazy route discovery`;
    const shown = entries(notes);
    expect(shown.some((line) => line.endsWith("|Unstable Changes"))).toBe(false);
    expect(shown.filter((line) => line.includes("|Unstable Changes|")).map((line) => line.split("|")[2])).toEqual([
      "⚠️ Unstable features are not recommended for production use",
      "Add CSP nonce support to document rendering",
      "Detect stale clients during lazy route discovery",
    ]);
  });

  it("a sub-heading under a labelled heading labels its changes; bold-led paragraphs are changes", () => {
    const notes = `### 🎉 What's New in v2.3.0

#### New Commands

**💡 \`/recommend <title>\`**
Get TMDB-powered recommendations based on a movie or TV show.

**🧭 \`/discover <type>\`**
Discover media by genre, year and minimum rating.

**⚠️ Unsaved changes warning**
The browser now warns before leaving unsaved changes.

#### Fixes

- Watch Now button now appears for partially available TV series`;
    expect(entries(notes)).toEqual([
      "feature|New Commands|`/recommend <title>`: Get TMDB-powered recommendations based on a movie or TV show.",
      "feature|New Commands|`/discover <type>`: Discover media by genre, year and minimum rating.",
      // The icon before a title decorates it: "⚠️" here is no breaking change.
      "feature|New Commands|Unsaved changes warning: The browser now warns before leaving unsaved changes.",
      "fix|Fixes|Watch Now button now appears for partially available TV series",
    ]);
  });

  it("a heading over prose and a list titles a group; one titling a change explained in prose stays the change", () => {
    expect(entries("### Adopted Future Flag Behaviors\n\nFlags let users opt in to new behaviour early.\n\n- `v7_startTransition` is now the default\n- `v7_fetcherPersist` is now the default")).toEqual([
      "highlight|Adopted Future Flag Behaviors|Flags let users opt in to new behaviour early.",
      "other|Adopted Future Flag Behaviors|`v7_startTransition` is now the default",
      "other|Adopted Future Flag Behaviors|`v7_fetcherPersist` is now the default",
    ]);
    expect(entries("#### Fix config file search\n\nThe search now stops at the root.\n\n- `--config` still wins")).toEqual(["fix|-|Fix config file search"]);
  });

  it("a long lead-in is no label: its sentences stay prose and its list is labelled 'Highlights' when it says so", () => {
    const notes = `This release of ripgrep mostly has bug fixes, some minor performance improvements and minor new features. Here are some highlights:

* Several bugs around gitignore matching have been fixed.
* \`rg -vf file\`, where \`file\` is empty, now matches everything.`;
    expect(entries(notes)).toEqual([
      "highlight|-|This release of ripgrep mostly has bug fixes, some minor performance improvements and minor new features.",
      "highlight|Highlights|Several bugs around gitignore matching have been fixed.",
      "highlight|Highlights|`rg -vf file`, where `file` is empty, now matches everything.",
    ]);
    // A short lead-in still labels its list.
    expect(entries("Platform support:\n\n* `aarch64` for Windows now has release artifacts.")).toEqual([
      "other|Platform support|`aarch64` for Windows now has release artifacts.",
    ]);
  });

  it("a title that reads as a sentence labels nothing: it is a change of its own", () => {
    const notes = "# Textual 0.18.0 adds API for managing concurrent workers\n\nThis release adds a new Worker API designed to manage concurrency.";
    expect(entries(notes)).toEqual([
      "highlight|-|Textual 0.18.0 adds API for managing concurrent workers",
      "highlight|-|This release adds a new Worker API designed to manage concurrency.",
    ]);
  });

  it("the sub-items of a bare umbrella item ('Release MobX 7…') are its changes, with its kind", () => {
    const notes = `### Major Changes

-   [\`1926c69\`](https://github.com/mobxjs/mobx/commit/1926c69) Thanks [@kubk](https://github.com/kubk)! - Release MobX 7, mobx-react-lite 5, and mobx-react 10.

    Bundle sizes are down.

    -   MobX now always uses Proxy-backed observable objects and arrays.
    -   Legacy decorators are no longer supported.
    -   \`observer\`

### Patch Changes

- Shorten minified error URL
  - measured with size-limit`;
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|Release MobX 7, mobx-react-lite 5, and mobx-react 10.",
      "breaking|⚠️ Breaking changes|MobX now always uses Proxy-backed observable objects and arrays.",
      "breaking|⚠️ Breaking changes|Legacy decorators are no longer supported.",
      "fix|Fixes|Shorten minified error URL",
    ]);
  });

  it("YAML front matter at the very start is no part of the notes", () => {
    const notes = "---\ndraft: false\ndate: 2023-04-04\ncategories:\n  - Release\nauthors:\n  - willmcgugan\n---\n\n- Add a Worker API";
    expect(entries(notes)).toEqual(["feature|-|Add a Worker API"]);
    // A rule and a paragraph that are no YAML stay what they are.
    expect(entries("---\n\n- Add a Worker API")).toEqual(["feature|-|Add a Worker API"]);
  });

  it("an item ending with ':' whose list is gone goes; the next item is no list of it", () => {
    const notes = "- Expose the underlying router promises from the following APIs for composition in React 19 APIs: ([#11521](https://github.com/o/r/pull/11521))\n- Remove `future.v7_normalizeFormMethod` future flag";
    expect(entries(notes)).toEqual(["removal|-|Remove `future.v7_normalizeFormMethod` future flag"]);
  });
});

describe("reading notes: blog-post furniture", () => {
  it("a call to action titled 'Join us' is no change; an admonition marker ('!!! tip') is no sentence", () => {
    const notes = "# Textual 0.18.0 adds API for managing concurrent workers\n\n!!! tip\n\n    You won't need to worry about this.\n\nThe new `@work` decorator turns a coroutine into a Worker.\n\n## Join us\n\nIf you want to talk about this update, join us on our Discord server.";
    expect(readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => entry.text)).toEqual([
      "Textual 0.18.0 adds API for managing concurrent workers",
      "The new `@work` decorator turns a coroutine into a Worker.",
    ]);
  });
});

describe("reading notes: eval2 structure classes", () => {
  it("a breaking marker in an item's body makes that change breaking; a second one is a breaking change of its own", () => {
    const notes = `### Minor Changes

- [#3951](https://github.com/o/r/pull/3951) Thanks [@a](https://github.com/a)! - Adds support for Astro v7, drops support for Astro v6.

  #### Upgrade Astro and dependencies

  ⚠️ **BREAKING CHANGE:** Astro v6 is no longer supported. Make sure you [update Astro](https://docs.astro.build) first:

  \`\`\`sh
  npx @astrojs/upgrade
  \`\`\`

  ⚠️ **BREAKING CHANGE:** This release drops official support for Chromium-based browsers prior to version 111.

- Adds a \`sidebar\` option.

### Patch Changes

- Fixes Markdown processing.

  **Breaking:** the \`legacy\` flag is gone.
`;
    expect(entries(notes)).toEqual([
      "breaking|⚠️ Breaking changes|Adds support for Astro v7, drops support for Astro v6.",
      "breaking|⚠️ Breaking changes|This release drops official support for Chromium-based browsers prior to version 111.",
      "feature|Features|Adds a `sidebar` option.",
      "breaking|⚠️ Breaking changes|Fixes Markdown processing.",
    ]);
  });

  it("a Title-Case item that carries its own reference ('System Bars Plugin (#8180)') is a change, not a stray title", () => {
    const notes = `### Features

- **cli:** Select a cap run target by target name ([#8199](https://github.com/o/r/issues/8199)) ([b30c472](https://github.com/o/r/commit/b30c472))
- **iOS:** Allow plugins to hook into URL authentication challenges ([#8216](https://github.com/o/r/issues/8216))
- **android:** Add a \`minSdk\` option ([#8217](https://github.com/o/r/issues/8217))
- System Bars Plugin ([#8180](https://github.com/o/r/issues/8180)) ([a32216a](https://github.com/o/r/commit/a32216a))

### Bug Fixes

- keep the splash screen up until load #8101
- Preview Window #8190
- stop double taps on buttons #8102
`;
    expect(entries(notes)).toEqual([
      "feature|Features|cli: Select a cap run target by target name",
      "feature|Features|iOS: Allow plugins to hook into URL authentication challenges",
      "feature|Features|android: Add a `minSdk` option",
      "feature|Features|System Bars Plugin",
      "fix|Bug Fixes|keep the splash screen up until load",
      "fix|Bug Fixes|Preview Window",
      "fix|Bug Fixes|stop double taps on buttons",
    ]);
  });

  it("a heading that is a PR title with a conventional prefix is a change; its bullets are its details", () => {
    const notes = `### [v1.14.3](https://github.com/o/r/compare/v1.14.2...v1.14.3) - 15 Décembre 2025

#### ✨ feat(table): header du tableau et bouton aria-sort [(#1347)](https://github.com/o/r/pull/1347)
- Alignement du contrôle segmenté à droite dans le header
- Permet une utilisation correcte de aria-sort

#### 🐛 fix(quote): espaces insécables avant et après les guillemets [(#1345)](https://github.com/o/r/pull/1345)
- Utilisation de l'espace insécable avant et après les guillemets

#### ✨ feat(modal): documentation bouton non lié [(#1348)](https://github.com/o/r/pull/1348)
`;
    expect(entries(notes)).toEqual([
      "feature|Nouveautés|table: header du tableau et bouton aria-sort",
      "fix|Corrections|quote: espaces insécables avant et après les guillemets",
      "feature|Nouveautés|modal: documentation bouton non lié",
    ]);
  });

  it("a short item over a few names ('More strings translated' / 'Danish by @a') is one change naming them", () => {
    const notes = `### Updated

- UI/UX: Update outdated help links by @f in #5336
- More strings translated
  - Danish by @MikkelOlesen @hhjuhl
  - Greek by @no1ta
  - Portuguese (Brazil) by @AgenteGabrielofc
- Icon
  - 🔥 new icons for tables
  - fix the arrow icon
`;
    expect(entries(notes)).toEqual([
      "other|Updated|UI/UX: Update outdated help links",
      "other|Updated|More strings translated: Danish, Greek, Portuguese (Brazil)",
      "highlight|Icon|🔥 new icons for tables",
      "fix|Icon|fix the arrow icon",
    ]);
  });

  it("a lead-in ending with '...' before its list is no sentence of its own; a 'The following…' lead-in labels only by kind", () => {
    const notes = `For users of \`verify=True\` this should require no changes. The following cases have been deprecated...

* The \`verify\` argument as a string argument is now deprecated.
* The \`cert\` argument is now deprecated.

**The following changes are also included**:

* The deprecated \`proxies\` argument has now been removed.
* Treat \`socks5h\` as a valid proxy scheme.
`;
    expect(entries(notes)).toEqual([
      "highlight|-|For users of `verify=True` this should require no changes.",
      "deprecation|Deprecated|The `verify` argument as a string argument is now deprecated.",
      "deprecation|Deprecated|The `cert` argument is now deprecated.",
      "breaking|⚠️ Breaking changes|The deprecated `proxies` argument has now been removed.",
      "other|-|Treat `socks5h` as a valid proxy scheme.",
    ]);
  });

  it("a lead-in over a list of linked names keeps the names: its list is the change", () => {
    const notes = `## Linter

### New nursery rules

Since Biome v1.6, we added several new rules.

The new rules are:

- [nursery/noDoneCallback](/linter/rules/no-done-callback/)
- [nursery/noDuplicateElseIf](/linter/rules/no-duplicate-else-if/)

Downloads:

- [Windows](https://example.com/win.zip)
- [macOS](https://example.com/mac.zip)
`;
    expect(entries(notes)).toEqual([
      "feature|New nursery rules|Since Biome v1.6, we added several new rules.",
      "feature|New nursery rules|The new rules are: nursery/noDoneCallback, nursery/noDuplicateElseIf",
    ]);
  });

  it("a 'BREAKING CHANGE:' line joined to an item's first line makes that change breaking", () => {
    expect(entries("### Features\n\n- add the `x` flag\n  BREAKING CHANGE: the `y` flag is gone\n- add `z`\n")).toEqual([
      "breaking|⚠️ Breaking changes|add the `x` flag",
      "feature|Features|add `z`",
    ]);
  });
});


describe("reading notes: structure (empty sections, titles, nested lists)", () => {
  it("an empty template heading says nothing; a breaking section that only points elsewhere says to read the notes", () => {
    expect(entries("## Breaking Changes\n\n<!-- list them here -->\n\n## Changes since v7.15.1\n\n- fix: invalidate session on refresh errors")).toEqual([
      "fix|Fixes|Invalidate session on refresh errors",
    ]);
    expect(entries("## Breaking Changes\n\nPlease refer to: [the migration guide](https://x.dev/m)\n\n## Fixes\n\n- fix a leak")).toEqual([
      "breaking|-|⚠️ Breaking changes: the release notes say what to change.",
      "fix|Fixes|fix a leak",
    ]);
  });

  it("the notes' own title and a release line are no changes: 'Vitest 3.2 is out!', '**Release Notes: X v0.2.1**', '* 7.1.3 (2024-07-26)'", () => {
    expect(entries("# Vitest 3.2 is out!\n\nVitest 3.2 focuses on Browser Mode.\n\n## Annotation API\n\nThe new annotation API annotates any test.")).toEqual([
      "highlight|-|Vitest 3.2 focuses on Browser Mode.",
      "highlight|-|Annotation API",
    ]);
    expect(entries("🚀 **Release Notes: Delta Plugin Action v0.2.1**\n\n### New\n\n- Checkout is now required")).toEqual(["feature|New|Checkout is now required"]);
    expect(entries("* 7.1.3 (2024-07-26)\n\n * bug #57803 [Cache] fix dbindex parsing\n * bug #57815 [Console] Fix `NO_COLOR` handling")).toEqual([
      "other|-|bug #57803 [Cache] fix dbindex parsing",
      "other|-|bug #57815 [Console] Fix `NO_COLOR` handling",
    ]);
  });

  it("a heading that names a kind of text ('Important Notes', 'How to Adapt: 🛠️', '詳細情報') labels its prose; it is no change", () => {
    const notes = "## Important Notes\n\nWe fixed several critical vulnerabilities.\n\n### How to Adapt: 🛠️\n\nRun checkout first.\n\n### 詳細情報\n\nアクションの実行前に checkout が必須になりました。";
    expect(entries(notes)).toEqual([
      "security|Important Notes|We fixed several critical vulnerabilities.",
      "other|How to Adapt|Run checkout first.",
      "other|詳細情報|アクションの実行前に checkout が必須になりました。",
    ]);
  });

  it("a parent item that says what it does is the change; its sub-items and their lead-ins are its details", () => {
    const notes = "### Major Changes\n\n- Remove `react-router-dom` package (#15076)\n  - In v7 everything was collapsed into `react-router/dom`\n  - For v8, you will need to swap imports:\n    - `RouterProvider` from `react-router/dom`\n    - Everything else from `react-router`\n- Icon\n  - 🔥 new icons";
    expect(entries(notes)).toEqual([
      "highlight|Major Changes|Remove `react-router-dom` package",
      "highlight|Icon|🔥 new icons",
    ]);
  });

  it("a sub-item that explains its parent (a reason, a credit) is no change of its own", () => {
    const notes = "- [CHANGE] Canary の E2E テストは Nodejs 20 でのみ行うようにする\n  - Nodejs 20 が EoL が一番近い LTS であるため\n  - @voluntas";
    expect(entries(notes).map((line) => line.split("|")[2])).toEqual(["Canary の E2E テストは Nodejs 20 でのみ行うようにする"]);
  });
});

describe("reading notes: an article's questions", () => {
  it("a question heading ('What is Tauri?') is no change and no label; its answer defines the project, which is no change either", () => {
    const notes =
      "## What is Tauri?\n\nTauri is a toolkit that helps developers make applications for the major desktop platforms.\n\n## What Makes 2.0 Great?\n\n### Mobile Support\n\nTauri now runs on iOS and Android.";
    const model = readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);
    // The topic with what its part says was done: "Mobile Support" alone tells a reader nothing (headingsT).
    expect(model).toEqual(["highlight|-|Mobile Support: Tauri now runs on iOS and Android."]);
  });
});

describe("reading notes: how to get the release is no change of it", () => {
  it("advice to install this very release and a pointer at the full list of changes never show", () => {
    const notes =
      "## Upgrading\n\nMake sure to update both NPM and Cargo dependencies to the 1.7.0 release.\n\n## What's new\n\n- Shell API performance improvement\n\n## Other changes\n\nCheck out the entire list of changes: [tauri](https://x.y/a), [tauri-cli](https://x.y/b)";
    expect(entries(notes)).toEqual(["highlight|What's new|Shell API performance improvement"]);
  });
});

describe("reading notes: a sentence that shows by its example", () => {
  it("goes with the code block after it ('…like this.', '次のように…'); the sentences before it stay", () => {
    const notes = "Loops are faster now. You can now write loops like this.\n\n```js\nfor (x of y) {}\n```\n\nオプショナルチェーンを追加しました。これを次のように1行で書けます。\n\n```js\na?.b\n```";
    expect(entries(notes)).toEqual(["highlight|-|Loops are faster now.", "highlight|-|オプショナルチェーンを追加しました。"]);
  });
});

describe("reading notes: shouted labels", () => {
  it("'BUG FIXES' reads 'Bug fixes'; an acronym ('CLI', 'NSIS') keeps its capitals", () => {
    expect(entries("### BUG FIXES\n\n- handle nulls\n\n### CLI\n\n- add a `--json` flag\n")).toEqual(["fix|Bug fixes|handle nulls", "feature|CLI|add a `--json` flag"]);
  });
});

describe("reading notes: a long 'Major changes' heading", () => {
  it("'Major changes and deprecations since 4.3.0' holds the big changes, not breaking ones, unless it says so", () => {
    expect(entries("## Major changes and deprecations since 4.3.0\n\n- An Ubuntu 24.04 Docker image was added.\n")).toEqual([
      "highlight|Major changes and deprecations since 4.3.0|An Ubuntu 24.04 Docker image was added.",
    ]);
    expect(entries("## Major changes (breaking)\n\n- The `foo` option is gone.\n")[0]).toMatch(/^breaking\|/u);
  });
});

describe("reading notes: support notices", () => {
  it("'End of Support for 30.x.y' tells of older lines, not of this release: its section goes", () => {
    expect(entries("## Highlights\n\n- Node 20.18 inside\n\n## End of Support for 30.x.y\n\nElectron 30.x.y has reached end-of-support.\n")).toEqual(["highlight|Highlights|Node 20.18 inside"]);
  });
});
