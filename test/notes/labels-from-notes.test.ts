import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const model = (lines: string[]) => readNotesModel(lines.join("\n")).entries;

describe("labels taken from where the notes put them", () => {
  it("shows a lead-in sentence over its own sub-points as the change, never as their label", () => {
    const entries = model(["## 2.1.0", "", "#### Highlights", "", "- Consistent config loading with a clear precedence order:", "", "  - Environment variables (when enabled)", "  - The project's settings file", "  - Built-in defaults - Fixed loadDefaults() to read the right path", "", "- Add `--quiet` flag"]);
    expect(entries.map((e) => e.text)).toContain("Consistent config loading with a clear precedence order");
    expect(entries.every((e) => !(e.label ?? "").startsWith("Consistent"))).toBe(true);
  });

  it("ends a highlight heading's label where a second list starts right after its own", () => {
    const entries = model(["## 2.1.0", "", "#### Highlights", "", "- New export command for reports", "", "* Speed up startup by lazy loading plugins", "* Update the plugin docs"]);
    expect(entries.find((e) => e.text.startsWith("New export"))?.label).toBe("Highlights");
    expect(entries.find((e) => e.text.startsWith("Speed up"))?.label).not.toBe("Highlights");
  });

  it("makes no label of a bracketed area over sub-items", () => {
    const entries = model(["## 2.0.0", "", "- 설정 화면을 개선하였습니다.", "- [로그인]", "  - 카카오 로그인을 추가하였습니다.", "  - 네이버 로그인을 추가하였습니다."]);
    expect(entries.some((e) => (e.label ?? "").includes("["))).toBe(false);
    expect(entries.map((e) => e.text)).toContain("카카오 로그인을 추가하였습니다.");
  });
});
