import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";

// A release's features lead over its fixes, in whatever language the notes name them; a single post with room shows
// the next feature; a thread shows the features before it spends posts on minor fixes.
describe("features lead fixes", () => {
  it("reads feature headings in German, French, Spanish, Portuguese and Italian", () => {
    for (const heading of ["Neue Funktionalität", "Neue Eigenschaften", "Neuerungen", "Nouvelles fonctionnalités", "Nuevas funcionalidades", "Novas funcionalidades", "Novità"])
      expect(headingMeaning(heading), heading).toBe("feature");
    expect(headingMeaning("Fehlerbehebungen")).toBe("fix");
    expect(headingMeaning("Nuevas correcciones")).not.toBe("feature");
  });

  it("reads \"new\" before another kind's noun as that kind, never as features", () => {
    expect(headingMeaning("Nouvelles dépréciations")).toBe("deprecation");
    expect(headingMeaning("Neue Abhängigkeiten")).toBe("dependencies");
    expect(headingMeaning("Nouveaux problèmes connus")).toBe("drop");
    expect(headingMeaning("Nuevas dependencias")).toBe("dependencies");
    const deprecated = single("## Nouvelles dépréciations\n- L'option `--legacy` est obsolète et sera retirée en 3.0\n\n## Corrections\n- Correction du plantage au démarrage\n- Correction d'une fuite de mémoire dans l'analyseur\n", { version: "2.0.0" });
    expect(deprecated).toContain("`--legacy`");
    expect(deprecated).not.toContain("Supprimé");
    const required = single("## Neue Abhängigkeiten\n- libfoo 2.3 wird jetzt benötigt\n- libbar 1.1 wird jetzt benötigt\n\n## Fehlerbehebungen\n- Absturz beim Speichern behoben\n- Speicherleck im Parser behoben\n- Falsche Zeitzone im Export behoben\n", { version: "2.0.0" });
    expect(required.indexOf("Absturz beim Speichern")).toBeGreaterThan(0);
    expect(required.indexOf("libfoo") === -1 ? Infinity : required.indexOf("libfoo")).toBeGreaterThan(required.indexOf("Absturz"));
  });

  it("a German release shows a new feature, not its fix, in the single post", () => {
    const notes = [
      "## Version 3.2",
      "### Neue Funktionalität",
      "- Markdown-Unterstützung: Inhalte als Markdown einlesen und ausgeben",
      "- Drag-and-Drop-Bildeinfügung direkt in den Editor-Bereich",
      "### Fehlerbehebungen",
      "- Probleme beim Einfügen von Inline-Inhalten neben Erwähnungen",
    ].join("\n");
    const post = single(notes);
    expect(post).toContain("Neue Funktionalität:");
    expect(post).toContain("Markdown-Unterstützung");
    expect(post.indexOf("Markdown-Unterstützung")).toBeLessThan(post.indexOf("Probleme") === -1 ? Infinity : post.indexOf("Probleme"));
  });

  it("a single post with room after the breaking change shows the feature's leading sentence", () => {
    const notes = [
      "Features",
      "--------",
      "",
      "- When load is too high, Lantern now responds with a 503 Service Unavailable HTTP error.",
      "  Previously it silently closed the connection, which left clients retrying for a very long time without a word.",
      "",
      "Removals and backward incompatible breaking changes",
      "---------------------------------------------------",
      "",
      "- Lantern dropped support for Python 3.6 and 3.7. It now requires Python 3.8 or later.",
    ].join("\n");
    const post = single(notes, { version: "11.0.0" });
    expect(post).toContain("Python 3.6 and 3.7");
    expect(post).toContain("• When load is too high, Lantern now responds with a 503 Service Unavailable HTTP error.");
    expect(post).not.toContain("Previously");
  });

  it("what a Performance section adds or supports shows as features, before the vague optimisations", () => {
    const notes = [
      "### Performance",
      "- Upgrade office",
      "- 优化已读数据",
      "- 优化AI上下文",
      "- 优化邮件通知",
      "- 优化文件列表",
      "- 添加任务模板",
      "- 支持自定义AI个人提示词",
    ].join("\n");
    const post = single(notes);
    expect(post).toContain("新功能");
    expect(post).toContain("添加任务模板");
    expect(post).toContain("支持自定义AI个人提示词");
    expect(post.indexOf("添加任务模板")).toBeLessThan(post.indexOf("优化") === -1 ? Infinity : post.indexOf("优化"));
    expect(post.split("\n").findIndex((line) => line.includes("Upgrade office"))).not.toBe(1 + post.split("\n").findIndex((line) => line.startsWith("新功能")));
  });

  it("a Performance item that names speed stays performance, and an update without a version is no bump", () => {
    const notes = [
      "## Features",
      "- Add `--watch` mode",
      "",
      "## Performance",
      "- Enable SIMD acceleration for JSON parsing, 3x faster on large files",
      "- New B-tree index makes lookups 10x faster",
      "- Update batching",
    ].join("\n");
    const post = single(notes);
    expect(post).toMatch(/Performance:\n• Enable SIMD acceleration/u);
    expect(post).toContain("• New B-tree index makes lookups 10x faster");
    expect(post).toContain("• Update batching");
    expect(post).not.toContain("dependency");
  });

  it("a feature now on by default leads the features", () => {
    const notes = ["- feat: `TrackingType`をゲームから供給するようになりました", "- feat: Playable Layersが既定ですべて変換されるようになりました"].join("\n");
    const post = single(notes);
    expect(post.indexOf("既定で")).toBeGreaterThan(0);
    expect(post.indexOf("既定で")).toBeLessThan(post.indexOf("TrackingType"));
  });

  it("a default told in a second clause does not lift its item above the others", () => {
    const notes = ["## Features", "- Add plugin API for custom renderers", "- Add offline mode with local caching of all assets", "- Add `--quiet` flag; the progress spinner is now shown by default"].join("\n");
    const post = single(notes);
    expect(post.indexOf("Add plugin API")).toBeGreaterThan(0);
    expect(post.indexOf("Add plugin API")).toBeLessThan(post.indexOf("--quiet"));
    const led = single(["## Features", "- Add plugin API for custom renderers", "- Offline mode is now enabled by default"].join("\n"));
    expect(led.indexOf("Offline mode")).toBeLessThan(led.indexOf("Add plugin API"));
  });

  it("a thread at its cap shows every feature before filling posts with fixes", () => {
    const features = Array.from({ length: 14 }, (_, index) => `* **mod${index}:** support the tool number ${index} in the prompt line`);
    const fixes = Array.from({ length: 24 }, (_, index) => `* **part${index}:** stop printing a stray newline in case ${index}`);
    const notes = ["### Features", "", ...features, "", "### Bug Fixes", "", ...fixes].join("\n");
    const posts = thread(notes, { maxPosts: 5 });
    const text = posts.join("\n");
    for (let index = 0; index < 14; index += 1) expect(text, `feature ${index}`).toContain(`tool number ${index} `);
    expect(text).toContain("stray newline");
    expect(text).not.toMatch(/more features?/u);
  });
});
