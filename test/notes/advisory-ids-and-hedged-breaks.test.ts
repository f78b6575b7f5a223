// Security and breaking changes as what a sentence says: advisory ids of every database lead as security fixes, a
// version range in brackets is no raised floor, and breaking changes a policy expects are no change of this release.
import { describe, expect, it } from "vitest";
import { advisoryIdsIn, namesAdvisory } from "../../src/notes/kinds/advisory-ids.js";
import { hedgesBreaking } from "../../src/notes/kinds/hedged-breaks.js";
import { raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";
import { single, thread } from "../support/composed.js";

describe("advisory ids beyond CVE and GHSA", () => {
  it("knows the databases' families, and an id of another family only beside a security word", () => {
    expect(advisoryIdsIn("OSEC-2026-01: robustify intern.c")).toEqual(["OSEC-2026-01"]);
    expect(advisoryIdsIn("Fix RUSTSEC-2024-0019 and PYSEC-2023-117")).toEqual(["RUSTSEC-2024-0019", "PYSEC-2023-117"]);
    expect(advisoryIdsIn("Rebuilt against openssl (USN-6789-1, RHSA-2024:1234, DSA-5678-1)")).toEqual(["USN-6789-1", "RHSA-2024:1234", "DSA-5678-1"]);
    expect(namesAdvisory("Fix ACME-2026-3, a security issue in the parser")).toBe(true);
    // A ticket of the same shape names no advisory.
    expect(namesAdvisory("Fix crash on resize (JIRA-2026-3)")).toBe(false);
    expect(namesAdvisory("Release 2026-01 notes")).toBe(false);
  });

  const notes = [
    "## Changes",
    "",
    "### Bug fixes",
    "",
    "- #14010: Fix miscompilation / liveness errors for string operations in the optimiser when inlining is on",
    "- #14065: Fix function signature mismatch of `__tsan_func_exit` with GCC 15 in the runtime",
    "- #14072: Fix issue with nested packs on macOS when building with dune",
    "- #14100: Fix TSan bug with C calls that take many arguments on arm64",
    "- #14120: Fix shadow-stack-related crashes with TSan on Linux",
    "- [OSEC-2026-01](https://osv.dev/vulnerability/OSEC-2026-01): robustify intern.c",
    "",
  ].join("\n");

  it("leads the single post and the thread with a fix named by an OSEC id", () => {
    expect(single(notes, "ocaml")).toMatch(/out!\n\n[^\n]*:\n• OSEC-2026-01: robustify intern\.c/u);
    expect(thread(notes, "ocaml")[0]).toContain("OSEC-2026-01: robustify intern.c");
  });
});

describe("a version range in brackets is no raised floor", () => {
  it("reads which users get which part, not a new minimum", () => {
    const swap = "Replace runtime dependency on `zstandard` with `compression.zstd` (Python >=3.14) and `backports.zstd` (Python 3.10–3.13) for decompression.";
    expect(raisesPlatformFloor(swap)).toBe(false);
    expect(raisesPlatformFloor("engines: node >=20")).toBe(true);
  });

  it("leaves an enhancement that swaps a dependency out of the breaking label, and leads with the advisory", () => {
    const notes = [
      "### Enhancements",
      "",
      "* Replace runtime dependency on `zstandard` with `compression.zstd` (Python >=3.14) and `backports.zstd` (Python 3.10–3.13) for repodata decompression. (#15486)",
      "* Add support for aliases on plugin-provided subcommands. (#16001)",
      "",
      "### Bug fixes",
      "",
      "* Include the Python entry point validation first released in 26.5.2 to address [GHSA-9m8m-c4j3-rj2c](https://github.com/conda/conda/security/advisories/GHSA-9m8m-c4j3-rj2c). (#16168)",
      "* Fix environment history being deleted when rolling back a failed install. (#16473)",
      "",
    ].join("\n");
    const post = single(notes, "conda");
    expect(post).not.toMatch(/breaking/iu);
    expect(post).toContain("GHSA-9m8m-c4j3-rj2c");
  });
});

describe("breaking changes a policy expects", () => {
  it("reads expected, possible and allowed breaking changes as no change", () => {
    expect(hedgesBreaking("We offer an LTS version, since breaking changes in the regular monthly releases are expected.")).toBe(true);
    expect(hedgesBreaking("Minor releases may contain breaking changes until 1.0.")).toBe(true);
    expect(hedgesBreaking("Breaking changes can happen in any 0.x release.")).toBe(true);
    expect(hedgesBreaking("This release contains breaking changes to the plugin API.")).toBe(false);
    expect(hedgesBreaking("The breaking changes are expected to affect few users.")).toBe(false);
  });

  it("counts no breaking change for a sentence about the versioning policy", () => {
    const notes = [
      "This is our first crates.io release of the `servo` crate that allows Servo to be used as a library.",
      "",
      "In the meantime we also decided to offer a long-term support (LTS) version of Servo, since breaking changes in the regular monthly releases are expected and some embedders might prefer doing major upgrades on a scheduled half-yearly basis.",
      "",
    ].join("\n");
    expect(single(notes, "servo")).not.toMatch(/breaking change/iu);
    expect(thread(notes, "servo").join("\n")).not.toMatch(/⚠️/u);
  });
});
