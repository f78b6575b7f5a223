// The notes' own sentence announcing the release ("We are pleased to bring you Foo 2.0.0") says what the post's opener
// says: it is not shown under it again.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { announcesRelease } from "../../src/notes/prose/prose.js";

describe("a second opener", () => {
  it("knows 'pleased to bring you' as announcing the release", () => {
    expect(announcesRelease("We are pleased to bring you Harbor 4.2.0, our new stable release.")).toBe(true);
  });

  it("knows 'a new version of … is available' in the languages blog posts come in", () => {
    expect(announcesRelease("Une nouvelle version de Maison Assistant est disponible, avec plusieurs correctifs et améliorations.")).toBe(true);
    expect(announcesRelease("A new version of Harbor is available, with many fixes.")).toBe(true);
    expect(announcesRelease("Eine neue Version von Harbor ist verfügbar.")).toBe(true);
    // Only when the sentence says it is out: a version still to come announces nothing.
    expect(announcesRelease("Une nouvelle version de l'API des plugins est prévue pour l'an prochain.")).toBe(false);
  });

  it("is not shown under the post's opener", () => {
    const notes = "We are pleased to bring you Harbor 4.2.0, our new stable release.\n\n## Changes\n\n- Add a dark theme to the dashboard.\n- Fix the login redirect loop.\n";
    const release = { owner: "acme", repo: "harbor", tag: "v4.2.0", version: "4.2.0", name: "v4.2.0", url: "https://example.com/r", notes };
    const text = composePosts(release).posts[0]?.text ?? "";
    expect(text).not.toContain("pleased to bring you");
    expect(text).toContain("dark theme");
  });
});
