import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (markdown: string) => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("credits a list writes at its items' ends", () => {
  it("libuv's ChangeLog: names in any script, handles and bots go, also where a hard wrap splits the bracket", () => {
    const notes = [
      "Changes since version 1.52.0:",
      "",
      "* misc: add simple clang-tidy setup (Jameson Nash)",
      "",
      "* unix: check RLIMIT_AS in uv_get_constrained_memory (Jameson",
      "  Nash)",
      "",
      "* win: add fs-fd-hash-inl.h to tarball (tobil4sk)",
      "",
      "* unix,win: support NULL loop for sync uv_getaddrinfo (Saúl Ibarra Corretgé)",
      "",
      "* build(deps): bump actions/upload-artifact from 6 to 7 (dependabot[bot])",
      "",
      "* linux: fix crash on close (Ludwig van Beethoven and @bob)",
    ].join("\n");
    const shown = texts(notes).join("\n");
    for (const credit of ["Jameson", "Nash", "tobil4sk", "Saúl", "dependabot", "Beethoven", "bob"]) expect(shown).not.toContain(credit);
    expect(shown).toContain("add simple clang-tidy setup");
    expect(shown).toContain("support NULL loop for sync uv_getaddrinfo");
  });

  it("brackets that qualify a change stay, and so does a name in a list whose items mostly carry none", () => {
    const qualified = ["- Add a `--watch` flag (experimental)", "- Fix a crash on start (Windows only)", "- Faster startup (Stable)", "- Fix a leak (Linux)", "- New API (Release Candidate)"].join("\n");
    expect(texts(qualified).join("\n")).toBe(
      ["Add a `--watch` flag (experimental)", "Fix a crash on start (Windows only)", "Faster startup (Stable)", "Fix a leak (Linux)", "New API (Release Candidate)"].join("\n"),
    );
    const ids = ["- CVE-2017-16808 (AoE)", "- CVE-2018-14468 (FrameRelay)", "- CVE-2018-14469 (IKEv1)", "- Fix a crash in the printer (BGP)", "- Fix a crash in the parser (RSVP)"].join("\n");
    expect(texts(ids).join("\n")).toContain("CVE-2018-14468 (FrameRelay)");
    expect(texts(ids).join("\n")).toContain("Fix a crash in the parser (RSVP)");
    const few = ["- Add a `--watch` flag", "- Support Ruby (Jane Doe)", "- Fix a crash on start", "- Faster startup", "- Add a `--dry-run` flag"].join("\n");
    expect(texts(few)).toContain("Support Ruby (Jane Doe)");
  });
});
