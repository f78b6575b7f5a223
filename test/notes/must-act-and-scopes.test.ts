// Must-act changes the notes do not call breaking, commit scopes that are no kind, and repository-only housekeeping.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";

const kinds = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("must-act changes without the word breaking", () => {
  it("a runtime dropped or a package to install or swap is breaking in a minor release", () => {
    const notes = "## 1.4.0\n\n### Changed\n\n- Drop Ruby 2.7\n- Render tables faster\n\n### Other\n\n- Now requires @acme/date-kit to be installed\n- Uses fast-xml-kit instead of old-xml-kit\n- 차트 라이브러리를 chart-one에서 chart-two로 변경하였습니다.\n";
    expect(kinds(notes).filter((line) => line.startsWith("breaking|"))).toHaveLength(4);
  });
});

describe("a commit scope under Bug Fixes names an area, not a kind", () => {
  it("vuln:, auth: and security: scopes stay fixes; a hole named in the words is a security fix", () => {
    const notes = "### Bug Fixes\n\n* **vuln:** show LOW when vulnerability data is absent\n* **security:** keep the proxy setting\n* **auth:** escape the XSS in the login page\n";
    expect(kinds(notes).map((line) => line.split("|")[0])).toEqual(["fix", "fix", "security"]);
  });
});

describe("repository-only work is housekeeping", () => {
  it("a feat that only touches the README and tests, and a deleted bot config, are internal", () => {
    expect(readItem("feat: add a section to README and type hints in tests").kind).toBe("internal");
    expect(readItem("Delete renovate.json").kind).toBe("internal");
    // What a tool does with such files is its product.
    expect(readItem("feat: add a README renderer plugin").kind).toBe("feature");
  });
});
