// A part titled with a teaser (a question, maybe an exclamation, then the change; or a pun after a question) is said
// by its change, not by the teaser.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { splitTeaser } from "../../src/notes/prose/blog-sections.js";

const post = (notes: string, thread = false): string =>
  compose({ version: "0.7.0", tag: "v0.7.0", name: "v0.7.0", repo: "acme/viewer", owner: "acme", url: "https://example.org/notes", notes }, { thread })
    .map((item) => item.text)
    .join("\n");

const NOTES = [
  "# viewer 0.7.0",
  "",
  "## Highlights",
  "",
  "### New features",
  "",
  "#### What's in an angle? The truth! Fixed camera angles 🎥",
  "",
  "If you've ever set up the camera to take that perfect photo of your data, you may have noticed the angles seemed off.",
  "",
  "#### Negative axis labels? A real positive",
  "",
  "If you've ever loaded data of mixed dimensionality, the default axis labels didn't quite line up.",
  "",
  "#### Better text overlays 🔡",
  "",
  "Text overlays now support custom fonts and colors.",
  "",
].join("\n");

describe("a teaser title", () => {
  it("splits into the question's topic and what follows the teaser", () => {
    expect(splitTeaser("What's in an angle? The truth! Fixed camera angles")).toEqual({ topic: "What's in an angle", rest: "Fixed camera angles" });
    expect(splitTeaser("Negative axis labels? A real positive")).toEqual({ topic: "Negative axis labels", rest: "A real positive" });
    expect(splitTeaser("Why is it faster?")).toBeNull();
    expect(splitTeaser("Fixed camera angles")).toBeNull();
  });

  it("is said by the change after the teaser, or by its topic when a pun follows", () => {
    for (const thread of [false, true]) {
      const text = post(NOTES, thread);
      expect(text).toContain("Fixed camera angles");
      expect(text).not.toMatch(/What's in an angle|The truth!|A real positive/u);
      expect(text).toContain("Negative axis labels");
    }
  });
});
