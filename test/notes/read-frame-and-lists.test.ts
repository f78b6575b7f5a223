// Reading the frame around the changes and lists written without markers: a Hugo page's TOML front matter, paragraphs
// of change lines, sections of people's names, RST field lists of the release's facts.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("front matter", () => {
  it("Hugo's TOML front matter between '+++' lines is page settings, as YAML's between '---' is", () => {
    const toml = '+++\ntitle = "Widget-1.2.0 Release"\ndescription = "Widget-1.2.0 Release Notes."\ntags = [\n  "Release",\n  "1.2.0",\n]\ndate = "2025-03-07T00:00:00+00:00"\n+++\n\n## Features\n\n- Add a cache\n';
    const yaml = '---\ntitle: "Widget 1.2.0 Release"\ndate: 2025-03-07\n---\n\n## Features\n\n- Add a cache\n';
    for (const notes of [toml, yaml]) expect(entries(notes)).toEqual(["feature|Features|Add a cache"]);
    // A "+++" line later in the notes, or one not followed by settings, is left to the notes.
    expect(entries("+++\nAdd a cache\n+++\n").join(" ")).toContain("Add a cache");
  });
});

describe("paragraphs of change lines", () => {
  const notes =
    "## Noteworthy Changes\n\ncore: Add max conn limit to https3 (https://github.com/o/r/pull/8187)\nplugin/cache: Fix stale serving on TTL expiry (#8232)\nfeat(forward): add health check timeout option (o/r#8240)\nUpdate the bundled root hints [#8250](https://github.com/o/r/pull/8250)\n";

  it("each line that says a change and ends in its reference is an item; the heading labels them, never an item", () => {
    expect(entries(notes).map((entry) => entry.split("|").slice(1).join("|"))).toEqual([
      "Noteworthy Changes|core: Add max conn limit to https3",
      "Noteworthy Changes|plugin/cache: Fix stale serving on TTL expiry",
      "Noteworthy Changes|forward: add health check timeout option",
      "Noteworthy Changes|Update the bundled root hints",
    ]);
  });

  it("after a lead-in line too; a wrapped sentence, a field's reference and an item's indented lines stay as they are", () => {
    expect(entries("Changes:\ncore: Add a limit (#1)\ncore: Fix a leak (#2)\n").map((entry) => entry.split("|")[2])).toEqual(["core: Add a limit", "core: Fix a leak"]);
    // The second line carries the sentence on.
    expect(entries("This release adds a limit (#1)\nand fixes a leak in the cache (#2)\n")).toHaveLength(1);
    // Fields under an item ("PR: [#5829](…)") are its references, not changes of their own.
    const item = "## Minor Changes\n\n- Add a config command\n\n  PR: [#5829](https://github.com/o/r/pull/5829)\n  Related issue: [#5621](https://github.com/o/r/issues/5621)\n\n- Add an alias\n";
    expect(entries(item).map((entry) => entry.split("|")[2])).toEqual(["Add a config command", "Add an alias"]);
  });

  it("a section of only people's names is credits, whatever its heading says", () => {
    const credits = `## Brought to You By\n\nBen Kochie,\nChris O'Haver,\nVilmos Nebehaj.\n\n${notes}`;
    const [post] = posts(credits, PROJECT);
    expect(post).not.toMatch(/Brought|Kochie|Nebehaj/u);
    expect(entries("## Brought to You By\n\n- Ben Kochie\n- Ana de Souza\n- @vilmos\n\n## Fixes\n\n- Fix a leak\n")).toEqual(["fix|Fixes|Fix a leak"]);
    // Changes whose words look like names stay ("Add Foo" under a kind's heading or any other).
    expect(entries("## Highlights\n\n- Add Retries\n- Drop Python\n")).toHaveLength(2);
  });
});

describe("RST field lists of the release's facts", () => {
  it("':release-date:' and ':release-by:' under the version's title, and the title's anchor, are no content", () => {
    const rst = ".. _version-1.2.0:\n\n1.2.0\n=====\n\n:release-date: 2025-11-02\n:release-by: Tomer Nosrati\n\n- Fix worker crash on shutdown (#9901)\n- Add support for Python 3.14 (#9902)\n";
    const markdown = "## 1.2.0\n\n:release-date: 2025-11-02\n:release-by: Tomer Nosrati\n\n- Fix worker crash on shutdown\n- Add support for Python 3.14\n";
    for (const notes of [rst, markdown]) {
      const [post] = posts(notes, PROJECT);
      expect(post).not.toMatch(/2025-11-02|release-by|Nosrati|version-1/u);
      expect(post).toContain("Fix worker crash on shutdown");
    }
    // An emoji's code at a line's start is no field.
    expect(entries(":tada: Add support for Python 3.14\n").join(" ")).toContain("Add support for Python 3.14");
  });
});
