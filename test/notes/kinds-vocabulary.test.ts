import { describe, expect, it } from "vitest";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { single } from "../support/composed.js";

const kinds = (markdown: string) => readNotesModel(markdown).entries.map((entry) => `${entry.kind}|${entry.text}`);
const PROJECT = { repo: "octo/widget", version: "2.0.0", url: "https://github.com/octo/widget/releases/tag/v2.0.0" };

describe("section and tag vocabulary outside the English defaults", () => {
  it("a CJK catch-all ('その他変更', '其他更改', '기타 변경') is other, not a change; 'バグ修正' is fixes, '仕様変更' a change", () => {
    expect(headingMeaning("その他変更")).toBe("other");
    expect(headingMeaning("其他更改")).toBe("other");
    expect(headingMeaning("기타 변경")).toBe("other");
    expect(headingMeaning("バグ修正")).toBe("fix");
    expect(headingMeaning("仕様変更")).toBe("change");
  });

  it("Keep a Changelog's 'Documented' is docs; a star before 'Features' decorates it, alone it marks highlights", () => {
    expect(headingMeaning("Documented")).toBe("docs");
    expect(headingMeaning("🌟 Features")).toBe("feature");
    expect(headingMeaning("🌟")).toBe("highlight");
  });

  it("bracket tags at an item's start give its kind and leave the text", () => {
    expect(readItem("[ADD] `ConnectionOptions` に `skipIceCandidateEvent` を追加する")).toEqual({ kind: "feature", breaking: false, text: "`ConnectionOptions` に `skipIceCandidateEvent` を追加する" });
    expect(readItem("[FIX] crash on empty list")).toMatchObject({ kind: "fix", text: "crash on empty list" });
    expect(readItem("[UPDATE] pnpm 10 系に上げる")).toMatchObject({ kind: "internal", text: "pnpm 10 系に上げる" });
    expect(readItem("[CHANGE] レガシーストリームを廃止する")).toMatchObject({ kind: "breaking", breaking: false });
    expect(readItem("[BREAKING] drop the v1 API")).toMatchObject({ kind: "breaking", breaking: true, text: "drop the v1 API" });
    expect(readItem("[DEPRECATED] old option")).toMatchObject({ kind: "deprecation" });
    expect(readItem("[REMOVE] legacy mode")).toMatchObject({ kind: "removal" });
    // What the rest says of itself wins when it is a chore: "[ADD] 再接続の E2E テストを追加する" adds a test.
    expect(readItem("[ADD] 再接続の E2E テストを追加する")).toMatchObject({ kind: "internal" });
  });

  it("a CJK catch-all section comes after the fixes, and its tests are chores", () => {
    const notes = "### その他変更\n\n- ビューコンポーネントのテストを追加する\n- ShellExecuteExWを使う\n\n### バグ修正\n\n- タグジャンプのクラッシュに対処する\n";
    expect(kinds(notes)).toEqual(["internal|ビューコンポーネントのテストを追加する", "other|ShellExecuteExWを使う", "fix|タグジャンプのクラッシュに対処する"]);
    expect(single(notes, PROJECT).indexOf("タグジャンプ")).toBeLessThan(single(notes, PROJECT).indexOf("ShellExecuteExW"));
  });
});

describe("breaking changes that touch every user", () => {
  it("a raised runtime floor under Keep a Changelog's 'Changed' is breaking, and under 'Features' too", () => {
    expect(kinds("### Changed\n\n- Drop support for Python 3.9.\n- Rename the cache folder.\n")).toEqual(["breaking|Drop support for Python 3.9.", "change|Rename the cache folder."]);
    // Nothing is added by it: every user on node 12 must act.
    expect(kinds("### Features\n\n- drop support for node v12\n")).toEqual(["breaking|drop support for node v12"]);
    // Said passively too.
    expect(kinds("### Changed\n\n- Support for Python 3.9 has been removed.\n- Python 3.8 support was dropped.\n")).toEqual(["breaking|Support for Python 3.9 has been removed.", "breaking|Python 3.8 support was dropped."]);
    // A toolchain floor (Rust, Go) or a CI matrix is no user's upgrade.
    expect(readItem("Minimum Rust version has been bumped to 1.41.0").kind).not.toBe("breaking");
    expect(readItem("drop support for Node 16 in CI").kind).not.toBe("breaking");
  });

  it("the runtime floor, ESM only and a removed package lead the breaking changes, before flag clean-ups", () => {
    const notes = [
      "### ⚠ BREAKING CHANGES",
      "",
      "* command names are not derived from modules passed to `command`.",
      "* singleton usage of yargs.foo has been removed.",
      "* the `--compilers` flag is gone",
      "* minimum node.js versions now `^20.19.0 || >=23`.",
      "* widget is now ESM first",
      "* Remove `widget-dom` package",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    const shown = ["minimum node.js", "ESM first", "`widget-dom` package", "command names", "singleton", "--compilers"].map((words) => text.indexOf(words));
    expect(shown.slice(0, 3).every((at) => at >= 0)).toBe(true);
    // Everything the every-user changes push out is a narrow one, and the every-user ones come first.
    const narrow = shown.slice(3).filter((at) => at >= 0);
    expect(narrow.every((at) => at > Math.max(...shown.slice(0, 3)))).toBe(true);
  });
});
