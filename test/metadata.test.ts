// The project's home, release-tweet/release-tweet, in the package and Action metadata users and registries read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  homepage?: string;
  repository?: { type: string; url: string };
  bugs?: { url: string };
};
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  branding?: { icon?: string; color?: string };
  runs: { using: string; main: string };
};

// GitHub's Marketplace takes one of these background colours (docs: metadata syntax, branding.color).
const BRANDING_COLORS = ["white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"];

describe("metadata", () => {
  it("package.json points npm and users at the repository", () => {
    expect(pkg.name).toBe("release-tweet");
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/release-tweet/release-tweet.git" });
    expect(pkg.homepage).toBe("https://github.com/release-tweet/release-tweet#readme");
    expect(pkg.bugs?.url).toBe("https://github.com/release-tweet/release-tweet/issues");
  });

  it("action.yml has Marketplace branding and runs the committed bundle on node24", () => {
    expect(BRANDING_COLORS).toContain(action.branding?.color);
    expect(action.branding?.icon).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(action.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
  });
});
