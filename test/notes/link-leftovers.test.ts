// What stays of a link: a citing word in a bracket goes with the link it cited, a proposal's id linked to its pull
// request stays, and a reference-style link in parentheses keeps its words without its brackets.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("link leftovers", () => {
  it("keeps a proposal id cited in a bracket ('(per [MSC3860](…/pull/3860))')", () => {
    const notes = "### Features\n\n- Follow redirects when downloading media (per [MSC3860](https://github.com/o/proposals/pull/3860)). ([#16701](https://github.com/o/r/issues/16701))\n";
    expect(single(notes)).toContain("Follow redirects when downloading media (per MSC3860).");
  });

  it("drops a bracket left with only a citing word ('(per)', '(as per)')", () => {
    const notes = "### Features\n\n- Follow redirects when downloading media (as per [#3860](https://github.com/o/proposals/pull/3860)).\n";
    const post = single(notes);
    expect(post).toContain("Follow redirects when downloading media.");
    expect(post).not.toMatch(/\((?:as )?per\)/u);
  });

  it("keeps a reference-style advisory id in parentheses without its brackets", () => {
    const notes = "### Major changes\n\n  * Fixed buffer overread in AES-XTS decryption on ARM\n    ([CVE-2023-1255])\n  * Mitigate slow `OBJ_obj2txt()` performance.  ([CVE-2023-2650])\n";
    const posts = thread(notes).join("\n");
    expect(posts).toContain("Fixed buffer overread in AES-XTS decryption on ARM (CVE-2023-1255)");
    expect(posts).toContain("performance (CVE-2023-2650).");
    expect(posts).not.toContain("[CVE");
  });
});
