// The project's name in the header, from set X's review: an environment variable's capitals in code are not the name's.
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string): Release => ({ version: "1.0.0", tag: "v1.0.0", name: "v1.0.0", owner, repo, url: "", notes: "" });
const name = (owner: string, repo: string, notes: string): string => projectName(release(owner, repo), notes);

describe("capitals in code", () => {
  it("an environment variable's prefix in RST code ('``ASTROPY_CACHE_DIR``') does not spell the name", () => {
    const rst = "New Features\n------------\n\n- Added support for ``ASTROPY_CACHE_DIR`` and ``ASTROPY_CONFIG_DIR``.\n  When both are defined, ``ASTROPY_`` -prefixed variables take precedence.\n- Improved ``astropy.table`` output.\n";
    expect(name("astropy", "astropy", rst)).not.toBe("ASTROPY");
  });
});
