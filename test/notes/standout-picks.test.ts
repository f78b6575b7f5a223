// Picks by weight among changes of one kind: a new diagram or chart type and support for a protocol come before options
// added to what exists, a new UI or look comes next; a name in code renamed comes first among its kind (its callers
// break); a fix that keeps hostile input out (injection, control characters, a check bypassed) comes before other fixes.
import { describe, expect, it } from "vitest";
import { addsNewKind, bringsNewLook, hardensInput, renamesPublicName } from "../../src/notes/kinds/standout-changes.js";
import { single } from "../support/composed.js";

const before = (text: string, first: string, second: string): boolean => text.includes(first) && text.includes(second) && text.indexOf(first) < text.indexOf(second);

describe("a new kind of thing users make or see", () => {
  it("reads diagram and chart types and protocols, in English, Chinese, Japanese and Korean", () => {
    expect(addsNewKind("Add Wardley Maps diagram type (beta)")).toBe(true);
    expect(addsNewKind("add new TreeView diagram")).toBe(true);
    expect(addsNewKind("implement support for the kitty graphics protocol to display images in the terminal")).toBe(true);
    expect(addsNewKind("新增甘特图表类型")).toBe(true);
    expect(addsNewKind("支持 MQTT 协议")).toBe(true);
    expect(addsNewKind("新しいシーケンスダイアグラムを追加")).toBe(true);
    expect(addsNewKind("MQTT 프로토콜 지원")).toBe(true);
  });

  it("leaves an option of a chart that exists, and a fix of a diagram", () => {
    expect(addsNewKind("add theme support for data label colour in xy chart")).toBe(false);
    expect(addsNewKind("add showDataLabelOutsideBar option for xy chart")).toBe(false);
    expect(addsNewKind("fix: ER diagram parsing when using 1 as entity identifier")).toBe(false);
  });

  it("reads a new UI or look, not a UI fix", () => {
    expect(bringsNewLook("new title-frames UI")).toBe(true);
    expect(bringsNewLook("implement neo look styling for state diagrams")).toBe(true);
    expect(bringsNewLook("全新的设置界面")).toBe(true);
    expect(bringsNewLook("fix the settings UI flicker")).toBe(false);
  });

  it("shows a new diagram type before options added to existing diagrams (English)", () => {
    const notes = [
      "### Features",
      "",
      "- add `randomize` config option for architecture diagrams",
      "- add option to change timeline direction",
      "- add `showLabels` option for pie charts",
      "- add `padding` option for flowcharts",
      "- add Sankey flow diagram type",
    ].join("\n");
    expect(before(single(notes), "Sankey flow diagram type", "`randomize` config option")).toBe(true);
  });

  it("shows a protocol before small options (Chinese)", () => {
    const notes = ["### 新功能", "", "- 新增 `timeout` 参数", "- 新增 `retries` 参数", "- 新增 `verbose` 选项", "- 新增 `color` 选项", "- 支持 MQTT 协议"].join("\n");
    expect(before(single(notes), "MQTT 协议", "`timeout` 参数")).toBe(true);
  });
});

describe("a name in code renamed", () => {
  it("reads a rename of a code name, not of words", () => {
    expect(renamesPublicName("Rename execute_sql_dql to execute_sql_readonly")).toBe(true);
    expect(renamesPublicName("`getFoo` has been renamed to `getBar`")).toBe(true);
    expect(renamesPublicName("将 `foo_bar` 重命名为 `baz_qux`")).toBe(true);
    expect(renamesPublicName("`fooBar` を `bazQux` に名前変更")).toBe(true);
    expect(renamesPublicName("`fooBar`의 이름을 `bazQux`로 변경")).toBe(true);
    expect(renamesPublicName("Rename the Settings page to Preferences")).toBe(false);
  });

  it("shows the rename first among the features", () => {
    const notes = [
      "### Features",
      "",
      "* **bigtable:** Add admin lifecycle and listing tools",
      "* **groups:** Add ttlMs and cacheScope customization to config",
      "* **server:** Improve error messaging on missing environment variables",
      "* **looker:** Add tools to modify dashboards",
      "* **spanner:** Rename execute_sql_dql to execute_sql_readonly",
    ].join("\n");
    expect(single(notes)).toContain("execute_sql_readonly");
  });
});

describe("a fix that keeps hostile input out", () => {
  it("reads injection, control characters and a check bypassed, in four languages", () => {
    expect(hardensInput("stop a header key callback and the dkim tags from injecting")).toBe(true);
    expect(hardensInput("keep control chars out of header values")).toBe(true);
    expect(hardensInput("escape specials in List-* header comments")).toBe(true);
    expect(hardensInput("`redirect` param bypasses the `allow-url` check")).toBe(true);
    expect(hardensInput("修复 redirect 参数绕过校验的问题")).toBe(true);
    expect(hardensInput("ヘッダーインジェクションを修正")).toBe(true);
    expect(hardensInput("헤더 인젝션 수정")).toBe(true);
    expect(hardensInput("Fix cache bypass on reload")).toBe(false);
    expect(hardensInput("Interface for Dependency Injection and Mocking")).toBe(false);
    expect(hardensInput("支持依赖注入")).toBe(false);
    expect(hardensInput("ssr: replace `__x__` with `(0, ...)` and inject `;` between statements")).toBe(false);
    expect(hardensInput("Fix crash when pressing escape")).toBe(false);
  });

  it("shows the hardening fix before the others", () => {
    const notes = [
      "### Bug Fixes",
      "",
      "* **mime:** star the continuation key of a restarted parameter line",
      "* **mime:** normalize an address parsed out of a string as well",
      "* **mime:** normalize an address so header and envelope agree",
      "* **pool:** close idle sockets on shutdown",
      "* **mime:** keep control chars out of header values",
    ].join("\n");
    expect(before(single(notes), "control chars out of header values", "continuation key")).toBe(true);
  });
});
