// Leftovers of references and names a post must not show: a verb whose reference went, tracker ids, a "Please see"
// address, a sentence that only pointed at a linked page, a scope list as a label, a locale in a repository's name.
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { composePosts } from "../../src/notes/compose.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { projectName } from "../../src/notes/project-name.js";
import { cleanText } from "../../src/notes/text/cleanup.js";

const itemText = (line: string): string => cleanText(readMarkdown(`- ${line}\n`).blocks[0]?.text ?? "");
const release = (owner: string, repo: string, notes: string, version = "2.0.0"): Release => ({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "https://example.com/r", notes });

describe("reference verbs go with their references", () => {
  it("tells a report 'resolved by doing' as the change", () => {
    expect(itemText("[PR#41](https://github.com/acme/tool/pull/41) resolved [#40](https://github.com/acme/tool/issues/40) by adding a `--strict` flag that rejects unknown keys")).toBe("Adds a `--strict` flag that rejects unknown keys");
    expect(itemText("The loader now fixes #12 by handling tabs in paths.")).toBe("The loader now handles tabs in paths.");
  });

  it("drops closing clauses after the change, not leaving 'Fixes'", () => {
    expect(itemText("**parser:** skip BOM bytes in CSV input. Fixes [#310](https://github.com/acme/tool/issues/310), Closes [#311](https://github.com/acme/tool/issues/311) ([abc1234](https://github.com/acme/tool/commit/abc1234def))")).toBe("parser: skip BOM bytes in CSV input.");
    expect(itemText("skip BOM bytes in CSV input, fixes #310")).toBe("skip BOM bytes in CSV input");
  });

  it("(guard) keeps a fix whose object is words", () => {
    expect(itemText("Fixes a crash when the cache is empty.")).toBe("Fixes a crash when the cache is empty.");
  });
});

describe("tracker ids and advisory addresses", () => {
  it("drops bracketed tracker ids at a sentence's end", () => {
    expect(itemText("tool: New option --no-upload.  [T1234]")).toBe("tool: New option --no-upload.");
    expect(itemText("agent: Enable retries by default.  [rX0a1b2c3d4e]")).toBe("agent: Enable retries by default.");
    expect(itemText("Fix the export path [CORE-881].")).toBe("Fix the export path.");
  });

  it("says a 'Please see <advisory URL>' tail as the advisory's id", () => {
    expect(itemText("CVE-2031-1111. A heap overflow in parse_reply(). Please see https://github.com/acme/lib/security/advisories/GHSA-2222-3333-4444")).toBe("CVE-2031-1111: A heap overflow in parse_reply() (GHSA-2222-3333-4444).");
  });
});

describe("a sentence that only points at a linked page, verb last", () => {
  it("goes whole", () => {
    expect(itemText("[アップグレードガイド v2](/docs/upgrade) で移行手順を確認してください。")).toBe("");
    expect(itemText("新增导出功能。请在[文档](/docs/export)中查看详情。")).toBe("新增导出功能。");
  });

  it("(guard) keeps a change that ends in the same words without a link", () => {
    expect(itemText("設定ファイルの形式を確認してください。")).not.toBe("");
  });
});

describe("scope lists are no label", () => {
  it("drops a scope that lists several packages", () => {
    const notes = ["## 2.0.0", "", "### Features", "", "- feat(api,cli,types): add batch updates to price lists", "- feat(api, types): list payment providers", "- feat(api): add store endpoints"].join("\n");
    const text = composePosts(release("acme", "shop", notes), { thread: false }).posts.map((post) => post.text).join("\n");
    expect(text).not.toMatch(/api,\s?(?:cli|types)/iu);
    expect(text).toContain("Add batch updates to price lists");
  });
});

describe("a translation repository's locale is not the name", () => {
  it("drops the locale and takes the name the notes write with an acronym", () => {
    const notes = "## Version 30001\n\nDie Wartungsversion bringt Fehlerbehebungen.\n\n- Mit ACP as a Data Service werden Exporte schneller.\n- Fix: Vorschau";
    expect(projectName(release("AcmeDocs", "cloud-platform-data-service.de-DE", notes, "30001"), notes)).toBe("ACP as a Data Service");
    expect(projectName(release("acme", "widget-tools.ko-KR", "- 버그 수정", "30001"), "- 버그 수정")).toBe("widget-tools");
  });
  it("keeps a file extension that is also a language's code", () => {
    expect(projectName(release("copilot-emacs", "copilot.el", "- Fix completion", "0.3.0"), "- Fix completion")).toBe("copilot.el");
    expect(projectName(release("acme", "tools.it", "- Fix completion", "0.3.0"), "- Fix completion")).toBe("tools.it");
  });
});

describe("reference verbs in whole notes", () => {
  const posts = (notes: string): string => composePosts(release("acme", "tool", notes), { thread: true }).posts.map((post) => post.text).join("\n");

  it("a Keep a Changelog item led by its PR tells the change, not 'Resolved by'", () => {
    const notes = ["## [2.0.0] - 2031-01-01", "### Added", "- [PR#41](https://github.com/acme/tool/pull/41) resolved [#40](https://github.com/acme/tool/issues/40) by adding a new `strict` lint which checks the graph for duplicate crates."].join("\n");
    expect(posts(notes)).not.toMatch(/resolved by/iu);
    expect(posts(notes)).toContain("Adds a new `strict` lint");
  });

  it("a release-please item's closing 'Fixes #n, Closes #m' goes whole", () => {
    const notes = ["## [2.0.0](https://github.com/acme/tool/compare/v1.9.0...v2.0.0) (2031-01-01)", "### Bug Fixes", "* **grep:** remove nul bytes from warning messages in grep output. Fixes [#27](https://github.com/acme/tool/issues/27), Closes [#28](https://github.com/acme/tool/issues/28) ([b2cb00e](https://github.com/acme/tool/commit/b2cb00ef7d12da7f2d6e0684c43e2965896309dd))"].join("\n");
    expect(posts(notes)).toContain("grep output.");
    expect(posts(notes)).not.toMatch(/Fixes\s*$|Fixes,|Closes/mu);
  });
});

describe("an advisory pointer after other references", () => {
  it("says the advisory's id where the notes list a pull request and an issue before it", () => {
    const notes = [
      "Security",
      "~~~~~~~~",
      "",
      "- Fix a bug that would lead to busy looping on select() on a half-open socket.",
      "  See https://github.com/acme/tool/pull/435,",
      "  https://github.com/acme/tool/issues/418 and",
      "  https://github.com/acme/tool/security/advisories/GHSA-3f84-rpwh-47g6",
    ].join("\n");
    const text = composePosts(release("acme", "tool", notes), { thread: false }).posts.map((post) => post.text).join("\n");
    expect(text).toContain("(GHSA-3f84-rpwh-47g6)");
    expect(text).not.toMatch(/See and|advisories\//u);
  });
});
