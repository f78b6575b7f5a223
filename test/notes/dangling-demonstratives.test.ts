// A sentence that opens on a bare "This", "It", "この場合", "该" points at the sentence before it: a post shows it only
// right after that sentence, never alone nor after a gap.
import { describe, expect, it } from "vitest";
import { leansOnPrevious } from "../../src/notes/text/back-references.js";
import { keySentence } from "../../src/notes/prose/blog-sections.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { xRules } from "../../src/notes/networks.js";

describe("a sentence that leans on the one before", () => {
  it("is told by its opening demonstrative or pronoun, in several languages", () => {
    expect(leansOnPrevious("This estimates the incremental memory cost for each VM.")).toBe(true);
    expect(leansOnPrevious("It also accepts a path.")).toBe(true);
    expect(leansOnPrevious("この場合はドングルを抜き差ししてください。")).toBe(true);
    expect(leansOnPrevious("该选项默认关闭。")).toBe(true);
    expect(leansOnPrevious("Cela évite une copie.")).toBe(true);
    expect(leansOnPrevious("Esto reduce el uso de memoria.")).toBe(true);
  });

  it("is not a sentence about the release or with a dummy subject", () => {
    expect(leansOnPrevious("This release adds dark mode.")).toBe(false);
    expect(leansOnPrevious("It is now possible to export as CSV.")).toBe(false);
    expect(leansOnPrevious("このリリースではダークモードを追加しました。")).toBe(false);
    expect(leansOnPrevious("此版本新增了暗色模式。")).toBe(false);
    expect(leansOnPrevious("Thisbe support was added.")).toBe(false);
  });
});

describe("picking a part's key sentence", () => {
  it("passes over one that points back", () => {
    const key = keySentence("Scale", ["We now run the scale test to 8000 VMs in CI.", "This estimates the memory cost added for each new VM."]);
    expect(key).toBe("We now run the scale test to 8000 VMs in CI.");
  });
});

describe("shortening an item", () => {
  it("never shows a pointing sentence after a gap", () => {
    const text =
      "利用者が管理する `local_address` を指定すると、そのアドレスをドングルの揮発領域へ接続前に書き込みます。書き込み開始後の状態を確定できない場合は `RecoveryRequired` を送出し、接続を中止して利用者に再設定を求めます。この場合は専用 USB Bluetooth ドングルを抜き差ししてから再試行してください。";
    const rules = xRules();
    const short = shorten(text, 200, rules, "ja");
    expect(short).not.toBeNull();
    expect(short).not.toContain("この場合");
  });
});
