// Round 4 of reading the notes: a second announcement of the release, a sentence that leans on a dropped one, the
// project's own tagline, a date as an item, a downloads section, and link text that is only a number or a shortcut
// reference's name.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { announcesRelease, definesProject, standingAlone } from "../../src/notes/prose/prose.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "engine", owner: "acme", version: "3.1.0" };
const joinedPosts = (notes: string, thread = true): string => posts(notes, { ...PROJECT, thread }).join("\n");
const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

const changes = ["## Features", "", "- Add the `--watch` flag", "- Support TOML config files", "", "## Fixes", "", "- Fix a crash on empty input"].join("\n");

describe("a second announcement of the release", () => {
  it.each([
    "We’ve just uploaded engine 3.1.0 to the Python Package Index.",
    "We have released Engine 3.1.0.",
    "Engine 3.1.0 has been published to npm.",
    "엔진 3.1을 릴리즈합니다.",
    "엔진 3.1.0이 출시되었습니다.",
    "Engine 3.1.0 がリリースされました。",
    "Engine 3.1.0 正式发布。",
    "We're excited to announce Engine 3.1.0!",
  ])("is not shown after the opener: %s", (sentence) => {
    expect(announcesRelease(sentence)).toBe(true);
    const shown = joinedPosts(`${sentence} The parser is rewritten for speed.\n\n${changes}`);
    // After the opener (which may name the project as the sentence does: "Engine 3.1.0 is out!").
    expect(shown.slice(shown.indexOf("\n"))).not.toContain(sentence.slice(0, 12));
    expect(shown).toContain("Add the `--watch` flag");
  });

  it("a sentence that publishes something else, or names no release, stays", () => {
    expect(announcesRelease("We published a migration guide for the new parser.")).toBe(false);
    expect(announcesRelease("We have released the parser as a separate package.")).toBe(false);
  });
});

describe("a sentence that leans on the one before it", () => {
  it.each([
    "Additionally, it contains several bug fixes, as well as internal refactoring and performance improvements.",
    "Also, several bug fixes.",
    "In addition, it includes various improvements.",
    "Furthermore, this release contains minor fixes.",
    "It also contains several bug fixes and improvements.",
    "此外，还有一些错误修复。",
    "また、いくつかのバグ修正が含まれています。",
    "또한 몇 가지 버그를 수정했습니다.",
  ])("is dropped when it names no change: %s", (sentence) => {
    expect(standingAlone(sentence)).toBeNull();
  });

  it("stands without its connective when it names a change", () => {
    expect(standingAlone("Additionally, `engine fmt` now accepts a path.")).toBe("`engine fmt` now accepts a path.");
    expect(standingAlone("Furthermore, the parser now supports TOML 1.1.")).toBe("The parser now supports TOML 1.1.");
    expect(standingAlone("此外，新增了 `--watch` 参数。")).toBe("新增了 `--watch` 参数。");
    expect(standingAlone("Further improvements to the parser speed.")).toBe("Further improvements to the parser speed.");
  });

  it("never opens a post when the sentence it leaned on was dropped", () => {
    const notes = [
      "This release updates the minimum supported Rust version (MSRV) to 1.49, the `mio` dependency to v0.8, and the (optional) `parking_lot` dependency to v0.12.",
      "Additionally, it contains several bug fixes, as well as internal refactoring and performance improvements.",
      "",
      changes,
    ].join("\n");
    expect(joinedPosts(notes, false)).not.toMatch(/Additionally|several bug fixes/u);
    expect(joinedPosts(notes)).not.toMatch(/Additionally|several bug fixes/u);
  });
});

describe("the project's tagline", () => {
  it.each([
    "Mypy is a static type checker for Python.",
    "Engine is a fast, lightweight template renderer.",
    "Engine は高速なテンプレートのためのライブラリです。",
    "Engine 是一个轻量级的模板引擎。",
    "엔진은 빠른 템플릿을 위한 라이브러리입니다.",
  ])("names no change: %s", (sentence) => {
    expect(definesProject(sentence)).toBe(true);
    expect(texts(`${sentence}\n\n${changes}`)).not.toContain(sentence);
    expect(joinedPosts(`${changes}\n\n${sentence}`)).not.toContain(sentence);
  });

  it("a sentence about a change in that shape is one", () => {
    for (const sentence of ["Python 3.14 is a supported target now.", "This is a breaking change.", "`engine.load` is a new alias for `engine.read`.", "The cache is now a plain directory."]) {
      expect(definesProject(sentence)).toBe(false);
    }
  });
});

describe("a date as an item", () => {
  it.each(["2019년 4월 28일", "2024-05-01", "Released May 1, 2024", "2024年5月1日", "2024.05.01"])("is no change: %s", (date) => {
    expect(texts(`# Engine 3.1\n\n- ${date}\n\n${changes}`)).not.toContain(date);
    expect(joinedPosts(`# Engine 3.1\n\n- ${date}\n\n${changes}`)).not.toContain(date);
  });
});

describe("a section on getting the release", () => {
  it.each(["인스톨러", "Installers", "Downloads", "Assets", "Installation", "下载", "インストーラー"])("is neither an item nor a highlight: %s", (heading) => {
    const notes = `${changes}\n\n## ${heading}\n\nGet the installer from the link below.\n\nhttps://example.com/engine-3.1.0.exe\n\n- engine-3.1.0.exe\n- engine-3.1.0.dmg`;
    const shown = joinedPosts(notes);
    expect(shown).not.toContain(heading);
    expect(shown).not.toContain("engine-3.1.0.exe");
    expect(shown).toContain("Fix a crash on empty input");
  });
});

describe("link text that is a reference", () => {
  it("an issue's number as a link's text goes as '#79' does", () => {
    const notes = ["* [79](https://github.com/acme/engine/issues/79) 链接支持自动补全 `引入特性`", "* [78](https://github.com/acme/engine/pull/78) 修复表格对齐 `修复缺陷`"].join("\n");
    const shown = texts(notes);
    expect(shown.some((text) => text.startsWith("链接支持自动补全"))).toBe(true);
    expect(shown.join("\n")).not.toMatch(/\b7[89]\b/u);
  });

  it("a shortcut reference without a definition shows its words; task boxes and tags stay", () => {
    const shown = texts(
      ["- Fixed usage of `<html>` element within [context]", "- Fixed querying of [metadata] next to `<body>`", "- [BREAKING] Removed `engine.old`", "- Fix the login flow [security]", "- [x] Support TOML"].join("\n"),
    ).join("\n");
    expect(shown).toContain("within context");
    expect(shown).toContain("querying of metadata next");
    expect(shown).not.toMatch(/\[(?:context|metadata)\]/u);
    const model = readNotesModel("- [BREAKING] Removed `engine.old`\n- Fix the login flow [security]\n- Add the `--watch` flag");
    expect(model.entries.map((entry) => entry.kind)).toEqual(expect.arrayContaining(["breaking", "security"]));
  });
});
