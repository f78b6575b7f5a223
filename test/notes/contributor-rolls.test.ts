// A roll of the people who made a release ("Contributors", "New Contributors", "贡献者", or a list after "53 people
// contributed to this release") names people, not changes: a "+N more" never counts its names, read or unread.
import { describe, expect, it } from "vitest";
import { posts, single } from "../support/composed.js";

/** The number in the post's "+N more" / "N other changes" lines, summed. */
const counted = (text: string): number => [...text.matchAll(/\+(\d+) more|(\d+) (?:more|other) (?:changes?|features?|fixes?|breaking)/gu)].reduce((sum, match) => sum + Number(match[1] ?? match[2]), 0);
const names = (count: number, bullet = "-"): string => Array.from({ length: count }, (_, i) => `${bullet} Person Number${i} (\`@person${i} <https://github.com/person${i}>\`_)`).join("\n");
const items = (count: number, what: string): string => Array.from({ length: count }, (_, i) => `- ${what} number ${i} in the graph module, with a longer explanation of what it does for users (\`#${1000 + i} <https://github.com/octo/lantern/pull/${1000 + i}>\`_).`).join("\n");

describe("a contributor roll is not counted as changes", () => {
  it("under an RST Contributors heading, read whole", () => {
    const notes = `Lantern 2.3.0\n=============\n\nEnhancements\n------------\n\n${items(6, "Add feature")}\n\nBug Fixes\n---------\n\n${items(4, "Fix bug")}\n\nContributors\n------------\n\n30 authors added to this release (alphabetically):\n\n${names(30)}\n`;
    const text = single(notes);
    expect(text).not.toContain("Person");
    expect(counted(text)).toBeLessThanOrEqual(10);
    expect(counted(text)).toBeGreaterThan(0);
  });

  it("under an RST Contributors heading the read part ends inside of", () => {
    // Long enough that the reader stops inside the roll: what it counts unread must not be the names.
    const notes = `Lantern 2.3.0\n=============\n\nEnhancements\n------------\n\n${items(60, "Add feature")}\n\nMaintenance\n-----------\n\n${items(40, "Update tooling")}\n\nContributors\n------------\n\n300 authors added to this release (alphabetically):\n\n${names(300)}\n`;
    for (const text of posts(notes, { thread: true })) expect(text).not.toContain("Person");
    const text = single(notes);
    // (The 40 look-alike tooling items may be read as one; never the 300 names.)
    expect(counted(text)).toBeLessThanOrEqual(100);
    expect(counted(text)).toBeGreaterThanOrEqual(55);
  });

  it("after a sentence that says how many people contributed, with no heading", () => {
    const notes = `## Changes\n\n- Add dark mode to the viewer\n- Fix a crash when the config file is empty\n- Support reading YAML configs\n\nThe docs build runs on every pull request again.\n\n12 people contributed to this release:\n\n${names(12, "*").replace(/\(`@(\w+) <[^>]+>`_\)/gu, "@$1")}\n`;
    const text = single(notes);
    expect(text).not.toContain("Person");
    expect(counted(text)).toBeLessThanOrEqual(3);
  });
});
