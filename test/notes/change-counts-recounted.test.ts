// "+N more" is the number of changes the notes list that the posts do not show: shown + counted = listed. Names under
// a credits heading, a summary that repeats the list, and what the release was tested on are no changes; a heading
// that names a kind over a note and a list counts the list's items, not itself.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { release, single, thread } from "../support/composed.js";

const omitted = (notes: string, asThread = false): number => composePosts(release(notes), { thread: asThread }).omitted;
const bullets = (posts: string | string[]): number => ([posts].flat().join("\n").match(/^• /gmu) ?? []).length;
const countLine = (posts: string | string[]): string | undefined =>
  [posts]
    .flat()
    .join("\n")
    .split("\n")
    .find((line) => /^(?:\+\d|ほか\s*\d)/u.test(line));

describe("credits that list handles among names", () => {
  const notes = [
    "This release adds a new Nomad plugin.",
    "",
    "## Brought to You By",
    "",
    "Fitz_dev",
    "Ilya Kulakov",
    "Olli Janatuinen",
    "yongtang",
    "",
    "## Noteworthy Changes",
    "",
    "* core: Fix Corefile infinite loop on unclosed braces",
    "* plugin/file: Fix data race in tree Elem.Name",
    "* plugin/grpc: Enforce DNS message size limits",
    "* plugin/loop: Prevent panic when ListenHosts is empty",
    "* plugin/nomad: Add a Nomad plugin",
    "* plugin/reload: Prevent SIGTERM/reload deadlock",
  ].join("\n");

  it("a thread that shows every change ends without a count", () => {
    const posts = thread(notes);
    expect(bullets(posts)).toBe(6);
    expect(countLine(posts)).toBeUndefined();
    expect(omitted(notes, true)).toBe(0);
  });

  it("a single post counts only the changes it leaves out", () => {
    const post = single(notes);
    expect(bullets(post) + omitted(notes)).toBe(6);
    expect(post).not.toContain("Brought");
  });
});

describe("a summary that repeats the list", () => {
  const notes = [
    "This release adds dark mode and fixes the crash on startup.",
    "",
    "## Changes",
    "",
    "- Add dark mode to the settings page",
    "- Fix the crash on startup when the cache is empty",
    "- Fix wrong totals in the monthly report",
    "- Improve the speed of the search index rebuild",
    "- Add a `--quiet` flag to the import command",
  ].join("\n");

  it("is not counted as one more change", () => {
    const post = single(notes);
    expect(bullets(post) + omitted(notes)).toBe(5);
  });
});

describe("what the release was tested on", () => {
  const items = ["- Add `create_profile()` to every controller class", "- Fix the charging state reported by default", "- Remove `key_store_path` from every controller class"];
  const tested = ["- Windows 11, CSR8510 A10 and WinUSB: first pairing and reconnect confirmed", "- Linux 6.8 with BlueZ 5.72: reconnect confirmed", "- macOS 14: not verified"];

  it("under its own heading is no change", () => {
    const notes = ["### Changes", "", ...items, "", "### Tested on", "", ...tested].join("\n");
    expect(bullets(single(notes)) + omitted(notes)).toBe(3);
    expect(thread(notes).join("\n")).not.toContain("Windows 11");
  });

  it("in Japanese (実機確認範囲) is no change", () => {
    const notes = ["### 追加機能", "", "- `create_profile()` を追加しました。", "- 既定通知の充電状態を修正しました。", "", "### 実機確認範囲", "", "- Windows 11、CSR8510 A10 で初回ペアリングを確認しました。", "- 8 ms の周期送信で中央値 8.038 ms を確認しました。"].join("\n");
    expect(bullets(single(notes)) + omitted(notes)).toBe(2);
  });

  it("after a line that leads in to it is no change", () => {
    const notes = ["### Changes", "", ...items, "", "Tested on:", "", ...tested].join("\n");
    expect(bullets(single(notes)) + omitted(notes)).toBe(3);
  });
});

describe("a heading that names a kind over a note and a list", () => {
  const notes = [
    "### 性能改善 (NNUE / 探索)",
    "",
    "特記なき項目は固定時間計測。数値は各 PR 本文の実測。",
    "",
    "- **LayerStacks L1 activation の AVX2 化** (#983): NPS +1.62%",
    "- **Finny accumulator 更新の tile 化** (#984): NPS +3.54%",
    "- **LayerStacks copy + diff 更新の融合** (#985): NPS +4.12%",
    "- **StateInfo の in-place 更新** (#988): NPS +1.70%",
    "",
    "### 探索",
    "",
    "- **固定 depth 探索の動的 depth-liveness guard** (#938)",
    "- **cutoff_cnt クリアの修正** (#979)",
  ].join("\n");

  it("counts each of the list's items", () => {
    const post = single(notes);
    expect(bullets(post) + omitted(notes)).toBe(6);
  });
});

describe("a flat list of security fixes", () => {
  const ids = Array.from({ length: 24 }, (_, index) => `CVE-2026-${String(41000 + index * 37)}`);
  const notes = ["## Security", "", ...ids.map((id, index) => `- Fix ${id}, denial of service in the DNS-over-QUIC handler when case ${index + 1} of the budget is bypassed.`)].join("\n");

  it("a thread says how many it left out, by kind", () => {
    const posts = thread(notes);
    const shown = bullets(posts);
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(24);
    expect(countLine(posts)).toMatch(new RegExp(`^\\+${24 - shown} more security fixes`, "u"));
  });

  it("a single post too", () => {
    const post = single(notes);
    expect(countLine(post)).toBe(`+${24 - bullets(post)} more security fixes`);
  });
});

describe("a deprecation that cites the pull request of a feature", () => {
  const notes = [
    "### Added",
    "",
    "- Add `inset-s-*` and `inset-e-*` utilities for `inset-inline-start` and `inset-inline-end` ([#613](https://github.com/o/r/pull/613))",
    "- Add `font-features-*` utility for `font-feature-settings` ([#623](https://github.com/o/r/pull/623))",
    "- Add the mauve and olive color palettes to the default theme ([#627](https://github.com/o/r/pull/627))",
    "",
    "### Deprecated",
    "",
    "- Deprecate `start-*` and `end-*` utilities in favor of `inset-s-*` and `inset-e-*` utilities ([#613](https://github.com/o/r/pull/613))",
  ].join("\n");

  it("is a change of its own, shown or counted", () => {
    const posts = thread(notes);
    expect(bullets(posts) + omitted(notes, true)).toBe(4);
    expect(bullets(single(notes)) + omitted(notes)).toBe(4);
  });
});
