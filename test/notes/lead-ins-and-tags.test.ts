// Classes a reader found in real notes: a lead-in that sums the release up ("At a glance:") picks highlights, and a
// highlight the breaking changes below say again is shown once.
import { describe, expect, it } from "vitest";
import { headingMeaning } from "../../src/notes/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a lead-in that sums the release up", () => {
  it("makes the list under it highlights, in English, Chinese and Japanese", () => {
    for (const leadIn of ["Here's a glimpse of what's changed in this release:", "At a glance:", "TL;DR:", "In short:", "Summary of changes:", "本次更新亮点：", "主なハイライト："]) {
      const got = readNotesModel(`${leadIn}\n\n- The sidebar opens twice as fast\n- A new \`--watch\` flag reloads the config\n`).entries;
      expect(got.map((entry) => entry.kind), leadIn).toEqual(["highlight", "highlight"]);
      expect(got.map((entry) => headingMeaning(entry.label ?? "")), leadIn).toEqual(["highlight", "highlight"]);
    }
  });

  it("a highlight the breaking changes below say again is shown once, as the breaking change", () => {
    const highlights = Array.from({ length: 13 }, (_, at) => `- The \`widget${at}\` option now defaults to strict mode for every project`).join("\n");
    const notes = `Here's a glimpse of what's changed in this release:\n\n${highlights}\n\n## Breaking changes\n\n- The \`widget3\` option now defaults to strict mode\n`;
    const got = entries(notes);
    expect(got.filter((line) => line.includes("`widget3`"))).toEqual(["breaking|⚠️ Breaking changes|The `widget3` option now defaults to strict mode"]);
    expect(got.filter((line) => line.startsWith("highlight|"))).toHaveLength(12);
  });
});
