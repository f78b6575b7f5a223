// Notes that are not a Markdown list of changes: a notice page's own title, its baseline line and its sections about
// verification or helping out; a plain-text changelog's pasted issue numbers; steps users must take to upgrade; and
// breaking changes ranked by how hard they hit a running setup.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { isBackgroundHeading } from "../../src/notes/prose/blog-sections.js";
import { issueDumpsAsLists } from "../../src/notes/formats/issue-dumps.js";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { readNotesModel } from "../../src/notes/model.js";
import { setupBreakage } from "../../src/notes/kinds/setup-breaks.js";
import { requiresUpgradeStep } from "../../src/notes/kinds/upgrade-steps.js";

const entries = (notes: string, version = "2.4.0"): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => `${entry.kind}|${entry.label ?? ""}|${entry.text}`);

describe("a notice page's own title labels nothing", () => {
  it("a title that names the version and calls itself a notice is the page's title, in any language", () => {
    for (const title of ["Acme 2.4.0 배포 안내", "Acme 2.4.0 release announcement", "Acme 2.4.0 リリースのお知らせ", "Acme 2.4.0 发布公告"]) {
      const notes = `# ${title}\n\nA short summary of the release.\n\n## Changes\n\n- Add a CSV export\n- Fix the login form\n`;
      const labels = entries(notes).map((line) => line.split("|")[1]);
      expect(labels.some((label) => label?.includes("2.4.0")), title).toBe(false);
    }
  });
});

describe("a line that says what release the changes are counted from is housekeeping", () => {
  it("in Korean, English, Japanese, Chinese and German", () => {
    for (const line of ["변경 기준은 5.6.41입니다.", "Changes are relative to 5.6.41.", "Compared with v2.3.0", "5.6.41 からの変更点", "相对于 5.6.41 的变更", "Änderungen seit 4.0.0"]) {
      expect(isReleaseMetadata(line), line).toBe(true);
    }
  });

  it("a kind's heading or a sentence that says more stays", () => {
    expect(isReleaseMetadata("Fixes since v2.20")).toBe(false);
    expect(isReleaseMetadata("Changes since 5.6.41 make the mailer retry twice.")).toBe(false);
  });
});

describe("parts about helping out or about how the release was checked are no changes", () => {
  it("community and verification titles are background", () => {
    for (const title of ["Helping out", "How you can help", "Sponsors", "Get involved", "Stay in touch", "参与贡献", "ご協力のお願い", "Verification and limits", "Known caveats", "검증과 한계", "検証と制限"]) {
      expect(isBackgroundHeading(title), title).toBe(true);
    }
  });

  it("a feature's name that only shares a word stays", () => {
    for (const title of ["Post-release verification", "Validation", "Sponsor logos in the README renderer"]) expect(isBackgroundHeading(title), title).toBe(false);
  });

  it("a blog post's 'Helping out' part and a notice's '검증과 한계' part show nothing", () => {
    const notes = "## Faster builds\n\nBuilds now reuse the cache between runs.\n\n## Helping out\n\nYou can help by reporting issues. You can also sponsor the project.\n\n## 검증과 한계\n\n격리 DB 회귀 검사를 사용합니다.\n";
    const texts = entries(notes).join("\n");
    expect(texts).not.toMatch(/Helping out|sponsor|검증/u);
  });
});

describe("a pasted list of numbered issues", () => {
  it("becomes a list under its lead-in, without the numbers, the tracker's address or the closing remark", () => {
    const notes = "Bugfixes von Github-Issues (https://github.com/acme/erp/issues/):\n#839 Login Felder fehlerhaft\n#828 Speichern kaputt\n\nÄnderungshistorie laut Github  (https://github.com/acme/erp/)\n\n#631 CSV-Export für Aufträge\n#645 CAMT.053 Bankimport\n... und viele weitere gemergete PRs\n";
    const out = issueDumpsAsLists(notes);
    expect(out).toContain("- Login Felder fehlerhaft");
    expect(out).toContain("Änderungshistorie laut Github:");
    expect(out).not.toMatch(/#\d|viele weitere|github\.com\/acme\/erp\/\)/u);
  });

  it("no post leads with the dump of numbers", () => {
    const notes = "Neue Features:\n\n- Export nach CSV für Aufträge.\n\nBugfixes von Github-Issues (https://github.com/acme/erp/issues/):\n#839 Login Felder fehlerhaft\n#828 Speichern kaputt\n#821 Upgrade schlägt fehl\n";
    const { posts } = composePosts({ notes, version: "4.1.0", tag: "v4.1.0", name: "v4.1.0", repo: "erp", owner: "acme", url: "https://example.org/r/4.1.0" }, { thread: true });
    expect(posts.map((post) => post.text).join("\n")).not.toMatch(/#8\d\d|github\.com\/acme/u);
  });
});

describe("steps users must take to upgrade are breaking", () => {
  it("a DB upgrade or a server's configuration to change, in English, German, Korean, Japanese and Chinese", () => {
    for (const text of [
      "Static files now live in public/. This requires a change to the web server configuration.",
      "A database upgrade is required after updating the files.",
      "Statische Dateien befinden sich nun im Unterverzeichnis public/. Dies erfordert eine Änderung der Webserver-Konfiguration.",
      "기존 설치는 파일 반영 후 관리자 DB업그레이드가 필요합니다.",
      "既存の環境では DB のアップグレードが必要です。",
      "升级后需要执行数据库升级。",
    ]) {
      expect(requiresUpgradeStep(text), text).toBe(true);
    }
  });

  it("a fix of the upgrade or an option added is no step", () => {
    expect(requiresUpgradeStep("Fix the database upgrade is required message")).toBe(false);
    expect(requiresUpgradeStep("Add an option to configure the web server port")).toBe(false);
  });

  it("filed among features, or said in the intro, it leads the first post", () => {
    const listed = "Größere neue Features:\n\n- Inventur-Zählungen erfassen.\n\n- Statische Dateien befinden sich nun im Unterverzeichnis public/.\n  Dies erfordert eine Änderung der Webserver-Konfiguration.\n";
    expect(entries(listed).find((line) => line.includes("public/"))?.split("|")[0]).toBe("breaking");
    const intro = "# Acme 5.6.42 배포 안내\n\n메일 발송 남용을 줄입니다. **기존 설치는 파일 반영 후 관리자 DB업그레이드가 필요합니다.**\n\n## 변경 사항\n\n- 비밀번호 찾기 요청에 한도를 적용합니다.\n- 주문 필드 복원 시 숫자 0을 보존합니다.\n";
    const { posts } = composePosts({ notes: intro, version: "5.6.42", tag: "v5.6.42", name: "v5.6.42", repo: "board", owner: "acme", url: "https://example.org/r/5.6.42" }, {});
    expect(posts[0]?.text).toContain("DB업그레이드가 필요합니다");
  });
});

describe("breaking changes ranked by how hard they hit a running setup", () => {
  it("a setup that fails at startup, then config or API taken away, then a change of behaviour", () => {
    expect(setupBreakage("Agents with the removed key in `agent.toml` now fail at startup.")).toBe(2);
    expect(setupBreakage("The agent no longer reads the `sgroup/<name>` etcd config scope.")).toBe(1);
    expect(setupBreakage("Drop the id-addressed write endpoints from REST v2; use the by-names endpoints instead.")).toBe(1);
    expect(setupBreakage("Schedule all workloads within a single tick in priority order instead of dropping lower-priority workloads")).toBe(0);
  });

  it("the post leads with what stops a deployment, not with the least actionable change", () => {
    const notes = [
      "### Breaking Changes",
      "* Schedule all workloads within a single tick in priority order instead of dropping lower-priority workloads",
      "* The agent config key `scaling-group` is removed; agents that still set it now fail at startup.",
      "",
      "### Features",
      "* Add a session lifetime checker.",
    ].join("\n");
    const { posts } = composePosts({ notes, version: "26.8.0", tag: "26.8.0", name: "26.8.0", repo: "ai", owner: "acme", url: "https://example.org/r/26.8.0" }, {});
    const text = posts[0]?.text ?? "";
    const startup = text.indexOf("scaling-group");
    expect(startup).toBeGreaterThan(-1);
    const schedule = text.indexOf("Schedule all workloads");
    expect(schedule === -1 || startup < schedule).toBe(true);
  });
});

describe("a hard-wrapped item's title line", () => {
  const notes = [
    "Mittelgroße neue Features:",
    "",
    "- Verbundene Kunden/Lieferanten",
    "  Man kann jetzt Kunden und Lieferanten verbinden und so Geschäftspartner",
    "  abbilden, die in beiden Rollen auftreten. Dabei werden dann die Namen",
    "  zwischen beiden synchronisiert.",
    "",
    "- Im Bericht VK-Rechnungen/Debitorenbuchungen und",
    "  EK-Rechnungen/Kreditorenbuchungen wird neben der Projektnummer des Belegs",
    "  auch die Projektbeschreibung angezeigt.",
    "",
  ].join("\n");

  it("ends with the colon a title has, where the next line's first word would have fit on it", () => {
    const texts = entries(notes, "4.1.0").map((line) => line.split("|")[2]);
    expect(texts[0]).toMatch(/^Verbundene Kunden\/Lieferanten: Man kann jetzt/u);
  });

  it("a line wrapped because it was full carries on", () => {
    const texts = entries(notes, "4.1.0").map((line) => line.split("|")[2]);
    expect(texts[1]).toMatch(/^Im Bericht VK-Rechnungen\/Debitorenbuchungen und EK-Rechnungen/u);
  });
});
