import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, tag = "v2.0.0"): Release => ({ version: "2.0.0", tag, name: tag, owner, repo, url: "", notes: "" });

describe("credits in free text go whole", () => {
  it("a sentence listing the release's contributors, and the thanks after it", () => {
    expect(cleanText("The 4.2.0 release includes contributions from @mira, @otto-k, and @lena. Thank you!")).toBe("");
    expect(cleanText("This version contains code contributions by Jane Doe, @sam and Li Wei.")).toBe("");
    expect(cleanText("Adds a retry flag. Contributors: @mira, @otto-k")).toBe("Adds a retry flag.");
  });

  it("a change about contributions keeps its words", () => {
    expect(cleanText("Accept contributions from forks in the CI workflow")).toBe("Accept contributions from forks in the CI workflow");
  });

  it("a translator's credit, in any language, with a handle in any script", () => {
    expect(cleanText("新增界面语言：荷兰语 `Nederlands`。译者：@小明")).toBe("新增界面语言：荷兰语 `Nederlands`。");
    expect(cleanText("Add a Finnish translation. Translator: Aino Virtanen")).toBe("Add a Finnish translation.");
    expect(cleanText("新增导出为 PDF 的功能。翻译：@李雷")).toBe("新增导出为 PDF 的功能。");
  });

  it("a word for the translating work is the change's subject unless a handle follows", () => {
    expect(cleanText("翻译：补全德语界面")).toBe("翻译：补全德语界面");
  });
});

describe("a reference stripped from a change leaves no broken sentence", () => {
  it("a sentence that goes on from its leading issue number goes whole: neither half a sentence nor a bare reference", () => {
    expect(cleanText("#812 で報告された問題への対策を追加")).toBe("");
    expect(cleanText("#77 中的崩溃已修复")).toBe("");
    expect(cleanText("Fix the exporter. #812 で報告された問題への対策を追加")).toBe("Fix the exporter.");
  });

  it("a leading issue number before a whole sentence goes", () => {
    expect(cleanText("feat: #1600 提高超大文档的性能")).toBe("feat: 提高超大文档的性能");
  });

  it("another repository's reference as a link's words goes whole, owner/repo and all", () => {
    const read = readMarkdown("- Drop the old installer packages\n  [acme/build-tools #48](https://github.com/acme/build-tools/pull/48)\n");
    const item = read.blocks.find((block) => block.kind === "item");
    expect(cleanText(item?.text ?? "")).toBe("Drop the old installer packages");
  });
});

describe("commit-log noise is no change", () => {
  it("a pull request named for branches, or made for a demo", () => {
    for (const title of ["Develop", "Dev to master", "main → release", "staging into main", "feat: trying the new parser for the demo"]) {
      expect(readItem(title).kind).toBe("internal");
    }
  });

  it("a change that names a branch in its words is a change", () => {
    expect(readItem("Add a develop mode to the server").kind).not.toBe("internal");
    expect(readItem("Release notes page shows the date").kind).not.toBe("internal");
  });
});

describe("project name: the owner's for a repository of all its packages, the repository's for its own package", () => {
  it("'platform' names no product: the owner's name does", () => {
    expect(projectName(release("gizmojs", "platform"), "### Features\n\n- **store:** add signals (#12)\n")).toBe("gizmojs");
    expect(projectName(release("borealis", "monorepo"), "- fix a leak\n")).toBe("Borealis");
  });

  it("a tag's package named as its repository opens as the repository's name would: 'Quokka', not 'quokka'", () => {
    expect(projectName(release("quokkajs", "quokka", "quokka@2.0.0"), "### Bug Fixes\n\n- **types:** require a store id\n")).toBe("Quokka");
    // Another package of the repository is written as code is.
    expect(projectName(release("acme", "quokka", "quokka-nuxt@2.0.0"), "- fix\n")).toBe("quokka-nuxt");
  });
});
