// A raised toolchain floor is breaking wherever the notes file it, and said once: the notes often state it as the
// breaking change, again among the highlights, and again as advice for those below it.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import type { Release } from "../../src/core/types.js";
import { readNotesModel } from "../../src/notes/model.js";

const release = (notes: string, version: string): Release => ({ version, tag: version, name: version, repo: "sprocket", owner: "acme", url: `https://github.com/acme/sprocket/releases/tag/${version}`, notes });
const kinds = (notes: string, version: string): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a raised toolchain floor under a category heading", () => {
  it("is breaking, and its label names no category as a part", () => {
    const notes = "## [3.4.0]\n\n### Added\n\n- `Retrier` to retry when offline.\n\n### Updated\n\n- Sprocket to require Xcode 16.0 and the Swift 6 compiler.\n- `Empty` to be `Hashable`.\n";
    expect(kinds(notes, "3.4.0")).toContain("breaking|⚠️ Breaking changes|Sprocket to require Xcode 16.0 and the Swift 6 compiler.");
  });
});

describe("a raised floor said again", () => {
  it("is shown once: the breaking change stays, its repeats among highlights and advice go", () => {
    const notes = [
      "## Highlights",
      "",
      "- Java 21 support: Java 21 is now the minimum supported version.",
      "- Typed event listeners with `@OnEvent`.",
      "",
      "## Breaking Changes",
      "",
      "- Java 21 required: Sprocket 4.0 needs Java 21 or later.",
      "- For users below Java 21: please stay on Sprocket 3.9.",
      "",
    ].join("\n");
    const thread = compose(release(notes, "4.0.0"), { thread: true }).map((post) => post.text).join("\n");
    // One of the two statements of the floor, whichever the notes give first, and not the advice.
    expect(thread.split("\n").filter((line) => /^• Java 21 (?:required|support)/u.test(line))).toHaveLength(1);
    expect(thread).not.toContain("For users below Java 21");
    expect(thread).toContain("OnEvent`");
  });

  it("keeps a change that only runs on that version without being about support", () => {
    const notes = "## Breaking Changes\n\n- Java 21 required: Sprocket 4.0 needs Java 21 or later.\n\n## Features\n\n- Virtual threads on Java 21 for the request pool.\n";
    expect(compose(release(notes, "4.0.0"), { thread: true }).map((post) => post.text).join("\n")).toContain("Virtual threads on Java 21");
  });
});

describe("a heading that says 'new …' in Japanese, Chinese or Korean", () => {
  it("names features, as 'New components' does", () => {
    const notes = "## 1.4.0\n\n### 新コンポーネント\n\n- MobileDatePicker コンポーネント\n\n### その他\n\n- 型定義のエクスポート\n";
    expect(kinds(notes, "1.4.0")[0]).toMatch(/^feature\|/u);
  });
});
