// Security releases told in forms the composer read as noise (issue 11): a list of bare advisory addresses is counted
// and named by their ids in its lead-in's line; a fix of a named hole that leads in to how it was fixed is one security
// fix, its sub-items its details; the Sphinx "releases" extension's roles (":bug:`12 major`") are kinds, not words; a
// bare link to a release page is the link the post already has.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const ADVISORY_LINKS = `3.1.58
======

Security fixes for

* https://github.com/octo/lantern/security/advisories/GHSA-hh9p-6wh2-4mfc
* https://github.com/octo/lantern/security/advisories/GHSA-9rj7-rf2p-w77r
* https://nvd.nist.gov/vuln/detail/CVE-2026-12345

If you can, also try the upcoming v4 branch.

See the following for all changes.
https://github.com/octo/lantern/releases/tag/3.1.58
`;

const TERRAPIN = `- :release:\`3.4.0 <2023-12-18>\`
- :feature:\`-\` \`Transport\` grew a new \`packetizer_class\` kwarg for overriding
  the packet-handler class used internally.
- :bug:\`- major\` Address \`CVE 2023-48795 <https://terrapin-attack.com/>\`_ (aka
  the "Terrapin Attack", a vulnerability found in the SSH protocol) as follows:

    - The vulnerability only impacts encrypt-then-MAC digest algorithms in
      tandem with CBC ciphers.
    - Paramiko will now raise an \`SSHException\` subclass when protocol messages
      are received in unexpected order.
    - Key (re)negotiation now resets packet sequence numbers.

- :bug:\`2337 backported\` Tweak \`\`ext-info-(c|s)\`\` detection during KEXINIT protocol
  phase.
- :support:\`2340\` Update the installation docs.
`;

const PROJECT = { version: "3.4.0", tag: "3.4.0" };

describe("a list of bare advisory addresses", () => {
  it("counts the holes and names them by their ids, in one line with its lead-in", () => {
    const post = single(ADVISORY_LINKS, { version: "3.1.58", tag: "3.1.58" });
    expect(post).toContain("Security fixes for 3 advisories: GHSA-hh9p-6wh2-4mfc, GHSA-9rj7-rf2p-w77r, CVE-2026-12345\n");
    expect(post).not.toContain("security/advisories");
  });

  it("shows the release's link once", () => {
    const post = single(ADVISORY_LINKS, { version: "3.1.58", tag: "3.1.58" });
    expect(post.match(/releases\/tag\/3\.1\.58/gu)).toHaveLength(1);
  });
});

describe("the Sphinx releases extension's items", () => {
  it("leads with the named hole as one security fix, without the roles' bookkeeping", () => {
    const post = single(TERRAPIN, PROJECT);
    expect(post).toMatch(/Security:\n• Address CVE 2023-48795 \(aka the "Terrapin Attack"[^\n]*\)\n/u);
    expect(post).not.toMatch(/major|backported|`-`|:release:|\[fix\]|3\.4\.0 </u);
    expect(post).not.toMatch(/security fixes/u);
  });

  it("reads each role as its kind", () => {
    const posts = thread(TERRAPIN, PROJECT).join("\n");
    expect(posts).toMatch(/Features:\n• `Transport` grew/u);
    expect(posts).toMatch(/Fixes:\n• Tweak `ext-info-\(c\|s\)` detection/u);
    expect(posts).not.toMatch(/^Address CVE[^\n]*\n•/mu);
  });
});
