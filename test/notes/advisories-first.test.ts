// Every advisory with its own CVE or GHSA id outranks the hardening listed without one: a single post of a release that
// closes two advisories names both, shortened if need be, before any other security fix.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "4.2.1" };

describe("two advisories in one release", () => {
  it("are both in the single post, before the hardening without an id", () => {
    const notes = [
      "### Security",
      "",
      "- Fixed path traversal in the archive extractor when an entry name holds `..` segments (GHSA-abcd-efgh-ijkl / CVE-2031-10001)",
      "- Fixed header injection in the mail transport when a recipient address holds line breaks from user input (GHSA-mnop-qrst-uvwx / CVE-2031-10002)",
      "- Stopped accepting weak TLS ciphers by default",
      "- Hardened temporary file creation",
      "",
      "### Fixed",
      "",
      "- Fixed a crash on empty archives",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("path traversal");
    expect(text).toContain("header injection");
    expect(text).not.toContain("TLS ciphers");
  });

  it("lead the security fixes even when the notes list a fix without an id first", () => {
    const notes = [
      "### Security",
      "",
      "- Fixed an XSS in the preview pane",
      "- Fixed unsafe handling of archive paths (CVE-2031-20003)",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text.indexOf("archive paths")).toBeGreaterThan(-1);
    expect(text.indexOf("archive paths")).toBeLessThan(text.indexOf("XSS"));
  });
});
