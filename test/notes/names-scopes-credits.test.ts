// The name readers know when a slug drops its accents, when the repository was renamed or when it names its owner's
// SDK; scopes that set no change apart; names that end a Chinese list's items as their authors' credits.
import { describe, expect, it } from "vitest";
import { projectName } from "../../src/notes/project-name.js";
import { namedRelease as release, single } from "../support/composed.js";


describe("the project's name", () => {
  it("keeps the accents the notes write that the slug dropped", () => {
    const notes = "#### Améliorations\n\n- Trackdéchets : créer une liste de codes\n- BSDD : ajouter deux intermédiaires\n";
    expect(projectName(release("2026.05.1", "MTES-MCT", "trackdechets"), notes)).toBe("Trackdéchets");
  });

  it("takes the repository's name from the notes' own heading link when the repository was renamed", () => {
    const heading = (repo: string): string => `## [1.9.0](https://github.com/acme/${repo}/compare/v1.8.0...v1.9.0) (2026-08-14)\n\n### Features\n\n* add a tool\n`;
    expect(projectName(release("1.9.0", "acme", "genai-toolbox"), heading("mcp-toolbox"))).toBe("mcp-toolbox");
    expect(projectName(release("15.3.1", "acme", "cashier-stripe"), heading("cashier").replaceAll("1.9.0", "15.3.1"))).toBe("cashier");
    // A heading linking another owner's repository (a fork's upstream) says nothing of this one's name.
    const upstream = "## [1.9.0](https://github.com/upstream/mcp-toolbox/compare/v1.8.0...v1.9.0)\n\n* add a tool\n";
    expect(projectName(release("1.9.0", "acme", "genai-toolbox"), upstream)).toBe("genai-toolbox");
  });

  it("names an SDK repository that holds its owner's name as the owner's SDK for its language", () => {
    const notes = "### Breaking Changes\n\n* `engines.node` is now `>=22.12.0`.\n* Requires `@stellar/stellar-base` v15.\n";
    expect(projectName(release("17.0.0", "stellar", "js-stellar-sdk"), notes)).toBe("Stellar JS SDK");
  });
});

describe("scopes that set no change apart", () => {
  it("drops a 'misc' scope and an '[all packages]' bracket", () => {
    expect(single("#### 🐛 Bug Fixes\n\n- **misc**: Fix `o1` series calling issue.\n")).toContain("• Fix `o1` series calling issue");
    const paste = "### Major Changes\n\n- [all packages]: Upgrade to React 19 and drop support for React 16.\n";
    expect(single(paste)).toContain("• Upgrade to React 19 and drop support for React 16");
  });

  it("drops the one scope every change carries", () => {
    const notes = "### Features\n\n* **custom:** add c1n token setting\n* **custom:** optimize aliyun upload\n\n### Bug Fixes\n\n* **custom:** fix gallery refresh\n";
    const text = single(notes);
    expect(text).toContain("• Add c1n token setting");
    expect(text).not.toContain("custom:");
  });

  it("(guard) keeps scopes that tell changes apart, and a platform every change shares", () => {
    const mixed = "### Features\n\n* **cli:** add a flag\n* **core:** add a cache\n* **cli:** add a mode\n";
    expect(single(mixed)).toContain("cli: add a flag");
    const windows = "### Bug Fixes\n\n* **windows:** fix the installer\n* **windows:** fix the tray icon\n* **windows:** fix paths\n";
    expect(single(windows)).toContain("windows:");
  });
});

describe("names ending a Chinese list's items", () => {
  it("are credits where most items end so, in letters or Han", () => {
    const notes = [
      "## v1.11.8 20260701",
      "- 新增: @EnumValue 注解支持标注在以 fluent 风格命名的非 get 开头的方法上 lixiangxiang",
      "- 新增: 让 @Column的onInsertValue和onUpdateValue支持拼接数据库函数 折翼仍飛",
      "- 优化：数据库类型适配支持 tdengine 的 websocket 连接方式 cb198811",
      "- 优化：移除 aot 适配代码（不成熟）",
      "",
    ].join("\n");
    const text = single(notes, "mybatis-flex");
    expect(text).toContain("开头的方法上\n");
    expect(text).not.toMatch(/lixiangxiang|折翼仍飛|cb198811/u);
  });

  it("(guard) stay where one item alone ends in a word after a space", () => {
    const notes = "- 新增：支持 websocket\n- 优化：更快的构建速度\n- 修复：内存泄漏问题\n";
    expect(single(notes)).toContain("支持 websocket");
  });
});
