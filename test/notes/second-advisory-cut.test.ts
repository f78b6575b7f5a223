// A second advisory in a single post shows only while its cut keeps most of what it says; a cut that leaves a subject
// without its problem ("The HTTP server provided…") is no advisory, and the count says it better.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "4.2.1" };

const SHORT = "Reject `..` in archive entry names (CVE-2031-10001).";
const LONG = "The archive extractor now rejects entry names that hold `..` segments, which let a crafted archive write outside its target directory (GHSA-abcd-efgh-ijkl, CVE-2031-10001).";

const notes = (second: string, first = SHORT): string =>
  [
    "### Security",
    "",
    `- ${first}`,
    `- ${second}`,
    "",
    "### Features",
    "",
    "- Add streaming reads",
    "- Add a `--quiet` flag",
    "- Add archive comments",
    "",
  ].join("\n");

describe("the second advisory of a single post", () => {
  it("is counted, not cut to a subject without its problem", () => {
    const text = single(notes("The HTTP 1.0 and 1.1 server provided by the web module of the framework's networking layer could answer pipelined requests out of order, possibly disclosing one client's response to another (CVE-2031-10002/GHSA-mnop-qrst-uvwx)", LONG), PROJECT);
    expect(text).toContain("archive extractor");
    expect(text).not.toMatch(/server provided…/u);
    expect(text).toMatch(/1 (?:more )?security fix/u);
  });

  it("shows cut where most of it stays", () => {
    const text = single(notes("The HTTP 1.0 and 1.1 server provided by the web module of the framework's networking layer could answer pipelined requests out of order, possibly disclosing one client's response to another (CVE-2031-10002/GHSA-mnop-qrst-uvwx)"), PROJECT);
    expect(text).toContain("could answer pipelined requests");
  });

  it("still shows when its cut only loses the brackets at its end", () => {
    const text = single(notes("Fixed command injection via a malicious repository definition in the version control driver's settings files of a project (GHSA-mnop-qrst-uvwx / CVE-2031-10002)"), PROJECT);
    expect(text).toContain("command injection via a malicious repository definition in the version control driver's settings files of a project…");
  });
});
