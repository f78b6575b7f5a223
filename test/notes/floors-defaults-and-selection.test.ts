// What a release post picks first: requirement changes stated in prose, changed defaults, the broadest of several
// breaking changes, statistics blocks and CI upkeep kept out of the way, holes closed named by their effect.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";
import { changesDefault } from "../../src/notes/kinds/changed-defaults.js";
import { noticesEndOfLife } from "../../src/notes/kinds/end-of-life.js";
import { touchesOnlyPrivate } from "../../src/notes/kinds/private-api.js";
import { closesHole } from "../../src/notes/kinds/security-effects.js";
import { onlyCountsChanges } from "../../src/notes/prose/change-counts.js";
import { scopedToCi } from "../../src/notes/kinds/ci-scopes.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.0.0" };
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);
const features = (count: number) => Array.from({ length: count }, (_, at) => `- **FEATURE:** Der Dialog Nummer ${at + 1} kann jetzt mehr anzeigen.`).join("\n");

describe("a raised platform floor stated in another language", () => {
  it("is read in German, French, Spanish, Portuguese, Russian and short English", () => {
    for (const text of [
      "(Windows): Windows 10 wird als Minimum-OS vorausgesetzt.",
      "Es wird macOS 11 als Minimum vorausgesetzt.",
      "Das Programm setzt nun Java 21 voraus.",
      "L'application nécessite désormais Java 21.",
      "Ahora requiere Node 20 o superior.",
      "O aplicativo agora requer Python 3.10.",
      "Теперь требуется Java 21.",
      "Java 21 required",
    ]) expect(raisesPlatformFloor(text), text).toBe(true);
    // A runtime bundled with the program asks nothing of users.
    expect(raisesPlatformFloor("Java JDK 25 wird mitgeliefert.")).toBe(false);
  });

  it("leads a German flat list, before the features", () => {
    const notes = `# **14.4.0**\n- Java JDK 25 wird mitgeliefert.\n- **(Windows):** **Windows 10** wird als Minimum-OS vorausgesetzt.\n${features(8)}\n`;
    expect(posts(notes, PROJECT)[0]).toMatch(/erschienen!\n\n⚠️[^\n]*:\n• [^\n]*Windows 10 wird als Minimum-OS vorausgesetzt/u);
  });
});

describe("a changed default told with what it was", () => {
  it("is a changed default in several languages; one without the old value is not", () => {
    for (const text of [
      "The default Helm post-render strategy has changed from `nohooks` to `combined`.",
      "For example, the default cache location was changed from `$HOME/.astropy/cache` to `$XDG_CACHE_HOME/astropy`.",
      "CODATA 2022 has replaced CODATA 2018 as default.",
      "Der Standardwert wurde von `a` auf `b` geändert.",
      "默认值从 `a` 改为 `b`",
    ]) expect(changesDefault(text), text).toBe(true);
    expect(changesDefault("The default port has been changed to 8080")).toBe(false);
    expect(changesDefault("Syntax highlighting is now enabled by default")).toBe(false);
  });

  it("is breaking where the notes mark none, and leads the post", () => {
    const notes = "## API Changes\n\n- Add a `retry` option to `fetch()`\n- The default cache location was changed from `~/.widget` to `$XDG_CACHE_HOME/widget`.\n- Add a `timeout` option to `fetch()`\n";
    expect(entries(notes)[1]).toMatch(/^breaking\|The default cache location/u);
    expect(posts(notes, PROJECT)[0]).toMatch(/is out!\n\n⚠️ Breaking changes:\n• The default cache location/u);
  });
});

describe("an end-of-life notice of an old version", () => {
  it("is no change of this release; one that also removes something is", () => {
    expect(noticesEndOfLife("Flux v2.6 has reached end-of-life and is no longer supported.")).toBe(true);
    expect(noticesEndOfLife("The v1beta2 APIs have reached end-of-life and have been removed from the CRDs.")).toBe(false);
    expect(noticesEndOfLife("Node 20 support has been dropped.")).toBe(false);
  });

  it("is not a breaking change and comes after the real ones", () => {
    const notes = "## Supported Versions\n\n- Flux v2.6 has reached end-of-life and is no longer supported.\n\n## Upgrade Procedure\n\nThis release also contains the following breaking changes:\n\n- The default Helm post-render strategy has changed from `nohooks` to `combined`.\n";
    expect(entries(notes).find((line) => line.includes("end-of-life"))).not.toMatch(/^breaking\|/u);
    const [first] = posts(notes, PROJECT);
    expect(first).toMatch(/⚠️ Breaking changes:\n• The default Helm post-render strategy/u);
    // Both are shown, the notice after the breaking change.
    const notice = first?.indexOf("end-of-life") ?? -1;
    expect(notice).toBeGreaterThan(-1);
    expect(first?.indexOf("post-render") ?? -1).toBeLessThan(notice);
  });

  it("an 'Upgrade Procedure' section is read for its changes, not taken for a dependency update", () => {
    const notes = "## Upgrade Procedure\n\nThis release also contains the following breaking changes:\n\n- `Receivers` now require the `email` field.\n- The default strategy has changed from `a` to `b`.\n";
    expect(entries(notes).map((line) => line.split("|")[0])).toEqual(["breaking", "breaking"]);
  });
});

describe("among breaking changes, one to private code comes last", () => {
  it("is told by its words or its underscore", () => {
    expect(touchesOnlyPrivate("The private `astropy.table.np_utils` module has been removed.")).toBe(true);
    expect(touchesOnlyPrivate("Removed `widget._compat.shim`.")).toBe(true);
    expect(touchesOnlyPrivate("Removed the public `widget.load()` function.")).toBe(false);
    expect(touchesOnlyPrivate("The `Ob0=None` parameter value is no longer supported.")).toBe(false);
  });

  it("follows a public one in the post", () => {
    const notes = "## Breaking changes\n\n- The private `widget.np_utils` module has been removed.\n- The `load()` function has been removed; use `open()` instead.\n";
    expect(posts(notes, PROJECT)[0]).toMatch(/• The `load\(\)` function has been removed[^\n]*\n• The private/u);
  });
});

describe("what only counts changes, or keeps the repository", () => {
  it("a statistics block is no change, in any language", () => {
    for (const text of ["本次发布包含 6 项更新，涵盖了功能增强、Bug修复、性能优化等多个方面。", "新功能: 4项", "总计: 6项更改", "This release contains 42 commits from 12 contributors.", "12 files changed"])
      expect(onlyCountsChanges(text), text).toBe(true);
    expect(onlyCountsChanges("Port: 8080")).toBe(false);
    expect(onlyCountsChanges("Add 4 new themes")).toBe(false);
    const notes = "## 📋 本次发布概览\n\n本次发布包含 3 项更新，涵盖了功能增强、Bug修复等多个方面。\n\n### 更新内容分布\n\n- 新功能: 2项\n- Bug修复: 1项\n\n## 🚀 新功能\n\n- 新增 A 功能\n- 新增 B 功能\n\n## 🐛 Bug修复\n\n- 修复 C 问题\n";
    expect(entries(notes).map((line) => line.split("|")[1])).toEqual(["新增 A 功能", "新增 B 功能", "修复 C 问题"]);
  });

  it("a 'Maintenance and upkeep improvements' section is upkeep, never before the fixes", () => {
    const notes = "## Enhancements made\n\n- Add a logger\n\n## Bugs fixed\n\n- Fix the rename of files\n\n## Maintenance and upkeep improvements\n\n- Fix the failing lint check on CI\n";
    expect(entries(notes).at(-1)).toMatch(/^internal\|/u);
  });

  it("'Updated libraries' lists dependency updates", () => {
    const notes = "Плеер\n\n- Добавлена поддержка AV1.\n\nОбновлены библиотеки:\n- dav1d 1.5.4;\n- ffmpeg n8.2;\n";
    expect(entries(notes).some((line) => line.startsWith("dependencies|") && line.includes("dav1d"))).toBe(true);
  });

  it("a change scoped to the CI comes after the program's own", () => {
    expect(scopedToCi("github: reduce binaries size")).toBe(true);
    expect(scopedToCi("nfqws: join fragments")).toBe(false);
    const notes = "72.12\n\n* github: reduce binaries size\n* github: use 16K page size for android arm64 build\n* nfqws: join fragments in quic CRYPTO reconstruction.\n";
    expect(posts(notes, PROJECT)[0]).toMatch(/is out!\n\n• nfqws: join fragments/u);
  });
});

describe("a fix named by the hole it closes", () => {
  it("names the attack or the check", () => {
    for (const text of ["CORS is not checked when browsing files. check origin now", "validate SNI on incoming connections", "prevent injection in the shell command", "防止路径穿越"])
      expect(closesHole(text), text).toBe(true);
    expect(closesHole("Use dependency injection for the logger")).toBe(false);
    expect(closesHole("Fix FileNotFoundError handling in rename_file methods")).toBe(false);
  });

  it("comes before the ordinary fixes", () => {
    const notes = "## Bugs fixed\n\n- Fix FileNotFoundError handling in rename_file methods\n- Use stdlib override when possible\n- CORS is not checked when browsing files. check origin now\n";
    expect(posts(notes, PROJECT)[0]).toMatch(/:\n• CORS is not checked/u);
  });
});

describe("private words that qualify no removed thing", () => {
  it("'an internal error' or a Sphinx role prefix (`_orm.Session`) is no private API", () => {
    expect(touchesOnlyPrivate("The `first_init` ORM event has been removed. It could not be invoked without raising an internal error.")).toBe(false);
    expect(touchesOnlyPrivate("Removed legacy signatures from `_orm.SessionEvents.after_bulk_update`.")).toBe(false);
  });
});
