// A launch post's last parts: how to get the release ("Get the latest Proj" over an install command) and its close
// ("Wrapping up" over thanks and a link to read on) name no change; neither is an item.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const post = (...parts: string[]): string =>
  ["Proj 8.17 brings a faster blur and a new `visibleChanged` event.", "", "## Faster blur", "", "`BlurFilter` now uses a halving strength scheme by default.", "", ...parts].join("\n");

describe("a launch post's closing parts", () => {
  it("'Get the latest …' over how to install is no item", () => {
    const text = thread(post("## Get the latest Proj", "", "Install via npm:", "", "```bash", "npm install proj@8.17.0", "```", "")).join("\n");
    expect(text).toContain("halving strength");
    expect(text).not.toContain("Get the latest");
  });
  it("a close over thanks and a link to read on is no item", () => {
    const text = thread(post("## Wrapping up", "", "That covers what's new. Thanks to everyone who contributed.", "", "- [See the full release notes on GitHub](https://example.com/releases/8.17.0)", "")).join("\n");
    expect(text).toContain("halving strength");
    expect(text).not.toContain("Wrapping up");
  });
});
