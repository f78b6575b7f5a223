// A part of a blog post is said by the sentence that states its change: not its caveat ("should be considered
// experimental"), not the process ("A security audit was performed"), not a sentence that points back ("Instead if …");
// and a feature the opening names as the headline ("… includes "Box" and "ZJIT"") is a highlight that leads.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { isCaveat, pointsBackward, tellsProcess } from "../../src/notes/prose/side-sentences.js";

const posts = (notes: string, thread = true): string =>
  compose({ version: "0.9.4", tag: "0.9.4", name: "0.9.4", repo: "forum", owner: "acme", url: "https://github.com/acme/forum/releases/tag/0.9.4", notes }, { thread })
    .map((item) => item.text)
    .join("\n");

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
  });
});

describe("the features the opening names", () => {
  it("lead as highlights, said by their first sentence", () => {
    const notes = [
      'Kite 4.0 includes "Kite Box", "ZJIT" and many more improvements.',
      "",
      "## Kite Box",
      "",
      "Kite Box provides isolation of definitions, an experimental feature.",
      "",
      "## ZJIT",
      "",
      "ZJIT is a new just-in-time compiler, the successor of YJIT.",
      "",
      "## Core updates",
      "",
      "* Add `Array#rfind`.",
      "* Add `Math.log1p`.",
      "* Add `Fiber#raise(cause:)`.",
      "",
    ].join("\n");
    const text = posts(notes, false);
    expect(text).toContain("ZJIT is a new just-in-time compiler");
    expect(text.indexOf("ZJIT is a new")).toBeLessThan(text.indexOf("Array#rfind") === -1 ? Infinity : text.indexOf("Array#rfind"));
  });
});
