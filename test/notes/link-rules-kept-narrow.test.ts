// The linkZ rules kept to their class: a repeat is a whole sentence again, a misspelt tag is a slip of the keys, a
// bare address that goes is a page's, not a change's.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";

const release = (notes: string) => ({ version: "3.1.0", tag: "v3.1.0", name: "v3.1.0", repo: "tool", owner: "acme", url: "https://github.com/acme/tool/releases/tag/v3.1.0", notes });
const posts = (notes: string, thread = false): string[] => composePosts(release(notes), thread ? { thread: true } : {}).posts.map((post) => post.text);

describe("a later item that opens with an earlier one's words", () => {
  it("is another change when it goes on within the earlier one's clause or word", () => {
    const notes = `### Fixes

- Fix typo in correction of the manual pages
- Fix typo in correction of the manual pages to \`restauranteurs\`
- Add a retry to the upload of large release assets number 1
- Add a retry to the upload of large release assets number 10
`;
    const thread = posts(notes, true).join("\n");
    expect(thread).toContain("`restauranteurs`");
    expect(thread).toContain("assets number 10");
  });

  it("is the same change, shown once, when a later section repeats a summary line under a label", () => {
    const notes = `## Highlights

- This release breaks compatibility with existing add-ons.
- New on-demand speech mode.

## Changes for developers

- Note: This release breaks compatibility with existing add-ons. Add-ons must be re-tested and their manifests updated.
- The \`foo\` module was removed.
`;
    const thread = posts(notes, true).join("\n");
    expect(thread.match(/breaks compatibility with existing add-ons/gu)?.length).toBe(1);
  });

  it("is the same change when it goes on after a sentence's end", () => {
    const notes = `### Highlights

- The configuration file moved to the project root.

### Breaking changes

- Note: The configuration file moved to the project root. Move yours before upgrading.
- Dropped support for Node 16.
`;
    const thread = posts(notes, true).join("\n");
    expect(thread.match(/The configuration file moved/gu)?.length).toBe(1);
  });
});

describe("a bracket word near a kind tag", () => {
  it("is a tag when two letters are swapped or one is missing inside a long word", () => {
    const [single] = posts("- [FEAUTRE] Add dark mode to the settings page\n- [Fetaure] Add a compact list view\n- Fix a crash on start\n");
    expect(single).not.toMatch(/FEAUTRE|Fetaure/u);
  });

  it("is a part's name when a short word lacks a letter or a word gains one at its end", () => {
    const thread = posts("- [Core] Optimize images on upload\n- [Updater] Check for updates once a day\n- Add retries\n", true).join("\n");
    expect(thread).toContain("Optimize images on upload");
    expect(thread).toContain("Check for updates once a day");
  });
});

describe("a bare address on a line of its own", () => {
  it("goes when it is another page's", () => {
    const notes = `- Added a \`--watch\` flag to the build command.
- Fixed the dev server crashing on empty files.

https://example.com/blog/tool-3-1
`;
    const [single] = posts(notes);
    expect(single).not.toContain("example.com");
  });
});
