import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { looksLikeRst, rstAsMarkdown } from "../../src/notes/formats/rst.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("reStructuredText notes", () => {
  it("towncrier: underlined titles are headings; :user: credits and :issue: references go; :file: and :pep: read as text", () => {
    const notes = `3.13.3 (2026-01-03)
===================

Bug fixes
---------

- Fixed multipart reading failing on an empty body part -- by :user:\`Dreamsorcerer\`.


  *Related issues and pull requests on GitHub:*
  :issue:\`11857\`.


Removals and backward incompatible breaking changes
---------------------------------------------------

- \`\`Brotli\`\` minimum version is now 1.2 -- by :user:\`Dreamsorcerer\`.

Packaging updates and notes for downstreams
-------------------------------------------

- Moved dependency metadata from :file:\`setup.cfg\` to :file:\`pyproject.toml\` per :pep:\`621\`
  -- by :user:\`cdce8p\`.
`;
    expect(entries(notes)).toEqual([
      "fix|Bug fixes|Fixed multipart reading failing on an empty body part",
      // A long category name labels by its kind: it is no sentence of prose.
      "breaking|⚠️ Breaking changes|`Brotli` minimum version is now 1.2",
      "other|Packaging updates and notes for downstreams|Moved dependency metadata from `setup.cfg` to `pyproject.toml` per PEP 621",
    ]);
  });

  it("Sphinx: an overlined title with its link is the notes' own title; :ref: shows its text or its target; a target line goes", () => {
    const notes = `.. _ver-2026-1:

**************************************************************************
\`Ver. 2026.1 (2026年3月27日) <https://github.com/o/r/releases/2026.1>\`__
**************************************************************************

*  :ref:\`check-0841\` から \`\`aria-current\`\` 属性要件のチェックを削除
*  :ref:\`the new check <check-0683>\` を新設
`;
    expect(entries(notes)).toEqual(["removal|-|`check-0841` から `aria-current` 属性要件のチェックを削除", "other|-|the new check を新設"]);
  });

  it("a project's own tracker role (':iss:', ':bpo:', any role holding only numbers) is a reference, which goes", () => {
    expect(rstAsMarkdown("- Fix pasting large text (:iss:`682`)")).toBe("- Fix pasting large text (#682)");
    expect(rstAsMarkdown("- Fix the parser (:ticket-ref:`12, 14`)")).toBe("- Fix the parser (#12, #14)");
    expect(entries("- Add a `--hold` option (:iss:`667`)\n- Fix a crash (:bpo:`4521`)\n")).toEqual(["feature|-|Add a `--hold` option", "fix|-|Fix a crash"]);
    // A role with words or code keeps them.
    expect(rstAsMarkdown("- Use :opt:`single_window_margin_width`")).toBe("- Use `single_window_margin_width`");
  });

  it("links keep their words; code roles are code spans; a role with its own words shows them", () => {
    const markdown = rstAsMarkdown("- Use :class:`~aiohttp.web.Request` and :meth:`!close` (see `the guide <https://x.dev/guide>`_, :ref:`upgrading <up>`).");
    expect(markdown).toBe("- Use `Request` and `close` (see [the guide](<https://x.dev/guide>), upgrading).");
  });

  it("sections take their levels from the order their adornments first appear; a title's tilde underline opens no code block", () => {
    const markdown = rstAsMarkdown("Changes\n=======\n\nFeatures\n~~~~~~~~\n\n- add :func:`run`\n");
    expect(markdown).toBe("# Changes\n\n## Features\n\n- add `run`\n");
    expect(entries("Changes\n=======\n\nFeatures\n~~~~~~~~\n\n- add :func:`run`\n")).toEqual(["feature|Features|add `run`"]);
  });

  it("admonitions are side remarks; code directives are code blocks; comments go", () => {
    const markdown = rstAsMarkdown(".. note::\n   Read :doc:`this`.\n\n.. code-block:: python\n\n   x = 1\n\n.. a comment\n\nText.");
    expect(markdown).toBe("> Read `this`.\n\n```\n```\n\n\nText.");
  });

  it("Markdown is left alone: setext headings, code spans and links keep their Markdown meaning", () => {
    const markdown = "Title\n=====\n\n- use ``a`b`` and [link](https://x.dev) :smile:\n\nRun:: now";
    expect(looksLikeRst(markdown)).toBe(false);
    expect(rstAsMarkdown(markdown)).toBe(markdown);
  });
});

describe("roles with chained domains", () => {
  it("':external+python:exc:`~http.cookies.CookieError`' reads as the name it refers to", () => {
    const notes = "Bug fixes\n---------\n\n- Fixed a crash on bad cookies (:external+python:exc:`~http.cookies.CookieError`) -- by :user:`someone`.\n";
    const text = readNotesModel(notes).entries.map((entry) => entry.text).join("\n");
    expect(text).not.toMatch(/:exc:|external\+python/u);
    expect(text).toContain("CookieError");
  });
});
