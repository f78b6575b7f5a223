// A security release that lists its vulnerabilities twice, once in a summary without ids and once by CVE, has as many
// fixes as the list with ids: the summary's lines go, and "+N more security fixes" counts each fix once.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, thread } from "../support/composed.js";

const PROJECT = { repo: "webkit", owner: "acme", version: "4.2.1" };

const SUMMARY = `These are security patches addressing 4 security issues:

* Two potential XSS vulnerabilities in the template helpers
* A potential DoS vulnerability in the upload parser
* A path traversal in the static file server

We strongly recommend upgrading.

Here is a list of security issues that these releases address:

* [CVE-2026-1001 Possible XSS vulnerability in template helpers for attributes](https://example.com/a)
* [CVE-2026-1002 Possible XSS vulnerability in template helpers for URLs](https://example.com/b)
* [CVE-2026-1003 Possible DoS vulnerability in the multipart upload parser](https://example.com/c)
* [CVE-2026-1004 Possible path traversal in the static file server](https://example.com/d)
`;

describe("an advisory's summary beside its list by id", () => {
  it("counts each vulnerability once", () => {
    const [post] = composePosts(release(SUMMARY, PROJECT)).posts;
    expect(post?.text).toContain("CVE-2026-1001");
    expect(post?.text).toMatch(/\+[23] more security fixes/u);
    const shown = (post?.text.match(/^• /gmu) ?? []).length;
    const more = Number(/\+(\d+) more/u.exec(post?.text ?? "")?.[1] ?? 0);
    expect(shown + more).toBe(4);
  });

  it("never shows the summary's lines in a thread beside the ids", () => {
    const text = thread(SUMMARY, PROJECT).join("\n");
    expect(text).not.toContain("Two potential XSS");
    expect(text).toContain("CVE-2026-1004");
  });

  it("keeps security fixes without ids that no id's line names", () => {
    const notes = `### Security

* Hardened the session cookie against fixation on login
* Rate-limited password reset emails
* [CVE-2026-2001 Possible XSS vulnerability in the markdown renderer](https://example.com/a)
* [CVE-2026-2002 Possible SQL injection in the search endpoint](https://example.com/b)
* [CVE-2026-2003 Possible open redirect in the OAuth callback](https://example.com/c)
`;
    const text = thread(notes, PROJECT).join("\n");
    expect(text).toContain("Rate-limited password reset emails");
    expect(text).toContain("session cookie");
  });
});
