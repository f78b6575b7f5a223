// A thanks said without the word, the people first ("@yuske for reporting this to us responsibly", "Jane Doe for the
// report."): a credit, never an item of "Other changes" nor a change in "+N more"; a product before "for" stays.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { single } from "../support/composed.js";

describe("a thanks without the word", () => {
  it("is no item and no change counted", () => {
    const text = single("## 3.1.3\n\n### Bugs\n\n* Report errors when the remote is missing\n\n### Misc\n\n* @yuske for reporting this to us responsibly\n");
    expect(text).toContain("Report errors when the remote is missing");
    expect(text).not.toContain("yuske");
    expect(text).not.toMatch(/more change/u);
  });
  it("goes after a change's sentence; a product before 'for' is no person", () => {
    expect(cleanText("Fix crash on start. Jane Doe for the detailed report.")).toBe("Fix crash on start.");
    expect(cleanText("@a and @b for finding and fixing this.")).toBe("");
    expect(cleanText("Windows for reporting tools")).toBe("Windows for reporting tools");
  });
});
