// Round 2 of reading the notes: an item made only of code and symbols is a change; a sub-item that only says its change
// breaks or closes a hole marks that change; headings over nothing to show (a table, "None.", a pointer, known issues)
// or that repeat the release are never entries or labels; prose that names no change (whatever names the release) ranks
// last; a changelog heading over the notes' only list keeps its items.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { release, single, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);
const post = (notes: string): string => thread(notes, PROJECT).join("\n");

describe("an item of code and symbols only", () => {
  it("is a change, kept whole", () => {
    const notes = ["## What's Changed", "", "- Fix crash when opening empty files", "- `&` → `&&`", "- `|` → `||`", "- `?.` → `?.()`", "- Improve startup speed"].join("\n");
    expect(texts(notes)).toEqual(["Fix crash when opening empty files", "`&` → `&&`", "`|` → `||`", "`?.` → `?.()`", "Improve startup speed"]);
    expect(post(notes)).toContain("• `?.` → `?.()`");
  });
});

describe("a sub-item that only says its change breaks or closes a hole", () => {
  const breaking = ["This is a breaking change.", "Breaking change", "(breaking)", "**BREAKING**", "破坏性变更", "破壊的変更です", "호환성이 깨지는 변경입니다"];
  it.each(breaking)("%s: the change above it breaks, and the line is none of its own", (line) => {
    const notes = ["## Changes", "", "- Remove the `legacy` option from the config loader", `  - ${line}`, "- Add dark mode to the settings page", "- Fix path handling in the archive reader"].join("\n");
    const entries = readNotesModel(notes).entries;
    expect(entries.map((entry) => entry.text)).toEqual(["Remove the `legacy` option from the config loader", "Add dark mode to the settings page", "Fix path handling in the archive reader"]);
    expect(entries[0]?.kind).toBe("breaking");
    const first = composePosts(release(notes, PROJECT), { thread: true }).posts[0]?.text ?? "";
    expect(first).toContain("Remove the `legacy` option");
    expect(first).toMatch(/Breaking/u);
  });

  it("a security line makes it a security fix, keeping the advisory it names", () => {
    const notes = ["## Bug Fixes", "", "- Fix path handling in the archive reader", "  - This fixes CVE-2024-1234", "- Fix tooltip flicker", "- Fix the zip reader", "  - Security fix"].join("\n");
    const entries = readNotesModel(notes).entries;
    expect(entries.map((entry) => [entry.text, entry.kind])).toEqual([
      ["Fix path handling in the archive reader (CVE-2024-1234)", "security"],
      ["Fix tooltip flicker", "fix"],
      ["Fix the zip reader", "security"],
    ]);
    expect(entries[0]?.label).toBe("Security");
  });

  it("a detail that says more stays a detail", () => {
    const notes = ["- Remove the `legacy` option", "  - This is a breaking change for plugins that read it."].join("\n");
    expect(readNotesModel(notes).entries.map((entry) => entry.kind)).toEqual(["removal"]);
  });
});

describe("headings with nothing to show", () => {
  const KOREAN = [
    "## 릴리스 25194 {#25194}",
    "",
    "### 새로운 기능",
    "",
    "- 설정 화면에 다크 모드 추가",
    "- 파일 검색 속도 개선",
    "",
    "### 임베드된 기술",
    "",
    "| 구성 요소 | 버전 |",
    "| --- | --- |",
    "| Chromium | 120 |",
    "",
    "### 알려진 문제",
    "",
    "- 일부 장치에서 충돌이 발생할 수 있습니다.",
    "",
    "### 수정 사항",
    "",
    "없음.",
  ].join("\n");

  it("never become entries, labels or counted changes", () => {
    const entries = readNotesModel(KOREAN).entries;
    expect(entries.map((entry) => entry.text)).toEqual(["설정 화면에 다크 모드 추가", "파일 검색 속도 개선"]);
    const text = post(KOREAN);
    expect(text).not.toMatch(/릴리스 25194|임베드된 기술|알려진 문제|없음|more/u);
  });

  it("in English: a table, a placeholder, a pointer, known issues", () => {
    const notes = [
      "## Release 25194",
      "",
      "### New features",
      "",
      "- Add dark mode to the settings page",
      "",
      "### Embedded technologies",
      "",
      "The following components are embedded:",
      "",
      "| Component | Version |",
      "| --- | --- |",
      "| Chromium | 120 |",
      "",
      "### Bundled runtime versions",
      "",
      "See the [runtime page](https://example.com/runtime) for details.",
      "",
      "### Known Issues",
      "",
      "Some devices may crash on start.",
      "",
      "### Deprecations",
      "",
      "- None",
      "",
      "**Known issues:**",
      "",
      "- Sync may stall on slow networks",
    ].join("\n");
    expect(texts(notes)).toEqual(["Add dark mode to the settings page"]);
  });

  it.each(["既知の問題", "已知问题", "Known Issues"])("%s holds no change of this release", (heading) => {
    const notes = ["### Fixes", "", "- Fix crash on start", "", `### ${heading}`, "", "- Sync may stall on slow networks"].join("\n");
    expect(texts(notes)).toEqual(["Fix crash on start"]);
  });

  it.each(["## 릴리스 25194 {#25194}", "## リリース 1.2.0", "## 版本 1.2.0", "## 1.2.0 릴리스"])("%s labels nothing under it", (heading) => {
    const notes = [heading, "", "This release adds a dark mode to the settings page.", "", "- Add export to MusicXML"].join("\n");
    expect(readNotesModel(notes).entries.map((entry) => entry.label)).toEqual([null, null]);
  });
});

describe("prose that names no change", () => {
  it.each([
    "MLflow 2.14.3 is a patch release that addresses bug fixes and additional documentation for released features",
    "Foo 3.1 is a maintenance release with several bug fixes.",
    "Various bug fixes and improvements",
    "This is a patch release that addresses bug fixes",
  ])("%s ranks last", (sentence) => {
    expect(proseScore(sentence)).toBe(-1);
  });

  it("a sentence that names a change does not", () => {
    expect(proseScore("Foo 3.1 adds a `--json` flag to every command.")).toBeGreaterThan(0);
    expect(proseScore("This release adds YAML configs.")).toBeGreaterThan(0);
  });

  it("does not lead the post; alone it is still shown", () => {
    const notes = ["MLflow 2.14.3 is a patch release that addresses bug fixes and additional documentation for released features", "", "- Fix model registry search with special characters", "- Add docs for the tracing API"].join("\n");
    const first = single(notes, PROJECT);
    expect(first).not.toContain("patch release");
    expect(first).toContain("Fix model registry search");
    expect(composePosts(release("Various bug fixes and improvements", PROJECT)).posts[0]?.text).toContain("Various bug fixes and improvements");
  });
});

describe("a changelog heading over the notes' only list", () => {
  it.each(["## Full Changelog", "## 📝 Changelog", "## Change Log"])("%s: its items are the changes", (heading) => {
    const notes = ["Maintenance release.", "", heading, "", "- Add support for YAML configs", "- Fix crash on empty input"].join("\n");
    expect(texts(notes)).toContain("Add support for YAML configs");
    expect(readNotesModel(notes).entries.find((entry) => entry.text.startsWith("Add support"))?.kind).toBe("feature");
  });
});
