import { describe, expect, it } from "vitest";

import { linesOutsideFences, rewriteBlocks, rewriteLinesOutsideFences, rewriteRuns } from "../../src/notes/formats/line-blocks.js";

// The walks over the notes' lines that the format readers share: code between fences is never read or rewritten.
const NOTES = ["# 1.0", "", "- TODO drop", "keep", "```", "- TODO drop", "```", "- TODO drop", "end"].join("\n");

describe("walks of the lines outside code fences", () => {
  it("drops or rewrites a run that starts outside a fence, and keeps code as written", () => {
    const dropped = rewriteRuns(NOTES, (lines, at) => ((lines[at] ?? "").startsWith("- TODO") ? at + 1 : null));
    expect(dropped.split("\n")).toEqual(["# 1.0", "", "keep", "```", "- TODO drop", "```", "end"]);
  });

  it("lets a step take back the lead-in it has made pointless, and returns the notes unchanged when no step acts", () => {
    const source = ["Contents:", "- a", "- b", "", "text"].join("\n");
    const taken = rewriteRuns(source, (lines, at, out) => {
      if (!(lines[at] ?? "").startsWith("- ")) return null;
      if ((out.at(-1) ?? "").endsWith(":")) out.pop();
      return at + 2;
    });
    expect(taken).toBe(["", "text"].join("\n"));
    expect(rewriteRuns(source, () => null)).toBe(source);
  });

  it("tracks a fence that a consumed run opens, so the code after it is not read", () => {
    const source = ["<!-- a", "```", "-->", "- TODO in code", "```", "- TODO drop"].join("\n");
    const out = rewriteRuns(source, (lines, at) => {
      if ((lines[at] ?? "").startsWith("<!--")) return at + 3;
      return (lines[at] ?? "").startsWith("- TODO") ? at + 1 : null;
    });
    expect(out.split("\n")).toEqual(["- TODO in code", "```"]);
  });

  it("gives a block only when it opens the notes or follows a blank line", () => {
    const seen: string[][] = [];
    rewriteBlocks(["a", "b", "", "c", "```", "", "d", "```"].join("\n"), (block) => {
      seen.push([...block]);
      return null;
    });
    expect(seen).toEqual([["a", "b"], ["c", "```"]]);
  });

  it("rewrites and lists only lines outside fences", () => {
    expect(rewriteLinesOutsideFences(NOTES, (line) => line.toUpperCase())).toContain("```\n- TODO drop\n```\n- TODO DROP");
    expect([...linesOutsideFences(NOTES.split("\n"))].map(([, index]) => index)).toEqual([0, 1, 2, 3, 7, 8]);
  });
});
