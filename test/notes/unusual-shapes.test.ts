// Shapes of real release notes the composer once showed as written: references as item prefixes or in slashed or
// full-width brackets, CJK notes full of identifiers, commit types after a gitmoji, lists of pull requests, titles the
// notes themselves cut.
import { describe, expect, it } from "vitest";
import { wholeWordsOfCut } from "../../src/notes/text/cleanup.js";
import { composePosts } from "../../src/notes/compose.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { detectLanguage } from "../../src/notes/language.js";
import { readNotesModel } from "../../src/notes/model.js";
import { release, single } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("references in unusual shapes", () => {
  it("a linked reference used as an item's prefix goes with its colon (ripgrep)", () => {
    const notes = "Bug fixes:\n\n* [BUG #2653](https://github.com/o/r/issues/2653):\n  Include `pkg/windows/Manifest.xml` in crate package.\n* [FEATURE #2650](https://github.com/o/r/issues/2650): Add `--hyperlink-format`.";
    expect(entries(notes)).toEqual(["fix|Bug fixes|Include `pkg/windows/Manifest.xml` in crate package.", "fix|Bug fixes|Add `--hyperlink-format`."]);
  });
  it("several linked references heading an item go together with their colon", () => {
    const notes = "Bug fixes:\n\n* [BUG #1332](https://github.com/o/r/issues/1332),\n  [BUG #3001](https://github.com/o/r/issues/3001):\n  Make `rg -vf file` match everything.\n* #12, #14: Fix the cache.";
    expect(entries(notes)).toEqual(["fix|Bug fixes|Make `rg -vf file` match everything.", "fix|Bug fixes|Fix the cache."]);
  });
  it("another repository's reference heading an item goes, its name apart from its number or not (PHPUnit)", () => {
    const notes = "### Changed\n\n* [phpunit/php-code-coverage #1231](https://github.com/o/r/issues/1231): Identify dead code using static analysis\n* o/lib#12: Degrade gracefully when a source file cannot be parsed";
    expect(entries(notes)).toEqual(["change|Changed|Identify dead code using static analysis", "change|Changed|Degrade gracefully when a source file cannot be parsed"]);
  });
  it("a commit link whose words are the change keeps them; a hash linked to its commit goes", () => {
    const commit = (sha: string) => `https://github.com/o/r/commit/${sha.repeat(8)}`;
    const notes = `### Fixes\n\n- **soundcloud**: [Fix formats extraction](${commit("a1b2c")}) ([#13](https://github.com/o/r/issues/13))\n- Fix a crash ([a1b2c3d](${commit("d4e5f")}))`;
    expect(entries(notes)).toEqual(["fix|Fixes|soundcloud: Fix formats extraction", "fix|Fixes|Fix a crash"]);
  });
  it("a credit written as links to the people's pages goes like one written as @handles (yt-dlp)", () => {
    const notes = "### Fixes\n\n- Fix formats extraction by [bashonly](https://github.com/bashonly), [Grub4K](https://github.com/Grub4K)\n- Fix the [Grub4K](https://example.com/grub) page";
    expect(entries(notes)).toEqual(["fix|Fixes|Fix formats extraction", "fix|Fixes|Fix the Grub4K page"]);
  });
  it("a slash-separated list of references goes (rshogi)", () => {
    const notes = "### Breaking\n\n- **PascalCase 命名統一** (#729 / #730 / #731 / #732): FeatureSet enum を PascalCase に統一。";
    expect(entries(notes)).toEqual(["breaking|⚠️ 破壊的変更|PascalCase 命名統一: FeatureSet enum を PascalCase に統一。"]);
  });
  it("hutool's full-width and @site references go; padded module tags are closed up", () => {
    const notes = [
      "### 🐣新特性",
      "* 【core   】      SyncFinisher增加setExecutorService方法（issue#IANKQ1@Gitee）",
      "* 【http   】      HttpConfig增加`setUseDefaultContentTypeIfNull`方法(issue#3719@Github)",
      "* 【core   】      用ArrayList重新实现权重随机类：WeightListRandom（pr#3720@Github）",
      "* 【json   】      修复JSONConfig问题（#3713）",
    ].join("\n");
    expect(entries(notes).map((entry) => entry.split("|")[2])).toEqual([
      "【core】SyncFinisher增加setExecutorService方法",
      "【http】HttpConfig增加`setUseDefaultContentTypeIfNull`方法",
      "【core】用ArrayList重新实现权重随机类：WeightListRandom",
      "【json】修复JSONConfig问题",
    ]);
  });
});

describe("CJK notes full of identifiers keep their language", () => {
  it("Chinese and Korean items around camelCase and dotted names", () => {
    const zh = "### 🐣新特性\n* 【core】SyncFinisher增加setExecutorService方法\n* 【http】HttpConfig增加`setUseDefaultContentTypeIfNull`方法\n* 【core】TreeUtil.buildSingle指定rootId节点\n### 🐞Bug修复\n* 【json】修复JSONConfig.setDateFormat设置后toBean无效问题";
    expect(detectLanguage(zh)).toBe("zh");
    const ko = "### ✨ Features\n\n* useRedux 훅 추가\n\n### ♻️ Refactor\n\n* useDnD 및 useRedux 적용\n* useRedux 훅 적용";
    expect(detectLanguage(ko)).toBe("ko");
    expect(composePosts(release(ko, PROJECT)).posts[0]?.text).toMatch(/^widget 1\.2\.0 출시!/u);
  });
  it("English notes that mention a CJK word or name stay English", () => {
    expect(detectLanguage("- Add a Chinese translation (简体中文) of the settings page\n- Fix `parseConfig` when the path is empty")).toBe("en");
    expect(detectLanguage("- Support the 日本語 locale in date pickers and number formatting for all users")).toBe("en");
  });
});

describe("commit types after a gitmoji, and more type words", () => {
  it("a conventional prefix after a leading emoji goes, emoji and all", () => {
    expect(readItem("✨ feat(volumes): allow setting total iops")).toEqual({ kind: "feature", breaking: false, text: "volumes: allow setting total iops" });
    expect(readItem("🧵 fix(race): race condition in ControllerPublishVolume")).toMatchObject({ kind: "fix", text: "Fix race condition in ControllerPublishVolume" });
    expect(entries("### ✨ Added\n* ✨ feat(volumes): allow setting total iops by @jfbus in https://github.com/o/r/pull/1156")).toEqual([
      "feature|✨ Added|volumes: allow setting total iops",
    ]);
  });
  it("change:, changed:, update: and improvement: are kinds, stripped like feat:", () => {
    expect(readItem("change: re-added support for loading Axios with require('axios').default")).toEqual({
      kind: "change",
      breaking: false,
      text: "re-added support for loading Axios with require('axios').default",
    });
    expect(readItem("changed: refactored module exports")).toMatchObject({ kind: "change", text: "Refactored module exports" });
    expect(readItem("update: newer default timeout")).toMatchObject({ kind: "change", text: "Newer default timeout" });
    expect(readItem("improvement(cli): faster startup")).toMatchObject({ kind: "feature", text: "cli: faster startup" });
  });
});

describe("headings that list references, not kinds", () => {
  it("PRs, Pull Requests and Merged PRs are no label: their items are labelled by their own kind", () => {
    for (const heading of ["PRs", "Pull Requests", "Merged PRs", "Merged pull requests"]) {
      expect(entries(`### ${heading}\n- fix: crash on empty input ( [#12](https://github.com/o/r/pull/12) )`), heading).toEqual(["fix|Fixes|Fix crash on empty input"]);
    }
  });
  it("an item that is only an advisory's identifier says no change, unless its section is about security", () => {
    const junk = "### Fixed\n- fix the parser\n\n### PRs\n- CVE 2023 45857 ( [#6028](https://api.github.com/repos/axios/axios/pulls/6028) )";
    expect(entries(junk)).toEqual(["fix|Fixed|fix the parser"]);
    expect(entries("### Security\n- CVE-2024-1234")).toEqual(["security|Security|CVE-2024-1234"]);
  });
});

describe("a title the notes themselves cut", () => {
  const notes = [
    "## What's Changed",
    "* Fix regex typo in Env::addVariableToEnvContents that prevented quotin… by @a in https://github.com/o/r/pull/1",
    "* Fix Number::trim() returning null for INF and NAN values by @b in https://github.com/o/r/pull/2",
    "* Fix FIFO queue name normalization in Cloud managed queues by @c in https://github.com/o/r/pull/3",
  ].join("\n");
  it("comes after the whole ones of its kind, and never ends inside a word", () => {
    const post = single(notes, PROJECT);
    expect(post.indexOf("Fix Number::trim()")).toBeLessThan(post.indexOf("Fix regex typo"));
    expect(post).toContain("that prevented…");
    expect(post).not.toMatch(/quotin/u);
  });
  it("a short item that ends with an ellipsis is left as written", () => {
    expect(entries("- Various fixes and more…")).toEqual(["other|-|Various fixes and more…"]);
    expect(wholeWordsOfCut("Various fixes and more…")).toBeNull();
    expect(wholeWordsOfCut("Fix regex typo in Env::addVariableToEnvContents that prevented quotin…")).toBe("Fix regex typo in Env::addVariableToEnvContents that prevented…");
  });
  it("a line the notes broke off after a word that needs more is marked as cut and comes last", () => {
    const broken = ["### Enhancements", "- [Repo] Add `:on_conflict` option for", "- [Type] Support UUIDv7 as a type", "- [Query] Allow `{fragment, Schema}` sources"].join("\n");
    const post = single(broken, PROJECT);
    expect(post).toContain("Add `:on_conflict` option…");
    expect(post).not.toMatch(/option for\b/u);
    expect(post.indexOf("Support UUIDv7")).toBeLessThan(post.indexOf("`:on_conflict`"));
    expect(wholeWordsOfCut("Fix a crash when you log in")).toBeNull();
  });
});
