// The notes' breaking section leads post 1 even when its change says it breaks nothing (under the notes' words, not
// counted as breaking); a blog part that says "This is a breaking change" is one; in a changesets body, the version
// floor users must meet outranks advice to some of them.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { posts, single, thread } from "../support/composed.js";

const PROJECT = { repo: "widgets", version: "2.5.0" };

const FEATURES = Array.from({ length: 8 }, (_, index) => `- Add the \`option${index}\` option to the table component for sorting`).join("\n");

describe("a breaking section whose change disclaims breaking", () => {
  const EN = `### Breaking Changes\n\n- The package is now built with a new JSX compiler. Under the hood this is a big change, but it is not expected to cause breaking impact, and how you use the package stays the same.\n\n### Features\n\n${FEATURES}\n`;
  const ZH = `### Breaking Changes\n\n- 自此版本起，包产物改为使用新的编译器构建。从底层来看，这是个较大的变更，但是此变更预期不会造成破坏性影响，即用户的使用方式不会有变化。\n\n### Feats\n\n${Array.from({ length: 8 }, (_, index) => `- \`n-table\` 新增 \`option${index}\` 属性，支持排序`).join("\n")}\n`;

  it("leads post 1 under the notes' own words, with what changed and that it should not break", () => {
    for (const thread of [false, true]) {
      const post = posts(EN, { ...PROJECT, thread })[0] ?? "";
      expect(post).toContain("Breaking Changes:\n• The package is now built with a new JSX compiler. It is not expected to cause breaking impact.");
      expect(post.indexOf("Breaking Changes")).toBeLessThan(post.indexOf("option0"));
    }
  });

  it("wears no warning sign and is not counted as breaking", () => {
    const post = single(EN, PROJECT);
    expect(post).not.toContain("⚠️");
    expect(post).not.toMatch(/\bbreaking\)/u);
    expect(readNotesModel(EN).entries[0]?.kind).toBe("change");
  });

  it("says the label in the post's language", () => {
    const post = single(ZH, PROJECT);
    expect(post).toContain("破坏性变更：\n• 自此版本起，包产物改为使用新的编译器构建。此变更预期不会造成破坏性影响。");
    expect(post).not.toContain("⚠️");
  });
});

describe("a blog part that says its change is a breaking change", () => {
  const parts = Array.from({ length: 6 }, (_, index) => `## Widgets: Feature ${index}\n\nThe \`Widget${index}\` type now supports rendering borders in more styles!\n`).join("\n");
  const BLOG = `We are excited to announce Widgets 0.9.1!\n\n${parts}\n## Widgets: \`AsRef\` implementation\n\nBuilt-in widgets now implement \`AsRef\` to allow using them in generic contexts.\n\nThis mostly improves ergonomics, but it can affect type inference in rare cases.\n\nThis is a [breaking change](https://example.com/BREAKING-CHANGES.md#asref).\n`;

  it("leads post 1 as a breaking change", () => {
    for (const thread of [false, true]) {
      const post = posts(BLOG, { ...PROJECT, version: "0.9.1", thread })[0] ?? "";
      expect(post).toContain("⚠️ Breaking changes:\n• Built-in widgets now implement `AsRef`");
    }
  });
});

describe("a changesets major change's body", () => {
  const BODY = [
    "### Major Changes",
    "",
    "-   [`1926c69`](https://github.com/octo/widgets/commit/1926c69) [#4671](https://github.com/octo/widgets/pull/4671) Thanks [@kubk](https://github.com/kubk)! - Release Widgets 7 and widgets-react 10.",
    "",
    "    Widgets 7 removes long-deprecated compatibility paths.",
    "",
    "    -   The ES5 fallback has been removed.",
    "    -   Legacy decorators are no longer supported.",
    "    -   The `trace` API has been removed.",
    "",
    "    widgets-react 10 requires Widgets 7 and React 18 or later.",
    "",
    "    -   Keep function-component imports on `widgets-lite` if you do not need class component support.",
    "    -   Use `widgets-react` when you need class components.",
    "    -   Remove the batching imports: React 18+ renderers handle batching.",
    "",
    "### Patch Changes",
    "",
    "-   Updated dependencies [[`1926c69`](https://github.com/octo/widgets/commit/1926c69)]:",
    "    -   widgets-lite@5.0.0",
    "",
  ].join("\n");

  it("shows the version floor users must meet in post 1", () => {
    const post = single(BODY, { ...PROJECT, version: "10.0.0" });
    expect(post).toContain("• widgets-react 10 requires Widgets 7 and React 18 or later.");
  });

  it("never shows advice to some users as a breaking change", () => {
    const posts = thread(BODY, { ...PROJECT, version: "10.0.0" }).join("\n");
    expect(posts).not.toContain("Keep function-component imports");
    expect(posts).not.toContain("Use `widgets-react` when");
    expect(posts).toContain("Remove the batching imports");
  });

  it("never counts advice among the changes left out", () => {
    const post = single(BODY, { ...PROJECT, version: "10.0.0" });
    const left = Number(/\+(\d+) more/u.exec(post)?.[1] ?? 0);
    const shown = (post.match(/^• /gmu) ?? []).length;
    // Release line, three removals, the floor, the batching step and the dependency update: seven changes.
    expect(shown + left).toBe(7);
  });
});
