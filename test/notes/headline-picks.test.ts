// What leads a post: the headline and what users must know, not a fix or a minor line. A flat list's item that the
// notes explain under it is the headline; a "new checks" section in another language is new things, before the fixes;
// in a release that closes an advisory the fix leads, and a runtime dropped under "Deprecations" is no break above
// it; one action told per target takes one line; filler, fuzzers and a docs link come last.
import { describe, expect, it } from "vitest";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { repeatedActions } from "../../src/notes/kinds/repeated-actions.js";
import type { Entry } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const FLAT = [
  "CHANGES FROM 4.1 TO 4.2",
  "",
  "* Add detached windows. These are windows which float above the session and keep",
  "  running when the client goes away, so long jobs survive a dropped connection.",
  "",
  "  This is an early release of this feature and it is still limited. Detached windows",
  "  can only be moved with the mouse for now, and several obvious commands do not yet",
  "  know about them (notably swapping and resizing them from the command prompt).",
  "",
  "* Add -g flag to kill-window to kill all windows in a group.",
  "",
  "* Add a prompt-cursor option to set the cursor style in the prompt.",
  "",
  "* Add a clock-seconds option for clock mode.",
  "",
  "* Add new fuzzers for command parsing and formats.",
  "",
  "* Fix various memory leaks.",
  "",
  "* Add -e flag to command-prompt to close it when empty.",
  "",
].join("\n");

describe("the headline of a flat list", () => {
  it("is the item the notes explain in paragraphs, first in the single post, by its leading sentences", () => {
    const post = single(FLAT, { repo: "termux", version: "4.2" });
    expect(post.split("\n").find((line) => line.startsWith("• "))).toMatch(/^• Add detached windows\. These are windows/u);
  });
  it("opens the thread's first post, not a later one", () => {
    const [first] = thread(FLAT, { repo: "termux", version: "4.2" });
    expect(first?.split("\n").find((line) => line.startsWith("• "))).toMatch(/^• Add detached windows\./u);
  });
  it("leaves fuzzers and 'fix various memory leaks' to the count while the features show", () => {
    const text = thread(FLAT, { repo: "termux", version: "4.2" }).join("\n");
    expect(text).not.toContain("fuzzers");
    expect(single(FLAT, { repo: "termux", version: "4.2" })).not.toContain("memory leaks");
  });
});

describe("a section of new checks in Russian or Korean", () => {
  it("is read as new features", () => {
    for (const heading of ["Новые проверки", "Новые правила", "Новинки", "새 검사"]) expect(headingMeaning(heading), heading).toBe("feature");
    expect(headingMeaning("Новые исправления")).not.toBe("feature");
  });
  it("comes before the fixes, its areas' checks first", () => {
    const notes = [
      "## 0.7.0",
      "",
      "### Новые проверки",
      "",
      "#### Код модулей",
      "",
      "- Проверка отсутствия кода после асинхронного вызова",
      "- Проверка использования оператора Перейти в коде модулей",
      "",
      "### Исправленные ошибки",
      "",
      "- Для переменных общих модулей проверялся префикс расширения и диагностировалась ошибка",
      "- Некорректная работа проверки комментария реквизита",
      "",
    ].join("\n");
    const post = single(notes, { repo: "code-style", version: "0.7.0" });
    expect(post.split("\n").find((line) => line.startsWith("• "))).toBe("• Проверка отсутствия кода после асинхронного вызова");
  });
});

const SECURITY_RELEASE = [
  "3.4.1 (2026-02-10)",
  "------------------",
  "",
  "**Security**",
  "- CVE-2026-11111 Fixed an issue where a crafted redirect sends the session cookie to the wrong host.",
  "",
  "**Deprecations**",
  "- Added support for Python 3.14.",
  "- Dropped support for Python 3.9 following its end of support.",
  "",
].join("\n");

describe("a release that closes an advisory", () => {
  it("leads with the security fix, whole, and keeps a runtime dropped under Deprecations a deprecation", () => {
    const post = single(SECURITY_RELEASE, { repo: "fetcher", version: "3.4.1" });
    expect(post).toContain("sends the session cookie to the wrong host.");
    expect(post).not.toContain("Breaking");
    const [first] = thread(SECURITY_RELEASE, { repo: "fetcher", version: "3.4.1" });
    expect(first).toContain("CVE-2026-11111");
    expect(first).not.toContain("Breaking");
  });
  it("puts the security fix before a runtime drop the notes call breaking", () => {
    const notes = ["## 5.1.0", "", "### Breaking changes", "", "- Drop support for Node 18.", "", "### Security", "", "- Fix prototype pollution in `merge()` (CVE-2026-22222).", ""].join("\n");
    const post = single(notes, { repo: "deepmerge", version: "5.1.0" });
    expect(post).toContain("Drop support for Node 18");
    expect(post.indexOf("CVE-2026-22222")).toBeLessThan(post.indexOf("Drop support for Node 18"));
  });
});

const entry = (text: string, order: number, kind: Entry["kind"] = "feature"): Entry => ({ text, kind, label: null, order, prose: false, paragraph: -1, fluff: false });

describe("one action told per target", () => {
  it("takes one line: the later repeats are counted", () => {
    const entries = [
      entry("Implement dark look styling for state diagrams", 0),
      entry("Implement dark look styling for ER diagrams", 1),
      entry("Implement dark look for class diagrams", 2),
      entry("Add option to change timeline direction", 3),
    ];
    expect([...repeatedActions(entries)].map((repeat) => repeat.order)).toEqual([1, 2]);
  });
  it("is not read in words that say nothing ('Add support for'), in two lines, in fixes, or where it is the whole kind", () => {
    expect(repeatedActions([entry("Add support for Python 3.14", 0), entry("Add support for Django 6", 1), entry("Add support for uv", 2), entry("Add a clock", 3)]).size).toBe(0);
    expect(repeatedActions([entry("Implement dark look for state diagrams", 0), entry("Implement dark look for ER diagrams", 1), entry("Add a clock", 2)]).size).toBe(0);
    const fixes = ["Fix Input Search losing its class", "Fix Input Search button height", "Fix Input Search style", "Fix Select tags"].map((text, order) => entry(text, order, "fix"));
    expect(repeatedActions(fixes).size).toBe(0);
    expect(repeatedActions(["state", "ER", "class"].map((target, order) => entry(`Implement dark look for ${target} diagrams`, order))).size).toBe(0);
  });
  it("leaves the thread room for the other features, and a docs link after them", () => {
    const notes = [
      "## 11.2.0",
      "",
      "### Minor Changes",
      "",
      "- Add link to ishikawa diagram on mermaid.js.org",
      "- Implement dark look styling for state diagrams",
      "- Implement dark look styling for ER diagrams",
      "- Implement dark look styling for requirement diagrams",
      "- Implement dark look styling for mindmap diagrams",
      "- Add option to change timeline direction",
      "- Add showDataLabels option for xy chart",
      "",
    ].join("\n");
    const text = thread(notes, { repo: "diagrams", version: "11.2.0" }).join("\n");
    expect(text).toContain("Implement dark look styling for state diagrams");
    expect(text).not.toContain("requirement diagrams");
    expect(text).toContain("Add showDataLabels option");
    expect(text.indexOf("ishikawa")).toSatisfy((at: number) => at === -1 || at > text.indexOf("Add showDataLabels option"));
  });
});
