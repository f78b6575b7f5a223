// Residue of trackers and tags in a change's text: a Jira-style key in round brackets at its end, a bot's "[SECURITY]"
// tag (said in words), a kind's tag repeated on every change of a label, a scope repeated on every change.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "editor", owner: "acme", version: "3.1.0", url: "https://example.com/r" };

describe("tracker keys and bot tags", () => {
  it("drops a tracker key in round brackets at the change's end", () => {
    expect(cleanText("Prevent creating a variant with an undefined version (PIX-14943).")).toBe("Prevent creating a variant with an undefined version.");
  });

  it("(guard) keeps a standard's name in brackets", () => {
    expect(cleanText("Split the classes into their own files (PSR-4)")).toContain("(PSR-4)");
    expect(cleanText("Read the files as text (UTF-8)")).toContain("(UTF-8)");
  });

  it("says a bot's [SECURITY] tag in words that still mark a security fix", () => {
    const text = cleanText("Update dependency axios to v1.7.4 [SECURITY].");
    expect(text).not.toContain("[SECURITY]");
    expect(readItem(text).kind).toBe("security");
  });
});

describe("a tag or scope on every change of a label", () => {
  it("drops a kind's tag in capitals without putting it in the label", () => {
    const notes = "## v3.1.0\n\n### Montée de version\n- [BUMP] Update dependency node to v20.18.0.\n- [BUMP] Update dependency vite to v5.4.10.\n- [BUMP] Update dependency zod to v3.23.8.\n";
    const text = single(notes, PROJECT);
    expect(text).not.toContain("BUMP");
  });

  it("says a scope in round brackets once, and keeps the change's words as written", () => {
    const notes = "## v3.1.0\n\n### Bug Fixes\n- (player-hls) fix the seek offset\n- (player-hls) fix the audio track switch\n- (player-hls) load() arguments are now optional\n";
    const text = single(notes, PROJECT);
    expect(text.match(/player-hls/gu)?.length).toBe(1);
    expect(text).toContain("load() arguments are now optional");
  });
});
