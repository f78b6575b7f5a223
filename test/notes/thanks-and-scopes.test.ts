// Credits in the forms changelog tools and Japanese changelogs write them, and a component's name over its own changes.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "dice", owner: "acme", version: "3.2.0" };
const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("thanks after a change", () => {
  it("a cheerful Japanese thanks goes whole, with the colon before it", () => {
    const notes = [
      "### 対応ゲームシステムの追加",
      "",
      "- 韓国語版 Ventangle (Ventangle:Korean): MY4kさんありがとうっ！ ([#788](https://github.com/acme/dice/pull/788))",
      "- 韓国語版 エモクロアTRPG (Emoklore:Korean): MY4kさんありがとうっ！ ([#791](https://github.com/acme/dice/pull/791))",
      "- [ガラクティア] 誤字の修正。JackyAniueさんありがとうー！ ([#793](https://github.com/acme/dice/pull/793))",
      "",
    ].join("\n");
    expect(texts(notes)).toEqual(["韓国語版 Ventangle (Ventangle:Korean)", "韓国語版 エモクロアTRPG (Emoklore:Korean)", "[ガラクティア] 誤字の修正。"]);
  });

  it("changelogithub's '- by **Name**' goes, for a name in any script and after a full stop", () => {
    const notes = [
      "### &nbsp;&nbsp;&nbsp;🚀 Features",
      "",
      "- support theme presets to only set partial content. &nbsp;-&nbsp; by **Azir-11** [<samp>(9da84)</samp>](https://github.com/acme/dice/commit/9da847fb)",
      "- support pinning and unpinning of tabs &nbsp;-&nbsp; by **hooke** [<samp>(b8a76)</samp>](https://github.com/acme/dice/commit/b8a767d7)",
      "- add missing property in theme presets &nbsp;-&nbsp; by **刘璐** [<samp>(4a9cf)</samp>](https://github.com/acme/dice/commit/4a9cf6c3)",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).not.toMatch(/\bby\b|Azir|hooke|刘璐/u);
    expect(text).toContain("content.");
  });

  it("a change 'by' something keeps it when no dash sets a name apart", () => {
    expect(texts("### Features\n\n- Sort the list by name\n")).toEqual(["Sort the list by name"]);
  });
});

describe("a component's name in code marks over its changes", () => {
  it("names each of them, as its sibling lines name theirs", () => {
    const notes = [
      "### 🐞 Bug Fixes",
      "",
      "- `Dialog`: 修复 `DialogPluginType` 类型未导出的问题",
      "- `Drawer`: ",
      "  - 修复`DrawerPluginType` 类型未导出的问题",
      "  - 修复开启 `destroyOnClose` 时，初始状态下内容未销毁的问题。",
      "- `Menu`: 修复子菜单图标与文字间隔的问题",
      "",
    ].join("\n");
    expect(texts(notes)).toEqual([
      "`Dialog`: 修复 `DialogPluginType` 类型未导出的问题",
      "`Drawer`: 修复`DrawerPluginType` 类型未导出的问题",
      "`Drawer`: 修复开启 `destroyOnClose` 时，初始状态下内容未销毁的问题。",
      "`Menu`: 修复子菜单图标与文字间隔的问题",
    ]);
  });
});
