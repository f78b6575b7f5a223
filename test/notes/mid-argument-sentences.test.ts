// A thread never opens a post mid-argument: a reason or consequence ("That's because…", "This means…") goes with the
// sentence it points at, or is left out. The check "mid-argument" sees a post that does.
import { describe, expect, it } from "vitest";
import { opensMidArgument } from "../../src/notes/prose/mid-argument.js";
import { checkPosts } from "../support/post-checks.js";
import { thread } from "../support/composed.js";

const found = (check: string, posts: string[], notes = "", mode: "single" | "thread" = "thread"): string[] =>
  checkPosts({ posts, notes, releaseUrl: "", mode, maxLength: 280, threadCap: 5 })
    .filter((defect) => defect.check === check)
    .map((defect) => defect.detail);

describe("sentences that open mid-argument", () => {
  it("knows pure explanations in several languages, not a sentence that states a change of its own", () => {
    expect(opensMidArgument("That's because napari used 0-based indexing for its axis labels.")).toBe(true);
    expect(opensMidArgument("This means plugins must register again.")).toBe(true);
    expect(opensMidArgument("这意味着插件需要重新注册。")).toBe(true);
    expect(opensMidArgument("つまり、設定の移行が必要です。")).toBe(true);
    expect(opensMidArgument("因此我们移除了旧接口。")).toBe(false);
    expect(opensMidArgument("そのため、設定の移行が必要です。")).toBe(false);
    expect(opensMidArgument("This release adds a new router.")).toBe(false);
    expect(opensMidArgument("Sorting is now stable.")).toBe(false);
  });

  it("leaves out a reason whose antecedent the thread does not show before it", () => {
    const notes = [
      "Lantern 2.3 brings a new renderer and faster startup for every project.",
      "",
      "## Axis labels",
      "",
      "If you've ever loaded data of mixed dimensionality, you may have noticed the labels didn't line up:",
      "",
      "| a | b |",
      "|---|---|",
      "| 0 | 1 |",
      "",
      "That's because lantern used 0-based indexing for its axis labels, which breaks down when layers have different numbers of dimensions.",
      "",
      "## Features",
      "",
      "- Add a renderer for large point clouds",
      "- Add GPU picking for shapes",
      "",
    ].join("\n");
    const posts = thread(notes);
    for (const post of posts) expect(post).not.toMatch(/(?:^|\n)(?:[^\n]*:\n)?That's because/u);
  });
});

describe("the mid-argument check", () => {
  it("flags a post whose first line after its label opens on a reason", () => {
    const posts = ["Napari 0.7.0 is out!\n\n⚠️ Breaking changes:\n• Transition to npe2", "⚠️ Breaking changes:\nThat's because napari used 0-based indexing…"];
    expect(found("mid-argument", posts)).toEqual(['post 2 opens on "That\'s because napari used 0-based index"']);
  });

  it("passes a reason read after its antecedent, and a post that opens on a change", () => {
    expect(found("mid-argument", ["X 1.0 is out!\n\nLabels now use negative indexing. That's because…", "Features:\n• Add Y"])).toEqual([]);
  });
});

describe("security-first on advisory ids of every database", () => {
  const notes = "## Bug fixes\n\n- Fix a crash in the optimiser\n- [OSEC-2026-01](https://osv.dev/vulnerability/OSEC-2026-01): robustify intern.c\n";

  it("flags an OSEC id left to a later post, and a single that lists other changes without it", () => {
    expect(found("security-first", ["OCaml 5.4.1 is out!\n\nBug fixes:\n• Fix a crash in the optimiser", "Bug fixes:\n• OSEC-2026-01: robustify intern.c"], notes)).toEqual(["post 1 leaves OSEC-2026-01 to a later post"]);
    expect(found("security-first", ["OCaml 5.4.1 is out!\n\nBug fixes:\n• Fix a crash in the optimiser\n\n+1 more change (1 security fix)"], notes, "single")).toEqual(["the post lists other changes and leaves out OSEC-2026-01"]);
  });

  it("passes a single that leads with the advisory", () => {
    expect(found("security-first", ["OCaml 5.4.1 is out!\n\nSecurity:\n• OSEC-2026-01: robustify intern.c\n\n+1 more change"], notes, "single")).toEqual([]);
  });
});
