// Sections that hold no change of this release: the project's plans, and a pointer to another release's changes; and
// the stand-in for a breaking section of links where the notes list breaking changes elsewhere.
import { expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { release, single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "4.0.0" };
const texts = (notes: string): string[] => readNotesModel(notes, undefined, "4.0.0").entries.map((entry) => entry.text);

it("drops what the project plans next", () => {
  const notes = "## Faster builds\n\nBuilds now reuse the cache between runs.\n\n## What's next for Sprocket?\n\n### Plugin API\n\nWe plan to open the plugin API next year.\n\n## 今後の予定\n\n- 次はプラグイン API を公開します\n";
  const read = texts(notes).join("\n");
  expect(read).toContain("Faster builds");
  expect(read).not.toContain("Plugin API");
  expect(read).not.toContain("プラグイン");
});

it("drops a category heading over another release's changes", () => {
  const notes = "### Features\n\n* add a `--watch` flag\n\n### Additional Changes\n\nThis release includes the latest changes from Sprocket v3.4.1.\n";
  expect(texts(notes)).toEqual(["add a `--watch` flag"]);
});

it("says a breaking section of links only where nothing else says the release breaks", () => {
  const links = "### BREAKING CHANGES\n\nSee [the migration guide](https://example.com/migrate) for how to upgrade.\n";
  const listed = `### Features\n\n* **runtime:** drop Node 14 support\n* add a \`--watch\` flag\n\n${links}`;
  const post = single(listed, PROJECT);
  expect(post).toContain("drop Node 14 support");
  expect(post).not.toContain("the release notes say what to change");
  expect(compose(release(`### Features\n\n* add a \`--watch\` flag\n\n${links}`, PROJECT))[0]?.text).toContain("the release notes say what to change");
});
