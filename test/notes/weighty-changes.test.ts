// Picks in long categorised changelogs: a default made stricter ranks right after breaking changes and highlights, in
// English, Chinese, Japanese and Korean (a fault gone, "no longer crashes", does not); a public API reworked ranks with
// highlights; a dependency added is upkeep, never a post's lead.
import { describe, expect, it } from "vitest";
import { xRules } from "../../src/notes/networks.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { narrowsBehaviour, reworksApi } from "../../src/notes/kinds/weighty-changes.js";
import { single } from "../support/composed.js";

// Many small features before the change that matters, so that source order alone would leave it out.
const smallFirst = (heading: string, small: readonly string[], weighty: string): string =>
  [heading, "", ...small.map((line) => `- ${line}`), `- ${weighty}`].join("\n");

const SMALL_EN = [
  "Add `--color` option to the `list` command so the listing can be coloured by type",
  "Add `--width` option to the `table` command to set the width of each column",
  "Add `--quiet` option to the `sync` command to print nothing but the errors it meets",
  "Support reading the configuration from `XDG_CONFIG_HOME` when it is set",
  "Show the elapsed time in the summary line at the end of every run",
];

describe("a default made stricter", () => {
  it("ranks a refusal filed last under Changed before the small options (English)", () => {
    const text = single(smallFirst("## Changed", SMALL_EN, "The server now rejects requests without a `Host` header"));
    expect(text).toContain("now rejects requests");
  });

  it("ranks a default turned off before the small options", () => {
    const text = single(smallFirst("## Added", SMALL_EN, "Telemetry is now disabled by default"));
    expect(text).toContain("Telemetry is now disabled by default");
  });

  it("ranks 不再 and 默认不 in Chinese notes", () => {
    const small = ["新增 `--color` 参数，列表可以按类型着色显示", "新增 `--width` 参数，可以设置表格每一列的宽度", "支持从 `XDG_CONFIG_HOME` 读取配置文件", "运行结束时在汇总行中显示总耗时", "新增 `--quiet` 参数，只输出遇到的错误信息", "新增导出为 CSV 文件的功能，可以选择导出的列", "新增中文和日文的界面翻译"];
    expect(single(smallFirst("## 新功能", small, "插件目录中的脚本不再自动加载，需要在配置中显式开启"))).toContain("不再自动加载");
  });

  it("ranks デフォルトで…しない in Japanese notes", () => {
    const small = ["`list` コマンドに `--color` オプションを追加しました", "`table` コマンドに `--width` オプションを追加しました", "`XDG_CONFIG_HOME` から設定ファイルを読み込めるようにしました", "実行の最後に合計時間を表示するようにしました", "`sync` コマンドに `--quiet` オプションを追加しました", "CSV 形式でのエクスポートに対応しました", "中国語と韓国語の翻訳を追加しました"];
    expect(single(smallFirst("## 変更点", small, "プラグインをデフォルトで読み込まないようにしました"))).toContain("デフォルトで読み込まない");
  });

  it("ranks 더 이상 in Korean notes", () => {
    const small = ["`list` 명령에 `--color` 옵션을 추가했습니다", "`table` 명령에 `--width` 옵션을 추가했습니다", "`XDG_CONFIG_HOME` 에서 설정 파일을 읽을 수 있습니다", "실행이 끝나면 전체 소요 시간을 요약 줄에 표시합니다", "`sync` 명령에 `--quiet` 옵션을 추가했습니다", "CSV 형식으로 내보내기를 지원합니다"];
    expect(single(smallFirst("## 변경 사항", small, "플러그인을 더 이상 자동으로 불러오지 않습니다"))).toContain("더 이상 자동으로");
  });

  it("reads no fault gone, relaxed need or new feature as one", () => {
    expect(narrowsBehaviour("The app no longer crashes when the config is empty")).toBe(false);
    expect(narrowsBehaviour("`token` is no longer required")).toBe(false);
    expect(narrowsBehaviour("The `jobs` API is no longer experimental")).toBe(false);
    expect(narrowsBehaviour("Add `--keep` so that files are no longer deleted")).toBe(false);
    expect(narrowsBehaviour("修复后不再崩溃")).toBe(false);
    expect(narrowsBehaviour("더 이상 충돌하지 않습니다")).toBe(false);
    expect(narrowsBehaviour("Plugins are no longer loaded by default")).toBe(true);
  });

  it("leaves a fix that says a fault is gone in its place", () => {
    const notes = ["## Fixes", "", "- Fix rendering of long lines in the table view", "- Fix the colour of links in dark mode", "- The app no longer flickers when the config is empty"].join("\n");
    expect(single(notes).indexOf("Fix rendering")).toBeLessThan(single(notes).indexOf("no longer flickers"));
  });
});

describe("a public API reworked", () => {
  it("ranks with the highlights, before a floor and small options", () => {
    const notes = smallFirst("## Changed", ["Raise the minimum supported Rust version to 1.80 for the whole workspace", ...SMALL_EN], "The `Storage` trait has been reworked to be async and object-safe");
    expect(single(notes)).toContain("`Storage` trait has been reworked");
  });

  it("is not the project's own tests, docs or internals", () => {
    expect(reworksApi("Rewrite the test harness for the `Client` class")).toBe(false);
    expect(reworksApi("Reworked internal `Cache` struct")).toBe(false);
    expect(reworksApi("Redesigned the plugin API")).toBe(true);
  });
});

describe("a dependency added", () => {
  it("never leads a post (English)", () => {
    const notes = ["## Features", "", "- Add dependency on `zstd` for compression", "- Add `--level` option to `pack`", "- Support reading archives from stdin"].join("\n");
    expect(single(notes)).not.toContain("zstd");
  });

  it("never leads a post (Chinese)", () => {
    const notes = ["## 新功能", "", "- 新增依赖 hutool 5.8", "- 支持导出 Excel 文件", "- 新增 `--level` 参数"].join("\n");
    expect(single(notes)).not.toContain("hutool");
  });

  it("keeps a peer dependency users must install, and dependency injection", () => {
    const notes = ["## 新功能", "", "- 新增依赖注入容器", "- 支持导出 Excel 文件"].join("\n");
    expect(single(notes)).toContain("依赖注入");
  });
});

describe("a release of upkeep only", () => {
  it("says so in one sentence when its one other line fixes the CI (Chinese)", () => {
    const notes = ["## 更新内容", "", "- 修复 CI 配置", "- 升级依赖 lodash 到 4.17.21", "- 更新文档"].join("\n");
    expect(single(notes)).toContain("维护版本：");
  });

  it("says so in one sentence when its one other line is a bare CI fix (Chinese, Korean)", () => {
    expect(single(["## 更新内容", "", "- 修复CI", "- 升级依赖 lodash 到 4.17.21"].join("\n"))).toContain("维护版本：");
    expect(single(["## 변경 사항", "", "- CI 수정", "- 의존성 업데이트"].join("\n"))).toContain("유지 보수 릴리스");
  });

  it("says so in English when a CI workflow update stands beside bumps and docs", () => {
    const notes = ["## What's Changed", "", "- Update GitHub Actions workflow", "- Bump eslint from 9.1.0 to 9.2.0", "- docs: fix typo in README"].join("\n");
    expect(single(notes)).toContain("A maintenance release:");
  });
});

describe("a problem stated before its remedy", () => {
  const text =
    "Usage of vulnerable conversions (e.g. `%()s`) with the `--exec` option is an all-too-common pitfall. To remedy this, `--exec` now only allows safe conversions in its command templates.";

  it("never shows the pitfall without the remedy", () => {
    const cut = shorten(text, 140, xRules());
    expect(cut === null || cut.includes("now only allows")).toBe(true);
  });

  it("shows both when they fit", () => {
    expect(shorten(text, 200, xRules())).toContain("To remedy this");
  });

  it("shows the remedy alone, without its pointer back, where both do not fit", () => {
    expect(shorten(text, 100, xRules())).toBe("`--exec` now only allows safe conversions in its command templates.");
    // A fix that only points back ("This has been fixed.") says nothing alone: no form then.
    expect(shorten("The parser used to crash on empty input in some cases we saw. This has been fixed now.", 40, xRules())).toBeNull();
  });
});
