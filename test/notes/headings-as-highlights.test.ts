// A blog's or docs page's headings that name no change — the page's title, the project's name over its links, the
// closing "we're excited to see what you build" — never stand in for a highlight, nor label one.
import { describe, expect, it } from "vitest";
import { namesNoChangeOfRelease } from "../../src/notes/prose/no-change-headings.js";
import { namesOnlyProject, titlesReleasePage } from "../../src/notes/prose/page-titles.js";
import { thread } from "../support/composed.js";

describe("headings that are no highlights", () => {
  it("reads a closing line as no change, in several languages", () => {
    for (const title of ["We're excited to see what you build with Lantern!", "We can't wait to see what you make", "Happy coding!", "Wir sind gespannt, was ihr damit baut", "期待看到你们的作品！", "皆さんが何を作るのか楽しみです"]) {
      expect(namesNoChangeOfRelease(title), title).toBe(true);
    }
    expect(namesNoChangeOfRelease("Excited about the new build cache")).toBe(false);
  });
  it("reads the page's title and the project's bare name as no change", () => {
    expect(titlesReleasePage("Release Notes 36", "v36")).toBe(true);
    expect(titlesReleasePage("Changelog for v2.4", "2.4")).toBe(true);
    expect(titlesReleasePage("Release notes tooling", "36")).toBe(false);
    expect(namesOnlyProject("Apache Lantern™", ["lantern", "Apache Lantern"])).toBe(true);
    expect(namesOnlyProject("Lantern CLI", ["lantern", "Lantern"])).toBe(false);
  });
  it("drops the project's name as a closing heading, and the outro, from a blog post's thread", () => {
    const notes = [
      "Dear community, we are happy to announce Apache Lantern 2.3.0!",
      "",
      "## New features",
      "",
      "- **Prometheus push**: a new Prometheus-like push mode.",
      "- **SMS alerts**: alerts can now be sent by SMS.",
      "",
      "## We're excited to see what you build with Lantern!",
      "",
      "Drop by our Discord and tell us.",
      "",
      "## Apache Lantern",
      "",
      "**Repository:**",
      "",
      "[https://github.com/octo/lantern](https://github.com/octo/lantern)",
      "",
    ].join("\n");
    const text = thread(notes, { project: "Apache Lantern" }).join("\n");
    expect(text).toContain("Prometheus push");
    expect(text).not.toMatch(/•\s*Apache Lantern\s*$/mu);
    expect(text).not.toContain("excited to see what you build");
  });
  it("never labels changes with the page's title", () => {
    const notes = ["# Release Notes 36", "", "Wir freuen uns, Lantern 36 zu veröffentlichen.", "", "## Neue Funktionen", "", "- Neuer JDisc-Import", "- Flows können jetzt gruppiert werden", ""].join("\n");
    const text = thread(notes, { version: "36" }).join("\n");
    expect(text).toContain("Neuer JDisc-Import");
    expect(text).not.toContain("Release Notes 36");
  });
});
