import { describe, expect, it } from "vitest";
import { isDateOnly } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.label ?? "-"}|${entry.text}`);

describe("MDX docs-site posts", () => {
  it("JSX comments used as heading anchors ('## Activity {/*activity*/}') leave nothing behind, in headings or text", () => {
    const notes = "## New Features {/*new-features*/}\n\n- Add `<Activity />` {/* see below */} for hidden parts of the app\n\n## Fixes {/*fixes*/}\n\n- Fix a crash in `useId`\n";
    const shown = texts(notes).join("\n");
    expect(shown).not.toMatch(/\{|\/\*|\*\/|new-features/u);
    expect(shown).toContain("Add `<Activity />` for hidden parts of the app");
  });

  it("a JSX comment inside a code block stays code", () => {
    const notes = "## Fixes\n\n- Fix a crash\n\n```jsx\n{/* keep */}\n```\n";
    expect(texts(notes)).toEqual(["Fixes|Fix a crash"]);
  });

  it("a folded <DeepDive> aside is hidden as <details> are", () => {
    const notes = "## Features\n\n- Add `cacheSignal` to abort work\n\n<DeepDive>\n\n#### Why not a promise?\n\nPromises cannot be cancelled, which we explain at length here.\n\n</DeepDive>\n\n- Add Performance Tracks\n";
    expect(texts(notes).join("\n")).not.toMatch(/Promises cannot be cancelled|Why not a promise/u);
  });

  it("a byline, maybe after the post's date, is no change", () => {
    for (const byline of [
      "October 1, 2025 by The React Team",
      "By Ricky Hanlon, Rick Hanlon and Dan Abramov",
      "December 05, 2024 by Lauren Tan.",
      "Posted by @someone & Jane Doe",
    ]) {
      expect(isDateOnly(byline), byline).toBe(true);
    }
    for (const sentence of ["By default, the compiler skips tests", "by using less memory", "By Ricky Hanlon we mean the author"]) {
      expect(isDateOnly(sentence), sentence).toBe(false);
    }
    const notes = "October 1, 2025 by [The React Team](/community/team)\n\n---\n\nReact 19.2 adds `<Activity />` for hidden parts of the app.\n";
    expect(texts(notes).join("\n")).not.toMatch(/React Team|October/u);
  });
});
