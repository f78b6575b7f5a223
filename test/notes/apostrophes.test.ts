import { describe, expect, it } from "vitest";
import { straightApostrophes } from "../../src/notes/text/apostrophes.js";
import { talksAboutRelease } from "../../src/notes/prose/prose.js";

describe("straightApostrophes", () => {
  it("turns curly apostrophes into the straight one the word patterns are written with", () => {
    expect(straightApostrophes("It’s here, we‘ve shipped")).toBe("It's here, we've shipped");
  });

  it("leaves double quotes and other text alone", () => {
    expect(straightApostrophes("“Quoted” and ‚low‘")).toBe("“Quoted” and ‚low'");
  });

  it("lets a sentence with a curly apostrophe match as its straight twin does", () => {
    const straight = "Don't hesitate to reach out on the forum.";
    expect(talksAboutRelease(straight)).toBe(true);
    expect(talksAboutRelease(straight.replace("'", "’"))).toBe(true);
  });
});
