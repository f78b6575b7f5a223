// A document's title that restates the project and version with a subtitle that only says which release it is
// ("PyPy v7.3.23: release of python 2.7, 3.11") is a second opener: the post's own opener says it.
import { describe, expect, it } from "vitest";
import { titlesReleaseWithSubtitle } from "../../src/notes/prose/page-titles.js";
import { restatesRelease } from "../../src/notes/prose/prose.js";
import { single } from "../support/composed.js";

describe("a release title with a subtitle", () => {
  it("is a title when the subtitle only names the release", () => {
    expect(titlesReleaseWithSubtitle("Lantern v2.3.0: release of python 2.7, 3.11", restatesRelease)).toBe(true);
    expect(titlesReleaseWithSubtitle("Lantern 2.3.0: a bug-fix release", restatesRelease)).toBe(true);
    expect(titlesReleaseWithSubtitle("Lantern 2.3.0: version de maintenance", restatesRelease)).toBe(true);
    expect(titlesReleaseWithSubtitle("Lantern 2.3.0: dark mode and faster builds", restatesRelease)).toBe(false);
    expect(titlesReleaseWithSubtitle("Breaking: drop Node 16", restatesRelease)).toBe(false);
  });

  it("is not shown after the opener", () => {
    const notes = "=================================================\nLantern v2.3.0: release of python 2.7 and 3.11\n=================================================\n\nThis is a bug-fix release that fixes a crash when opening empty files.\n";
    const post = single(notes);
    expect(post).not.toContain("Lantern v2.3.0: release");
    expect(post).toContain("fixes a crash when opening empty files");
  });
});
