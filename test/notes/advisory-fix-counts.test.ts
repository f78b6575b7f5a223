// Security fixes written as advisories: an item that opens with its advisory id is a fix whatever it says of who is
// affected ("This issue affects all known versions"), so "+N more" counts every fix; ids that close a fix after its
// sentence (RST's :ghsa: role) go from every fix alike.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const LONG = "The container runtime bind-mounts a file over the path while it sets the container up for the process.";

describe("a security fix told as an advisory", () => {
  it("counts every fix, one that says whom it affects too", () => {
    const notes = [
      "### Security",
      "",
      `* CVE-2031-10001 exploits masked paths. ${LONG} ${LONG}`,
      `* CVE-2031-10002 exploits console bind-mounts. ${LONG}`,
      "* CVE-2031-10003 is a variant of an older flaw in label writes. This issue affects all known versions.",
      "",
      "### Added",
      "",
      "* `update` now supports per-device weights.",
      "",
    ].join("\n");
    expect(thread(notes).join("\n")).toContain("CVE-2031-10003 is a variant of an older flaw");
    const post = single(notes);
    const shown = (post.match(/CVE-2031-1000\d (?:exploits|is)/gu) ?? []).length;
    const counted = Number(/\((\d+) security fix/u.exec(post)?.[1] ?? "0");
    expect(shown + counted).toBe(3);
  });

  it("drops the ids that close each fix from every fix alike", () => {
    const notes = [
      "Version 3.0.6",
      "-------------",
      "",
      "-   Fix how ``max_form_memory_size`` is applied when parsing large non-file",
      "    fields. :ghsa:`q34m-jh98-gwm2`",
      "-   ``safe_join`` catches certain paths on Windows that were not caught by",
      "    ``ntpath.isabs`` on Python < 3.11. :ghsa:`f9vj-2wh5-fj8j`",
      "",
    ].join("\n");
    const post = single(notes, { repo: "werk", version: "3.0.6" });
    expect(post).toContain("Security");
    expect(post).toContain("large non-file fields.\n");
    expect(post).not.toMatch(/GHSA/u);
  });
});
