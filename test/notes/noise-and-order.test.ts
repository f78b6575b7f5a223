// Noise and rank: a bump said in words after its icon is a dependency update under any heading; the all-contributors
// bot's lines are credits; code reshaping and docs written for a topic are upkeep and docs; "Preserve …" is a fix; a
// language's strings come after the changes of their kind that every user meets.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { release, posts } from "../support/composed.js";

const PROJECT = { repo: "widget", owner: "acme", version: "3.1.0" };

const bullets = (text: string | undefined): string[] => (text ?? "").split("\n").filter((line) => line.startsWith("• "));

describe("gitmoji bumps and bot credits", () => {
  const notes = `## 3.1.0

### Added

- ✨ Add a YAML preset

### Changed

- ⬆️ Bump left-pad from 1.0.1 to 1.0.2
- ⬆️ Bump right-pad from 2.0.0 to 2.0.3
- ⬆️ Upgrade dependencies using yarn upgrade

### Miscellaneous

- 👥 Add alice as a contributor for code
- 👥 Add bob as a contributor for doc, bug
`;
  it("counts the bumps and drops the credits", () => {
    for (const thread of [false, true]) {
      const text = posts(notes, { ...PROJECT, thread }).join("\n");
      expect(bullets(text)).toEqual(["• Add a YAML preset"]);
      expect(text).not.toMatch(/contributor/u);
      expect(text).toMatch(/\+3 more changes/u);
    }
  });
  it("reads the icon and the words alike", () => {
    expect(readItem("⬆️ Bump left-pad from 1.0.1 to 1.0.2").icon).not.toBe(true);
    expect(readItem("⬆️ Refresh the lockfile").icon).toBe(true);
    expect(readItem("Add alice as a contributor for code").text).toBe("");
    expect(readItem("docs: add @bob as a contributor for doc, bug").text).toBe("");
    expect(readItem("Add alice as a contributor for code").kind).toBe("internal");
  });
});

describe("upkeep and docs below the fixes", () => {
  it("reads reshaping, benchmarks and written docs as upkeep and docs", () => {
    expect(readItem("Simplify XML text loading").kind).toBe("internal");
    expect(readItem("Unify schema field construction").kind).toBe("internal");
    expect(readItem("Update release benchmark data").kind).toBe("internal");
    expect(readItem("Simplify the configuration of plugins").kind).not.toBe("internal");
    // Product work said with the same verbs stays what it is.
    for (const text of ["Streamline onboarding wizard", "Isolate tenants per workspace", "Deduplicate search results", "Consolidate billing invoices into one email", "Structured logging for the worker"]) {
      expect(readItem(text).kind).not.toBe("internal");
    }
    expect(readItem("Added documentation for doctest formatting tools and updated the integrations index to match").kind).toBe("docs");
    expect(readItem("Preserve inherited required field types").kind).toBe("fix");
    expect(readItem("Preserve option added to keep comments").kind).not.toBe("fix");
  });
  it("shows the fixes before them", () => {
    const notes = `## What's Changed
* Update release benchmark data
* Simplify XML text loading
* Isolate cached parsed source values
* Preserve inherited required field types
* Preserve type overrides during model reuse
`;
    const [post] = composePosts(release(notes, PROJECT)).posts;
    expect(bullets(post?.text).slice(0, 2)).toEqual(["• Preserve inherited required field types", "• Preserve type overrides during model reuse"]);
  });
});

describe("a language's strings after the features", () => {
  const notes = `## 3.1.0

### i18n

- 新增 nnNO locale
- 更新 nbNO locale

### Feats

- \`n-input\` 新增 \`colorHover\` 主题变量
- \`n-upload\` 新增 \`always-show-actions\` 属性
`;
  it("ranks the features first in a single and a thread", () => {
    for (const thread of [false, true]) {
      const [post] = composePosts(release(notes, PROJECT), { thread }).posts;
      expect(bullets(post?.text)[0]).toBe("• `n-input` 新增 `colorHover` 主题变量");
    }
  });
});

describe("security by meaning in Chinese, Japanese and Korean", () => {
  it("reads prototype pollution as a security fix", () => {
    expect(readItem("修复 `vConsole.setOption()` 中可能存在的原型污染问题").kind).toBe("security");
    expect(readItem("`merge()` のプロトタイプ汚染を修正").kind).toBe("security");
  });
});
