// Round 7 of reading outlines: a plain-text NEWS file whose whole list is indented ("    * part:" over "        - change"),
// with changes wrapped over several lines. A wrapped line is never a heading or a change of its own.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { outlineAsMarkdown } from "../../src/notes/formats/plain-outline.js";

const read = (notes: string): Array<[string | null, string]> => readNotesModel(notes).entries.filter((entry) => !entry.prose).map((entry) => [entry.label, entry.text]);

const news = [
  "3.1.0 (2025-02-03)",
  "",
  "    * Speed up decoding of large archives by reading",
  "      the index only once.",
  "",
  "    * libfoo:",
  "",
  "        - Fix a crash in foo_open() when the path is empty. It",
  "          happened only on 32-bit builds.",
  "",
  "        - Fix a warning from the compiler when building the tests:",
  "          \"warning: unused variable 'n'\"",
  "",
  "    * foocat: Add a --quiet option. The option was already in",
  "      foo but had been forgotten here.",
  "",
  "    Build system:",
  "",
  "        - Split the test rules into tests/rules.mk. Now it is possible to",
  "",
  "              rm -rf tests",
  "",
  "          and the build still works without the tests.",
  "",
  "        - Detect the compiler's atomics support.",
].join("\n");

describe("an indented plain-text outline with wrapped changes", () => {
  const entries = read(news);
  it("keeps a change whose first line ends with a colon whole, under its part", () => {
    const warning = entries.filter(([, text]) => text.includes("warning"));
    expect(warning).toEqual([["libfoo", "Fix a warning from the compiler when building the tests: \"warning: unused variable 'n'\""]]);
    expect(entries.some(([label]) => label?.includes("Fix a warning") ?? false)).toBe(false);
  });
  it("reads wrapped lines, a second paragraph and a quoted command into their change", () => {
    expect(entries.find(([, text]) => text.startsWith("Speed up"))?.[1]).toBe("Speed up decoding of large archives by reading the index only once.");
    const split = entries.filter(([, text]) => /rm -rf|still works|Split the test/u.test(text));
    expect(split.length).toBe(1);
    expect(split[0]?.[1]).toContain("`rm -rf tests` and the build still works");
    expect(entries.some(([, text]) => /^(?:the index|and the build|foo but)/u.test(text))).toBe(false);
  });
  it("gives a sibling change that names its own part that part, not the part before it", () => {
    const quiet = entries.find(([, text]) => text.includes("--quiet"));
    expect(quiet?.[0]).toBe("foocat");
    expect(quiet?.[1]).toBe("Add a --quiet option. The option was already in foo but had been forgotten here.");
    expect(entries.find(([, text]) => text.startsWith("Detect"))?.[0]).toBe("Build system");
  });
  it("joins a line wrapped to the words' column in an outline of indentation alone", () => {
    const plain = ["Release 2.0.0", "", "Security fixes:", "  #12  CVE-2025-1 Fix an overflow in", "       the parser", "", "Other changes:", "  Add a --verbose flag"].join("\n");
    expect(outlineAsMarkdown(plain)).toContain("- CVE-2025-1 Fix an overflow in the parser");
    expect(outlineAsMarkdown(plain)).toContain("#### Other changes");
  });
});
