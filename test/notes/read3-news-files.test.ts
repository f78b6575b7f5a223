// Round 3 of reading the notes: a NEWS file (PHP's) reads each part ("- DOM:") as a label over one item per dotted
// line, wrapped lines joined, and its dated release line ("?? ??? ????, PHP 8.4.0beta1") as the notes' own title.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "engine", owner: "acme", version: "3.1.0" };
const post = (notes: string): string => thread(notes, PROJECT).join("\n");

const news = (header: string): string =>
  [
    header,
    "",
    "- Parser:",
    "  . Added support for trailing commas in argument lists of",
    "    attribute constructors.",
    "  . Fixed crash when a heredoc ends the file.",
    "",
    "- Streams:",
    "  . Fixed bug GH-4242 (Reading past the end of a socket stream",
    "    (tls wrapper) hangs).",
    "  . Deprecated the STREAM_LEGACY flag.",
    "  . Removed the stream_old_open() function.",
  ].join("\n");

describe("a NEWS file's parts", () => {
  it("are labels over one item per dotted line, wrapped lines joined", () => {
    const entries = readNotesModel(news("?? ??? ????, Engine 3.1.0")).entries;
    expect(entries.map((entry) => [entry.label, entry.text])).toEqual(
      expect.arrayContaining([
        ["Parser", "Added support for trailing commas in argument lists of attribute constructors."],
        ["Parser", "Fixed crash when a heredoc ends the file."],
        ["Streams", "Fixed bug: Reading past the end of a socket stream (tls wrapper) hangs."],
        ["Streams", "Deprecated the STREAM_LEGACY flag."],
        ["Streams", "Removed the stream_old_open() function."],
      ]),
    );
    expect(entries).toHaveLength(5);
    expect(post(news("?? ??? ????, Engine 3.1.0"))).not.toMatch(/Streams:\s*\./u);
  });
});

describe("a NEWS file's dated release line", () => {
  it.each(["?? ??? ????, Engine 3.1.0", "?? ??? 2026, Engine 3.1.0", "01 Aug 2026, Engine 3.1.0", "Aug 1, 2026, Engine 3.1.0RC1"])("%s is the notes' title, never shown", (header) => {
    expect(isReleaseMetadata(header)).toBe(true);
    const text = post(news(header));
    expect(text).not.toContain("????");
    expect(text).not.toMatch(/\d, Engine/u);
    expect(text).toContain("Deprecated the STREAM_LEGACY flag.");
  });

  it("a sentence with a date and a version says more and stays", () => {
    expect(isReleaseMetadata("01 Aug 2026, we fixed the parser in 3.1.0")).toBe(false);
  });
});

describe("a NEWS file's trailer with the release's page", () => {
  it("is metadata, not a change a thread ends on", () => {
    const notes = ["Noteworthy changes in version 3.1.0 (2026-09-02)", "------------------------------------------------", "", "  * gpg: New option --auto-key-upload.", "", "  * agent: Fix a crash on Windows.", "", "  Release-info: https://dev.example.org/T7756", ""].join("\n");
    expect(isReleaseMetadata("Release-info: https://dev.example.org/T7756")).toBe(true);
    expect(post(notes)).not.toContain("Release-info");
    expect(isReleaseMetadata("Release notes now link to the tracker: https://dev.example.org/T1")).toBe(false);
  });
});
