// A change said twice or only half: a "feat!:" line whose breaking change the notes' BREAKING CHANGES section explains
// again (lerna 10 counted its three breaking changes as six), a problem sentence shown without the sentence that fixes
// it (git's "…gave only one chance to resolve conflicts." without "The command was taught to create a stash."), and a
// shortened change whose post silently lost its "+N more" line.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { readNotesModel } from "../../src/notes/model.js";
import { xRules } from "../../src/notes/networks.js";
import { withBreakingExplained } from "../../src/notes/prose/restatements.js";
import { ELLIPSIS, shorten } from "../../src/notes/text/shorten.js";
import { release, single, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "10.0.0" };
const rules = xRules();

const MARKED_AND_EXPLAINED = [
  "- feat!: fail on a stale remote in CI mode (#4369) ([3e81682](https://github.com/octo/widget/commit/3e81682))",
  "- feat!: support node ^22.13.0 || ^24.0.0, ship widget as ESM-only (#4390)",
  "- fix(core)!: replace deprecated changelog-core dependencies (#4332)",
  "",
  "### Bug Fixes",
  "",
  "- **core:** remove upath dependency (#4317)",
  "- **publish:** show output from lifecycle scripts (#4330)",
  "",
  "### BREAKING CHANGES",
  "",
  "- In CI, `EBEHIND` is now thrown during versioning if the checkout is behind its upstream.",
  "- Widget is now shipped as ESM-only and the lowest supported node version is 22.13.0.",
  "- Widget now uses the current changelog APIs instead of the deprecated changelog-core stack.",
  "",
].join("\n");

describe("a breaking change marked in its line and explained in the breaking section is one change", () => {
  it("keeps the explanations, in the marked lines' order, and drops the marked lines", () => {
    const kept = withBreakingExplained(readNotesModel(MARKED_AND_EXPLAINED).entries).filter((entry) => entry.kind === "breaking");
    expect(kept.map((entry) => entry.text)).toEqual([
      "In CI, `EBEHIND` is now thrown during versioning if the checkout is behind its upstream.",
      "Widget is now shipped as ESM-only and the lowest supported node version is 22.13.0.",
      "Widget now uses the current changelog APIs instead of the deprecated changelog-core stack.",
    ]);
  });

  it("the single post counts three breaking changes, not six, and the thread says each once", () => {
    const post = single(MARKED_AND_EXPLAINED, { ...PROJECT, maxLength: 200 });
    const told = /\+(\d+) more changes? \((\d+) breaking\)/u.exec(post);
    const shownBreaking = post.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(Number(told?.[2] ?? 0) + shownBreaking).toBe(3);
    const all = thread(MARKED_AND_EXPLAINED, PROJECT).join("\n");
    expect(all).not.toContain("ship widget as ESM-only");
    expect(all.match(/ESM-only/gu)).toHaveLength(1);
  });

  it("marked lines and breaking notes that say different things both stay", () => {
    const notes = "- feat!: drop the `legacy` export\n\n### BREAKING CHANGES\n\n- The config file moved to `widget.config.ts`.\n- Plugins must declare an `apiVersion`.\n";
    const texts = withBreakingExplained(readNotesModel(notes).entries).map((entry) => entry.text);
    expect(texts).toEqual(["Drop the `legacy` export", "The config file moved to `widget.config.ts`.", "Plugins must declare an `apiVersion`."]);
  });
});

describe("a problem is never shown without the sentence that fixes it", () => {
  const GIT =
    '"git checkout -m another-branch" was invented to deal with local changes to paths that differ between the branches, but it gave only one chance to resolve conflicts.  The command was taught to create a stash to save the local changes.';

  it("the leading sentence that only states the problem is no cut of the change", () => {
    expect(shorten(GIT, 190, rules)).toBeNull();
    expect(shorten("Previously, `git log --graph` drew a stray line for octopus merges in a narrow window. Now it wraps the graph at the edge.", 100, rules)).toBeNull();
    expect(shorten("渲染大表格时会卡顿，滚动也不流畅。现已修复该问题并优化了虚拟滚动。", 20, rules, "zh")).toBeNull();
    // A break in an earlier version that this one undoes: shown alone, it would announce a new break.
    const undone = "The private `cache.store` attribute was changed in a breaking manner in 4.0.0. Since plugins read it, it is now restored with a shim.";
    expect(shorten(undone, 90, rules)).toBeNull();
    // "Historically, X could only…" is what used to be; "This version of Tool no longer…" is the change.
    const history = "Historically, the `-m` option could only be used with a merge commit. This version of Tool no longer refuses a single-parent commit.";
    expect(shorten(history, 80, rules)).toBeNull();
    expect(shorten(undone, 160, rules)).toMatch(/^The private `cache\.store` attribute .* it is now restored/u);
  });

  it("a leading sentence that is itself the change still leads", () => {
    expect(shorten("Adds a stash for local changes. The command keeps it until the checkout ends.", 40, rules)).toBe("Adds a stash for local changes.");
    expect(shorten("The option was renamed to `--stash`. Now it also works with worktrees.", 40, rules)).toBe("The option was renamed to `--stash`.");
  });

  it("a sentence that opens with what was done is the change, whatever problem it names", () => {
    const revert =
      "Reverts a source compatibility regression in the 1.8.0 release, where existing calls to `Command.parse()` were pre-empted by new `async` versions. The new entry points are now named `asyncParse()`.";
    expect(shorten(revert, 160, rules)).toBe(
      "Reverts a source compatibility regression in the 1.8.0 release, where existing calls to `Command.parse()` were pre-empted by new `async` versions.",
    );
    expect(shorten("修复表格滚动时卡顿的问题。现已修复该问题并优化了虚拟滚动。", 30, rules, "zh")).toBe("修复表格滚动时卡顿的问题。");
  });

  it("a fix stated as a problem shows its fix too, cut if need be, or goes into the count", () => {
    const alone =
      "### Fixes\n\n- Previously, `widget build` ignored the `--out` flag when a config file set `outDir`. The command now honours the flag over the config file and warns when both are set, naming the file that sets it.\n";
    const text = single(alone, { ...PROJECT, maxLength: 200 });
    expect(text).toContain("ignored the `--out` flag when a config file set `outDir`. The command now honours");
    expect(text).toContain(ELLIPSIS);
    const notes = `### Fixes\n\n * ${GIT}\n * "git fetch" learned to honour the fetch.all configuration variable.\n`;
    const post = single(notes, PROJECT);
    expect(post).not.toMatch(/resolve conflicts\.\n/u);
  });

  it("as a last resort, a post that would show no change shows the problem alone", () => {
    const notes = `### Fixes\n\n * ${GIT}\n\n### Documentation\n\n * Typo fixes in the manual.\n`;
    expect(composePosts(release(notes, PROJECT), { maxLength: 240 }).posts[0]?.text).toContain("• \"git checkout -m another-branch\"");
  });
});

describe("a change shortened to fit keeps the post's count of what is left out", () => {
  it("cuts the change shorter rather than dropping the '+N more' line, and stops before a reason clause", () => {
    const notes = [
      "### BREAKING CHANGES",
      "",
      "- Widget is now shipped as ESM-only and the lowest supported node version has changed to 22.13.0, because on this version CommonJS consumers can still require its entry points without any additional flags or warnings.",
      "- Widget now uses the current changelog APIs instead of the deprecated changelog-core stack, and its output may differ.",
      "",
      "### Bug Fixes",
      "",
      "- remove upath dependency",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain(`has changed to 22.13.0${ELLIPSIS}`);
    expect(text).toMatch(/\+2 more changes \(1 breaking\)/u);
  });

  it("a long change with no clause to stop at is cut shorter, and the count stays", () => {
    const notes = [
      "### BREAKING CHANGES",
      "",
      `- ${"Widget now validates every plugin manifest field against the published schema before loading any plugin code at all ".repeat(3).trim()}.`,
      `- ${"Widget now requires an explicit `apiVersion` in every plugin manifest that it loads from the plugin folder ".repeat(3).trim()}.`,
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain(ELLIPSIS);
    expect(text).toContain("+1 more breaking change");
  });

  it("a long breaking change gives way to one as grave that fits whole; the count says the rest", () => {
    const notes = [
      "### BREAKING CHANGES",
      "",
      `- ${"Widget now validates every plugin manifest field against the published schema before loading any plugin code at all ".repeat(3).trim()}.`,
      "- Widget now requires an explicit `apiVersion` in every plugin manifest.",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("• Widget now requires an explicit `apiVersion` in every plugin manifest.");
    expect(text).not.toContain(ELLIPSIS);
    expect(text).toContain("+1 more breaking change");
  });
});

describe("an opening paragraph never trades the most important changes for a lesser one", () => {
  it("features go before a long intro when the intro would leave room only for a small fix", () => {
    const notes = [
      "我们很高兴地宣布姊妹项目 Any Listen 的桌面版已经发布，目前已支持跟随本地文件夹自动更新列表、播放 WebDAV 服务器上的歌曲等功能，更多功能仍在积极开发中，桌面版与网页版会同步更新。",
      "",
      "### 新增",
      "",
      "- 新增「设置 → 其他设置 → 主窗口使用软件内置的圆角及阴影」选项，默认启用，关闭后将使用系统原生的窗口样式，该选项重启软件后生效",
      "- 开放 API 新增播放器声音大小、静音、播放进度控制、完整歌词获取，详情请看接入文档中的说明",
      "- 新增启动参数 `-hidden`，在启动时将软件最小化到系统托盘，适合开机自动启动的场景使用",
      "",
      "### 修复",
      "",
      "- 修复搜索失败",
      "",
    ].join("\n");
    const text = single(notes, PROJECT);
    expect(text).toContain("• 新增「设置 → 其他设置");
    expect(text).not.toContain("修复搜索失败");
  });
});

describe("a code span never ends a sentence", () => {
  it("'??' inside backticks is code, not the end of a question", () => {
    const text = "`observable` is no longer exported. Use a polyfill like `symbol-observable`, or use `Symbol.observable ?? '@@observable'` as a workaround.";
    expect(shorten(text, 200, rules)).toBe(text.slice(0, text.indexOf(" Use")));
    expect(shorten(text, 100, rules)).not.toContain("??");
  });
});

describe("an example's output is no change", () => {
  it("a paragraph that is only a code span does not show on its own", () => {
    const notes = "Commands in workspaces can now use a `vendor` directory.\n\nA run would now report\n\n`mymod/mypack    coverage: 0.0% of statements`\n\n### Fixes\n\n- fix the cache\n";
    const all = thread(notes, PROJECT).join("\n");
    expect(all).toContain("`vendor` directory");
    expect(all).not.toContain("coverage: 0.0%");
  });
});
