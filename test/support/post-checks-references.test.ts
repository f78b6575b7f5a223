// Checks for what blind review X saw and the checks missed: a reference to another entry by its place, an advisory id
// alone, field labels whose values went, and a plain-text group heading without its changes.
import { describe, expect, it } from "vitest";
import { defectsOf } from "./defects-of.js";
import { checkPosts } from "./post-checks.js";

describe("references to another entry by its place", () => {
  it("flags them in the languages notes use", () => {
    for (const sentence of ["Siehe folgenden Eintrag.", "See the next entry.", "Same as before, see above.", "Voir ci-dessous.", "См. ниже.", "详见下文。", "下記参照。"]) {
      expect(defectsOf("dangling-lead-in", [`X 2.0 ist da!\n• Die Merkliste wurde neu geschrieben. ${sentence}\n• Neue Suche`]), sentence).toHaveLength(1);
    }
  });
  it("passes sentences that only share the words", () => {
    expect(defectsOf("dangling-lead-in", ["X 2.0 is out!\n• The next entry in the history is now selected\n• Show the following entries in bold"])).toHaveLength(0);
  });
});

describe("an advisory id alone", () => {
  it("flags an item that is only its CVE or GHSA id, with or without a label", () => {
    expect(defectsOf("orphan-link-text", ["Ghostty 1.3.0 is out!\n\nSecurity:\n• CVE-2026-26982."])).toHaveLength(1);
    expect(defectsOf("orphan-link-text", ["X 1.0 is out!\n• Security: GHSA-f96h-pmfr-66vw and CVE-2026-1234"])).toHaveLength(1);
  });
  it("passes an id with what it fixes, or with its link", () => {
    expect(defectsOf("orphan-link-text", ["X 1.0 is out!\n• CVE-2026-26982: escape sequences could run commands"])).toHaveLength(0);
    expect(defectsOf("orphan-link-text", ["X 1.0 is out!\n• CVE-2026-26982 https://github.com/o/r/security/advisories/GHSA-f96h-pmfr-66vw"])).toHaveLength(0);
  });
});

describe("field labels left without their values", () => {
  const notes = "- **Related PR**: [#666](https://github.com/o/r/pull/666) \\\n  **Contributor**: @john \\\n  **Change Log**: 此PR向内置插件添加了镜像配置。\n";
  it("flags labels one after another whose values in the notes were a link or a handle", () => {
    expect(defectsOf("credit-leftover", ["Higress 2.1.11 发布！\n• Related PR: Contributor: Change Log: 此PR向内置插件添加了镜像配置。"], notes)).toHaveLength(1);
  });
  it("passes the item's own text, and scopes that only look like labels", () => {
    expect(defectsOf("credit-leftover", ["Higress 2.1.11 发布！\n• 此PR向内置插件添加了镜像配置。"], notes)).toHaveLength(0);
    expect(defectsOf("credit-leftover", ["X 1.0 is out!\n• Windows: Installer: keep the chosen folder"], "- Windows: Installer: keep the chosen folder\n")).toHaveLength(0);
  });
});

describe("a plain-text group heading without its changes", () => {
  const notes = "1.9.1 - 2026-08-08\n=====\nSource filters\nДобавлена поддержка потоков с параметром codecs.\n\nИнсталлятор\nОбновлен MPC Video Renderer 0.10.7.\n";
  it("flags the heading when none of its changes follows it", () => {
    expect(defectsOf("dangling-lead-in", ["MPC-BE 1.9.1\n• Обновлен MPC Video Renderer 0.10.7.\nSource filters\n• Обновлены библиотеки"], notes)).toHaveLength(1);
    expect(defectsOf("dangling-lead-in", ["MPC-BE 1.9.1\nИнсталлятор"], notes)).toHaveLength(1);
  });
  it("passes an RST definition list's term, whose indented body explains it", () => {
    const rst = "New features\n------------\nMulti-socket support\n    Servers now can listen on multiple sockets.\n";
    expect(defectsOf("dangling-lead-in", ["Tunnel 3.1\n• Multi-socket support"], rst)).toHaveLength(0);
  });
  it("passes a heading followed by one of its changes", () => {
    expect(defectsOf("dangling-lead-in", ["MPC-BE 1.9.1\nSource filters\nДобавлена поддержка потоков с параметром codecs."], notes)).toHaveLength(0);
  });
});

describe("a thread without the advisories", () => {
  const notes = "## Security\n\n- Fix CVE-2026-1234: a crafted mount option could overflow a buffer\n\n## Changes\n\n- Add `--json` to lsblk\n- Faster findmnt\n";
  const run = (posts: string[]) =>
    checkPosts({ posts, notes, releaseUrl: "", mode: "thread", maxLength: 280, threadCap: 5 }).filter((defect) => defect.check === "security-first");
  it("flags a thread that lists other changes and names the fix nowhere", () => {
    expect(run(["util-linux 2.41 is out!\n• Add `--json` to lsblk", "• Faster findmnt"])).toHaveLength(1);
  });
  it("passes a thread that names it, or tells a security fix in words", () => {
    expect(run(["util-linux 2.41 is out!\n• CVE-2026-1234: a crafted mount option could overflow a buffer", "• Add `--json` to lsblk"])).toEqual([]);
    expect(run(["util-linux 2.41 is out!\n• Fixes a security hole in mount options", "• Add `--json` to lsblk"])).toEqual([]);
  });
});
