// Picks by weight, second round: a breaking change that swaps a public API or the type every API takes leads a raised
// runtime floor; a security fix that names its attack leads one only tagged a vulnerability fix, and a single post shows
// it whole rather than a stub of a lesser one; examples, demos and docs pages filed as (important) features come after
// the features; an agent skill for the repository's own reviews is upkeep.
import { describe, expect, it } from "vitest";
import { namesAttack } from "../../src/notes/kinds/standout-changes.js";
import { swapsPublicApi } from "../../src/notes/kinds/weighty-changes.js";
import { single, thread } from "../support/composed.js";

const before = (text: string, first: string, second: string): boolean => text.includes(first) && text.includes(second) && text.indexOf(first) < text.indexOf(second);

describe("a breaking change that swaps a public API", () => {
  it("reads a type swapped across public APIs and a rebuilt namespace, in English, Chinese, Japanese and Korean", () => {
    expect(swapsPublicApi("Public APIs use `Uint8Array` instead of Node's `Buffer`.")).toBe(true);
    expect(swapsPublicApi("The `xdr` namespace is rebuilt on `@stellar/js-xdr` v5, and every XDR value now has a different API.")).toBe(true);
    expect(swapsPublicApi("公共 API 改用 `Uint8Array`")).toBe(true);
    expect(swapsPublicApi("公開 API を `Uint8Array` に置き換え")).toBe(true);
    expect(swapsPublicApi("공개 API 를 `Uint8Array` 로 교체")).toBe(true);
    expect(swapsPublicApi("`engines.node` is now `>=22.12.0`, up from `>=22.0.0`.")).toBe(false);
    expect(swapsPublicApi("`Memo.text` no longer accepts a plain `number[]`.")).toBe(false);
  });

  it("leads a raised runtime floor in the single post, both swaps shown by their first sentences", () => {
    const notes = [
      "### ⚠️ Breaking changes",
      "",
      "- `engines.node` is now `>=22.12.0`, up from `>=22.0.0`. The CommonJS build `require()`s ESM-only dependencies, which needs it.",
      "- Public APIs use `Uint8Array` instead of Node's `Buffer`. Methods that returned `Buffer` (encoders, hashes, keys) now return `Uint8Array`, and those that took one take either.",
      "- `Memo.text` no longer accepts a plain `number[]`. Pass `new Uint8Array(arr)` instead.",
      "- The `xdr` namespace is rebuilt on `@stellar/js-xdr` v5, and every XDR value now has a different API. The wire format is unchanged: bytes written by older SDKs still decode.",
    ].join("\n");
    const post = single(notes, "stellar/js-stellar-sdk");
    expect(post).toContain("Public APIs use `Uint8Array` instead of Node's `Buffer`.");
    expect(post).toContain("every XDR value now has a different API.");
    expect(post).not.toContain("engines.node");
  });
});

describe("a security fix that names its attack", () => {
  it("reads the class of attack, not a tag alone", () => {
    expect(namesAttack("修复：Jackson DefaultTyping 多态反序列化 RCE，新增 `SaJsonStrategy` 全局类型白名单。")).toBe(true);
    expect(namesAttack("漏洞修复：`redirect` 参数绕过 `allow-url` 校验的安全漏洞。")).toBe(true);
    expect(namesAttack("Fix SQL injection in the search filter")).toBe(true);
    expect(namesAttack("ヘッダーインジェクションを修正")).toBe(true);
    expect(namesAttack("리다이렉트 검증 우회 수정")).toBe(true);
    expect(namesAttack("漏洞修复：Snack3 序列化不再写入类型信息，对齐 fastjson 安全策略。")).toBe(false);
    expect(namesAttack("Security fix: tighten cookie flags")).toBe(false);
  });

  it("shows the named attack whole in the single post, not a stub of a tagged fix (Chinese)", () => {
    const notes = [
      "### v1.46.0",
      "- core：",
      "\t- 新增：`StpInterface.isDisabled` 补充 `loginType` 参数。  **[不向下兼容]**",
      "\t- 新增：新增 `allowLoginIdColon` 配置，默认禁止 loginId 包含冒号。  **[不向下兼容]**",
      "\t- 新增：侦听器新增注销前钩子 `doBeforeLogout` / `doBeforeKickout` / `doBeforeReplaced`。 **[重要]**",
      "\t- 修复：Jackson DefaultTyping 多态反序列化 RCE，新增 `SaJsonStrategy` 全局类型白名单。  **[重要]**  **[漏洞修复]**",
      "- 插件：",
      "\t- 修复：Snack3 序列化不再写入类型信息，对齐 fastjson 安全策略。  **[漏洞修复]**",
      "\t- 修复：集成 JWT 时 `extraData` 禁止包含保留字段。  **[不向下兼容]**",
      "\t- 新增：新增 `sa-token-fory-json` JSON 序列化插件。  **[重要]**",
      "\t- 新增：新增 HTTP 请求扩展插件 `sa-token-rest-client` / `sa-token-rest-template`。  **[重要]**",
    ].join("\n");
    const post = single(notes, "dromara/Sa-Token");
    expect(post).toContain("Jackson DefaultTyping 多态反序列化 RCE，新增 `SaJsonStrategy` 全局类型白名单。");
    expect(post).not.toContain("Snack3 序列化不再…");
  });
});

describe("examples, demos and docs filed as features", () => {
  it("come after the features, even tagged important (Chinese)", () => {
    const notes = [
      "### 新功能",
      "",
      "- 新增：新增 SSO Client Spring Boot 4 示例。 **[重要]**",
      "- 新增：OAuth2 章节补充数据互通后的 token 过期策略说明。 **[重要]**",
      "- 新增：新增 `sa-token-demo-first-run` 首次运行引导示例。",
      "- 新增：SSO 客户端新增指定账号单点注销 API。",
      "- 新增：Session 新增 `getList` / `getSet` / `getMap` 类型安全集合读取。",
    ].join("\n");
    const post = single(notes, "dromara/Sa-Token");
    expect(before(post, "单点注销 API", "Spring Boot 4 示例")).toBe(post.includes("Spring Boot 4 示例"));
    expect(before(post, "类型安全集合读取", "token 过期策略说明")).toBe(post.includes("token 过期策略说明"));
  });

  it("come after the features (English)", () => {
    const notes = ["### Features", "", "- Add Spring Boot 4 example", "- Add a `--json` flag to `export`", "- Support GoldenDB database"].join("\n");
    const post = single(notes);
    expect(before(post, "GoldenDB", "Spring Boot 4 example")).toBe(true);
  });
});

describe("an agent skill for the repository's own reviews", () => {
  it("is upkeep, counted and never shown", () => {
    const notes = [
      "### Features",
      "",
      "* **skill:** Add review-prs skill for the repository",
      "* **bigtable:** Add admin lifecycle and listing tools",
      "* **looker:** Add tools to modify dashboards",
    ].join("\n");
    const posts = thread(notes).join("\n");
    expect(posts).not.toContain("review-prs");
    expect(posts).toContain("dashboards");
  });
});
