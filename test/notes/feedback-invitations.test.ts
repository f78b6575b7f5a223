import { describe, expect, it } from "vitest";
import { proseScore } from "../../src/notes/prose/prose.js";

describe("an invitation to give feedback names no change, in Korean, Japanese and Chinese too", () => {
  it.each(["여러분의 소중한 피드백이 FOSSLight의 발전에 기여할 것입니다.", "의견을 공유해 주세요!", "ご意見をお寄せください。", "欢迎大家的反馈！"])("%s", (sentence) => {
    expect(proseScore(sentence)).toBeLessThan(0);
  });
  it("a sentence that names a change stays", () => {
    expect(proseScore("피드백 화면에 CSV 내보내기가 추가되었습니다.")).toBeGreaterThanOrEqual(0);
  });
});
