// Source headings never leak into a post as changes or labels, and what only pointed at references on the forge goes:
// an upgrade-instructions section is no change, a label drops the version, the page heading and the bracket tags it
// came with, and RST references, short hashes and id-only link words are residue.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { checkPosts } from "../support/post-checks.js";
import { single, thread } from "../support/composed.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);
const labels = (notes: string): Array<string | null> => readNotesModel(notes).entries.map((entry) => entry.label);

describe("an upgrade-instructions section is not a change", () => {
  const page = (title: string, paragraph: string, feature: string, heading: string): string =>
    [`${title}`, "", paragraph, "", `## ${heading}`, "", `### ${feature}`, "", `${feature}. It is enabled by default now.`, ""].join("\n");

  it("drops 'Rails 7.2にアップグレードする' (upgrade to Rails 7.2) and keeps the features after it", () => {
    const notes = page("Rails 7.2にアップグレードする\n----------------------", "既存のアプリケーションをアップグレードするのであれば、その前に質のよいテストカバレッジを用意するのはよい考えです。", "YJITがデフォルトで有効になった", "主要な機能");
    const shown = texts(notes).join("\n");
    expect(shown).not.toContain("アップグレードする");
    expect(shown).toContain("YJIT");
  });

  it.each([
    ["How to upgrade", "Run the installer again and restart the server before you open the dashboard."],
    ["升级指南", "请先备份数据库，然后运行安装程序并重启服务。"],
    ["업그레이드 방법", "데이터베이스를 백업한 뒤 설치 프로그램을 다시 실행하세요."],
    ["Upgrade guide", "Run the installer again and restart the server before you open the dashboard."],
  ])("drops '%s'", (heading, paragraph) => {
    const notes = ["## Highlights", "", "- Faster startup for large projects", "", `## ${heading}`, "", paragraph, ""].join("\n");
    expect(texts(notes).join("\n")).not.toContain(heading);
    expect(texts(notes).join("\n")).not.toContain(paragraph.slice(0, 12));
  });

  it("(guard) keeps an item that upgrades a dependency", () => {
    expect(texts("## Changes\n\n- Upgrade `vite` to v6\n- Fix the login page\n").join("\n")).toContain("Upgrade `vite` to v6");
  });
});

describe("labels carry no source heading, version or tag", () => {
  it("gives a breaking item under a versioned page heading the plain breaking label", () => {
    const notes = ["Rails 7.2の注目ポイント:", "", "* Dev Container設定が利用可能になった", "* Ruby 3.1以上が必須になった", "* Brakemanがデフォルトで有効になった", ""].join("\n");
    const post = single(notes, "rails");
    expect(post).not.toMatch(/\(Rails 7\.2の注目ポイント\)/u);
  });

  it("strips the version a towncrier section repeats: 'Features - 21.7.0' is 'Features'", () => {
    const notes = ["v21.7.0 (2026-07-21)", "====================", "", "Features - 21.7.0", "-----------------", "", "- Declare support for Python 3.15.", "", "Bugfixes - 21.7.0", "-----------------", "", "- Fix a crash on start.", ""].join("\n");
    expect(labels(notes)).toEqual(["Features", "Bugfixes"]);
  });

  it("(guard) keeps a label whose version is its subject", () => {
    const notes = "## Python 3.15 support\n\n- Declare support for the new classifier\n- Test the free-threaded build\n";
    expect(labels(notes)[0]).toBe("Python 3.15 support");
  });

  it("labels '[Fix] [TypesSript]:' over sub-items by the kind its tag names, never with the raw tags", () => {
    const notes = ["## 更新日志", "", "+ [Feature] [pie]: 提供 `clockwise` 选项。", "+ [Fix] [TypesSript]:", "    - 修复并增强 `TS` `ESM` 与 `CJS` 的兼容性。", "    - 修复缺失的导出类型。", ""].join("\n");
    const shown = labels(notes);
    expect(shown.filter((label) => label !== null && label.includes("["))).toEqual([]);
    const fixes = readNotesModel(notes).entries.filter((entry) => entry.text.includes("兼容性"));
    expect(fixes[0]?.kind).toBe("fix");
  });

  it("(guard) tags that name only areas label nothing", () => {
    const notes = ["## Changes", "", "- [matrix] [axis]:", "  - Fix the tick labels.", "  - Fix the axis range.", ""].join("\n");
    expect(labels(notes).filter((label) => label !== null && label.includes("["))).toEqual([]);
  });
});

describe("reference residue goes", () => {
  const rst = [
    "v10.6.1 (2026-07-06)",
    "====================",
    "",
    "Bug Fixes",
    "---------",
    "",
    "* **changelog**: Fix handling of whitespace commit bodies in the template filter (`PR#1457`_,",
    "  `d95e46e`_)",
    "",
    "* **cmd-version**: Fix non-styled error msg when strict, closes `#1423`_",
    "  (`PR#1437`_, `5e8f94c`_)",
    "",
    ".. _#1423: https://github.com/acme/lantern/issues/1423",
    ".. _5e8f94c: https://github.com/acme/lantern/commit/5e8f94c3d81ccf17598af8a77659dd31df2ea403",
    ".. _d95e46e: https://github.com/acme/lantern/commit/d95e46e0000000000000000000000000000000aa",
    ".. _PR#1437: https://github.com/acme/lantern/pull/1437",
    ".. _PR#1457: https://github.com/acme/lantern/pull/1457",
    "",
  ].join("\n");

  it("drops RST references to pull requests, issues and commits, with their 'closes'", () => {
    const posts = thread(rst).join("\n");
    expect(posts).toContain("Fix handling of whitespace commit bodies in the template filter");
    expect(posts).not.toMatch(/PR#|d95e46e|5e8f94c|#1423|closes/u);
  });

  it("(guard) keeps a named reference to a page that is no change", () => {
    const notes = ["Features", "--------", "", "- Add a `Windows installer`_ for ARM machines.", "", ".. _Windows installer: https://example.org/install", ""].join("\n");
    expect(single(notes)).toContain("Add a Windows installer for ARM machines");
  });

  it("drops a link whose words are only the id of the issue it points at ('Issue-zensical-818')", () => {
    const notes = "### Bug Fixes\n\n- Stop propagating the `preview` extension. [Issue-zensical-818](https://github.com/zensical/zensical/issues/818)\n";
    expect(single(notes)).not.toContain("Issue-zensical-818");
  });

  it("(guard) keeps words linked to an issue that say something", () => {
    const notes = "### Bug Fixes\n\n- Fix the [crash on empty files](https://github.com/acme/lantern/issues/818) in the parser.\n";
    expect(single(notes)).toContain("crash on empty files");
  });
});

describe("the report's checks see bare hashes and id-only link words", () => {
  const check = (post: string, notes: string) => checkPosts({ posts: [post], notes, releaseUrl: "", mode: "single", maxLength: 280 }).filter((defect) => defect.check === "credit-leftover");

  it("flags a short commit hash the notes link to its commit", () => {
    const notes = "- Fix the filter ([d95e46e](https://github.com/acme/lantern/commit/d95e46e0aa))\n";
    expect(check("Lantern 2.3.0 is out!\n\n• Fix the filter d95e46e", notes)).toHaveLength(1);
  });

  it("flags link words that are only an id", () => {
    const notes = "- Stop it. [Issue-zensical-818](https://github.com/zensical/zensical/issues/818)\n";
    expect(check("Lantern 2.3.0 is out!\n\n• Stop it. Issue-zensical-818", notes)).toHaveLength(1);
  });

  it("(guard) no alarm on a hex-looking word the notes never link to a commit", () => {
    const notes = "- Set the default colour to deadbeef1 in the theme\n";
    expect(check("Lantern 2.3.0 is out!\n\n• Set the default colour to deadbeef1 in the theme", notes)).toEqual([]);
  });
});
