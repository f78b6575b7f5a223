// Notes taken from a docs site's sources carry the site generator's markup: MyST targets, Hugo shortcodes, AsciiDoc
// anchors and cross references, wiki links. A post shows what the page shows, never the markup; code stays as written.
import { describe, expect, it } from "vitest";
import { withoutSiteMarkup } from "../../src/notes/formats/site-markup.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.4.0" };

describe("site generators' markup in release notes", () => {
  const notes = `(release-2-4-0)=
## Version 2.4.0

[[v240-fixes]]
### Bug fixes

- {{< issue 77 >}} Fix parsing of empty files; see [[Parsing|the parser guide]] and <<config-section,the config page>>.
- Fix the \`--out\` flag, which was ignored when given twice <<flags>>.
`;

  it("no post shows a target, a shortcode, an anchor or a cross reference", () => {
    const thread = posts(notes, { ...PROJECT, thread: true }).join("\n");
    expect(thread).not.toMatch(/\)=|\{\{|\[\[|<<|>>/u);
    expect(thread).toContain("• Fix parsing of empty files.");
    expect(thread).toContain("which was ignored when given twice.");
  });

  it("keeps the words a cross reference or a wiki link shows, drops a bare reference", () => {
    expect(withoutSiteMarkup("See <<install,the install guide>> and [[Upgrading]] <<faq>>.")).toBe("See the install guide and Upgrading .");
  });

  it("leaves a tracker's reference in double brackets for the reference rules", () => {
    expect(withoutSiteMarkup("- Remove `rb_path_check`. [[Feature #20971]]\n")).toBe("- Remove `rb_path_check`. [[Feature #20971]]\n");
  });

  it("leaves code spans and fences as written", () => {
    const code = "- Fix `a << b >> c` and `{{< x >}}`\n\n```\n(label)=\n[[tool.index]]\n```\n";
    expect(withoutSiteMarkup(code)).toBe(code);
  });

  it("leaves notes without such markup unchanged", () => {
    const plain = "## 2.4.0\n\n- Fix shifts: `x << 2` and 1 << 3 in prose.\n";
    expect(withoutSiteMarkup(plain)).toBe(plain);
  });
});
