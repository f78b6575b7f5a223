import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { looksLikeRst, rstAsMarkdown } from "../../src/notes/formats/rst.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("RST notes known by their titles and references alone", () => {
  it("a '+++' underlined title is a heading; '`#348`_' references and 'Thanks `@name`_' credits go", () => {
    const notes = `\`0.55.0\`_ (2025-07-20)
+++++++++++++++++++++++++

* **[New]** Add \`\`Style.BRAILLE\`\` for braille output
  (via \`#348\`_ Thanks \`@oxygen-dioxide\`_ ).
* **[Fixed]** Fix phrase segmentation. Fixed \`#11\`__

__ https://github.com/o/r/issues/11
`;
    const text = entries(notes).join("\n");
    expect(text).not.toMatch(/\+\+\+|`_|`#|@oxygen|__|0\.55\.0/u);
    expect(text).toContain("Add `Style.BRAILLE` for braille output");
  });

  it("a towncrier subsection underlined with '~~~' is a heading, not a Markdown code fence that swallows the rest", () => {
    const notes = `Conch
-----

Bugfixes
~~~~~~~~

- twisted.conch.Widget.__repr__ now shows the widget's name. (#12046)


Web
---

Features
~~~~~~~~

- twisted.web.Agent now allows duplicate Content-Length headers. (#9064)
`;
    expect(looksLikeRst(notes)).toBe(true);
    expect(entries(notes)).toEqual([
      "fix|Bugfixes|twisted.conch.Widget.__repr__ now shows the widget's name.",
      "feature|Features|twisted.web.Agent now allows duplicate Content-Length headers.",
    ]);
  });

  it("titles over- and underlined alike ('=====', '#####', '^^^^') are headings", () => {
    expect(rstAsMarkdown("=========\nChangelog\n=========\n\nFeatures\n^^^^^^^^\n\n- Add a thing\n")).toBe("# Changelog\n\n## Features\n\n- Add a thing\n");
    expect(looksLikeRst("#######\nRelease\n#######\n\n- Add a thing\n")).toBe(true);
  });

  it("'|name|' substitutions read as what they stand for; an image substitution goes", () => {
    const notes = ".. |br| replace:: Brotli\n.. |logo| image:: https://x.dev/logo.png\n\nFeatures\n++++++++\n\n- |logo| Support |br| 1.2 in |project|.\n";
    expect(entries(notes)).toEqual(["feature|Features|Support Brotli 1.2 in project."]);
  });

  it("Markdown with a '~~~' code fence after a line, a '---' rule or a table's bars stays Markdown", () => {
    for (const markdown of ["Run this:\n~~~\nnpm i\n~~~\n", "Title\n---\n\n- a | b |\n", "Intro\n\n***\n\n- `x`_y\n"]) {
      expect(looksLikeRst(markdown)).toBe(false);
    }
  });
});

describe("a reference by a simple name ('zope.interface_')", () => {
  const notes = `1.2.0
=====

- Support for zope.interface_ interfaces is removed; see Sphinx__ for the \`\`class_\`\` argument.
- \`Certificate.__repr__\` and Certificate.__repr__ keep their underscores, as does snake_case_name.

.. _zope.interface: https://pypi.org/project/zope.interface
__ https://www.sphinx-doc.org
`;
  it("shows its name without the underscores; code, dunders and snake_case keep theirs", () => {
    const text = entries(notes).join("\n");
    expect(text).toContain("Support for zope.interface interfaces is removed; see Sphinx for the `class_` argument");
    expect(text).toContain("`Certificate.__repr__` and Certificate.__repr__ keep their underscores, as does snake_case_name");
  });
});
