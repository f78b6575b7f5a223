// Changesets writes an item's pull request as a link whose words are the number in code marks
// ("_[`#10036`](…/pull/10036) [`b87a0b7`](…) [@user](…)_"): a reference like "[#10036](…)", never words of the post.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, posts } from "../support/composed.js";

const PROJECT = { repo: "builder", owner: "acme", version: "1.0.1" };

describe("changesets' references in code marks", () => {
  it("drops a pull request's number written as a code-marked link", () => {
    const notes = `### Patch Changes

- Fix the cache path on Windows _[\`#10036\`](https://github.com/acme/builder/pull/10036) [\`b87a0b7\`](https://github.com/acme/builder/commit/b87a0b7a533eef1711e600864f2540dc163176d7) [@mmaietta](https://github.com/mmaietta)_
- Keep the lockfile when pruning [\`#10040\`](https://github.com/acme/builder/pull/10040)`;
    const text = posts(notes, PROJECT).join("\n");
    expect(text).toContain("• Fix the cache path on Windows\n");
    expect(text).toContain("• Keep the lockfile when pruning\n");
    expect(text).not.toContain("#100");
  });

  it("keeps a code span with a number sign that is no issue's number (a hashtag guard may part it)", () => {
    const notes = "### Patch Changes\n\n- Accept [`#fff`](https://example.com/colors) as a color in the theme file";
    expect(composePosts(release(notes, PROJECT)).posts[0]?.text).toMatch(/`#\p{Cf}?fff`/u);
  });
});
