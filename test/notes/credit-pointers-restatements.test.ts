import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { headingMeaning } from "../../src/notes/kinds/kinds.js";
import { LINK_CLOSE, LINK_OPEN } from "../../src/notes/formats/markdown.js";
import type { Entry } from "../../src/notes/model.js";
import { withoutSectionRestatements } from "../../src/notes/prose/restatements.js";

const link = (words: string): string => `${LINK_OPEN}${words}${LINK_CLOSE}`;
const entry = (text: string, order: number, label: string | null, prose = false): Entry => ({ text, kind: "feature", label, order, prose, paragraph: prose ? order : -1, fluff: false });

describe("a heading that thanks contributors is credit, in any language and with any emoji", () => {
  it.each(["🥳 Community Contributions 🥳", "Community contributions", "External Contributions", "社区贡献", "コミュニティからの貢献", "커뮤니티 기여"])("%s", (heading) => {
    expect(headingMeaning(heading)).toBe("drop");
  });
  it("a change's title that only mentions contributing stays", () => {
    expect(headingMeaning("Contributing guide rewrite")).not.toBe("drop");
  });
});

describe("a key naming a page with only a link after it is a pointer, never a change", () => {
  it.each([`Full Azure Guide: ${link("Setting up an Azure stack")}`, `Documentation: ${link("AzureML orchestrator")}`, `More Information: ${link("MLOps Terraform ZenML blog post")}`, `文档：${link("配置说明")}`])("%s", (line) => {
    expect(cleanText(line)).toBe("");
  });
  it("a commit's lower-case docs scope with a linked subject stays", () => {
    expect(cleanText(`docs: ${link("fix typo in readme")}`)).not.toBe("");
  });
  it("a change that names its guide in words stays", () => {
    expect(cleanText(`New guide: how to deploy on Azure`)).not.toBe("");
  });
});

describe("a pull request's line that restates a section the notes wrote is the same change", () => {
  const sections = [
    entry("Notebook Integration: ZenML now supports running steps defined in notebook cells with remote orchestrators and step operators.", 0, "New Features and Improvements"),
    entry("Reduced Docker Builds with Code Uploads", 1, "New Features and Improvements"),
    entry("ZenML now supports AzureML as an orchestrator, expanding our list of supported cloud platforms.", 2, "AzureML Orchestrator Support", true),
  ];
  it("drops the restating lines and keeps the others", () => {
    const lines = ["Upload code to artifact store", "AzureML orchestrator", "Run steps defined in notebooks with remote orchestrators", "Add terraform as a supported stack deployment provider", "Fix the GCP Workload Identity Federation support"];
    const kept = withoutSectionRestatements([...sections, ...lines.map((text, index) => entry(text, 10 + index, null))]).map((kept) => kept.text);
    expect(kept).toEqual([...sections.map((section) => section.text), "Add terraform as a supported stack deployment provider", "Fix the GCP Workload Identity Federation support"]);
  });
  it("a sibling in the same part of the notes stays, however many words it shares", () => {
    const first: Entry = { ...entry("Add Azerbaijani translation", 0, "Features"), part: 1 };
    const sibling: Entry = { ...entry("Add Tajik and Uzbek translations", 1, null), part: 1 };
    expect(withoutSectionRestatements([first, sibling]).map((kept) => kept.text)).toEqual(["Add Azerbaijani translation", "Add Tajik and Uzbek translations"]);
    expect(withoutSectionRestatements([first, { ...sibling, part: 2 }]).map((kept) => kept.text)).toEqual(["Add Azerbaijani translation"]);
  });
  it("a line before the section, or a breaking one, stays", () => {
    const early = entry("AzureML orchestrator", -1, null);
    const breaking: Entry = { ...entry("AzureML orchestrator", 20, null), kind: "breaking" };
    expect(withoutSectionRestatements([early, ...sections, breaking])).toHaveLength(5);
  });
});
