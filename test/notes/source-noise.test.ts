// Source noise a post does not keep (a label's doubled decoration, gitmoji under a label, reference brackets around a
// rule's name, a commit subject's lower-case start, a scope on every change of a group), counts that hold only real
// changes (no changesets package lines, no update steps, no blog news), and changesets items said in two languages.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { labelWithOneMark, sentenceStart, withoutLeadingIcon, withoutReferenceBrackets } from "../../src/notes/labels/source-marks.js";
import { release, single, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", owner: "acme", version: "2.1.0" };

describe("labels and items without the source's marks", () => {
  it("shows a label with one emoji at most", () => {
    expect(labelWithOneMark("Enhancements ➕➕")).toBe("Enhancements");
    expect(labelWithOneMark("🚀 Features ✨")).toBe("🚀 Features");
    expect(labelWithOneMark("Bug Fixes 🐞")).toBe("Bug Fixes 🐞");
    expect(labelWithOneMark("🐞 Bug Fixes")).toBe("🐞 Bug Fixes");
    const notes = "**Enhancements ➕➕**\n\n* Stop fragmenting the recorder's bulk upserts\n* Show elapsed time for running flow runs\n\n**Bug Fixes 🐞**\n\n* Preserve a statement cache size of 0\n";
    const post = single(notes, PROJECT);
    expect(post).toContain("Enhancements:");
    expect(post).not.toContain("➕");
  });

  it("drops the gitmoji before a change under a label that names its kind, never a warning sign", () => {
    expect(withoutLeadingIcon("✨ Add the agent skill")).toBe("Add the agent skill");
    expect(withoutLeadingIcon("⚠️ No exclusions by default")).toBe("⚠️ No exclusions by default");
    const notes = "### Features\n\n* ✨ Add an agent library skill, install with `uvx library-skills`.\n\n### Fixes\n\n* 🐛 Fix the type of `__relationships__`.\n";
    const post = single(notes, PROJECT);
    expect(post).toContain("• Add an agent library skill");
    expect(post).toContain("• Fix the type of `__relationships__`.");
    expect(post).not.toMatch(/[✨🐛]/u);
  });

  it("keeps the code marks of a rule's name and drops the reference brackets around it", () => {
    expect(withoutReferenceBrackets("[`no-unknown-property`]: allow shadow root attrs")).toBe("`no-unknown-property`: allow shadow root attrs");
    // A link keeps its brackets for the link reader.
    expect(withoutReferenceBrackets("see [`x`](https://example.com)")).toBe("see [`x`](https://example.com)");
    const notes = "### Fixed\n* [`no-unknown-property`]: allow shadow root attrs on `<template>`\n* [`prop-types`]: support `ComponentPropsWithRef` from a namespace import\n";
    const post = single(notes, { ...PROJECT, repo: "eslint-plugin-react" });
    expect(post).toContain("• `no-unknown-property`: allow shadow root attrs");
    expect(post).not.toContain("[`");
  });

  it("starts a lower-case commit subject with a capital, but not a name from code or a command", () => {
    const code = new Set(["debug"]);
    expect(sentenceStart("use main instead of exports for the entry point", code)).toBe("Use main instead of exports for the entry point");
    expect(sentenceStart("npm install no longer warns", code)).toBe("npm install no longer warns");
    expect(sentenceStart("useId returns stable ids", code)).toBe("useId returns stable ids");
    expect(sentenceStart("debug now prints the stack", code)).toBe("debug now prints the stack");
    expect(sentenceStart("cli: drop the flag", code)).toBe("cli: drop the flag");
    const notes = "### 🩹 Fixes\n\n* use main instead of exports for the package entry point ([#6193](https://github.com/acme/widget/issues/6193))\n* **docs:** restore homepage logo\n";
    expect(single(notes, PROJECT)).toContain("• Use main instead of exports for the package entry point");
  });
});

describe("scopes that every change of a group carries", () => {
  const notes = [
    "### 🚀 Features",
    "",
    "- **docs**:",
    "  - update QQ group image in README",
    "- **projects**:",
    "  - support theme presets to only set partial content.",
    "  - support theme preset to override component library presets.",
    "  - support pinning and unpinning of tabs",
    "",
    "### 🐞 Bug Fixes",
    "",
    "- **types**: add missing property in theme presets",
    "",
    "### 🛠 Optimizations",
    "",
    "- **projects**: simplify some theme preset configurations.",
    "",
  ].join("\n");

  it("drops a scope that fills every group it stands in, across groups", () => {
    const post = thread(notes, PROJECT).join("\n---\n");
    expect(post).toContain("• Support theme presets to only set partial content.");
    expect(post).toContain("• Simplify some theme preset configurations.");
    expect(post).not.toContain("projects:");
    // A scope beside others in its group says where the change is.
    expect(post).toContain("types: add missing property");
  });

  it("says a scope that fills one group only once, with its label", () => {
    const vapor = [
      "### Bug Fixes",
      "",
      "* **runtime-vapor:** allow renderEffect to self re-queue on sync state mutation",
      "* **runtime-vapor:** apply template ref on dynamic fragment",
      "* **runtime-vapor:** restore KeepAlive branch key even for falsy previous values",
      "",
      "### Features",
      "",
      "* **vapor:** support rendering vdom suspense in vapor",
      "* **compiler:** support rendering vdom teleport in vapor",
      "",
    ].join("\n");
    const post = thread(vapor, PROJECT).join("\n---\n");
    expect(post).toContain("Bug Fixes (runtime-vapor):");
    expect(post).toContain("• Allow renderEffect to self re-queue");
    expect(post).not.toContain("• runtime-vapor:");
  });
});

describe("counts of the changes left out", () => {
  it("counts a changesets dependency update once, not its package lines", () => {
    const packages = Array.from({ length: 14 }, (_, index) => `  - @acme/pkg-${index}@2.1.0`).join("\n");
    const notes = `## 2.1.0\n\n### Patch Changes\n\n- 2740b74: feat: support output config when calling \`widget inspect\`\n- 0d98723: feat: support rsc for spa projects\n- Updated dependencies [0d98723]\n${packages}\n`;
    const composition = composePosts(release(notes, PROJECT), { thread: true });
    expect(composition.posts.map((post) => post.text).join("\n")).toMatch(/\+1 more change\b/u);
    expect(composition.omitted).toBe(1);
  });

  it("leaves update steps out of the changes and of their count", () => {
    const notes = [
      "# 위젯 2.1.0 배포 안내",
      "",
      "## 변경 사항",
      "",
      "- 비밀번호 찾기 요청에 IP별 한도를 적용합니다.",
      "- 주문 필드 복원 시 숫자 0을 보존합니다.",
      "- 상품명을 HTML 문맥에 맞게 인코딩합니다.",
      "",
      "## 업데이트 방법",
      "",
      "1. 파일과 DB를 백업합니다.",
      "2. 전체 소스를 반영합니다.",
      "3. 관리자 DB업그레이드를 적용합니다.",
      "4. 캐시를 갱신합니다.",
      "",
    ].join("\n");
    const composition = composePosts(release(notes, PROJECT));
    expect(composition.posts[0]?.text).not.toContain("백업");
    expect(composition.omitted).toBeLessThanOrEqual(2);
  });

  it("reads a blog post's news and call for help as no changes", () => {
    const notes = [
      "## Windows packages",
      "",
      "Widget can now build Windows packages.",
      "",
      "## Other updates",
      "",
      "- builds: reject empty target strings",
      "- scm: allow a custom token on the release repository",
      "",
      "## Other news",
      "",
      "- Widget now has ~15.9k stars and 474 contributors! Thanks, everyone!",
      "- We've decided to close our Discord server.",
      "- The packager had new releases as well.",
      "",
      "## Helping out",
      "",
      "You can help by reporting issues, contributing features, documentation improvements, and bug fixes.",
      "",
    ].join("\n");
    const text = thread(notes, PROJECT).join("\n---\n");
    expect(text).not.toContain("stars");
    expect(text).not.toContain("Discord");
    expect(text).not.toContain("Helping out");
  });
});

describe("changesets items said in two languages", () => {
  it("shows the half in the notes' language, not both glued", () => {
    const notes = "## 2.1.0\n\n### Patch Changes\n\n- 0d98723: feat: support rsc for spa projects\n  feat: 为 SPA 项目支持 RSC\n- 0d98724: feat: inject the rsc payload into the html for csr\n  feat: 为 CSR 项目，注入 rsc payload 到 html 中\n";
    const post = single(notes, PROJECT);
    expect(post).toContain("• Support rsc for spa projects");
    expect(post).toContain("• Inject the rsc payload into the html for csr");
    expect(post).not.toMatch(/为|feat:/u);
  });
});
