import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const kindOf = (notes: string, start: string): string | undefined => readNotesModel(notes).entries.find((entry) => entry.text.startsWith(start))?.kind;

describe("support windows said in prose", () => {
  it("a sentence that only says other versions require a runtime moves nothing", () => {
    const notes = "Versions 3.1.4 and 3.2.2 fix two ReDoS issues in the parser.\n\nVersion 4.0 and newer are unaffected as they require Python 3.11.\n\n## Fixed\n\n- Fix a ReDoS in the date parser\n";
    expect(kindOf(notes, "Version 4.0 and newer")).not.toBe("breaking");
  });

  it("an intro's sentence that ends a runtime's support says that it breaks where it is shown", () => {
    const notes = "This release ends support for Internet Explorer and tightens a few defaults, but keeps the core API as it was.\n\n## Changes\n\n- The `hx-on` attribute has been removed in favor of the `hx-on:` syntax\n- Add a `scrollBehavior` option to the config\n- Add a `selfRequestsOnly` option that defaults to true\n";
    // The listed removal is breaking too (prose-breaks.ts) and may come first: both breaking changes lead the thread.
    const posts = thread(notes);
    const first = posts.slice(0, 2).join("\n");
    expect(first).toContain("ends support for Internet Explorer");
    expect(first.indexOf("ends support")).toBeLessThan(first.indexOf("Features:"));
    expect(first).toMatch(/⚠️ Breaking changes:\nThis release ends support/u);
    expect(single(notes)).toContain("⚠️");
  });
});
