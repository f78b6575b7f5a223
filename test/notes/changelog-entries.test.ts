// Raw ChangeLog files (a dated author line, then indented "- " or "* " entries) read as a list of changes: the dated
// line is no change and no lead-in, the entries that only cut the release go, and each entry is an item of its own.
import { describe, expect, it } from "vitest";
import { changeLogAsMarkdown } from "../../src/notes/formats/changelog-entries.js";
import { single, thread } from "../support/composed.js";

const NLNET = [
  "3 March 2026: Jane",
  "\t- Release tag for 2.3.0, with the security commits:",
  "\t- Fix CVE-2026-11111, Crash in the resolver when a reply",
  "\t  carries an empty label. Thanks to John Roe, Example Labs,",
  "\t  for the report. In addition, thanks to Ann Lee, Mia Chu, and",
  "\t  Bo Wu of the University of Somewhere (UOS), for also reporting this issue.",
  "\t- Fix CVE-2026-22222, Cache poisoning through forged glue",
  "\t  records. Thanks to John Roe, Example Labs, for the report.",
  "\t- Set the repository to 2.3.1, it continues with the previous",
  "\t  changes.",
  "\t- Unit test for CVE-2026-11111.",
  "\t- iana portlist update.",
  "",
].join("\n");

describe("an NLnet-style ChangeLog", () => {
  it("is read as one item per entry, without its dated author line or release-cutting entries", () => {
    const markdown = changeLogAsMarkdown(NLNET);
    expect(markdown).not.toContain("3 March 2026");
    expect(markdown).not.toContain("Release tag");
    expect(markdown).not.toContain("Set the repository");
    expect(markdown).toContain("- Fix CVE-2026-11111, Crash in the resolver when a reply carries an empty label.");
    expect(markdown.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(4);
  });

  it("posts its fixes as separate items, with no marker, date, author or thanks left", () => {
    const post = single(NLNET);
    expect(post).toContain("Crash in the resolver when a reply carries an empty label.");
    expect(post).not.toMatch(/\s- Fix/u);
    expect(post).not.toContain("3 March 2026");
    expect(post).not.toContain("Jane");
    expect(post).not.toContain("Unit test for");
    const all = thread(NLNET).join("\n");
    expect(all).not.toContain("thanks to");
    expect(all).not.toContain("Release tag");
  });
});

describe("a GNU-style ChangeLog", () => {
  it("is read as one item per starred entry", () => {
    const notes = "2026-01-15  Jane Doe  <jane@example.org>\n\n\t* src/io.c (read_all): Retry reads interrupted by a\n\tsignal instead of failing.\n\t* src/cli.c (main): Accept --quiet.\n";
    const markdown = changeLogAsMarkdown(notes);
    expect(markdown).not.toContain("Jane Doe");
    expect(markdown).toContain("- src/io.c (read_all): Retry reads interrupted by a signal instead of failing.");
    expect(markdown).toContain("- src/cli.c (main): Accept --quiet.");
  });

  it("leaves notes that are no ChangeLog alone", () => {
    const notes = "2024-01-02  v1.2\n\n- Add a thing\n- Fix another\n";
    expect(changeLogAsMarkdown(notes)).toBe(notes);
    const prose = "Release 2.3.0\n\n  - indented item one\n  - indented item two\n";
    expect(changeLogAsMarkdown(prose)).toBe(prose);
  });
});
