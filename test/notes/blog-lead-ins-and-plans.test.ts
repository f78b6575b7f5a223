// A blog-style launch post says its changes in the post, not its frame: a lead-in that only points forward ("For now,
// let's look at what's new.", "Here's what's new in Foo 3.0."), the team's motive ("Why we built this") and its work
// still to come ("We'll continue to work on performance.") are no change of the release; a sentence that states a gain
// by a figure ("up to 4x faster") is the post's headline, whatever its part's heading files it as.
import { describe, expect, it } from "vitest";
import { isTransition } from "../../src/notes/prose/transitions.js";
import { speaksOfWorkAhead } from "../../src/notes/prose/work-ahead.js";
import { claimsMeasuredGain } from "../../src/notes/kinds/measured-gains.js";
import { single, thread } from "../support/composed.js";

const part = (heading: string, body: string): string => `## ${heading}\n\n${body}\n`;
const blog = (intro: string, ...parts: string[]): string => ["We're excited to announce Lantern 3.0!", "", intro, "", ...parts].join("\n");
const faster = part("Faster builds", "Builds are now up to 4x faster thanks to a new incremental cache.");
const smaller = part("Smaller bundles", "The runtime is now 30% smaller.");

describe("a lead-in that only points at what follows", () => {
  it("is never shown in place of a change", () => {
    for (const lead of ["For now, let's look at what's new.", "So, let's see what changed.", "Here's what's new in Lantern 3.0.", "This is what's new.", "Now let's talk about the new features.", "With that out of the way, here is what we shipped."]) {
      const text = single(blog(lead, faster, smaller), { version: "3.0.0" });
      expect(text, lead).not.toContain(lead);
      expect(text, lead).toContain("4x faster");
    }
  });
  it("is told apart from a sentence that says a change after its colon", () => {
    expect(isTransition("For now, let's look at what's new.")).toBe(true);
    expect(isTransition("Here's what's new in Foo 3.0.")).toBe(true);
    expect(isTransition("Here's what's new: builds are now 2x faster.")).toBe(false);
    expect(isTransition("Here is the new `watch` command.")).toBe(false);
  });
});

describe("the team's motive and its plans", () => {
  it("a part on why the team built the release is no change", () => {
    for (const heading of ["Why we built this", "Why we rewrote the cache", "Motivation"]) {
      const text = thread(blog("", faster, part(heading, "We wanted Lantern to scale to large monorepos."), smaller), { version: "3.0.0" }).join("\n");
      expect(text, heading).not.toContain("scale to large monorepos");
      expect(text, heading).toContain("30% smaller");
    }
  });
  it("a sentence about work still to come is no change, and never leads the post", () => {
    const notes = blog("", part("Profiling", "We'll continue to work on Lantern's performance. We're working on an official benchmark tool."), faster);
    const text = single(notes, { version: "3.0.0" });
    expect(text).toContain("4x faster");
    expect(text).not.toContain("continue to work");
    expect(text).not.toContain("benchmark tool");
  });
  it("is told apart from a support window, which users plan by", () => {
    expect(speaksOfWorkAhead("We'll continue to work on performance.")).toBe(true);
    expect(speaksOfWorkAhead("We’re currently exploring a plugin API.")).toBe(true);
    expect(speaksOfWorkAhead("We plan to ship a plugin API in 3.1.")).toBe(true);
    expect(speaksOfWorkAhead("We'll continue to support Node 18 until April.")).toBe(false);
    expect(speaksOfWorkAhead("We rewrote the cache.")).toBe(false);
  });
});

describe("a sentence that states a gain by a figure", () => {
  it("leads a launch post's features even under a heading that files it as performance", () => {
    const notes = blog(
      "",
      part("New features", "The CLI now prints its version on start."),
      part("Performance Improvements", "In this minor, we focused on the dev server. Early adopters report a 1.5x-2x faster dev startup on real apps."),
    );
    const text = single(notes, { version: "3.0.0" });
    expect(text.indexOf("1.5x-2x faster")).toBeGreaterThan(-1);
    expect(text.indexOf("1.5x-2x faster")).toBeLessThan(text.indexOf("prints its version"));
  });
  it("is told apart from a figure that measures no gain", () => {
    expect(claimsMeasuredGain("The runtime is now 30% smaller.")).toBe(true);
    expect(claimsMeasuredGain("Builds are now up to 4x faster.")).toBe(true);
    expect(claimsMeasuredGain("Over 120 contributors worked on this release.")).toBe(false);
    expect(claimsMeasuredGain("Node.js 18.16.0 is now required.")).toBe(false);
  });
});
