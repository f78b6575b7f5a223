// Notes that hold several pre-releases of one version ("## 27.0.0-alpha.7" above "## 27.0.0-alpha.6"): the post is of
// the tagged one alone, as semver orders pre-release parts.
import { describe, expect, it } from "vitest";
import { thisReleaseOnly } from "../../src/notes/formats/release-section.js";

const notes = "## 27.0.0-alpha.7\n\n### Patch Changes\n\n- Harden the token handling\n\n## 27.0.0-alpha.6\n\n### Major Changes\n\n- Drop ia32\n";

describe("an older pre-release of the same version", () => {
  it("ends this release's part", () => {
    expect(thisReleaseOnly(notes, "27.0.0-alpha.7")).toBe("## 27.0.0-alpha.7\n\n### Patch Changes\n\n- Harden the token handling\n");
    expect(thisReleaseOnly(notes.replace(/alpha\.7/u, "alpha.10").replace(/alpha\.6/u, "alpha.9"), "27.0.0-alpha.10")).not.toContain("Drop ia32");
    expect(thisReleaseOnly(notes.replace(/alpha\.7/u, "beta.1"), "27.0.0-beta.1")).not.toContain("Drop ia32");
  });
  it("(guard) a newer pre-release below is no end", () => {
    expect(thisReleaseOnly(notes, "27.0.0-alpha.6")).toContain("Drop ia32");
  });
});
