// Classes of changes a post must not bury: security fixes listed among fixes or changes, the API change a small
// release is about, lead-ins that name no change, labels of plain-text notes, and one kind under two labels.
import { describe, expect, it } from "vitest";
import { closedVulnerability, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { isListIntro } from "../../src/notes/prose/prose.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);
const fixes = (count: number) => Array.from({ length: count }, (_, at) => `- Fix the crash number ${at + 1} when the cache is cold`).join("\n");

describe("security fixes listed as plain fixes or changes", () => {
  it("a fix that calls itself a security fix, in English, Chinese, Japanese or Korean, is one", () => {
    for (const text of ["Security: escape user input in the renderer", "Harden cookie handling (security)", "修复了一个安全问题", "セキュリティ上の問題を修正しました", "보안 문제 수정", "Fix sandbox escape in the plugin loader", "Fix XSS in template rendering"]) {
      expect(closedVulnerability(text), text).not.toBeNull();
    }
    for (const text of ["Updated security-policy docs", "Fix memory leak in the token cache", "Fix typo in the security issue template"]) {
      expect(closedVulnerability(text), text).toBeNull();
    }
  });

  it("leads a long list of fixes under a security label, not swallowed into '+N more'", () => {
    const notes = `## Bug Fixes\n\n${fixes(12)}\n- 修复了登录接口的安全问题\n- Security: escape user input in the renderer\n`;
    const [post] = posts(notes, PROJECT);
    // The item's own "Security:" is the label's word: said once, by the label.
    expect(post).toMatch(/^widget 1\.2\.0 is out!\n\nSecurity:\n• 修复了登录接口的安全问题\n• escape user input in the renderer\n/u);
  });

  it("under 'Changed', 'Other' or a bump list, a change that names the hole is a security fix; a plain bump is not", () => {
    const notes = "### Changed\n\n- Upgrade openssl (security)\n\n### Dependencies\n\n- Bump minimist to 1.2.6 to fix CVE-2021-44906\n- Bump lodash from 4.17.20 to 4.17.21\n\n### Other\n\n- Pull in fix for unsafe-libyaml security advisory\n";
    expect(entries(notes)).toEqual([
      "security|Security|Upgrade openssl (security)",
      "security|Security|Bump minimist to 1.2.6 to fix CVE-2021-44906",
      "dependencies|Dependencies|Bump lodash from 4.17.20 to 4.17.21",
      "security|Security|Pull in fix for unsafe-libyaml security advisory",
    ]);
  });

  it("a notable change that names an advisory is a security fix; a feature that mentions security stays one", () => {
    const notes = "### Notable Changes\n\n* CVE-2025-23084 - path: fix path traversal in normalize() on Windows (Medium)\n* Add the `security.csp` option\n";
    expect(entries(notes)).toEqual(["security|Security|CVE-2025-23084 - path: fix path traversal in normalize() on Windows (Medium)", "highlight|Notable Changes|Add the `security.csp` option"]);
  });
});

describe("the API change a small release is about", () => {
  it("a change of behaviour under a 'Changes' heading that says no kind ranks above the fixes", () => {
    const notes = `## Changes\n\n- Changed the public API of \`Parser\`: options are now passed as an object\n\n## Fixes\n\n${fixes(8)}\n`;
    expect(entries(notes)[0]).toBe("change|-|Changed the public API of `Parser`: options are now passed as an object");
    expect(posts(notes, PROJECT)[0]).toMatch(/is out!\n\n(?:Changes:\n)?• Changed the public API of `Parser`/u);
  });

  it("'now returns', 'now throws', 'renamed', 'has been changed', '…を変更しました' are changes; 'now supports' is not one", () => {
    const notes = "- `Foo()` now returns a Promise\n- `load()` now throws on invalid input\n- `connect()` now requires a timeout argument\n- Renamed `fooBar` to `foo_bar`\n- The default port has been changed to 8080\n- 設定画面のレイアウトを変更しました\n- `X` now supports streams\n";
    expect(entries(notes).map((line) => line.split("|")[0])).toEqual(["change", "change", "change", "change", "change", "change", "other"]);
  });

  it("options that 'were removed' are a breaking change users must act on, before the features", () => {
    // (In notes that mark no breaking change, a removal said in words is one: prose-breaks.ts.)
    const notes = "- Add a summary after `inject`\n- `upgrade` options `--spec` and `--include-deps` were removed\n";
    expect(entries(notes)[1]).toBe("breaking|⚠️ Breaking changes|`upgrade` options `--spec` and `--include-deps` were removed");
    expect(posts(notes, PROJECT)[0]).toMatch(/is out!\n\n⚠️ Breaking changes:\n• `upgrade` options/u);
  });
});

describe("a sentence that only introduces what follows", () => {
  it("is recognised in English, Chinese, Japanese and Korean; one that names a change is not", () => {
    for (const text of [
      "The following changes are included in this release.",
      "These are changes that require you to update your code:",
      "This release includes the following changes:",
      "Below are the highlights",
      "Notable changes include:",
      "以下是本次更新内容",
      "本次更新包含以下内容：",
      "主な変更点は以下の通りです。",
      "今回のリリースでは以下の変更が含まれています。",
      "주요 변경 사항은 다음과 같습니다.",
    ]) {
      expect(isListIntro(text), text).toBe(true);
    }
    for (const text of ["The following rules are now recommended:", "These changes make startup 2x faster.", "Add the following options to `init`:", "修复以下问题：", "Node 18 以下のサポートを終了"]) {
      expect(isListIntro(text), text).toBe(false);
    }
  });

  it("is never an item or a post's content; its list stays items", () => {
    for (const intro of ["The following changes are included in this release.", "主な変更点は以下の通りです。", "今回のリリースでは以下の変更が含まれています。"]) {
      const notes = `${intro}\n\n### Fixes\n\n- Fix the crash on start\n`;
      expect(entries(notes), intro).toEqual(["fix|Fixes|Fix the crash on start"]);
    }
    expect(entries("We fixed a few bugs. The following changes are included:\n\n- Fix A\n- Fix B\n")).toEqual(["highlight|-|We fixed a few bugs.", "fix|-|Fix A", "fix|-|Fix B"]);
  });

  it("an introduction to what users must change labels its list as breaking", () => {
    const notes = "These are changes that require you to update your code:\n\n- `parse()` now returns a Promise\n- `load()` takes an options object\n";
    expect(entries(notes)).toEqual(["breaking|⚠️ Breaking changes|`parse()` now returns a Promise", "breaking|⚠️ Breaking changes|`load()` takes an options object"]);
  });
});

describe("labels of plain-text notes", () => {
  it("plain bullets ('・', '•') under a line that names a kind are items under that label", () => {
    expect(entries("新機能\n・X を追加\n・Y を追加\n\n不具合修正\n・Z を修正\n")).toEqual(["feature|新機能|X を追加", "feature|新機能|Y を追加", "fix|不具合修正|Z を修正"]);
    expect(entries("Features\n\n• Add X\n• Add Y\n")).toEqual(["feature|Features|Add X", "feature|Features|Add Y"]);
  });

  it("lines right under a kind's name in notes without Markdown are its items; a wrapped sentence is not", () => {
    expect(entries("Features:\nAdd X\nAdd Y\n\nFixes:\nFix Z\n")).toEqual(["feature|Features|Add X", "feature|Features|Add Y", "fix|Fixes|Fix Z"]);
    expect(entries("Features:\nThis release adds X and Y, which\nmake things faster.\n")).toHaveLength(1);
  });

  it("a line that only names kinds, joined or alone, never shows as the post's content", () => {
    const notes = "機能追加 / 非推奨機能の追加\n\n機能追加:\n  X を追加しました\n\n非推奨機能の追加:\n\n不具合修正:\n  Z を修正しました\n";
    expect(entries(notes)).toEqual(["feature|機能追加|X を追加しました", "fix|不具合修正|Z を修正しました"]);
    expect(entries("Bug fixes and improvements\n\nWe fixed the login flow.\n")).toEqual(["highlight|-|We fixed the login flow."]);
  });
});

describe("one kind under one label", () => {
  it("sections that name a kind in other words ('Added' and 'Features', 'Fixed' and 'Bug Fixes') share the label most changes stand under", () => {
    const notes = "## pkg-a\n\n### Added\n\n- Add X\n- Add Y\n\n### Fixed\n\n- Fix A\n\n## pkg-b\n\n### Features\n\n- Add Z\n\n### Bug Fixes\n\n- Fix B\n- Fix C\n";
    expect(entries(notes)).toEqual(["feature|Added|Add X", "feature|Added|Add Y", "fix|Bug Fixes|Fix A", "feature|Added|Add Z", "fix|Bug Fixes|Fix B", "fix|Bug Fixes|Fix C"]);
  });

  it("a label that sets its section apart ('Other fixes', 'Improvements') or names a part stays", () => {
    const notes = "### Features\n\n- Add X\n\n### Improvements\n\n- Improve Y\n- Improve Z\n\n### Bug fixes\n\n- Fix A\n\n### Other fixes\n\n- Fix B\n- Fix C\n";
    expect(entries(notes).map((line) => line.split("|")[1])).toEqual(["Features", "Improvements", "Improvements", "Bug fixes", "Other fixes", "Other fixes"]);
  });
});

describe("a breaking marker with a scope", () => {
  it("'BREAKING CHANGE(types): x' breaks and reads 'types: x', as a conventional commit's scope does", () => {
    expect(readItem("BREAKING CHANGE(types): make FilterQuery properties no longer resolve to any")).toMatchObject({
      kind: "breaking",
      text: "types: make FilterQuery properties no longer resolve to any",
    });
  });
});
