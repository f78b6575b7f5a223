// Kinds a change's own words give it under any heading: the project's own tooling, packaging, dependency versions and
// translations are housekeeping even under "Features" or "Bug fixes"; a changed default, a flag given up and a support
// floor raised are what users meet on upgrade; a fix of a security feature is no security fix.
import { describe, expect, it } from "vitest";
import { closedVulnerability, headingMeaning, RANK, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);
const kindOf = (text: string) => readItem(text).kind;

describe("housekeeping under a fixes or features heading", () => {
  it("a conventional commit scoped to CI, tests or linting is internal, whatever its type says", () => {
    for (const text of ["Fix(ci): resolve published snapshot shas for oke demo deploy", "feat(e2e): add a smoke test for login", "fix(lint): silence the unused-import warning"]) {
      expect(kindOf(text), text).toBe("internal");
    }
    // A build tool's "build" scope is what its users run.
    expect(kindOf("fix(build): keep the CSS order of lazy chunks")).toBe("fix");
  });

  it("the project's own checkers and tarball are internal; a linter's rules and a fix that mentions CI are not", () => {
    expect(kindOf("misc: add simple clang-tidy setup")).toBe("internal");
    expect(kindOf("win: add fs-fd-hash-inl.h to tarball")).toBe("internal");
    expect(kindOf("Add lint rule noFoo")).toBe("feature");
    expect(kindOf("Fixed a crash when the CI environment variable is unset")).toBe("fix");
  });

  it("a package's version updated by its coordinates is a dependency update", () => {
    expect(kindOf("android-template: Update com.google.gms:google-service version")).toBe("dependencies");
    expect(kindOf("Update `@babel/core` version")).toBe("dependencies");
    expect(kindOf("Update minimum supported version")).toBeNull();
  });

  it("translations brought up to date are housekeeping, in English and Chinese; a locale a library ships is a feature", () => {
    for (const text of ["Update German translation", "Translations update from Hosted Weblate", "更新 西班牙语 翻译", "新增 塞尔维亚语（拉丁) 翻译"]) {
      expect(kindOf(text), text).toBe("internal");
    }
    expect(kindOf("Add Serbian locale")).toBe("feature");
    expect(kindOf("Fix the translation of the save button")).toBe("fix");
  });

  it("under 'Features' and 'Bug Fixes', such items give way to the real ones", () => {
    const notes = "### Features\n\n- **android-template:** Update com.google.gms:google-service version\n- **cli:** Select a cap run target by target name\n\n### Bug Fixes\n\n- Fix(ci): resolve published snapshot shas\n- **cli:** fix cap run command for yarn pnp mode\n";
    expect(entries(notes).map((line) => line.split("|")[0])).toEqual(["dependencies", "feature", "internal", "fix"]);
  });

  it("a CI section with an emoji before its name is internal, not a feature for its 'Improvements'", () => {
    expect(headingMeaning("👷 CI Improvements")).toBe("internal");
    expect(headingMeaning("🚀 Improvements")).toBe("feature");
  });
});

describe("what users meet on upgrade", () => {
  it("a support floor named by what falls below it is raised", () => {
    expect(kindOf("Support for Ruby versions older than Ruby 2.7.0 has been dropped. We recommend Ruby 3.2.0 or newer")).toBe("breaking");
    expect(kindOf("Support for Node.js versions below 18 has been removed")).toBe("breaking");
  });

  it("a flag given up for another way to say it breaks under 'Changed'; an added option is no break", () => {
    expect(entries("### Added\n\n- `import` now supports atuin.\n\n### Changed\n\n- `import` now takes a subcommand instead of the `--from` flag.\n")).toEqual([
      "feature|Added|`import` now supports atuin.",
      "breaking|⚠️ Breaking changes|`import` now takes a subcommand instead of the `--from` flag.",
    ]);
    expect(kindOf("Add `--x` option, disabled by default")).toBe("feature");
    expect(kindOf("Use `path.join` instead of `+`")).toBeNull();
  });

  it("a default that changed is a change, even told as the fix it came with", () => {
    expect(kindOf("Fixed #10658. The issue was caused by the editor feature, which was enabled by default. The feature is now disabled by default.")).toBe("change");
    expect(kindOf("Telemetry is no longer enabled by default")).toBe("change");
    expect(kindOf("Fixed the default port")).toBe("fix");
  });

  it("a deprecation comes before the fixes", () => {
    expect(RANK.deprecation).toBeLessThan(RANK.fix);
  });
});

describe("security and internal tags", () => {
  it("a fix of the security-advisory feature is a fix; a fix for an advisory is a security fix", () => {
    expect(kindOf("Fixed security advisory blocking causing issues with xdebug enabled")).toBe("fix");
    expect(closedVulnerability("Fixed security advisory blocking causing issues with xdebug enabled")).toBeNull();
    expect(kindOf("Pull in fix for unsafe-libyaml security advisory")).toBe("security");
  });

  it("'Internal:' before Japanese text is internal, whatever the text removes", () => {
    expect(readItem("Internal: maps-core が内包する依存を embed の直接依存から削除しました。")).toMatchObject({ kind: "internal", untyped: "maps-core が内包する依存を embed の直接依存から削除しました。" });
  });
});

describe("tools a build system offers its users", () => {
  it("a checker's name alone is no setup of the project's own", () => {
    expect(kindOf("`clang-tidy`'s auto-generated targets correctly select source files")).not.toBe("internal");
  });
});
