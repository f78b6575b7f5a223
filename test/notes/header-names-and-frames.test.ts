// The header's name as the project writes it, and the frame in the notes' language for Russian and Italian notes too.
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { composePosts } from "../../src/notes/compose.js";
import { detectLanguage } from "../../src/notes/language.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, version = "1.0.0"): Release => ({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "", notes: "" });
const name = (owner: string, repo: string, notes: string, version = "1.0.0"): string => projectName(release(owner, repo, version), notes);

describe("a spelling the notes give", () => {
  it("(guard) a spelling the notes give still wins", () => {
    expect(name("rubocop", "rubocop", "- Fix an error when RuboCop runs in server mode.")).toBe("RuboCop");
  });
});

describe("the project's own spelling, found in more places", () => {
  it("a slug ending in its major version's number is named as the notes write the rest: 'NoneBot' for nonebot2", () => {
    const notes = "- NoneBot now drops Python 3.9.\n- Fix: the NoneBot adapter loads once.";
    expect(name("nonebot", "nonebot2", notes, "2.5.0")).toBe("NoneBot");
    // Another number is part of the name.
    expect(name("acme", "widget3", "- Widget now loads once.", "2.5.0")).toBe("widget3");
  });

  it("(guard) a product the notes name beside the version wins over the slug's stem: 'Adobe Commerce', not 'Magento'", () => {
    const notes = "## 2.4.8-p5\n\nAdobe Commerce 2.4.8-p5 보안 릴리스는 이전 릴리스 2.4.8에서 식별된 취약점에 대한 보안 버그 수정 사항을 제공합니다.\n\n#### Valkey 8.1 LTS 지원\n\nAdobe Commerce 2.4.8은 이제 Valkey 8.1 LTS와 호환됩니다.\n\n#### Magento 소유 Laminas MVC 포크\n\n이제 포크를 사용합니다.\n";
    expect(name("magento", "magento2", notes, "2.4.8-p5")).toBe("Adobe Commerce");
  });

  it("a code span that writes the name with capitals inside it gives the spelling: 'VRC3CVR'", () => {
    const notes = "- feat: `VRC3CVR Avatar` コンポーネントにアイコンが付きました\n- fix: 既に`VRC3CVR Avatar`コンポーネントが付いているアバター";
    expect(name("Narazaka", "vrc3cvr", notes, "3.0.0")).toBe("VRC3CVR");
  });

  it("a compare link into a monorepo names the package by its tags, not by the monorepo", () => {
    const notes = "## [3.39.0](https://github.com/googleapis/google-cloud-python/compare/google-cloud-bigquery-v3.38.0...google-cloud-bigquery-v3.39.0) (2025-12-12)\n\n### Features\n\n* adds support for Python runtime 3.14 (#2322)\n";
    expect(name("googleapis", "python-bigquery", notes, "3.39.0")).toBe("google-cloud-bigquery");
    // (guard) a renamed repository's link, its tags plain, still renames.
    const renamed = "## [1.9.0](https://github.com/googleapis/mcp-toolbox/compare/v1.8.0...v1.9.0) (2025-12-12)\n\n* fix a thing\n";
    expect(name("googleapis", "genai-toolbox", renamed, "1.9.0")).toBe("mcp-toolbox");
  });
});

const RUSSIAN = `## 2.0.0

* Настройка \`language-1c-bsl.contextSystemEnabled\` по умолчанию выключена — все языковые возможности обеспечивает BSL Language Server.
* Автодополнение, ховер и навигация по определению теперь обеспечиваются BSL Language Server.
* Удалён собственный обработчик ввода: автозакрытие скобки дублировало штатное автозакрытие VS Code.
`;

describe("Russian and Italian notes get a frame in their language", () => {
  it("detects Russian from Cyrillic prose, whatever the English names in it", () => {
    expect(detectLanguage(RUSSIAN)).toBe("ru");
    expect(detectLanguage("- Fix the parser for `Привет` strings.\n- Add a Cyrillic test.")).toBe("en");
  });

  it("opens and counts in Russian", () => {
    const text = composePosts({ ...release("1c-syntax", "vsc-language-1c-bsl", "2.0.0"), url: "https://example.com/r", notes: RUSSIAN }).posts[0]?.text ?? "";
    expect(text).not.toContain("is out");
    expect(text).toContain("Вышел релиз");
  });

  it("detects Italian from its short words", () => {
    const italian = "## 1.2.0\n\n- Il pulsante non è più nascosto quando la pagina della lista è vuota.\n- Ora anche gli allegati sono salvati nella cartella.\n- Corretto il calcolo delle date nel calendario quando il mese è già chiuso.\n";
    expect(detectLanguage(italian)).toBe("it");
  });
});

describe("Cyrillic notes in another language than Russian", () => {
  it("keep the English frame: no Russian opener on Ukrainian or Bulgarian notes", () => {
    expect(detectLanguage("## Нові можливості\n\n- Додано підтримку темної теми\n- Виправлено помилку під час запуску\n")).not.toBe("ru");
    expect(detectLanguage("## Нови функции\n\n- Добавена поддръжка на тъмна тема\n- Поправена грешка при стартиране\n")).not.toBe("ru");
    expect(detectLanguage("## Новые возможности\n\n- Добавлена поддержка тёмной темы\n- Исправлена ошибка при запуске программы\n")).toBe("ru");
  });
});
