// Markers at a change's start that say its kind ("[SECURITY] Fix …", "(security) …", "⚠️ Breaking: …", "[Deprecated] …"):
// the change takes that kind, and a reader still sees it where no label says it.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("a marker before a change gives its kind", () => {
  it("security, breaking, deprecated and removed markers, in brackets, parentheses or before a colon, any case", () => {
    const cases: Array<[string, string]> = [
      ["[SECURITY] Fix XSS in metrics filtering", "security"],
      ["(security) Escape job names in the dashboard", "security"],
      ["【Security】 Escape job names", "security"],
      ["🔒 Security: Escape job names", "security"],
      ["Security fix: Escape job names", "security"],
      ["⚠️ Breaking: `redis` 4 is no longer supported", "breaking"],
      ["(Breaking) Rename `foo` to `bar`", "breaking"],
      ["[Deprecated] `Sidekiq.options`", "deprecation"],
      ["Deprecation: the `--x` flag", "deprecation"],
      ["(removed) the `--x` flag", "removal"],
    ];
    for (const [text, kind] of cases) expect(readItem(text).kind, text).toBe(kind);
  });

  it("keeps the marker in words where no label says it, and drops it under a label that does", () => {
    expect(readItem("[SECURITY] Fix XSS in metrics filtering")).toMatchObject({ text: "Security: Fix XSS in metrics filtering", untyped: "Fix XSS in metrics filtering" });
    expect(readItem("[Deprecated] `Sidekiq.options`")).toMatchObject({ text: "Deprecated: `Sidekiq.options`", untyped: "`Sidekiq.options`" });
    // The change says it itself: no second word.
    expect(readItem("[Deprecated] `a` is deprecated, use `b`").text).toBe("`a` is deprecated, use `b`");
    // A sentence keeps its capital: the word stays before a lower-case start.
    expect(readItem("SECURITY: escape job names").untyped).toBe("Security: escape job names");
  });

  it("a bump so marked stays a bump; a marker before a break stays a break", () => {
    expect(readItem("[SECURITY] Bump rack to 3.1.8").kind).toBe("dependencies");
    expect(readItem("[Deprecated] BREAKING: remove `x`").kind).toBe("breaking");
  });
});

describe("marked changes in a post", () => {
  it("a '[SECURITY]' change among plain ones leads the post under a security label (sidekiq's Changes.md)", () => {
    const notes = "- Don't count job interruptions as failures in metrics [#6386]\n- Add `Sidekiq::Job.perform_bulk` batching option [#6390]\n- [SECURITY] Fix XSS in metrics filtering introduced in 7.3.0 [#6391]\n- Fix `sidekiqmon` crash when Redis is down [#6392]\n";
    const [post] = posts(notes, PROJECT);
    expect(post).toMatch(/^widget 1\.2\.0 is out!\n\nSecurity:\n• Fix XSS in metrics filtering introduced in 7\.3\.0\n/u);
    expect(post).not.toContain("[SECURITY]");
  });

  it("'⚠️ Breaking: x' is a breaking change, not an empty one", () => {
    expect(entries("- ⚠️ Breaking: `redis` 4 is no longer supported\n- Add foo\n")).toContain("breaking|⚠️ Breaking changes|`redis` 4 is no longer supported");
    expect(entries("- 💥 BREAKING CHANGE: drop the `--x` flag\n- Add foo\n")).toContain("breaking|⚠️ Breaking changes|drop the `--x` flag");
  });
});
