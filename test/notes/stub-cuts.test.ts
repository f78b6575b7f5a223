// A cut must leave a change that still says something: not a head of five words from a long fix ("Fix a keypair webapp
// login…"), not a bracket tag and a counter ("[Rust,ダウンローダー] 11件の…"), not a word that needs more after it
// ("…in the agent's…", "…$newItem in…"). Where no such cut fits, the change is counted instead.
import { describe, expect, it } from "vitest";
import { tidyHead } from "../../src/notes/text/cut-head.js";
import { xRules } from "../../src/notes/networks.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "engine", owner: "acme", version: "2.4.0" };

describe("a cut keeps enough of its change", () => {
  it("a long security fix that only fits as its first few words is counted, not shown as a stub", () => {
    const notes = [
      "### Breaking Changes",
      "",
      "* Schedule all workloads within a single tick in priority order instead of dropping lower-priority workloads and leaving them pending",
      "",
      "### Security",
      "",
      "* Fix a keypair webapp login flaw where knowing an access key alone could authenticate, and stop embedding the secret key in the now-expiring session token that every browser keeps",
      "",
      "### Fixes",
      "",
      ...Array.from({ length: 12 }, (_, n) => `* Fix the scheduler's handling of pending session number ${n} when its agent restarts`),
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("Schedule all workloads");
    expect(text).not.toMatch(/Fix a keypair webapp login…/u);
    expect(text).toMatch(/1 security fix/u);
  });

  it("a bracket tag before a Japanese change does not count as what the cut kept", () => {
    const fix = "[Rust,ダウンローダー] 11件の脆弱性登録の影響を受けないようになります。";
    const rules = xRules(280);
    // Room for the tag and a few characters: what fits names no change.
    const room = rules.length("[Rust,ダウンローダー] 11件の脆…");
    expect(shorten(fix, room, rules, "ja")).toBeNull();
  });

  it("a Japanese cut ends at the clause's comma, not on the particle of the clause after it", () => {
    const long =
      "ONNX Runtimeの推奨バージョンが1.23.2になり、`Onnxruntime::load_once`がデフォルトで読みに行く動的ライブラリも1.23.2のものになり、ビルド時のダウンロードおよびリンカーフラグの設定が外部のクレート由来の処理に依存しなくなります。";
    const notes = `### 破壊的変更\n\n${Array.from({ length: 3 }, (_, n) => `- ${long.replace("1.23.2", `1.2${n}.0`)}`).join("\n")}\n`;
    const text = single(notes, PROJECT);
    expect(text).toMatch(/• ONNX Runtimeの推奨バージョンが1\.20\.0になり、.*になり…\n/u);
    expect(text).not.toMatch(/が…/u);
  });
});

describe("the notes' own cuts", () => {
  it("a pull request title GitHub cut mid-word loses that word and the preposition it hung on", () => {
    const notes = "## What's Changed\n\n* Fix code bug: inconsistent variable name $newsItem -> $newItem in set… by @someone in https://github.com/acme/engine/pull/517\n";
    const text = single(notes, PROJECT);
    expect(text).toContain("• Fix code bug: inconsistent variable name $newsItem -> $newItem…");
    expect(text).not.toMatch(/ in…/u);
  });

  it("a cut never ends on a possessive", () => {
    expect(tidyHead("Mask the Redis password in the agent's")).toBe("Mask the Redis password");
    expect(tidyHead("Read the file from the user’s")).toBe("Read the file");
  });
});
