// Two kinds of change that a generated or hand-kept list files among small ones, though a maintainer would lead with
// them: a behaviour the release takes away or makes stricter by default, and a large rework of a public API. Pure
// word tests on one change's text; compose.ts decides where they stand.

// A changed default that now refuses or stops doing something: "X is no longer loaded by default", "the server now
// rejects…", "Telemetry is now disabled by default", "不再自动…", "默认不…", "デフォルトで…しない", "더 이상 …".
// Users who relied on the old behaviour meet it at once. (Not a fault gone, "no longer crashes", nor a requirement
// relaxed, "is no longer required", nor a promotion, "is no longer experimental".)
// What was accepted and is now refused: "POSTs … are now rejected with `415`", "now returns 415 for non-JSON POSTs",
// "现在会拒绝…", "拒否されるようになりました", "이제 거부됩니다". In a major release that is a break (compose.ts, model.ts).
const NOW_REJECTED =
  /\b(?:is|are) now (?:rejected|refused|disallowed|forbidden|denied|treated as (?:an? )?errors?)\b|\bnow (?:returns?|answers?|responds? with|fails? with) (?:an? )?(?:http )?(?:status )?`?4\d\d\b|(?:现在|将)(?:会)?(?:被)?拒绝|拒否されるように|(?:이제|이제는) [^.]{0,30}거부/u;
/** True when a change says what the release accepted before is now rejected ("are now rejected with `415`"). */
export function nowRejects(text: string): boolean {
  const lower = text.toLowerCase();
  return /reject|refuse|disallow|forbid|denied|error|4\d\d|拒/u.test(lower) && NOW_REJECTED.test(lower);
}
const NOW_REFUSES =
  /\bnow (?:rejects?|refuses?|disallows?|forbids?|denies|errors? (?:on|when|if|out)|fails? (?:on|when|if)|throws? (?:on|when|if|an? )|raises? (?:an? )?(?:error|exception)|requires?)\b|\b(?:is|are) now (?:\*\*)?(?:disabled|off|opt-in|turned off|hidden|blocked)\b|\bnow (?:disabled|off|opt-in) by default\b|\bby default\b[^.;!?]{0,60}\bno longer\b|\bno longer\b[^.;!?]{0,60}\bby default\b/u;
// A new thing that stops another ("Add `--keep` so files are no longer deleted") is a feature, not a default taken
// away.
const ADDS_NEW = /^(?:add(?:s|ed)?|new|introduc\w*|support(?:s|ed)?|allow(?:s|ed)?|implement(?:s|ed)?|expose[sd]?|provide[sd]?)\b/u;
const CJK_NARROWS =
  /不再(?!(?:会)?(?:崩溃|闪退|报错|卡顿|卡死|出现|失败|需要|必须|是实验|依赖|提示错误|抛出))|默认(?:不|禁用|关闭)|(?:デフォルト|既定)で[^。]{0,30}(?:ない|無効)|(?:し|され|読み込ま|使用され|サポートされ)なくなり|더 이상 (?!(?:\S+ )?(?:충돌|크래시|오류|에러|필요|실패|멈추))|기본(?:적으로|값으로)? (?:비활성화|사용하지 않)/u;

/** True when a change says the release now refuses, stops or turns off by default something users had. */
export function narrowsBehaviour(text: string): boolean {
  const lower = text.toLowerCase();
  if (ADDS_NEW.test(lower)) return false;
  if (lower.includes("no longer") || lower.includes("now ")) {
    if (NOW_REFUSES.test(lower)) return true;
  }
  if (nowRejects(text)) return true;
  return /[不默デ既な더기]/u.test(text) && CJK_NARROWS.test(text) && !FAULT_GONE.test(text);
}
// "When X, Y no longer Z" ("选项设置对话框调整大小时，垂直滚动条不再复位"): a fault that happened under a condition is gone —
// a fix, as "no longer crashes" is — not a behaviour taken away.
const FAULT_GONE = /(?:时|時|的时候|の(?:時|とき)|際)[，,、\s][^。；;]{0,30}不再|不再(?:会)?(?:复位|重置|闪烁|跳动|卡住|丢失|错位|乱码|重复)/u;

// A public API rebuilt: "The `Storage` trait has been reworked", "Rewrote the plugin API", "Redesigned `Client` class",
// "Overhaul of the hooks interface", "重写了插件 API", "API を刷新", "API 재설계". What every extension meets, more than a
// small option beside it. (Not the project's own tests, docs, CI or internals.)
const REWORK = /\b(?:re-?work(?:s|ed|ing)?|re-?writ(?:e|es|ten|ing)|rewrote|re-?design(?:s|ed|ing)?|overhaul(?:s|ed|ing)?|revamp(?:s|ed|ing)?|re-?architect(?:s|ed|ing)?)\b/u;
const API_NOUN = /`[^`]+`|\b(?:traits?|class(?:es)?|interfaces?|apis?|protocols?|structs?|enums?|hooks?|plugin system|extension system|type system|sdk|abstractions?)\b/u;
const NOT_USERS = /\b(?:internal(?:ly|s)?|tests?|testing|docs?|documentation|readme|ci|workflows?|examples?|benchmarks?)\b/u;
const CJK_REWORK = /(?:重写|重构|重新设计|全面改造)(?:了)?[^。]{0,20}(?:api|接口|插件系统|类型系统)|(?:api|インターフェース|インタフェース|トレイト)[^。]{0,20}(?:を)?(?:刷新|再設計|全面的に書き直)|(?:api|인터페이스|트레이트)[^.。]{0,20}(?:재설계|전면 개편|재작성)/u;

/** True when a change says a public trait, class, interface or API was reworked, rewritten or redesigned. */
export function reworksApi(text: string): boolean {
  const lower = text.toLowerCase();
  if (/re-?work|re-?writ|rewrote|re-?design|overhaul|revamp|re-?architect/u.test(lower)) {
    return REWORK.test(lower) && API_NOUN.test(lower) && !NOT_USERS.test(lower);
  }
  return /[重刷再재전]/u.test(text) && CJK_REWORK.test(lower);
}

// A move to a new major of the toolchain or framework a project is built on: "Upgrade to TypeScript 6", "升级`vite`至`v8`
// 版本", "`typescript`升级至`v6`版本", "`vite` を v8 に更新", "Vite 8로 업그레이드". In a major release, what everyone
// building with the release meets. (Not a plugin of it, "vite-plugin-x", nor a bot's "Bump x from 5.9.3 to 6.0.0".)
const TOOLCHAIN = "(?:vite|webpack|rspack|rollup|typescript|vue|react|angular|next\\.?js|nuxt|svelte)";
const TOOLCHAIN_MOVE = new RegExp(
  [
    `\\b(?:upgrade[sd]?|update[sd]?|bump(?:s|ed)?|move[sd]?|migrate[sd]?|switch(?:es|ed)?)\\b[^.;]{0,30}?\\b${TOOLCHAIN}\\s+(?:to\\s+)?v?\\d+(?:\\.0)*(?![\\w.-])`,
    `(?:升级|更新)\\s*${TOOLCHAIN}\\s*(?:至|到)\\s*v?\\d+`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*(?:升级|更新)(?:至|到)\\s*v?\\d+`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*(?:を)\\s*v?\\d+\\s*(?:に|へ)(?:更新|アップデート|アップグレード|上げ|移行)`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*v?\\d+\\s*(?:로|으로)\\s*(?:업그레이드|업데이트|마이그레이션)`,
  ].join("|"),
  "u",
);
const TOOLCHAIN_HINT = /vite|webpack|rspack|rollup|typescript|vue|react|angular|next|nuxt|svelte/u;

/** True when a change moves the project to, or adds support for, a new major version of the toolchain, framework or
 *  platform it is built on. */
export function movesToolchainMajor(text: string): boolean {
  const plain = text.replace(/`/gu, "").toLowerCase();
  return (TOOLCHAIN_HINT.test(plain) && TOOLCHAIN_MOVE.test(plain)) || supportsPlatformVersion(plain);
}

// Support for a new version of the framework or platform the project is built on: "Adds L11 support", "Laravel 11
// support", "Add support for PHP 8.4", "Supports Node 22", "Python 3.13 compatibility", "支持 Vue 3.5", "Laravel 11 に対応",
// "PHP 8.4 지원". In a major release, why it is major: users on the new version upgrade for it. (Not a platform dropped,
// "Drop support for Node 16", a floor raised, nor the project's CI or tests run on it.)
const PLATFORM =
  "(?:laravel|l(?=\\d{1,2}\\s+support)|php|node(?:\\.?js)?|python|ruby|rails|django|symfony|java|jdk|kotlin|swift|ios|android|golang|rust|\\.net|dotnet|erlang/otp|otp|elixir|deno|bun|electron|vue|react|angular|svelte|nuxt|next\\.?js|typescript|flutter|dart|postgres(?:ql)?|mysql|wordpress|drupal)";
const PLATFORM_VERSION = `${PLATFORM}\\s*v?\\d{1,2}(?:\\.\\d{1,2})?(?:\\.x)?(?![\\w.])`;
const PLATFORM_SUPPORT = new RegExp(
  [
    `\\bsupport(?:s|ed|ing)?\\s+(?:for\\s+)?${PLATFORM_VERSION}`,
    `(?:^|[^\\w.-])${PLATFORM_VERSION}\\s+(?:support|compatibility)\\b`,
    `(?:支持|适配|兼容)\\s*${PLATFORM_VERSION}`,
    `(?:^|[^\\w.-])${PLATFORM_VERSION}\\s*(?:に対応|への対応|をサポート|サポート|対応|지원|호환)`,
  ].join("|"),
  "u",
);
const NOT_SUPPORT = /\b(?:drop(?:s|ped|ping)?|remov\w*|deprecat\w*|end(?:s|ed)? support|no longer|discontinu\w*|ci|tests?|testing|workflows?|matrix)\b|移除|删除|废弃|不再|停止|削除|廃止|終了|제거|중단/u;

/** True when a change adds support for a new version of a framework or platform (not drops it, nor only tests on it). */
export function supportsPlatformVersion(text: string): boolean {
  const lower = text.replace(/`/gu, "").toLowerCase();
  if (!/\d/u.test(lower) || !/support|compat|支持|适配|兼容|対応|サポート|지원|호환/u.test(lower)) return false;
  return PLATFORM_SUPPORT.test(lower) && !NOT_SUPPORT.test(lower);
}

// A breaking change that swaps what every caller touches: "Public APIs use `Uint8Array` instead of Node's `Buffer`",
// "every XDR value now has a different API", "The `xdr` namespace is rebuilt on …", "公共 API 改用 `Uint8Array`". Every
// line of user code meets it, where a raised runtime floor is one line of set-up a count can carry.
const SWAPS_PUBLIC_API = new RegExp(
  [
    String.raw`\b(?:(?:all|every|the)\s+)?public\s+(?:apis?|methods|functions|types|interfaces)\b[^.;]{0,40}?\b(?:now\s+)?(?:use|return|accept|take|expect)s?\b[^.;]{0,60}?\binstead of\b`,
    String.raw`\bevery\s+[^.;]{1,40}?\s+(?:now\s+)?has\s+a\s+(?:different|new)\s+api\b`,
    String.raw`\x60[^\x60]+\x60\s+(?:namespace|module|package|api|interface|class|type)\s+(?:is|has\s+been|was)\s+(?:re-?built|re-?written|replaced)\b`,
    String.raw`公共\s*api[^。；;]{0,20}?(?:改用|改为|替换为)|公開\s*api[^。]{0,20}?(?:に置き換え|を使用)|공개\s*api[^.]{0,20}?(?:대체|교체|사용)`,
  ].join("|"),
  "u",
);

/** True when a change reworks a public API or swaps a type every public API uses (not a runtime floor). */
export function swapsPublicApi(text: string): boolean {
  const lower = text.toLowerCase();
  return (/api|instead of|namespace|module|package|interface|class|type/u.test(lower) && SWAPS_PUBLIC_API.test(lower)) || reworksApi(text);
}
