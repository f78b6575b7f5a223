import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

// A Chinese changelog whose breaking changes fill most of the post, then a security fix that only a cut would fit.
const notes = [
  "### 破坏性变更",
  "",
  `- \`StpInterface.isDisabled\` 补充 \`loginType\` 参数，实现类需要同步修改方法签名${"很".repeat(25)}。`,
  "- 新增 `allowLoginIdColon` 配置。",
  "",
  "### 安全修复",
  "",
  "- 漏洞修复：Snack3 序列化不再写入类型信息，对齐 fastjson 安全策略，避免反序列化漏洞被利用。",
  "",
  "### 新功能",
  "",
  "- 新增：侦听器新增注销前钩子。",
].join("\n");

/** Words as a reader weighs them: a Latin word each, two Chinese letters to a word. */
const weighed = (text: string): number =>
  text.replace(/\p{Script=Han}/gu, " ").split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + Math.floor((text.match(/\p{Script=Han}/gu)?.length ?? 0) / 2);

describe("a cut of a Chinese change after other changes", () => {
  it("keeps four words of its own, or the count tells it", () => {
    const post = single(notes);
    const line = post.split("\n").find((text) => text.includes("Snack3"));
    if (line === undefined) expect(post).toMatch(/另有 \d+ 项更新/u);
    else expect(weighed(line.slice(2).replace(/^[^\s:：]{1,30}[:：]\s*/u, ""))).toBeGreaterThanOrEqual(4);
  });
});
