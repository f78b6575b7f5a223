import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "2.1.0" };
const post = (notes: string): string => posts(notes, PROJECT).join("\n---\n");

describe("security and breaking notices are shown and counted as the notes mean them", () => {
  const cves = Array.from({ length: 9 }, (_, index) => `- CVE-2026-5641${index} -- Integer overflow in \`parseThing${index}\` when reading attribute lists`).join("\n");
  const notes = `## Security fixes

- CVE-2026-56131 -- Protect XML_ResumeParser from being called from a handler, plugging a hole in the fix to CVE-2026-50219
${cves}

## Other changes

- lib: Fix too-conservative integer overflow check when appending raw name
- lib: Use a size_t for group sizes
`;

  it("does not count an overflow fix under Other changes, with no advisory id or security word, as a security fix", () => {
    expect(post(notes)).toMatch(/\(9 security fixes\)/u);
  });

  it("shows a further advisory whole, by a clause that says what was fixed, or not at all", () => {
    // libexpat's plain-text Changes: the first advisory fits whole, the next ones only cut ("xmlwf: Integer overflow…").
    const plain = `Release 2.8.2 Thu June 25 2026
        Security fixes:
           #1246  CVE-2026-50219 -- Disallow calls to functions
                    \`XML_GetBuffer\`, \`XML_Parse\`, \`XML_ParseBuffer\`,
                    \`XML_ParserFree\`, \`XML_ParserReset\` to guard e.g.
                    Expat bindings from memory corruption;
                    this CPython issue is related:
                    https://github.com/python/cpython/issues/146169
           #1267  CVE-2026-56131 -- Protect XML_ResumeParser from being called
                                    from a handler, plugging a hole in the fix
                                    to CVE-2026-50219
           #1272  CVE-2026-56132 -- Fix out-of-bound scaffolding index store
                                    in \`doProlog\`
     #1229 #1232  CVE-2026-56403 -- Integer overflow in \`storeAtts\`
           #1249  CVE-2026-56404 -- Integer overflow in \`addBinding\`
           #1251  CVE-2026-56405 -- Integer overflow in \`getAttributeId\`
           #1255  CVE-2026-56406 -- Integer overflow in \`XML_ParseBuffer\`
           #1262  CVE-2026-56407 -- Integer overflow in \`textLen\` handling
            #565  CVE-2026-56408 -- Integer overflow in \`copyString\`
                    (commit 16e2efd867ea8567ffa012210b52ef5918e20817)
           #1259  CVE-2026-56409 -- xmlwf: Integer overflow in output path join
           #1252  CVE-2026-56410 -- xmlwf: Integer overflow in
                    \`resolveSystemId\`
           #1263  CVE-2026-56411 -- xmlwf: Integer overflow in notation list
                    allocation
           #1278  CVE-2026-56412 -- Guard XML_TOK_DATA_CHARS handler calls in
                    \`doCdataSection\`, plugging a hole in the fix to
                    CVE-2026-50219

        Bug fixes:
           #1260  xmlwf: Escape names and base URI in meta output
           #1266  xmlwf: Pick a safe quote for notation system and public IDs

        Other changes:
`;
    const single = post(plain);
    expect(single).toContain("CVE-2026-56131 -- Protect XML_ResumeParser");
    expect(single).not.toMatch(/CVE-2026-\d+ -- [^\n]*…/u);
  });

  it("still files a named memory bug under Bug fixes as a security fix", () => {
    const single = post("## Bug fixes\n\n- Fix heap buffer overflow in the tokenizer\n- Fix typo in help output\n");
    expect(single).toMatch(/Security:?\n• Fix heap buffer overflow/u);
  });

  it("shows a notice of a later release's drop under a softer label, not as a breaking change", () => {
    const ahead = `This release is the last to support Go 1.23.

### Removed

- Drop the deprecated \`Foo\` option, which has been removed.

### Added

- Add \`WithCardinalityLimit\` option.
`;
    const single = post(ahead);
    expect(single).not.toMatch(/Breaking changes:?\nThis release is the last/u);
    expect(single).toMatch(/Heads-up:?\nThis release is the last to support Go 1\.23/u);
  });

  it("ranks a notice of a later release's drop after this release's real breaking changes", () => {
    const both = `This release is the last to support Go 1.23.

### Breaking changes

- Remove the \`Foo\` option.

### Added

- Add \`WithCardinalityLimit\` option.
`;
    const single = post(both);
    expect(single.indexOf("Heads-up")).toBeGreaterThan(single.indexOf("Remove the `Foo` option"));
    expect(single.indexOf("Remove the `Foo` option")).toBeGreaterThan(-1);
  });
});
