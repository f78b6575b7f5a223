// A breaking section whose introduction says the release breaks nothing (disclaimed-sections.ts): a flat disclaimer
// disarms the section; one with an exception or contrast, or one that ends on a colon introducing the list, does not.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";
import { sectionDisclaimer } from "../../src/notes/kinds/disclaimed-sections.js";

const notes = (heading: string, intro: string): string =>
  [`## ${heading}`, "", intro, "", "- `parse()` now throws on invalid dates instead of returning `null`", "- `core.load()` was renamed to `core.read()`", "", "## Features", "", "- New `watch` mode", ""].join("\n");

describe("a breaking section's disclaimer", () => {
  it("a flat one raises no banner and is not shown", () => {
    const post = single(notes("Breaking changes", "We do not expect any breaking changes in existing code."), "lib");
    expect(post).not.toMatch(/⚠️|expect any/u);
  });

  it("one with an exception or contrast keeps the banner over the list, without the disclaimer", () => {
    for (const intro of [
      "This release has no breaking changes except the following:",
      "No breaking changes in the CLI, but the library API changed:",
      "We don't expect any breaking changes for users of the public API. If you use the internal `core` module:",
    ]) {
      const post = single(notes("Breaking changes", intro), "lib");
      const banner = /⚠️ Breaking changes:\n• ([^\n]*)\n• ([^\n]*)/u.exec(post);
      expect([banner?.[1], banner?.[2]].sort().join(" | "), intro).toMatch(/^`core\.load\(\)` was renamed[^|]* \| `parse\(\)` now throws/u);
      expect(post, intro).not.toMatch(/expect any|No breaking changes|except/u);
    }
    const zh = single(notes("破坏性变更", "除以下两项外没有破坏性变更："), "lib");
    expect(zh).toMatch(/⚠️ 破坏性变更：\n• `(?:parse|core)/u);
    expect(zh).not.toMatch(/除以下/u);
  });

  it("reads the exception in the languages notes come in", () => {
    expect(sectionDisclaimer(["There are no breaking changes."])).toBe("flat");
    expect(sectionDisclaimer(["Es gibt keine Breaking Changes außer diesen:"])).toBe("qualified");
    expect(sectionDisclaimer(["Aucun changement cassant, à part ceux-ci."])).toBe("qualified");
    expect(sectionDisclaimer(["破壊的変更はありません。ただし、内部 API は変わりました。"])).toBe("qualified");
    expect(sectionDisclaimer(["호환성 변경은 없습니다. 다만 내부 API가 바뀌었습니다."])).toBe("qualified");
    expect(sectionDisclaimer(["`parse()` now throws"])).toBeNull();
  });
});
