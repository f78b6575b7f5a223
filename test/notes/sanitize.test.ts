import { describe, expect, it } from "vitest";
import { sanitizeField, sanitizeText } from "../../src/notes/text/sanitize.js";

describe("sanitize", () => {
  it("removes control characters and bidi controls, normalizes to NFC and line ends", () => {
    expect(sanitizeText("a\u0000b\u202Ec\u2066d\u0007e\uFEFF")).toBe("abcde");
    expect(sanitizeText("e\u0301")).toBe("\u00E9");
    expect(sanitizeText("x\r\ny\rz\u2028w")).toBe("x\ny\nz\nw");
  });

  it("drops invisible characters that carry no meaning in a post", () => {
    const invisible = ["\u200B", "\u200E", "\u200F", "\u061C", "\u2060", "\u2063", "\u3164", "\u115F", "\u1160", "\uFFA0", "\u00AD", "\u034F", "\u180E", "\u{E0041}"];
    for (const char of invisible) expect(sanitizeText(`re${char}lease`), JSON.stringify(char)).toBe("release");
  });

  it("keeps the joiners scripts need: ZWJ in emoji, ZWNJ in Persian, tag characters in flag emoji", () => {
    const family = "👩\u200D👩\u200D👧";
    const persian = "می\u200Cخواهم";
    const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    expect(sanitizeText(`${family} ${persian} ${scotland}`)).toBe(`${family} ${persian} ${scotland}`);
  });

  it("makes odd spaces plain ones and drops combining marks that ride on Markdown punctuation, keeping keycaps", () => {
    expect(sanitizeText("a\u00A0b\u2003c")).toBe("a b c");
    expect(sanitizeText("*\u0301a*")).toBe("*a*");
    expect(sanitizeText("#\uFE0F\u20E3 1\uFE0F\u20E3")).toBe("#\uFE0F\u20E3 1\uFE0F\u20E3");
  });

  it("expands tabs to CommonMark's stops, line by line, and leaves lines without tabs alone", () => {
    expect(sanitizeText("-\tfoo\n\t-\tbar\nab\tc")).toBe("-   foo\n    -   bar\nab  c");
    const long = "x".repeat(200_000);
    expect(sanitizeText(long)).toBe(long);
  });

  it("fields are one line", () => {
    expect(sanitizeField("  v1.2.0\n\tbeta  ")).toBe("v1.2.0 beta");
    expect(sanitizeField(null)).toBe("");
  });
});
