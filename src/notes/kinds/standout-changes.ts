// Changes a maintainer names before the small ones of their kind, though a generated list files them among them: a
// new kind of thing users can make or see (a diagram or chart type, a protocol, a new UI or look), a public name
// renamed (what called the old name breaks), and a fix that hardens input against injection. Pure word tests on one
// change's text; reach.ts decides where they stand.

// A new diagram, chart or graph type ("Add Wardley Maps diagram type", "add new TreeView diagram"), support for a
// protocol ("implement support for the kitty graphics protocol"). Not "add theme support for data label colour in xy chart": an option of a chart that
// exists. The same in Chinese, Japanese and Korean ("新增甘特图类型", "支持 kitty 图形协议", "新しいダイアグラム", "새로운 다이어그램").
const NEW_KIND_OF_THING = new RegExp(
  [
    String.raw`\b(?:diagram|chart|graph|visuali[sz]ation|layout) types?\b`,
    String.raw`^(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new)\s+(?:an?\s+|the\s+)?(?:new\s+)?[\w-]+(?:\s[\w-]+)?\s+(?:diagrams?|charts?)(?:\s*\((?:beta|experimental|preview)\))?[.!]?$`,
    String.raw`\bnew\s+(?:[\w-]+\s+){0,2}(?:diagram|chart)s?\b`,
    String.raw`\b(?:support(?:s|ed|ing)?\s+(?:for\s+)?|implement(?:s|ed|ing)?\s+(?:support\s+for\s+)?)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+protocols?\b`,
    String.raw`(?:新增|新的|全新|支持)[^。，,；;]{0,20}?(?:图表类型|图类型|图表|协议)`,
    String.raw`(?:新しい|新規)[^。]{0,20}?(?:ダイアグラム|チャート|プロトコル)|(?:プロトコル|ダイアグラム)(?:に|を)?(?:対応|サポート|追加)`,
    String.raw`(?:새로운|신규)[^.]{0,20}?(?:다이어그램|차트|프로토콜)|(?:프로토콜|다이어그램)\s*(?:지원|추가)`,
  ].join("|"),
  "u",
);
const KIND_HINT = /diagram|chart|graph|visuali|layout|protocol|图|协议|ダイアグラム|チャート|プロトコル|다이어그램|차트|프로토콜/u;

/** True when a change adds a new kind of thing users make or see: a diagram or chart type, a protocol. */
export function addsNewKind(text: string): boolean {
  const lower = text.toLowerCase();
  return KIND_HINT.test(lower) && NEW_KIND_OF_THING.test(lower);
}

// A new UI or look: "new title-frames UI", "implement neo look for flowcharts", "全新界面", "新しい UI", "새로운 UI". What
// every user sees, after a new kind of thing (one look is often said once per diagram it reaches).
const NEW_LOOK = /\bnew\s+(?:[\w-]+\s+){0,2}(?:ui|look|interface|design)\b|\b[\w-]+ look (?:styling |support )?(?:for|and|to)\b|(?:新的|全新)[^。，,；;]{0,10}?(?:界面|ui|外观)|(?:新しい|新規)[^。]{0,10}?(?:ui|デザイン|外観)|(?:새로운|신규)[^.]{0,10}?(?:ui|디자인)/u;

/** True when a change brings a new UI or look. */
export function bringsNewLook(text: string): boolean {
  const lower = text.toLowerCase();
  return /ui|look|interface|design|界面|外观|デザイン|外観|디자인/u.test(lower) && NEW_LOOK.test(lower);
}

// A name in code renamed to another: "Rename execute_sql_dql to execute_sql_readonly", "`getFoo` renamed to `getBar`",
// "`a.b` → `a.c`", "将 `foo` 重命名为 `bar`", "`foo` を `bar` に名前変更", "`foo`의 이름을 `bar`로 변경". Both sides read as
// code: a backtick, a dot, an underscore, "::" or a lower-then-upper letter. (Not "Rename the Settings page to
// Preferences": words, not a name users call.)
const CODE_NAME = String.raw`(?:\x60[^\x60\s]+\x60|[\w$-]*(?:_|\.|::|[a-z][A-Z])[\w$.:-]*)`;
const RENAMED = new RegExp(
  [
    String.raw`\b[Rr]enam(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?${CODE_NAME}(?:\s+[\w-]+)?\s+(?:to|into|as)\s+(?:the\s+)?${CODE_NAME}`,
    String.raw`${CODE_NAME}(?:\s+[\w-]+)?\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+)?renamed\s+(?:to|as)\s+${CODE_NAME}`,
    String.raw`${CODE_NAME}\s*(?:重命名|更名|改名)为\s*${CODE_NAME}`,
    String.raw`${CODE_NAME}\s*(?:を|の名前を)\s*${CODE_NAME}\s*(?:に|へ)(?:名前)?(?:変更|改名|リネーム)`,
    String.raw`${CODE_NAME}\s*(?:의\s*이름을|을|를)\s*${CODE_NAME}\s*(?:으로|로)\s*(?:이름\s*)?변경`,
  ].join("|"),
  "u",
);

/** True when a change renames a name in code (a function, tool, option or type) to another. */
export function renamesPublicName(text: string): boolean {
  if (!/renam|重命名|更名|改名|変更|リネーム|변경/iu.test(text)) return false;
  return RENAMED.test(text);
}

// A fix that keeps hostile input out: injection, escaping of specials or control characters, a bypass closed ("stop a
// header key callback from injecting", "keep control chars out of header values", "escape specials in List-* header
// comments", "修复 redirect 参数绕过校验", "ヘッダーインジェクション", "우회"). Not dependency injection, a design
// pattern, nor code a build injects ("inject `;` between statements"). Named before other fixes: users upgrade for it.
const HARDENING =
  /(?<!\bdependency[ -])\binjections?\b|\bfrom injecting\b|\bsanitiz\w*|\bsanitis\w*|\b(?:xss|csrf|ssrf|xxe|ssti)\b|\brequest smuggling\b|\bpath traversal\b|\bcontrol char(?:acter)?s? out\b|\bescape[sd]?\s+(?:the\s+)?(?:specials?|special char(?:acter)?s|control char(?:acter)?s)\b|\bbypass(?:es|ed|ing)?\s+(?:(?:the|an?)\s+)?(?:[\w`/-]+\s+){0,3}(?:checks?|validation|auth\w*|verification|allow-?lists?|whitelists?|permissions?|sandbox)\b|(?<!依赖)注入|绕过|越权|(?<!依存性)インジェクション|バイパス|(?<!의존성 )인젝션|우회/u;
const HARDENING_HINT = /inject|saniti|xss|csrf|ssrf|xxe|ssti|smuggl|travers|control char|escape|bypass|注入|绕过|越权|インジェクション|バイパス|인젝션|우회/u;

/** True when a fix hardens the project against hostile input (injection, control characters, a check bypassed). */
export function hardensInput(text: string): boolean {
  const lower = text.toLowerCase();
  return HARDENING_HINT.test(lower) && HARDENING.test(lower);
}

// The class of attack a security fix closes, by name: remote code execution, injection, a check bypassed, unsafe
// deserialization, privilege escalation ("Jackson DefaultTyping 多态反序列化 RCE", "`redirect` 参数绕过 `allow-url` 校验").
// A tag alone ("漏洞修复：", "Security fix:", "[security]") says a hole was closed, not which: such fixes come after.
const ATTACK_CLASS =
  /\b(?:rce|xss|csrf|ssrf|xxe|redos|remote code execution|(?<!dependency |constructor |property |field )injection|cross[- ]site|path traversal|directory traversal|privilege escalation|denial[- ]of[- ]service|open redirect|request smuggling|session fixation|prototype pollution|deserializ\w*|bypass(?:es|ed|ing)?|sandbox escape|use[- ]after[- ]free|(?:buffer|heap|stack) overflow)\b|远程代码执行|(?<!依赖)注入|绕过|越权|反序列化|跨站|提权|任意(?:代码|命令|文件)|任意のコード|インジェクション|バイパス|デシリアライ[ズゼ]|権限昇格|원격 코드 실행|인젝션|우회|역직렬화|권한 상승/u;
const ATTACK_HINT = /rce|xss|csrf|ssrf|xxe|redos|remote|inject|cross|travers|escalat|denial|redirect|smuggl|fixation|pollut|deserial|bypass|sandbox|after|overflow|执行|注入|绕过|越权|反序列化|跨站|提权|任意|インジェクション|バイパス|デシリアライ|権限|실행|인젝션|우회|역직렬화|권한/u;

/** True when a security fix names the class of attack it closes, not only that it is one. */
export function namesAttack(text: string): boolean {
  const lower = text.toLowerCase();
  return ATTACK_HINT.test(lower) && ATTACK_CLASS.test(lower);
}
