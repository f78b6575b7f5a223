// The checks read changes where Sphinx and changesets put them: in `.. change::` blocks, under headings inside an
// item's body, and behind RST roles whose display text drops a relative target's leading dot.
import { describe, expect, it } from "vitest";
import { checkPosts } from "./post-checks.js";

function found(check: string, posts: string[], notes: string): string[] {
  return checkPosts({ posts, notes, releaseUrl: "", mode: "single", maxLength: 280, threadCap: 5 })
    .filter((defect) => defect.check === check)
    .map((defect) => defect.detail);
}

describe("count-too-high over Sphinx change blocks", () => {
  const block = (n: number) => [`    .. change::`, `        :tags: bug, orm`, `        :tickets: ${1000 + n}`, ``, `        Fixed issue number ${n} in the ORM.`, ``].join("\n");
  const notes = ["2.1.0b1", "-------", "", ...Array.from({ length: 12 }, (_, n) => block(n)), "* one", "* two", "* three", "* four", "* five"].join("\n");

  it("counts each change block as a change", () => {
    expect(found("count-too-high", ["X 2.1.0b1 is out!\n\n• Fixed issue number 0 in the ORM.\n\n+15 more changes"], notes)).toEqual([]);
  });

  it("still catches a count above the blocks and items the notes hold", () => {
    expect(found("count-too-high", ["X 2.1.0b1 is out!\n\n• Fixed issue number 0 in the ORM.\n\n+40 more changes"], notes)).toHaveLength(1);
  });
});

describe("count-too-high over a changeset's body", () => {
  const notes = [
    "### Major Changes",
    "",
    "-   [`1926c69`](https://github.com/o/r/commit/1926c69) Thanks [@a](https://github.com/a)! - Release Widgets 7.",
    "",
    "    Widgets 7 is a cleanup release.",
    "",
    "    ## Widgets core",
    "",
    "    -   The legacy renderer has been removed.",
    "    -   `configure({ legacy: true })` is no longer supported.",
    "    -   Old decorators are no longer supported.",
    "",
    "    ## Widgets bindings",
    "",
    "    -   The `trace` API has been removed.",
    "    -   React 17 is no longer supported.",
  ].join("\n");

  it("counts the bullets under a heading inside the item as changes", () => {
    expect(found("count-too-high", ["W 7.0.0 is out!\n\n• Release Widgets 7.\n\n+5 more changes"], notes)).toEqual([]);
  });

  it("still catches a count above them", () => {
    expect(found("count-too-high", ["W 7.0.0 is out!\n\n• Release Widgets 7.\n\n+9 more changes"], notes)).toHaveLength(1);
  });
});

describe("code-altered over RST roles", () => {
  const notes = "- Removed the ``.c`` attribute on :class:`.Select` and :class:`~sqlalchemy.sql.FromClause`, see :meth:`_orm.Session.flush`.\n";

  it("reads a relative target without its leading dot, as Sphinx shows it", () => {
    expect(found("code-altered", ["• Removed the `.c` attribute on `Select` and `FromClause`, see `_orm.Session.flush`."], notes)).toEqual([]);
  });

  it("still catches code the roles do not show", () => {
    expect(found("code-altered", ["• Removed the `.c` attribute on `Selects`."], notes)).toHaveLength(1);
  });
});

describe("count-too-high over a sponsor roll", () => {
  const sponsors = Array.from({ length: 40 }, (_, n) => `- [Sponsor ${n}](https://github.com/sponsor${n})`);
  const notes = ["## Features", "", "- Add code folding", "- Add renaming", "- Add hover docs", "", "## Sponsors", "", ...sponsors].join("\n");

  it("counts no person's profile as a change", () => {
    expect(found("count-too-high", ["X 1.0 is out!\n\n• Add code folding\n\n+42 more changes"], notes)).toHaveLength(1);
    expect(found("count-too-high", ["X 1.0 is out!\n\n• Add code folding\n\n+2 more changes"], notes)).toEqual([]);
  });
});
