// Launch posts written as a blog: sentences about the release or the post are no changes, the headings that name
// features are the changes, and a heading over sub-headings is their group.
import { describe, expect, it } from "vitest";
import { isDateOnly } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import { proseScore, talksAboutRelease } from "../../src/notes/prose/prose.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };
const entries = (notes: string) => readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("sentences about the release or the post", () => {
  it("say no change, in English, Korean, Japanese and Chinese", () => {
    for (const sentence of [
      "There are many more changes in this release, including new features, fixes and a few breaking changes.",
      "This also includes new major versions of `sprocket-core` and `sprocket-cli`.",
      "The Sprocket team is pleased to announce the immediate availability of Sprocket 3.0.0.",
      "Sprocket 3.0.0 is the first major release since 2019.",
      "This is our third release this year.",
      "In the following, we only explain the most important changes.",
      "It is the result of 9 months of development and is the work of 40 contributors.",
      "It contains a large number of exciting new features.",
      "You're also welcome to ask questions on our forum.",
      "Your work is greatly appreciated!",
      "이번 릴리스는 올해 두 번째 릴리스입니다.",
      "이 글에서는 새 기능을 소개합니다.",
      "この記事では新機能を紹介します。",
      "这是今年第三个版本。",
    ]) {
      expect(talksAboutRelease(sentence), sentence).toBe(true);
      expect(proseScore(sentence), sentence).toBeLessThan(0);
    }
  });

  it("a change that mentions a release or appreciation is still a change", () => {
    for (const sentence of ["`spin()` now accepts a timeout.", "Drop support for Node 18, the first release line we supported.", "Add a `--more` flag that shows further changes."]) {
      expect(talksAboutRelease(sentence), sentence).toBe(false);
    }
  });

  it("never lead a post, nor make it breaking, however many kinds they name", () => {
    const notes = [
      "Today we ship Sprocket 3.",
      "",
      "## Faster spinning",
      "",
      "Spinning is now twice as fast because the wheel is cached between calls.",
      "",
      "## See the changelog for more",
      "",
      "There are many more changes in this release, including new features, bug fixes, and less visible breaking changes.",
      "",
      "You're also welcome to ask questions in our chat. Your work is greatly appreciated!",
    ].join("\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("Faster spinning");
    expect(post).not.toMatch(/many more changes|ask questions|appreciated|Breaking/u);
  });
});

describe("headings of a launch post", () => {
  it("a name in code explained in prose is a change", () => {
    const notes = [
      "## New features",
      "",
      "### `<Spinner />`",
      "",
      "`<Spinner>` lets you show progress while a wheel turns. It has two modes.",
      "",
      "### `useSpin`",
      "",
      "A hook that spins a wheel from a component and stops it when the component goes away.",
      "",
      "#### When to use `useSpin`",
      "",
      "Use it where a wheel belongs to one component only.",
    ].join("\n");
    expect(entries(notes)).toEqual(["feature|New features|`<Spinner />`", "feature|New features|`useSpin`"]);
  });

  it("a category's heading over an introduction and sub-headings is their group and kind, no change", () => {
    const notes = [
      "## Breaking changes and removals",
      "",
      "We only explain the most important ones here. Many old options have been removed.",
      "",
      "### `spin --fast` is the default",
      "",
      "The `--fast` flag is now the default; pass `--slow` for the old behaviour.",
      "",
      "### Consistent `wheel` behavior",
      "",
      "A wheel given without a size now always defaults to 10.",
    ].join("\n");
    const shown = entries(notes);
    expect(shown).not.toContainEqual(expect.stringMatching(/\|Breaking changes and removals$/u));
    expect(shown).toContainEqual(expect.stringMatching(/^breaking\|.*\|`spin --fast` is the default$/u));
    expect(shown).toContainEqual(expect.stringMatching(/^breaking\|.*\|Consistent `wheel` behavior$/u));
  });

  it("a package's name in code over its prose is no change of its own", () => {
    const notes = "## Packages\n\n### `@acme/sprocket`\n\nThe main package.\n\n- Add `spin()`\n";
    expect(entries(notes)).not.toContainEqual(expect.stringMatching(/\|`@acme\/sprocket`$/u));
  });
});

describe("a blog's signature", () => {
  it("its date and team is no change", () => {
    expect(isDateOnly("2025년 10월 1일, Sprocket 팀")).toBe(true);
    expect(isDateOnly("October 1, 2025, the Sprocket Team")).toBe(true);
    expect(isDateOnly("Sprocket team")).toBe(false);
  });
});
