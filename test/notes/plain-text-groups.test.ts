// Plain-text notes: bare component names head the sentences under them, a "ver.x date" line is the release's own
// heading, and full-width indentation nests sub-items under their parent rather than flattening them into it.
import { describe, expect, it } from "vitest";
import { namedGroupsAsMarkdown } from "../../src/notes/formats/name-groups.js";
import { isReleaseHeader } from "../../src/notes/formats/page-frame.js";
import { single, thread } from "../support/composed.js";

describe("bare component names over one-sentence lines", () => {
  const notes = [
    "2.4.0 - 2026-08-08",
    "==================",
    "Decoder",
    "Added support for Dolby Vision in AV1.",
    "Fixed hardware decoding on old Intel graphics.",
    "",
    "Downloader",
    "Fixed VP9 detection for some video hosts.",
    "The http_dash_segments protocol is not supported.",
    "",
    "Player",
    "Fixed the playlist title for downloaded URLs.",
    "Removed the menu blur effect, as it does not work properly.",
    "",
    "Installer",
    "Updated the video renderer to 0.10.7.",
    "",
    "Updated the German translation (by Klaus).",
    "Updated the Korean translation (by Hack).",
    "",
    "Updated libraries:",
    "\tdav1d 1.5.4;",
    "\tffmpeg n8.2;",
  ].join("\n");

  it("reads each name as the heading of its sentences, and an indented list under a lead-in as a group", () => {
    const markdown = namedGroupsAsMarkdown(notes);
    expect(markdown).toContain("#### Decoder\n\n- Added support for Dolby Vision in AV1.\n- Fixed hardware decoding");
    expect(markdown).toContain("#### Updated libraries\n\n- dav1d 1.5.4\n- ffmpeg n8.2");
    // The translation lines are changes of the group before them, not paragraphs.
    expect(markdown).toContain("- Updated the German translation (by Klaus).");
  });

  it("never shows a name alone, nor an item without its name", () => {
    for (const post of [single(notes, "player"), ...thread(notes, "player")]) {
      for (const name of ["Decoder", "Downloader", "Player", "Installer"]) expect(post).not.toMatch(new RegExp(`(?:^|\\n)${name}\\n`, "u"));
      if (post.includes("http_dash_segments")) expect(post).toContain("Downloader:");
    }
  });

  it("leaves notes with one such name, or with headings of their own, as they are", () => {
    const one = "Decoder\nAdded support for AV1.\n\nSome prose follows here.";
    expect(namedGroupsAsMarkdown(one)).toBe(one);
    const own = "## Decoder\nAdded support for AV1.\n\nPlayer\nFixed a crash.\n\nInstaller\nUpdated it.";
    expect(namedGroupsAsMarkdown(own)).toBe(own);
  });
});

describe("plain-text version lines and nested bullets", () => {
  it("knows 'ver.0.9.0 2016/12/31' as a release header", () => {
    expect(isReleaseHeader("ver.0.9.0 2016/12/31")).toBe(true);
    expect(isReleaseHeader("ver.0.9.0 で EPG を改善した")).toBe(false);
  });

  const notes = [
    "ver.0.9.0 2016/12/31",
    "  ・ワンセグモードを追加した",
    "  ・EPG 番組表に以下の機能追加などを行った",
    "  　・文字描画にDirectWriteを使用できるようにした",
    "  　・禁則処理を行うようにした",
    "  　・ドラッグでスクロールにしている場合もクリックで番組情報が表示されるようにした",
    "  ・モニタ別 DPI に対応した",
  ].join("\n");

  it("shows no date line, and never joins sub-items into their parent with ' - '", () => {
    for (const post of [single(notes, "tvtest"), ...thread(notes, "tvtest")]) {
      expect(post).not.toContain("2016/12/31");
      expect(post).not.toMatch(/行った - /u);
      expect(post).not.toMatch(/ドラッグで…/u);
    }
  });
});
