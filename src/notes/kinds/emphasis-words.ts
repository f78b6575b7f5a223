// Which change of a kind a post names first when it can show only some: the broadest. Pure word tests on one change's
// text; compose.ts (the ranking) and impact.ts (a hole's gravity) decide where they stand.

// A required move to a new major of a framework, runtime or peer dependency every user installs: "Upgrades Prisma major
// version to 7", "Next.js 16 is now a peer dependency", "`next` is now a peer dependency so it must be installed",
// "requires React 19", "Bump Django to 5.0 (required)". Every user meets it on upgrade, as a raised runtime floor.
// (Not a dependency bumped in passing, "update lodash to 4.17.21": no major, no requirement.)
const MAJOR_DEPENDENCY_MOVE =
  /\b(?:upgrades?|upgraded|bumps?|bumped|moves?|moved|updates?|updated)\s+(?:the\s+)?`?[\w@./-]+`?(?:\.js)?\s+(?:to\s+)?(?:the\s+)?(?:new\s+)?major\s+(?:version\s+)?(?:to\s+)?v?\d+\b|\b(?:is|are)\s+now\s+(?:a\s+|an\s+)?(?:required\s+)?peer[- ]dependenc(?:y|ies)\b|\bnow\s+(?:requires?|needs?)\s+`?[\w@./-]+`?(?:\.js)?\s+(?:version\s+)?v?\d+|\b(?:requires?|needs?)\s+(?:at\s+least\s+)?`?[\w@./-]+`?(?:\.js)?\s+(?:version\s+)?v?\d+(?:\.\d+)*\s*(?:\+|or\s+(?:later|newer|above|higher))/iu;
/** True when a breaking change makes users move to a new major of a framework, runtime or peer dependency. */
export const movesMajorDependency = (text: string): boolean => MAJOR_DEPENDENCY_MOVE.test(text);

// A small option, flag or argument taken away after its deprecation: "Removes the deprecated `--fix` flag from
// `keystone postinstall`", "Remove deprecated `foo` option". Users were told; only the few who kept it meet it.
const DEPRECATED_OPTION_GONE =
  /\b(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|delet(?:e|es|ed))\s+(?:the\s+|a\s+)?(?:previously\s+|long[- ])?deprecated\s+(?:`[^`]+`\s+)?(?:(?:cli|command[- ]line|config(?:uration)?)\s+)?(?:options?|flags?|arguments?|args?|parameters?|params?|props?|settings?|aliases?)\b|\bdeprecated\s+(?:options?|flags?|arguments?|parameters?|props?|settings?|aliases?)\s+`[^`]+`\s+(?:(?:is|are|has\s+been|have\s+been|was|were)\s+)?(?:now\s+)?(?:removed|dropped|deleted)\b/iu;
/** True when a breaking change only takes away an option or flag that was deprecated before. */
export const removesDeprecatedOption = (text: string): boolean => DEPRECATED_OPTION_GONE.test(text);

// A hole that hands the attacker the server's requests, data or rights, below code run (impact.ts GRAVEST) and above a
// service slowed or stopped: request smuggling, SQL injection, an access-control or authorization bypass, privileges
// escalated. In English, Chinese, Japanese and Korean.
export const TAKEOVER_HOLE =
  /\b(?:http\s+)?request smuggling\b|\bsql[- ]?injection\b|\b(?:access[- ]control|authori[sz]ation|permission|login) bypass(?:es)?\b|\bbypass(?:es|ed|ing)?\s+(?:the\s+)?(?:access control|authori[sz]ation|permission checks?)\b|\bprivilege[- ]escalation\b|\bescalat\w*\s+(?:\w+\s+)?privileges?\b|请求走私|SQL\s*注入|越权|提权|权限提升|リクエストスマグリング|SQL\s*インジェクション|権限(?:の)?昇格|요청 스머글링|SQL\s*인젝션|권한\s*상승/iu;
