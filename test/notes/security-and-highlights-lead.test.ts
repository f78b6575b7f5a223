// What a long release's post leads with: its security fixes before a section of changed behaviour (which keeps its own
// label, no "⚠️ Breaking changes"), the notes' own highlights before the rest, and never the tracker's lists of issues
// closed, pull requests merged or authors.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const NEWS = `NEWS for gadget 3.9.2 (14 Jan 2027)

## Changes in this version:

### BEHAVIOR CHANGES:

 - The --safe-links option now rejects symlinks that point outside the
   destination even when --copy-unsafe-links is given.

 - The daemon now refuses to start when the config file is world-writable.

 - Some verbose output lines were reworded to be clearer about deletions.

### SECURITY FIXES:

 - Fixed a heap buffer overflow in the checksum code (CVE-2027-1001).

 - Fixed an info leak of uninitialized stack memory (CVE-2027-1002).

 - Fixed a path traversal with a malicious server (CVE-2027-1003).

### BUG FIXES:

 - Fixed a crash when the source list was empty.
`;

const RST = `==========================
Gadget 1.99.0 Release Notes
==========================

Highlights of this release
==========================

- A new \`\`gadget.solve2\`\` solver handles mixed-integer problems.
- Sparse arrays now support n-dimensional indexing.

New features
============
- \`\`gadget.integrate\`\` now accepts a \`\`workers\`\` argument.

Authors
=======

* Alice Example +
* Bob Example

A total of 2 people contributed to this release.

Issues closed for 1.99.0
------------------------

* \`#1001 <https://github.com/acme/gadget/issues/1001>\`__: BUG: minimize fails with bounds
* \`#1002 <https://github.com/acme/gadget/issues/1002>\`__: ENH: add workers to cubature

Pull requests for 1.99.0
------------------------

* \`#2001 <https://github.com/acme/gadget/pull/2001>\`__: MAINT: bump version
* \`#2002 <https://github.com/acme/gadget/pull/2002>\`__: ENH: integrate: add workers
* \`#2003 <https://github.com/acme/gadget/pull/2003>\`__: TST: add tests
`;

const PROJECT = { repo: "gadget", owner: "acme", version: "3.9.2" };

describe("a security release leads with its security fixes", () => {
  it("post 1 shows the CVE fixes, not the behaviour changes", () => {
    const post = single(NEWS, PROJECT);
    expect(post).toContain("CVE-2027-1001");
    expect(post).not.toContain("--safe-links");
    expect(thread(NEWS, PROJECT)[0]).toContain("CVE-2027-1001");
  });
});

describe("a section of changed behaviour is not called breaking", () => {
  it("keeps the notes' own label, said as a label, and counts no breaking change", () => {
    const posts = thread(NEWS, PROJECT).join("\n");
    expect(posts).toContain("Behavior changes:");
    expect(posts).toContain("--safe-links option now rejects");
    expect(posts).not.toMatch(/Breaking|⚠️|breaking/u);
    expect(single(NEWS, PROJECT)).not.toMatch(/breaking/iu);
  });

  it("in other languages too, and a change that says it breaks still does", () => {
    const notes = "### Verhaltensänderungen\n\n- Der Server startet nicht mehr ohne Konfiguration.\n- The `--old` flag is incompatible with the new parser and now errors.\n";
    const posts = thread(notes, PROJECT).join("\n");
    expect(posts).toContain("Verhaltensänderungen:");
    expect(posts).toMatch(/⚠️ Breaking changes:\n• The `--old` flag/u);
  });
});

describe("the notes' highlights lead, and the tracker's lists are no changes", () => {
  const options = { repo: "gadget", owner: "acme", version: "1.99.0" };
  it("post 1 leads with the highlights", () => {
    expect(thread(RST, options)[0]).toContain("gadget.solve2");
    expect(single(RST, options)).toContain("gadget.solve2");
  });

  it("issues closed, pull requests and authors are neither shown nor counted", () => {
    const posts = [...thread(RST, options), single(RST, options)].join("\n");
    expect(posts).not.toMatch(/minimize fails|bump version|Alice|Authors|Issues closed|Pull requests|add tests/u);
    expect(posts).not.toMatch(/\+\d+ more/u);
  });
});

describe("a list of fixes named after the issues it fixes is no tracker dump", () => {
  it("\"Fixed bugs\" and \"Resolved issues\" stay", () => {
    const notes = "### Fixed bugs\n\n- Upload crashes on empty files\n\n### Resolved issues\n\n- The toolbar no longer flickers\n";
    const posts = thread(notes, PROJECT).join("\n");
    expect(posts).toContain("Upload crashes on empty files");
    expect(posts).toContain("The toolbar no longer flickers");
  });
});
