// Words after a stripped commit type: the change starts a sentence, so its first plain word takes a capital; names that
// are written in lower case (commands, files, code) keep theirs.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

describe("a capital after a stripped commit type", () => {
  it("capitalises a plain first word, in any type", () => {
    expect(readItem("fix: anchors links for underscore character").text).toBe("Anchors links for underscore character");
    expect(readItem("feat!: drop Node 18").text).toBe("Drop Node 18");
    expect(readItem("perf: évite une copie").text).toBe("Évite une copie");
  });
  it("keeps a name from code, a file, a command or a product written in lower case", () => {
    for (const text of ["`npm` is found on Windows", "iOS builds no longer crash", "macOS: sign the app", "jQuery is gone", "useId works in SSR", "package.json keeps its order", "npm install works offline", "pnpm workspaces resolve", "git worktree paths", "bat --plain prints no header", "v2 config is read"]) {
      expect(readItem(`fix: ${text}`).text, text).toBe(text);
    }
  });
  it("leaves a scope's text as written", () => {
    expect(readItem("fix(cli): drop --foo").text).toBe("cli: drop --foo");
  });
});

describe("commit subjects that are no change", () => {
  it("a review's suggestions, a merged branch and a bare touch to a repository file are neither shown nor counted", () => {
    for (const text of ["Apply suggestions from code review", "Merge branch 'main' into esm", "Merge remote-tracking branch 'origin/dev'", "Merge pull request #12 from octo/fix-x", "Update .eslintrc.cjs", "Update README", "Update README.md", "Update tsconfig.json", "Update .github/workflows/ci.yml"]) {
      expect(readItem(text).text, text).toBe("");
    }
  });
  it("under a breaking section they break nothing; the real change stays", () => {
    const notes = "### BREAKING CHANGES\n\n* migrate to pure ESM\n\n* Apply suggestions from code review\n\n* Update .eslintrc.cjs\n";
    expect(readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`)).toEqual(["breaking|migrate to pure ESM"]);
  });
  it("a change to what a file does, or one that names it with more words, stays", () => {
    for (const text of ["Update README with the new install steps", "Add `.nvmrc` support", "Update package.json exports for ESM"]) expect(readItem(text).text, text).not.toBe("");
  });
});

describe("a subject of a few words before the change", () => {
  it("takes the kind of the verb after it, like 'Linux: Allow …'", () => {
    expect(readItem("hints kitten: Add a new option to copy the URL").kind).toBe("feature");
    expect(readItem("Remote control: Speed up listing of windows").kind).toBe("performance");
    expect(readItem("Shell integration: Fix the prompt marking in fish").kind).toBe("fix");
  });
});

describe("a capitalised type before a lower-case verb", () => {
  it("under its kind's label shows the sentence alone, capitalised", () => {
    const entries = readNotesModel("### Patch Changes\n\n- Fix: normalize nested token overrides when merging default theme\n").entries;
    expect(entries.map((entry) => entry.text)).toEqual(["Normalize nested token overrides when merging default theme"]);
  });
  it("keeps a type that starts the sentence: 'Fix: the crash when …'", () => {
    expect(readItem("Fix: the crash when saving").untyped).toBeUndefined();
  });
});

describe("punctuation that ends an item", () => {
  it("a full-width semicolon or comma at the end goes, as ';' does", () => {
    expect(cleanText("新增调度日志索引，提升查询性能；")).toBe("新增调度日志索引，提升查询性能");
    expect(cleanText("优化调度组件，")).toBe("优化调度组件");
    expect(cleanText("Add foo;")).toBe("Add foo");
  });
});
