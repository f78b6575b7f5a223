// Round 7 of reading the notes: a blog post's version-scoped words. A note about a later release is not this one's
// breaking change; a lead-in that only moves the notes along ("Finally:") or counts from an older version ("… since
// 2.0.0:") is no label to show; a change that names nothing ("Miscellaneous small cleanups") is no headline.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

const post = [
  "Today, we are releasing Widget 2.1.0.",
  "",
  "Notable changes and deprecations since 2.0.0:",
  "",
  "- `widget serve` watches config files",
  "- Since Widget 2.1.2: Widget now requires Node >=20 and drops Node 18.",
  "- Miscellaneous additional code cleanups and removals.",
  "",
  "Finally:",
  "",
  "- The project moved to a new governance model.",
].join("\n");

describe("a blog post's version-scoped notes", () => {
  it("does not take a note about a later release as this release's breaking change", () => {
    const shown = entries(post);
    expect(shown.some((entry) => entry.startsWith("breaking|"))).toBe(false);
    expect(shown.some((entry) => entry.includes("Since Widget 2.1.2"))).toBe(true);
  });
  it("still breaks on a note scoped to this release or an older one", () => {
    const notes = post.replace("Since Widget 2.1.2", "Since Widget 2.1.0");
    expect(entries(notes).some((entry) => entry.startsWith("breaking|") && entry.includes("Node >=20"))).toBe(true);
  });
  it("shows a label of kinds without the version it counts from", () => {
    expect(entries(post)).toContain("highlight|Notable changes and deprecations|`widget serve` watches config files");
  });
  it("shows no connective as a label", () => {
    expect(entries(post).some((entry) => entry.includes("|Finally|"))).toBe(false);
    expect(entries(post).some((entry) => entry.endsWith("|The project moved to a new governance model."))).toBe(true);
  });
  it("files a change that names nothing under other changes", () => {
    expect(entries(post)).toContain("other|Notable changes and deprecations|Miscellaneous additional code cleanups and removals.");
    expect(entries("## 1.2.0\n\n### Fixes\n\n- Various small fixes to the `Parser` API")).toContain("fix|Fixes|Various small fixes to the `Parser` API");
  });
});
