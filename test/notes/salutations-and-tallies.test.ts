// A blog post that opens like a letter ("亲爱的社区小伙伴们，", "Dear users,") and then tallies its merged pull requests
// ("此次发布合并了468个PR，带来了众多新功能和改进。") and says what the article will do ("本文将详细介绍…") says nothing a
// post can show: the post shows the changes instead.
import { describe, expect, it } from "vitest";
import { isGreeting } from "../../src/notes/prose/greetings.js";
import { onlyCountsChanges } from "../../src/notes/prose/change-counts.js";
import { single } from "../support/composed.js";

describe("a letter's salutation", () => {
  it("is a greeting in the languages notes come in", () => {
    for (const line of ["亲爱的社区小伙伴们，", "亲爱的社区小伙伴们", "Dear users,", "Dear Community!", "Liebe Community,", "Chers utilisateurs,", "Queridos usuarios:", "親愛なる皆様へ"]) {
      expect(isGreeting(line), line).toBe(true);
    }
  });

  it("is not a product named Dear ImGui, nor a sentence that goes on", () => {
    for (const line of ["Dear ImGui 1.90 adds tables", "Dear ImGui", "亲爱的用户，我们修复了登录崩溃的问题。", "Dear users, this release fixes the login crash."]) {
      expect(isGreeting(line), line).toBe(false);
    }
  });
});

describe("a tally of merged pull requests", () => {
  it("names no change", () => {
    expect(onlyCountsChanges("此次发布合并了468个PR，带来了众多新功能和改进。")).toBe(true);
    expect(onlyCountsChanges("This release merges 468 pull requests, bringing many new features and improvements.")).toBe(true);
  });

  it("is a change when it says what the pull requests did", () => {
    expect(onlyCountsChanges("此次发布合并了12个PR，修复了登录时的崩溃。")).toBe(false);
    expect(onlyCountsChanges("This release merges 3 pull requests that fix the login crash.")).toBe(false);
  });

  it("leaves the post for the changes", () => {
    const notes = [
      "亲爱的社区小伙伴们，",
      "",
      "我们很高兴地宣布，Widget 2.0 版本正式发布！此次发布合并了468个PR，带来了众多新功能和改进。本文将详细介绍2.0版本的关键更新，欢迎更多开发者加入我们的开源社区！",
      "",
      "## 新功能",
      "",
      "- **Prometheus支持**：新增Prometheus解析器和推送模式。",
      "- **短信功能**：支持通过阿里云发送短信。",
      "",
    ].join("\n");
    const post = single(notes);
    expect(post).not.toContain("亲爱的");
    expect(post).not.toContain("468");
    expect(post).not.toContain("本文");
    expect(post).toContain("Prometheus");
  });
});
