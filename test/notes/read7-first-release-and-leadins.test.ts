// Round 7 of reading the notes: an "Initial release" heading is the release itself, no change and no label; a lead-in
// to a code block no post shows ("**Notes:** Upgrade script:") goes with it.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("an initial-release heading", () => {
  it.each([
    ["Initial release", "A terminal client for Mastodon written in Go."],
    ["첫 번째 릴리스", "Go로 작성한 Mastodon 터미널 클라이언트입니다."],
    ["首次发布", "一个用 Go 编写的 Mastodon 终端客户端。"],
  ])("'%s' is no change and labels nothing", (heading, prose) => {
    const notes = ["## [0.1.0] - 2026-01-02", "", `### ${heading}`, "", prose, "", "### Features", "", "- Timeline view", "- Post with `p`"].join("\n");
    const shown = entries(notes);
    expect(shown.some((entry) => entry.endsWith(`|${heading}`))).toBe(false);
    expect(shown.some((entry) => entry.includes(`|${heading}|`))).toBe(false);
    expect(shown.some((entry) => entry.includes("Timeline view"))).toBe(true);
  });
});

describe("a lead-in to a code block no post shows", () => {
  it("goes with the block", () => {
    const notes = ["## 2.3.0", "", "- Add batch scheduling", "", "**Notes:**", "Upgrade script:", "```", "ALTER TABLE jobs ADD COLUMN batch int;", "```"].join("\n");
    expect(entries(notes)).toEqual(["feature|-|Add batch scheduling"]);
  });
  it("in CJK notes too", () => {
    const notes = ["## 2.3.0", "", "- 新增批量调度", "", "**说明：**", "升级脚本：", "```", "alter table job add batch int;", "```"].join("\n");
    expect(entries(notes)).toEqual(["feature|-|新增批量调度"]);
  });
});
