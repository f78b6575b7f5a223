// Misfires of the selection rules a review found: a runtime's end of life is a support drop, a lifted or
// developer-only requirement is no floor, a fix describing a changed default is a fix in every language, dependency
// injection is no security fix, and a public underscore field is no private API. Each beside its positive case.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";
import { noticesEndOfLife } from "../../src/notes/kinds/end-of-life.js";
import { statesBreakInProse } from "../../src/notes/kinds/prose-breaks.js";
import { touchesOnlyPrivate } from "../../src/notes/kinds/private-api.js";
import { closesHole } from "../../src/notes/kinds/security-effects.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.0.0" };
const kindOf = (notes: string, words: string): string | undefined => readNotesModel(notes).entries.find((entry) => entry.text.includes(words))?.kind;
const features = Array.from({ length: 8 }, (_, at) => `- Add exporter option number ${at + 1} for remote storage backends and cloud buckets.`).join("\n");

describe("an end of life", () => {
  it("of a runtime or dependency is a support drop; of the project's own old line, a notice", () => {
    expect(noticesEndOfLife("Flux v2.6 has reached end-of-life and is no longer supported.")).toBe(true);
    expect(noticesEndOfLife("Version 3.x is now EOL.")).toBe(true);
    expect(noticesEndOfLife("Python 3.8 has reached end-of-life and is no longer supported.")).toBe(false);
    expect(noticesEndOfLife("Node.js 16 is now EOL.")).toBe(false);
    expect(noticesEndOfLife("The OpenSSL 1.1 library has reached end-of-life and is no longer supported.")).toBe(false);
  });

  it("of a runtime leads the post from the notes' breaking section, ahead of the features", () => {
    const post = single(`## Breaking Changes\n\n- Python 3.8 has reached end-of-life and is no longer supported.\n\n## Features\n\n${features}\n`, PROJECT);
    expect(post).toMatch(/⚠️ Breaking changes:\n• Python 3\.8 has reached end-of-life/u);
    expect(post.indexOf("Python 3.8")).toBeLessThan(post.indexOf("Features:"));
  });

  it("stays where the notes' breaking section puts it, even of the project's own line", () => {
    const post = single(`## Breaking Changes\n\n- Widget v1.x has reached end-of-life and is no longer supported.\n\n## Features\n\n${features}\n`, PROJECT);
    expect(post.indexOf("Widget v1.x")).toBeGreaterThan(-1);
    expect(post.indexOf("Widget v1.x")).toBeLessThan(post.indexOf("Features:"));
  });

  it("of a runtime is breaking under a plain heading; the project's own line is not", () => {
    const changes = "## Changes\n\n- Add a progress bar to the download command.\n- Improve startup time by 20%.\n";
    expect(kindOf(`${changes}- Python 3.8 has reached end-of-life and is no longer supported.\n`, "Python 3.8")).toBe("breaking");
    expect(kindOf(`${changes}- Widget v1.4 has reached end-of-life and is no longer supported.\n`, "Widget v1.4")).not.toBe("breaking");
  });
});

describe("a requirement that is no floor", () => {
  it("a negated need lifts a requirement, in every language the floors are read in", () => {
    expect(raisesPlatformFloor("El instalador requiere Java 21.")).toBe(true);
    expect(raisesPlatformFloor("不再支持 Node 14")).toBe(true);
    for (const text of [
      "The installer no longer requires Java 8.",
      "El instalador ya no requiere Java 8.",
      "O instalador não requer Java 8.",
      "Для сборки больше не требуется Python 3.8.",
      "Java 8 ist nicht mehr erforderlich.",
      "L'installateur ne nécessite plus Java 8.",
      "安装程序不再需要 Java 8。",
      "インストーラーに Java 8 は不要になりました。",
    ])
      expect(raisesPlatformFloor(text), text).toBe(false);
  });

  it("a lifted need beside a raised one still states the raised floor", () => {
    expect(raisesPlatformFloor("No longer requires Java 8 to install; requires Java 21 to run.")).toBe(true);
  });

  it("a requirement only for building the docs, contributing or the tests meets no user", () => {
    expect(raisesPlatformFloor("Node 20+ required.")).toBe(true);
    expect(raisesPlatformFloor("Contributing: Node 20+ required to build the docs site.")).toBe(false);
    expect(raisesPlatformFloor("Python 3.10 is now required to run the test suite.")).toBe(false);
  });

  it("a lifted need is a plain item in the post", () => {
    const post = single("## Novedades\n\n- Nuevo modo oscuro en el editor.\n- Exportación a PDF más rápida.\n- El instalador ya no requiere Java 8.\n", PROJECT);
    expect(post).toContain("ya no requiere Java 8");
    expect(post).not.toMatch(/⚠️/u);
  });
});

describe("a fix that describes a default changing", () => {
  it("is breaking said as a change, and a fix in every language the defaults are read in", () => {
    expect(statesBreakInProse("默认语言从中文变为英文")).toBe(true);
    expect(statesBreakInProse("Der Standardpfad wurde beim Import von `~/a` auf `~/b` geändert.")).toBe(true);
    for (const text of [
      "修复升级后默认语言从中文变为英文的问题",
      "Fehler behoben, bei dem der Standardpfad beim Import von `~/a` auf `~/b` geändert wurde.",
      "Corrigé un bug où le dossier par défaut passe de `a` à `b`.",
      "Исправлено: значение по умолчанию изменено с 10 на 20 после обновления.",
      "アップグレード後にデフォルトの言語が英語から日本語に変更される問題を修正",
    ])
      expect(statesBreakInProse(text), text).toBe(false);
  });

  it("a default changed only in the test fixtures is not breaking", () => {
    expect(statesBreakInProse("The default log directory was moved from `~/.tool/logs` to `$XDG_STATE_HOME/tool`.")).toBe(true);
    expect(statesBreakInProse("The default log directory was moved from `~/.tool/logs` to `$XDG_STATE_HOME/tool` in the test fixtures.")).toBe(false);
  });
});

describe("dependency injection", () => {
  it("is no security hole in Chinese, Japanese or Korean; an injection is", () => {
    expect(closesHole("修复 SQL 注入漏洞")).toBe(true);
    expect(closesHole("修复依赖注入容器在启动时报错的问题")).toBe(false);
    expect(closesHole("修復依賴注入容器啟動錯誤")).toBe(false);
    expect(closesHole("依存性注入コンテナの起動エラーを修正")).toBe(false);
    expect(closesHole("의존성 인젝션 컨테이너 오류 수정")).toBe(false);
  });
});

describe("an underscore name", () => {
  it("is private as a module path's segment, not as a public field", () => {
    expect(touchesOnlyPrivate("Removed `astropy.table._np_utils`.")).toBe(true);
    expect(touchesOnlyPrivate("Removed `pkg._internal.x`.")).toBe(true);
    expect(touchesOnlyPrivate("Removed the internal `_compat` helpers.")).toBe(true);
    for (const text of ["Renamed the `_id` field to `id` in the JSON output.", "Removed the `_source` field.", "The `_links` object has been removed."])
      expect(touchesOnlyPrivate(text), text).toBe(false);
  });
});
