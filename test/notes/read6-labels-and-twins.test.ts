// Round 6 of reading the notes: a "Label:" line beside a kind's "Label:" line, a heading that only titles the item
// under it, and one change listed twice.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const read = (notes: string): Array<[string, string | null, string]> => readNotesModel(notes).entries.filter((entry) => !entry.prose).map((entry) => [entry.kind, entry.label, entry.text]);

describe("a plain label beside a kind's label", () => {
  const notes = (first: string): string =>
    [
      "Version 4.0",
      "-----------",
      "",
      `${first}:`,
      "",
      "* Escape attribute values in the HTML report.",
      "",
      "Configuration:",
      "",
      "* The ``--colour`` option has been replaced by ``--theme=colour``.",
      "",
      "Plugins:",
      "",
      "* Plugins can now register their own reporters.",
    ].join("\n");
  it.each(["Security", "Bug fixes"])("does not take the kind of the %s section before it", (first) => {
    const entries = read(notes(first));
    const replaced = entries.find(([, , text]) => text.includes("--colour"));
    expect(replaced?.[0]).toBe("breaking");
    expect(replaced?.[1]).toContain("Configuration");
    const plugins = entries.find(([, , text]) => text.startsWith("Plugins can"));
    expect(plugins?.[0]).not.toBe(first === "Security" ? "security" : "fix");
    expect(plugins?.[1]).toBe("Plugins");
  });
  it("keeps a real sub-heading's items in its section", () => {
    const entries = read(["## Security", "", "### Parser", "", "- Reject oversized headers"].join("\n"));
    expect(entries[0]?.[0]).toBe("security");
  });
});

describe("one change listed twice", () => {
  const notes = [
    "# [5.0.0](https://github.com/acme/engine/compare/v4.2.0...v5.0.0) (2024-02-27)",
    "",
    "* feat!: drop the CommonJS build (#410)",
    "",
    "### BREAKING CHANGES",
    "",
    "* drop the CommonJS build",
    "",
    "* feat: drop the CommonJS build",
    "",
    "* feat: drop the CommonJS build of @acme/engine-cli",
  ].join("\n");
  it("shows once, and leaves the other breaking change its own", async () => {
    const { composePosts } = await import("../../src/notes/compose.js");
    const release = { version: "5.0.0", tag: "v5.0.0", name: "v5.0.0", repo: "engine", owner: "acme", url: "https://github.com/acme/engine/releases/tag/v5.0.0", notes };
    const text = composePosts(release, { thread: false }).posts.map((post) => post.text).join("\n");
    expect(text.match(/drop the CommonJS build$/gimu)?.length).toBe(1);
    expect(text).toMatch(/drop the CommonJS build of/iu);
  });
});

describe("a heading that titles the change listed right before it", () => {
  it("is not a change of its own", () => {
    const notes = [
      "## v2.4.0",
      "",
      "* Add a strict parsing option by @someone in https://github.com/acme/engine/pull/12",
      "",
      "### Using strict parsing",
      "",
      "Strict parsing rejects unknown keys. It is off by default; set `strict: true` to turn it on.",
    ].join("\n");
    expect(read(notes).map(([, , text]) => text)).toEqual(["Add a strict parsing option"]);
  });
  it("is one when the change before it was titled too", () => {
    const notes = ["#### Fix config file search", "", "Searches stop at the root.", "", "#### Improve config file search", "", "A better cache."].join("\n");
    expect(read(notes).length).toBe(2);
  });
});
