// The rules that drop pointing text, story headings, link sentences and tracker lists, or reshape names, conjunctions
// and bracketed areas, must keep every change they were not meant for: each case here is a real change one of them
// once dropped or mangled.
import { describe, expect, it } from "vitest";
import { projectName } from "../../src/notes/project-name.js";
import { release, single, thread } from "../support/composed.js";

describe("shape rules keep the changes they were not meant for", () => {
  it("a sentence that opens with 'The following' or 'These' but states the change stays", () => {
    const post = single("## Changes\n\n- The following options are removed: `--legacy`, `--no-cache` and `--fast`.\n- These APIs are now async: `load()`, `save()`.\n");
    expect(post).toContain("`--legacy`");
    expect(post).toContain("`load()`");
  });

  it("a leading 'Plus' or 'And' that names something stays; one that only joins goes", () => {
    const post = single("## Features\n\n- Plus addressing in email fields is now accepted\n- And gate: new logic block for the circuit editor\n- And we've added a dark theme\n");
    expect(post).toContain("Plus addressing");
    expect(post).toContain("And gate");
    expect(post).toContain("We've added a dark theme");
  });

  it("a change that opens with a link to a page stays; a sentence that only sends there goes", () => {
    const post = single("## Features\n\n- [Details page](https://example.com/details) now shows the run's logs.\n- Add a `--json` flag to `status`. See the [docs](https://example.com/docs) for details.\n");
    expect(post).toContain("Details page now shows the run's logs");
    expect(post).not.toMatch(/See the docs/u);
  });

  it("a Chinese clause that only sends to a linked page goes though another sentence follows", () => {
    const post = single("## 新功能\n\n- 支持在启动服务时设置密码，点击查看 [使用说明](./faq#security)。另见发布公告。\n- 新增导出功能\n");
    expect(post).toContain("支持在启动服务时设置密码");
    expect(post).not.toContain("点击查看");
  });

  it("a part headed by a question keeps the change it tells", () => {
    const post = single("# Tool 1.0.0\n\nTool 1.0.0 is here.\n\n## Why is startup faster?\n\nStartup now loads plugins lazily, which cuts start time by 40% on large projects.\n", { repo: "tool", version: "1.0.0" });
    expect(post).toMatch(/loads plugins lazily/u);
  });

  it("fixes listed only under 'Closed issues for x' are the release's changes when nothing else tells them", () => {
    const post = single("## Closed issues for 2.4.0\n\n- Crash when opening a file with a BOM #412\n- Export to PDF drops the last page #415\n\n## Dependencies\n\n- Bump lodash from 4.17.20 to 4.17.21\n");
    expect(post).toContain("Export to PDF drops the last page");
    expect(post).not.toMatch(/maintenance release/iu);
  });

  it("under 'Behavior changes' only words that say the change breaks make it breaking", () => {
    const posts = thread("## Behavior changes\n\n- `wrap()` no longer breaks words at hyphens.\n- The default timeout is now 30 seconds.\n\n## Features\n\n- Add `--json` output.\n");
    expect(posts.join("\n")).not.toContain("Breaking changes");
    expect(posts.join("\n")).toContain("`wrap()` no longer breaks words");
  });

  it("a kind tag goes with its colon", () => {
    const post = single("## Fixed bugs\n\n- [bug fix]: switch 修改 disable 样式\n- [bug fix] Rate: 修改颜色\n");
    expect(post).toContain("• switch 修改 disable 样式");
    expect(post).not.toMatch(/• [:：]/u);
  });

  it("an alert tag in brackets is no area", () => {
    expect(single("## Changes\n\n- [!IMPORTANT] Rotate your tokens after upgrading\n- [2.x] Fix crash when the config file is empty\n")).not.toContain("!IMPORTANT:");
  });

  it("a repository for a product's web part takes a one-word brand the notes write, not a larger product they mention", () => {
    const notes = "## Changes\n\n- Support the `inputMode` prop on `TextInput`, as React Native does.\n- Fix `Pressable` focus styles to match React Native.\n";
    expect(projectName(release(notes, { owner: "necolas", repo: "react-native-web" }), notes)).toBe("react-native-web");
  });
});
