// A refactor that tells users to leave an API ("重构 service 模块为 CrudRepository 不再建议使用 IService") is news for
// them, not the repository's upkeep: it is listed, never counted away as housekeeping.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { thread } from "../support/composed.js";

describe("a way of using the project users are told to leave", () => {
  it("is read as a deprecation in Chinese, English, Japanese and Korean", () => {
    for (const text of ["重构 service 模块为 CrudRepository 不再建议使用 IService", "`Cache.get` is no longer recommended", "`foo` の使用は推奨しません", "`foo`는 더 이상 권장하지 않습니다"]) {
      expect(readItem(text).kind, text).toBe("deprecation");
    }
  });
  it("is shown when filed as a refactor, where a plain refactor is not", () => {
    const notes = ["## [v3.5.9] 2024.10.23", "- feat: 重构 service 模块抽象为 CrudRepository 不再建议使用 IService", "- feat: 重构 日志模块", "- feat: 新增 solon 启动插件支持", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("不再建议使用 IService");
    expect(text).not.toContain("重构 日志模块");
  });
});
