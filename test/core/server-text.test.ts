import { describe, expect, it } from "vitest";
import { releaseKey } from "../../src/core/release-key.js";
import { quoteServerText } from "../../src/core/server-text.js";

describe("quoteServerText", () => {
  it("quotes one line: controls, line breaks and bidi overrides become spaces; quotes inside become apostrophes", () => {
    expect(quoteServerText('bad\n::error::x\r\n\u202e "y"\u0007')).toBe(`"bad ::error::x 'y'"`);
    expect(quoteServerText("   ")).toBe("");
    expect(quoteServerText(undefined)).toBe("");
  });

  it("cuts long text to 300 characters and blanks secrets", () => {
    const quoted = quoteServerText(`token sekrit-123 ${"z".repeat(400)}`, ["sekrit-123"]);
    expect(quoted).toMatch(/^"token \*\*\* z+…"$/);
    expect([...quoted].length).toBe(302);
  });

  it("blanks a secret that a control character splits, and never prints part of one at the cut", () => {
    expect(quoteServerText("token sek\u0007rit-123 echoed", ["sekrit-123"])).toBe(`"token *** echoed"`);
    const cut = quoteServerText(`${"a".repeat(290)} sekrit-123-and-more`, ["sekrit-123-and-more"]);
    expect(cut).not.toContain("sekrit");
  });
});

describe("releaseKey", () => {
  it("is owner/repo@tag, or the version without a tag, and refuses a release it cannot name", () => {
    expect(releaseKey({ owner: "octo", repo: "widget", tag: "v1.2.0", version: "1.2.0" })).toBe("octo/widget@v1.2.0");
    expect(releaseKey({ owner: "octo", repo: "widget", tag: "", version: "1.2.0" })).toBe("octo/widget@1.2.0");
    expect(() => releaseKey({ owner: "", repo: "", tag: "v1", version: "" })).toThrow(RangeError);
  });
});
