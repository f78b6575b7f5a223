// Labels that must not mislead: "Security" only for holes (not thread safety), "Removed" only for what users lose (not
// code cleanups or faults taken away), a removal of deprecated APIs under a major release's "Features" is breaking, a
// change under a generic section wears the label the notes give its kind, and a commit type as a heading ("optimize:")
// is said in the notes' language.
import { describe, expect, it } from "vitest";
import { closedVulnerability, readItem } from "../../src/notes/kinds/kinds.js";
import { readNotesModel } from "../../src/notes/model.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "gadget", owner: "acme", version: "2.1.0" };
const kinds = (notes: string, version?: string): string[] => readNotesModel(notes, undefined, version).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}`);

describe("security only for holes", () => {
  it("thread safety is a concurrency fix, in English, Chinese and Japanese", () => {
    for (const text of ["Fix a thread safety issue in the pool", "修复缓存刷新时的线程安全问题", "修复并发安全问题", "スレッドセーフでない処理を修正"]) {
      expect(closedVulnerability(text), text).toBeNull();
    }
  });
  it("unsafe deserialization, injection and path traversal are holes, in English, Chinese and Japanese", () => {
    for (const text of ["Fix unsafe deserialization in the config loader", "修复配置加载器中不安全的反序列化", "修复导出接口的路径遍历", "修复模板注入", "設定ローダーの安全でないデシリアライズを修正", "Fix command injection in the runner"]) {
      expect(closedVulnerability(text), text).not.toBeNull();
    }
  });
  it("a hole fixed under a fix section leads the post; a thread-safety fix stays a fix", () => {
    const notes = ["### bugfix:", "", "- 修复计数器的线程安全问题", "- 修复 YAML 加载器中不安全的反序列化", "- 修复重试次数没有重置"].join("\n");
    expect(kinds(notes)).toEqual(["fix|bugfix", "security|安全", "fix|bugfix"]);
  });
});

describe("removed only for what users lose", () => {
  it("code cleanups are housekeeping, faults taken away are fixes", () => {
    expect(readItem("unix: remove unnecessary sys/stat.h include in fs.c").kind).toBe("internal");
    expect(readItem("remove unused variable in the parser").kind).toBe("internal");
    expect(readItem("Remove dead code from the scheduler").kind).toBe("internal");
    expect(readItem("win: remove TOCTOU issues from uv_fs_open").kind).toBe("fix");
    expect(readItem("Remove duplicate entries in the completion list").kind).toBe("fix");
  });
  it("what users had is still a removal", () => {
    expect(readItem("remove the --legacy flag").kind).toBe("removal");
    expect(readItem("unix: remove uv_old_api function").kind).toBe("removal");
    expect(readItem("Remove the Issues tab from the sidebar").kind).toBe("removal");
  });
  it("a cleanup does not lead a post under Removed", () => {
    const post = single(["* unix: remove unnecessary sys/stat.h include in fs.c", "", "* unix: add thread affinity support on plan9", "", "* win: fix leak in tmpdir"].join("\n"), PROJECT);
    expect(post).not.toContain("Removed");
  });
});

describe("a removal of deprecated APIs under a major release's Features", () => {
  const notes = ["# 5.0.0", "", "### Features", "", "* **compiler:** add output target validation", "* **props:** removal of deprecated connect and context APIs", "", "### BREAKING CHANGES", "", "See the migration guide for details."].join("\n");
  it("breaks, and is not shown as a feature", () => {
    expect(kinds(notes, "5.0.0").slice(0, 2)).toEqual(["feature|Features", "breaking|⚠️ Breaking changes"]);
    expect(single(notes, { ...PROJECT, version: "5.0.0" })).toMatch(/Breaking changes:\n• props: removal of deprecated connect/u);
  });
  it("in a minor release it is a removal", () => {
    expect(kinds(notes, "5.1.0")[1]).toBe("removal|Removed");
  });
});

describe("one label per kind", () => {
  it("an addition under a generic Changes wears the notes' own label for features", () => {
    const notes = ["## New features", "", "* Add `Strict` option to `Layout/Width`.", "* Add new check `Style/Order`.", "", "## Bug fixes", "", "* Fix an error for `Lint/Empty`.", "", "## Changes", "", "* Add autocorrection for `Lint/Spare`."].join("\n");
    expect(kinds(notes)).toEqual(["feature|New features", "feature|New features", "fix|Bug fixes", "feature|New features"]);
    expect(single(notes, PROJECT)).not.toMatch(/^Features:/mu);
  });
});

describe("a commit type as a heading in notes in another language", () => {
  it("is said in the notes' language", () => {
    const notes = ["### feature:", "", "- 支持 注册中心客户端", "", "### optimize:", "", "- 优化 日志输出", "- 优化 负载均衡算法"].join("\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("优化：");
    expect(post).not.toContain("optimize");
    const ja = single(["### feature:", "", "- 設定画面を追加しました", "", "### optimize:", "", "- ログ出力を改善しました"].join("\n"), PROJECT);
    expect(ja).toContain("最適化");
  });
});
