// Rules kept to the notes they were written for: a bold word is a scope only before a change verb; a bracket is a
// credit only when it names people and roles; a store's tags are housekeeping only in a catch-all section; an outline's
// short head keeps its first point; one regex-escaping helper.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { gluedScopesSetOff } from "../../src/notes/formats/glued-scopes.js";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { isMiscSection, isStoreListing } from "../../src/notes/prose/catch-alls.js";
import { readNotesModel } from "../../src/notes/model.js";
import { escapeRegExp } from "../../src/notes/text/escape-regexp.js";

const post = (notes: string, thread = false): string =>
  compose({ version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "acme/app", owner: "acme", url: "https://example.org/CHANGELOG", notes }, { thread })
    .map((item) => item.text)
    .join("\n");

describe("a bold lowercase word opening an item", () => {
  it("is a scope before a change verb, bare or in its -s/-ed form", () => {
    expect(gluedScopesSetOff("* **compiler** remove shadow dom shim")).toBe("* **compiler:** remove shadow dom shim");
    expect(gluedScopesSetOff("* **router** fixes the base path")).toBe("* **router:** fixes the base path");
    expect(gluedScopesSetOff("* **cli** dropped the `--legacy` flag")).toBe("* **cli:** dropped the `--legacy` flag");
  });

  it("is the sentence's subject otherwise, and keeps its words", () => {
    for (const line of ["* **optional** chaining is now supported in templates", "* **strict** mode rejects unknown attributes", "* **async** components can be lazy loaded", "* **build** is 2x faster on Windows", "* **always** use the lockfile"]) {
      expect(gluedScopesSetOff(line)).toBe(line);
    }
    const text = post("## Features\n\n* **build** is 2x faster on Windows\n* Add a `--dry-run` flag\n");
    expect(text).toContain("build is 2x faster on Windows");
  });
});

describe("a closing bracket of credit", () => {
  it("names people and roles only", () => {
    expect(cleanText("Fix TSan crashes (Olivier Nicole, report by Nathan Taylor, review by Gabriel Scherer and Stefan Muenzel)")).toBe("Fix TSan crashes");
    expect(cleanText("Fix the loader (Jean de la Fontaine, review by @bob)")).toBe("Fix the loader");
  });

  it("is no credit when it says more than who", () => {
    expect(cleanText("Treat NU1605 as an error (previously reported by NuGet as a warning)")).toBe("Treat NU1605 as an error (previously reported by NuGet as a warning)");
    expect(cleanText("Drop the cache (reported by Jane Doe on Windows only)")).toBe("Drop the cache (reported by Jane Doe on Windows only)");
  });
});

describe("a store's listing", () => {
  it("is housekeeping only in a catch-all section, and only when it adds, removes or tags an entry", () => {
    expect(isStoreListing("Theme: the default theme follows the system dark mode", false)).toBe(false);
    expect(isStoreListing("Theme: the default theme follows the system dark mode", true)).toBe(false);
    expect(isStoreListing("Plugin: add nonebot-plugin-foo", true)).toBe(true);
    expect(isStoreListing("Plugin: add nonebot-plugin-foo", false)).toBe(false);
    expect(isStoreListing("插件: 移除失效的适配器 foo", true)).toBe(true);
    expect(isStoreListing("プラグイン: 古いプラグインを削除", true)).toBe(true);
  });

  it("a catch-all section is named so in any language", () => {
    for (const heading of ["💫 杂项", "その他", "기타", "Misc", "Other", "Chores", "Miscellaneous"]) expect(isMiscSection(heading)).toBe(true);
    for (const heading of ["Changes", "🚀 新功能", "Themes"]) expect(isMiscSection(heading)).toBe(false);
  });

  it("a tagged change under Changes is shown", () => {
    const text = post("## Changes\n\n- Theme: the default theme follows the system dark mode\n- Add a `--dry-run` flag\n");
    expect(text).toContain("the default theme follows the system dark mode");
  });
});

describe("an item over its own sub-points", () => {
  it("keeps its first point when its head says little", () => {
    const entries = readNotesModel("## Changes\n\n- Rework the scheduler\n  a. jobs can now be paused\n  b. the queue is persisted to disk\n- Add a `--dry-run` flag\n").entries.map((entry) => entry.text);
    expect(entries[0]).toMatch(/^Rework the scheduler: jobs can now be paused/u);
    expect(entries.join("\n")).not.toContain("b.");
  });

  it("keeps its head alone when the head says the change", () => {
    const entries = readNotesModel("## Changes\n\n- Rework the scheduler so that long jobs no longer block the queue\n  a. jobs can now be paused\n  b. the queue is persisted to disk\n").entries.map((entry) => entry.text);
    expect(entries[0]).toBe("Rework the scheduler so that long jobs no longer block the queue");
  });
});

describe("escaping text for a pattern", () => {
  it("escapes every syntax character", () => {
    expect(new RegExp(escapeRegExp("a.b*(c)[d]{2}+?^$|\\")).test("a.b*(c)[d]{2}+?^$|\\")).toBe(true);
    expect(new RegExp(`^${escapeRegExp("1.2.0")}$`).test("1x2y0")).toBe(false);
  });

  it("is written once, in escape-regexp.ts", () => {
    const dir = join(import.meta.dirname, "../../src/notes");
    const copies = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts") && !file.endsWith("escape-regexp.ts") && readFileSync(join(dir, file), "utf8").includes('"\\\\$&"'));
    expect(copies).toEqual([]);
  });
});
