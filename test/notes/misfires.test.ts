// Rules of this round that must not fire on what only looks like their cases: a step said not to be needed, a
// "Limits" heading over changes to limits, a change sorted "- by date", a German sentence wrapped after "mit", a
// change that opens with "...", a failure a change ends, and French and Spanish filler the vague rule missed.
import { describe, expect, it } from "vitest";
import { issueDumpsAsLists } from "../../src/notes/formats/issue-dumps.js";
import { readNotesModel } from "../../src/notes/model.js";
import { setupBreakage } from "../../src/notes/kinds/setup-breaks.js";
import { requiresUpgradeStep } from "../../src/notes/kinds/upgrade-steps.js";
import { titledWrappedItems } from "../../src/notes/formats/wrapped-titles.js";

const kinds = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

describe("an upgrade step said not to be needed", () => {
  it.each([
    "No database migrations are required for this release.",
    "This release does not require a change to the web server configuration.",
    "Kein Datenbankupgrade ist erforderlich.",
    "本次更新不需要执行数据库迁移。",
    "DB 업그레이드가 필요하지 않습니다.",
  ])("'%s' is no step", (text) => {
    expect(requiresUpgradeStep(text)).toBe(false);
  });

  it("a step with a 'no' elsewhere in its sentence is still one", () => {
    expect(requiresUpgradeStep("Existing installations must run the database upgrade; it takes no more than a minute.")).toBe(true);
    expect(requiresUpgradeStep("기존 설치는 파일 반영 후 관리자 DB업그레이드가 필요합니다.")).toBe(true);
  });
});

describe("headings and lines that only look like the notes' own parts", () => {
  it("a bare 'Limits' heading keeps the changes under it", () => {
    const notes = "## Features\n\n- Add a dark theme\n\n## Limits\n\n- Raise the request body limit to 10 MB\n- Add a per-user rate limit\n";
    expect(kinds(notes).map((line) => line.split("|")[1])).toEqual(["Add a dark theme", "Raise the request body limit to 10 MB", "Add a per-user rate limit"]);
  });

  it("'- by date' is how a change sorts, not who made it", () => {
    expect(kinds("### Features\n\n- Sort the session list - by date\n")).toEqual(["feature|Sort the session list - by date"]);
  });

  it("a line opening with '...' after a numbered list is a change unless it says more were left out", () => {
    const source = "Bugfixes:\n#839 Fix the tax report\n#828 Fix recurring invoices\n... plus a new `--fast` flag for the exporter\n";
    expect(issueDumpsAsLists(source)).toContain("--fast");
    expect(issueDumpsAsLists("Bugfixes:\n#839 Fix the tax report\n#828 Fix recurring invoices\n... und viele weitere gemergete PRs\n")).not.toContain("viele");
  });

  it("a German sentence wrapped after a preposition gets no colon", () => {
    const source = [
      "- Beim Speichern von Rechnungen mit",
      "  Skonto wurde der Betrag falsch gerundet. Das ist jetzt behoben und",
      "  wird beim nächsten Speichern korrigiert.",
      "",
    ].join("\n");
    expect(titledWrappedItems(source)).toBe(source);
  });
});

describe("breaking changes ranked by what stops a setup", () => {
  it("a failure the change ends ranks as no failure", () => {
    expect(setupBreakage("The agent no longer fails at startup when the key is missing")).toBe(0);
    expect(setupBreakage("Agents with the removed key in `agent.toml` now fail at startup")).toBe(2);
  });
});

describe("vague filler the first word lists missed", () => {
  it.each(["Divers petits correctifs", "Petites corrections", "Pequeñas correcciones"])("'%s' is housekeeping", (vague) => {
    expect(kinds(`- ${vague}\n- Ajout du contenu de la page Santé\n`)[0]).toBe(`internal|${vague}`);
  });
});
