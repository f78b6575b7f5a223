// A part of a blog post is said by the sentence that states its change: not its caveat ("should be considered
// experimental"), not the process ("A security audit was performed"), not a sentence that points back ("Instead if …").
import { describe, expect, it } from "vitest";
import { posts as composedPosts } from "../support/composed.js";
import { isCaveat, pointsBackward, tellsProcess } from "../../src/notes/prose/side-sentences.js";

const posts = (notes: string, thread = true): string => composedPosts(notes, { repo: "forum", owner: "acme", version: "0.9.4", tag: "0.9.4", thread }).join("\n");

describe("a part's caveat, process and back-pointing sentences", () => {
  it("do not stand for the part", () => {
    const notes = [
      "# Forum v0.9.4 Release",
      "",
      "## Major Changes",
      "",
      "### Local Only Communities",
      "",
      "Communities have a new `visibility` setting, which can be `Public` or `LocalOnly`. Local only communities still need more testing and should be considered experimental for now.",
      "",
      "### Image Proxying",
      "",
      "There is a new config option called `image_mode` which proxies external image links through the local instance.",
      "",
      "Instead if `image_mode` is set to `ProxyAll`, image urls are rewritten to be proxied.",
      "",
      "### Security Audit",
      "",
      "A security audit was recently performed on Forum. Big thanks to the auditors for their work.",
      "",
    ].join("\n");
    for (const thread of [false, true]) {
      const text = posts(notes, thread);
      expect(text).toContain("Communities have a new `visibility` setting");
      expect(text).not.toMatch(/experimental for now|security audit was|Instead if/u);
    }
    expect(posts(notes)).toContain("There is a new config option called `image_mode`");
  });

  it("are read in other languages", () => {
    expect(isCaveat("Local only communities still need more testing and should be considered experimental for now.")).toBe(true);
    expect(isCaveat("Die Funktion gilt noch als experimentell.")).toBe(true);
    expect(isCaveat("该功能仍需更多测试。")).toBe(true);
    expect(isCaveat("The new `foo` API is experimental.")).toBe(false);
    expect(tellsProcess("A security audit was recently performed on Lemmy.")).toBe(true);
    expect(tellsProcess("Fixed an XSS found in the security audit.")).toBe(false);
    expect(pointsBackward("Instead if `image_mode` is set, urls are rewritten.")).toBe(true);
    expect(pointsBackward("Instead of polling, the client now uses websockets.")).toBe(false);
    expect(tellsProcess("Thanks to @kim for the new icons.")).toBe(true);
    expect(tellsProcess("Big thanks to the docs team!")).toBe(true);
    expect(tellsProcess("Thanks to the new incremental cache, rebuilds are now up to 5x faster.")).toBe(false);
    expect(isCaveat("The plugin API is now available to everyone and should be considered experimental for now.")).toBe(false);
  });

  it("a change said with a credit to a thing or with a caveat is the part's change", () => {
    const fixes = "\n\n## Fixes\n\n- Fix crash when the config file is empty\n";
    expect(posts(`## Faster builds\n\nThanks to the new incremental cache, rebuilds are now up to 5x faster.${fixes}`)).toContain("rebuilds are now up to 5x faster");
    expect(posts(`## Plugin API\n\nThe plugin API is now available to everyone and should be considered experimental for now.${fixes}`)).toContain("The plugin API is now available to everyone");
  });
});
