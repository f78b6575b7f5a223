import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, version = "1.0.0", project?: string): Release => ({
  version,
  tag: `v${version}`,
  name: `v${version}`,
  owner,
  repo,
  url: "",
  notes: "",
  ...(project ? { project } : {}),
});
const name = (owner: string, repo: string, notes: string, version = "1.0.0"): string => projectName(release(owner, repo, version), notes);

describe("project name: a lowercase name earns a capital only from the notes", () => {
  it("a tool the notes name only in links or code stays as its repository spells it", () => {
    expect(name("jdoe", "sevenzip", "### Bug Fixes\n\n* Handle short reads ([#14](https://github.com/jdoe/sevenzip/issues/14))")).toBe("sevenzip");
    expect(name("jdoe", "gofancy", "This is a bugfix release for directives such as `//gofancy:ignore`.")).toBe("gofancy");
    expect(name("someorg", "rebuild", "- Fix a crash when the `rebuild.config.ts` is empty")).toBe("rebuild");
  });

  it("the notes' own capital still names it", () => {
    expect(name("jdoe", "sevenzip", "- Faster reads in SevenZip.\n- SevenZip now reads solid archives.")).toBe("SevenZip");
    expect(name("jdoe", "tealpond", "## Tealpond 1.0.0\n\n- Fix a crash")).toBe("Tealpond");
  });

  it("an organisation named for its product is the brand's account: its name opens capitalised", () => {
    expect(name("mellow", "mellow", "- Fix a crash in the `--check` option")).toBe("Mellow");
    expect(name("mellowjs", "mellow", "- Fix a crash in the `--check` option")).toBe("Mellow");
    expect(name("mellow-dev", "mellow", "- Fix a crash in the `--check` option")).toBe("Mellow");
    // A command's name stays as typed even there ("gofmt", "kubectl").
    expect(name("prettyfmt", "prettyfmt", "- Fix a crash in the `--check` option")).toBe("prettyfmt");
  });
});

describe("project name: a slug is written as the product its notes name", () => {
  it("a one-word name with a '-nodejs' ending is the name without it, as the notes write it", () => {
    expect(name("jdoe", "csv2sheet-nodejs", "### 변경 사항\n- CSV2Sheet가 이제 XML을 검증합니다")).toBe("CSV2Sheet");
    expect(name("jdoe", "csv2sheet-nodejs", "## v1.0.0 - CSV2Sheet 업데이트\n- XML 검증")).toBe("CSV2Sheet");
    expect(name("jdoe", "csv2sheet-nodejs", "### 변경 사항\n- XML 검증 업데이트")).toBe("csv2sheet");
  });

  it("a repository named for the product's major version goes by the owner's name the notes write", () => {
    const notes = "Salut à tous,\n\nUne nouvelle version de Maison Assistant est disponible, avec plusieurs correctifs.";
    expect(name("MaisonAssistant", "v4", notes, "4.12.0")).toBe("Maison Assistant");
    // Where the notes never write it, the owner and repository still say whose it is.
    expect(name("MaisonAssistant", "v4", "- Corrige un bug", "4.12.0")).toBe("MaisonAssistant/v4");
  });

  it("an organisation's site repository goes by the product its notes' title names beside this version", () => {
    const notes = ['---', 'title: "Kiwi Release v0.15.1"', 'date: 2025-09-29', '---', '', '## 重要变更', '1. Kiwi 最低 Go 版本调整至 Go1.20'].join("\n");
    expect(name("leafworks", "leafworks.github.io", notes, "0.15.1")).toBe("Kiwi");
    // A title that names the kind of release names no product: never "Security 0.15.1" or "Maintenance 0.15.1".
    for (const kind of ["Security", "Maintenance", "Patch"]) {
      const titled = `# ${kind} Release v0.15.1\n\n## ${kind}\n\n- Fix request smuggling in Kiwi's codec\n- ${kind}: reject oversized headers`;
      expect(name("leafworks", "leafworks.github.io", titled, "0.15.1")).not.toMatch(new RegExp(`^${kind}`, "u"));
    }
  });

  it("(guard) a configured name always wins", () => {
    expect(projectName(release("jdoe", "sevenzip", "1.0.0", "7zip reader"), "- Sevenzip now reads archives")).toBe("7zip reader");
  });
});

describe("project name: a one-word slug the notes give no spelling", () => {
  it("a lowercase commit subject's lowercase says nothing against a brand's capital", () => {
    const notes = "### Features\n\n- watch: use a new watcher (#12)\n\n### Docs\n\n- explain how external modules work in rollpack (#8)\n- fix(rollpack): raise the thread pool size (#9)\n";
    expect(name("rollpack", "rollpack", notes)).toBe("Rollpack");
    // A sentence that writes it in lowercase, or an item opening with it as its subject, still keeps it so.
    expect(name("rollpack", "rollpack", "- Explain how external modules work in rollpack (#8)")).toBe("rollpack");
    expect(name("rollpack", "rollpack", "- rollpack reads its own config file now (#8)")).toBe("rollpack");
  });

  it("a linter's name is typed, as a command's is", () => {
    expect(name("gradlint", "gradlint", "- Fix a crash in the `--fix` option")).toBe("gradlint");
  });
});
