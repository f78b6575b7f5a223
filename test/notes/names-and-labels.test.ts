// The frame and labels of a post: a name said with its version once, the name readers know for a repository's slug,
// a label said once for the items that all repeat it, and brackets of a reference link left behind.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { projectName } from "../../src/notes/project-name.js";
import { namedRelease as release } from "../support/composed.js";


describe("the project's name beside its version", () => {
  it("drops a closing number the version starts with: not 'Scala 3 3.8.0'", () => {
    const notes = "We're pleased to announce Scala 3.8. It needs Scala 3 users to move to JDK 17; Scala 3 code still compiles.\n";
    expect(projectName(release("3.8.0", "scala", "scala3"), notes)).toBe("Scala");
  });

  it("(guard) keeps a closing number that is not the version's", () => {
    const notes = "Widgets 2 now renders faster. Widgets 2 also ships a dark theme.\n";
    expect(projectName(release("5.1.0", "acme", "widgets2"), notes)).toBe("Widgets 2");
  });
});

describe("the name readers know for a repository's slug", () => {
  it("is the first part the notes call the product by, where the rest says what kind it is ('fish-shell')", () => {
    const notes = ["- fish now reads its config faster.", "- When upgrading, fish will migrate variables.", "- The fish prompt shows the branch.", ""].join("\n");
    expect(projectName(release("4.8.0", "fish-shell", "fish-shell"), notes)).toBe("fish");
  });

  it("spells that first part as the notes spell it ('Gleam' for gleam-lang)", () => {
    const notes = ["The Gleam compiler is faster.", "Gleam now supports labels.", "The Gleam language server got completions.", ""].join("\n");
    expect(projectName(release("1.18.0", "acme", "gleam-lang"), notes)).toBe("Gleam");
  });

  it("(guard) keeps the slug where the notes never use the first part as a word", () => {
    const notes = "### Features\n\n* **client:** add error type field\n";
    expect(projectName(release("0.87.0", "anthropics", "anthropic-sdk-python"), notes)).toBe("anthropic-sdk-python");
  });

  it("(guard) still capitalises a one-word name the English notes never write, on an account named for it", () => {
    expect(projectName(release("2.1.3", "flask", "flask"), "- Fix a crash when the session is empty.\n")).toBe("Flask");
  });
});

describe("the name's implementation and the labels and brackets around changes", () => {
  it("names a language's implementation with its language ('OpenTelemetry Go' for opentelemetry-go)", () => {
    const notes = ["The OpenTelemetry API is stable.", "OpenTelemetry exporters retry.", "OpenTelemetry metrics are faster.", ""].join("\n");
    expect(projectName(release("1.38.0", "open-telemetry", "opentelemetry-go"), notes)).toBe("OpenTelemetry Go");
  });

  const post = (notes: string): string => composePosts({ ...release("2.1.5", "acme", "widget"), notes }, { thread: true, maxPosts: 5 }).posts.map((one) => one.text).join("\n\n");

  it("says a kind's word once for a list whose items all repeat it, in Chinese", () => {
    const text = post(["- 新增：日志机制。", "- 新增：Esc键隐藏主窗口。", "- 修复：文档识别的错误。", "- 修复：截图位置偏移。", ""].join("\n"));
    expect(text).toContain("新增：\n• 日志机制。");
    expect(text).toMatch(/修复：\n• /u);
    expect(text).not.toMatch(/• (?:新增|修复)：/u);
  });

  it("drops the brackets of a shortcut link to a versioned name in mid-sentence ('[Go 1.23]')", () => {
    const text = post("This release is the last to support [Go 1.23].\n\n### Added\n\n- Add a limit option.\n");
    expect(text).toContain("the last to support Go 1.23.");
    expect(text).not.toContain("[Go 1.23]");
  });

  it("(guard) keeps a component tag in brackets", () => {
    expect(post("- Components [el-dropdown] add a prop.\n")).toContain("[el-dropdown]");
  });
});
