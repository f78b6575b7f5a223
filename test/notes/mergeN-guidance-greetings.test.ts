// What the merge of this round's helpers needed on top: a changesets "Major Changes" item that points to the upgrade
// guide breaks, whatever its words; a greeting heading labels nothing; an outro ("Right, that's everything!") is no
// change.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";

const kinds = (notes: string, version = "6.0.0"): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a changesets Major Changes item", () => {
  const notes = (guide: string) =>
    ["## @acme/site@6.0.0", "", "### Major Changes", "", `- [#12](https://github.com/a/b/pull/12) Thanks [@x](https://github.com/x)! - Adds image rasterizing to the default image service${guide}`, "- Adds a template for new sites", ""].join("\n");

  it("breaks when it points to the upgrade guide", () => {
    expect(kinds(notes(" - ([v6 upgrade guidance](https://docs.example.dev/upgrade-to/v6/#rasterizing))"))[0]).toMatch(/^breaking\|/u);
    expect(kinds(notes(" ([Migration guide](https://docs.example.dev/migrate))"))[0]).toMatch(/^breaking\|/u);
  });

  it("(guard) is a feature when it only adds, as before", () => {
    expect(kinds(notes(""))[0]).toMatch(/^feature\|/u);
    expect(kinds(notes(""))[1]).toMatch(/^feature\|/u);
  });
});

describe("a blog post's greeting and outro", () => {
  const notes = [
    "Acme 2.0 adds the `watch` command, which rebuilds a project when its files change.",
    "",
    "## Hello, Sprocket!",
    "",
    "Our mascot Sprocket has a new look, and so does the website.",
    "",
    "Right, that's everything! Thank you to everyone who helped.",
    "",
  ].join("\n");

  it("gives the greeting's part no label and keeps the outro out", () => {
    const read = kinds(notes, "2.0.0");
    expect(read.some((line) => line.includes("Hello, Sprocket"))).toBe(false);
    const post = compose({ version: "2.0.0", tag: "v2.0.0", name: "v2.0.0", repo: "acme", owner: "acme", url: "https://github.com/acme/acme/releases/tag/v2.0.0", notes })[0]?.text ?? "";
    expect(post).toMatch(/`watch` command/u);
    expect(post).not.toMatch(/that's everything|Hello, Sprocket/u);
  });
});
