// The kind a change's own words give it where its label or conventional type says less: a `refactor:` that adds an API
// users call ("提供 detachMedia 接口", "expose a `switchUrl` option") is a feature; a change that opens with where it
// applies ("Web平台、App平台 新增 组件 …", "微信小程序平台 修复 …") is of the kind its verb says. Pure word tests.
import { CJK_LETTER } from "../text/cjk.js";

// What a user-facing capability is named as: an API, interface, method, option, event or parameter users call, or
// support for what the release can now read or play. (Not tests, CI, lint or docs: those are the project's own.)
const CAPABILITY_NOUN = String.raw`(?:apis?|interfaces?|options?|commands?|flags?|hooks?|events?|methods?|parameters?|params?|endpoints?|props?)`;
const ADDS_CAPABILITY = new RegExp(
  [
    // "add a `detach()` method", "expose the `switchUrl` option", "support HLS ABR", "support for H.265".
    String.raw`^(?:add(?:s|ed)?|introduc(?:e|es|ed)|expose[sd]?|provide[sd]?|new)\b[^.;]{0,60}?\b${CAPABILITY_NOUN}\b`,
    String.raw`^(?:add(?:s|ed)?\s+)?support(?:s|ed)?\s+(?:for\s+)?(?!(?:tests?|ci|lint|docs?)\b)\S`,
    // "对外提供 APPEND_BUFFER 时机" (offered to the outside), "提供 detachMedia 接口", "支持hls abr能力", "新增 xx API".
    String.raw`^对外(?:提供|暴露)|^(?:提供|暴露|支持|新增|增加|添加)[^。；;]{0,30}?(?:接口|API|能力|方法|事件|参数|属性)`,
    // "H.265 コーデックサポートを追加", "`--x` オプションを追加", "API を公開".
    String.raw`(?:サポート|対応|オプション|インターフェース|インタフェース|API|コマンド|コーデック|プロトコル)(?:を)?(?:追加|公開|提供)(?:しました|する|した)?[。.]?$`,
    String.raw`(?:지원|옵션|인터페이스|API|명령|코덱|프로토콜)\s*(?:을|를)?\s*(?:추가|공개|제공)(?:했습니다|합니다|함|됨)?[.]?$`,
  ].join("|"),
  "iu",
);
// What only the project's own repository has: its tests, CI, lint, type-checks and docs.
// (Nor translations brought up to date: kinds.ts files those as housekeeping.)
const PROJECT_ONLY = /\b(?:tests?|testing|ci|lint(?:ing|er)?|type[- ]?check\w*|docs?|documentation|readme|changelog|benchmarks?|translations?)\b|测试|单测|注释|文档|翻译|テスト|ドキュメント|翻訳|테스트|문서|번역/iu;
// A name users write in their code: a code span, a camelCase or SCREAMING_CASE identifier, a call. English words alone
// ("add option parsing helper", "add rollup plugin for types") are as often the project's own plumbing.
const CODE_NAME = /`[^`\n]+`|\b[a-z]+[A-Z]\w*\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b\w+\(\)/u;
// Only a refactor can be a mislabelled feature: chore, build, ci, test and style commits are the project's own work.
const REFACTOR_TYPE = /^[\p{Extended_Pictographic}\uFE0F\u200D\s>*-]*(?:refactor(?:\([^)\n]{0,60}\))?[:：]|♻️|重构[:：])/iu;

/**
 * True when a refactor's words add a capability users reach (an API, option, event, support for a codec…). `typed` is
 * the line as the notes write it, its conventional type included; `text` is the line without it.
 */
export function addsCapability(typed: string, text: string): boolean {
  if (!REFACTOR_TYPE.test(typed)) return false;
  // A scope before the words ("(xgplayer-hls) 提供…", "hls: expose…") says where, not what.
  const words = text
    .replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "")
    .replace(/^(?:\([^)\n]{1,40}\)|[\w@./-]{1,30}:)\s*/u, "")
    .trim();
  if (!ADDS_CAPABILITY.test(words) || PROJECT_ONLY.test(words)) return false;
  // Latin-script words must name what users call; CJK lines name it with their own noun (接口, API を公開).
  return CJK_LETTER.test(words) || CODE_NAME.test(words) || /^(?:add(?:s|ed)?\s+)?support/iu.test(words);
}

// Where a change applies, before its verb: platforms or components in CJK, joined by "、" ("Web平台、iOS平台", "App平台
// 蒸汽模式", "微信小程序平台"); up to two such words, each followed by a space.
const SCOPE_THEN_VERB = /^(?:[\p{L}\p{N}._-]{1,20}(?:、[\p{L}\p{N}._-]{1,20})*\s+){1,2}(新增|增加|添加|支持|修复|修正|优化|调整|改进|移除|删除|废弃)(?=\s|\p{Script=Han})/u;
const VERB_KINDS: ReadonlyArray<[RegExp, "feature" | "fix" | "change" | "removal" | "deprecation"]> = [
  [/^(?:新增|增加|添加|支持)$/u, "feature"],
  [/^(?:修复|修正)$/u, "fix"],
  [/^(?:优化|调整|改进)$/u, "change"],
  [/^(?:移除|删除)$/u, "removal"],
  [/^废弃$/u, "deprecation"],
];

/** The kind a CJK change's verb gives it after the platforms or parts it names first ("Web平台 修复 …" is a fix), or
 *  null when it does not open so. */
export function kindAfterScope(text: string): "feature" | "fix" | "change" | "removal" | "deprecation" | null {
  // A tag before it ("【重要】新增 …") stands where a scope would: the verb after it is the line's first word.
  const tag = /^[[【][^\]】\n]{1,12}[\]】]\s*/u.exec(text)?.[0];
  const verb = SCOPE_THEN_VERB.exec(tag === undefined ? text : `tag ${text.slice(tag.length)}`)?.[1];
  if (verb === undefined) return null;
  return VERB_KINDS.find(([pattern]) => pattern.test(verb))?.[1] ?? null;
}

// Support for a new codec, protocol, format, platform, runtime or component: a capability the release is named for,
// before an option of what exists ("H.265 コーデックサポートを追加", "Add support for the AV1 codec", "新增 鸿蒙平台 支持").
const NEW_SUPPORT = new RegExp(
  [
    String.raw`\b(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new)\b[^.;]{0,20}?\bsupport\s+for\s+(?:the\s+)?[^.;]{1,40}?\b(?:codecs?|protocols?|formats?|platforms?|runtimes?|components?|databases?)\b`,
    String.raw`^(?:add(?:s|ed)?\s+)?[^.;\s]{1,20}(?:\s+[^.;\s]{1,20})?\s+(?:codec|protocol|format|platform|runtime)\s+support\b`,
    String.raw`(?:コーデック|プロトコル|フォーマット|プラットフォーム|コンポーネント)(?:の)?\s*(?:サポート|対応)(?:を)?(?:追加|開始)`,
    String.raw`(?:新增|增加|添加|支持)[^。，,；;]{0,20}?(?:编解码|编码格式|协议|平台|组件)(?:支持)?$`,
    String.raw`(?:코덱|프로토콜|플랫폼|컴포넌트)\s*지원\s*(?:을|를)?\s*추가`,
  ].join("|"),
  "iu",
);

/** True when a change adds support for a codec, protocol, format, platform or component. */
export const addsNewSupport = (text: string): boolean => NEW_SUPPORT.test(text.replace(/`[^`\n]*`/gu, "`x`"));

// An adjustment of what exists: a validation, a message, a log line, a rename, wording. Named after what it adjusts
// ("signaling URL のバリデーションを追加", "Add validation for the config path", "改进错误提示").
const ADJUSTMENT =
  /^(?:add(?:s|ed)?|improve[sd]?|update[sd]?|tweak(?:s|ed)?)\s+(?:(?:the|a|an|more|better)\s+)?(?:[\w`.-]+\s+)?(?:validation|validations|log(?:ging)?|log messages?|(?:error |warning )?messages?|wording)(?=\s+(?:to|for|of|on|in|when|if)\b|[.!]?$)|(?:バリデーション|検証|ログ|メッセージ|エラーメッセージ|文言)(?:を)?(?:追加|改善|変更|修正)|(?:校验|日志|提示|文案|报错信息)(?:优化|调整|改进)|^(?:新增|增加|添加|优化|调整|改进)[^。，,；;]{0,20}?(?:校验|日志|提示|文案)$|(?:검증|로그|메시지|문구)\s*(?:을|를)?\s*(?:추가|개선|변경)/iu;

/** True when a change only adjusts what exists: a validation, a message, a log, wording. */
export const onlyAdjusts = (text: string): boolean => ADJUSTMENT.test(text);
