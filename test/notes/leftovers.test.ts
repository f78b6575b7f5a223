// Leftovers of removed material, credits in plain words and source noise: what a removed link, list or reference
// leaves behind must not reach a post ("install it as described here.", "… by Someone", "â¦"). Notes written for
// these tests, in several formats and languages.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readNotesModel } from "../../src/notes/model.js";
import { sanitizeText } from "../../src/notes/text/sanitize.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const single = (notes: string): string => posts(notes, PROJECT).join("\n---\n");
const entries = (markdown: string): string[] => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.text}`);
const texts = (markdown: string): string[] => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("a sentence whose point was a link that is gone", () => {
  const notes = [
    "## Highlights",
    "",
    "* Check if your OS ships 1.2.0 or build it as explained [here](https://example.org/install).",
    "* Make sure your installer is 0.8 or newer, otherwise open [the installer's site](https://example.org/i) and see there how to update it first.",
    "* To get going, run `npm i widget` and follow the guide: [Moving from 1.x to 2.0](https://example.org/m).",
    "* If you upgrade, see [Moving to 2.0](https://example.org/m).",
    "* Use [`foo()`](https://example.org/f) instead of `bar()`.",
    "",
  ].join("\n");
  it("loses the clause that pointed at the page, and keeps the rest", () => {
    expect(texts(notes)).toEqual(["Check if your OS ships 1.2.0.", "Make sure your installer is 0.8 or newer.", "To get going, run `npm i widget`.", "Use `foo()` instead of `bar()`."]);
  });
  it("drops a lead-out to links that went", () => {
    const leadOut = "## Breaking\n\n* Drop the old API\n* Tighten types\n\nThese are just some of the highlights. The full list is in the [CHANGELOG](https://example.org/c).\n";
    expect(single(leadOut)).not.toContain("highlights");
    expect(cleanText("That's only a selection of the changes.")).toBe("");
  });
});

describe("credits in plain words beside a reference", () => {
  it("drops the name with the reference in GitHub's and git-cliff's forms", () => {
    expect(cleanText("Fix the parser crash (#12) by Alicedev")).toBe("Fix the parser crash");
    expect(cleanText("Speed up startup by jane-d in #13")).toBe("Speed up startup");
    expect(cleanText("Speed up startup by Jane Doe in https://github.com/o/r/pull/3")).toBe("Speed up startup");
    expect(cleanText("Handle empty input by Jane Doe (#14).")).toBe("Handle empty input.");
  });
  it("keeps a cause told with by", () => {
    expect(cleanText("Fix a crash caused by the parser")).toBe("Fix a crash caused by the parser");
    expect(cleanText("Fix regression caused by Parser (#14)")).toBe("Fix regression caused by Parser");
    expect(cleanText("Sort by default (#15)")).toBe("Sort by default");
  });
  it("ends a towncrier sentence whole where its pull request went", () => {
    expect(cleanText("1.2.0rc1 fixed a regression caused by PR 1210. (#1227)\nNo other changes since 1.2.0rc1")).toBe("1.2.0rc1 fixed a regression.");
  });
});

describe("source noise", () => {
  it("repairs UTF-8 read as Latin-1 or Windows-1252", () => {
    expect(sanitizeText("waits \u00e2\u0080\u00a6 then stops")).toBe("waits \u2026 then stops");
    expect(sanitizeText("it\u00e2\u20ac\u2122s the caf\u00c3\u00a9")).toBe("it\u2019s the caf\u00e9");
  });
  it("leaves real Latin-1 text alone", () => {
    expect(sanitizeText("déjà vu, naïve, 10°C, © Ünïcode Âge")).toBe("déjà vu, naïve, 10°C, © Ünïcode Âge");
  });
  it("reads a category tag in code marks as a conventional prefix", () => {
    const notes = "## 3.1.0\n\n- `Feat(Log)` 新增虚拟列表以提升性能。 (PR #570)\n- `Fix(Core)` 修复点击问题。\n- `npm run dev` 现在更快了。\n";
    expect(entries(notes)).toEqual(["feature|Log: 新增虚拟列表以提升性能。", "fix|Core: 修复点击问题。", "other|`npm run dev` 现在更快了。"]);
  });
});

describe("labels and lead-ins", () => {
  it("adds no colon to a label ending in its own question or exclamation mark", () => {
    const post = single("## What’s New?\n\n* Add a faster scheduler\n\n## Fixes!\n\n* Fix a crash on start\n");
    expect(post).toContain("What’s New?\n");
    expect(post).not.toMatch(/[?!][:：]/u);
  });
  it("counts the advisories a lead-in pointed at once their links went", () => {
    const notes = "### Security\n\n- 以下の脆弱性の影響を受けないようになります ([#1])。\n    - [RUSTSEC-2025-0001](https://rustsec.org/a/1)\n    - [RUSTSEC-2025-0002](https://rustsec.org/a/2)\n    - [RUSTSEC-2025-0003](https://rustsec.org/a/3)\n\n[#1]: https://github.com/o/r/pull/1\n";
    expect(texts(notes)).toEqual(["3件の脆弱性の影響を受けないようになります。"]);
  });
});
