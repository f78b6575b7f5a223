// "+N more" counts changes, each once: not a sponsor roll past what was read, not a "Full changelog" table's rows of
// changes described above it, not the change a shown paragraph already tells; and a request that made several changes
// under one heading keeps a change it made under another, shown or counted.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { sectionAtCut } from "../../src/notes/formats/unread-sections.js";
import { release, single, thread } from "../support/composed.js";

const omitted = (notes: string, asThread = false): number => composePosts(release(notes), { thread: asThread }).omitted;
const bullets = (posts: readonly string[]): number => (posts.join("\n").match(/^• /gmu) ?? []).length;

describe("a sponsor roll past what was read", () => {
  // Long enough that the composer reads only the first part and counts the rest.
  const sections = Array.from({ length: 26 }, (_, n) =>
    [`## Feature ${n}`, "", `The language server now supports feature number ${n} in every editor, ${"with more words about it ".repeat(30)}.`, ""].join("\n"),
  );
  const sponsors = Array.from({ length: 300 }, (_, n) => `- [Sponsor Person ${n}](https://github.com/sponsor${n})`);
  const notes = [...sections, "## A call for support", "", "Please consider sponsoring the project.", "", "Thank you to all our sponsors! And special thanks to our top sponsors:", "", ...sponsors, ""].join("\n");

  it("counts none of its names among the changes left out", () => {
    expect(notes.length).toBeGreaterThan(32 * 1024);
    expect(omitted(notes)).toBeLessThan(20);
    expect(omitted(notes, true)).toBeLessThan(20);
  });

  it("is a roll where the cut falls after a fenced block of HTML under its lead-in", () => {
    const source = ["## A call for support", "", "Thank you to all our sponsors! And special thanks to our top sponsors:", "", "``` =html", "<ul>", "</ul>", "```", "- [A](https://github.com/a)", "- [B](https://github.com/b)", ""].join("\n");
    expect(sectionAtCut(source, source.indexOf("- [B]"))).toEqual({ heading: "A call for support", roll: true });
  });
});

describe("a changes table that repeats the changes described above it", () => {
  const notes = [
    "## Bug fixes",
    "",
    "- Fixed the `uname` output type. ([#101](https://github.com/o/r/pull/101))",
    "- Fixed a crash in `input listen`. ([#102](https://github.com/o/r/pull/102))",
    "- Relaxed type checking of lists. ([#103](https://github.com/o/r/pull/103))",
    "",
    "# Full changelog",
    "",
    "| author | title | link |",
    "| --- | --- | --- |",
    "| [@a](https://github.com/a) | fix: `uname` signature | [#101](https://github.com/o/r/pull/101) |",
    "| [@a](https://github.com/a) | fix: `input listen` output type | [#102](https://github.com/o/r/pull/102) |",
    "| [@b](https://github.com/b) | fix: relax assignability of list types | [#103](https://github.com/o/r/pull/103) |",
    "| [@c](https://github.com/c) | fix: initialize `start_time` only in server mode | [#104](https://github.com/o/r/pull/104) |",
    "",
  ].join("\n");

  it("counts each change once: three described, one only in the table", () => {
    const posts = thread(notes);
    expect(bullets(posts) + omitted(notes, true)).toBe(4);
    expect(bullets([single(notes)]) + omitted(notes)).toBe(4);
  });
});

describe("a change the shown summary already tells", () => {
  const notes = [
    "## 2.6.0",
    "",
    "`2.6.0` is a minor release centered on `previous_tag` support for `generate_release_notes`, which lets workflows pin the comparison base explicitly instead of relying on the default range of tags.",
    "",
    "### Features",
    "",
    "* feat: support previous_tag for generate_release_notes by @a in https://github.com/o/r/pull/1",
    "",
    "### Other Changes",
    "",
    "* docs: clarify reused draft release behavior by @b in https://github.com/o/r/pull/2",
    "* docs: clarify working_directory input by @b in https://github.com/o/r/pull/3",
    "* ci: verify dist bundle freshness by @b in https://github.com/o/r/pull/4",
    "",
  ].join("\n");

  it("is not counted again when the post shows only the summary", () => {
    const post = single(notes);
    expect(post).toContain("centered on `previous_tag`");
    // The feature is told by the summary shown, or by its own line: either way once, never in the count too.
    const told = post.includes("• Support previous_tag") ? 0 : 1;
    expect(bullets([post]) + omitted(notes) + told).toBe(4);
  });
});

describe("a request that made several changes", () => {
  const notes = [
    "## [8.0.0]",
    "",
    "### Added",
    "",
    "- Added `mode` argument to `push_screen` to enable pushing a screen to a non-active mode https://github.com/o/r/pull/62",
    "- Added `App.mode_change_signal` and `App.screen_change_signal` https://github.com/o/r/pull/62",
    "- Added `Tabs.get_tab` https://github.com/o/r/pull/62",
    "- Added Catppuccin themes https://github.com/o/r/pull/35",
    "",
    "### Changed",
    "",
    "- It is no longer a NOOP and warning to dismiss a non-active screen. The dismiss will still work, but the screen may not update if the current mode is not active. https://github.com/o/r/pull/62",
    "- Added 50ms delay when switching screens https://github.com/o/r/pull/62",
    "",
  ].join("\n");

  it("keeps the change it made under another heading: shown or counted", () => {
    const posts = thread(notes);
    expect(bullets(posts) + omitted(notes, true)).toBe(6);
    expect(bullets([single(notes)]) + omitted(notes)).toBe(6);
  });
});
