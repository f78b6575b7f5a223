// Kinds read from an item's own words: bug-fix tags, release steps, dependency updates said in other shapes, docs fixes,
// and tags that only flag importance or incompatibility.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const kind = (text: string) => readItem(text).kind;

describe("an item's words say its kind", () => {
  it("'Bug Fix:', 'Bugfix:' and 'Hotfix:' tag fixes; under a fixes label the tag goes", () => {
    expect(kind("Bug Fix: Nested chords fail when the inner group is empty")).toBe("fix");
    expect(kind("Hotfix: crash on startup with an empty config")).toBe("fix");
    expect(kind("Bugfix: wrong exit code on timeout")).toBe("fix");
    expect(readItem("Bug Fix: Nested chords fail").untyped).toBe("Nested chords fail");
    expect(kind("hotfix: restore the old cache path")).toBe("fix");
    // Lines without sections group by the tag, as by "fix:": the label says "Fixes" and the tag goes.
    expect(readNotesModel("- Bug Fix: Nested chords fail\n- Add the `x` flag\n").entries.map((entry) => `${entry.label ?? "-"}|${entry.text}`)).toContain("Fixes|Nested chords fail");
  });

  it("a step of cutting the release is housekeeping", () => {
    for (const text of ["Prepare for (pre) release: v5.6.0rc1", "v4 release", "Release 1.2.3", "Bump version to 1.2.4", "Set version to 2.0.0-SNAPSHOT", "5.6.0rc1 pre-release"]) {
      expect(kind(text), text).toBe("internal");
    }
    // A release of something the project makes is no step of its own release.
    expect(kind("Release assets now include arm64 binaries")).not.toBe("internal");
  });

  it("a package moved to another version is a dependency update, however the line says it", () => {
    for (const text of ["tblib updated from 3.1.0 to 3.2.0", "Pin tblib to ==3.1.0", "[gradle-module-metadata-maven-plugin] update to version 1.0", "Bump Kombu to v5.6.0", "`pydantic` upgraded to 2.9.1"]) {
      expect(kind(text), text).toBe("dependencies");
    }
    expect(kind("Pin the cursor to the last line")).not.toBe("dependencies");
  });

  it("mending the docs is docs, not a fix; a typo users read is a fix", () => {
    for (const text of ["fix documentation", "Fix typo in docs", "Fix typos in README.md", "fix docs for the `--out` flag", "Fix broken links in the documentation"]) {
      expect(kind(text), text).toBe("docs");
    }
    expect(kind("Fix typo in error message for missing config")).toBe("fix");
    expect(kind("Fix crash in docs generator when a page is empty")).toBe("fix");
  });

  it("a merge of a branch is housekeeping", () => {
    expect(kind("Merge branch 'dev' into main")).toBe("internal");
  });

  it("a tag at the end that flags importance or incompatibility sets the rank and leaves the text", () => {
    expect(readItem("Add X [重要]")).toMatchObject({ kind: "feature", text: "Add X" });
    expect(readItem("新的登录方式 [重要]")).toMatchObject({ kind: "highlight", text: "新的登录方式" });
    expect(readItem("Speed up W (important)")).toMatchObject({ kind: "performance", text: "Speed up W" });
    expect(readItem("调整配置文件格式 [不向下兼容]")).toMatchObject({ kind: "breaking", breaking: true, text: "调整配置文件格式" });
    expect(readItem("Rename the `x` option [BREAKING]")).toMatchObject({ kind: "breaking", text: "Rename the `x` option" });
    expect(readItem("Change the default port (breaking change)")).toMatchObject({ kind: "breaking", text: "Change the default port" });
    // A bracket that says more than a flag stays.
    expect(readItem("Add the `important` modifier (CSS)").text).toBe("Add the `important` modifier (CSS)");
  });
});
