// Headings that name a part of the notes document are no changes: a summary or overview frames the changes, a part on
// starting, backing or auditing the project holds none, an area's updates title a list, and a bare name goes with the
// change under it. Made-up notes in the shape of long RST, blog and hand-written notes.
import { describe, expect, it } from "vitest";
import { posts as composedPosts } from "../support/composed.js";
import { framesDocument, namesAreaUpdates, namesSecondaryList, namesSidePart } from "../../src/notes/prose/document-parts.js";

const posts = (notes: string, thread = true): string => composedPosts(notes, { repo: "kite", owner: "acme", version: "2.0.0", thread }).join("\n");

describe("a part that frames the changes", () => {
  it("is neither posted nor a label, and its prose is no change", () => {
    const notes = [
      "Release summary",
      "===============",
      "",
      "kite keeps its documentation online. API stability is not guaranteed for new features.",
      "",
      "The Highlights",
      "==============",
      "",
      "Treatment Effect",
      "----------------",
      "`TreatmentEffect` estimates treatment effects for a binary treatment using five methods.",
      "",
      "What's new - an overview",
      "========================",
      "",
      "The following lists the main new features of kite 2.0.0.",
      "",
      "- Fix a crash in the solver",
      "",
    ].join("\n");
    const text = posts(notes);
    expect(text).not.toMatch(/Release summary|What's new - an overview|API stability/u);
    expect(text).toContain("`TreatmentEffect` estimates treatment effects");
  });

  it("is read in other languages", () => {
    for (const title of ["Release summary", "Release overview", "Release-Zusammenfassung", "Résumé de la version", "Resumen de la versión", "Resumo da versão", "版本概述", "リリース概要", "릴리스 개요"]) expect(framesDocument(title)).toBe(true);
    // A bare "Summary" may hold the notes' own one-line summary.
    for (const title of ["Summary", "概要", "Summary cards in the dashboard", "Faster overview page"]) expect(framesDocument(title)).toBe(false);
  });
});

describe("a part on starting, backing or auditing the project", () => {
  it("goes with what it holds", () => {
    const notes = "## How to start\nWay03/Way05\n\n## Changes\n1. Typing status events added\n2. Way05 can start from a .bat file\n\n## Support development\n\nConsider donating to support our work.\n";
    const text = posts(notes);
    expect(text).toContain("Typing status events added");
    expect(text).not.toMatch(/How to start|Way03|Support development|donating/u);
  });

  it("is read in other languages", () => {
    for (const title of ["启动的方式", "Support development", "Donate", "Spenden", "寄付", "후원하기", "Security Audit", "安全审计", "Contributors"]) expect(namesSidePart(title)).toBe(true);
    for (const title of ["Support for Wayland", "Start menu integration", "Audit log export"]) expect(namesSidePart(title)).toBe(false);
  });
});

describe("an area's updates over its list", () => {
  it("titles the list, no change of its own", () => {
    expect(namesAreaUpdates("Stdlib の更新")).toBe(true);
    expect(namesAreaUpdates("Standard library updates")).toBe(true);
    expect(namesAreaUpdates("Fix broken updates")).toBe(false);
    const text = posts("## Ruby Box\n\nRuby Box adds isolated namespaces for definitions.\n\n## Stdlib の更新\n\nここでは注目すべき機能変更のみを記載します。\n\n* `Net::HTTP` のタイムアウトを追加しました。\n");
    expect(text).not.toContain("• Stdlib の更新");
  });
});

describe("a bare name over the change told under it", () => {
  it("goes with the change under it", () => {
    const notes = "## Changes\n\n* Net::HTTP\n\n    * Requests now send a default timeout of 60 seconds.\n\n* `Set` is now a core class.\n";
    const text = posts(notes);
    expect(text).toMatch(/Net::HTTP[:\n]\s*(?:• )?Requests now send a default timeout of 60 seconds\./u);
    expect(text).not.toMatch(/• Net::HTTP\n/u);
  });
});

describe("a secondary list", () => {
  it("ranks after the main highlights", () => {
    expect(namesSecondaryList("Other Notable Enhancements")).toBe(true);
    expect(namesSecondaryList("その他の新機能")).toBe(true);
    expect(namesSecondaryList("Highlights")).toBe(false);
    const notes = "## Other Notable Enhancements\n\n- burg option in pacf\n\n## Highlights\n\n- Add multivariate copulas\n";
    const text = posts(notes, false);
    expect(text.indexOf("multivariate copulas")).toBeGreaterThan(-1);
    expect(text.indexOf("multivariate copulas")).toBeLessThan(text.indexOf("burg option") === -1 ? Infinity : text.indexOf("burg option"));
  });
});

describe("a part titled like a document part that states a change", () => {
  it("is a change: how updates happen, a side-part word over a feature, a summary's own sentence", () => {
    const fixes = "\n\n## Fixes\n\n- Fix crash when the config file is empty\n";
    expect(posts(`## Automatic updates\n\nThe app now checks for new versions in the background.${fixes}`)).toContain("The app now checks for new versions in the background.");
    expect(namesAreaUpdates("Over-the-air updates")).toBe(false);
    expect(namesAreaUpdates("자동 업데이트")).toBe(false);
    expect(posts(`## Audit\n\nEvery admin action is now written to a searchable log.${fixes}`)).toContain("Every admin action is now written to a searchable log.");
    expect(posts(`## Donations\n\nCreators can now accept one-time donations on their page.${fixes}`)).toContain("Creators can now accept one-time donations");
    expect(posts(`## How to use\n\nRun \`kite serve --watch\`; the new watch mode replaces the old \`dev\` script.${fixes}`)).toContain("the new watch mode replaces");
    const summary = posts(`## Release summary\n\nThis release adds offline mode and a new plugin API.${fixes}`);
    expect(summary).toContain("This release adds offline mode and a new plugin API.");
    expect(summary).not.toContain("Release summary");
  });

  it("quoted category names in the opening are no headline changes", () => {
    const text = posts('Notes are grouped into "Features" and "Bug fixes" below.\n\n## Features\n\n- Add dark mode\n- Add CSV export\n\n## Bug fixes\n\n- Fix crash on startup\n');
    expect(text).toContain("Add dark mode");
    expect(text).toContain("Fix crash on startup");
    expect(text).not.toMatch(/• Features\n/u);
  });
});
