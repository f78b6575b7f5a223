// A notice that an older release line has reached its end of life: "Flux v2.6 has reached end-of-life and is no longer
// supported", "Version 3.x is now EOL", "2.4 系列已停止维护". It tells users of an old version to move, and changes
// nothing in the release it ships with: no breaking change of this release, and ranked after what the release does.
// (One that also takes something away, "these APIs have reached end-of-life and have been removed", is a removal. One of
// a runtime, platform or dependency, "Python 3.8 has reached end-of-life and is no longer supported", is the commonest
// way to say this release drops it: a raised floor, breaking. Only the project's own line, named by a bare version or
// the project's name, is a notice.)
// Pure word tests on one change's text.

import { namesPlatformVersion } from "./kinds.js";

const END_OF_LIFE = new RegExp(
  [
    String.raw`\b(?:has|have)\s+(?:now\s+)?reached\s+(?:its\s+|their\s+)?(?:end[- ]of[- ](?:life|support)|eol)\b`,
    String.raw`\b(?:is|are)\s+(?:now\s+)?(?:end[- ]of[- ]life|eol)\b`,
    String.raw`\bhat\s+(?:nun\s+)?(?:das\s+)?(?:ende\s+(?:seiner|ihrer)\s+(?:lebensdauer|unterstützung)|end[- ]of[- ]life)\s+erreicht`,
    String.raw`\ba\s+atteint\s+(?:sa\s+)?fin\s+de\s+(?:vie|support)`,
    String.raw`\b(?:ha\s+llegado\s+al\s+final\s+de\s+su\s+vida|chegou\s+ao\s+fim\s+d[ao]\s+(?:vida|suporte))`,
    String.raw`достиг\S*\s+(?:конца\s+(?:жизненного\s+цикла|поддержки)|end[- ]of[- ]life|eol)`,
    String.raw`(?:已|已经)?(?:停止维护|结束生命周期|达到生命周期终点|生命周期结束)|サポート(?:期間)?(?:が|を)?終了(?:しました|した)|(?:지원|수명)(?:이)?\s*종료(?:되었|됐)`,
  ].join("|"),
  "iu",
);
// A version or release line the notice is about: "v2.6", "3.x", "2.4 系列".
const VERSION = /\bv?\d+(?:\.(?:\d+|x))+\b|\bv\d+\b/iu;
// What is taken away with it is a change of this release.
const TAKEN = /\b(?:removed|dropped|deleted)\b|移除|删除|削除|제거|entfernt|supprimé|eliminad|removid|удален/iu;

// A runtime or dependency said to be one: "the Foo 1.x runtime", "dependency `libbar` 2.x".
const NOT_OURS = /\b(?:runtimes?|dependenc(?:y|ies)|librar(?:y|ies)|interpreters?|compilers?|toolchains?|sdks?)\b|运行时|依赖|依賴|ランタイム|依存/iu;

/** True when a change only announces that an older version reached its end of life. */
export const noticesEndOfLife = (text: string): boolean =>
  END_OF_LIFE.test(text) && VERSION.test(text) && !TAKEN.test(text) && !namesPlatformVersion(text) && !NOT_OURS.test(text);
