// Credits and references that generators write after a change: git-cliff's " - (Author)", git's trailers
// ("Co-authored-by: Jane <jane@example.com>") and conventional-changelog's ", closes <link>" whatever its link text.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { single } from "../support/composed.js";

const cleaned = (notes: string): string[] => readMarkdown(notes).blocks.map((block) => cleanText(block.text)).filter(Boolean);

describe("an author after a dash at a change's end", () => {
  it("goes, a bot's too, even for a lone item", () => {
    expect(cleanText("Add a retry option ([#41](https://github.com/octo/gizmo/issues/41))  - (Ana Lima)")).toBe("Add a retry option");
    expect(cleaned("## Features\n\n- Support YAML configs  - (quinnr)\n")).toEqual(["Features", "Support YAML configs"]);
    expect(cleanText("Bump lodash from 4.17.20 to 4.17.21 - (renovate[bot])")).toBe("Bump lodash from 4.17.20 to 4.17.21");
  });

  it("stays when the bracket qualifies the change", () => {
    expect(cleanText("Fix path handling - (Windows)")).toBe("Fix path handling - (Windows)");
    expect(cleanText("Add a strict mode - (experimental)")).toBe("Add a strict mode - (experimental)");
  });
});

describe("git trailers", () => {
  it("never show, nor their addresses, inside or after an item", () => {
    const notes = [
      "## Fixes",
      "",
      "- Fix the cache key",
      "  Co-authored-by: Mia Chen <mia@example.dev>",
      "  Signed-off-by: Ola <ola@example.org>",
      "- Fix the log level ([#9](https://github.com/octo/gizmo/issues/9))",
      "",
      "CO-AUTHORED-BY: helper-bot[bot] <123+helper-bot[bot]@users.noreply.github.com> ([abc1234](https://github.com/octo/gizmo/commit/abc1234def))  - (helper-bot[bot])",
    ].join("\n");
    expect(cleaned(notes)).toEqual(["Fixes", "Fix the cache key", "Fix the log level"]);
    expect(single(notes, { repo: "gizmo", version: "2.0.0" })).not.toMatch(/example|noreply|authored|signed/iu);
  });

  it("without an address go only as a name at the end; a change about trailers keeps its words", () => {
    expect(cleanText("Fix the parser Co-authored-by: Jane Doe")).toBe("Fix the parser");
    expect(cleanText("Parse Co-authored-by: lines from commit messages")).toBe("Parse Co-authored-by: lines from commit messages");
    expect(cleanText("Support `Co-authored-by: X <x@y.io>` in templates")).toBe("Support `Co-authored-by: X <x@y.io>` in templates");
  });
});

describe("a closes/fixes/resolves trailer", () => {
  it("goes whatever its link's text looks like", () => {
    expect(cleaned("- **core:** keep the order of joins ([#71](https://github.com/octo/gizmo/issues/71)), closes [/github.com/someone/repro/blob/0123abc/src/a.test.ts#L4-L9](https://github.com//github.com/someone/repro/blob/0123abc/src/a.test.ts/issues/L4-L9)\n")).toEqual(["core: keep the order of joins"]);
    expect(cleaned("- Add a `--quiet` flag, fixes [the noisy output](https://gitlab.com/octo/gizmo/-/issues/3)")).toEqual(["Add a `--quiet` flag"]);
    expect(cleanText("Add a `--quiet` flag, resolves https://tracker.example.org/browse/GZ-12")).toBe("Add a `--quiet` flag");
  });
});

describe("a branch tag before a change", () => {
  it("goes as housekeeping: release, backport and version branches", () => {
    expect(cleanText("[release/v3.1] Fix the installer path (#24) (#25)")).toBe("Fix the installer path");
    expect(cleanText("[backport 2.x] Fix the installer path")).toBe("Fix the installer path");
    expect(cleanText("[v3.1] Fix the installer path")).toBe("Fix the installer path");
    expect(cleanText("[Security] Fix the installer path")).toBe("[Security] Fix the installer path");
  });

  it("leaves no step of readying the branch in the post", () => {
    const notes = "### Packaging\n\n- Sign the Windows installer\n- [release/v3.1] Update branch for release - Transitive - true - minor (#26)\n";
    expect(readItem("Update branch for release - Transitive - true - minor").text).toBe("");
    expect(single(notes, { repo: "gizmo", version: "2.0.0" })).not.toMatch(/branch|release\/v3/u);
  });
});
