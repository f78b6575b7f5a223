// Picking by importance, not by position or section: a repository's own upkeep is housekeeping in any language and
// section, a lint fix is tooling, Korean "추가됨" is a features heading, a single post fills the room a too-long breaking
// change left with features, and a new command, option or API comes before tweaks of what exists.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { reachAmong } from "../../src/notes/kinds/reach.js";
import { release } from "../support/composed.js";

const PROJECT = { repo: "kit", owner: "acme", version: "3.1.0" };

describe("the repository's own upkeep", () => {
  it.each([
    "pnpm 9 系に上げる",
    "Bump yarn to 4.2.0",
    "Update issue template",
    "Add pull request template",
    "E2E テストを Playwright に移行する",
    "통합 테스트 CMakeLists.txt 정리",
    "`*.spec.js` を `*.test.js` に変更する",
    "Add .prettierrc",
    ".editorconfig ファイルを追加する",
    "Use reusable lint workflow",
    "Run prek autoupdate weekly",
    "Update the release checklist in MAINTAINING.md",
  ])("%s is housekeeping", (text) => {
    expect(["internal", "dependencies"]).toContain(readItem(text).kind);
  });

  it("keeps what users build and run", () => {
    expect(readItem("Fix build on FreeBSD").kind).toBe("fix");
    expect(readItem("Support building with Meson 1.5").kind).toBe("feature");
    expect(readItem("Add a `--config` option").kind).toBe("feature");
  });

  it("reads a [CHANGE] to the E2E suite as housekeeping, not a break", () => {
    expect(readItem("[CHANGE] Safari の E2E テストを別のワークフローに移す").kind).toBe("internal");
  });

  it("reads a lint fix told with how it was done as tooling", () => {
    expect(readItem("Address linter errors by disabling the `gocritic` linter").kind).toBe("internal");
    expect(readItem("satisfy clippy").kind).toBe("internal");
  });

  it("reads a Code Quality section as housekeeping and 추가됨 as features", () => {
    expect(headingMeaning("🧹 Code Quality")).toBe("internal");
    expect(headingMeaning("추가됨")).toBe("feature");
  });
});

describe("a release of bumps and lint fixes", () => {
  it("is said as a maintenance release", () => {
    const notes = ["## Fixes", "- Address lint warnings by removing the `nlreturn` linter", "## Dependencies", "- Bump golang.org/x/text from 0.20.0 to 0.21.0", "- Bump github.com/spf13/cobra from 1.8.0 to 1.8.1"].join("\n");
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(post?.text).toContain("A maintenance release");
  });
});

describe("the room a single post has", () => {
  it("goes to features when a breaking change is too long to show", () => {
    const long = `Remove the legacy renderer, ${"which several plugins still reached through the private hooks of the old pipeline ".repeat(3)}`;
    const notes = ["## Breaking changes", "- Drop support for Node 18.", `- ${long}`, "## Features", "- Add a `kit serve` command to preview sites.", "- Tweak the spinner colours."].join("\n");
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(post?.text).toContain("kit serve");
  });

  it("does not fill with a bare name in code that needed its lead-in", () => {
    const long = `Remove the legacy renderer, ${"which several plugins still reached through the private hooks of the old pipeline ".repeat(3)}`;
    const notes = ["## Breaking changes", "- Drop support for Node 18.", `- ${long}`, "## Features", "- `no-legacy-hooks`"].join("\n");
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(post?.text).not.toContain("no-legacy-hooks");
  });
});

describe("a new way in", () => {
  const item = (text: string) => ({ text, prose: false });
  it("comes before small tweaks, in a hand-written list too", () => {
    const changes = [item("pageUp also scrolls the log view"), item("Add a `--dry-run` option to `deploy`"), item("add `retryDelay` to `ClientOptions`"), item("Support ClickHouse database"), item("支持Oracle数据库"), item("Option `ui.compact` to shrink the sidebar"), item("`upgrade` options `--all` were removed")];
    expect(changes.map(reachAmong(changes))).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});
