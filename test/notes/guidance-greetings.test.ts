// What the merge of this round's helpers needed on top: a changesets "Major Changes" item that points to the upgrade
// guide breaks, whatever its words; a greeting heading labels nothing; an outro ("Right, that's everything!") is no
// change.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "acme", owner: "acme", version: "2.0.0" };
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
    const post = single(notes, PROJECT);
    expect(post).toMatch(/`watch` command/u);
    expect(post).not.toMatch(/that's everything|Hello, Sprocket/u);
  });
});

describe("a change's title over prose", () => {
  const page = (title: string, prose: string) => ["## 3.0.0", "", "Acme 3.0 is out.", "", `### ${title}`, "", prose, "", "### Other", "", "- Fix a crash in the parser", ""].join("\n");
  const first = (title: string, prose: string) => kinds(page(title, prose), "3.0.0").find((line) => !line.includes("Acme 3.0")) ?? "";

  it("is the first sentence when that sentence says the title's change with more", () => {
    expect(first("Deprecation warnings", "Deprecation warnings are now available on types and aliases. They show once per use.")).toMatch(/\|Deprecation warnings are now available on types and aliases\.$/u);
    expect(first("Type restrictions", "We added type restrictions to many API methods. This improves the docs.")).toMatch(/\|We added type restrictions to many API methods\.$/u);
  });

  it("(guard) stays the title when the sentence sets the scene, tells history or never names it", () => {
    expect(first("Module system improvements", "The module system has long been a pain point for new users. These changes are the first steps.")).toMatch(/\|Module system improvements$/u);
    expect(first("Persistent cache", "In v1.2 we introduced a cache option, which now supports persistent caching.")).toMatch(/\|Persistent cache$/u);
    expect(first("Procedural macros", "Way back in the old days, we announced custom derives. Now there are more kinds.")).toMatch(/\|Procedural macros$/u);
  });

  it("(guard) labels what it holds when a few words lead in to a list under it", () => {
    const notes = ["Acme 3.0 is out.", "", "## Changes", "", "We do not expect breaking changes in existing code.", "", "### Execution contexts", "", "Execution contexts continue as a preview.", "", "### Standard library", "", "New methods:", "", "- [`Set#select!`] and [`#reject!`] ([#12])", "- [`File.readlink?`] ([#13])", "", "_Thanks, [@ann], [@bob]_", "", "[`Colorize`] now uses scoped reset codes which only reset the respective property, instead of resetting everything ([#14]).", "", "[#12]: https://github.com/acme/acme/issues/12", "[#13]: https://github.com/acme/acme/issues/13", ""].join("\n");
    expect(kinds(notes, "3.0.0").some((line) => line.endsWith("|Standard library"))).toBe(false);
  });
});

describe("a sentence that says the list follows", () => {
  it("is no change: \"Below we list the most remarkable changes…\"", () => {
    const notes = "Below we list the most remarkable changes in the language, compiler and stdlib.\n\n- Adds the `watch` command\n";
    const post = single(notes, PROJECT);
    expect(post).not.toMatch(/Below we list/u);
    expect(post).toMatch(/`watch` command/u);
  });
});

describe("what the project is", () => {
  it("is no change, nor is the next sentence that goes on about it", () => {
    const notes = [
      "Acme, or Ac for short, is a new shell that takes a structured approach to the command line. It works seamlessly with the data from your filesystem and many file formats.",
      "",
      "This release overhauls sorting and adds the `watch` command.",
      "",
    ].join("\n");
    const post = single(notes, PROJECT);
    expect(post).not.toMatch(/new shell|works seamlessly/u);
    expect(post).toMatch(/overhauls sorting/u);
  });
});

describe("a lead-in over a table that is gone", () => {
  it("goes with the sentences before it that point at what follows", () => {
    const notes = [
      "### Breaking Changes",
      "",
      "* Removes deprecated widgets",
      "",
      "The following deprecated widgets are being removed. Please use the new widgets:",
      "",
      "| Deprecated | New |",
      "| --- | --- |",
      "| Widget.old | Widget.new |",
      "",
    ].join("\n");
    const post = single(notes, PROJECT);
    expect(post).toMatch(/Removes deprecated widgets/u);
    expect(post).not.toMatch(/The following/u);
  });
});

describe("sub-items of a change", () => {
  it("(guard) are never changes of their own when they give an example or name the issue addressed", () => {
    const notes = [
      "### Breaking Changes",
      "",
      "- Rewrite [client balancer](https://github.com/acme/acme/pull/9860).",
      "  - Upgrade [gRPC to v1.23.0](https://github.com/acme/acme/pull/10911).",
      "  - Improve [client failover](https://github.com/acme/acme/pull/10911).",
      "    - Fix [\"the api server refuses to work\"](https://github.com/other/repo/issues/72102).",
      "- Deprecated [ACIs from official release](https://github.com/acme/acme/pull/9059).",
      "  - `*.aci` files are not available from `v3.4` release.",
      "- Exit on [empty hosts in advertise URLs](https://github.com/acme/acme/pull/8786).",
      "  - Address [advertise client URLs accepts empty hosts](https://github.com/acme/acme/issues/8379).",
      "  - e.g. exit with error on `--advertise-client-urls=http://:2379`.",
      "- Remove the `pkg/cors` package.",
      "",
    ].join("\n");
    const posts = thread(notes, { ...PROJECT, version: "3.4.0" }).join("\n");
    expect(posts).not.toMatch(/e\.g\.|accepts empty hosts/u);
    expect(posts).toMatch(/Exit on empty hosts/u);
  });
});
