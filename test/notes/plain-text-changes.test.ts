import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const CHANGES = `Changes with Lantern 3.1.0

  *) SECURITY: CVE-2031-10001: Lantern Server: Crash resulting in
     denial of service in mod_beam via a malicious request
     (cve.mitre.org)
     null pointer dereference in mod_beam in Lantern Server 3.0.9 and
     earlier allows an attacker to crash the server.
     Credits: Jane Roe (@jroe) from ACME

  *) SECURITY: CVE-2031-10002: Lantern Server: path disclosure in
     mod_glow (cve.mitre.org)
     Improper escaping in mod_glow allows an attacker to read paths.

     Note: Some legacy uses of 'GlowType' must be ported to 'GlowHandler'.

     Credits: Jane Roe (@jroe) from ACME

  *) mod_beam: Fix DNS requests closed before the configured TTL.
     BZ 69126.  [Ann Other]

  *) core: Log the real thread ID in error logs.  PR 59396 [Ann Other]
`;

describe("plain-text starred CHANGES files", () => {
  it("reads each entry as one item: markers, release line, site references, trackers and committers gone", () => {
    const post = single(CHANGES, { version: "3.1.0" });
    expect(post).not.toMatch(/\*\)|Changes with|cve\.mitre|mitre․org|SECURITY:|\[Ann Other\]|BZ 69126|PR 59396/u);
    expect(post).toContain("CVE-2031-10001: Crash resulting in denial of service in mod_beam via a malicious request.");
  });

  it("drops the product prefix every advisory repeats and never cuts a title on a word that needs its object", () => {
    const post = single(CHANGES, { version: "3.1.0" });
    expect(post).not.toContain("Lantern Server: Crash");
    expect(post).not.toMatch(/\b(?:in|of|to|for|with)\n/u);
  });

  it("keeps an advisory's note with its id in a thread, never a description alone", () => {
    const posts = thread(CHANGES, { version: "3.1.0" });
    const note = posts.find((post) => post.includes("GlowHandler"));
    expect(note).toContain("CVE-2031-10002");
    expect(posts.join("\n")).not.toContain("null pointer dereference");
  });

  it("ends at a second release line (an older release)", () => {
    const post = single(`${CHANGES}\nChanges with Lantern 3.0.9\n\n  *) core: Add the old thing.\n\n  *) core: Add another old thing.\n`, { version: "3.1.0" });
    expect(post).not.toContain("old thing");
  });
});
