// A blog-style post's picks: a heading that names no change (its story, lessons, an invitation, next steps) is no
// item, while a heading that names a feature stays one; a change the summary list and its own part both tell shows
// once; readying the release ("Release preparation", "版本发布准备") is no change in it.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { single, thread } from "../support/composed.js";

const part = (heading: string, body: string): string => `## ${heading}\n\n${body}\n`;
const blog = (...parts: string[]): string => ["# Proj 2.0", "", "We are happy to share this release.", "", ...parts].join("\n");

describe("a blog heading that names no change", () => {
  it("is never an item: its story, lessons, motivation, next steps, invitation or feedback", () => {
    const story = "It was a long road and we learned a great deal from the people who joined us along the way.";
    for (const heading of ["Lessons for future collaborations", "How did this happen?", "Looking back", "Why trees?", "Next steps", "Give it a try", "Feedback welcome", "Final notes", "Funding Acknowledgements", "Próximos pasos", "Lições aprendidas", "Rückblick", "经验教训", "振り返り", "사용해 보세요"]) {
      const text = single(blog(part("Better caching", "Builds now reuse the cache between runs."), part(heading, story)));
      expect(text, heading).toContain("reuse the cache");
      expect(text, heading).not.toContain(heading);
      expect(text, heading).not.toContain("long road");
    }
  });
  it("that invites readers to try a feature is said by the part's sentence stating that feature", () => {
    const text = single(blog(part("Go try out DataTree", "`DataTree` is now available in the main package. It organises many datasets in one tree.")));
    expect(text).toContain("`DataTree` is now available in the main package.");
    expect(text).not.toContain("Go try out");
  });
  it("that invites readers to try what another part announced, with no change of its own, is dropped", () => {
    const text = single(blog(part("The new `Tree` class", "The new `Tree` class holds many datasets at once."), part("Go try out Tree", "Please try it! Simply do `from proj import Tree` and open a file.")));
    expect(text).toContain("The new `Tree` class");
    expect(text).not.toContain("Simply do");
    expect(text).not.toContain("Go try out");
  });
  it("keeps a feature-name heading and a breaking part whose second sentence points below", () => {
    const notes = blog(part("Async support", "All backends now support `async` calls."), part("New plugin system", "Custom storage backends can now be added as plugins."), part("Breaking: `run()` returns a promise", "`run()` now returns a promise. See the migration notes below."));
    const text = thread(notes).join("\n");
    expect(text).toContain("`run()`");
    expect(text).toContain("async");
    expect(text).toContain("plugins");
  });
});

describe("a change the summary list and its own part both tell", () => {
  const notes = [
    "# Proj 3.0",
    "",
    "In this release:",
    "",
    "- Renamed the `Executor` class to `Client`",
    "- Added a plugin system for custom storage backends",
    "- Removed the deprecated `legacy_mode` option",
    "",
    part("`Client` replaces `Executor`", "The `Executor` class is now called `Client`. The old name still works but warns."),
    part("Plugin system", "Custom storage backends can now be added as plugins."),
    part("`legacy_mode` is gone", "The `legacy_mode` option has been removed."),
  ].join("\n");
  it("shows once, as the list says it", () => {
    const text = thread(notes).join("\n");
    expect(text).toContain("Renamed the `Executor` class to `Client`");
    expect(text).not.toContain("`Client` replaces `Executor`");
    expect(text).toContain("Added a plugin system for custom storage backends");
    expect(text).not.toContain("can now be added as plugins");
    expect(text.match(/legacy_mode/gu)).toHaveLength(1);
  });
  it("keeps an area's share of the change beside the part that tells the whole of it", () => {
    const notes = ["# Proj 3.0", "", "## `proj.units` improvements", "", "- Experimental support for the array API standard has been added.", "", "## `proj.io` improvements", "", "- `read()` now accepts URLs.", "", "## Array API Standard Support", "", "Experimental support for array libraries other than NumPy has been added to existing sub-packages in recent versions.", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("array API standard has been added");
    expect(text).toContain("array libraries other than NumPy");
  });
  it("keeps two parts with different changes of one name", () => {
    const text = thread(["# Proj 3.0", "", "- Add a `timeout` option to `connect()`", "", part("Faster `parse()`", "`parse()` is now twice as fast on large files.")].join("\n")).join("\n");
    expect(text).toContain("`timeout`");
    expect(text).toContain("Faster `parse()`");
  });
});

describe("readying the release", () => {
  it("is no change, in the languages notes come in", () => {
    for (const text of ["Dev version preparation", "Release preparation", "Prepare release 2.3.1", "Preparing for the next release", "Vorbereitung des Releases", "Préparation de la version 2.0", "版本发布准备", "リリース準備", "릴리스 준비"]) {
      expect(readItem(text).text, text).toBe("");
    }
    for (const text of ["Prepare statements before execution", "Add release notes preview to the CLI"]) expect(readItem(text).text, text).not.toBe("");
  });
  it("never stands beside a real fix or feature", () => {
    const text = single(["## Changes", "", "- Dev version preparation", "- Fix crash when the config file is empty", "- 版本发布准备", "- Add `--quiet` flag to the CLI", "- Release preparation"].join("\n"));
    expect(text).toContain("--quiet");
    expect(text).toContain("config file is empty");
    expect(text).not.toMatch(/preparation|准备/u);
  });
});
