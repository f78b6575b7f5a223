// What matters read from a change's own words, not only from its heading: a "Breaking … changes:" line inside an item, a
// refusal in a major release, the release's headline filed as a fix, a tagged upgrade users must act on, a fix of lost
// data before the improvements, a fix that hardens requests before the other fixes, and a documentation item that
// never leads the fixes. English, Chinese, Japanese and Korean.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { announcesFirstRelease, fixesDataLoss, hardensRequests, tagAsksToAct } from "../../src/notes/kinds/item-signals.js";
import { nowRejects } from "../../src/notes/kinds/weighty-changes.js";
import { release, single } from "../support/composed.js";

const major = (notes: string, thread = false): string[] => composePosts(release(notes, "lantern", "2.0.0"), { thread }).posts.map((post) => post.text);

const FEATURES = [
  "Add configurable keep-alive comment frames to the streaming transports and apply the existing option to every stream it serves.",
  "Allow the elicitation builder to accept a Standard Schema such as a Zod object for the requested schema of a form.",
  "Add runtime-neutral bearer authentication for web-standard hosts such as Cloudflare Workers, Deno and Bun.",
];

describe("a breaking line inside an item", () => {
  const notes = (marker: string): string =>
    ["### Minor Changes", "", ...FEATURES.map((line) => `- ${line}`), "- Align the wire with the final revision of the spec.", "", "  Now:", "  - The wire schemas follow the final revision.", `  - ${marker} \`DiscoverResult\` no longer declares \`serverInfo\`.`, ""].join("\n");

  it("leads post 1 when a sub-item says 'Breaking type changes:'", () => {
    const [first] = major(notes("Breaking type changes:"), true);
    expect(first).toContain("no longer declares `serverInfo`");
  });

  it("reads 破坏性变更：, 破壊的変更： and 주요 변경: inside an item", () => {
    for (const marker of ["破坏性变更：", "破壊的変更：", "주요 변경:"]) expect(major(notes(marker), true)[0]).toContain("no longer declares `serverInfo`");
  });
});

describe("a refusal in a major release", () => {
  it("reads 'are now rejected with 415' under Patch Changes as breaking in a 2.0.0", () => {
    const notes = ["### Minor Changes", "", ...FEATURES.map((line) => `- ${line}`), "", "### Patch Changes", "", "- Fix a typo in an error message.", "- POSTs whose `Content-Type` is not `application/json` are now rejected with `415 Unsupported Media Type`.", ""].join("\n");
    const [first] = major(notes, true);
    expect(first).toMatch(/Breaking/u);
    expect(first).toContain("now rejected with `415");
  });

  it("tells a refusal from what only fixes", () => {
    expect(nowRejects("Requests without a token are now rejected")).toBe(true);
    expect(nowRejects("The endpoint now returns 415 for non-JSON POSTs")).toBe(true);
    expect(nowRejects("The server now returns the right status")).toBe(false);
    expect(nowRejects("Case variants were wrongly rejected")).toBe(false);
  });
});

describe("the release's headline filed as a fix", () => {
  it("is a highlight, never under Fixes", () => {
    const notes = ["### Patch Changes", "", "- First beta release of SDK v2 with support for the 2026-07-28 specification revision.", "- Fix the CommonJS subpath so reading the exported class no longer throws.", ""].join("\n");
    const text = major(notes)[0] ?? "";
    expect(text).not.toMatch(/Fixes:\n• First beta/u);
    expect(text.indexOf("First beta")).toBeLessThan(text.indexOf("CommonJS") === -1 ? Infinity : text.indexOf("CommonJS"));
  });

  it("reads first releases in four languages", () => {
    for (const text of ["First beta release of SDK v2", "Initial release", "首个正式版本发布", "最初のリリース", "첫 번째 정식 릴리스"]) expect(announcesFirstRelease(text)).toBe(true);
    expect(announcesFirstRelease("Fix the first release of a lock")).toBe(false);
  });
});

describe("a tagged upgrade users must act on", () => {
  it("ranks 【升级】 with an install requirement with breaking changes, never only counted", () => {
    const notes = [
      "### v3.4.2 Release Notes",
      "- 1、【升级】PowerShell类型GLUE任务，升级使用 PowerShell7（pwsh命令）执行，提升性能；（注意：执行器所在机器需要安装 PowerShell 7.0 及以上版本）",
      "- 2、【修复】调度日志列表日期处理逻辑修复，兼容执行信息为空阻塞列表加载问题；",
      "- 3、【安全】任务RollingLog权限校验完善，防止越权查看任务日志；",
    ].join("\n");
    expect(single(notes)).toContain("PowerShell");
  });

  it("reads the words that ask users to act", () => {
    expect(tagAsksToAct("升级", "执行器需要安装 PowerShell 7")).toBe(true);
    expect(tagAsksToAct("Upgrade", "Executors must install PowerShell 7 or later")).toBe(true);
    expect(tagAsksToAct("重要", "PowerShell 7 を要インストール")).toBe(true);
    expect(tagAsksToAct("주의", "PowerShell 7 설치가 필요합니다")).toBe(true);
    expect(tagAsksToAct("升级", "升级 SpringBoot 至 3.3.4")).toBe(false);
  });
});

describe("fixes that weigh more than their section", () => {
  it("ranks a data-loss fix above an improvement", () => {
    const notes = [
      "### Synchronisation",
      "#### Improved",
      "- One-shot synchronisation now releases stalled connection checks before replication starts, so a later synchronisation can make a fresh attempt with a new connection.",
      "### Conflict handling",
      "#### Fixed",
      "- Back to this revision now restores the selected content as a new revision. A revision restored after a deletion therefore remains restored instead of being overwritten by the deletion.",
    ].join("\n");
    const text = single(notes);
    expect(text.indexOf("Back to this revision")).toBeGreaterThan(-1);
    expect(text.indexOf("Back to this revision")).toBeLessThan(text.indexOf("One-shot") === -1 ? Infinity : text.indexOf("One-shot"));
  });

  it("ranks a fix that hardens requests before other fixes, and docs never lead", () => {
    const notes = [
      "**Bug fixes:**",
      "- **[k8s/ingress]** Fix redirect with use-regex in the ingress provider for paths with capture groups",
      "- **[middleware]** Disable Zstd support in the gzip wrapper to match the documented encodings",
      "- **[server]** Discard CONNECT body in forwardauth and reject CONNECT requests with fast proxy",
      "",
      "**Documentation:**",
      "- **[k8s/gatewayapi]** Document Gateway API generated service names change in the migration guide",
    ].join("\n");
    const text = single(notes);
    expect(text).toContain("reject CONNECT requests");
    expect(text).not.toContain("Document Gateway API");
  });

  it("reads data loss and hardening in four languages", () => {
    for (const text of ["Fix data loss when the app closes", "修复同步时数据丢失的问题", "同期でデータが消失する問題を修正", "동기화 시 데이터 손실 문제 수정"]) expect(fixesDataLoss(text)).toBe(true);
    expect(fixesDataLoss("Add an option to overwrite the output file")).toBe(false);
    for (const text of ["Reject CONNECT requests with a body", "拒绝非法请求头", "不正なリクエストを拒否", "잘못된 요청 거부"]) expect(hardensRequests(text)).toBe(true);
    expect(hardensRequests("Fix redirect with use-regex")).toBe(false);
  });
});
