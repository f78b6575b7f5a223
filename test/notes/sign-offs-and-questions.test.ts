// Lines that sit where changes are listed but say none: a letter's close, a user's question, a tracker's topic, a
// heading that names the notes, an area's bare title. None is posted under a label as a change.
import { describe, expect, it } from "vitest";
import { closesLetter, isNoChangeItem } from "../../src/notes/kinds/no-change-items.js";
import { namesNotesPart } from "../../src/notes/prose/document-parts.js";
import { single, thread } from "../support/composed.js";

describe("a letter's close", () => {
  it("sign-offs, the team's signature and the call to update close a letter in any language", () => {
    for (const text of ["Cheers,", "The PyPy Team", "— the Foo maintainers", "Das Foo-Team", "L'équipe Foo", "El equipo de Foo", "Foo 团队", "Foo チーム", "Please update, and continue to help us make foo better.", "We recommend all users upgrade.", "Happy upgrading!"])
      expect(closesLetter(text), text).toBe(true);
    for (const text of ["Add team management", "支持创建团队", "新增团队管理", "Please update the `config.yml` key `team` before upgrading to 3.0 because the old key is gone.", "The team page now loads faster."])
      expect(closesLetter(text), text).toBe(false);
  });

  it("a blog post's last part keeps no sign-off as a feature", () => {
    const notes = "Foo v1.2: release\n=================\n\nThis is a bug-fix release that fixes a crash in the parser.\n\nWhat else is new?\n=================\n\nPlease update, and continue to help us make foo better.\n\nCheers,\nThe Foo Team\n";
    for (const post of [single(notes, { repo: "foo", version: "1.2" }), ...thread(notes, { repo: "foo", version: "1.2" })]) {
      expect(post).not.toMatch(/Cheers|The Foo Team|Please update/u);
      expect(post).not.toContain("Features:");
    }
  });
});

describe("a tracker's question or topic", () => {
  it("is no change, in any language; under fixes a question still names its bug", () => {
    for (const text of ["Are there plans to support Qt input hints?", "GtkInputPurpose를 반영할 계획이 있나요?", "한글 레이아웃 변경이 가능한지에 대해서", "리브레오피스 자동고침 관련", "VsCode 설정 문의", "入力モードの切り替えについて", "能否支持 Wayland？", "Question about the plugin API"])
      expect(isNoChangeItem(text), text).toBe(true);
    for (const text of ["Add Wayland support", "한글 입력 오류 수정", "修复 Wayland 下无法输入的问题", "Support `foo?` syntax", "Fix the crash about dialogs"]) expect(isNoChangeItem(text), text).toBe(false);
    expect(isNoChangeItem("Crash when saving an empty file?", "fix")).toBe(false);
  });

  it("questions under enhancements are not posted as new features", () => {
    const notes =
      "**Implemented enhancements:**\n\n- 입력기에 반영할 계획이 있나요? [\\#68](https://github.com/octo/ime/issues/68)\n- 한글 레이아웃 조그만 변경이 가능한지에 대해서 [\\#44](https://github.com/octo/ime/issues/44)\n- 리브레오피스 자동고침 관련 [\\#41](https://github.com/octo/ime/issues/41)\n- Add an ARM64 build [\\#40](https://github.com/octo/ime/issues/40)\n\n**Fixed bugs:**\n\n- Cannot install on Debian 12 Bookworm [\\#73](https://github.com/octo/ime/issues/73)\n";
    const post = single(notes, { repo: "ime", version: "1.3.5" });
    for (const text of ["계획이 있나요", "가능한지에 대해서", "자동고침 관련"]) expect(post).not.toContain(text);
    expect(post).toContain("Add an ARM64 build");
    expect(post).toContain("Cannot install on Debian 12 Bookworm");
  });

  it("a question typed as a fix stays, whatever section files it", () => {
    const post = single("## Changes\n\n- FIX: scipy 1d indexing tripped up numpy?\n- Are there plans to support Qt input hints?\n", { repo: "graphs", version: "3.4.0" });
    expect(post).toContain("scipy 1d indexing tripped up numpy?");
    expect(post).not.toContain("plans to support");
  });
});

describe("a heading that names the notes", () => {
  it("names the notes in the languages notes come in, never a change", () => {
    for (const text of ["⚠️ Notes de version", "Release notes", "Wichtige Hinweise", "Versionshinweise", "Notas de la versión", "Notas da versão", "リリースノート", "发布说明", "릴리스 노트"]) expect(namesNotesPart(text), text).toBe(true);
    for (const text of ["Notes app redesign", "Release notes are now generated", "Notas adhesivas"]) expect(namesNotesPart(text), text).toBe(false);
  });

  it("is not posted as the breaking change; the changes under it are", () => {
    const notes = "### 🚀 Nouveautés\n\n- Ajout d'un export CSV des observations\n\n### ⚠️ Notes de version\n\n**Authentification 🔑**\n\n- Ajout de contraintes d'unicité sur la colonne `identifiant`\n- Désormais les mots de passe ont des contraintes de sécurité par défaut\n";
    const post = single(notes, { repo: "geo", version: "2.4.0" });
    expect(post).not.toMatch(/•\s*Notes de version/u);
    expect(post).toContain("contraintes d'unicité");
  });
});

describe("a part titled only by its area", () => {
  it("is said with its sentence that says what was done, never as the bare title", () => {
    // Parts titled by one series of areas ("SIG …"), each explained in prose.
    const notes =
      "The Foo Community is happy to announce the release of v1.8.\n\n### SIG Compute\nThe Confidential Computing Working Group has introduced improvements to support Intel TDX Attestation in Foo; confidential VMs can now certify that they run on confidential hardware.\n\n### SIG Storage\nThe big news on the storage front is two new features: ContainerPath volumes and incremental backups.\n\n### SIG Networking\nThe `passt` binding has been promoted from a plugin to a core binding.\n";
    const posts = thread(notes, { repo: "foo", version: "1.8.0" }).join("\n");
    expect(posts).not.toMatch(/•\s*SIG Compute\s*$/mu);
    expect(posts).not.toMatch(/•\s*SIG Storage\s*$/mu);
    expect(posts).toContain("SIG Compute: The Confidential Computing Working Group has introduced");
  });

  it("is no item when its part says no change in a sentence of its own", () => {
    const notes =
      "### SIG Compute\nThe Confidential Computing Working Group has introduced support for Intel TDX Attestation.\n\n### SIG Networking\nYou can now live update NAD references without a VM restart.\n\n### SIG Scale and Performance\nThis estimates the incremental memory cost for each additional VMI added to the system.\n\nFor those of you at KubeCon this week, we have a whole bunch of talks.\n";
    const posts = thread(notes, { repo: "foo", version: "1.8.0" }).join("\n");
    expect(posts).not.toMatch(/SIG Scale and Performance/u);
    expect(posts).not.toContain("For those of you at KubeCon");
    expect(posts).toContain("SIG Networking: You can now live update NAD references");
  });
});
