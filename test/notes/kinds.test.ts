import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { reachAmong } from "../../src/notes/kinds/reach.js";

const kinds = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("changesets' Major Changes names the bump, not a break", () => {
  it("an addition is a feature; a removal, a deprecation or an 'instead of' breaks", () => {
    const notes = "## 3.0.0\n\n### Major Changes\n\n- add a `--watch` flag to `build`\n- drop the `serve` command\n- use tabs instead of spaces for indentation\n\n### Minor Changes\n\n- new `lint` command\n\n### Patch Changes\n\n- fix crash on empty config\n";
    expect(kinds(notes).slice(0, 3)).toEqual(["feature|add a `--watch` flag to `build`", "breaking|drop the `serve` command", "breaking|use tabs instead of spaces for indentation"]);
  });
});

describe("the repository's own set-up is housekeeping", () => {
  it.each([
    "Delete LICENSE-vendored.txt",
    "remove .travis.yml",
    "Fix broken main by upgrading the JDK",
    "Install protoc in Dockerfile",
    "Fix a wrong step in the release process",
    "feat(generator): emit fake logs with trace ids",
    "playground: add a theme switcher",
    "fix: docker image tag",
  ])("%s", (text) => {
    expect(readItem(text).kind).toBe("internal");
  });
  it("a read-me edit is docs, and a fault named after 'fix:' stays a fix", () => {
    expect(readItem("Add a link to the FAQ in README.md").kind).toBe("docs");
    expect(readItem("fix: memory leak").kind).toBe("fix");
    expect(readItem("feat(generator): add Kotlin output").kind).toBe("feature");
  });
});

describe("importance marks and filler rank within a kind", () => {
  it("a marked change comes first, filler last", () => {
    const [plain, marked, filler] = readNotesModel("## 新功能\n\n- 新增 导出 功能\n- 新增 消息推送 机制 [重要]\n- 内部ロジックを改善しました\n").entries;
    expect(marked?.important).toBe(true);
    const reach = reachAmong([plain, marked, filler].filter((entry) => entry !== undefined));
    expect([reach(marked!), reach(plain!), reach({ text: "Minor improvements", prose: false })]).toEqual([-1, 1, 3]);
  });
  it("a component named in a scope is no mark", () => {
    expect(readNotesModel("## Fixes\n\n- fix(Highlight): render empty keywords\n").entries[0]?.important).toBeUndefined();
  });
});
