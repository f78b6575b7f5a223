// Blog and prose notes, and stubs: a sentence that only says the release is big is no summary; "Release highlights"
// leads in to its highlights and is none itself; install boilerplate and apologies are no changes; an item that only
// pointed at its removed list ("Dependencies changed:") is counted, never shown.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { isStub, proseScore } from "../../src/notes/prose/prose.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "quill", owner: "acme", version: "5.0.0" };
const joinedThread = (notes: string): string => thread(notes, PROJECT).join("\n---\n");
const shown = (notes: string): string[] => readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => `${entry.kind}|${entry.prose ? "prose" : "item"}|${entry.text}`);

const BLOG = `We are happy to announce Quill 5.0!

This release features a substantial number of changes, fixes, and improvements. Quill 5 renders pages twice as fast, uses half the memory, and comes with a new plugin API.

While it is one of the biggest releases of Quill ever, we admit that two years between majors was too long.

## Release highlights

Many long-standing parser bugs with nested tables have been fixed, making nested tables stable.
The parser handles comments too.

The HTML backend now supports streaming output.

## Installing Quill 5.0

Check out if the package manager of your OS already ships version 5.0.

Alternatively, you can download Quill 5.0 from our nightly builds.

## Breaking changes

- Quill 5 drops support for Node 16.
`;

describe("a blog post's headline and highlights", () => {
  it("leads with the measured claim, not the sentence that only says the release is big", () => {
    const post = single(BLOG, PROJECT);
    expect(post).toContain("Quill 5 renders pages twice as fast");
    expect(post).not.toContain("substantial number");
  });

  it("reads the paragraphs under “Release highlights” as its items, never the heading", () => {
    const entries = shown(BLOG);
    expect(entries).toContain("highlight|item|Many long-standing parser bugs with nested tables have been fixed, making nested tables stable.");
    expect(entries).toContain("highlight|item|The HTML backend now supports streaming output.");
    expect(entries.some((entry) => entry.endsWith("|Release highlights"))).toBe(false);
    expect(joinedThread(BLOG)).not.toMatch(/• Release highlights/u);
  });

  it("also for “What's new” and a Japanese highlights heading", () => {
    for (const heading of ["What's new in Quill 5", "ハイライト"]) {
      const notes = `Quill 5 is out.\n\n## ${heading}\n\nThe HTML backend now supports streaming output.\n\nThemes can now be loaded from npm with \`--theme\`.\n`;
      const entries = shown(notes);
      expect(entries).toContain("highlight|item|The HTML backend now supports streaming output.");
      expect(entries.some((entry) => entry.includes(heading))).toBe(false);
    }
  });

  it("never fills a thread post with install boilerplate or an apology", () => {
    const posts = joinedThread(BLOG);
    expect(posts).not.toMatch(/package manager|nightly builds|we admit/u);
    for (const sentence of [
      "Check out if the package manager of your OS already ships version 5.0.",
      "Alternatively, you can download Quill 5.0 from our nightly builds.",
      "Make sure that the version of quill-up you have installed is 0.3.1 or higher.",
      "While it took much longer than planned, we are sorry for the wait.",
      "It is one of the largest major releases we have shipped.",
    ])
      expect(proseScore(sentence), sentence).toBeLessThan(0);
  });
});

describe("stubs whose list is gone", () => {
  it("are known in English, Japanese, Chinese and Korean", () => {
    for (const stub of ["Dependencies changed:", "Updated dependencies.", "The following were updated.", "[Rust] 依存ライブラリが変化します。", "依赖库有变化：", "일부 의존성이 업데이트되었습니다."]) expect(isStub(stub), stub).toBe(true);
    for (const change of ["Updated `serde` to 1.0.2", "The following rules are now recommended:", "Dependencies are now loaded lazily.", "依存ライブラリ`bytes`を更新しました。"]) expect(isStub(change), change).toBe(false);
  });

  it("are counted, never shown", () => {
    const notes = `## [2.4.0] - 2031-03-01

### Changed

- [Rust] 依存ライブラリが変化します ([#10], [#11])。
    - [追加] \`arrayvec@0.7\`: \`^0.7.6\`
    - [変更] \`bytes@1\`: \`^1.7.2\` → \`^1.11.1\`
- The following were updated.
- The error for an invalid query is now \`InvalidQuery\`.
- Logs at \`VERBOSE\` level are now \`TRACE\`.
`;
    const posts = joinedThread(notes);
    expect(posts).not.toMatch(/依存ライブラリが変化|The following were updated/u);
    expect(posts).toContain("InvalidQuery");
  });
});
