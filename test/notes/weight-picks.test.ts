// Picks by weight: a new language filed under the features shows before "+N more"; a listed change that the opening
// summary already said is not said again; a project's own highlight bullets all come first in a thread, before shares
// of the other kinds; in a major release a reworked public name or format and a move to a new major of the toolchain
// rank above the features, and lint-config tidying and type-shim trimming rank as upkeep.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { movesToolchainMajor } from "../../src/notes/kinds/weighty-changes.js";
import { release, single, thread } from "../support/composed.js";

const posts = (notes: string, version: string, asThread = false): string[] =>
  composePosts(release(notes, "lantern", version), { thread: asThread }).posts.map((post) => post.text);

describe("a new language under the features", () => {
  it("shows the added translations before the fix and the count (English)", () => {
    const notes = [
      "### :sparkles: Features",
      "",
      "* **i18n:** add Spanish (es) translation",
      "* **i18n:** add German (de) translation",
      "",
      "### :bug: Bug Fixes",
      "",
      "* **cli:** exit code is wrong when the config file is missing",
      "",
      "### :pencil: Documentation",
      "",
      "* update docs",
    ].join("\n");
    const text = single(notes);
    expect(text).toContain("add Spanish (es) translation");
    expect(text).toContain("add German (de) translation");
  });

  it("shows 新增…翻译 under 新功能, and keeps an update of a translation as upkeep", () => {
    const notes = ["### 新功能", "", "- 新增俄语翻译", "- 更新德语翻译", "", "### 修复", "", "- 修复配置文件缺失时退出码错误的问题"].join("\n");
    const text = single(notes);
    expect(text).toContain("新增俄语翻译");
    expect(text).not.toContain("更新德语翻译");
  });
});

describe("a listed change the summary already said", () => {
  it("is not listed again after a summary that names the same move and version", () => {
    const notes = [
      "## 5.0.0",
      "",
      "This is a major release that moves the build image from Python 3.11 to Python 3.13. Pin `v4` if you still need Python 3.11 images.",
      "",
      "## What's Changed",
      "",
      "* Move the build image and the wheel target to Python 3.13",
      "* Add a `--strict` flag that turns every warning of the checker into an error",
      "* Keep the floating major tag on `v5`; `v4` stays pinned to the latest `4.x` release",
    ].join("\n");
    const all = [...thread(notes), single(notes)].join("\n");
    expect(all).not.toContain("Move the build image");
    expect(all).toContain("--strict");
  });
});

describe("a project's own highlight bullets", () => {
  it("all come first in a thread whose cap leaves out changes", () => {
    const highlights = [
      "The query planner now pushes filters below joins when both sides are partitioned by the same key, which speeds up typical star-schema reports several times over.",
      "A new `explain --analyze` mode runs the query and prints the time and rows of each step beside the plan, so slow steps are found without a profiler.",
      "Window functions gain support for `RANGE` frames with interval offsets, `GROUPS` frames and the `EXCLUDE` clause, matching what the SQL standard describes.",
      "The first native Parquet writer lands, so `COPY ... TO` can write Parquet files without the optional Arrow dependency installed on the machine.",
    ];
    const features = Array.from({ length: 10 }, (_, i) => `* feat: add the \`opt${i}\` option to the \`export\` command for the storage layer number ${i}`);
    const fixes = Array.from({ length: 30 }, (_, i) => `* fix: crash in the parser when reading the reserved word number ${i} after a comment`);
    const notes = ["## Highlights", "", ...highlights.map((line) => `* ${line}`), "", "## What's Changed", "", ...features, ...fixes].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("`explain --analyze`");
    expect(text).toContain("`RANGE` frames");
    expect(text).toContain("native Parquet writer");
  });
});

describe("a major release's weighty changes", () => {
  const small = ["Add an animation to the buttons in the top right of the layout", "Add a full-screen watermark option to the settings panel", "Add fixed columns to the table toolbar component", "Add \"view more\" and \"mark as read\" to the message dropdown", "Add a dark variant of the login page background", "Add a shortcut to collapse every open menu"];
  const notes = [
    "### Refactor",
    "",
    "- Upgrade to TypeScript 6",
    "- Rename `showTabs` to `tabsStyle` in `app.config.json`",
    "",
    "### Features",
    "",
    ...small.map((line) => `- ${line}`),
    "",
    "### Perf",
    "",
    "- Optimize prettier config",
  ].join("\n");

  it("leads a 7.0.0 with the renamed key and the toolchain's new major", () => {
    const text = posts(notes, "7.0.0")[0] ?? "";
    expect(text).toContain("`tabsStyle`");
    expect(text).toContain("TypeScript 6");
    expect(posts(notes, "7.0.0", true)[0]).toContain("`tabsStyle`");
  });

  it("leads a Chinese 3.0.0 with 升级`webpack`至`v6`版本 and the reworked response format", () => {
    const zh = ["### ✔️ Refactor", "", "- 重构`API`接口响应格式，带来简洁高效的接口设计", "- 升级`webpack`至`v6`版本", "", "### 🎫 Feat", "", "- `layout`右上角的操作按钮添加动效", "- 系统配置面板新增全屏水印功能", "- 表格组件新增固定列功能", "- 消息下拉框新增“查看更多”和“标为已读”功能", "- 登录页面新增暗色背景", "", "### 🍏 Perf", "", "- 优化`prettier`配置", "- 精简`types/shims-vue.d.ts`类型文件，移除冗余声明"].join("\n");
    const first = posts(zh, "3.0.0", true)[0] ?? "";
    expect(first).toContain("重构`API`接口响应格式");
    expect(first).toContain("升级`webpack`至`v6`版本");
    expect(posts(zh, "3.0.0", true).join("\n")).not.toContain("优化`prettier`配置");
  });

  it("reads a toolchain's new major, not a plugin of it nor a bot's bump", () => {
    expect(movesToolchainMajor("升级`vite`至`v8`版本，从`Rollup`和`esbuild`转向`Rolldown`和`Oxc`")).toBe(true);
    expect(movesToolchainMajor("`typescript`升级至`v6`版本")).toBe(true);
    expect(movesToolchainMajor("`vite` を v8 に更新")).toBe(true);
    expect(movesToolchainMajor("Vite 8로 업그레이드")).toBe(true);
    expect(movesToolchainMajor("升级`vite-plugin-router-warn`至`v2`版本")).toBe(false);
    expect(movesToolchainMajor("Bump typescript from 5.9.3 to 6.0.0")).toBe(false);
  });

  it("files lint-config tidying and type-shim trimming as upkeep", () => {
    expect(readItem("优化`prettier`配置").kind).toBe("internal");
    expect(readItem("Optimize eslint config").kind).toBe("internal");
    expect(readItem("精简`types/shims-vue.d.ts`类型文件，移除冗余声明").kind).toBe("internal");
  });
});
