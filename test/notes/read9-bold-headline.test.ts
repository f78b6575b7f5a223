// A change the author set in bold above all the notes' sections is the release's headline; a lead-in in a breaking section
// introduces breaking changes.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const kinds = (notes: string) => readNotesModel(notes).entries.map((entry) => [entry.text, entry.kind]);

describe("a bold change above the sections", () => {
  it("is a highlight, ranked before the sections' features and fixes", () => {
    const notes = ["## v2.5.0", "", "- **Mihomo(Meta) 内核升级至 v1.19.24**", "", "### 🐞 修复问题", "", "- 修复 Linux 快捷键映射错误", "", "### ✨ 新增功能", "", "- 订阅 QR code 分享"].join("\n");
    expect(kinds(notes)).toContainEqual(["Mihomo(Meta) 内核升级至 v1.19.24", "highlight"]);
    const english = ["## 3.0.0", "", "- **Upgrade the bundled engine to v8**", "- Fix a typo in the help text", "", "### Fixes", "", "- Fix a crash on start"].join("\n");
    expect(kinds(english)).toContainEqual(["Upgrade the bundled engine to v8", "highlight"]);
  });

  it("is not: a bold item under a section, a plain item above them, or a bold breaking change", () => {
    const under = ["## 3.0.0", "", "### Fixes", "", "- **Fix a crash on start**", "- Fix a typo"].join("\n");
    expect(kinds(under)).toContainEqual(["Fix a crash on start", "fix"]);
    const plain = ["## 3.0.0", "", "- Fix a typo in the help text", "", "### Features", "", "- Add a `--json` flag"].join("\n");
    expect(kinds(plain)).toContainEqual(["Fix a typo in the help text", "fix"]);
    const breaking = ["## 3.0.0", "", "- **BREAKING: drop Node 16**", "", "### Fixes", "", "- Fix a crash on start"].join("\n");
    expect(kinds(breaking).find(([text]) => String(text).includes("Node 16"))?.[1]).toBe("breaking");
  });
});

describe("a sentence in a breaking section that leads in to its sub-items", () => {
  const notes = (details: readonly string[]) =>
    ["## 3.0.0", "", "### Backward-incompatible changes", "", "- The following deprecated hooks of the plugin API are removed:", ...details.map((detail) => `  - ${detail}`), "- Python 3.9 is no longer supported.", "", "### Features", "", "- Add a `--fail-fast` option"].join("\n");

  it("is one breaking change with its sub-items said after it, when a post can show it whole", () => {
    const entries = kinds(notes(["`before_request`, use `on_request` instead", "`after_response`, use `on_response` instead"]));
    expect(entries).toContainEqual(["The following deprecated hooks of the plugin API are removed: `before_request`, use `on_request` instead; `after_response`, use `on_response` instead", "breaking"]);
    expect(entries.filter(([, kind]) => kind === "breaking")).toHaveLength(2);
  });

  it("stays a label over sub-items too long for that, and they stay breaking changes, whatever its words name", () => {
    const long = Array.from({ length: 4 }, (_, index) => `\`hook_number_${index}\`, which is replaced by the new \`on_event_${index}\` callback of \`PluginBase\``);
    const entries = kinds(notes(long));
    for (const detail of long) expect(entries).toContainEqual([detail, "breaking"]);
  });
});
