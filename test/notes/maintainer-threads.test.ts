// A thread a maintainer would post: the notes' introduction opens it or is left out, a support line is no post, notes
// told once per language give posts in one, and an area under a kind's section still says the kind.
import { describe, expect, it } from "vitest";
import { withoutTranslatedParts } from "../../src/notes/formats/translated-parts.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { isBackgroundHeading } from "../../src/notes/prose/blog-sections.js";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { single, thread } from "../support/composed.js";

describe("the notes' introduction opens the thread or is left out", () => {
  const notes = [
    "# 3.1.1",
    "",
    "This is a patch release to fix security, performance and build issues found in 3.1.0.",
    "",
    "## Security fixes",
    "",
    "- CVE-2026-11111: Fix a heap overflow in `parse_header` when a header line is longer than the buffer it is read into.",
    "- GHSA-abcd-efgh-ijkl: Fix a stack overflow in `match_pattern` on deeply nested patterns given on the command line.",
    "",
    "## CLI changes",
    "",
    "- Fix an assertion failure when a syntax error happens at the end of the query.",
    "",
    "## Build",
    "",
    "- Fix the build on old macOS with an old sed.",
    "",
  ].join("\n");

  it("is never set above later changes in a reply", () => {
    const posts = thread(notes, { version: "3.1.1" });
    expect(posts[0]).toContain("CVE-2026-11111");
    for (const post of posts.slice(1)) expect(post).not.toContain("This is a patch release");
    expect(posts.join("\n")).toContain("Fix an assertion failure");
  });

  it("still opens a thread whose first post has room for it", () => {
    const posts = thread(notes.replace(/- CVE[^\n]*\n- GHSA[^\n]*\n/u, "- CVE-2026-11111: Fix a heap overflow in `parse_header`.\n"), { version: "3.1.1" });
    expect(posts[0]).toContain("This is a patch release");
  });
});

describe("a support line is no change", () => {
  it.each([
    "If you still hit an issue after upgrading, please open a report with the bug template and include a minimal repro.",
    "Please open an issue if anything breaks for you.",
    "Feel free to file a bug report with a minimal reproduction.",
  ])("%s", (sentence) => {
    expect(proseScore(sentence)).toBeLessThan(0);
  });

  it("a change that mentions issues stays", () => {
    expect(proseScore("The bug template now asks for the workflow file.")).toBeGreaterThanOrEqual(0);
  });

  it("gets no post of its own", () => {
    const notes = [
      "## 2.6.0",
      "",
      "This is a minor release centered on `previous_tag` support for `generate_release_notes`, which lets workflows pin the comparison base.",
      "",
      "If you still hit an issue after upgrading, please open a report with the bug template and include a minimal repro or sanitized workflow snippet where possible.",
      "",
      "## What's Changed",
      "",
      "### Exciting New Features 🎉",
      "",
      "* feat: support previous_tag for generate_release_notes by @someone in https://github.com/octo/lantern/pull/372",
      "",
      "### Bug fixes 🐛",
      "",
      "* fix: recover concurrent asset metadata 404s by @someone in https://github.com/octo/lantern/pull/760",
      "",
      "### Other Changes 🔄",
      "",
      "* docs: clarify reused draft release behavior by @someone in https://github.com/octo/lantern/pull/759",
      "* docs: clarify working_directory input by @someone in https://github.com/octo/lantern/pull/761",
      "* ci: verify dist bundle freshness by @someone in https://github.com/octo/lantern/pull/762",
      "",
    ].join("\n");
    const posts = thread(notes, { version: "2.6.0" }).join("\n");
    expect(posts).not.toContain("open a report");
    expect(posts).toContain("Recover concurrent asset metadata 404s");
  });
});

describe("a sentence that trails off into what follows", () => {
  it("about the release, names no change", () => {
    expect(proseScore("The 0.28 release includes a limited set of deprecations...")).toBeLessThan(0);
    expect(proseScore("The new router now supports nested layouts.")).toBeGreaterThanOrEqual(0);
  });

  it("is a lead-in: never a post's prose of its own", () => {
    const notes = [
      "## 0.28.0",
      "",
      "The 0.28 release includes a limited set of deprecations...",
      "",
      "**Fixed**:",
      "",
      "* Treat `socks5h` as a valid proxy scheme, the same as `socks5` but with the host name resolved by the proxy server.",
      "* When passing `params={}`, always strictly update rather than merge with an existing querystring of the URL.",
      "* Review the URL percent escape sets, based on the WHATWG spec, so that paths and query strings are escaped alike.",
      "* Ensure `certifi` and `httpcore` are only imported if required, which shortens the import time of the package.",
      "",
    ].join("\n");
    const posts = thread(notes, { version: "0.28.0" });
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(post).not.toContain("limited set of deprecations");
  });
});

const told = (language: "zh" | "en" | "ja"): string[] => {
  const words = {
    zh: ["## 发布日志", "### 在此版本中", "#### 新功能", "新增场景预览的快捷键。", "#### 修复", "修复在图形编辑器中修改语句时，整条语句会被重新加载的问题。"],
    en: ["## Release Notes", "### In this version", "#### New Features", "Added a shortcut for the scene preview.", "#### Fixes", "Fixed statements being reloaded from scratch while being edited in the graphical editor."],
    ja: ["## リリースノート", "### このバージョンでは", "#### 新機能", "シーンプレビューのショートカットを追加しました。", "#### 修正", "グラフィカルエディターで文を編集すると、その文全体が読み込み直されてしまう問題を修正しました。"],
  }[language];
  return [words[0], "", words[1], "", words[2], "", words[3], "", words[4], "", words[5], ""] as string[];
};

describe("notes told once per language, each in a heading tree of its own", () => {
  const notes = [...told("zh"), "<!-- English Translation -->", ...told("en"), "<!-- Japanese Translation -->", ...told("ja")].join("\n");

  it("keep the first telling", () => {
    const kept = withoutTranslatedParts(notes);
    expect(kept).toContain("修复在图形编辑器中");
    expect(kept).not.toContain("Fixed statements");
    expect(kept).not.toContain("グラフィカルエディター");
    expect(kept).not.toContain("English Translation");
  });

  it("give posts in one language", () => {
    const posts = thread(notes, { repo: "Terre", version: "4.6.4" }).join("\n");
    expect(posts).toContain("修复在图形编辑器中");
    expect(posts).not.toMatch(/Fixed statements|グラフィカル|リリースしました/u);
  });

  it("English first keeps the English", () => {
    const kept = withoutTranslatedParts([...told("en"), ...told("zh")].join("\n"));
    expect(kept).toContain("Fixed statements");
    expect(kept).not.toContain("修复");
  });

  it("sections of different kinds in two languages are no translation", () => {
    const mixed = ["## 新功能", "", "- 新增场景预览的快捷键", "- 新增导出功能", "", "## Bug Fixes", "", "- Fix the crash on startup", "- Fix the scene preview", ""].join("\n");
    expect(withoutTranslatedParts(mixed)).toBe(mixed);
  });

  it("parts of another shape are no translation", () => {
    const other = [...told("zh"), ...told("en").slice(0, 6)].join("\n");
    expect(withoutTranslatedParts(other)).toBe(other);
  });
});

describe("an area under a kind's section says the kind", () => {
  const notes = [
    "## 0.5.0",
    "",
    "### New checks",
    "",
    "#### Metadata",
    "",
    "- Document has no `Comment` attribute",
    "- `Comment` attribute has the right type",
    "",
    "#### Forms",
    "",
    "- Role-based visibility is used for a form item",
    "",
    "### Fixed",
    "",
    "- Fix the prefix check for variables of common modules",
    "",
  ].join("\n");

  it("in a single post and in a thread", () => {
    expect(single(notes, { version: "0.5.0" })).toContain("New checks (Metadata):");
    expect(thread(notes, { version: "0.5.0" }).join("\n")).not.toMatch(/^Metadata:/mu);
  });

  it("an area under a part that names no kind keeps its own label", () => {
    const plain = notes.replace("### New checks", "### What's Changed");
    expect(single(plain, { version: "0.5.0" })).not.toContain("(Metadata)");
  });
});

describe("a blog's closing parts are no changes", () => {
  it("a call for support is an appeal", () => {
    expect(isBackgroundHeading("A call for support")).toBe(true);
  });
  it.each(["The rest", "And the rest", "Everything else"])("%s gathers other changes", (heading) => {
    expect(headingMeaning(heading)).toBe("other");
  });
});
