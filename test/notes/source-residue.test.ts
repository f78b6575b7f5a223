// What a notes' source leaves that is no part of a change: front matter whose lists sit at their key's indent, commit
// types outside the usual list, credits whose links went, greetings in the notes' language, Sphinx's search marks.
import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";
import { isGreeting } from "../../src/notes/prose/greetings.js";
import { rstAsMarkdown } from "../../src/notes/formats/rst.js";

const post = (notes: string, thread = false): string => posts(notes, { owner: "acme", repo: "lang", version: "2.4.0", thread }).join("\n");

describe("what a notes' source leaves", () => {
  it("reads no front matter whose list sits at its key's indent", () => {
    const text = post(
      [
        "---",
        "title: Lang 2.4.0 is released!",
        "highlights:",
        '- text: "[New `@[Inline]` annotation](#inline)"',
        "  label: lang/annotations",
        "---",
        "",
        "## Features",
        "",
        "- Add the `@[Inline]` annotation",
        "- Speed up the parser",
      ].join("\n"),
      true,
    );
    expect(text).not.toMatch(/label:|Highlights \(text\)|lang\/annotations/u);
    expect(text).toContain("Add the `@[Inline]` annotation");
  });

  it("reads a word that names a kind of work before a scope as a commit's type, not a call", () => {
    const text = post(["## 优化", "", "* optimize(grpc): access metadata without lower-casing by @jane in [#1806](https://github.com/acme/lang/pull/1806)", "* improve(tool): remove a string copy"].join("\n"));
    expect(text).not.toMatch(/optimize\(|improve\(/u);
    expect(text).toContain("grpc: access metadata without lower-casing");
  });

  it("keeps a call that opens a change, which is what changed", () => {
    const text = post(["## Changes", "", "- open(path): now raises IsADirectoryError on directories", "- len(x): returns 0 for None instead of raising", "- fix crash in `parse` on empty input"].join("\n"));
    expect(text).toContain("open(path): now raises IsADirectoryError");
    expect(text).toContain("len(x): returns 0 for None");
  });

  it("takes off a credit whose two links went, with the bar between them", () => {
    const text = post(["## 修复", "", "* fix(retry): shallow copy response to avoid a data race by @jane in [#1799](https://github.com/acme/lang/pull/1799) | [#1814](https://github.com/acme/lang/pull/1814)", "* fix(lbcache): check the balancer before creating it"].join("\n"));
    expect(text).toContain("retry: shallow copy response to avoid a data race\n");
    expect(text).not.toMatch(/jane|\bin \|/u);
  });

  it("knows a greeting or a sign-off in the notes' languages, and a sentence that goes on", () => {
    for (const line of ["Salut à tous,", "Hallo zusammen!", "Hola a todos", "Olá pessoal", "大家好！", "안녕하세요 여러분", "À bientôt !"]) expect(isGreeting(line)).toBe(true);
    expect(isGreeting("Hola, this release adds dark mode.")).toBe(false);
    const text = post(["Salut à tous,", "", "Une nouvelle version est disponible avec un mode sombre.", "", "## Nouveautés", "", "- Mode sombre", "- Export CSV"].join("\n"));
    expect(text).not.toContain("Salut");
  });

  it("shows Sphinx's default-role targets without their search marks", () => {
    const markdown = rstAsMarkdown("- The `.EUIMap` class now returns the ``DATE-BEG`` key for `~sunpy.map.GenericMap`. (`#7682 <https://github.com/acme/lang/pull/7682>`__)\n");
    expect(markdown).toContain("`EUIMap`");
    expect(markdown).toContain("`GenericMap`");
    expect(markdown).not.toContain("`.EUIMap`");
  });

  it("keeps the dot of a dotfile's name in a default-role span", () => {
    const markdown = rstAsMarkdown(
      "- Read settings from a `.env` file (`#12 <https://github.com/acme/env/pull/12>`__)\n- Respect `.gitignore` and `.eslintrc.json`\n- See `.GenericMap.date`\n",
    );
    expect(markdown).toContain("`.env` file");
    expect(markdown).toContain("`.gitignore` and `.eslintrc.json`");
    expect(markdown).toContain("`GenericMap.date`");
  });
});
