// A blog post's part titled for the release itself, without its version ("The next Vitest minor is here"): the post's
// opener announces the release, so the title is no item and no second opener.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { composePosts } from "../../src/notes/compose.js";
import { release, single } from "../support/composed.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

const post = [
  "# Lantern 2.3 is out!",
  "",
  "## The next Lantern minor is here",
  "",
  "Today, we are thrilled to announce Lantern 2.3.",
  "",
  "## Faster cold starts",
  "",
  "Cold starts now reuse the module cache, halving start-up time.",
  "",
  "## Sidebar groups",
  "",
  "The sidebar now groups pages by folder.",
  "",
].join("\n");

describe("a part titled for the release without its version", () => {
  it("is no item", () => {
    expect(texts(post).some((text) => /is here/u.test(text))).toBe(false);
  });

  it("gives no second opener", () => {
    const text = single(post);
    expect(text).toMatch(/^lantern 2\.3\.0 is out!|^Lantern 2\.3\.0 is out!/u);
    expect(text).not.toMatch(/is here/u);
    expect(text).toContain("Faster cold starts");
  });

  it("takes its own greeting paragraphs with it, not the parts after it", () => {
    const notes = post.replace("Today, we are thrilled to announce Lantern 2.3.", "Today, we are thrilled to announce Lantern 2.3.\n\nWe extend our gratitude to the over 700 contributors to Lantern Core and to the maintainers of its plugins.\n\nTo get started, we suggest helping triage issues and review PRs.");
    const thread = composePosts(release(notes), { thread: true }).posts.map((one) => one.text).join("\n");
    expect(thread).not.toMatch(/gratitude|triage/u);
    expect(thread).toMatch(/sidebar/iu);
  });

  it("(guard) a part that names a change stays, announcing words or not", () => {
    const notes = post.replace("## Sidebar groups", "## Dark mode is here");
    expect(texts(notes).some((text) => text.includes("Dark mode is here"))).toBe(true);
  });
});
