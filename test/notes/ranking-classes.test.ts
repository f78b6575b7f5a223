// What leads a post and what a change is, by class of notes: security releases, upgrade notes, what users must act
// on, and the sections whose name says less than the change itself.
import { describe, expect, it } from "vitest";
import { closedVulnerability, raisesPlatformFloor, readItem, saysMustAct } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { thread, posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
/** The notes part of the first post: what follows the opener. */
const firstNotes = (notes: string, thread = false) => (posts(notes, { ...PROJECT, thread })[0] ?? "").split("\n\n").slice(1).join("\n\n");
const kinds = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label}|${entry.text}`);

describe("a security release says so first", () => {
  const towncrier = `This release contains fixes for several vulnerabilities. It is advised to upgrade as soon as possible.

## Bug fixes

- Fixed proxy authorization headers not being passed when reusing a connection.
- Fixed multipart reading failing when encountering an empty body part.

## Removals and backward incompatible breaking changes

- \`Brotli\` minimum version is now 1.2.
`;

  it("the notes' own word leads the single post and the thread, before breaking changes", () => {
    expect(firstNotes(towncrier)).toMatch(/^This release contains fixes for several vulnerabilities\./u);
    expect(firstNotes(towncrier, true)).toMatch(/^This release contains fixes for several vulnerabilities\.[^]*Breaking changes/u);
    expect(firstNotes("## Features\n\n- Add a `--quiet` flag\n\n## Notes\n\nThis is a security release.\n")).toMatch(/^This is a security release\./u);
  });

  it("a heading that only names kinds of change is no line of its own", () => {
    expect(thread(towncrier, PROJECT).join("\n")).not.toMatch(/^Removals and backward incompatible breaking changes$/mu);
  });

  it("a sentence about vulnerabilities that does not say what the release is stays where it ranks", () => {
    expect(firstNotes("## Breaking changes\n\n- Remove the `legacy` option\n\nWe are working on vulnerability reports.\n")).toMatch(/^⚠️ Breaking changes/u);
  });
});

describe("security fixes among the bug fixes", () => {
  it("show under a security label, not the section's", () => {
    const axios = "### Bug Fixes\n\n* **sec:** CVE-2024-39338 ([#6539](https://github.com/axios/axios/issues/6539))\n* **sec:** disregard protocol-relative URL to remediate SSRF\n* handle empty bodies\n";
    expect(firstNotes(axios)).toMatch(/^Security:\n• sec: CVE-2024-39338\n• sec: disregard protocol-relative URL to remediate SSRF\n\nBug Fixes:\n• handle empty bodies/u);
  });

  it("the same advisory listed in two sections shows once", () => {
    const notes = `## Important Notes

- (Critical) [GHSA-5hvv-m4w4-gf6v](https://example.com/a) fix: health check authentication bypass

## Changes since v7.15.1

- [GHSA-5hvv-m4w4-gf6v](https://example.com/a) fix: health check authentication bypass (@tuunit)
- fix: invalidate session on fatal refresh errors
`;
    const all = thread(notes, PROJECT).join("\n");
    expect(all.match(/GHSA-5hvv-m4w4-gf6v/gu)).toHaveLength(1);
    expect(all).toContain("(Critical) GHSA-5hvv-m4w4-gf6v");
  });

  it("a hole named comes before a fix only called a security fix; docs about security name none", () => {
    expect(closedVulnerability("Fix a stored XSS in the preview")).toBe("named");
    expect(closedVulnerability("email validation bypass via malformed claims")).toBe("named");
    expect(closedVulnerability("Tighten the cookie flags (security fix)")).toBe("unnamed");
    expect(closedVulnerability("Fix typo in the security issue template")).toBeNull();
    expect(closedVulnerability("Use dependency injection for the logger")).toBeNull();
    // A notice of holes still open closes none: it never takes a named fix's place in a post.
    expect(closedVulnerability("Three more unfixed vulnerabilities left")).toBe("unnamed");
  });

  it("a thread's first post keeps a named fix's place from a notice of holes still open", () => {
    const cve = (id: number) => `- CVE-2026-${id} -- Fix NULL function pointer dereference for empty external parameter entities; it takes use of both functions XML_ExternalEntityParserCreate and XML_SetParamEntityParsing for an application to be vulnerable.`;
    const notes = `### Security fixes\n\n${cve(32776)}\n${cve(32777)}\n- Three more unfixed vulnerabilities left\n`;
    const first = thread(notes, PROJECT)[0] ?? "";
    expect(first).not.toContain("unfixed");
  });
});

describe("a security section of dependency bumps is dependency updates", () => {
  const notes = `### 新機能
- Dialog コンポーネントにて icon プロパティを追加
### セキュリティアップデート
- 依存ライブラリのアップデート：nth-check, core-js, webpack
- Bump lodash from 4.17.20 to 4.17.21
- Bump minimist to 1.2.6 to fix CVE-2021-44906
`;

  it("unless the bump names the hole it closes", () => {
    expect(kinds(notes).map((line) => line.split("|")[0])).toEqual(["feature", "dependencies", "dependencies", "security"]);
  });

  it("and does not lead the post", () => {
    expect(firstNotes(notes.replace(/.*CVE.*\n/u, ""))).toMatch(/^新機能:\n• Dialog/u);
  });
});

describe("what users must act on when upgrading", () => {
  it("'UPGRADE NOTES' and 'Migration notes' are breaking, 'Behaviour changes' keeps its label, and all lead the first post", () => {
    const features = Array.from({ length: 6 }, (_, index) => `* Add the ${index + 1}th exporter for the metrics pipeline`).join("\n");
    const item = "* backend/s3: The `AWS_USE_FIPS_ENDPOINT` variable now only respects `true` or `false`.\n";
    for (const heading of ["UPGRADE NOTES:", "## Upgrade notes", "### Migration Notes"]) {
      expect(firstNotes(`NEW FEATURES:\n\n${features}\n\n${heading}\n\n${item}`), heading).toMatch(/^⚠️ Breaking changes:\n• backend\/s3: The `AWS_USE_FIPS_ENDPOINT`/u);
    }
    for (const heading of ["### Behaviour changes", "### Behavior changes"]) {
      expect(firstNotes(`NEW FEATURES:\n\n${features}\n\n${heading}\n\n${item}`), heading).toMatch(/^Behaviou?r changes:\n• backend\/s3: The `AWS_USE_FIPS_ENDPOINT`/u);
    }
  });

  it("what the project stops doing comes before features; a fault or a look that is gone does not", () => {
    expect(saysMustAct("No longer search for `conda-*` executables on `PATH` when building the CLI parser.")).toBe(true);
    expect(saysMustAct("`parse()` no longer accepts a string")).toBe(true);
    expect(saysMustAct("Node.js 16 is no longer supported")).toBe(true);
    expect(saysMustAct("No longer crash when the cache folder is missing")).toBe(false);
    expect(saysMustAct("Block cursor is no longer inverted at the start of a selection")).toBe(false);
    expect(saysMustAct("The `name` field is no longer required")).toBe(false);
    const conda = `### Enhancements

* Record the originating hook for each plugin, enabling \`conda info\` and diagnostics to show where plugins were registered from.

### Deprecations

* No longer search for \`conda-*\` executables on \`PATH\` when building the CLI parser.
* Mark \`conda.cli.find_commands\` as pending deprecation for removal in 27.3.
`;
    expect(firstNotes(conda)).toMatch(/^Deprecations:\n• No longer search for `conda-\*` executables/u);
  });

  it("'drop support for' takes something away; before a runtime it is a raised floor", () => {
    expect(saysMustAct("Drop support for the legacy config format")).toBe(true);
    expect(raisesPlatformFloor("Drop support for the legacy config format")).toBe(false);
    expect(raisesPlatformFloor("Drop support for Python 3.9")).toBe(true);
    expect(readItem("Drop support for Python 3.9").kind).toBe("breaking");
  });

  it("a tag that flags a possible break makes even a fix breaking; an incompatibility avoided is none", () => {
    const hutool = `### 🐣新特性
* 【http】增加Windows微信浏览器识别
### 🐞Bug修复
* 【core】修复DateUtil.rangeToList中step小于等于0时无限循环问题
* 【core】【可能的向下兼容问题】修复双引号转义符转义错误问题，修改规则后，对非闭合双引号字段的策略变更
`;
    // The flag is the label's reason: under "破坏性变更" the area stays as the scope, the flag goes.
    expect(firstNotes(hutool)).toMatch(/^⚠️ 破坏性变更：\n• core: 修复双引号/u);
    const fastgpt = "## ⚙️ 优化\n\n1. Chat Agent 中工具选择和知识库选择 UX。\n2. MCP 保存时，自动过滤掉多余的字段，避免 mongo4.x 不兼容。\n";
    expect(kinds(fastgpt).map((line) => line.split("|")[0])).toEqual(["feature", "feature"]);
    expect(posts(fastgpt, PROJECT).join("\n")).not.toContain("破坏性");
  });
});

describe("sections whose name says less than the change", () => {
  it("changesets' 'Patch Changes' do not make a 'feat:' a fix", () => {
    const notes = `### Minor Changes

- abc1234: feat: add \`getJungseong\` and \`getJongseong\`

### Patch Changes

- def5678: fix(assemble): keep characters that cannot be composed
- 0123abc: feat: add a \`keepNonHangul\` option to \`getChoseong\`
`;
    expect(kinds(notes).filter((line) => line.includes("keepNonHangul"))).toEqual(["feature|Features|Add a `keepNonHangul` option to `getChoseong`"]);
    expect(kinds(notes).filter((line) => line.includes("assemble"))).toEqual(["fix|Fixes|assemble: keep characters that cannot be composed"]);
  });

  it("how the project is built and tested is housekeeping, however it improved", () => {
    const notes = "### Bug fixes\n\n* Fix a leak in the pack reader\n\n### Build and CI improvements\n\n* cmake: remove workaround that isn't compatible with Windows on ARM\n";
    expect(kinds(notes).map((line) => line.split("|")[0])).toEqual(["fix", "internal"]);
  });

  it("Japanese 'の追加' before what it names in brackets adds it", () => {
    expect(readItem("Mobile Date/Time シリーズコンポーネントの追加（MobileDatePicker, MobileTimePicker）").kind).toBe("feature");
  });
});

describe("a section that adds takes no removal", () => {
  it("a removal or deprecation under a features heading wears its own kind; lifting a limit stays a feature", () => {
    const read = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);
    expect(read("## 機能追加\n\n- `g.Foo` を追加\n- `g.TickGenerationMode` を廃止")).toEqual(["feature|`g.Foo` を追加", "removal|`g.TickGenerationMode` を廃止"]);
    expect(read("## Added\n\n- Deprecate `baz` in favour of `bar`\n- Remove the 10-file limit")).toEqual(["deprecation|Deprecate `baz` in favour of `bar`", "feature|Remove the 10-file limit"]);
  });
});

describe("a release that breaks and fixes a vulnerability shows both", () => {
  it("the first security fix shows, shortened if need be, after the breaking change rather than a vaguer line", () => {
    const long = "HTTP pools created with `connection_from_url` did not strip the sensitive headers named in `remove_headers_on_redirect` when redirecting to a different host, which leaked credentials to that host in some setups";
    const notes = `## Security\n\nAddressed high-severity security issues.\n\n- ${long}.\n\n## Removals\n\n- Removed support for end-of-life Python 3.9, which reached its end of life last year and is no longer tested by the project.\n`;
    const shown = firstNotes(notes);
    expect(shown).toMatch(/^⚠️ Breaking changes:\n• Removed support for end-of-life Python 3\.9/u);
    expect(shown).toMatch(/Security:\n• HTTP pools created with `connection_from_url`/u);
  });

  it("a sentence over the cases it happens in ('…were bypassed:' then 'When …') is the change, its cases details", () => {
    const notes = "## Security\n\n- Decompression-bomb safeguards of the streaming API were bypassed:\n\n  1. When `drain_conn()` was called after a partial read.\n  2. During the second `read(amt=N)` call.\n";
    expect(kinds(notes)).toEqual(["security|Security|Decompression-bomb safeguards of the streaming API were bypassed"]);
  });
});

describe("what only nightly builds have comes after what every user gets", () => {
  it("a 'Nightly only' section's changes, 🔥 marked or not, stand after the stable fixes", () => {
    const notes = "### Fixed\n\n- Ensure error messages are lower case\n\n### Nightly only\n\n- 🔥 `-Zmin-publish-age`: New unstable feature for the minimum publish age\n- `-Zbindeps`: Remove compat mode from artifacts\n";
    expect(firstNotes(notes)).toMatch(/^Fixed:\n• Ensure error messages are lower case\n\nNightly only:/u);
  });
});
