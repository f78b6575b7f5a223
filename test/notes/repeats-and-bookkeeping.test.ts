import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { listsOnlyIds } from "../../src/notes/prose/id-lists.js";
import { readNotesModel } from "../../src/notes/model.js";
import { release, single, thread } from "../support/composed.js";

describe("one change per pull request", () => {
  const notes = [
    "## 2.3.0",
    "",
    "### Bug Fixes",
    "",
    "- Resolve an issue where compact mode could produce invalid module concatenations (#812)",
    "",
    "### Pull Requests",
    "",
    "- [#812](https://github.com/octo/lantern/pull/812): Keep the semicolon added after a replaced default export (@someone)",
    "- [#815](https://github.com/octo/lantern/pull/815): Add a `--quiet` flag (@someone)",
  ].join("\n");

  it("drops the pull request list's title of a change a section already told by its number", () => {
    const post = single(notes);
    expect(post).toContain("Resolve an issue where compact mode");
    expect(post).not.toContain("Keep the semicolon");
    expect(composePosts(release(notes)).omitted).toBe(0);
  });

  it("keeps a second change of one request filed under a category of its own (\"Others\")", () => {
    const categorised = [
      "## 2.3.0",
      "",
      "### Features",
      "",
      "- `Icon`: add 960 icons (#812)",
      "",
      "### Others",
      "",
      "- `Icon`: add a gallery page that shows every icon by category (#812)",
      "- `Docs`: fix a typo (#813)",
      "- `Demo`: fix the form example (#814)",
    ].join("\n");
    expect(readNotesModel(categorised).entries.some((entry) => entry.text.includes("gallery page"))).toBe(true);
    expect(readNotesModel(notes).entries.some((entry) => entry.text.includes("Keep the semicolon"))).toBe(false);
  });

  it("keeps a listed request no section told", () => {
    expect(single(notes)).toContain("Add a `--quiet` flag");
  });
});

describe("lines that only list ids", () => {
  it("reads a bookkeeping label over ids, not a change told in words", () => {
    expect(listsOnlyIds("更新されたバージョン：**ACSD-64212**、**ACSD-64523**、**ACSD-67347**")).toBe(true);
    expect(listsOnlyIds("Replaced patches: ACSD-67941, ACSD-64212")).toBe(true);
    expect(listsOnlyIds("ACP2E-4300 – fixes a crash when the cart is empty")).toBe(false);
    expect(listsOnlyIds("Fixed: the cart crashes on checkout (MDVA-1234)")).toBe(false);
  });

  it("neither shows them nor counts them among the changes left out", () => {
    const items = Array.from({ length: 8 }, (_, index) => `* **ACP2E-${4300 + index}** （Adobe Commerce >=2.4.5 &lt;2.4.9） – 管理画面で顧客グループ${index}を変更しても、ストアフロントのカタログ権限が更新されない問題を修正します。`);
    const notes = ["## v1.1.81", "", ...items, "* 更新されたバージョン：**ACSD-64212**、**ACSD-64523**", "* 置換されたパッチ：**ACSD-67941**、**ACSD-68925**"].join("\n");
    const composed = composePosts(release(notes));
    const shown = (composed.posts[0]?.text.match(/^• /gmu) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(composed.omitted).toBe(items.length - shown);
    expect(thread(notes).join("\n")).not.toMatch(/ACSD/u);
  });
});

describe("a sentence that only says the release holds its list", () => {
  const notes = (lead: string): string => ["## Highlights", "", lead, "", "- MariaDB 11.8 support", "- OpenSearch 3 support", "- Valkey 8.1 support"].join("\n");

  it("leaves it out in English, Korean, Japanese and Chinese", () => {
    for (const lead of ["This release includes the following highlights.", "이번 릴리스에는 다음과 같은 주요 사항이 포함됩니다.", "このリリースには次の主な変更が含まれます。", "本次发布包含以下主要内容。"]) {
      const post = single(notes(lead));
      expect(post).toContain("MariaDB 11.8");
      expect(post).not.toContain(lead.slice(0, 8));
    }
  });

  it("keeps a sentence that says a change of its own", () => {
    expect(single(notes("This release includes a rewritten query planner."))).toContain("rewritten query planner");
  });
});
