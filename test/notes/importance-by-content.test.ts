// What a change says, not only the section or type it is filed under, sets its kind and its place: the security fix that
// lets code run as root before a lesser one, a `refactor:` that adds an API as a feature, a lint fix as housekeeping, support
// for a codec before a validation, a crash fixed before a small fix, and a Japanese change shown whole or not at all.
import { describe, expect, it } from "vitest";
import { addsCapability, kindAfterScope } from "../../src/notes/kinds/content-kinds.js";
import { impactOf } from "../../src/notes/kinds/impact.js";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { xRules } from "../../src/notes/networks.js";
import { choresAmong, reachAmong } from "../../src/notes/kinds/reach.js";
import { shorten } from "../../src/notes/text/shorten.js";
import type { Entry } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "3.1.0" };
const change = (text: string, kind: Entry["kind"] = "feature"): Pick<Entry, "text" | "prose" | "kind"> => ({ text, prose: false, kind });

describe("security fixes and fixes rank by the impact their words state", () => {
  it("a fix that lets an attacker run commands as root leads one that only enables a local privilege escalation", () => {
    const notes = [
      "### Security",
      "",
      "* Fixed CVE-2031-10001. The -h (--host) option could enable a local privilege escalation attack.",
      "* Fixed CVE-2031-10002. An attacker can leverage the -R (--chroot) option to run arbitrary commands as root, even if they are not listed in the policy file.",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("CVE-2031-10002");
    expect(text.indexOf("CVE-2031-10002")).toBeLessThan(text.includes("CVE-2031-10001") ? text.indexOf("CVE-2031-10001") : Infinity);
  });

  it("a fix of an endless loop or a crash comes before a small fix of the same list", () => {
    const fixes = ["Preserve empty upload contents", "Fix the sort order of the queue names", "Fix the padding of the status table", "Fix `pairs()` infinite loop when the step is zero"];
    const text = single(["## What's Changed", "", ...fixes.map((fix) => `* ${fix}`), ""].join("\n"), PROJECT);
    expect(text.indexOf("infinite loop")).toBeGreaterThan(0);
    expect(text.indexOf("infinite loop")).toBeLessThan(text.indexOf("Preserve empty"));
  });

  it("grades the impact: code run or root gained over an escalation, over a crash, over no harm named", () => {
    expect(impactOf("An attacker can run arbitrary commands as root")).toBe(2);
    expect(impactOf("修复远程代码执行漏洞")).toBe(2);
    expect(impactOf("This could enable a local privilege escalation attack")).toBe(1.5);
    expect(impactOf("Fix crash when the config file is empty")).toBe(1);
    expect(impactOf("Rename `crash_reporter` option")).toBe(0);
    expect(impactOf("Fix crash reporter upload retry")).toBe(0);
    expect(impactOf("Fix hang detection threshold")).toBe(0);
    expect(impactOf("Preserve empty HTTP attach contents")).toBe(0);
  });

  it("a cut security fix keeps the sentence that states its impact, not the one that only describes the option", () => {
    const fix =
      "Fixed CVE-2031-10001. The -h (--host) option could be specified when running a command or editing a file. This could enable a local privilege escalation attack if the policy file allows the user to run commands on a different host.";
    const rules = xRules(280);
    const shown = shorten(fix, rules.length(fix) - 20, rules) ?? "";
    expect(shown).toContain("privilege escalation");
    expect(shown).toMatch(/^Fixed CVE-2031-10001\./u);
  });
});

describe("a change's words over its conventional type", () => {
  it("a refactor that adds an API, an interface or support users reach is a feature", () => {
    expect(readItem("refactor: 💡 (player-hls) 提供 detachMedia 接口").kind).toBe("feature");
    expect(readItem("refactor: 💡 支持hls abr能力").kind).toBe("feature");
    expect(readItem("refactor: expose the `switchUrl` option").kind).toBe("feature");
    expect(readItem("refactor: simplify the parser").kind).toBe("internal");
    expect(readItem("refactor: add tests for the loader").kind).toBe("internal");
    expect(addsCapability("refactor: 提供 单测 接口", "提供 单测 接口")).toBe(false);
  });

  it("chores, builds and refactors of the project's own plumbing stay housekeeping", () => {
    for (const line of ["chore: add pre-commit hook", "build: add rollup plugin for types", "chore: add release command to scripts", "refactor: add new option parsing helper", "chore: new release option", "refactor: 新增 工具函数"]) {
      expect(readItem(line).kind, line).toBe("internal");
    }
  });

  it("a thread of refactors that add APIs shows them before the fixes, not one post with the rest hidden", () => {
    const notes = [
      "## 3.1.0",
      ">* fix: 🐛 (player-hls) 修复HlsOption类型未导出问题",
      ">* refactor: 💡 支持hls abr能力",
      ">* refactor: 💡 (player-hls) 提供 detachMedia 接口",
      ">* refactor: 💡 (player) 对外提供switchUrl接口参数类型",
      ">* fix: 🐛 (player-hls) 修复hls switchUrl指定切换点时不生效的问题",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("支持hls abr能力");
    expect(text).toContain("detachMedia");
  });

  it("a fix of a static-analysis message is housekeeping", () => {
    expect(readItem("Fix phpstan message").kind).toBe("internal");
    expect(readItem("Fix phpstan baseline").kind).toBe("internal");
    expect(readItem("Fix message when the backup disk is full").kind).toBe("fix");
  });

  it("instructions for coding agents kept in the repository are housekeeping, whatever their tag", () => {
    const entries = [change(".github ディレクトリに copilot-instructions.md を追加"), change("H.265 コーデックサポートを追加"), change("`--show-capability` オプションを追加")];
    const chore = choresAmong(entries);
    expect(chore(entries[0] as (typeof entries)[number])).toBe(true);
    expect(chore(entries[1] as (typeof entries)[number])).toBe(false);
  });

  it("a bump tag files a dependency update, unless its words say it closes a hole", () => {
    expect(readItem("[BUMP] Update dependency node to v20.18.0.").kind).toBe("dependencies");
    expect(readItem("[BUMP] Update dependency axios to v1.7.4 [SECURITY].").kind).toBe("security");
  });

  it("bumps never fill the first post beside the security bump: the fixes come next", () => {
    const notes = [
      "### :bug: Correction",
      "- [BUGFIX] Empêcher la création d'une déclinaison avec une version vide (PIX-1).",
      "",
      "### :arrow_up: Montée de version",
      "- [BUMP] Update dependency node to v20.18.0.",
      "- [BUMP] Update dependency @acme/ui to ^47.2.0.",
      "- [BUMP] Update dependency axios to v1.7.4 [SECURITY].",
      "- [BUMP] Update dependency form-data to v4.0.1.",
      "",
    ].join("\n");
    const first = thread(notes, PROJECT)[0] ?? "";
    expect(first).toContain("axios");
    expect(first).toContain("Empêcher");
    expect(first).not.toContain("node to v20");
  });

  it("a Chinese change that names its platform before its verb is of its verb's kind", () => {
    expect(kindAfterScope("Web平台、iOS平台 修复 组件 内监听应用生命周期异常问题")).toBe("fix");
    expect(kindAfterScope("【重要】微信小程序平台 新增 支持 微信AI")).toBe("feature");
    expect(kindAfterScope("App平台 蒸汽模式 新增 组件 全局属性 支持 dataset")).toBe("feature");
    expect(kindAfterScope("新增 塞尔维亚语 翻译")).toBeNull();
    expect(kindAfterScope("Android 平台的说明")).toBeNull();
  });

  it("both changes the notes mark 【重要】 come before a minor fix", () => {
    const notes = [
      "#### 3.1.0",
      "* 【uni】",
      "  + 【重要】新增 Android平台 蒸汽模式。比原生更快的渲染系统",
      "  + 【重要】微信小程序平台 新增 支持 微信AI",
      "  + Web平台 修复 CSS page 选择器在 app.uvue 中不生效",
      "  + App平台 修复 组件 editor min-height 样式不生效",
      "* 【uni-app】",
      "  + 修复 4.31版本引发的 编译器 项目路径包含 glob 特殊字符时 static 目录未复制的问题",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("蒸汽模式");
    expect(text).toContain("微信AI");
    expect(text.indexOf("微信AI")).toBeLessThan(text.includes("glob") ? text.indexOf("glob") : Infinity);
  });
});

describe("a new capability before an adjustment of its kind", () => {
  it("support for a codec reaches further than an option; a validation less far", () => {
    const entries = [change("signaling URL のバリデーションを追加"), change("H.265 コーデックサポートを追加"), change("`--show-capability` オプションを追加"), change("Add support for the AV1 codec"), change("YAML 設定ファイルで全てのパラメータに対応")];
    const reach = reachAmong(entries);
    const [validation, codec, option, av1, plain] = entries.map(reach);
    expect(validation).toBeGreaterThan(plain ?? 0);
    expect(codec).toBeLessThan(option ?? 0);
    expect(av1).toBeLessThan(option ?? 0);
    expect(validation).toBeGreaterThan(option ?? 0);
  });

  it("a single names the codec support among four additions before a validation", () => {
    const notes = [
      "## 3.1.0",
      "",
      "- [ADD] signaling URL のバリデーションを追加",
      "- [ADD] 各ビデオコーデックのパラメータ設定オプションを追加",
      "- [ADD] コーデックプリファレンス設定オプションを追加",
      "- [ADD] `--show-video-codec-capability` オプションを追加",
      "- [ADD] H.265 コーデックサポートを追加",
      "- [ADD] YAML 設定ファイルで全てのコーデックパラメータに対応",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("H.265");
    expect(text.indexOf("H.265")).toBeLessThan(text.includes("バリデーション") ? text.indexOf("バリデーション") : Infinity);
  });
});

describe("a Japanese or Korean change is never cut before its verb", () => {
  const fix =
    "ACP2E-4630 – カスタムオプションを持つ長い商品名が、複数ページの請求書、出荷、クレジットメモ、返品のPDFの隣接する列またはアイテムとページ区切りの後に重なり、行項目が読み取れなくなる問題を修正しました。";
  const rules = xRules(280);
  const room = Math.floor(rules.length(fix) * 0.6);

  it("shows the change whole or not at all", () => {
    expect(shorten(fix, room, rules, "ja")).toBeNull();
    const two = `${fix} 管理画面の表示も改善しました。`;
    expect(shorten(two, rules.length(fix), rules, "ja")).toBe(fix);
  });

  it("a post's first change is cut rather than passed over, and the changes that fit after it still show", () => {
    expect(shorten(fix, room, rules, "ja", false, true)).not.toBeNull();
    const notes = [
      "## 3.2.0",
      "",
      "### セキュリティ",
      "",
      "- 認証トークンの検証処理に不備があり、細工されたリクエストによって第三者が他のユーザーのセッションを乗っ取ることができ、3.0.0 以降のすべてのバージョンでサーバーを公開しているすべての利用者が影響を受け、特にリバースプロキシを使用していない環境では外部から容易に悪用される可能性がある脆弱性を修正しました",
      "",
      "### 修正",
      "",
      "- ログ出力の誤字を修正しました。",
      "- 設定画面のボタン配置を修正しました。",
    ].join("\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("認証トークンの検証処理に不備があり");
    expect(post).toContain("ログ出力の誤字を修正しました。");
  });

  it("still cuts where nothing else would show, and in Chinese, which says its verb first", () => {
    expect(shorten(fix, room, rules, "ja", true)).not.toBeNull();
    const zh = "修复 PDF 中长商品名在多页发票、发货单、退款单和退货单的分页之后与相邻列或条目重叠，导致行项目无法阅读、打印结果错乱并且客户投诉不断增加的问题";
    expect(shorten(zh, Math.floor(rules.length(zh) * 0.6), rules, "zh")).not.toBeNull();
  });
});
