// Blog posts and docs-site note formats give real items: an admonition's indented body is content, an MDC block's
// fences and props are markup, a part on how to take up the release is no change, a title that announces the release
// without its version opens the post in any language, and a part's history sentence does not say its change.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { withAdmonitionBodies, withoutMdcBlocks } from "../../src/notes/formats/block-markup.js";
import { isBackgroundHeading, keySentence } from "../../src/notes/prose/blog-sections.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };
const texts = (notes: string): string[] => readNotesModel(notes).entries.filter((entry) => !entry.fluff).map((entry) => entry.text);

describe("an admonition's indented body", () => {
  const body = (indent: string): string =>
    `???+ summary "v3.0.0 | 2025-04-07"\n\n${indent}#### 新機能\n${indent}- \`Rect::chamfered()\` を追加しました\n${indent}- \`Math::ClampAngle()\` を追加しました\n\n${indent}#### 不具合修正\n${indent}- Linux のビルドに関する不具合を修正しました\n${indent}- ドキュメントの誤字を修正しました\n`;

  it("is read as Markdown, tab- or space-indented, and the frame follows its language", () => {
    for (const indent of ["\t", "    "]) {
      const post = single(body(indent), PROJECT);
      expect(post).toContain("`Rect::chamfered()` を追加しました");
      expect(post).toContain("リリースしました");
    }
  });

  it("keeps a titled note's title as a bold line, and leaves code blocks alone", () => {
    expect(withAdmonitionBodies('!!! warning "Breaking changes"\n    - Drop Node 16\n')).toContain("**Breaking changes**\n\n- Drop Node 16");
    const code = "```\n!!! note\n    kept as written\n```\n";
    expect(withAdmonitionBodies(code)).toBe(code);
  });
});

describe("MDC block components", () => {
  it("leave neither fences nor props in posts, and keep what they hold", () => {
    const notes =
      "## Faster builds\n\nBuilds are now twice as fast thanks to a new cache.\n\n::tip\nYou can turn the cache off with `cache: false`.\n::\n\n:read-more{to=\"/docs/cache\"}\n\n::read-more\n---\nicon: i-simple-icons-github\ntarget: _blank\nto: https://github.com/acme/sprocket/releases/tag/v3.0.0\n---\n::\n";
    const text = withoutMdcBlocks(notes);
    expect(text).toContain("You can turn the cache off");
    for (const markup of ["::", "icon:", "target: _blank", "read-more"]) expect(text).not.toContain(markup);
    expect(thread(notes, PROJECT).join("\n")).not.toMatch(/icon:|_blank|::/u);
  });

  it("keep a thematic break that opens no props block", () => {
    expect(withoutMdcBlocks("::note\nText\n::\n\n---\n\nMore\n")).toContain("---");
  });
});

describe("a part on how to take up the release", () => {
  it("is background, in several languages", () => {
    for (const title of ["Getting Started with Sprocket 3", "Migrating to Sprocket 3", "⬆️ Upgrading", "Preparing for Sprocket 4", "Sprocket 3 시작하기", "Sprocket 3로 마이그레이션", "v3 への移行", "迁移到 v3"]) {
      expect(isBackgroundHeading(title), title).toBe(true);
    }
  });

  it("but a migration that names no version is a change", () => {
    expect(isBackgroundHeading("Migrating to ESM")).toBe(false);
    expect(isBackgroundHeading("Heads-Up Before Upgrading")).toBe(false);
  });

  it("shows no title of its own in the post", () => {
    const notes = "Sprocket 3.0 is here.\n\n## Getting started with Sprocket 3\n\nRun `npm create sprocket` to try it.\n\n## Faster builds\n\nBuilds are now twice as fast thanks to a new cache.\n";
    const shown = texts(notes).join("\n");
    expect(shown).not.toContain("Getting started");
    expect(shown).toContain("Faster builds");
  });
});

describe("a title announcing the release without its version", () => {
  it("opens the post in Korean as in English", () => {
    const notes = "## 다음 Sprocket 메이저가 여기에 있습니다\n\n저희 팀에 감사드립니다.\n\n## 더 빠른 빌드\n\n새 캐시 덕분에 빌드가 두 배 빨라졌습니다.\n";
    expect(texts(notes).join("\n")).not.toContain("여기에 있습니다");
  });
});

describe("a part's key sentence", () => {
  it("is no history sentence in Chinese, Japanese or Korean", () => {
    const history = ["그 후 Sprocket의 캐시가 개선되었습니다.", "2023년 초, 캐시 작업이 시작되어 지원을 추가했습니다.", "その後、キャッシュに対応しました。"];
    expect(keySentence("캐시", history)).toBeNull();
  });
});

describe("an aside admonition", () => {
  it("is a side remark, left as written", () => {
    const tip = "!!! tip\n\n    You won't need to worry about this.\n";
    expect(withAdmonitionBodies(tip)).toBe(tip);
  });
});
