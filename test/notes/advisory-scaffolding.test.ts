// Advisories and announcements written as prose: their scaffolding (credits, revision history, stats, greetings,
// "Recommended action" headings) is never a change, what the advice says is; a link whose text wraps over lines is no
// older release's title; where to download the release is boilerplate.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { isBoilerplateEntry } from "../../src/notes/prose/prose.js";
import { thisReleaseOnly } from "../../src/notes/formats/release-section.js";

const texts = (notes: string, version?: string): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => entry.text);

const ENGLISH = `There is a heap overflow in \`Foo::Reader\` when reading crafted archives. It has been assigned CVE-2031-11111.

## Details

The \`read_chunk\` function copies the header into a fixed buffer without checking its length.

## Recommended action

Please update the \`foo\` gem to 4.1.2 or later.

## Credits

Thanks to [alice](https://example.org/alice) for reporting this issue.

## Revision history

* 2031-02-03 10:00:00 (UTC) Originally published
* Updated 2031-02-05: added the CVE identifier
`;

const JAPANESE = `\`Foo::Reader\` にヒープオーバーフローの脆弱性が存在します。

## 推奨する対応

\`foo\` gem を 4.1.2 以上にアップデートすることを推奨します。古い系列との互換性を保つためには、以下のようにアップデートできます：

* Ruby 3.2: foo を 4.0.5 にアップデート
* Ruby 3.3: foo を 4.1.1 にアップデート

## クレジット

この脆弱性は alice 氏によって報告されました。

## 更新履歴

* 2031-02-03 10:00:00 (JST) 初版
`;

describe("an advisory's scaffolding is never an item", () => {
  it("keeps what the recommended action says, not its heading; drops credits and the revision history (English)", () => {
    const shown = texts(ENGLISH);
    expect(shown).toContain("Please update the `foo` gem to 4.1.2 or later.");
    expect(shown).not.toContain("Recommended action");
    expect(shown.join("\n")).not.toMatch(/Credits|alice|2031-02-0|Revision/u);
  });

  it("does the same in Japanese, and the steps under the advice are not called breaking", () => {
    const entries = readNotesModel(JAPANESE).entries;
    const shown = entries.map((entry) => entry.text);
    expect(shown.some((text) => text.startsWith("`foo` gem を 4.1.2 以上に"))).toBe(true);
    expect(shown.join("\n")).not.toMatch(/クレジット|推奨する対応$|初版|alice/mu);
    expect(entries.filter((entry) => entry.text.includes("Ruby 3.2")).every((entry) => entry.kind !== "breaking")).toBe(true);
  });

  it("drops a Stats section and a greeting heading of a blog post, keeping the change under it", () => {
    const shown = texts(`## Stats

This release includes 58 changes by 9 contributors.

## Hello, Lucy!

Our mascot gets a new look.

## Faster builds

Incremental builds now reuse the cache of unchanged modules.
`);
    expect(shown.join("\n")).not.toMatch(/Stats|58 changes|Hello, Lucy/u);
    expect(shown.join("\n")).toMatch(/Incremental builds now reuse|Faster builds/u);
  });

  it("keeps a changelog called 更新履歴 whose lines are changes", () => {
    const shown = texts(`## 更新履歴

* 検索ボックスに履歴を追加
* 起動時のクラッシュを修正
`);
    expect(shown).toContain("検索ボックスに履歴を追加");
  });
});

describe("a link whose text wraps over lines", () => {
  it("is no older release's title: the notes after it are kept", () => {
    const notes = `We are announcing Widget 2.3.0.

This release includes [58 changes since
2.2.1](https://example.org/pulls?q=milestone%3A2.3.0+year%3A2031)
by 9 contributors.

## Scheduler

The scheduler now runs tasks on a pool of threads, so \`spawn\` no longer blocks.
`;
    expect(thisReleaseOnly(notes, "2.3.0")).toContain("## Scheduler");
    expect(texts(notes, "2.3.0").join("\n")).toMatch(/pool of threads/u);
  });
});

describe("where to get the release is boilerplate", () => {
  it("reads 'Pre-built packages are available on …' as boilerplate, not a change", () => {
    expect(isBoilerplateEntry("Pre-built packages are available on GitHub Releases and our official distribution channels.")).toBe(true);
    expect(isBoilerplateEntry("Binaries are now available for ARM64 Linux.")).toBe(false);
  });
});
