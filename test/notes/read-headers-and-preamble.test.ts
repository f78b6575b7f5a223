// Lines around the changes that are no change: the release's own header with its date, a lead-in that only names the
// notes, a maintainer's note on how the notes are made, the upstream release a fork is based on.
import { describe, expect, it } from "vitest";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import { isTemplateText } from "../../src/notes/prose/prose.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("the release's header", () => {
  it("a heading that repeats the version with its date is no label and no change", () => {
    for (const heading of ["Widget 1.2.0 - Released Tue 1 Oct 2024:\n=====================", "## widget 1.2.0 (2024-07-12)", "# Widget v1.2.0 — March 3, 2025"]) {
      const [post] = posts(`${heading}\n\nUpgrade urgency SECURITY: this release fixes a hole.\n\n## Bug fixes\n\n- Fix a crash in cluster mode\n`, PROJECT);
      expect(post, heading).not.toMatch(/Released|2024|2025/u);
      expect(post, heading).toContain("Fix a crash in cluster mode");
    }
  });
});

describe("a lead-in that only names the notes", () => {
  it("'Changelog:', 'Release notes:', '更新日志：' over the list labels nothing", () => {
    for (const lead of ["Changelog:", "Release notes:", "Changes in v1.2.0:", "更新日志：", "更新内容：", "変更履歴："]) {
      expect(entries(`${lead}\n\n- Fix a crash when the config file is empty\n- Add a verbose flag\n`).map((entry) => entry.split("|")[1]), lead).toEqual(["-", "-"]);
    }
    // A lead-in that names a kind or a part still labels its list.
    expect(entries("Server changes:\n\n- Fix a crash\n").map((entry) => entry.split("|")[1])).toEqual(["Server changes"]);
  });
});

describe("a maintainer's note on how the notes are made", () => {
  it("is template text, in brackets, after 'Note:' or pointing at the notes; a change about release notes is not", () => {
    for (const text of ["(note: new PRs will not be merged until they add release note wording here)", "Note: every PR must add a changelog entry.", "Contributors: please add your release note wording to this file before the PR is merged."]) {
      expect(isTemplateText(text), text).toBe(true);
    }
    for (const text of ["Require release notes for PRs labelled `feature`", "Fix the changelog link in the PR template"]) expect(isTemplateText(text), text).toBe(false);
    const [post] = posts("(note: new PRs will not be merged until they add release note wording here)\n\n- Fix a crash when the config file is empty\n", PROJECT);
    expect(post).not.toMatch(/note|merged/iu);
  });
});

describe("the upstream release a fork is based on", () => {
  it("is release metadata in English and Chinese; a change that says more stays", () => {
    for (const text of ["Based on upstream v1.4.2.", "This release is rebased onto LLVM 18.1.2", "Synced with upstream 2.3.0", "Upstream: v1.4.2", "基于上游 v1.4.2", "同步上游 1.4.2 版本"]) {
      expect(isReleaseMetadata(text), text).toBe(true);
    }
    for (const text of ["Automatically choose theme based on the terminal's color scheme", "Based on upstream v1.4.2, which fixes the TLS crash"]) expect(isReleaseMetadata(text), text).toBe(false);
    const [post] = posts("更新日志：\n- 修复了启动时崩溃的问题\n- 新增深色模式支持\n\nBased on upstream v1.4.2.\n", PROJECT);
    expect(post).not.toMatch(/upstream|更新日志/u);
  });
});
