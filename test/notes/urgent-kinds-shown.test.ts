// A release with many breaking changes and a security fix: the single post and the thread both show the security fix,
// and the thread shows something the release adds, instead of spending every post on breaking changes (AI SDK 7 had
// 28 breaking changes and one SSRF fix that appeared only in the count).
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "7.0.0" };

const breaking = Array.from({ length: 24 }, (_, index) => `- core: rename the \`step${index}\` option to \`stage${index}\` and drop its alias`);
const NOTES = [
  "### ⚠ BREAKING CHANGES",
  "",
  "- Remove CommonJS exports from all packages. All packages are now ESM-only (`\"type\": \"module\"`). Consumers using `require()` must switch to ESM `import` syntax.",
  ...breaking,
  "",
  "### Security",
  "",
  "- validate redirect targets in download functions to prevent SSRF bypass",
  "",
  "### Features",
  "",
  "- Add an `allowSystemInMessages` option to the agent",
  "",
  "### Fixes",
  "",
  "- retry gateway errors",
  "",
].join("\n");

describe("each kind users must act on shows, however many breaking changes there are", () => {
  it("the single post shows the first breaking change by its leading sentence and the security fix", () => {
    const text = single(NOTES, PROJECT);
    expect(text).toContain("• Remove CommonJS exports from all packages.");
    expect(text).toContain("• validate redirect targets in download functions to prevent SSRF bypass");
    expect(text).not.toContain("Consumers using");
  });

  it("the thread keeps room for the security fix and a feature, and counts the breaking changes it leaves out", () => {
    const posts = thread(NOTES, PROJECT);
    expect(posts).toHaveLength(5);
    const all = posts.join("\n");
    expect(all).toContain("SSRF bypass");
    expect(all).toContain("allowSystemInMessages");
    expect(posts.at(-1)).toMatch(/\+\d+ more breaking changes/u);
    expect(posts[0]).toContain("⚠️");
  });
});

describe("a release step is no change", () => {
  it("'Start v7 pre-release' under a breaking section is housekeeping, not a breaking change", async () => {
    const { readNotesModel } = await import("../../src/notes/model.js");
    const kinds = readNotesModel("### Major Changes\n\n- Start v7 pre-release\n- Enter prerelease mode\n\n### Minor Changes\n\n- add x\n").entries.map((entry) => entry.kind);
    expect(kinds).toEqual(["internal", "internal", "feature"]);
  });
});

describe("the count says how many of the changes left out are security fixes", () => {
  const fixes = Array.from({ length: 4 }, (_, index) => `- CVE-2026-4000${index}: prevent a decompression bomb in format number ${index} of the image readers`);
  const others = Array.from({ length: 5 }, (_, index) => `- Support reading palette variant ${index}`);

  it("in English, beside the breaking ones", () => {
    const notes = ["### Security", "", ...fixes, "", "### Other changes", "", ...others, ""].join("\n");
    const text = single(notes, PROJECT);
    const shown = text.split("\n").filter((line) => line.startsWith("• CVE")).length;
    expect(text).toContain(`(${4 - shown} security fix${4 - shown === 1 ? "" : "es"})`);
  });

  it("in Chinese", async () => {
    const { phrasesFor } = await import("../../src/notes/language.js");
    expect(phrasesFor("zh").more(9, null, 2, 1)).toBe("另有 9 项更新（含 2 项破坏性变更、1 项安全修复）");
    expect(phrasesFor("ja").more(9, null, 0, 2)).toBe("ほか 9 件の変更（うちセキュリティ修正 2 件）");
    expect(phrasesFor("en").more(9, null, 2, 1)).toBe("+9 more changes (2 breaking, 1 security fix)");
  });
});
