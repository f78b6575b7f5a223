// How many users a change reaches, among changes of one kind and standing. Notes order says little of importance: a
// generated list sorts by scope or merge time, a hand-kept changelog by when each line was written. A new driver,
// command, option or API is what a maintainer would name first, before small tweaks of what exists. Work on the project's own repository (its workspaces, scripts,
// README) reaches no user wherever it stands, whatever section the notes filed it under.
import { addsNewSupport, onlyAdjusts } from "./content-kinds.js";
import { ADVISES_AGAINST, isNoise } from "./kinds.js";
import type { Entry } from "../model.js";
import { addsNewKind, bringsNewLook, hardensInput, renamesPublicName } from "./standout-changes.js";
import { CI_NAMED, CI_TOOLS, LICENCE_HEADERS, OWNERSHIP_FILES, PEOPLE_LISTS, REFACTOR_GAIN, REPOSITORY_DOTFILES, TEMPLATES_CJK, TEST_SUITES } from "./upkeep-words.js";

type Change = Pick<Entry, "text" | "prose" | "referenced" | "important" | "weighty">;

// The repository's own set-up: its workspaces, CI, README, docblocks, sponsors, release tooling.
const OWN_REPOSITORY = new RegExp(
  String.raw`\b(?:workspaces?|monorepo|devDependenc(?:y|ies)|readme|docblocks?|sponsors?|${PEOPLE_LISTS}|(?:ci|github actions?) (?:workflows?|jobs?|config(?:uration)?)|release (?:notes|script|workflow|process)|${OWNERSHIP_FILES}|issue templates?|${REPOSITORY_DOTFILES}|${CI_TOOLS}|(?:${TEST_SUITES}) tests?)\b|${LICENCE_HEADERS}|${TEMPLATES_CJK}`,
  "iu",
);
// A new way in for users: a driver, adapter, backend, engine or database; a new command, subcommand, option, flag or
// API ("Add a `--group` option", "new `pip lock` command", "Support GoldenDB database"); a name in code added to
// another ("add `skipIceCandidateEvent` to `ConnectionOptions`"). The same in Chinese, Japanese and Korean ("支持GoldenDB
// 数据库", "`ConnectionOptions` に `skipIceCandidateEvent` を追加する", "`--json` 옵션 추가").
const WAY_IN_NOUN = String.raw`(?:drivers?|adapters?|backends?|dialects?|engines?|databases?|(?:sub)?commands?|options?|flags?|apis?|endpoints?)`;
const NEW_WAY_IN = new RegExp(
  [
    String.raw`^(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new|support(?:s|ed)?)\b[^.;]{0,80}?\b${WAY_IN_NOUN}\b`,
    // Under an "Added" heading the verb is the heading's: "Option `cursor.thickness` to set …", "`lock` subcommand".
    // (Not "`upgrade` options `--spec` were removed": what goes is no way in.)
    String.raw`^(?![^.]*\b(?:removed|dropped|deprecated|renamed|no longer)\b)(?:(?:new\s+)?${WAY_IN_NOUN}\s+\x60[^\x60]+\x60|\x60[^\x60]+\x60\s+(?:sub)?(?:commands?|options?|flags?)\b)`,
    String.raw`^(?:add(?:s|ed)?|expose[sd]?)\s+(?:a\s+|an\s+|the\s+|new\s+)*\x60[^\x60]+\x60\s+(?:to|in|on)\s+(?:the\s+)?\x60[^\x60]+\x60`,
    String.raw`^(?:支持|新增|增加|添加|引入)[^。，,；;]{0,30}?(?:数据库|驱动|方言|适配器|引擎|命令|子命令|选项|参数|接口|API)`,
    String.raw`^\x60[^\x60]+\x60\s*(?:に|へ)\s*\x60[^\x60]+\x60\s*(?:を)?追加|(?:コマンド|サブコマンド|オプション|API|ドライバ|データベース)[^。]{0,20}?(?:を)?(?:追加|サポート)`,
    String.raw`(?:명령|명령어|옵션|API|드라이버|데이터베이스)[^.]{0,20}?(?:추가|지원)`,
  ].join("|"),
  "iu",
);

// A new type or module by its qualified name, capitalised as types are, that the release's other changes build on: "add
// Ash.Type.Range and the range_overlaps expression", "Introduce `Temporal.Span`", "New `Money::Rate` type". (Case
// counts: "New `test.each` placeholder" extends what exists.)
const NEW_TYPE = /^(?:[Aa]dd(?:s|ed)?|[Ii]ntroduc(?:e|es|ed)|[Nn]ew)\s+(?:(?:a|an|the|new)\s+)*\x60?[A-Z]\w*(?:(?:\.|::)[A-Z]\w*)+\x60?(?=[\s,.;:]|$)/u;

// Words that name no change a user could find: "Internal improvements", "Minor improvements", "various fixes", "Fix
// various memory leaks", "内部ロジックを改善しました", "내부 로직을 개선하였습니다", "性能优化" alone. Last among their kind.
const FILLER =
  /^(?:(?:internal|minor|small|general|various|misc(?:ellaneous)?|other|some)\s+(?:improvements?|enhancements?|fixes|bug ?fixes|changes|tweaks|optimi[sz]ations?|updates?)(?:\s+and\s+(?:improvements?|fixes|bug ?fixes|changes))?|(?:fix(?:es|ed)?|plug(?:s|ged)?)\s+(?:various|several|some|many|multiple|a few|minor|(?:a\s+)?(?:number|couple)\s+of)\s+(?:(?:small|minor|other)\s+)?(?:memory\s+leaks|leaks|crash(?:es)?|bugs|issues|problems|warnings|typos)|性能优化|优化(?:了)?(?:一些|部分)?(?:细节|体验)|内部(?:の)?(?:ロジック|処理|実装)(?:を)?(?:改善|改良|最適化|修正)(?:しました|します|した)?|내부\s*(?:로직|처리|구현)(?:을|를)?\s*(?:개선|수정|최적화)(?:했습니다|하였습니다|합니다|함|됨)?)[.。!]?$/iu;

// Words that only point at a reference users cannot read from the post: "implement requirement 1.6.2", "Resolve
// ticket JIRA-1234", "fixes #412", "实现需求 3.2". What changed is behind the reference: last among their kind.
const OPAQUE =
  /^(?:(?:implement(?:s|ed)?|satisf(?:y|ies|ied)|meet(?:s)?|address(?:es|ed)?|fulfill?(?:s|ed)?|compl(?:y|ies|ied) with|conform(?:s|ed)? to|resolve[sd]?|fix(?:es|ed)?|close[sd]?|handle[sd]?)\s+)?(?:the\s+)?(?:spec(?:ification)?\s+)?(?:requirements?|reqs?|sections?|rules?|items?|points?|issues?|tickets?|tasks?|stor(?:y|ies)|bugs?|clauses?|gh|jira)?\s*[#]?(?:[A-Z][A-Z\d]*-)?\d+(?:\.\d+)*[.!]?$|^(?:实现|满足|完成)(?:了)?(?:需求|要求|规范)\s*[#]?[\d.]+[。.]?$/iu;

// A fault that loses or locks users' work: a deadlock, lost or corrupted data, a transaction that cannot roll back ("Fix
// deadlock in the pool", "修复tcc fence死锁", "修复Postgres的XA模式事务超时无法回滚问题"). Named before other fixes.
const SEVERE_FAULT =
  /\b(?:deadlocks?|data (?:loss|corruption)|(?:lost|corrupt(?:ed)?) data|rollbacks? fail(?:s|ed|ures?)?|fail(?:s|ed|ures?)? to roll ?back)\b|死锁|数据(?:丢失|损坏)|回滚失败|无法(?:正常)?回滚|デッドロック|データ(?:の)?(?:消失|破損|損失)|교착|데이터\s*(?:손실|손상)/iu;

// A change that only adds or edits an example, a demo or a page of docs, though filed as a feature or tagged important:
// "Add Spring Boot 4 example", "新增 SSO Client Spring Boot 4 示例", "OAuth2 章节补充 … 说明", "サンプルを追加", "예제 추가".
// What users run is the library; a plugin shipped "with examples" (插件及示例) is the plugin.
const DOCS_OR_DEMO = new RegExp(
  [
    String.raw`^(?:(?:add(?:s|ed)?|new|update[sd]?|improve[sd]?|more)\s+)?(?:(?:an?|the|more|new)\s+)*(?:[\w\x60./-]+\s+){0,5}(?:examples?|demos?|samples?|tutorials?)[.!]?$`,
    String.raw`^(?![^。]*(?:插件|模块|功能|组件)(?:及|和|与))[^，,；;。]{0,80}(?:示例|样例|演示|教程|章节[^，,；;。]{0,40}说明)[。.]?$`,
    String.raw`(?:サンプル|デモ|チュートリアル)(?:コード)?(?:を)?(?:追加|更新)|(?:예제|데모|튜토리얼)\s*(?:를|을)?\s*(?:추가|업데이트)`,
    // A link on the project's site or docs: "Add link to ishikawa diagram on mermaid.js.org", "Fix links in the docs".
    String.raw`^(?:add(?:s|ed)?|update[sd]?|fix(?:es|ed)?)\s+(?:an?\s+|the\s+|missing\s+|broken\s+)*links?\b[^.;]{0,60}?\b(?:on|in|to)\s+(?:the\s+)?(?:docs?|documentation|website|site|homepage|readme|[\w-]+(?:\.[\w-]+)*\.(?:org|io|com|dev|net))\b`,
  ].join("|"),
  "u",
);
const DOCS_OR_DEMO_HINT = /example|demo|sample|tutorial|link|示例|样例|演示|教程|章节|サンプル|デモ|チュートリアル|예제|데모|튜토리얼/u;
const docsOrDemo = (text: string): boolean => {
  const lower = text.toLowerCase().replace(/^[^\s:：]{1,6}[:：]\s*/u, "");
  return DOCS_OR_DEMO_HINT.test(lower) && DOCS_OR_DEMO.test(lower.trim());
};

/**
 * A change's reach among `changes` (all the notes' listed changes): -1 for one the notes mark as important, -0.5 for a
 * new kind of thing (a diagram type, a protocol) or a public name renamed, -0.25 for a new UI or look, 0 for a listed new way in, a fix
 * that hardens input against injection or a fix of a fault that loses or locks users' work, 2 for work on the repository itself or an example, demo or docs page, 3 for filler that names no change or only a reference, 1 for the rest. Where many changes speak of workspaces and lockfiles, they are what
 * the project is about (a package manager), not its housekeeping: then none is set back.
 */
export function reachAmong(changes: readonly Change[]): (change: Change) => number {
  const listed = changes.filter((change) => !change.prose);
  const own = listed.filter((change) => OWN_REPOSITORY.test(change.text)).length;
  const housekeeping = own <= Math.max(1, Math.floor(listed.length / 5));
  return (change) => {
    if (change.prose) return 1;
    // An example or a docs page the notes tag important still adds nothing users run: after the features.
    if (docsOrDemo(change.text)) return 2;
    if (change.important === true) return -1;
    if (FILLER.test(change.text.trim()) || OPAQUE.test(change.text.trim())) return 3;
    if (housekeeping && OWN_REPOSITORY.test(change.text)) return 2;
    // A new kind of thing (a diagram type, a protocol) or a new UI is the release's point, more than an option added to
    // what exists; a renamed public name breaks its callers.
    if (addsNewKind(change.text) || renamesPublicName(change.text) || addsNewSupport(change.text)) return -0.5;
    if (bringsNewLook(change.text)) return -0.25;
    // A validation, a message or a log line adjusts what exists: after the other changes of its kind.
    if (onlyAdjusts(change.text)) return 1.5;
    return NEW_WAY_IN.test(change.text) || NEW_TYPE.test(change.text) || SEVERE_FAULT.test(change.text) || hardensInput(change.text) ? 0 : 1;
  };
}

// What only the repository's CI runs, named: mending it is no fix users get ("修复codecov token找不到…", "CIの設定を更新").
const TOOLING_WORDS = String.raw`\b(?:${CI_TOOLS})\b|${CI_NAMED}`;
const TOOLING = new RegExp(TOOLING_WORDS, "iu");
// The project's own build and release plumbing, named by what only it runs: its CI workflows and their actions, build
// caches, version-bump and release tooling, tests, refactors, licence headers and the comments in its code. ("Fix crash
// when run in CI" is a fix users get: fixes are read only for the tooling below.) In Chinese, Japanese and Korean too:
// "增加license header信息", "CIの設定を更新", "테스트 추가", "重构…", "删除前端构建的静态代码".
const CHORE = new RegExp(
  [
    String.raw`\b(?:ci|release|build|publish|deploy|docker|image|github|nightly|test)\s+workflows?\b|\bworkflows?\s+(?:refactors?|tweaks?|files?|fix(?:es)?|clean-?ups?)\b`,
    String.raw`\b(?:actions\/[\w-]+|(?:upload|download)-artifact|${CI_TOOLS}|all-contributors)\b`,
    String.raw`\b(?:go|build|npm|pnpm|yarn|cargo|gradle|maven|ci)\s+cache\b|\b(?:${PEOPLE_LISTS}|${OWNERSHIP_FILES}|issue templates?|${REPOSITORY_DOTFILES})\b|${TEMPLATES_CJK}`,
    // (A refactor that says what users gain by it, "重构 laytpl 模板引擎，增强对更多复杂模板结构的解析能力", "Refactor the
    // parser to support nested blocks", is news for them: REFACTOR_GAIN.)
    String.raw`^(?:refactor(?:s|ed|ing)?(?!${REFACTOR_GAIN})|code (?:clean-?up|style)|clean-?up)\b|\brefactors?\s+(?:and|&)\s+tweaks\b`,
    // An agent's skill or prompt for the repository's own reviews, triage or releases ("Add review-prs skill").
    String.raw`\b(?:review|triage|pull[- ]requests?|prs?|issues?|commits?|releases?|changelog)[\w-]*\s+(?:agent\s+)?(?:skills?|prompts?)\b`,
    // "Add tests for the queue", "add more tests", "Add e2e tests": tests of the project. ("Add test execution time to
    // the report" is a coverage tool's feature.)
    String.raw`^(?:add(?:s|ed)?|improve[sd]?|update[sd]?|fix(?:es|ed)?|increase[sd]?)\s+(?:more\s+|missing\s+|some\s+)?(?:(?:${TEST_SUITES})\s+tests?\b|tests?\s+(?:for|to|of|on|covering)\b|tests[.!]?$)`,
    // "Add new fuzzers for command parsing": the project's own fuzzing, as its tests are.
    String.raw`^(?:add(?:s|ed)?|improve[sd]?|update[sd]?|extend(?:s|ed)?)\s+(?:new\s+|more\s+|some\s+)?(?:fuzzers?|fuzz(?:ing)?\s+(?:tests?|targets?|harness(?:es)?))\b`,
    // Licence headers on its source files, the comments in its code ("Docblocks to comments", "Fix typos in code
    // comments"), and files its build made that were kept in the repository.
    LICENCE_HEADERS,
    // (Not "Support numpy docstrings": a docs tool's or linter's feature.)
    String.raw`^(?![^.]*\b(?:support|pars|render|format|lint|check|rule|detect|generat|extract)\w*)[^.]*(?:\bdoc ?blocks?\b|\bdocstrings?\b|\b(?:code|inline|source) comments?\b|\btypos? in (?:the )?comments\b)|(?:代码|源码)注释|^(?:优化|修正|更新|补充|完善|修复)(?:了)?(?:部分|一些)?注释|(?:ソース)?コードコメント|코드\s*주석`,
    String.raw`^(?:删除|移除|清理|去掉)(?:了)?[^。，,]{0,10}?(?:构建|打包|编译)(?:产物|生成|出来)?的?(?:静态)?(?:代码|文件|资源)|^(?:remove[sd]?|delete[sd]?)\s+(?:the\s+)?(?:built|compiled|generated)\s+(?:static\s+)?(?:files|assets|code|bundles?)\s+from\s+(?:the\s+)?(?:repo(?:sitory)?|git)\b`,
    String.raw`^(?:更新|优化|统一)[^。，,]{0,10}?\s*licen[cs]e\s*$`,
    String.raw`^(?:重构|リファクタ(?:リング)?|리팩(?:토|터)링)(?!${REFACTOR_GAIN})`,
    String.raw`^(?:增加|添加|新增|补充|完善|优化|修复|更新)[^。；;]{0,40}?(?:单元测试|单测|测试用例|测试覆盖)|テスト(?:コード|ケース)?(?:を)?(?:追加|修正|更新|改善)|테스트\s*(?:코드|케이스)?\s*(?:를|을)?\s*(?:추가|수정|업데이트|개선)`,
    TOOLING_WORDS,
  ].join("|"),
  "iu",
);
// Kinds whose lines may be the repository's own upkeep filed under the release's changes.
const MAY_BE_CHORE = new Set(["feature", "change", "other", "removal"]);

/**
 * Which of `changes` are the repository's upkeep, not the product's: its CI, build and release tooling, tests and
 * refactors, its contributors list. (Not workspaces: "add --monorepo flag" is a CLI's feature.) A maintainer counts them and
 * never spends a line on them. Where they are most of two or more such lines, they are what the project is about: then
 * none is.
 */
export function choresAmong(changes: readonly (Change & Pick<Entry, "kind">)[]): (change: Change & Pick<Entry, "kind">) => boolean {
  // Read among what users may get: README and CI lines already filed as docs or housekeeping say nothing of the product.
  const listed = changes.filter((change) => !change.prose && !isNoise(change.kind));
  const chore = (change: Change & Pick<Entry, "kind">): boolean =>
    !change.prose &&
    change.important !== true &&
    // "重构`API`接口响应格式" in a 7.0.0 reworks what users call: the notes' "重构" does not make it upkeep.
    change.weighty !== true &&
    // A refactor that tells users to leave an API ("重构 … 不再建议使用 IService") is news for them, not upkeep.
    ((MAY_BE_CHORE.has(change.kind) && CHORE.test(change.text) && !ADVISES_AGAINST.test(change.text)) || (change.kind === "fix" && TOOLING.test(change.text)));
  const count = listed.filter(chore).length;
  // One line beside the bumps and docs is no sign of what the project is about: a CI fix there makes a maintenance
  // release ("修复 CI 配置" with two dependency updates), not its headline.
  if (listed.length > 1 && count * 2 > listed.length) return () => false;
  return chore;
}

// A fix's scope ("inherit: type generation") and the files it is about (".DS_Store", "Thumbs.db"). (Not a name in
// code: two fixes of `int` parsing are two fixes.)
const SCOPE = /^([\w@$./-]{1,40}):\s+\S/u;
const SUBJECT = /(?:^|[\s(`])(\.[A-Za-z][\w-]*(?:\.[\w-]+)*|[\w-]+\.(?:json|ya?ml|toml|lock|cfg|ini|conf|db|log|plist))(?=[\s),.;:`]|$)/gu;
/** How many fixes of one scope a post names: the rest are counted. */
const PER_SCOPE = 2;

/**
 * Fixes that say again what another fix of the notes says: past the first two of a scope that many fixes share (four
 * "inherit:" fixes) without being the package most fixes are in, and a second fix about the same file (two
 * ".DS_Store" fixes). A maintainer names a few and counts the rest; `entries` in the notes' order.
 */
export function nearDuplicates(entries: readonly Entry[]): Set<Entry> {
  const fixes = entries.filter((entry) => !entry.prose && entry.kind === "fix" && entry.important !== true);
  const scopes = new Map<string, Entry[]>();
  for (const fix of fixes) {
    const scope = SCOPE.exec(fix.text)?.[1]?.toLowerCase();
    if (scope === undefined) continue;
    const same = scopes.get(scope);
    if (same) same.push(fix);
    else scopes.set(scope, [fix]);
  }
  const again = new Set<Entry>();
  for (const same of scopes.values()) if (same.length > PER_SCOPE && same.length * 2 <= fixes.length) for (const fix of same.slice(PER_SCOPE)) again.add(fix);
  const subjects = new Set<string>();
  for (const fix of fixes) {
    const named = [...fix.text.matchAll(SUBJECT)].map((match) => (match[1] ?? "").toLowerCase()).filter((name) => name !== "");
    if (named.length > 0 && named.every((name) => subjects.has(name))) again.add(fix);
    for (const name of named) subjects.add(name);
  }
  return again;
}
