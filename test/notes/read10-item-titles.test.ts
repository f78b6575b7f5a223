import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/notes/formats/markdown.js";

const items = (markdown: string) => readMarkdown(markdown).blocks.filter((block) => block.kind === "item").map((block) => block.text);

describe("an item whose bold first line titles it", () => {
  it("sets the title off from the lines that explain it, so the two do not read as one sentence", () => {
    expect(items("- **Remote DoS in the frame parser**\n  A client could crash the server with a malformed frame.")).toEqual([
      "Remote DoS in the frame parser: A client could crash the server with a malformed frame.",
    ]);
  });

  it("keeps a title that already ends in punctuation, and a bold word inside a line, as they are", () => {
    expect(items("- **Breaking:**\n  `init` is gone.")).toEqual(["Breaking: `init` is gone."]);
    expect(items("- **Heads up.**\n  Node 18 is no longer supported.")).toEqual(["Heads up. Node 18 is no longer supported."]);
    expect(items("- The **fast** path now caches results.")).toEqual(["The fast path now caches results."]);
  });
});

describe("a one-line opening that says what the release allows", () => {
  it("names a change ('Allow Laravel 12', 'Enables HTTP/3'), so it leads like any summary", async () => {
    const { proseScore } = await import("../../src/notes/prose/prose.js");
    expect(proseScore("Allow Laravel 12")).toBe(1);
    expect(proseScore("Enables HTTP/3 for uploads.")).toBe(1);
    expect(proseScore("Thanks to everyone who helped.")).toBeLessThan(1);
  });
});
