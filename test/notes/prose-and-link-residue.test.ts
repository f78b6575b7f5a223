// Prose and blog notes, and what removed links leave behind: a sentence that leans on the one before is no item, a
// blog part titled by an area and a code name is said by its sentence, tours, lineage and plans are no changes, and
// a lead-in to links that are gone goes with them. Notes written for these tests.
import { describe, expect, it } from "vitest";
import { isBackgroundHeading, keySentence } from "../../src/notes/prose/blog-sections.js";
import { readNotesModel } from "../../src/notes/model.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const joinedPosts = (notes: string, thread = false): string => posts(notes, { ...PROJECT, thread }).join("\n---\n");
const texts = (markdown: string): string[] => readNotesModel(markdown).entries.map((entry) => entry.text);

describe("a sentence that leans on the one before", () => {
  it("is not a part's key sentence: a connective needs its predecessor", () => {
    const candidates = ["`Frame::flush` no longer copies the grid for every frame.", "Instead, rendering now walks the grid with an iterator."];
    expect(keySentence("Performance: Fewer Copies", candidates)).toBe("`Frame::flush` no longer copies the grid for every frame.");
    // (mendP) A connective that only links is cut where the rest states a change: statedChange owns that rule.
    expect(keySentence("Performance: Fewer Copies", ["However, rendering now walks the grid with an iterator."])).toBe("Rendering now walks the grid with an iterator.");
    expect(keySentence("차트 검색", ["이쯤에서 차트 검색이 새로 추가되었다는 것을 알 수 있다."])).toBeNull();
    expect(keySentence("チャート検索", ["また、チャート検索に対応しました。"])).toBeNull();
  });
});

describe("a blog part titled by its area and a code name", () => {
  it("is said with its sentence, not as a bare label", () => {
    const notes = ["# Widget 1.2.0", "", "## Widgets: `Fill`", "", "Widget now includes a `Fill` widget for painting every cell in an area with one symbol.", "", "```rust", "Fill::new('x');", "```", ""].join("\n");
    expect(texts(notes)).not.toContain("Widgets: `Fill`");
    expect(texts(notes).join("\n")).toContain("now includes a `Fill` widget");
  });
});

describe("parts of a launch post that tell no change", () => {
  it("tours, a version's lineage and an old version's support plan are background", () => {
    for (const title of ["Let's take a look!", "함께 살펴보자!", "헬름 3와 헬름 1, 2와의 관계", "Helm 3 and its relationship to Helm 1 and 2", "헬름 2 지원 계획", "Helm 2 support plan"]) expect(isBackgroundHeading(title)).toBe(true);
    for (const title of ["Table: Multi-column Cells", "Support plan templates in `init`"]) expect(isBackgroundHeading(title)).toBe(false);
  });
  it("the future of the project is plans", () => {
    const notes = ["## 새로운 기능", "", "- 차트 검색 명령 추가", "", "## 헬름의 미래", "", "핵심 관리자들은 다음 단계에서 새로운 기능을 볼 수 있다고 말한다.", ""].join("\n");
    expect(joinedPosts(notes, true)).not.toContain("미래");
    const english = ["## Features", "", "- Add a chart search command", "", "## The future of Widget", "", "Next we will add a new plugin system that lets users extend it.", ""].join("\n");
    expect(joinedPosts(english, true)).not.toContain("plugin system");
  });
});

describe("what a removed link leaves behind", () => {
  it("a sentence leading in to a link that is gone goes whole", () => {
    const notes = ["This release fixes a denial of service via multipart requests.", "", "You can view the full security advisory:", "[GHSA-f96h-pmfr-66vw](https://github.com/octo/widget/security/advisories/GHSA-f96h-pmfr-66vw)", "", "### Fixed", "", "- Add `max_part_size` to the parser", ""].join("\n");
    expect(joinedPosts(notes)).not.toContain("You can view");
    expect(joinedPosts(notes, true)).not.toContain("You can view");
    expect(joinedPosts(notes)).toContain("denial of service");
  });
  it("a lead-in to a list of pages goes with the list", () => {
    const notes = ["## Features", "", "- Add a chart search command", "", "Here are some resources for Widget 1.2:", "", "- [Docs](https://example.org/docs)", "- [FAQ](https://example.org/faq)", "- [Install](https://example.org/install)", "- [#widget-users](https://slack.example.org/) to chat with the developers", ""].join("\n");
    const all = joinedPosts(notes, true);
    expect(all).not.toContain("resources");
    expect(all).not.toContain("widget-users");
    expect(all).toContain("chart search");
  });
  it("an address run into the next word ends where it ends", () => {
    const notes = ["## 새로운 기능", "", "- 차트 검색 명령 추가", "- 버그는 <https://github.com/octo/widget/issues>에서 신고", ""].join("\n");
    expect(texts(notes).join("\n")).toContain("https://github.com/octo/widget/issues 에서");
  });
  it("an accented or Cyrillic letter stays part of the address", () => {
    for (const address of ["https://fr.wikipedia.org/wiki/Café", "https://ru.wikipedia.org/wiki/Юникод"]) {
      expect(texts(`## Features\n\n- Link the glossary at ${address} from the help page\n`).join("\n")).toContain(address);
    }
  });
  it("a change that ends on a link keeps its words", () => {
    const notes = ["## Features", "", "- Identifiers now accept the full Unicode 15 range: [UAX 31](https://unicode.org/reports/tr31/)", "- New dark theme available for all dashboards: [Preview](https://example.org/dark)", ""].join("\n");
    const all = joinedPosts(notes, true);
    expect(all).toContain("Identifiers now accept the full Unicode 15 range");
    expect(all).toContain("New dark theme available for all dashboards");
  });
});

describe("a security problem told in prose, then its fix", () => {
  const notes = [
    "CVE-2031-1234: Some template sequences expand their arguments a second time. This second expansion would run substitutions, if enabled.",
    "",
    "This is fixed in the renderer itself by no longer expanding these arguments twice.",
    "",
    "A regression in reading standard input was introduced and has been fixed in later versions.",
    "",
  ].join("\n");
  it("the fix is the security change, said without the word it leans on", () => {
    const fix = readNotesModel(notes).entries.find((entry) => entry.text.includes("no longer expanding"));
    expect(fix?.kind).toBe("security");
    expect(fix?.text).toBe("Fixed in the renderer itself by no longer expanding these arguments twice.");
    expect(joinedPosts(notes, true)).toContain("Fixed in the renderer itself");
  });
  it("(guard) a fix after no security note stays as it was", () => {
    const plain = ["The parser used to drop empty lines.", "", "This is fixed by keeping them.", ""].join("\n");
    expect(readNotesModel(plain).entries.find((entry) => entry.text.includes("keeping"))?.kind).not.toBe("security");
  });
});
