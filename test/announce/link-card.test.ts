import { describe, expect, it } from "vitest";
import { releaseLinkCard } from "../../src/announce/link-card.js";
import type { Release } from "../../src/core/types.js";

const RELEASE: Release = {
  version: "2.0.0",
  tag: "v2.0.0",
  name: "v2.0.0",
  repo: "widget",
  owner: "acme",
  url: "https://github.com/acme/widget/releases/tag/v2.0.0",
  notes: "Thanks to everyone who helped!\n\n### Features\n\n* Adds the frobnicator ([#12](https://github.com/acme/widget/pull/12))\n* Faster loading, see https://example.com/perf for numbers",
};

describe("releaseLinkCard", () => {
  it("titles the card with the project and version when the release name only repeats the tag", () => {
    const card = releaseLinkCard(RELEASE)!;
    expect(card.uri).toBe(RELEASE.url);
    // The repository's own spelling: the notes never write the name with a capital (project-name.ts).
    expect(card.title).toBe("widget 2.0.0");
  });

  it("uses the release's own name when it says more than the version", () => {
    expect(releaseLinkCard({ ...RELEASE, name: "Widget 2: the fast one" })!.title).toBe("Widget 2: the fast one");
  });

  it("describes the release with its changes as plain text: no fluff, no Markdown, no URLs", () => {
    expect(releaseLinkCard(RELEASE)!.description).toBe("Adds the frobnicator · Faster loading, see for numbers");
  });

  it("cuts a long description after a word, within 200 characters", () => {
    const notes = Array.from({ length: 40 }, (_, i) => `* Change number ${i} improves the widget`).join("\n");
    const { description } = releaseLinkCard({ ...RELEASE, notes })!;
    expect([...description].length).toBeLessThanOrEqual(200);
    expect(description.endsWith("…")).toBe(true);
    expect(description).not.toMatch(/\s…$/);
  });

  it("makes no card without an http(s) release page, and carries an image when given", () => {
    expect(releaseLinkCard({ ...RELEASE, url: "" })).toBeUndefined();
    expect(releaseLinkCard({ ...RELEASE, url: "file:///tmp/x" })).toBeUndefined();
    const image = { data: new Uint8Array([1, 2, 3]), mimeType: "image/png" };
    expect(releaseLinkCard(RELEASE, image)!.image).toBe(image);
  });
});
