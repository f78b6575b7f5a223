// A hole named in the notes' own language is a security fix as its English name is: a conventional "Fix(Core)" line
// under no heading that fixes "原型污染" (prototype pollution) leads the post under the security label.
import { describe, expect, it } from "vitest";
import { closedVulnerability } from "../../src/notes/kinds/kinds.js";
import { single } from "../support/composed.js";

const PROJECT = { repo: "console", owner: "acme", version: "3.15.1" };

const NOTES = `## 3.15.1

- \`Feat(Net)\` 新增配置项 \`net.skipPattern\` 以跳过一些请求。
- \`Fix(Core)\` 修复 \`setOption()\` 中可能存在的原型污染问题。
- \`Fix(Core)\` 修复事件 \`ready\` 过早触发的问题。
`;

describe("a hole named in another language", () => {
  it("names prototype pollution in Chinese, Japanese and Korean", () => {
    expect(closedVulnerability("修复 `setOption()` 中可能存在的原型污染问题")).toBe("named");
    expect(closedVulnerability("`merge()` のプロトタイプ汚染を修正")).toBe("named");
    expect(closedVulnerability("`merge()`의 프로토타입 오염 수정")).toBe("named");
  });

  it("leads the post as a security fix", () => {
    const text = single(NOTES, PROJECT);
    const body = text.split("\n\n").slice(1).join("\n\n");
    expect(body.startsWith("安全")).toBe(true);
    expect(body.indexOf("原型污染")).toBeLessThan(body.indexOf("net.skipPattern"));
  });
});
