// A breaking change or security fix marked inside an item, not by its heading: "**Breaking (`pkg/sub`):**" in a
// changesets patch list, an RST `:ghsa:` role (read as "GHSA-…", then gone from the end of the fix it closes), a French "faille de sécurité" under a fix title, and a sign-made label
// ("⚠️ Removed") that stays with its own section.
import { describe, expect, it } from "vitest";
import { closedVulnerability, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const entries = (notes: string, version: string): Array<[string, string | null, string]> =>
  readNotesModel(notes, undefined, version).entries.map((e) => [e.kind, e.label, e.text]);

describe("a breaking marker with the part it breaks", () => {
  it("reads 'Breaking (scope):' as breaking and keeps the scope", () => {
    expect(readItem("Breaking (`@wagmi/core/tempo`): Removed `Actions.zone.getDepositStatus`.")).toMatchObject({ kind: "breaking", breaking: true, text: "`@wagmi/core/tempo`: Removed `Actions.zone.getDepositStatus`." });
    expect(readItem("破坏性变更（`table`）：移除 `size` 属性")).toMatchObject({ kind: "breaking" });
  });

  it("makes a bold marker inside changesets' Patch Changes breaking", () => {
    const notes = ["## 3.6.4", "", "### Patch Changes", "", "- Fixed `getBalance` for block 0. ([#1](https://github.com/o/r/pull/1))", "", "- **Breaking (`@o/core/zone`):** Removed `zone.getStatus`. Use `zone.getInfo` instead. ([#2](https://github.com/o/r/pull/2))"].join("\n");
    const read = entries(notes, "3.6.4");
    expect(read.find(([, , text]) => text.includes("zone.getStatus"))?.[0]).toBe("breaking");
  });
});

describe("an advisory named by an RST role", () => {
  it("makes the fix a security fix, and the id that closes it goes as every such id does (no bare 'cpwx-…' left)", () => {
    const notes = ["Version 3.1.6", "-------------", "", "Released 2025-03-05", "", "-   The ``|attr`` filter does not bypass the environment's attribute lookup,", "    allowing the sandbox to apply its checks. :ghsa:`cpwx-vrp4-4pq7`", ""].join("\n");
    const [entry] = entries(notes, "3.1.6");
    expect(entry?.[0]).toBe("security");
    expect(entry?.[2]).toMatch(/to apply its checks\.$/u);
    expect(entry?.[2]).not.toContain("cpwx");
  });
});

describe("a hole said in French or Spanish", () => {
  it("reads 'faille de sécurité' and 'vulnérabilité' as security fixes", () => {
    expect(closedVulnerability("Corrige une faille de sécurité potentielle sur les github actions")).toBe("unnamed");
    expect(closedVulnerability("Corrige une vulnérabilité XSS dans le composant")).toBe("named");
    expect(closedVulnerability("Corrige un problema de seguridad en el login")).toBe("unnamed");
    expect(closedVulnerability("Ajoute une page sur la sécurité")).toBeNull();
  });

  it("makes a fix title explained by a hole a security fix, told by that sentence", () => {
    const notes = ["### v1.14.4 - 3 Mars 2026", "", "#### 🐛 fix: github action security (#1397)", "- Corrige une faille de sécurité potentielle sur les github actions", "", "", "#### ♻️ refactor: nom des fichiers data.yml (#1398)", "- change le nom des fichiers data.yml en index.yml", ""].join("\n");
    const [first] = entries(notes, "1.14.4");
    expect(first?.[0]).toBe("security");
    expect(first?.[1]).toBe("Sécurité");
    expect(first?.[2]).toBe("Corrige une faille de sécurité potentielle sur les github actions");
  });
});

describe("a sign-made label stays with its own section", () => {
  it("labels a breaking change from 'Changed' as breaking, not '⚠️ Removed'", () => {
    const notes = ["## [6.0] – 2026-05-14", "", "### Changed", "", "- We upgraded to Lucene 10.4. ⚠️ JabRef will recreate the index.", "- We changed the icon.", "", "### Removed", "", "- We removed GPT4All as AI-provider."].join("\n");
    const read = entries(notes, "6.0");
    expect(read.find(([, , text]) => text.includes("Lucene"))?.[1]).not.toBe("⚠️ Removed");
    expect(read.find(([, , text]) => text.includes("GPT4All"))?.[1]).toBe("⚠️ Removed");
  });
});
