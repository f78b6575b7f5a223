// What a change is — breaking, security, feature, fix… — as release notes say it: section headings
// (conventional-changelog, Keep a Changelog, GitHub release.yml categories, changesets, towncrier), conventional
// commit prefixes, gitmoji and emoji markers, and keywords in English, Chinese, Japanese and Korean.

import { withTypeColon } from "../formats/commit-type.js";
import { withTagSpelled } from "./tag-typos.js";
import { replacesWithAddition } from "./replacements.js";
import { scopeNamesFault, withFixingVerb } from "./fault-names.js";
import { memoized } from "../memo.js";
import { addsCapability, kindAfterScope } from "./content-kinds.js";
import { ISSUE_FORMS, RELEASE_PREPARATION, REPOSITORY_DOC_FILES, TEMPLATES_CJK, REFACTOR_GAIN, TEST_SUITES, TEST_SUITES_CJK, upkeepVerbs } from "./upkeep-words.js";
import { tagAsksToAct } from "./item-signals.js";
import { advisoryIdsIn, isAdvisoryIdList, namesAdvisory } from "./advisory-ids.js";
import { onlyForDevelopers, STATED_FLOOR_HINT, statedFloor, withoutLiftedNeeds } from "./stated-floors.js";
import { isScopeList } from "../labels/scope-lists.js";
import { CJK_LETTER, cjkCount } from "../text/cjk.js";
import { BEHAVIOUR_HEADING } from "./behaviour-changes.js";
import { EUROPEAN_FEATURE_HEADING, EUROPEAN_KIND_HEADINGS } from "./feature-headings.js";
import { REPOSITORY_UPKEEP } from "./repository-upkeep.js";
import { renamesCommand } from "./renamed-commands.js";
import { DEFAULT_STATES, nowStateByDefault } from "./new-defaults.js";
import { speedsUp } from "./speed-ups.js";
import { withoutBreakingMark } from "./inline-breaking-marks.js";
import { straightApostrophes } from "../text/apostrophes.js";

export type Kind =
  | "breaking"
  | "security"
  | "highlight"
  | "feature"
  | "removal"
  | "change"
  | "performance"
  | "fix"
  | "deprecation"
  | "other"
  | "docs"
  | "dependencies"
  | "internal";

/** Lower comes first in a post. Docs, dependencies and internal housekeeping are noise: shown only when a
 *  release has nothing else. */
export const RANK: Record<Kind, number> = {
  breaking: 0,
  security: 1,
  highlight: 2,
  feature: 3,
  removal: 3,
  change: 4,
  performance: 4,
  fix: 5,
  deprecation: 4,
  other: 6,
  docs: 8,
  dependencies: 9,
  internal: 9,
};

export const isNoise = (kind: Kind): boolean => RANK[kind] >= RANK.docs;

/** What a heading says about the section under it. "generic" sections ("What's Changed") say nothing; "drop"
 *  sections (contributors, full changelog, install instructions) never reach a post. */
export type HeadingMeaning = Kind | "generic" | "drop";

// Sections of what only some users meet or of how the project is made. As a bracket after a change ("Add a `strict`
// mode (experimental)") the same words qualify that change, and stay (see readTrailingTag).
const UNSTABLE_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:unstable|experimental|実験的(?:な)?|实验性|實驗性|실험적)(?:\s*(?:features?|changes?|apis?|機能|功能|特性|기능))?$/iu;
const DEV_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:dev|development|internals?|开发|開発|개발)(?:\s*(?:changes?|updates?))?$/iu;

// "And the rest", "Everything else": a blog's last part, which gathers the small changes; a heading, never a change.
export const GATHERS_REST = /^(?:and\s+)?(?:(?:all\s+)?the rest|everything else|(?:much|lots|plenty|loads) more|odds and ends|bits and (?:pieces|bobs))[!.]?$/iu;

const REMOVES_DEPRECATED =
  /^(?:remove[sd]?|removing|drop(?:s|ped)?|delete[sd]?)\s+(?:(?:the|all|some|several|most|previously)\s+)?deprecated\b|\bdeprecated\s+(?!and\b)[\w`.\s-]{1,40}?\s+(?:are|is|were|was|have been|has been)\s+(?:now\s+)?(?:removed|dropped|deleted)\b|(?:非推奨|廃止予定|废弃|弃用|사용 중단|지원 중단)[^。.！!]{0,40}?(?:削除|移除|删除|제거|삭제)(?:しました|した|されました|されます|します|了|했습니다|되었습니다|합니다)|(?:移除|删除)(?:了)?[^。]{0,10}?(?:已)?(?:被)?(?:废弃|弃用)/iu;

const HEADINGS: Array<[RegExp, HeadingMeaning]> = [
  // A list of pull requests ("PRs", "Merged Pull Requests") says nothing of kind: each item says its own. (A "Commits"
  // list repeats the changes and goes, below.)
  [/^(?:(?:merged|closed|included|all|list of)\s+)?(?:prs|pull requests?|merge requests?|mrs)(?:\s+(?:merged|included|in this release))?$/iu, "generic"],
  // What a release post says about itself, not about a change: when and how it ships, who to contact, what comes next.
  // So does a blog post's news around the release ("Other news": stars, a Discord closed). (Its call for help,
  // "Helping out", is blog-sections.ts's COMMUNITY.)
  [/^(?:release (?:timing|schedule|date|process|cadence)|contact(?: and [\w ]+)?|call to action|(?:other|more|community|project|ecosystem) news|in other news|what'?s next|looking (?:ahead|forward)|roadmap|feedback|get involved|join us|getting help|stay (?:tuned|in touch)|questions\??|faq|impact|affected (?:versions|release lines)|end[- ]of[- ]life(?: [\w ]+)?|end[- ]of[- ]support(?: [\w. ]+)?|eol(?: [\w ]+)?)$/iu, "drop"],
  // github_changelog_generator's "Closed issues": the titles of issues closed, as their reporters wrote them ("Add retries
  // callback", "X triggers a deprecation notice"), not the changes that closed them ("Merged pull requests", "Fixed
  // bugs", "Implemented enhancements" list those).
  [/^closed (?:issues?|tickets?)$/iu, "drop"],
  // A generator's statistics over the changes ("📊 发布统计", "更新内容分布", "Release statistics", "By the numbers"):
  // counts of what the notes list anyway, no change of their own.
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:release|update|change|pr|commit)\s+(?:statistics|stats|summary by type|breakdown)|statistics|stats|by the numbers|(?:发布|更新|变更|版本|发行)?统计(?:信息|数据)?|(?:發佈|發布|更新|變更|版本)?統計(?:資訊|情報|データ)?|更新内容分布|变更分布|更新分布|릴리스\s?통계|통계|Statistik(?:en)?|Статистика)[\s\p{Extended_Pictographic}\uFE0F]*$/iu, "drop"],
  // Known issues are what the release did not change: "Known issues", "已知问题", "既知の問題", "알려진 문제".
  [/^(?:known (?:issues?|bugs?|problems?|limitations?)\b.*|已知(?:的)?(?:问题|缺陷|限制|错误|bug)|既知の(?:問題|不具合|制限|バグ)(?:点)?|알려진 (?:문제|이슈|버그|제한)(?: ?사항| ?점)?)$/iu, "drop"],
  // An introduction to the release ("Introduction to Go 1.22") or a notice that it is out: no change of its own.
  [/^(?:introduction|intro|preface|background)(?:\s+to\b.*)?$|^(?:security\s+)?(?:releases?|updates?)\s+(?:are\s+)?(?:now\s+)?available$/iu, "generic"],
  // How to upgrade ("Upgrade guide", "Upgrade instructions", "Upgrading"): steps, not a dependency bumped.
  [/^(?:upgrad(?:e|ing))\s+(?:guide|instructions|steps|how-?to|procedures?|process)(?:\s+for\s+\S.*)?$/iu, "generic"],
  // Towncrier's audience for contributors ("Contributor-facing changes") is housekeeping, ranked after what users meet,
  // not a list of contributors: before the drop words, which read "contributor".
  [/^(?:contributor|developer)[- ]facing(?:\s+(?:changes?|updates?|notes?))?$/iu, "internal"],
  // A section of checksums for verifying downloads, named by its hash alone ("SHA-256", "Hashes"); a change that names
  // one ("Identification of documents by SHA1 hash") is no such section.
  [/^(?:sha-?(?:1|256|384|512)(?: (?:checksums?|hashes|sums?))?|(?:file )?hashes)$/iu, "drop"],
  // A section that thanks contributors is credit in any language and with any emoji: "🥳 Community Contributions 🥳",
  // "社区贡献", "커뮤니티 기여".
  // A heading that is only the word for contributions or contributors ("Contributions", "コントリビューション", "貢献者",
  // "贡献", "기여") credits people: the "Name: what they did" list under it repeats the changes as credit.
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:code\s+)?contributions?|コントリビューション|コントリビュータ|貢献者?|貢獻者?|贡献者?|기여(?:자)?)(?:\s*(?:一覧|列表|목록|list))?[\s\p{Extended_Pictographic}\uFE0F]*$/iu, "drop"],
  // A launch post's appeal for money ("A call for support") asks, it changes nothing.
  // ruby-lang.org's thanks section is "Release Comment" ("リリースコメント", "릴리스 코멘트"): credits, no change.
  [/\b(?:new contributors?|contributors?|(?:community|external|outside|open[- ]source)\s+contributions?|contributions\s+from\s+(?:the\s+)?community|committers|commits|full changelog|special thanks|thanks|thank you|hall of fame|sponsors?|backers|call for (?:support|sponsors?|donations?|funding)|shout-?outs?|acknowledge?ments?|credits|release comments?|install(?:ation|ing)?|how to (?:install|upgrade|update)|where to (?:get|find|download)|download|assets|checksums|sha256|docker images?|binaries)\b|贡献者|社区贡献|社區貢獻|致谢|感谢|コミュニティ(?:から|の)?(?:の)?貢献|커뮤니티\s?기여|安装|下载|コントリビューター|謝辞|リリースコメント|インストール|기여자|설치|릴리스\s?코멘트/iu, "drop"],
  // The notes' own word that these changes matter most: "Important Changes in 0.7.1", "重要な変更", "重要变更", "주요 변경
  //사항". Before the breaking words, which read "주요 변경" on an item as a break (see CJK_BREAKING_TAG).
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:important\s+(?:changes?|updates?|improvements?)(?:\s+(?:in|for|since)\s+v?\d[\w.+-]*)?|重要(?:な|的)?(?:変更|变更|更新|改动|变化|改善|機能)(?:点|内容)?|主要(?:更新|变更|變更|改动|改動|改进|改進|特性|功能)(?:内容|內容)?|주요 (?:변경|업데이트|개선)(?: ?사항| ?내용| ?점)?)$/iu, "highlight"],
  [/break|⚠|💥|\bmajor changes?\b|incompatib|backwards?[- ]incompatible|incompat|破坏|不兼容|重大变更|破壊的|互換性|주요 변경|호환|несовместим/iu, "breaking"],
  // What to act on when upgrading: "UPGRADE NOTES", "Migration notes", "Behaviour changes". Before the dependency
  // words, which read "upgrade" as a bump; an upgrade guide's steps stay a kind of text (see model.ts).
  // So do "Compatibility" (clap), "Compatibility changes", "Migration", "Migrating to v3", "Upgrading from 2.x", "兼容性":
  // what is under them is what users meet on upgrading. (A bare "Upgrading" or "Upgrade guide" may only say how to
  // install the release.)
  [/^(?:upgrad(?:e|ing)|migration|(?:backwards?\s+)?compatibility)\s+notes?$|^(?:migration|migrating|(?:backwards?\s+)?compatibility)(?:\s+(?:guide|changes?))?$|^(?:upgrading|migrating)\s+(?:from|to)\s+v?[\w.-]+(?:\s+v?[\d.x]+)?$|^(?:升级|迁移)(?:注意事项|须知|说明)$|^迁移(?:指南)?$|^兼容性(?:变更|变化|说明|注意事项)?$|^(?:アップグレード|移行)時の注意(?:点|事項)?$/iu, "breaking"],
  // Sections of changed behaviour rank with what users act on; behaviour-changes.ts keeps their own label.
  [BEHAVIOUR_HEADING, "breaking"],
  [/secur|vulnerab|\bcve\b|🔒|🔐|🛡|安全|セキュリティ|脆弱性|보안|seguran[çc]a|seguridad|sicherheit|s[ée]curit[ée]|sicurezza|безопасност/iu, "security"],
  // A star alone marks highlights; before a category's name ("🌟 Features") it only decorates that name. "Highlighting"
  // and "highlighter" name an area ("Syntax highlighting", pandoc's "Text.Pandoc.Highlighting:"), not the notes' picks.
  [/highlight(?:s|ed)?(?![\p{L}\p{N}])|notable|what'?s new|key (?:features|changes)|headline|^🌟(?!\s*\p{L})|亮点|重点|主な変更|ハイライト|주요 기능|하이라이트/iu, "highlight"],
  // What was deprecated, now removed ("Remove deprecated APIs", "非推奨に指定していたモジュールを削除しました", "移除已废弃的
  // 接口"): code that still used it breaks. A removal, never a deprecation ("Deprecations and Removals" sorts both).
  [REMOVES_DEPRECATED, "removal"],
  [/deprecat|🗑|废弃|弃用|非推奨|廃止予定|지원 중단|사용 중단|(?:더 이상 )?사용되지 않는|^obsolet|^veraltet|^descontinuad|устарел/iu, "deprecation"],
  [/^(?:removed?|removals?|deletions?)\b|\bremovals?\b|🔥 remov|移除|删除|削除|廃止|제거|^(?:removid|eliminad|entfernt|supprim|rimoss|удален)/iu, "removal"],
  // How the project itself is built and tested, however much it improved: "Build and CI improvements", "Test fixes",
  // "👷 CI Improvements".
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:build|ci|tests?|testing|tooling|infrastructure|contributor[- ]facing|developer[- ]facing)(?:\s*(?:and|&|\/|,)\s*(?:build|ci|tests?|testing|tooling|infrastructure))*\s+(?:improvements?|changes?|updates?|enhancements?|fixes|system)$/iu, "internal"],
  // What only some users meet, after the features and fixes everyone gets: Tokio's "Unstable" (changes behind a cfg
  // flag), "Experimental features"; and how the project is made: "Dev", "Development", "Internals".
  [UNSTABLE_HEADING, "other"],
  // An ecosystem's store listing what others published: nonebot2's "🍻 插件发布" ("Plugin: 海龟汤游戏", "Plugin: Remove
  // nonebot_plugin_x"), "Plugin Store", "New adapters". No change to the project, shown only when nothing else is.
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:插件|机器人|适配器|驱动器|主题|插件商店)\s*(?:发布|商店|市场|更新|上架)|(?:new|community)\s+(?:plugins?|adapters?|bots?|themes?|extensions?)|(?:plugins?|adapters?|bots?|themes?|extensions?)\s+(?:store|marketplace|market|releases?|published|listings?))$/iu, "internal"],
  [DEV_HEADING, "internal"],
  // The repository's upkeep however it is praised: github-activity's "Maintenance and upkeep improvements",
  // "Housekeeping updates", "Wartung" (before the feature words, which read "improvements").
  [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:maintenance|upkeep|housekeeping|chores?|wartung|maintenance\s+et\s+entretien|mantenimiento|manutenção|обслуживание|维护|メンテナンス|유지\s*보수)(?:\s*(?:and|&|\/|,)\s*(?:maintenance|upkeep|housekeeping|chores?))*(?:\s+(?:improvements?|updates?|changes?|tasks?|work))?$/iu, "internal"],
  // Before the feature and fix words: "Improved Documentation" and "Documentation fixes" are docs.
  [/\bdocs?\b|documentation|^documented$|^documents?$|📝|📚|📖|文档|ドキュメント|문서|^(?:documentação|documentación|dokumentation)|документаци/iu, "docs"],
  [/perf|speed|faster|⚡|🏎|性能|パフォーマンス|성능|^(?:desempenho|rendimiento|leistung)|производительност/iu, "performance"],
  [/bug|\bfix|patch changes?|🐛|🐞|🩹|修复|修正|不具合|버그|수정|해결|픽스|(?:已)?解决的问题|解決(?:済み|した|された)|^(?:corrigid|corregid|behoben|corrig[ée]|corrett|correç|correcc|fehlerbehebung|исправлен)/iu, "fix"],
  // A commit type as a heading ("optimize:", "opt"): improvements to what exists, ranked with the changes after the
  // features.
  [/^(?:optimi[sz](?:e|es|ed|ations?)|opt)$/iu, "change"],
  ...EUROPEAN_KIND_HEADINGS,
  [EUROPEAN_FEATURE_HEADING, "feature"],
  // "Новые проверки", "Новые правила", "Новинки", "새 검사": new things in Russian and Korean, as "New checks" is.
  [/feat|\badded\b|\badditions?\b|\bnew\b|enhance|improve|minor changes?|✨|🎉|🚀|🆕|新特性|新功能|功能|特性|新增|优化|改进|新機能|機能|追加|改善|새 기능|기능|추가|개선|향상|增强|強化|^新(?:しい)?[\p{Script=Katakana}\p{Script=Han}ー]{2,}$|^새(?:로운?)? |^(?:adicionad|añadid|agregad|hinzugefügt|neu\b|ajout|aggiunt|novo|nuevo|nouveaut|funcionalidades|características|fonctionnalit)|^добавлен|^нов(?:ые|ый|ая|ое|инки|овведения)(?:\s|$)(?![^]*(?:исправлен|ошибк|устаревш|удален|зависимост))/iu, "feature"],
  // "その他変更", "其他更改", "기타 변경": a catch-all, though it holds the word for "change".
  [/^(?:その他|其他|其它|기타)/u, "other"],
  [/^changed\b|^changes? in|behaviou?r change|变更|更改|変更|변경|^(?:alterad|cambiad|modificad|geändert|modifi[ée]|mudanças|cambios|änderungen|modifications)|^изменен/iu, "change"],
  // The libraries a build bundles, said as updated: "Updated libraries", "Обновлены библиотеки", "ライブラリの更新".
  [/^(?:updated?|upgraded?)\s+(?:(?:third[- ]party|bundled|external)\s+)?librar(?:y|ies)$|^librar(?:y|ies)\s+(?:updates?|upgrades?|updated)$|^aktualisierte\s+bibliotheken$|^bibliothèques\s+mises\s+à\s+jour$|^bibliotecas\s+(?:actualizadas|atualizadas)$|^обновлен[аоы]?\s+библиотек[аи]?$|^обновление\s+библиотек$|^(?:更新(?:的)?(?:第三方)?库|库更新)$|^ライブラリ(?:の)?(?:更新|アップデート)$|^라이브러리\s*업데이트$/iu, "dependencies"],
  [/depend|\bdeps\b|upgrades?|bumps?|embedded technolog|📦|⬆|依赖|依存|의존|종속|임베드된 기술|내장 기술|埋め込み技術|嵌入(?:式)?技术|^(?:dependências|dependencias|abhängigkeiten|dépendances)|зависимост/iu, "dependencies"],
  [/chore|maint|\bci\b|continuous integration|build system|\bbuild\b|^builds$|\btests?\b|testing|refactor|internal|housekeeping|tooling|infrastructure|code style|code quality|🔧|🔨|👷|♻️|✅|🧪|🏗|🧹|重构|测试|构建|内部|维护|維護|メンテナンス|リファクタ|テスト|ビルド|리팩터|테스트|유지 ?보수|유지 ?관리/iu, "internal"],
  [GATHERS_REST, "other"],
  [/\bmisc|\bother\b|杂项|其他|その他|雑多|기타/iu, "other"],
  [/^what'?s in\b/iu, "generic"],
  [/^(?:what'?s changed|changes|changelog|release notes?|updates?|notes|summary|overview|details|更新(?:内容|日志)?|更新内容|变更日志|变更记录|発表|変更点|変更内容|更新履歴|アップデート(?:内容)?|リリース(?:内容|ノート)|변경 사항|변경 내용|업데이트(?: 내용)?)(?:\s+(?:in|for|since)\s+v?\d[\w.+-]*)?$/iu, "generic"],
];

// A heading that is only a category's name ("New Features", "🐛 Bug Fixes", "新功能"), not a change's title that
// happens to hold a category word ("Module system improvements").
const CATEGORY_NAME =
  /^(?:[\p{Extended_Pictographic}\uFE0F\s]*)(?:(?:new|other|minor|major|patch|notable|important|breaking|security|performance|bug|small|general|additional|further|more)\s+)*(?:features?|new|bug ?fixes|fixes|fixed|improvements?|enhancements?|changes|changed|added|updated|removed|deprecations?|deprecated|security|performance|documentation|documents?|docs|dependencies|chores?|maintenance|internal|miscellaneous|misc\.?|others?|highlights?|refactor(?:ing)?|tests?|build|ci|updates?|bugfixes|things|bits|stuff|news|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]{1,8})(?:[\s\p{Extended_Pictographic}\uFE0F]*)$/iu;

export const isCategoryName = (heading: string): boolean => CATEGORY_NAME.test(heading.replace(/[:：]\s*$/u, "").trim());

// A quantity before a category's name in a heading: "A few notable changes", "A couple of fixes", "Some new features".
const QUANTITY = /^(?:a\s+(?:few|couple(?:\s+of)?|handful\s+of|number\s+of)|some|several|many)\s+(?=\S)/iu;

/** A heading that names a category, maybe after a quantity ("A few notable changes"): it heads a group, no change. */
export const namesCategory = (heading: string): boolean => isCategoryName(heading) || isCategoryName(heading.trim().replace(QUANTITY, ""));

/** Reads a section heading (already without Markdown); null for a heading that says nothing of kind. */
export function headingMeaning(heading: string): HeadingMeaning | null {
  // Typographic apostrophes and a closing "?" or "!" say nothing of kind: "What’s Next?" is "what's next".
  const text = straightApostrophes(heading.replace(/[:：]\s*$/u, "")).replace(/\s*[?？!！]+$/u, "").trim();
  // A package's name ("@angular-devkit/build-angular", "`@scope/pkg`") names a part, not a kind of change.
  if (/^`?@?[\w.-]+\/[\w./-]+`?$|^`?@[\w.-]+`?$/u.test(text)) return null;
  // "✨ 주요 변경 사항 (Highlights)", "💥 중대한 변경 사항 (Breaking Changes)": the English gloss says the kind, where the
  // native words are ambiguous ("주요 변경" also translates "breaking changes").
  const gloss = GLOSSED.exec(text)?.[1];
  const glossMeaning = gloss === undefined ? null : meaningOf(gloss);
  return glossMeaning ?? meaningOf(text);
}

const meaningAt = (text: string): HeadingMeaning | null => HEADINGS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
// A heading's words say its kind before its emoji, which only decorates them: "🔧 Other Changes" is a catch-all of
// changes, not the maintenance a 🔧 alone marks. Where the words name no kind ("⚠️ Notes"), the emoji does.
const EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;
function meaningOf(text: string): HeadingMeaning | null {
  const words = text.replace(EMOJI, "").trim();
  const said = words !== text && words !== "" ? meaningAt(words) : null;
  return said !== null && said !== "generic" ? said : meaningAt(text);
}
// A heading in another script with its English name in brackets after it.
const GLOSSED = /^[^A-Za-z]*[^\sA-Za-z\p{P}\p{Extended_Pictographic}\uFE0F][^A-Za-z]*\s*[(（]\s*([A-Za-z][A-Za-z' &/-]{1,40})\s*[)）]$/u;

// Conventional commits: "feat(scope)!: text", "fix: text", "BREAKING CHANGE: text".
// Some projects type commits in words of their own ("change:", "update:", "improvement:", "Enhance:", "opt:" for
// optimisation).
// "Bug Fix:", "Hotfix:" are fixes, written as a type.
const CONVENTIONAL = /^(feat|feature|fix|bug ?fix|hot ?fix|perf|docs?|chore|ci|build|test|tests|refactor|style|revert|deps|security|release|types?|change[sd]?|update|improvement|enhance(?:ment)?|opt)(\([^)\n]{0,60}\))?(!)?[:：]\s*/i;
// Other lower-case types with a scope are a commit's type all the same ("optimize(grpc): …", "improve(ui): …",
// "tweak(cli): …"): its kind is the section's. Only words that name a kind of work, never any word: "open(path): now
// raises …" and "len(x): returns 0 …" name a call, which is what changed.
const OTHER_TYPE = /^(optimi[sz]e|optim|improve|tweak|polish|cleanup|rework|tidy|misc|i18n|l10n|a11y|infra|bench|lint|example|examples|workflow)(\([a-z0-9@][\w./@-]{0,40}\))(!)?[:：]\s*/u;
const CONVENTIONAL_KINDS: Record<string, Kind> = {
  feat: "feature",
  feature: "feature",
  fix: "fix",
  bugfix: "fix",
  hotfix: "fix",
  perf: "performance",
  doc: "docs",
  docs: "docs",
  chore: "internal",
  ci: "internal",
  build: "internal",
  test: "internal",
  tests: "internal",
  refactor: "internal",
  style: "internal",
  revert: "other",
  deps: "dependencies",
  security: "security",
  release: "internal",
  type: "other",
  types: "other",
  change: "change",
  changed: "change",
  changes: "change",
  update: "change",
  improvement: "feature",
  enhance: "feature",
  enhancement: "feature",
  opt: "change",
};

// A gitmoji before a commit type ("✨ feat(volumes): …") says the type again: both go, the type tells the kind.
const EMOJI_BEFORE_TYPE = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+(?=[a-z]+(?:\([^)\n]{0,60}\))?!?[:：])/u;

// Leading emoji (gitmoji and the markers projects use in changelogs).
const EMOJI_KINDS: Array<[RegExp, Kind]> = [
  [/^(?:💥|⚠️?)/u, "breaking"],
  [/^(?:🔒|🔐|🛡️?)/u, "security"],
  [/^(?:🔥|🌟|⭐️?|🎉)/u, "highlight"],
  [/^(?:✨|🆕|🚀|🌐|⌨️?|♿️?|🎨|🤖|🌈)/u, "feature"],
  [/^(?:⚡️?|🏎️?|📦)/u, "performance"],
  [/^(?:🐛|🐞|🩹|🚑️?|💄)/u, "fix"],
  [/^(?:🗑️?|⚰️?)/u, "deprecation"],
  [/^(?:📝|📚|📖|✏️?)/u, "docs"],
  [/^(?:⬆️?|⬇️?|📌|➕|➖)/u, "dependencies"],
  [/^(?:🔧|🔨|👷|♻️?|✅|🧪|🏗️?|🧹|🚨|💚|🔖|🛠️?|🙈|🔀)/u, "internal"],
];

const SECURITY_WORDS = /\b(?:CVE-\d{4}-\d+|GHSA-[\w-]+|security (?:fix|issue|vulnerability|advisory(?! (?:blocking|block|checks?|checking|lookups?|fetch(?:ing)?|database|db|feature|command|output|reports?|reporting|audit(?:ing)?|api|list(?:ing)?|format|filter(?:ing)?|ignor(?:e|ing)|config(?:uration)?|settings?|options?|handling|support|matching|page|scann(?:er|ing)|integration|source|data|cache|loading|metadata)))|vulnerabilit(?:y|ies)|XSS|CSRF|SSRF|ReDoS|prototype pollution)\b|\[security\]|安全漏洞|脆弱性|原型(?:链)?污染|原型(?:鏈)?汙染|プロトタイプ汚染|프로토타입 오염|\d+\s*(?:개의?|个|個|項|项|件の?)?\s*(?:CVEs?\b|(?:安全|보안\s*)?(?:漏洞|취약점))/iu;
// "Bump x from 1 to 2", "update dependency x to v3", "Update com.google.gms:google-service version" (a package's
// coordinates), "升级SpringBoot3.3.4": a dependency update, whatever its type says.
const DEPENDENCY_UPDATE = /^(?:bump(?:s|ed)?|update[sd]? (?:(?:(?:go )?module|rust crate|crate|gem|npm package|pypi package|docker tag|docker image|helm release|github action|terraform (?:provider|module)) [\w@/.:-]+ to v?\d|[\w@/.-]+ (?:action|docker tag|docker digest|digest) to v?\d|dependency|dependencies|deps|the dependency|`?[\w@/.-]+`? (?:from|to) `?v?\d|(?:the )?`?[\w@/.-]*[.:/@][\w@/.:-]*`? (?:versions?|dependency)$)|upgrade[sd]? (?:dependency|dependencies|deps|[\w@/.-]+ (?:from|to) v?\d|(?:the )?`?[\w@/.-]*[.:/@][\w@/.:-]*`? (?:versions?|dependency)$)|lock file maintenance|pin dependenc)|^updated dependencies\b|^(?:the |all )?(?:project'?s? )?(?:dependencies|deps) (?:have been|has been|were|are|got) (?:updated|upgraded|bumped|refreshed)\b|^`?[\w@/.-]+`? (?:updated|upgraded|bumped) (?:from v?\d[\w.+-]* )?to v?\d[\w.+-]*$|^pin(?:s|ned)? `?[\w@/.-]+`? (?:to|at) (?:[=~^<>!]=?\s*)?v?\d[\w.*+-]*$|^\[[\w@/.-]+\] (?:update[sd]?|upgrade[sd]?|bump(?:s|ed)?) to (?:version )?v?\d[\w.+-]*$|\bdependabot\b|\brenovate\b|\[bot\](?![\w-]*`)|升级依赖|依赖(?:库|包)?(?:升级|更新)|依存関係|依存(?:ライブラリ|パッケージ)(?:の)?(?:アップデート|更新|バージョンアップ)|의존성 (?:업데이트|업그레이드)|^(?:升级|更新|アップデート)\s*[A-Za-z][\w.-]*\s*(?:v?\d[\w.]*\s*(?=到|至|から))?(?:(?:到|至|から|を)\s*)?v?\d[\w.]*(?:\s*(?:版本?|に))?$/iu;

// A dependency added is upkeep of what the package pulls in, not a feature: "Add dependency on `zstd`", "added `tokio`
// as a dependency", "新增依赖 hutool", "引入 fastjson 依赖", "依存関係に X を追加". (A peer dependency users install
// themselves is what they must act on, and stays.)
const DEPENDENCY_ADDED =
  /^(?:add(?:s|ed)?|introduc(?:e|es|ed)|pull(?:s|ed)? in) (?:a |an )?(?:new )?(?:(?:runtime|dev|build|optional|direct|explicit) )?(?:dependency|dependencies|deps?) (?:on|to|for)\b|^(?:add(?:s|ed)?) `?[\w@/.-]+`? (?:as|to) (?:a |the )?(?:(?:runtime|dev|build|optional|direct|explicit) )?(?:dependency|dependencies|deps)\b|^(?:新增|引入|添加|增加|加入)(?:了)?(?:对)?[^，。,]{0,30}?(?<!开发)依赖(?!注入)|^依存(?:関係|ライブラリ|パッケージ)に[^。]{0,30}を追加|의존성 추가$/iu;

// Runtimes, platforms and peer frameworks whose supported versions a release can raise. (Not compiler toolchains:
// Rust and Go projects raise their minimum toolchain in minor releases, and only builders from source meet it.) A macOS
// release may be named before its number ("macOS Ventura 13 wird nicht mehr unterstützt"): the name is part of it.
const PLATFORM = String.raw`(?:node(?:\.?js)?|deno|bun|c?python|pypy(?:\d[\d.]*\d)?|jruby|dart|flutter|scala|php|ruby|java|jdk|kotlin|swift|xcode|\.net|dotnet|typescript|react|vue|angular|svelte|eslint|electron|ios|android|macos(?: (?:ventura|sonoma|sequoia|tahoe|monterey|big sur|catalina|mojave|high sierra))?|windows|django|rails|laravel|symfony|elixir|erlang|otp|perl|gradle|internet explorer|ie ?\d+)`;
// Support taken away: "drop support for", "removed support for", "ends support for". What follows says whether it is a
// runtime floor (PLATFORM_FLOOR) or another thing users lose (MUST_ACT); both read it from here.
const DROPS_SUPPORT = String.raw`\b(?:drop(?:s|ped)?|remove[sd]?|end(?:s|ed)?|discontinue[sd]?) (?:the )?support for\b`;
// A raised floor: "drop support for Python 3.9", "minimum node.js versions now ^20.19", "requires React 19",
// "Node.js 18 is no longer supported", "不再支持 Node 16". Every user on the old version must act.
const PLATFORM_FLOOR = new RegExp(
  String.raw`(?:${DROPS_SUPPORT}|\bdeprecate[sd]? (?:the )?support for)(?: (?:end[- ]of[- ]life|eol|old(?:er)?|legacy|outdated|unsupported))? ${PLATFORM}\b` +
    String.raw`|\bminimum (?:supported |required )?(?:version of )?${PLATFORM}(?: versions?| range| requirement)?\b` +
    // …also as a semver range in code: "Require Node.js `^18.18.0 || ^20.9.0 || >=21.1.0`".
    String.raw`|\brequires? (?:at least )?${PLATFORM} \x60?(?:>=?\s*|≥\s*|[\^~]\s*)?v?\d` +
    String.raw`|\b${PLATFORM} v?\d[\w.]*\+?(?: or (?:later|newer|higher|above))? is (?:now )?(?:required|the minimum|no longer supported)\b` +
    // The same said passively: "Support for Python 3.9 has been removed", "Python 3.8 support was dropped".
    // "Support for Ruby versions older than Ruby 2.7.0 has been dropped" names the floor by what falls below it.
    String.raw`|\bsupport for ${PLATFORM}(?: v?\d[\w.]*| versions?)(?: (?:and|or) (?:older|earlier|below|lower)| (?:older|earlier|lower|prior) than (?:${PLATFORM} )?v?\d[\w.]*| (?:below|before|<=?\s*)\s*v?\d[\w.]*)? (?:has been|have been|was|is) (?:now )?(?:removed|dropped|discontinued)\b` +
    String.raw`|\b${PLATFORM} v?\d[\w.]*(?: and (?:older|earlier|below))? support (?:has been|was|is) (?:now )?(?:removed|dropped|discontinued)\b` +
    String.raw`|\b(?:drop(?:s|ped)?|remove[sd]?) ${PLATFORM} v?\d[\w.]* support\b` +
    // "Drop Node 16", "Dropped Python 3.6 and 3.7.": the whole change is the version dropped.
    String.raw`|^(?:drop(?:s|ped)?|remove[sd]?) ${PLATFORM} v?\d[\w.]*(?:(?:,\s*|\s+(?:and|&)\s+)v?\d[\w.]*)*[.!]?$` +
    String.raw`|\bno longer supports? ${PLATFORM} v?\d` +
    // "node >= `20.x`", "engines: node >=20", "(Node >= 20)": the floor as a version range states it. (Not "Fix X for
    // Python>=3.14.4": a fix for the users of that version. A dependency's replacement by range is swapsDependencyByRange.)
    // (Nor "opencv-python >= 4.6": a package whose name ends in the platform's.)
    String.raw`|(?<!\b(?:for|on|with|under|in)\s{1,3})(?<![\w.-])${PLATFORM}\s*(?:>=|≥)\s*\x60?v?\d` +
    String.raw`|${PLATFORM}\s*v?\d[\w.]*\s*(?:이하\s*)?(?:의\s*)?지원(?:을|이)?\s*(?:중단|종료)` +
    String.raw`|(?:不再|停止|终止|放弃|结束)(?:对\s*)?支持\s*${PLATFORM}|(?:移除|删除|去掉|放弃)了?对?\s*${PLATFORM}\s*v?\d[\w.]*\s*(?:及?以下(?:版本)?|(?:及|和)更早(?:版本)?)?\s*的\s*支持|${PLATFORM}\s*v?\d[\w.]*\s*(?:の)?(?:サポート|対応)を?(?:終了|廃止|削除|打ち切)` +
    cjkFloor(PLATFORM) +
    `|${statedFloor(PLATFORM)}`,
  "",
);

/** A floor as Chinese, Japanese and Korean notes state it: "最低要求 Node 18", "需要 Node 18+", "Python 3.10 以上が必須",
 *  "Java 21 필수", "Java 21 이상 필요". */
function cjkFloor(platform: string): string {
  return (
    String.raw`|最低(?:要求|需要|支持|版本(?:要求)?|バージョン|動作環境)?[:：]?\s*${platform}\s*v?\d` +
    // "Node.js 20 以上", "Node 20 이상": the floor named by what it is at least, alone or as what is needed. (Not "iOS 13
    // 以上を指定する、アトリビュートを削除する": an annotation that names a version.)
    String.raw`|\b${platform}\s*v?\d[\w.]*\s*(?:以上|이상)\s*(?:$|[。.]|が(?:必要|必須)|を(?:要求|必要と)|가 필요|이 필요|을 요구|를 요구|으로 상향|に引き上げ)` +
    String.raw`|(?:需要|要求|必须)\s*${platform}\s*v?\d` +
    String.raw`|\b${platform}\s*v?\d[\w.]*\s*(?:\+|以上|이상)?\s*(?:が|は|을|를|이|가)?\s*(?:必須|必需|必要です|필수|필요)`
  );
}

/** True when a change raises the runtime or platform versions the project supports. */
// Every way PLATFORM_FLOOR states a floor has one of these words (a version number alone is too common to tell):
// text without any is passed by one cheap test instead of the long pattern trying each platform name at every word.
const FLOOR_HINT = /support|minimum|requir|drop|remov|>=|≥|以上|이상|支持|지원|サポート|対応を?(?:終了|廃止|削除|打ち切)|最低|需要|要求|必须|必須|必需|必要です|필수|필요/iu;
// Every way also names a platform: text that names none is passed by one scan for the names alone.
const PLATFORM_NAMED = new RegExp(PLATFORM, "iu");
// A platform named right before its version ("Python 3.8", "Node.js 16"): end-of-life.ts tells a runtime's end of
// life, a support drop, from the project's own old release line's.
const PLATFORM_BEFORE_VERSION = new RegExp(String.raw`(?<![\p{L}\p{N}])${PLATFORM}[\s/-]*v?\d`, "iu");
/** True when a text names a runtime or platform with its version ("Python 3.8", "Node.js 16"). */
export const namesPlatformVersion = (text: string): boolean => PLATFORM_BEFORE_VERSION.test(text);
// "Java 21", "Node.js 20.19", "Erlang/OTP 24": a platform named with its version.
const PLATFORM_VERSION = new RegExp(String.raw`(?<![\p{L}\p{N}])${PLATFORM}[\s/-]*v?(\d+(?:\.\d+)?)`, "giu");
/** The platforms a text names with their versions, as "java 21" (lower case, one space). */
export const platformVersions = (text: string): string[] => [...text.matchAll(PLATFORM_VERSION)].map((match) => `${match[0].replace(/[\s/-]*v?\d.*$/u, "").toLowerCase().replace(/\.?js$/u, "")} ${match[1] ?? ""}`);
// A dependency replaced or made optional per version range: "Replace runtime dependency on `zstandard` with
// `compression.zstd` (Python >=3.14) and `backports.zstd` (Python 3.10–3.13)". The range says which users get which
// dependency, not who can no longer install; a text that also says require, drop, minimum or support states a floor.
const DEPENDENCY_SWAP = /\b(?:replace[sd]?|swap(?:s|ped)?|switch(?:es|ed)?)\b[^.;]{0,40}\bdependenc(?:y|ies)\b|\boptional (?:runtime )?dependenc(?:y|ies)\b/iu;
const FLOOR_WORD = /requir|\bdrop|minimum|support|no longer/iu;
const swapsDependencyByRange = (text: string): boolean => DEPENDENCY_SWAP.test(text) && !FLOOR_WORD.test(text);
export const raisesPlatformFloor: (text: string) => boolean = memoized(
  (text) => {
    if (!(FLOOR_HINT.test(text) || STATED_FLOOR_HINT.test(text)) || !PLATFORM_NAMED.test(text) || swapsDependencyByRange(text) || onlyForDevelopers(text)) return false;
    return PLATFORM_FLOOR.test(withoutLiftedNeeds(text).toLowerCase());
  },
);

// Runtimes a package runs on (not peer frameworks: an app template's "Upgrade to Vue 3.5" moves only itself).
const RUNTIME = String.raw`(?:node(?:\.?js)?|deno|bun|python|php|ruby|java|jdk|\.net|dotnet)`;
// A move to a new runtime version: "To node24", "Upgrade to Node 20", "Migrate the action to Node 24", "Run Action on
// Node 24", "Use node20", "`runs.using` is now node24". (Not "Bump @types/node to 24" nor "actions/setup-node": those
// name a package.)
const RUNTIME_MOVE = new RegExp(
  String.raw`^(?:(?:upgrade[sd]?|update[sd]?|move[sd]?|migrate[sd]?|switch(?:es|ed)?|port(?:s|ed)?)\s+(?:(?:the\s+)?(?:action|runtime|package|project)\s+)?)?to\s+${RUNTIME}\s?v?\d+` +
    String.raw`|^(?:run|runs|running|use|uses)\s+(?:(?:the\s+)?(?:action|actions|runtime)\s+)?(?:on\s+|with\s+|using\s+)?${RUNTIME}\s?v?\d+` +
    String.raw`|\bruns\.using\b[^.]{0,30}?\b${RUNTIME}\s?v?\d+`,
  "iu",
);
// Said to run on the new runtime in a GitHub Action's own words: which node its `runs.using` names.
const ACTION_RUNTIME = /^(?:run|runs|running)\s+(?:the\s+)?actions?\s+(?:on|with|using)\b|\bruns\.using\b/iu;

// A package users must now install or swap for another, said without "breaking": "now requires react-native-svg",
// "`x` is now a peer dependency", "uses expo-image instead of react-native-fast-image", "WebView 라이브러리를 A에서 B로
// 변경", "改用 B". A package's name has a hyphen, a slash or a scope, which sets it apart from a word.
// A site's domain ("sa-token.com", "docs.example.cn") is no package: moving docs to it asks nothing of users.
const NOT_DOMAIN = String.raw`(?![\w.-]*\.(?:com|cn|net|org|io|dev|cc|me|app|site|top|xyz|tech|info)(?![\w-]))`;
const PACKAGE = String.raw`\x60?@?${NOT_DOMAIN}[a-z0-9][\w.]*(?:[-/][\w.]+)+\x60?`;
const SWAPS_DEPENDENCY = new RegExp(
  String.raw`\b(?:(?:is|are) now|now|added|adds?|add) (?:as )?an? (?:new )?(?:required )?peer[- ]?dependenc(?:y|ies)\b|\bnew (?:required )?peer[- ]?dependenc(?:y|ies)\b|\brequires? [^.]{1,40}? as an? peer[- ]?dependency\b` +
    String.raw`|\bnow requires? (?:you to install )?(?:the )?${PACKAGE}` +
    String.raw`|\b(?:now uses?|uses?|switch(?:es|ed)? to|migrate[sd]? to|depends on) ${PACKAGE} instead of ${PACKAGE}` +
    String.raw`|\b(?:replace[sd]?|swap(?:s|ped)?) ${PACKAGE} (?:with|by|for) ${PACKAGE}` +
    String.raw`|(?:라이브러리|패키지|의존성)[^.]{0,30}?에서\s*${PACKAGE}\s*(?:으로|로)\s*(?:변경|교체|전환)` +
    String.raw`|(?:ライブラリ|パッケージ|依存)[^。]{0,30}?から\s*${PACKAGE}\s*(?:に|へ)(?:変更|移行|置き換え|切り替え)` +
    String.raw`|(?:改用|替换为|换成|迁移到|迁移至)\s*${PACKAGE}`,
  "iu",
);
const ONLY_ANNOUNCED = /\bdeprecat|废弃|弃用|非推奨|사용 중단 예정/iu;

/** A change every user on it must act on though the notes do not call it breaking, in any release: a runtime or
 *  platform version dropped, or a package to install or swap. (A support only deprecated is announced, not gone.) */
export const mustActUnlabelled = (text: string): boolean => !ONLY_ANNOUNCED.test(text) && !DISCLAIMS_BREAK.test(text) && (raisesPlatformFloor(text) || dropsModuleFormat(text) || SWAPS_DEPENDENCY.test(text));

/** True when a change typed as upkeep ("chore: node >= 20", "refactor(build): 仅支持 UMD/ESM 模式") still raises the
 *  runtime floor or drops a format users import: the type names who wrote it, not who meets it. (Not "in CI".) */
export const upkeepUsersMeet = (text: string): boolean => !INTERNAL_ONLY.test(text) && !ONLY_ANNOUNCED.test(text) && (raisesPlatformFloor(text) || dropsModuleFormat(text));

/** True when a change moves users to a new runtime or platform version they must act on, whatever its section: in a
 *  major release ("7.0.0") a raised floor or a plain move ("Upgrade to Node 20", "To node24"); where the release's
 *  version is unknown (`major` undefined), a GitHub Action saying what it now runs on. A support only deprecated, or a
 *  move where the project is only built or tested ("in CI"), never does. */
export function movesPlatform(text: string, major: boolean | undefined): boolean {
  if (INTERNAL_ONLY.test(text) || /\bdeprecat/iu.test(text)) return false;
  if (major === undefined) return RUNTIME_MOVE.test(text) && ACTION_RUNTIME.test(text);
  return major && (raisesPlatformFloor(text) || RUNTIME_MOVE.test(text));
}

// An item under a breaking heading that says it breaks nothing: "This change is not expected to cause breaking impact",
// "no breaking changes are expected", "should not break existing code", "此变更预期不会造成破坏性影响", "破壊的な影響はありません".
const DISCLAIMS_BREAK =
  /\b(?:is|are|was|were|should|does|do|will)(?: not|n't) (?:be )?(?:expected|likely|anticipated|supposed|meant) to (?:be |cause |introduce |have |bring |result in )?(?:any |a )?(?:breaking|break\b)|\bno breaking (?:changes?|impact|effects?) (?:is|are|were) (?:expected|anticipated|introduced)\b|\b(?:should|shall|will|does|do)(?: not|n't) break (?:any |existing |your |user |users'? )|\b(?:to|so as to|in order to) (?:avoid|prevent) (?:any )?(?:breakage|breaking (?:changes?|existing|users?))|\b(?:remains?|stays?|is kept|will remain|will stay) (?:as )?a no-?op\b|(?:预期|预计|应该|应当|应)?(?:不会|不应|并不会)(?:造成|导致|带来|引起|产生|引入)(?:任何)?(?:破坏性|不兼容)|不(?:是|属于)(?:破坏性|不兼容)(?:的)?(?:变更|改动|更新)|破壊的(?:な)?(?:変更|影響)(?:は|を)?(?:ない|ありません|生じません|発生しません|与えません|ございません)|(?:파괴적|호환성)[^.]{0,12}(?:영향이 없|깨지지 않|문제가 없)/iu;
/** True when a line under a breaking heading says it breaks nothing. */
export const disclaimsBreak = (text: string): boolean => DISCLAIMS_BREAK.test(text);
/** Where in a line its words say it breaks nothing, or -1. */
export const disclaimerAt = (text: string): number => DISCLAIMS_BREAK.exec(text)?.index ?? -1;

// "`np.foo` has been deprecated, as …", "X is deprecated in favour of Y": only a deprecation
// announced, not a removal; the reason after "as", "since" or "because" ("as Python 2 is no longer supported") is no
// second change.
// (Not "Deprecated `x` config field" under "Removed": there "deprecated" names what was taken away.)
const DEPRECATED_ONLY = /^(?:[^.!?,;]|\.(?=\S)){1,80}?\b(?:is|are|(?:has|have) (?:now )?been|was|were) (?:now |hereby |also )?deprecated\b/iu;
const REASON_CLAUSE = /(?:[,;]\s*|\s+)(?:as|since|because|given that|now that)\b.*$/isu;
const TAKEN_AWAY = /\b(?:removed|dropped|deleted|no longer|raises?|throws?|errors?)\b|移除|删除|削除|제거/iu;
/** True when a change only announces a deprecation: users may act later, nothing breaks yet. */
export function onlyDeprecates(text: string): boolean {
  const said = text.replace(REASON_CLAUSE, "");
  return DEPRECATED_ONLY.test(said) && !TAKEN_AWAY.test(said) && !SECURITY_WORDS.test(text) && !raisesPlatformFloor(said);
}

// An output format or module system the package no longer ships: "ESM only", "only ships ESM", "drop CommonJS", "仅支持
// UMD/ESM 模式", "移除 cjs 产物", "ESM のみ", "ESM만 지원". Every user who imports it the old way breaks, whatever the
// section. (The cheap word test keeps the pattern off text that names no format.)
const FORMAT_NAMED = /esm|umd|cjs|commonjs|es modules?/iu;
const DROPS_FORMAT =
  /\besm[- ](?:only|first)\b|\bpure esm\b|\b(?:is|are) now (?:an )?esm\b|\b(?:drop(?:s|ped)?|remove[sd]?) (?:support for |the )?(?:commonjs|cjs)\b|\bonly (?:ships?|supports?|publish(?:es)?|provides?|builds?|outputs?) (?:an? )?(?:esm|umd|es modules?)\b|\b(?:no longer|stop(?:s|ped)?) (?:ships?|shipping|publish(?:es|ing)?|provides?|providing|supports?|supporting) (?:a |the )?(?:commonjs|cjs)\b|(?:仅|只)(?:支持|提供|输出|保留)\s*(?:esm|umd|es\s*module)|(?:移除|删除|去掉|不再提供|不再支持|放弃)(?:了)?\s*(?:对)?\s*(?:cjs|commonjs)|(?:esm|umd)\s*(?:形式|形式で|形式の)?\s*のみ|(?:commonjs|cjs)\s*(?:の)?(?:サポート|対応|ビルド|出力)?を?(?:廃止|削除|終了)|esm\s*만\s*(?:지원|제공)|(?:commonjs|cjs)\s*(?:지원|빌드)?\s*(?:을|를)?\s*(?:중단|제거)/u;
/** True when a change says the package no longer ships a module format or output users import. */
export const dropsModuleFormat = (text: string): boolean => FORMAT_NAMED.test(text) && DROPS_FORMAT.test(text.toLowerCase());

// A change every user of the package meets on upgrade: a raised runtime floor, a module format dropped (above), a
// package, command or action input removed or renamed. (Not what was taken from packages, "Remove the collection of
// data files from packages", nor a command-line option, "Remove the `--ascii` command-line option".)
const EVERY_USER =
  /^(?:[\w@/-]+:\s*)?(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?)\b[^.]{0,80}?\b(?<!\b(?:from|of|in|within|into|by|with) (?:the |all |some |its |their )?)(?:packages?|commands?(?!-line)|inputs?)\b|\b(?:input|package|command) `?[\w@/.-]+`? (?:has been |was |is )?(?:now )?renamed\b|\brenamed? (?:the )?(?:action )?(?:input|package|command)s?\b/iu;

/** True when a breaking change touches everyone who upgrades, not one option or flag. */
export const touchesEveryUser = (text: string): boolean => raisesPlatformFloor(text) || dropsModuleFormat(text) || EVERY_USER.test(text);
// Bracket tags some changelogs open every line with ("[ADD] …", "[FIX] …", with a colon "[bug fix]: …"). A [CHANGE] among [ADD] and [UPDATE]
// Bracket tags some changelogs open every line with ("[ADD] …", "[FIX] …"). A [CHANGE] among [ADD] and [UPDATE]
// is the one users must act on (the compatible kind is [UPDATE]).
// git-cliff sets the commit's scope before the tag: "(azure_devops) [breaking] Rename …".
const BRACKET_TAG = /^(?:\(([\w@/.-]{1,40})\)\s*)?\[(breaking(?:[ -]changes?)?|change[sd]?|add(?:ed)?|new|feature|feat|update[sd]?|improve(?:d|ment)?|enhancement|fix(?:ed)?|bug ?fix|remove[sd]?|deprecated?|security|perf(?:ormance)?|docs?|internal|chore|misc|bump|deps|dependenc(?:y|ies))\]\s*(?:[:：]\s*)?/iu;
const BRACKET_KINDS: Array<[RegExp, Kind]> = [
  [/^(?:breaking|change)/iu, "breaking"],
  [/^(?:add|new|feat)/iu, "feature"],
  [/^(?:update|improve|enhancement)/iu, "change"],
  [/^(?:fix|bug)/iu, "fix"],
  [/^remove/iu, "removal"],
  [/^deprecate/iu, "deprecation"],
  [/^security/iu, "security"],
  [/^perf/iu, "performance"],
  [/^docs?/iu, "docs"],
  [/^(?:internal|chore)/iu, "internal"],
  [/^misc/iu, "other"],
  [/^(?:bump|deps|dependenc)/iu, "dependencies"],
];

const changedTagBreaks = (text: string, own: Kind | null): boolean => !disclaimsBreak(text) && (own === "removal" || saysMustAct(text) || raisesPlatformFloor(text) || SWAPS_DEPENDENCY.test(text));

/** "[ADD] x": the tag's kind and the text without it; what the rest says of itself wins when it is noise, except over
 *  a tag that says it breaks: "[CHANGE] test モードを p2p モードに名前変更" renames a mode, whatever "test" reads as. */
function readBracketTag(given: string): ItemReading | null {
  const text = withTagSpelled(given);
  const tag = BRACKET_TAG.exec(text);
  if (!tag) return null;
  const [scope, name] = [tag[1], tag[2] ?? ""];
  const rest = `${scope ? `${scope}: ` : ""}${text.slice(tag[0].length)}`;
  const kind = BRACKET_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
  const own = readItem(rest);
  const breaks = /^(?:breaking(?:[ -]changes?)?|change)$/iu.test(name);
  // (A "[CHANGE]" to the repository's own upkeep, "[CHANGE] E2E テストを移動する", breaks nothing users run.)
  const overrules = own.kind === "breaking" || (own.kind !== null && isNoise(own.kind) && (!breaks || CONVENTIONAL.test(rest) || OWN_UPKEEP.test(rest)));
  if (overrules) return { ...own, text: rest };
  // "[BUMP] Update dependency axios to v1.7.4 [SECURITY]": a bump tag files a dependency update, unless its words say more.
  if (kind === "dependencies" && own.kind !== null) return { ...own, text: rest };
  // "[changed]" (Keep a Changelog's word; Sphinx's ":tags: change") files a change, as the "Changed" heading does: it
  // breaks only when its words take something away or tell users to act ("`first_init` has been removed"), not when
  // it adds a step ("Added an initialize step to the import of …"). The "[CHANGE]" convention above is the breaking one.
  if (/^changed$/iu.test(name)) return { kind: changedTagBreaks(rest, own.kind) ? "breaking" : own.kind === "deprecation" ? own.kind : "change", breaking: false, text: rest };
  return { kind, breaking: /^breaking/iu.test(name), text: rest };
}

// A fix, as Chinese, Japanese and Korean notes say it: the verb first in Chinese ("修复…"), last in Japanese and Korean
// ("…を修正しました", "… 버그 수정"). What such a line calls incompatible is the bug it fixes, not a break.
const CJK_FIX = /^(?:修复|修正|解决|不具合|수정)|(?:不具合|バグ)[^。]{0,12}(?:に|へ)対応(?:しました|します|した)?[。.]?$|(?:修正|解消)(?:しました|します|した)?[。.]?$|(?:수정|해결)(?:했습니다|하였습니다|합니다|함|됨)?[.]?$/u;
// A change that breaks, in the words of Chinese, Japanese and Korean notes: "破坏性变更", "不兼容", "不再兼容",
// "非互換", "互換性がなくなります", "호환되지 않는", and what must be done after upgrading ("升级后需要自行引入 X 模块",
// "アップグレード後は…必要があります", "업그레이드 후 … 해야 합니다").
const CJK_BREAKING =
  /破坏性|不兼容|不再兼容|不向[下后]兼容|破壊的|非互換|互換性(?:が|の|は)?(?:ない|なくな|失われ|ありません)|(?:返回|响应|输出|字段|格式|参数|结构|签名|用法|数据)[^。，,；;！!]{0,12}?(?:和|与|跟|同)(?:之前|以前|旧版(?:本)?|老版(?:本)?|原来|上一?(?:个)?版本?)(?:的)?(?:相比)?(?:不一样|不同|不一致|有(?:所)?(?:不同|区别|变化))|호환되지 않|호환성이 (?:깨|없)|하위 호환(?:성)?(?:이|을)? ?(?:깨|없|지원하지 않)|升级(?:后|之后|以后|时)[^。；;]{0,30}?(?:需要|必须|须|请)|(?:アップグレード|アップデート|バージョンアップ)(?:後|時|する際|の際)[^。]{0,40}?(?:必要|してください)|업그레이드 (?:후|시|할 때)[^.]{0,40}?(?:해야|필요)/u;
// A removal, wherever Chinese, Japanese and Korean put the verb: "不再支持 IE 11", "移除了 X", "X を削除しました",
// "X のサポートを終了", "X を廃止" (not "廃止予定", a deprecation), "X 제거", "X를 삭제했습니다".
const CJK_REMOVAL =
  /不再(?:支持|提供)|移除了|已(?:被)?(?:移除|删除)|被移除|删除了|废除|(?:廃止|削除)(?:しました|されました|されます)|(?:を|の|は)?(?:廃止|削除)[。.]?$|(?:サポート|対応)(?:を)?終了|サポートされなくな|제거(?:했|되었|됨|합니다|하였)|삭제(?:했|되었|됨|합니다|하였)|(?:제거|삭제)[.]?$|더 이상 지원(?:하지|되지) 않|지원(?:을)? 종료/u;

// The same said in English sentences: "The config format is no longer compatible with 1.x", "… is not backwards
// compatible with earlier versions", "breaks backwards compatibility", "The response fields differ from previous versions".
const INCOMPATIBLE_IN_WORDS =
  /\bno longer (?:backwards?[- ])?compatible\b|\b(?:is|are|now) (?:now )?(?:not (?:backwards?[- ])?compatible|(?:backwards?[- ])?incompatible) with (?:the |any )?(?:previous|older|earlier|prior|old|existing|former)\b|\bbreaks? (?:backwards?[- ]|backward |API )?compatibility\b|\b(?:response|return(?:ed)? values?|output|fields?|format|payload|schema)s? (?:now )?differs? from (?:before|(?:the )?(?:previous|older|earlier|prior|old) (?:versions?|releases?))\b/iu;
// "There are no breaking changes", "没有破坏性变更", "破壊的変更はありません": the release says it breaks nothing.
const NO_BREAKING_WORDS = /\b(?:no|non|without(?: any)?|zero|not (?:a|any))[- ]breaking\b|(?:没有|无|不含|不包含|并无)(?:任何)?(?:破坏性|不兼容)|破壊的変更は(?:ありません|なし|含まれ)|(?:주요 변경|호환성 문제)(?:은|는|이|가)? 없/iu;
const saysNoBreaking = (text: string): boolean => NO_BREAKING_WORDS.test(text) || DISCLAIMS_BREAK.test(text);
/** A line that says the release breaks something: "breaking change" in English, and the Chinese, Japanese and Korean ways
 *  of saying it — unless the line fixes an incompatibility ("修复与 X 不兼容的问题"). */
export const saysBreaking = (text: string): boolean => !saysNoBreaking(text) && (/\bbreaking changes?\b/iu.test(text) || cjkBreaking(text));
// A tag that flags the line as a possible break, whatever it does: "【可能的向下兼容问题】修复…", "[兼容性变更]", "【非互換】".
const CJK_COMPAT_TAG = /[【[][^】\]\n]{0,12}(?:兼容|互換|호환)[^】\]\n]{0,12}[】\]]/u;
// The incompatibility a change avoids or works around is no break: "自动过滤掉多余的字段，避免 mongo4.x 不兼容".
const CJK_AVOIDS = /(?:避免|防止|以免|解决|修复|处理|适配)[^，,。；;！!]{0,30}?(?:不兼容|不再兼容|不向[下后]兼容)/u;
/** The Chinese, Japanese or Korean words for a break, in a line that neither fixes nor avoids one nor says there is
 *  none; or a tag that flags the line as breaking. */
const cjkBreaking = (text: string): boolean =>
  CJK_COMPAT_TAG.test(text) || ((CJK_BREAKING.test(text) || INCOMPATIBLE_IN_WORDS.test(text)) && !CJK_FIX.test(text) && !CJK_AVOIDS.test(text) && !saysNoBreaking(text));

// What a user must do about a change, in English, Chinese, Japanese and Korean: "you must/need to …", "X has been
// renamed", "requires a migration", "请手动迁移", "…する必要があります", "…해야 합니다"; and what is taken away from
// them: "X has been removed", "drop support for Node 16", "remove the deprecated `x`" (not "remove an unneeded clone").
// What the project stops doing for its users: "No longer search for `conda-*` executables on `PATH`", "`x` no longer
// accepts a string", "is no longer supported". (Not a fault gone, "no longer crashes", nor a look, "is no longer
// inverted": only verbs of a capability.)
const NO_LONGER = String.raw`\bno longer (?:be )?(?:accept|support|load|read|search|look(?:s|ing)? (?:for|up|in)|install|include|ship|export|provide|allow|run|use|respect|honou?r|work|resolve|bundle|default|fall(?:s|ing)? back|available)(?:s|es|ed|d|ing)?\b`;
const MUST_ACT_PHRASES =
  /\byou(?:'ll| will)? (?:now )?(?:must|need to|have to)\b|\b(?:users|callers|plugins|applications|projects) (?:now )?(?:must|need to|have to|will need to)\b|\bmust (?:now )?be (?:updated|changed|migrated|replaced|renamed|set|passed|called|installed|imported|added|enabled|configured)\b|\b(?:please|you should) (?:migrate|update your|change your|replace)\b|\brequires? (?:you|users|callers) to (?:update|change|migrate|modify|adjust|rewrite)\b|\b(?:migration is required|requires? (?:a )?migration)\b|\b(?:after|before) upgrading\b|^renamed?\b|\b(?:has|have) been renamed\b|\b(?:is|are) now renamed\b|\b(?:(?:has|have) (?:now )?been|(?:was|were)(?: now)?) (?:removed|dropped)\b|\b(?:remove[sd]?|removal of|removing) (?:the )?deprecated\b|(?:需要|必须|须|请)(?:手动|自行|手工)?(?:修改|迁移|替换|引入|安装|升级|调整|配置|重新)|必要があります|してください|移行が必要|(?:해야|하셔야) 합니다|마이그레이션(?:이)? 필요/iu;

// "`install` now has no `--spec` option": taken away, as "no longer accepts" says.
const HAS_NO_MORE = String.raw`\bnow (?:has|have) no \x60[^\x60]+\x60|\b(?:has|have) no (?:more |longer (?:an? |the )?)\x60[^\x60]+\x60`;
// "将`ShowModel`重命名为`TagsStyle`", "`foo` を `bar` にリネーム": a name in code renamed, which users must follow.
const CJK_RENAMED = String.raw`(?:重命名|改名|更名)为\s*\x60|\x60[^\x60]+\x60\s*(?:に|へ)(?:リネーム|改名|名称変更)`;
const MUST_ACT = new RegExp(`${MUST_ACT_PHRASES.source}|${DROPS_SUPPORT}|${NO_LONGER}|${HAS_NO_MORE}|${CJK_RENAMED}`, "iu");

// Words that say a change breaks where its section only names the version bump: what goes or is renamed, what it
// does instead, a default or an alias, a flag deprecated.
// ("Bumped supported Node versions to `^22.11 || ^24`", "Set supported package manager versions in `engines`": the
// versions users may run move.)
const BREAKS_IN_WORDS = /\bsupported (?:[\w.-]+ ){0,3}versions?\b|\binstead of\b|\bby default\b|\bdefaults? (?:to|is now)\b|\bnow (?:requires?|an? alias)\b|\b(?:an? )?alias (?:of|for)\b|\bBREAKING\b|\bno longer\b|\bincompatib|\brenam(?:e|es|ed|ing)\b|\b(?:remov|drop|deprecat)\w*|\bmov(?:e|es|ed)\b[^.]{0,60}\b(?:in)?to (?:the |a )?(?:new |separate )?(?:package|module|plugin|crate)\b|^(?:release|publish)(?:s|d|ed)?\s+\S+\s+v?\d+\b/iu;
// The notes' own mark that a change matters most, in any language: "**[重要]**", "(重要)", "[Important]", "**Important:**",
// "[Highlight]", "【注目】", a star or a flame after the words. (A leading 🔥 is gitmoji's "remove code", and "fix(Highlight):"
// names a component: no marks.)
const IMPORTANCE_MARK = /(?<![\p{L}\p{N}_])[[(（【]\s*(?:重要|important|highlight|注目|중요)\s*[\])）】]|\*\*important:?\*\*|^important\s*[:：]|(?<=\S.*)(?:⭐|🔥)/iu;
/** True when a change wears a mark that it matters most. */
export const marksImportant = (text: string): boolean => IMPORTANCE_MARK.test(text);

/** True when a change's own words say it breaks, under a heading that names only the version bump ("Major Changes"). */
export const breaksInWords = (text: string, own: Kind | null): boolean =>
  own === "breaking" || own === "removal" || own === "deprecation" || (own === "change" && CHANGES_BEHAVIOUR.test(text)) || BREAKS_IN_WORDS.test(text) || MUST_ACT.test(text) || mustActUnlabelled(text);

/** A change that tells users to do something (rename, migrate, add a module) or that takes something away from them. */
export const saysMustAct = (text: string): boolean => MUST_ACT.test(text) || CJK_REMOVAL.test(text);

// The hole a security fix closes, by name: an advisory id, a class of attack, "vulnerability", in the notes' language
// ("修复 `setOption()` 中可能存在的原型污染问题" names prototype pollution as the English line does). "Add a security section
// to the docs" or "Add CSRF protection" name no hole that was open.
const NAMED_HOLE =
  /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|XSS|CSRF|SSRF|XXE|RCE|ReDoS)\b|\bcross[- ]site (?:scripting|request forgery)\b|\bremote code execution\b|\b(?<!dependency |constructor |property |field )injection\b|\bprototype pollution\b|\b(?:path|directory) traversal\b|\bdenial[- ]of[- ]service\b|\bprivilege escalation\b|\b(?:auth(?:entication|orization)?|validation|access[- ]control|permission|sandbox|signature|login|security) bypass(?:es)?\b|\bbypass(?:es|ing)? (?:of )?(?:the )?(?:auth(?:entication|orization)?|access control|permission checks?|sandbox|signature (?:checks?|verification))\b|\b(?:open redirect|request smuggling|session fixation|header spoofing)\b|\bvulnerab(?:le|ility|ilities)\b(?! (?:details?|data|databases?|db|matching|detection|scan(?:s|ning|ners?)?|reports?|severit(?:y|ies)|metadata|info(?:rmation)?|sources?|ids?|alerts?|counts?|lists?|feeds?|records?|entries|fields?|status|filter(?:s|ing)?))|\bsandbox escape\b|\binformation (?:disclosure|leak(?:age)?)\b|\b(?:local|arbitrary) file (?:read|write|access|inclusion|disclosure)s?\b|\b(?:decompression|zip) bombs?\b|\b(?:buffer|heap|stack|integer) (?:buffer )?(?:overflow|overrun)\b|\buse[- ]after[- ]free\b|\bclickjacking\b|\btiming attack\b|\bzip slip\b|\b(?:tokens?|credentials?|secrets?|passwords?|api[- ]keys?|session ids?) (?:(?:were|was|are|is|being|could be|got) )?(?:leak(?:s|ed|age)?|exposed|exposure|disclosed|disclosure)\b|\bleak(?:s|ed|ing)? (?:of )?(?:the )?(?:user'?s? )?(?:tokens?|credentials?|secrets?|passwords?|api[- ]keys?)\b|\b(?:unsafe|insecure|untrusted) (?:yaml |object |java |xml )?deserializ(?:ation|ing|er)\b|\bdeserializ(?:ation|ing) (?:of )?untrusted\b|\b(?:command|code|shell|template) injection\b|vuln[ée]rabilit[ée]s?|vulnerabilidad(?:es)?|sicherheitsl[üu]cken?|漏洞|越权|远程代码执行|跨站|原型(?:链|鏈)?(?:污染|汙染)|プロトタイプ汚染|프로토타입 (?:오염|폴루션)|pollution de prototype|Prototyp-Verschmutzung|contaminaci[óo]n de prototipos?|信息泄露|敏感信息泄|(?:SQL ?)?注入攻击|SQL ?注入|(?:命令|代码|模板)注入|(?:路径|目录)(?:遍历|穿越)|不安全的?反序列化|反序列化(?:漏洞|攻击)|服务端请求伪造|脆弱性|なりすま|任意のコード(?:を)?実行|権限昇格|クロスサイト|情報漏(?:洩|えい)|インジェクション|(?:パス|ディレクトリ)トラバーサル|安全でない(?:デシリアライズ|デシリアライゼーション|逆シリアル化)|(?:デシリアライズ|デシリアライゼーション)(?:の)?脆弱性|취약점|권한 상승|원격 코드 실행|정보 유출|안전하지 않은 역직렬화|경로 탐색 공격|\b\d+\s*(?:개의?|个|個|項|项|件の?)?\s*CVEs\b|\d+\s*(?:개의?|个|個|項|项|件の?)\s*CVE/iu;
// A fix called a security fix without naming the hole: "Tighten the cookie flags (security fix)". (An advisory that
// names a feature, "Fixed security advisory blocking causing issues with xdebug", is that feature's bug.)
// "(security)", "[security]", "Security: escape the title", "修复安全问题", "セキュリティ上の問題を修正", "보안 문제 수정",
// "Corrige une faille de sécurité", "Corrige un problema de seguridad".
const SECURITY_FIX =
  /\bsecurity (?:fix(?:es)?|issues?|advisor(?:y|ies)(?! (?:blocking|block|checks?|checking|lookups?|fetch(?:ing)?|database|db|feature|command|output|reports?|reporting|audit(?:ing)?|api|list(?:ing)?|format|filter(?:ing)?|ignor(?:e|ing)|config(?:uration)?|settings?|options?|handling|support|matching|page|scann(?:er|ing)|integration|source|data|cache|loading|metadata))|bugs?|flaws?|holes?|problems?|patch(?:es)?|hardening|concerns?|risks?)\b|\bsecurity[- ]related\b|\b(?:failles?|probl[èe]mes?|correctifs?|trous?) de s[ée]curit[ée]|\b(?:fallos?|problemas?|agujeros?) de seguridad\b|[[(（]security[\])）]|^security\s*[:：]|(?<!线程|線程|并发|並發|类型|類型)安全(?:问题|隐患|缺陷|风险|修复|补丁)|セキュリティ(?:上の)?(?:問題|修正|不具合|リスク|対策|ホール)|보안 (?:문제|수정|이슈|결함|패치|취약)/iu;
// Where such words are the topic of docs or tooling, not a hole closed: "Fix typo in the security issue template".
// (A template to render is no doc: "Fix XSS in template rendering". Nor is a Content Security Policy.)
const ABOUT_DOCS =
  /\b(?:docs?|documentation|readme|(?:issue|pr|pull request) templates?|typos?|(?<!content[- ]security[- ])polic(?:y|ies)|guide(?:lines)?|changelog|SECURITY\.md|tests?|ci)\b|文档|ドキュメント|문서/iu;

/**
 * What a change says of the hole it closes: "named" when it names it (a CVE or GHSA id, XSS, "path traversal",
 * 漏洞…), "unnamed" when it only calls itself a security fix, null when it closes none (or is about docs and tests).
 * Either way it is a security fix under any heading; among security fixes, the named ones come first.
 */
export function closedVulnerability(text: string): "named" | "unnamed" | null {
  // An advisory's id names the hole, whatever else the line mentions ("Fix XSS found by fuzz tests (CVE-2025-1234)").
  if (ABOUT_DOCS.test(text) && advisoryIds(text).length === 0) return null;
  // "Three more unfixed vulnerabilities left": a notice of holes still open closes none.
  if (STILL_OPEN.test(text)) return "unnamed";
  // A feature that handles vulnerabilities ("Add vulnerability report export") closes none.
  if (addsVulnerabilityFeature(text)) return null;
  return NAMED_HOLE.test(text) || namesAdvisory(text) ? "named" : SECURITY_FIX.test(text) ? "unnamed" : null;
}

// A memory bug by its class ("integer overflow", "use-after-free"): a hole when the notes file it as one, but under
// "Other changes" with no advisory id or security word a plain bug fix ("Fix too-conservative integer overflow check").
const MEMORY_BUG = /\b(?:(?:buffer|heap|stack|integer) (?:buffer )?(?:overflow|overrun)|use[- ]after[- ]free)\b/giu;
/** True when the only hole `text` names is a memory bug's class, which a security section would have listed. */
export const namesOnlyMemoryBug = (text: string): boolean =>
  /overflow|overrun|after/iu.test(text) ? closedVulnerability(text.replace(MEMORY_BUG, "")) === null && closedVulnerability(text) !== null : false;

// An arithmetic bug by its class ("Avoid potential integer overflow in `reconstruction`"): under the notes' own "Bug
// fixes" a bug fixed, where a buffer's overflow or a use-after-free (memory corrupted) is a hole there too.
const ARITHMETIC_BUG = /\binteger (?:overflow|underflow|wrap-?around)s?\b/giu;
/** True when the only hole `text` names is an integer overflow. */
export const namesOnlyArithmeticBug = (text: string): boolean =>
  /integer/iu.test(text) ? closedVulnerability(text.replace(ARITHMETIC_BUG, "")) === null && closedVulnerability(text) !== null : false;

const STILL_OPEN = /\b(?:unfixed|unpatched|not (?:yet )?(?:fixed|patched|addressed))\b|\bremain(?:s|ing)? (?:open|unfixed|unpatched)\b|未修复|未修正/iu;

// The notes' own word that the release is about security: "This is a security release", "This release contains fixes
// for several vulnerabilities", "本版本修复了多个安全漏洞". (A fix's own "fix CVE-…" names one hole; this names the release.)
const SECURITY_RELEASE =
  /\b(?:this|the|it) is an? (?:\w+ ){0,2}security (?:release|update|patch)\b|\bthis (?:release|version|update|patch(?: release)?)\b[^.!?]{0,40}?\b(?:fix(?:es)?|patch(?:es)?|address(?:es)?|resolves?|closes?|contains?|includes?|brings?)\b[^.!?]{0,40}?\b(?:vulnerabilit(?:y|ies)|security (?:fix(?:es)?|issues?|bugs?|problems?|flaws?|holes?|patch(?:es)?)|CVEs?)\b|(?:本|此|这个)(?:次|个)?(?:版本|发布|更新|版)[^。！!]{0,30}(?:安全漏洞|安全问题|安全修复)|(?:この|本)(?:リリース|バージョン|アップデート)[^。]{0,30}(?:脆弱性|セキュリティ(?:修正|問題))|이번 (?:릴리스|버전|업데이트)[^.]{0,30}(?:취약점|보안 (?:수정|문제))/iu;

/** The notes say the release itself is a security release: the post says so first. */
export const announcesSecurityRelease = (text: string): boolean => SECURITY_RELEASE.test(text);

/** Where a change's group stands in a post: its kind's rank, except that the notes' word that this is a security
 *  release ("This release contains fixes for several vulnerabilities") comes before everything, breaking changes too,
 *  and public API removed under "Deprecations and Removals" stands after the highlights. */
export const groupRank = (entry: { kind: Kind; text: string; prose?: boolean; label?: string | null; removedApi?: boolean; weighty?: boolean; disclaimed?: boolean; removes?: boolean }): number =>
  entry.kind === "security" && announcesSecurityRelease(entry.text) ? RANK.breaking - 0.5 : listedHighlight(entry) ? LISTED_HIGHLIGHT_RANK : entry.removes === true && entry.kind === "breaking" ? SAID_REMOVAL_RANK : entry.removedApi === true || entry.weighty === true ? REMOVED_API_RANK : entry.disclaimed === true ? DISCLAIMED_RANK : filedAsMinor(entry) ? Math.max(RANK[entry.kind], MINOR_RANK) : RANK[entry.kind];
// What the notes themselves file as minor ("Various minor improvements and fixes:" over "allowed word breaking in
// labels", "Small fixes", "细节优化"): after every change they give a line of its own, whatever its verb says ("Send
// system email alerts…" beside them), and never above its own kind. (Not changesets' "Minor Changes", the semver bump
// that holds the features, nor a breaking change or security fix, which keep their rank wherever they are filed.)
const MINOR_RANK = RANK.other + 0.5;
const MINOR_LABEL =
  /^(?:various |other |some |a few |several |assorted )?(?:minor|small|smaller|tiny|little)\b(?! changes$)|(?:細かい|細かな|小さな)(?:修正|改善|変更)|(?:细节|小)(?:优化|修复|改进)|사소한 (?:수정|개선|변경)/iu;
const filedAsMinor = (entry: { kind: Kind; label?: string | null; prose?: boolean }): boolean =>
  RANK[entry.kind] > RANK.security && typeof entry.label === "string" && MINOR_LABEL.test(entry.label.trim());
// The notes' own list of highlights ("Highlights of this release", "Key changes", "主な変更", "亮点"), picked by hand:
// right after what the notes file as breaking and the security fixes, before the public API that goes as its
// deprecation expired, the changes of behaviour and the rest, which a long release would otherwise let fill the thread.
export const LISTED_HIGHLIGHT_RANK = RANK.security + 0.1;
const listedHighlight = (entry: { kind: Kind; prose?: boolean; label?: string | null }): boolean =>
  entry.kind === "highlight" && entry.prose === false && typeof entry.label === "string" && headingMeaning(entry.label) === "highlight";
// A change the notes file under their breaking heading though it says it breaks nothing (Entry.disclaimed): it leads
// as that section would, after what does break and what closes a hole, and is no breaking change in any count.
export const DISCLAIMED_RANK = RANK.security + 0.25;
// A removal only its words call breaking (Entry.removes, feature-removals.ts): after what the notes mark breaking and the
// security fixes, in post 1, never before a hole closed.
export const SAID_REMOVAL_RANK = RANK.security + 0.25;
// Public API a section of removals says went ("`x` was removed"): breaking, but where the notes put it, after the
// security fixes and highlights and before the features. So stands the group of a major release's weighty change
// (Entry.weighty): a thread reads it before the features.
export const REMOVED_API_RANK = RANK.highlight + 0.5;

type KeywordTest = RegExp | ((text: string) => boolean);
const matches = (test: KeywordTest, text: string): boolean => (typeof test === "function" ? test(text) : test.test(text));

const CHANGES_BEHAVIOUR =
  /^(?:chang(?:e|es|ed)|renam(?:e|es|ed))\b|^(?:[^.!?;]|\.(?=\S)){1,60}?\bnow (?:returns?|throws?|raises?|rejects?|requires?|expects?|defaults? to|errors?|fails?|emits?)\b|\b(?:has|have) (?:now )?been (?:changed|renamed)\b|^(?:变更|更改|重命名)|(?:に|へ|を)?(?:変更|改名|名称変更)(?:しました|します|した|されました)?[。.]?$|(?:변경|이름 변경)(?:했습니다|합니다|하였습니다|됨)?[.]?$/iu;

// Scopes of conventional commits that name where the project is tested, checked and released.
// (A playground, storybook, example or demo app is the project's own showcase, not what users install.)
const DEV_SCOPE = /^(?:ci|tests?|testing|e2e|unit[- ]?tests?|lint(?:ing|ers?)?|workflows?|gha|coverage|codecov|bench(?:marks?)?|dev ?containers?|tooling|infra(?:structure)?|release|dev-?deps|playgrounds?|storybook|examples?|demos?|sandbox|fixtures)$/iu;
// A generator of sample data for the project's own dev set-up: "generator: log `traceID` as structured metadata", "feat(
// generator): add a service with mixed logfmt". (A code generator's "generator: add Kotlin output" is its product.)
const SAMPLE_DATA = /\b(?:logs?|logfmt|metrics|traces?|spans|fake|mock|sample|dummy|test) /iu;
const devDataGenerator = (scope: string, rest: string): boolean => /^(?:(?:test|sample|mock|fake|demo|data|log)-?)?generators?$/iu.test(scope) && (scope.toLowerCase() !== "generator" || SAMPLE_DATA.test(`${rest} `));

// The project's own checks and packaging, said in words: "add simple clang-tidy setup", "add fs-fd-hash-inl.h to
// tarball", "set up the test harness". (Not "Add lint rule X", "Fix lint config resolution" or "`clang-tidy`'s
// generated targets select source files": a linter's or a build system's users meet those.)
const DEV_TOOLING =
  /\b(?:clang-tidy|clang-format|cpplint|pre-commit|husky|lint-staged|codecov|coveralls) (?:setup|config(?:uration)?|jobs?|workflows?|hooks?)\b|\b(?:lint(?:ing)?|tests?|testing|ci|coverage|fuzz(?:ing)?|benchmark) (?:setup|jobs?|pipelines?|matrix|harness|runners?)\b|\bto (?:the )?(?:release |source |dist(?:ribution)? )?tarballs?\b/iu;

// A default that changed: "X is now disabled by default", "X is no longer enabled by default", "the default of `x`
// changed from 10 to 20". (Not "Add X, disabled by default": a new thing's default is no change.)
const CHANGED_DEFAULT = new RegExp(
  String.raw`${nowStateByDefault(DEFAULT_STATES)}|\b(?:is|are) no longer (?:enabled|disabled|on|off|shown|hidden) by default\b|\bdefault (?:value |behaviou?r |setting )?(?:of \x60[^\x60]+\x60 |for \x60[^\x60]+\x60 )?(?:is now|has (?:been )?changed|changed|was changed) (?:from|to)\b`,
  "iu",
);

// A flag or option given up for another way to say the same: "now takes a subcommand instead of the `--from` flag",
// "the `--foo` option has been replaced by `--bar`", "The `output_intent` string entry replaces the `srgb` boolean".
const REPLACED_FLAG =
  /\binstead of (?:the |a )?`-{1,2}[\w-]+(?:[= ][^`]*)?`(?: (?:flag|option|argument|switch))?|`-{1,2}[\w-]+`(?: (?:flag|option|argument|switch))? (?:has been |was |is )?(?:now )?(?:replaced|superseded) (?:by|with)\b|\breplace[sd]? (?:the )?`-{1,2}[\w-]+`(?: (?:flag|option|argument|switch))? (?:with|by)\b|`[^`]+`(?: [\w-]+){0,3} (?:now )?replaces (?:the )?`[^`]+` (?:option|flag|argument|parameter|entry|key|field|setting|boolean|method|function|property|attribute)s?\b/iu;

// Where the project itself is built, tested and released, whatever the verb: "Add workflow to publish nightlies",
// "GitHub Actions でデバッグバイナリを作る仕組みを追加する", "CI に型検証ジョブを追加", "修复 devcontainer 安装卡死".
// So is its local set-up for development: "enable sharding in docker containers", "Sync versions in
// docker-compose.dev.yaml", "generator: add a service with mixed logfmt" (its sample-data generator), a playground or
// storybook added.
const DEV_ENVIRONMENT =
  /\bin (?:the |our )?(?:local |dev(?:elopment)? )?docker(?:-compose)? (?:containers?|set-?up|environment)$|\bdocker-compose\.(?:dev|local|test)\b|^(?:[\w-]*generator|storybook|playground|examples?|demo)\s*[:：]\s*(?:add|log|emit|generate|update|use)|\b(?:test|sample|mock|fake|dummy)[- ]data (?:generators?|scripts?)\b|^(?:add|update|set up|setup)(?:s|ed|d)?\s+(?:an? |the )?(?:new )?(?:storybook|playground|dev(?:elopment)? (?:environment|set-?up))\b|^(?:add|update|fix|improve|remove|change|use|run)[sd]?\s+(?:an? |the )?(?:ci |github actions? |release |publish(?:ing)? |nightly )?workflows? (?:to|for|that)\b|\.github\/workflows\b|\bworkflow_dispatch\b|\bdev ?containers?\b|^(?:GitHub Actions|CI)(?:\s*(?:workflows?|ワークフロー|ジョブ))?\s*(?:で|の|に|を|上で|中)|(?:GitHub Actions|\bCI|\be2e[\w-]*|[\w-]+\.ya?ml)\s*(?:workflows?|ワークフロー|ジョブ)/iu;

// The project's own build and release pipeline, named by its parts: "Remove commit and push step from build job",
// "Update machine pool for copy blob and upload buildinfo stage", "Update nuget publish to use X", "Deploy Box Update".
// (Not "Add a `--clean` option to `poetry build`": a product's build command, in code, is what its users run.)
const BUILD_PIPELINE =
  /\b(?:build|release|publish(?:ing)?|deploy(?:ment)?|packaging|package|ci|cd|nightly|upload|signing|nuget|npm|pypi|docker|msix|msi)\s+(?:[\w-]+\s+)?(?:jobs?|stages?|pipelines?|pools?|agents?)\b|\b(?:machine|agent|build) pools?\b|\bbuild (?:agents?|machines?|servers?)\b|\b(?:nuget|npm|pypi|maven|docker|gem) publish(?:ing)? (?:to use|step|stage|job|task)\b|^deploy(?:ment)? [\w-]+ update[sd]?$/iu;

// Translations brought up to date or added by translators: "Update German translation", "Translations update from
// Hosted Weblate", "更新 西班牙语 翻译", "新增 塞尔维亚语 翻译". Housekeeping beside the changes a release is about. (Not
// "Add Serbian locale": a date library's locale is what its users install it for; nor "Fix the translation of X".)
const TRANSLATION_UPDATE =
  /^(?:(?:update[sd]?|add(?:s|ed)?|new|improve[sd]?|sync(?:ed|hroni[sz]ed?)?|complete[sd]?|refresh(?:ed)?)\b[^.!?]{0,40}\btranslations?\b[^.!?]{0,30}$|^translations? (?:update[sd]?|sync)\b|^translated using weblate\b|^new crowdin (?:updates?|translations?)\b)|^(?:更新|新增|添加|增加|补充|完善|同步)[^。，,]{0,20}(?:翻译|翻訳)$|翻訳(?:を)?(?:更新|追加)(?:しました|します|した)?[。.]?$|번역(?:을)? ?(?:업데이트|추가|갱신)(?:했습니다|합니다|함|됨)?[.]?$/iu;

// A whole language added ("add Japanese (ja) translation", "新增日语翻译", "日本語翻訳を追加", "한국어 번역 추가"): filed by the
// project under its features, it is one for the users who read that language (an update of one stays upkeep).
const ADDS_TRANSLATION = /^(?:add(?:s|ed)?|new)\b[^.!?]{0,40}\btranslations?\b|^(?:新增|添加|增加)[^。，,]{0,20}翻译$|翻訳(?:を)?追加|번역(?:을)? ?추가/iu;
/** True when a change adds a translation into a language (after its scope, "i18n: "). */
export const addsTranslation = (text: string): boolean => ADDS_TRANSLATION.test(text.replace(/^`?[\w@/.-]{1,40}`?[:：]\s*/u, ""));

// A sentence whose subject is what was added: "X was added", "X has been introduced", "X is a new command", "X is now
// officially supported".
const ADDED_SAID_OF_IT =
  /^(?:[^.!?]|\.(?=\S)){1,80}?\b(?:(?:was|were|(?:has|have) (?:now )?been) (?:newly )?(?:added|introduced|implemented)|(?:is|are) (?:a |an )?new (?:[\w-]+ ){0,2}(?:commands?|options?|flags?|settings?|(?:environment )?variables?|apis?|features?|rules?|methods?|functions?|hooks?|components?|subcommands?|endpoints?|images?|plugins?)|(?:is|are) (?:now )?(?:officially |fully )?supported)\b/iu;

const BEHAVIOUR_VERBS = new RegExp(
  String.raw`^split(?:s|ting)?\b[^.!?]{0,80}\binto\b|^(?:update[sd]?|change[sd]?|make|made|makes) (?:the )?\x60[^\x60]+\x60(?: (?:rule|option|flag|setting|command|default))? to (?!v?\d)\S|^(?:enable[sd]?|disable[sd]?|turn(?:s|ed)? (?:on|off))\b[^.!?]{0,80}\bby default\b|\bto be (?:${DEFAULT_STATES}) by default\b`,
  "iu",
);

const PROJECT_CHORES =
  /^merge[sd]? (?:(?:remote-tracking )?branch|tag)\b|^revert(?:s|ed)?\s+(?:["“#]|(?:the )?(?:commit|merge|pr|pull request)\b)|^(?:fix|feat|feature|bugfix|hotfix|chore|refactor|docs?)\/[\w.-]+|\b(?:readme|nuget|npm|pypi|crates(?:\.io)?|ci|build|coverage|status|summary|download|license|version) badges?\b|^(?:add|update|improve|expand)(?:s|es|ed|d)?\b[^.!?]{0,80}\btests?$|\b(?:actionlint|zizmor|dependabot|renovate|stryker|codecov|editorconfig|markdownlint|pre-commit|lint(?:er)?) config(?:uration)?\b|\b(?:update[sd]?|fix(?:e[sd])?) (?:the )?changelog\b|\bflaky\b|^\[(?:imgbot|allcontributors|all-contributors|pre-commit-ci|github-actions)\]/iu;

// How the project's own repository is kept, in any language, whatever section holds it: the package manager it is
// developed with ("pnpm 10 系に上げる", "bump yarn to 4"), its issue and PR templates ("Update issue template"), its
// E2E suites and test files ("E2E テストを追加する", "`*.spec.ts` を `*.test.ts` に変更する", "통합 테스트
// CMakeLists.txt 재구성"), a dotfile alone ("Add .markdownlint.yaml", ".markdownlint.yaml ファイルを追加する"), its commit
// hooks and reusable CI workflows ("Run prek cleanup daily"), and a checklist in one of its Markdown files. (Not "Fix
// build on macOS" nor "support building with CMake 4": building is what users do.)
const PACKAGE_MANAGER = String.raw`\x60?(?:pnpm|yarn|npm|bun|corepack)\x60?`;
const OWN_UPKEEP = new RegExp(
  [
    String.raw`^(?:bump|update|upgrade|use|switch(?:es|ed)? to|move[sd]? to|migrate[sd]? to)(?:s|d|ed)?\s+(?:to\s+)?(?:the\s+)?${PACKAGE_MANAGER}(?:\s+(?:from\s+v?[\d.x]+\s+)?to\s+|\s*@|\s+v?)v?\d[\w.x]*(?:\.x)?$`,
    String.raw`^${PACKAGE_MANAGER}\s*(?:を|の)?\s*v?\d[\w.]*\s*(?:系|版|버전)?\s*(?:に|へ|로|으로|까지)?\s*(?:上げ|更新|アップデート|アップグレード|移行|업데이트|업그레이드|올)`,
    String.raw`^(?:升级|更新|升至)\s*${PACKAGE_MANAGER}|^${PACKAGE_MANAGER}\s*(?:升级|更新)`,
    String.raw`^${upkeepVerbs(["add", "update", "fix", "improve", "change", "remove", "tweak", "create", "revise"])}\s+(?:the\s+|an?\s+|new\s+|our\s+)?(?:github\s+)?(?:${ISSUE_FORMS})(?:\s+(?:and|&|\/)\s+(?:issue|pr|pull[- ]request))?\s+(?:templates?|forms?)\b[^.]{0,40}$`,
    TEMPLATES_CJK,
    String.raw`${TEST_SUITES_CJK}|\be2e-tests?\b|(?:^|\s)tests?\/\s*(?:以下|下|の|을|를)`,
    String.raw`\x60?\*?\.(?:spec|test)\.\w+\x60?[^.。]{0,20}?(?:を|to|→|->|为|로)\s*\x60?\*?\.(?:spec|test)\.\w+`,
    String.raw`^${upkeepVerbs(["add", "update", "remove", "delete", "fix", "tweak"])}\s+(?:the\s+|a\s+)?\x60?\.[a-z][\w.-]*\x60?(?:\s+(?:file|config(?:uration)?))?[.!]?$|^\x60?\.[a-z][\w.-]*\x60?\s*(?:ファイル|文件|파일)?\s*(?:を|을|를)?\s*(?:追加|更新|削除|修正|添加|删除|추가|업데이트|삭제)`,
    String.raw`\bprek\b|\bpre-commit(?:-ci| autoupdate)\b|\breusable\b[^.]{0,40}\bworkflows?\b`,
    String.raw`\b[\w-]+\.md\b[^.。]{0,30}(?:checklist|체크리스트|チェックリスト|检查清单|清单)|(?:checklist|체크리스트|チェックリスト|检查清单)[^.。]{0,30}\b[\w-]+\.md\b`,
    String.raw`(?:tests?|테스트|テスト|测试)[^.。]{0,20}CMakeLists|CMakeLists[^.。]{0,20}(?:tests?|테스트|テスト|测试)`,
  ].join("|"),
  "iu",
);

// The repository's own files and plumbing, which no user installs: a file deleted ("Delete LICENSE-foo.txt", "remove
// .travis.yml"), a broken branch mended ("Fix broken master by upgrading JRE to 17"), the Dockerfile the project builds
// in, the release process. Housekeeping, never "Removed" nor a fix. (Not "Remove the `config.json` fallback": that
// names behaviour.)
const REPOSITORY_CHORE = new RegExp(
  [
    String.raw`^(?:delete|remove|drop)(?:s|d|ped)?\s+(?:the\s+)?(?:unused\s+|obsolete\s+|old\s+|stale\s+)?\x60?(?:[\w.-]*\/)*(?:\.[\w.-]+|[\w-]*(?:${REPOSITORY_DOC_FILES})[\w.-]*|[\w.-]+\.(?:txt|md|rst|ya?ml|toml|cfg|ini))\x60?(?:\s+files?)?[.!]?$`,
    String.raw`\bbroken (?:master|main|trunk|build|ci|pipeline)\b`,
    String.raw`\b(?:in|to|of|from) (?:the |our )?Dockerfile\b`,
    String.raw`\b(?:in|to|of|for) (?:the )?release (?:process|procedure|checklist|guide|instructions)\b`,
  ].join("|"),
  "iu",
);
// What the read-me or the docs build says: "Add links to client docs and feature matrix in README.md", "Update `make
// docs` procedure".
const README_EDIT = new RegExp(
  String.raw`^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "mention"])}\b[^.!?]{0,100}\b(?:in|to) (?:the )?README(?:\.md)?[.!]?$|\x60make docs\x60|\bmake docs procedure\b`,
  "iu",
);

// An edit whose object is a page of the docs or the comments that document the code: "Update filtering.md", "Add issue
// link in selecting-fields.md", "Fixed unintended HTML tags in doc comments", "更新使用文档", "ドキュメントを修正". Docs,
// under whatever heading the notes file them. (Not "Support .md files in the importer": that names no edit of a page.)
const DOC_EDIT = new RegExp(
  [
    String.raw`^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "mention", "correct", "rewrite", "expand", "tweak", "edit", "revise", "polish", "reword", "extend", "document"])}\b(?![^!?]*\b(?:pars|render|load|read|import|convert|process|handl|support|open)\w*\b)[^.!?]{0,100}?[\w-]+\.(?:md|mdx|rst|adoc|asciidoc|markdown)[.!]?$`,
    String.raw`^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "correct", "rewrite", "expand", "tweak", "reword", "document"])}\b[^.!?]{0,100}?\b(?:in|to|of|for|on) (?:the |all |some )?(?:[\w\x60().-]+ )?(?:doc(?:umentation)?[- ]?comments?|docstrings?|doc ?blocks?|javadocs?|jsdocs?|xml docs?|api docs?|code comments?)[.!]?$`,
    String.raw`^(?:修复|修正|更新|完善|补充|优化|改进)(?:了)?(?:[^。，,]{0,20}?的?)?(?:文档|注释)[。.]?$`,
    String.raw`ドキュメント(?:を|の)?(?:修正|更新|追加|改善)(?:しました|します|した)?[。.]?$|^문서(?:를|을)? ?(?:수정|업데이트|추가|개선)(?:했습니다|합니다|하였습니다|함|됨)?[.]?$`,
  ].join("|"),
  "iu",
);

/** A way of using the project that users are told to leave: "不再建议使用 IService", "X is no longer recommended". */
export const ADVISES_AGAINST =
  /不再(?:建议|推荐)(?:使用)?|不(?:建议|推荐)使用|\bno longer recommended\b|\b(?:is|are) (?:now )?discouraged\b|使用(?:は|を)?(?:推奨しません|推奨されなくな)|더 이상 권장(?:하지|되지) 않/iu;

const REVERT_OF_COMMIT = /^revert(?:s|ed)?\s+["“']([^"”']+)["”']/iu;
// The quoted subject of a revert that undid upkeep ('Revert "chore: bump x"', 'Revert "Merge pull request …"').
const UPKEEP_SUBJECT = /^revert(?:s|ed)?\s+["“'](?:(?:chore|ci|build|docs?|tests?|style|refactor|deps|release)\b|merge\b|bump\b)/iu;
/** A revert of a change users met ('Revert "fix(types): export CJS types from ESM"'): when a release does nothing
 *  else, it is what the release says, not housekeeping. */
export const revertsUserChange = (text: string): boolean => REVERT_OF_COMMIT.test(text) && !UPKEEP_SUBJECT.test(text);
/** The change a revert undid, as its subject says it without the commit type: 'Revert "fix(types): export CJS types"'
 *  → "export CJS types". */
export function revertedSubject(text: string): string | null {
  const quoted = REVERT_OF_COMMIT.exec(text)?.[1];
  return quoted === undefined ? null : quoted.replace(CONVENTIONAL, "").replace(/\s*\(#\d+\)$/u, "").trim() || null;
}

// A step of cutting the release, not a change in it: "Prepare for (pre) release: v5.6.0rc1", "v4 release", "Release
// 1.2.3", "Bump version to 1.2.4", "Set version to 2.0.0-SNAPSHOT".
// Setting the release up ("set engines and prerelease for npm 10", "Enter prerelease mode for v3") is no change in it.
// Nor is readying a branch for it ("Update branch for release", PowerShell's backports).
// "Release preparation", "Dev version preparation", "版本发布准备": readying the release is a step of cutting it too.
const RELEASE_PREPARED = new RegExp(RELEASE_PREPARATION, "iu");
const RELEASE_STEP =
  /^(?:set|configure|enter|exit|update)\s+(?:the\s+)?(?:engines?|prerelease(?:\s+mode)?|release(?:\s+config(?:uration)?)?)(?:\s*(?:and|,)\s*(?:engines?|prerelease(?:\s+mode)?|release(?:\s+config(?:uration)?)?)){0,2}\s+(?:for|of)\s+(?:[\w@/.-]+\s+)?v?\d[\w.+-]*$|^prepare (?:for )?(?:the )?(?:(?:\(pre\)|pre)[- ]?)?(?:release|version)\b|^(?:release|publish|tag)(?:d|ed)?\s+v?\d[\w.+-]*$|^v?\d+(?:\.\d+)*(?:[-.]?(?:rc|beta|alpha|pre|dev)\.?\d*)?\s+(?:pre-?)?release$|^(?:bump|update|set)(?:s|ed|d)?\s+(?:the\s+)?(?:package\s+|project\s+)?version(?:\s+number)?(?:\s+(?:to|for)\s+v?\d[\w.+-]*)?$|^(?:update|prepare|create|sync)(?:s|d|ed)?\s+(?:the\s+)?(?:release\s+)?branch\s+for\s+(?:the\s+)?(?:next\s+)?release\b/iu;

// Mending the docs: "fix documentation", "Fix typo in docs", "Fix typos in README.md", "fix docs for `x`". (Not "Fix
// typo in error message": users read that message.)
const DOCS_FIX =
  /^(?:fix(?:e[sd])?|correct(?:s|ed)?)\s+(?:(?:a|the|some|several|minor|small|few)\s+)*(?:typos?|spelling(?: mistakes?| errors?)?|grammar|docs?|documentation|readme(?:\.md)?|docstrings?)(?:\s+(?:in|of|for|on)\s+(?:the\s+)?(?:docs?|documentation|readme(?:\.md)?|[\w./-]+\.(?:md|rst|txt)|changelog|comments?|docstrings?|guides?|website))?[.!]?$|^(?:fix(?:e[sd])?|correct(?:s|ed)?)\s+(?:the\s+)?(?:docs?|documentation|readme)\b|^(?:fix(?:e[sd])?|correct(?:s|ed)?)\b[^.!?]{0,60}\b(?:in|of) (?:the )?(?:docs|documentation|readme(?:\.md)?)[.!]?$/iu;

// Work on the project's own tests, however it is said: "Fix flake in aws lambda tests", "Fix tests on Debian", "Be less
// strict for gradient rasterization in tests", "skip flaky test", "isolate tests from host AWS config files", "mock the
// kubeconfig in tests". Users of the release meet none of it. (Not "Add
// snapshot support in tests" or "Fix the test runner": what a test library adds or mends is its users'.)
const TEST_ONLY =
  /^(?!(?:add(?:s|ed)?|support(?:s|ed)?|introduc\w*|allow(?:s|ed)?|new)\b)(?:[^.!?]|\.(?=\S)){0,100}?\b(?:in|of|for|from) (?:the |our |some |several |all )?(?:[\w-]+ ){0,3}(?:tests?|test ?suites?|specs|unit tests|CI)[.!]?$|^(?:fix(?:e[sd])?|skip(?:s|ped)?|disable[sd]?|repair(?:s|ed)?|stabili[sz]e[sd]?|re-?enable[sd]?)\s+(?:(?:the|some|a|failing|broken|flaky|intermittent|several)\s+)*(?:[\w-]+\s+)?tests?\s+(?:on|under|with|when|for|in)\s|\bflak(?:e|es|y|iness)\b|^(?:isolate|sandbox|mock|stub|decouple|speed up|paralleli[sz]e)[sd]?\s+(?:(?:the|our|some|all|unit|integration|e2e|snapshot)\s+)*tests?\b(?!\s*(?:runners?|frameworks?|librar\w*|helpers?|utils?|api|isolation|options?|modes?|per)\b)|^(?:mock|stub|fake)(?:s|ed)?\b[^.!?]{0,60}?\bin (?:the )?(?:unit |integration )?tests?\b|^(?:修复|修正|更新|调整)(?:了)?(?:一些|部分)?(?:单元)?测试|测试(?:用例)?(?:修复|失败)/iu;

// Tidying the repository: "移除无用文件", "删除冗余代码", "Remove unused files", "Clean up dead code"; and the hooks that
// check commits ("修复husky问题", "update lint-staged config"). Nothing a user runs changes.
const REPO_TIDY =
  /^(?:移除|删除|清理|去除|去掉)(?:了)?(?:一些|部分)?(?:无用|多余|冗余|不必要|没用|废弃|未使用)的?(?:文件|代码|依赖|注释|资源|图片|样式|配置|目录)|^(?:remove[sd]?|delete[sd]?|clean(?:s|ed)? up|drop(?:s|ped)?)\s+(?:some\s+|the\s+)?(?:unused|dead|obsolete|redundant|unnecessary|useless|stale)\s+(?:files?|code|imports?|comments?|assets?|folders?|directories)\b|\b(?:husky|lint-staged|simple-git-hooks|commitizen|\.gitignore|\.editorconfig|\.gitattributes)\b/iu;

// Taking away what only the code had: "remove unnecessary errno.h include in poll.c", "remove unused variable", "delete
// dead code", "drop a redundant null check", "去除多余的判断". Users lose nothing; a cleanup, never a removal. (A lone
// "remove unused option" names what users may have set, and stays a removal.)
const CODE_CLEANUP =
  /^(?:remove[sd]?|delete[sd]?|drop(?:s|ped)?|clean(?:s|ed)? up|get(?:s)? rid of|eliminate[sd]?)\s+(?:(?:the|a|an|some|two|several|all)\s+)?(?:unused|dead|unnecessary|unneeded|redundant|obsolete|stale|superfluous|useless|extraneous|duplicated?|leftover|needless|unreachable)\s+(?:[\w.<>/#`'-]+\s+){0,2}?(?:#?includes?|headers?|imports?|variables?|vars|locals?|functions?|code|checks?|casts?|declarations?|definitions?|macros?|typedefs?|assignments?|branch(?:es)?|conditions?|conditionals?|statements?|comments?|locks?|calls?|struct(?:ure)?s?|members?|symbols?|returns?|loops?|initiali[sz]ations?|defines?|forward declarations?|semicolons?|lines?|logic)\b|^(?:移除|删除|去除|去掉|清理)(?:了)?(?:一些|部分)?(?:无用|多余|冗余|不必要|没用|未使用)的?(?:判断|变量|方法|函数|导入|引用|逻辑|类|常量|代码块)/iu;

// "优化代码", "代码优化", "Code cleanup", "Refactor code": work on the code that names nothing users meet; filler that ranks
// last.
const CODE_FILLER =
  /^(?:(?:优化|重构|整理|清理|调整|改进|完善|精简)(?:了)?(?:部分|一些|相关)?(?:代码|代码结构|代码逻辑)|(?:代码|代码结构|代码逻辑)(?:优化|重构|整理|清理|调整|改进|完善|精简)|コード(?:の)?(?:整理|改善|リファクタリング)|코드 (?:정리|개선|리팩토링))[。.!！]?$|^(?:code (?:optimi[sz]ations?|clean-?ups?|improvements?|refactor(?:ing)?s?|tidy(?:ing)?|quality)|(?:optimi[sz]e[sd]?|refactor(?:s|ed)?|clean(?:s|ed)? up|tid(?:y|ied)(?: up)?|improve[sd]?) (?:the |some )?code(?: quality| structure| base)?)[.!]?$/iu;

// The code reshaped, saying no behaviour users meet: "Simplify XML text loading", "Unify schema field construction",
// "Isolate cached parsed source values", "Update release benchmark data". The verb alone does not tell: "Streamline
// onboarding wizard", "Isolate tenants per workspace" and "Deduplicate search results" are what users meet. So the
// phrase must end on a word for how the code works (loading, parsing, values, logic, helpers) and name no thing users
// touch ("Simplify the configuration loading", "Unify the CLI output" stay changes).
const CODE_RESHAPE =
  /^(?:simplif(?:y|ies|ied)|unif(?:y|ies|ied)|consolidate[sd]?|restructure[sd]?|streamline[sd]?|refactor(?:s|ed)?|isolate[sd]?|deduplicate[sd]?)\s+(?![^`]*\b(?:api|apis|cli|config(?:uration)?s?|settings?|options?|syntax|output|errors?|error messages?|usage|setup|install(?:ation)?|interfaces?|ui|docs|documentation|themes?|presets?|commands?|flags?)\b)(?:[\w.-]+\s+){0,5}(?:loading|loaders?|parsing|parsers?|caching|caches|values|internals|logic|code|modules?|helpers?|utils|utilities|functions|classes|handling|implementation|construction|plumbing|wiring)$|^(?:update[sd]?|refresh(?:e[sd])?|regenerate[sd]?|add(?:s|ed)?)\s+(?:the\s+)?(?:release\s+)?benchmarks?(?:\s+(?:data|results|numbers|baselines?|snapshots?|scripts?))?$/iu;

// Documentation written for a topic: "Added documentation for doctest formatting tools and updated the integrations
// index to match", "Add docs on deploying behind a proxy". Docs, whatever heading files them ("Integrations").
const DOCS_ADDED =
  /^(?:add(?:s|ed)?|new|write|wrote|written|expand(?:s|ed)?|improve[sd]?)\s+(?:some\s+|more\s+|the\s+)?(?:documentation|docs)\s+(?:for|on|about|of|covering)\s+[^.!?]{1,120}[.!]?$/iu;

// "Preserve inherited required field types": kept again where it was lost.
const PRESERVES = /^preserve[sd]?\s+(?!(?:a\s+|an\s+)?(?:new\s+)?(?:option|flag|setting|mode)\b)/iu;

// The project's own lint and format settings tidied, or its type shims trimmed: "Optimize prettier config", "优化`prettier`
// 配置", "精简`types/shims-vue.d.ts`类型文件": how the code is kept, whatever section ("Perf") files it.
const DEV_CONFIG_TIDY =
  /^(?:optimi[sz]e|tidy|clean ?up|simplif(?:y|ie)|update|tweak|adjust|improve)[sd]?\s+(?:the\s+)?`?(?:prettier|eslint|stylelint|husky|commitlint|lint-staged|biome|oxlint)`?\s+(?:config(?:uration)?|rules?|settings?)\b|^(?:优化|调整|精简|完善|更新)(?:了)?\s*`?(?:prettier|eslint|stylelint|husky|commitlint|lint-staged|biome|oxlint)`?\s*(?:的)?(?:配置|规则)|^(?:精简|移除|删除|清理)[^。，,`]{0,10}`?[\w./-]{0,40}shims?[\w.-]{0,20}\.d\.ts`?/iu;

// A verb of taking away whose object is a fault or stray characters, not something users had: whitespace, characters,
// a bug, a warning, a flicker, a crash, "TOCTOU issues", duplicates. ("Remove the deprecated `x` option" names a thing
// users had, and is a removal.)
const REMOVES_A_FAULT =
  /^(?:remove[sd]?|strip(?:s|ped)?|trim(?:s|med)?|drop(?:s|ped)?|delete[sd]?|eliminate[sd]?|get(?:s)? rid of)\s+(?:(?:the|a|an|any|all|some|extra|excess(?:ive)?|unnecessary|unneeded|redundant|leading|trailing|and|extraneous|duplicated?|double|stray|spurious|invalid|unwanted|unexpected|misleading|annoying|noisy|confusing|bogus|wrong|incorrect|erroneous|superfluous|needless|useless|empty|blank|zero-width|non-breaking|invisible|deprecation|runtime|compiler|type|lint|build)\s+){0,5}(?:whitespaces?|white spaces?|spaces?|characters?|chars|newlines?|line ?breaks?|bugs?|warnings?|errors?|error messages?|flicker(?:ing)?|glitch(?:es)?|crash(?:es)?|console (?:logs?|warnings?|errors?|output|noise)|log (?:spam|noise)|noise|padding|margins?|blank lines?|empty lines?|BOMs?|quotes?|slashes|commas|semicolons|dots|artifacts?|flash(?:es)?|jank|jitter|memory leaks?|leaks?|race conditions?|races|deadlocks?|hangs?|(?:[\w-]+\s+)?(?:issues?|problems?)(?!\s+(?:tab|page|panel|view|list|command|link|button|section|templates?|tracker)\b))\b|^(?:remove[sd]?|strip(?:s|ped)?|drop(?:s|ped)?|delete[sd]?|eliminate[sd]?)\s+(?:the\s+|any\s+|all\s+)?(?:duplicated?\s+\S|duplicates\b)/iu;

// A feature that handles vulnerabilities, not a hole closed: "Added a field for the security contact, who receives the
// vulnerability mails", "New vulnerability report export", "취약점 목록 화면 추가", "新增漏洞扫描报告". Only the words
// "vulnerability"/"advisory" in a sentence that adds and says nothing of fixing; a named attack (XSS, CSRF) or an id
// (CVE, GHSA) is a fix whatever the verb.
const ADDS = /^(?:add(?:s|ed)?|new|introduc(?:e[sd]?|ing)|support(?:s|ed)?|show(?:s|n|ed)?|display(?:s|ed)?|expose[sd]?|allow(?:s|ed)?)\b|\b(?:(?:was|were|has been|have been|is now|are now) (?:added|introduced)|now (?:shows?|displays?|lists?|supports?))\b|추가(?:되었습니다|됩니다|했습니다|하였습니다)?|新增|新加|增加|追加(?:しました|されました)?|ajout(?:e|é|ée|s)?\b/iu;
const CLOSES = /\b(?:fix(?:e[sd])?|patch(?:e[sd])?|address(?:e[sd])?|resolve[sd]?|mitigat(?:e[sd]?|ion)|clos(?:e[sd]?|ing)|prevent(?:s|ed)?|sanitiz\w*|escap\w*|CVE|GHSA|XSS|CSRF|SSRF|ReDoS|injection|pollution)\b|수정|패치|修复|修正|修補|対策|漏洞修复/iu;
const addsVulnerabilityFeature = (text: string): boolean => ADDS.test(text) && !CLOSES.test(text) && /vulnerabilit|advisor(?:y|ies)|취약점|漏洞|脆弱性/iu.test(text);

// Words a change's text starts with (after its scope), in the languages release notes are written in; Japanese and
// Korean put the verb last, so their fixes and removals are read at the end too.
const KEYWORD_KINDS: Array<[KeywordTest, Kind]> = [
  [/^(?:breaking\b|BREAKING)/u, "breaking"],
  [(text) => (SECURITY_WORDS.test(text) && !addsVulnerabilityFeature(text)) || namesAdvisory(text) || announcesSecurityRelease(text), "security"],
  // Cutting the release itself, before the bump words read "Bump version to 1.2.4" as a dependency.
  [RELEASE_STEP, "internal"],
  [DEPENDENCY_UPDATE, "dependencies"],
  [DEPENDENCY_ADDED, "dependencies"],
  [OWN_UPKEEP, "internal"],
  [REPOSITORY_UPKEEP, "internal"],
  [renamesCommand, "change"],
  [speedsUp, "performance"],
  [REPOSITORY_CHORE, "internal"],
  [README_EDIT, "docs"],
  [DOC_EDIT, "docs"],
  [DEV_ENVIRONMENT, "internal"],
  [DEV_TOOLING, "internal"],
  [(text) => BUILD_PIPELINE.test(text) && !/`[^`]*\bbuild\b[^`]*`/iu.test(text), "internal"],
  [TRANSLATION_UPDATE, "internal"],
  [TEST_ONLY, "internal"],
  [REPO_TIDY, "internal"],
  [CODE_CLEANUP, "internal"],
  [CODE_FILLER, "internal"],
  [CODE_RESHAPE, "internal"],
  [DOCS_ADDED, "docs"],
  [DEV_CONFIG_TIDY, "internal"],
  // A default users meet changed, even told as the fix it came with: "Fixed #10658. … The feature is now disabled by
  // default."
  [CHANGED_DEFAULT, "change"],
  // What users of a tool meet as changed behaviour, told with verbs that elsewhere add or tidy: "Split `a` into `b` and
  // `c`", "Updated `x` rule to be disabled by default", "Enabled `isEmpty` rule by default", "Change the default …".
  [BEHAVIOUR_VERBS, "change"],
  // Commit-shaped items that name no change a user meets: a revert of a commit or pull request ('Revert "Add x"',
  // "Revert #12"), a branch name as a title ("Fix/menudrawer tbd index"), and the project's own badges, tests, lint
  // configs and changelog ("Add summary NuGet badges", "add typed builder tests", "Delete actionlint config").
  [PROJECT_CHORES, "internal"],
  // Before the fix words: "fix documentation", "Fix typo in docs" mend the docs, not the software.
  [DOCS_FIX, "docs"],
  [/^(?:(?:bug ?|hot ?)?fix(?:e[sd])?|resolve[sd]?|correct(?:s|ed)?|patch(?:es|ed)?|prevent(?:s|ed)?|avoid(?:s|ed)?|handle[sd]? |repair|respect(?:s|ed)?|honou?r(?:s|ed)?)\b/iu, "fix"],
  // "Preserve type overrides during model reuse": what was lost is kept again, a fix (not "Preserve option added").
  [PRESERVES, "fix"],
  [CJK_FIX, "fix"],
  [/^(?:add(?:s|ed)?|introduc(?:e|es|ed)|support(?:s|ed)?|implement(?:s|ed)?|allow(?:s|ed)?|enable[sd]?|new\b|expose[sd]?|provide[sd]?)\b|^新增|^支持|^增加|^添加|^启用|^引入|^加入|^追加|^新しい|^추가/iu, "feature"],
  // What was added, said of it: "An Ubuntu 24.04 Docker image was added", "`brew tab` is a new command for …", "macOS
  // Sequoia (15) is officially supported". (Not "is no longer supported", a removal.)
  [ADDED_SAID_OF_IT, "feature"],
  // "削除ボタンを追加", "X 지원 추가", "…コンポーネントの追加（MobileDatePicker, …）": the verb at the end (before what it
  // names in brackets) says it is added.
  // A remark in brackets may follow the sentence's end ("…옵션을 추가합니다. (`tone="layer"`인 경우 적용)").
  [/(?:を)?追加(?:しました|します|した|されました)?[。.]?(?:\s*[（(][^（()）]*[)）])?[。.]?$|(?:를|을)? ?추가(?:했습니다|합니다|하였습니다|함|됨)?[.]?(?:\s*[（(][^（()）]*[)）])?[.]?$/u, "feature"],
  // "iOS 18 に対応", "X をサポートしました", "X 지원": what is supported now ("サポート終了", "지원하지 않" end otherwise).
  [/(?:に|へ)?対応(?:しました|します|した)?[。.]?$|(?:を)?サポート(?:しました|します|を開始しました|開始)?[。.]?$|(?:를|을)? ?지원(?:했습니다|합니다|하였습니다|함|됨)?[.]?$/u, "feature"],
  // "移除了原有的输入框搜索功能，新增了…筛选框": what went was replaced by what came, a feature (replacements.ts).
  [replacesWithAddition, "feature"],
  // "Removes leading and trailing whitespace from UUIDs", "Remove the stray warning on start", "Remove a bug where …":
  // what goes is a fault or stray characters, not a feature: the change fixes something.
  [REMOVES_A_FAULT, "fix"],
  // "Remove X", and "The deprecated `proxies` argument has now been removed", "X is no longer supported".
  [/^(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?|(?:removal|deletion) of)\b|^移除|^删除|^削除|^제거|^(?:[^.!?]|\.(?=\S)){1,200}?\b(?:(?:(?:has|have) (?:now )?been|(?:was|were)(?: now)?|(?:is|are) now) (?:removed|dropped)|(?:is|are) no longer (?:supported|available|provided|accepted|exported|included|shipped))\b|^(?:[^.!?]|\.(?=\S)){1,80}\b(?:now )?(?:has|have) no (?:longer (?:an? |the )?)?`[^`]+`(?: (?:option|flag|argument|parameter|command|method|property|export|field|setting))?|\b(?:has|have) no `[^`]+` (?:option|flag|argument|parameter|command|method|property|export)s? any(?: ?more|longer)\b/iu, "removal"],
  [CJK_REMOVAL, "removal"],
  // A change of behaviour users meet: "Changed the public API of X", "Renamed `a` to `b`", "`Foo()` now returns a
  // Promise", "X has been changed", "名前を変更しました", "이름 변경". (Not "now supports", a feature.)
  [CHANGES_BEHAVIOUR, "change"],
  [/^(?:now )?requires?\b|^minimum (?:required )?(?:version|node|php|python|go|rust|java)|^(?:node|php|python|go|rust|java)(?:\.js)? \S+ (?:or (?:later|newer|higher) )?is (?:now )?required/iu, "change"],
  // "`url do` blocks are deprecated for casks", "Setting X to falsey values is deprecated".
  [/^(?:[^.!?]|\.(?=\S)){1,80}?\b(?:is|are|(?:has|have) (?:now )?been|was|were) (?:now |hereby )?deprecated\b/iu, "deprecation"],
  [/^deprecate[sd]?\b|^废弃|^弃用|^非推奨|非推奨(?:に|と)(?:しました|なりました|なります)?[。.]?$/iu, "deprecation"],
  // "重构 service 模块为 CrudRepository 不再建议使用 IService", "X is no longer recommended": whatever the verb before
  // it, users of the old way are told to move, as a deprecation tells them (and never housekeeping's "重构").
  [ADVISES_AGAINST, "deprecation"],
  [/^(?:improve[sd]? (?:the )?performance|speed(?:s|ed)? up|faster\b|optimi[sz]e[sd]?)|^(?:性能|优化性能)|^高速化/iu, "performance"],
  [/^(?:docs?\b|document(?:s|ed|ation)?\b|readme\b|typo\b|fix(?:e[sd])? (?:a |the )?(?:typo|docs\b|documentation)|update[sd]? (?:the )?(?:docs|readme|documentation|changelog))|^文档|^ドキュメント/iu, "docs"],
  [new RegExp(String.raw`^(?:chore\b|ci\b|test(?:s|ing)?\b|refactor(?!${REFACTOR_GAIN})|lint|format(?:ting)?\b|clean ?up|release v?\d|version packages|prepare (?:for )?release|update (?:the )?(?:ci|workflows?|github actions?)|migrate (?:ci|tests?)|internal\b)|^重构(?!${REFACTOR_GAIN})|^测试|^リファクタ(?!${REFACTOR_GAIN})|(?:E2E ?)?テスト(?:を(?:追加|書)|に|コード|方法)|(?:添加|增加|补充)测试|테스트(?:를)? 추가`, "iu"), "internal"],
  // "合并 `访问好友` 和 `信用购物` 功能", "优化 界面布局", "UI を改善", "성능 개선": what was reworked, neither added nor fixed.
  [/^(?:合并|优化|改进|调整|改善|改良)|(?:を)?(?:改善|改良)(?:しました|します|した)?[。.]?$|개선(?:했습니다|합니다|하였습니다|함|됨)?[.]?$/u, "change"],
];

// A floor raised only where the project itself is built or tested ("drop support for Node 16 in CI").
const INTERNAL_ONLY = /\b(?:CI|tests?|test matrix|workflows?|dev(?:elopment)? (?:environment|dependencies))\b/u;

/** The advisories a change names ("CVE-2024-39338", "GHSA-5hvv-m4w4-gf6v", "OSEC-2026-01"), in upper case. */
export const advisoryIds = (text: string): string[] => advisoryIdsIn(text);

/** An item that only names an advisory ("CVE-2023-45857", "DSA-5678-1"), with no word of what changed: only a security
 *  section says it was fixed here. */
export const isAdvisoryIdOnly = (text: string): boolean => isAdvisoryIdList(text);

// Words that name no change of their own: the release and its kind, the kinds of change in general, quantities
// without a number, and the verbs and small words that join them. A sentence made only of them ("This release includes
// a number of improvements since the last version.", "Please help us test this version and report any issues.", "No
// significant changes.") says that changes exist, not which.
const GENERIC_WORDS = new Set(
  (
    "a an the this that these those it its is are was were be been being has have had do does did will would can " +
    "of for to in on at with and or but as by from since over after than compared into there here also just still " +
    "we us our you your they their please help let know try out feel free " +
    "release releases version versions update updates patch patches build builds rc beta preview snapshot " +
    "maintenance point hotfix bugfix regular routine small minor major big substantial considerable large huge massive " +
    "change changes changed fix fixes fixed fixing bug bugs bugfixes issue issues problem problems regression regressions " +
    "improvement improvements improve improves improved enhancement enhancements tweak tweaks optimization optimizations " +
    "optimisation optimisations refinement refinements polish cleanup cleanups " +
    "feature features functionality documentation docs stability performance reliability quality " +
    "new additional other various several many some number lots lot numerous multiple assorted miscellaneous misc " +
    "general overall few bunch handful usual more most significant notable important user-facing functional " +
    "existing released known previous prior last latest current recent all any every each " +
    "include includes included including contain contains contained containing bring brings brought " +
    "add adds added address addresses addressed addressing provide provides introduce introduces deliver delivers " +
    "ship ships come comes resolve resolves resolved " +
    "test tests testing tested report reports reporting encounter find found appreciate feedback " +
    "no nothing none not " +
    // French, German, Spanish and Portuguese: "Diverses corrections de bugs et optimisations", "Kleinere Fehlerbehebungen".
    "divers diverses plusieurs quelques petites petits mineures mineurs corrections correction correctifs correctif bogues bug améliorations " +
    "amélioration optimisations optimisation de des du et la le les " +
    "diverse verschiedene kleinere einige mehrere fehlerbehebungen fehlerbehebung fehlerkorrekturen verbesserungen " +
    "optimierungen und " +
    "varias varios algunas algunos pequeñas menores correcciones corrección errores mejoras optimizaciones y " +
    "várias vários diversas pequenas correções melhorias otimizações e"
  ).split(" "),
);
// A sentence about the release, not about a change: its subject is the release, us, or no change at all.
const RELEASE_SUBJECT = /^(?:this|the|it|there|please|no|nothing|本次|此次|这次|本版本|此版本|该版本|这个版本|请|无|没有|今回|このリリース|本リリース|このバージョン|이번)/iu;
// A version after "since", "from" or "over" says where the changes start, not what they are.
const SINCE_VERSION = /\b(?:since|from|over|compared (?:to|with)|than|after)\s+(?:version\s+)?v?\d+(?:\.\d+)+[\w.+-]*/giu;
// The same words in Chinese, Japanese and Korean, longest first.
const CJK_GENERIC =
  /本次|此次|这次|本版本|此版本|该版本|这个版本|版本|发布|更新|包含|包括|带来|提供|进行|一些|若干|多项|多个|多处|部分|许多|大量|各种|诸多|细节|已知|问题|错误|缺陷|修复|修正|改进|优化|改善|提升|功能|性能|稳定性|体验|以及|和|与|及|并|的|了|等|请|帮助|我们|测试|报告|任何|反馈|没有|无|重大|显著|明显|变更|变化|改动|内容|新增|新|特性|文档|主要|常规|日常|维护|例行|补丁|一些|小|此|本|该|这|是|为|个|项|处|今回の|今回|このリリース|本リリース|このバージョン|リリース|バージョン|アップデート|いくつかの|いくつか|複数の|多数の|様々な|さまざまな|細かな|軽微な|小さな|マイナー|不具合|バグ|含まれています|含まれます|含みます|行いました|しました|します|ありません|大きな|特に|なし|ご協力|お願いします|ください|パフォーマンス|安定性|向上|ドキュメント|および|及び|です|ます|には|では|は|が|を|と|の|も|や|など|点|箇所|이번|릴리스|버전|업데이트|에는|에서|새로운|들|여러|몇 가지|몇몇|다양한|사소한|일부|버그|수정|개선|사항|변경|기능|성능|안정성|향상|포함되어|포함|있습니다|했습니다|합니다|없음|없습니다|주요|중요한|문서|및|등|는|은|가|을|를|와|과|이|bug|fix(?:es)?/giu;
// What says a change is vague: a quantity without a number, "known", "minor".
const VAGUE = /\b(?:various|several|many|some|a number of|lots of|numerous|multiple|assorted|miscellaneous|misc|general|a few|a bunch of|a handful of|minor|small|other|additional|overall|divers(?:es)?|plusieurs|quelques|mineur(?:e)?s|petit(?:e)?s|verschiedene|diverse|kleinere|einige|mehrere|vari[oa]s|algun[oa]s|menores|diversas|pequenas)\b|v[áa]ri[oa]s|peque[ñn]as|一些|若干|多项|多个|多处|部分|许多|各种|诸多|已知|细节|いくつか|複数|多数|様々|さまざま|細かな|軽微|여러|몇|다양한|사소한|일부/iu;

/** Only words that name no change: what is left once the generic words are taken out is nothing. */
export function onlyGenericWords(text: string): boolean {
  const bare = straightApostrophes(text.replace(SINCE_VERSION, " "));
  // A name in code, a number, an address or a name with capitals inside ("TypeScript") names something.
  if (/[`\d/@]|https?:|\p{Ll}\p{Lu}/u.test(bare)) return false;
  if (CJK_LETTER.test(bare)) return bare.replace(CJK_GENERIC, "").replace(/[\s\p{P}\p{S}]/gu, "").length === 0;
  const words = bare.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return words.length >= 2 && words.every((word) => GENERIC_WORDS.has(word.replace(/'s$/u, "")));
}

/**
 * A sentence about the release that names no change: "This release includes a number of improvements since the last
 * version.", "This is a patch release that addresses bug fixes and additional documentation for released features",
 * "Please help us test this version and report any issues.", "No significant changes.", "本次更新包含若干问题修复。". One
 * that names something (a feature, a CVE, a platform, a number) is not.
 */
export const isContentFreeSentence = (sentence: string): boolean => {
  const text = sentence.trim();
  if (isBoilerplate(text)) return true;
  // A lead-in ("This has multiple problems:", "The new version brings:") is read with what it leads in to; a text the
  // notes cut ("…and more…") may go on to name something.
  if (/[:：…]$/u.test(text)) return false;
  return RELEASE_SUBJECT.test(text) && (CJK_LETTER.test(text) || (text.match(/[\p{L}'-]+/gu)?.length ?? 0) >= 3) && onlyGenericWords(text);
};

// What a project says of itself in every release, naming no change of this one: its mission ("We are committed to…",
// "我们致力于…", "…に取り組んでいます", "저희는 …에 최선을 다하고 있습니다") and its thanks ("As always, thanks…", "感谢大家的支持",
// "いつもご利用いただきありがとうございます", "항상 감사드립니다").
const MISSION =
  /^(?:we(?:'re| are| remain| stay)? (?:(?:fully|deeply|always|still)\s+)?(?:committed|dedicated|devoted) to|we (?:continue|strive|aim|will continue|keep working) to (?:improve|make|deliver|provide|bring|build)|our (?:mission|goal|aim|commitment|focus) (?:is|remains)\b|as (?:always|usual|ever),? (?:a (?:big |huge )?)?(?:thanks?|thank you|many thanks|we (?:thank|appreciate|welcome|are grateful))|(?:many |big |huge )?thanks? (?:you )?(?:again |all )?for (?:your|the|all) (?:continued |ongoing |continuous )?(?:support|trust|patience|feedback|contributions)|we hope you enjoy|happy (?:coding|hacking)\b|enjoy(?: (?:the|this) (?:release|update|version))?[!.]?$)|^(?:我们)?(?:一直|始终|将(?:会)?继续|将|持续)?(?:致力于|专注于为)|^(?:一如既往|一如往常|和往常一样)[，,]?\s*(?:感谢|谢谢)|^(?:再次)?感谢(?:大家|各位|您|你们|所有用户)?(?:一直以来|长期以来)?(?:的|对[^。]{0,12}的)(?:支持|信任|反馈|关注)|^(?:私たちは|我々は)?[^。]{0,40}(?:に取り組んでいます|に尽力しています|に努めています|に取り組んでまいります)[。.]?$|^いつも[^。]{0,20}(?:ありがとうございます)|^引き続き[^。]{0,40}(?:よろしくお願い(?:いた)?します)[。.]?$|^(?:저희는|우리는)[^.]{0,40}(?:최선을 다하고 있습니다|노력하고 있습니다|전념하고 있습니다)[.]?$|^(?:항상|언제나|늘)[^.]{0,20}(?:감사(?:드립)?합니다|감사드립니다)[.!]?$/iu;
// "X focuses on security and performance optimization of the platform.", "本版本专注于安全与性能优化", "今回のリリースはセキュリティと
// パフォーマンスの最適化に重点を置いています", "이번 릴리스는 보안 및 성능 최적화에 중점을 두었습니다": what a release is about, said
// in words that fit every release.
const FOCUS = /^(?:[^.!?。]|\.(?=\d)){0,40}?\b(?:focus(?:es|ed)?|is focused|concentrates?|centers?|centres?|puts? (?:an? )?(?:emphasis|focus)) on\b([^.!?]*)[.!]?$/iu;
const FOCUS_WORDS = new Set(
  "security performance optimization optimizations optimisation optimisations stability reliability platform platforms user users experience overall usability quality maintainability efficiency robustness speed compatibility and of the a its our improving improvement improvements improved enhancing enhancement enhancements further continued better general bug bugs fixes fixing making more on in for across".split(" "),
);
const CJK_FOCUS = /(?:专注于|聚焦于|侧重于|重点关注|着重于|主要关注)|(?:に重点を置いて|に注力して|に焦点を当てて)|(?:에 중점을 두었|에 초점을 맞추었|에 집중했)/u;
const CJK_FOCUS_WORDS =
  /本次|此次|这次|本版本|此版本|该版本|版本|更新|发布|主要|专注于|聚焦于|侧重于|重点关注|着重于|主要关注|平台|安全性?|性能|优化|稳定性|可靠性|体验|用户|整体|提升|改进|质量|和|与|及|以及|的|了|是|今回の|今回|このリリース|本リリース|リリース|バージョン|アップデート|セキュリティ|パフォーマンス|最適化|安定性|信頼性|プラットフォーム|ユーザー体験|全体|向上|改善|品質|および|に重点を置いています|に重点を置いた|に注力しています|に焦点を当てています|は|と|の|이번|릴리스는|릴리스|버전|업데이트는|업데이트|보안|성능|최적화에|최적화|안정성|신뢰성|플랫폼|사용자 경험|전반적인|향상|개선|품질|및|과|와|의|중점을|초점을|두었습니다|맞추었습니다|집중했습니다|에/gu;

/** Mission, thanks and focus sentences that would fit any release; one that names a number, an advisory or code is not. */
function isBoilerplate(text: string): boolean {
  if (/[`]|\bCVE-|\bGHSA-/iu.test(text)) return false;
  if (MISSION.test(text)) return !/\d/u.test(text);
  const focus = FOCUS.exec(text);
  if (focus) {
    const words = (focus[1] ?? "").toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
    return words.length > 0 && !/\d/u.test(focus[1] ?? "") && words.every((word) => FOCUS_WORDS.has(word));
  }
  return CJK_FOCUS.test(text) && !/\d/u.test(text.replace(/\bv?\d+(?:\.\d+)+\S*/gu, "")) && text.replace(/\bv?\d+(?:\.\d+)+[\w.-]*/gu, "").replace(/[A-Za-z][\w.-]*/gu, "").replace(CJK_FOCUS_WORDS, "").replace(/[\s\p{P}\p{S}]/gu, "").length === 0;
}

/** A change that names nothing changed: "Various bug fixes and improvements", "Minor fixes.", "Bug fixes and performance
 *  improvements", "修复若干已知问题". Two words ("Performance improvements") may be a category's name. */
// A title in capitals ("Other Improvements") is a heading's words, read as such elsewhere.
export const namesNoChange = (text: string): boolean =>
  isContentFreeSentence(text) || ((VAGUE.test(text) || (text.match(/[\p{L}'-]+/gu)?.length ?? 0) >= 3) && !/[:：…]$/u.test(text.trim()) && !/^(?:\p{Lu}\p{L}*\s+)+\p{Lu}\p{L}*$/u.test(text.trim()) && onlyGenericWords(text));

// The words of speed in a change that names nothing else, and the words of other kinds that make it a mix ("Bug fixes and
// performance improvements" is housekeeping's filler).
const VAGUE_PERFORMANCE = /\bperformance\b|\bperf\b|\bspeed(?:[- ]?ups?)?\b|\bfaster\b|\boptimi[sz]ations?\b|性能|速度|パフォーマンス|高速化|성능|속도/iu;
const VAGUE_OTHER_KIND = /\bfix|\bbug|\bfeatures?\b|\bstability\b|\bdocs?\b|\bdocumentation\b|\bsecurity\b|\bcleanups?\b|\brefactor|修复|修正|バグ|不具合|버그|수정|功能|機能|기능|稳定|安定|안정/iu;

export interface ItemReading {
  /** The item's own kind, or null when only its section can tell. */
  kind: Kind | null;
  /** True when the item itself says it breaks ("feat!:", "BREAKING CHANGE:"): that beats its section. */
  breaking: boolean;
  /** The text without its conventional prefix; its scope stays ("cli: drop --foo"). */
  text: string;
  /** Breaking only because it says something is incompatible ("…与 CPU 不兼容时…仍可启动"): under a fix section that
   *  is the bug it fixes. */
  onlyIncompatible?: boolean;
  /** The kind came from a tag the line wears ("… `修复缺陷`"): lines without sections group by it. */
  tagged?: boolean;
  /** The text without a type word before Chinese, Japanese or Korean ("Fix: 修正 X" → "修正 X"). */
  untyped?: string;
  /** The kind (docs, dependencies, housekeeping) came only from a leading icon ("📌 Prompt 置顶功能", "📝 排序文案简化"):
   *  gitmoji's meanings are not every project's, so a section heading that names a kind says more. */
  icon?: boolean;
  /** The kind its words give past the repository-upkeep patterns, when those made it internal: a section of features or
   *  breaking changes files it by that (repository-upkeep.ts). */
  pastUpkeep?: Kind | null;
}

// A commit's own making, not a change: applying a review's suggestions, merging a branch, and a bare touch to one of the
// repository's own files (a dotfile, a read-me, a config file) with nothing said about what changed in it.
const REPO_FILE = String.raw`(?:[\w./-]*\/)?(?:\.[\w.-]+|(?:${REPOSITORY_DOC_FILES})(?:\.(?:md|rst|txt|markdown))?|tsconfig[\w.-]*\.json|package\.json|[\w-]+\.config\.(?:[cm]?[jt]s|json)|\.github\/[\w./-]+)`;
const COMMIT_MAKING = new RegExp(
  String.raw`^(?:apply(?:ing)? (?:the )?(?:code )?(?:review )?suggestions? from (?:the )?(?:code )?review|merge[sd]? (?:(?:remote-tracking )?branch|tag) ["'‘“\x60]?[\w./@-]+["'’”\x60]?(?: of [^\s]+)?(?: into ["'‘“\x60]?[\w./@-]+["'’”\x60]?)?|merge[sd]? pull request #\d+ from [\w./-]+|(?:update[sd]?|create[sd]?|add(?:s|ed)?|edit(?:s|ed)?|delete[sd]?|remove[sd]?|modif(?:y|ies|ied)|rename[sd]?|change[sd]?) (?:the )?\x60?${REPO_FILE}\x60?)\.?$`,
  "iu",
);

// A pull request named for the branches it merged ("Develop", "Dev to master", "main → release") or made for a demo
// ("Testing schema references for the demo"): how the work moved, not a change users get.
const BRANCH = "(?:develop(?:ment)?|dev|main|master|staging|next|beta|canary|release|stable|prod(?:uction)?)";
const BRANCH_OR_DEMO = new RegExp(
  String.raw`^(?:(?:develop(?:ment)?|dev|main|master|staging)|${BRANCH}\s*(?:to|into|→|->|=>|➡️?)\s*${BRANCH}(?:\s+branch)?|[^.!?]{1,160}\bfor (?:the |a |our )?demo)[.!]?$`,
  "iu",
);

// What only the repository has, not the package: its README and badges, tests, CI, bot and funding files, licence.
const REPOSITORY_PART = new RegExp(
  String.raw`\b(?:README(?:\.md)?|CI|FUNDING(?:\.yml)?|LICEN[CS]E(?:\.md)?|renovate(?:\.json)?|dependabot(?:\.yml)?|CODEOWNERS|CONTRIBUTING(?:\.md)?|code of conduct|issue templates?|(?:${TEST_SUITES}) tests?|tests? (?:suite|cases?|coverage)|(?:in|to|for) (?:the )?tests)(?![\w.-])|(?:^|\s)\.(?:github\/[\w./-]+|gitignore|editorconfig)\b`,
  "u",
);
// Such a change names no package code: "Add badges to README", "Delete renovate.json", "update type hints in tests".
const BUMP_WORDS = /\b(?:bump|update[sd]? (?:dependency|dependencies|deps)|upgrade|pin)\b|\[bot\]/iu;
// What a tool makes of such files is its product: "Add a README renderer plugin", "support for CODEOWNERS parsing".
const PRODUCT_WORDS = /\b(?:plugins?|render(?:s|er|ers|ing)?|pars(?:e|es|er|ers|ing)|generat(?:e|es|or|ors|ion)|templates?|commands?|options?|flags?|support for|rules?)\b/iu;
function repositoryOnly(text: string): boolean {
  if (BUMP_WORDS.test(text) || PRODUCT_WORDS.test(text)) return false;
  const parts = text.split(/,\s*|;\s*|\s+and\s+/u).filter((part) => part.trim() !== "");
  return parts.length > 0 && parts.every((part) => REPOSITORY_PART.test(part) || /^(?:configure|set up|setup) (?:renovate|dependabot)\b/iu.test(part.trim()));
}

// A fix of the project's own tooling, not of what users run: "Fix eslint warnings", "fix: lint errors", "Fix CI", "Fix
// the build on CI", "Fix mypy errors", "Update test snapshots". ("Fix TypeScript errors when using strict mode" goes on
// to say whose errors, and "Fix build on macOS" is the build users run: fixes.) How it was done may follow: "Address
// linter errors by removing the `wsl` linter"; so may "satisfy golangci-lint", "make clippy happy".
const TOOLING_FIX = new RegExp(
  String.raw`^(?:(?:fix(?:e[sd])?|resolve[sd]?|address(?:es|ed)?|silence[sd]?|suppress(?:es|ed)?|repair(?:s|ed)?|update[sd]?|satisf(?:y|ies|ied)|appease[sd]?|please[sd]?|make[sd]?|made)\s+)?(?:the\s+|some\s+|all\s+|a\s+few\s+|more\s+|remaining\s+|new\s+)?` +
    String.raw`(?:(?:eslint|clippy|mypy|pyright|tsc|rubocop|phpstan|psalm|golangci-lint|flake8|ruff|pylint|stylelint|lint(?:ing|er)?|type[- ]?check(?:ing|er)?|compiler|ci|test|tests|test suite|flaky tests?|snapshots?|build (?:on|in) (?:the )?ci)\s*)+` +
    String.raw`(?:errors?|warnings?|messages?|issues?|failures?|complaints?|findings?|baselines?|snapshots?|happy)?(?:\s+(?:on|in|for)\s+(?:the\s+)?(?:ci|tests?|main))?(?:\s+(?:by|with|via)\s+[^.!?]{1,80})?[.!]?$`,
  "iu",
);

const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** True when the words of a line alone read as `kind` by the first-word rules. */
const wordsSay = (words: string, kind: Kind): boolean => KEYWORD_KINDS.some(([pattern, own]) => own === kind && matches(pattern, words));

// The all-contributors bot's commit ("Add juwit as a contributor for code", "docs: add @a as a contributor for doc,
// bug"): a credit, which a post gives no line nor count, as it drops a "New Contributors" section.
const CONTRIBUTOR_CREDIT = /^(?:(?:docs?|chore)(?:\([^)\n]{0,30}\))?:\s*)?(?:add|update)s?\s+@?[\w.-]+(?:\[bot\])?\s+as\s+(?:a\s+)?contributors?\b(?:\s+for\s+[\w, -]{1,80})?[.!]?$/iu;

/** Reads one change line: conventional prefix, leading emoji, first words. */
// Several rules read the same line (boilerplate, lead-in, kind): it is read once, and the reading, shared, is frozen.
export const readItem: (text: string) => ItemReading = memoized((text) => Object.freeze(readItemAfresh(text)));

function readItemAfresh(text: string): ItemReading {
  const read = warnedInline(readMarks(text.replace(SOURCE_NUMBER, "")));
  // A step of cutting the release ("v4 release", "Release 4.0.0", "Bump version to 4.0") is no change in it, under any
  // heading: release-please lists its "v4 release" commit under "⚠ BREAKING CHANGES". It is neither shown nor counted.
  // So is the making of a commit ("Apply suggestions from code review", "Merge branch 'main' into esm") and a touch to a
  // repository file that names no change ("Update .eslintrc.cjs", "Update README.md"): a squashed pull request's commit
  // subjects pasted under "BREAKING CHANGES" (commitlint 19) break nothing.
  if (CONTRIBUTOR_CREDIT.test(text.replace(LEADING_ICONS, "").trim()) || RELEASE_STEP.test(read.text.trim()) || RELEASE_PREPARED.test(read.text.trim()) || COMPATIBILITY_NOTE.test(read.text.trim()) || COMMIT_MAKING.test(read.text.trim()) || BRANCH_OR_DEMO.test(read.text.trim())) return { kind: "internal", breaking: false, text: "" };
  // "feat: add badges to README and update type hints in tests", "Delete renovate.json": work on the repository only,
  // whatever its type says; housekeeping, never a feature.
  if ((read.kind === null || read.kind === "feature" || read.kind === "change" || read.kind === "other" || read.kind === "removal" || read.kind === "dependencies") && repositoryOnly(read.text)) return { ...read, kind: "internal" };
  if ((read.kind === null || read.kind === "fix") && TOOLING_FIX.test(read.text.trim())) return { ...read, kind: "internal" };
  // A `refactor:` that adds what users call ("提供 detachMedia 接口") is a feature; a line of no kind that opens with where
  // it applies ("Web平台 修复 …") is of its verb's kind (content-kinds.ts).
  if (read.kind === "internal" && !read.breaking && addsCapability(text, read.text)) return { ...read, kind: "feature" };
  const scoped = read.kind === null || read.kind === "other" ? kindAfterScope(read.text) : null;
  if (scoped !== null) return { ...read, kind: scoped };
  // "generator: log `traceID` …", "playground: add dark mode": the part named first is the project's own dev set-up.
  if (read.kind !== "breaking" && read.kind !== "security" && devPart(read.text)) return { ...read, kind: "internal" };
  // "… since Python 2 support was removed. … the flag will remain as a no-op to avoid breakage": a removal it mentions
  // in passing, where the line says it breaks nothing; its section says what it is.
  if (read.kind === "breaking" && !read.breaking && DISCLAIMS_BREAK.test(read.text)) return { ...read, kind: null };
  // "Various bug fixes and improvements": housekeeping's rank, shown only when the release says nothing else.
  // "Minor performance optimizations", "性能优化": vague, but what users get is speed; ranked with the performance changes.
  const vague = read.kind !== "breaking" && read.kind !== "security" && namesNoChange(read.text);
  const reading: ItemReading = vague ? { ...read, kind: VAGUE_PERFORMANCE.test(read.text) && !VAGUE_OTHER_KIND.test(read.text) ? "performance" : "internal" } : read;
  // "feat: 升级后需要自行引入 X 模块", "✨ 非互換な変更…": a type or an icon that calls it a feature does not make it safe.
  // A tag that flags a break ("【可能的向下兼容问题】修复…") does, even on a fix.
  const mayBreak = reading.kind === null || (!isNoise(reading.kind) && reading.kind !== "fix" && reading.kind !== "security") || CJK_COMPAT_TAG.test(reading.text);
  if (reading.breaking || !mayBreak || !cjkBreaking(reading.text)) return reading;
  const named = CJK_COMPAT_TAG.test(reading.text) || CJK_NAMED_BREAK.test(reading.text);
  return { ...reading, kind: "breaking", breaking: true, ...(named ? {} : { onlyIncompatible: true }) };
}

// What a "Compatibility" section states every release, which breaks nothing: "APIs are backwards compatible with all
// previous releases", "Realm Studio: 15.0.0 or later.", "Xcode: 15.3.0-16.1 beta.", "Carthage release for Swift is
// built with Xcode 15.4.0." A floor the text says was raised or dropped is read as one elsewhere (PLATFORM_FLOOR).
const COMPATIBILITY_NOTE = new RegExp(
  String.raw`^(?:(?:the|all|public|our)\s+)*(?:APIs?|this (?:release|version)|it)\s+(?:is|are|remains?|stays?)\s+(?:fully\s+|still\s+)?backwards?[- ]compatible(?:\s+with\s+[^!?;]{1,100}?)?[.!]?$` +
    String.raw`|^\p{L}[\p{L}\p{N} .+#-]{0,30}[:：]\s*v?\d[\w.]*(?:\s*[-–~]\s*v?\d[\w.]*)?(?:\s+(?:beta|rc\d*|preview))?(?:\s+or\s+(?:later|newer|above|higher))?\.?$` +
    String.raw`|^[^.!?:]{0,80}\b(?:is|are)\s+built\s+(?:with|using|against)\s+\p{L}[\p{L}\p{N} .+#-]{0,30}?\s+v?\d[\w.]*\.?$`,
  "iu",
);

// The notes' own numbering before a change ("1、【新增】…", "2. …", "(3) …", "4）…"): the post's bullets number nothing,
// and once a change is left out the numbers jump. ("1.5x faster" and "2FA" are no numbering: a full stop needs a space.)
const SOURCE_NUMBER = /^(?:\d{1,3}(?:[、．]|\.(?=\s)|[)）])|[(（]\d{1,3}[)）])\s*(?=\S)/u;

// A warning sign inside a change ("`Button`: ⚠️ `--x-size` 变更为 `--x`；⚠️ 移除 `--y`") flags what breaks, under any
// heading; the sign has said it, and goes. (Signs inside code are the code's; "❗" says important, not breaking.)
const WARNING_SIGN = /(?:⚠️?|💥)/u;
const SIGN_OR_CODE = /(`[^`\n]*`)|[ \t]*(?:⚠️?|💥)[ \t]*/gu;

function warnedInline(reading: ItemReading): ItemReading {
  if (reading.breaking || !WARNING_SIGN.test(reading.text.replace(/`[^`\n]*`/gu, ""))) return reading;
  // After full-width punctuation ("；⚠️ 移除") nothing stays; after words or ASCII punctuation, one space.
  const text = reading.text.replace(SIGN_OR_CODE, (whole: string, code: string | undefined, offset: number, all: string) =>
    code ?? (offset === 0 || offset + whole.length === all.length || /[；：，。、（！？]$/u.test(all.slice(0, offset)) ? "" : " "),
  );
  return { ...reading, kind: "breaking", breaking: true, text };
}

// What names a change as a break, not a state that is incompatible: "破坏性变更", "不兼容的修改", "非互換な変更", what to do
// after upgrading.
const CJK_NAMED_BREAK =
  /破坏性|破壊的|(?:不兼容|不向[下后]兼容|非互換|호환되지 않는)\s*(?:的|な)?\s*(?:变更|变动|改动|更改|修改|変更|변경)|升级(?:后|之后|以后|时)|(?:アップグレード|アップデート|バージョンアップ)(?:後|時|する際|の際)|업그레이드 (?:후|시|할 때)/u;

// Tags in capitals some plain-text changelogs open every line with ("NEW: …", "CHG: …", "FIX: …"): the group's
// label says them, so they go. Only in capitals: "Fix: the crash when …" is a sentence.
// Lombok's "PLATFORM: JDK20 support added." says a platform is newly supported: a feature (one it drops breaks, below).
const CAPS_TAG = /^(NEW|ADD(?:ED)?|FEATURES?|PLATFORM|FIX(?:ED)?|BUGFIX|CHG|CHANGED?|UPD(?:ATED?)?|IMP(?:ROVED)?|DEL(?:ETED)?|REMOVED?|SEC(?:URITY)?|PERF|DOCS?)[:：]\s+/u;
const CAPS_KINDS: Array<[RegExp, Kind]> = [
  [/^(?:NEW|ADD|FEATURE|PLATFORM)/u, "feature"],
  [/^(?:FIX|BUGFIX)/u, "fix"],
  [/^(?:DEL|REMOVE)/u, "removal"],
  [/^SEC/u, "security"],
  [/^PERF/u, "performance"],
  [/^DOC/u, "docs"],
];

/** "NEW: x": the tag's kind and the text without it; a break the rest names itself still breaks. */
function readCapsTag(text: string): ItemReading | null {
  const tag = CAPS_TAG.exec(text);
  if (!tag) return null;
  const rest = text.slice(tag[0].length);
  const own = readItem(rest);
  if (own.kind === "breaking") return own;
  return { kind: CAPS_KINDS.find(([pattern]) => pattern.test(tag[1] ?? ""))?.[1] ?? "change", breaking: false, text: rest };
}

// A category tag at the end of a change: "支持引述块 `引入特性`", "… `修复缺陷`", "Add dark mode [Feature]", "Crash on start
// (fix)". In code only with Chinese, Japanese or Korean words: "Add the `fix` command" names a command.
const TRAILING_TAG = /\s*(?:`([^`\n]{1,12})`|\[([^\]\n]{1,24})\]|\(([^)\n]{1,24})\)|【([^】\n]{1,12})】)\s*$/u;

/** "支持引述块 `引入特性`": the tag's kind and the text without it; what the rest says of a break or a hole, or that it
 *  is noise (a bump, docs), still counts. */
function readTrailingTag(text: string): ItemReading | null {
  const tag = TRAILING_TAG.exec(text);
  if (!tag || tag.index === 0) return null;
  const name = (tag[1] ?? tag[2] ?? tag[3] ?? tag[4] ?? "").trim();
  if (UNSTABLE_HEADING.test(name) || /^(?:dev|development)$/iu.test(name)) return null;
  if (tag[1] !== undefined && !CJK_LETTER.test(name)) return null;
  const meaning = isCategoryName(name) || CJK_LETTER.test(name) || /^[a-z]+(?:[ -][a-z]+)?$/iu.test(name) ? headingMeaning(name) : null;
  // "(security)" says a hole was closed, which the security words read with the rest (see SECURITY_FIX).
  if (meaning === null || meaning === "generic" || meaning === "drop" || meaning === "security") return null;
  const rest = text.slice(0, tag.index);  // "feat: add X (docs)": a type in front says the kind; the bracket is a remark.
  if (CONVENTIONAL.test(rest) || BRACKET_TAG.test(rest)) return null;
  const own = readItem(rest);
  if (own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind))) return { ...own, tagged: true };
  return { kind: meaning, breaking: meaning === "breaking", text: own.text, tagged: true };
}

// A change told as an order, by its verb: "normalize nested token overrides", "add a flag", "handle empty input".
const IMPERATIVE =
  /^(?:add|allow|avoid|bump|change|check|clean|clear|correct|disable|drop|enable|ensure|expose|fix|handle|improve|keep|make|move|prevent|remove|rename|replace|reset|resolve|respect|restore|return|set|show|skip|stop|support|update|upgrade|use|\p{Ll}{3,}(?:ize|ise|ify))\s/u;

// Names written in lower case wherever they stand: commands and tools that a change starts with ("npm install …",
// "git worktree …"). So is a word with no vowel ("pnpm", "jq", "gh", "tsc"), and a word before a flag ("bat --plain").
// (source-marks.ts reads commit subjects' first words with the same list.)
export const LOWER_CASE_NAME =
  /^(?:[b-df-hj-np-tv-xz]+|git|npm|npx|pnpm|pip|pipx|uv|uvx|yarn|webpack|esbuild|eslint|vite|vitest|pytest|rustc|rustup|kubectl|clang|vim|nvim|curl|wget|sudo|ssh|zsh|ffmpeg|systemd|iptables|deno|bun|node|nodejs|cargo|gradle|maven|brew|apt|dnf|helm|docker|podman|cmake|bash|jest|mocha|babel|rollup|turbo|nx|lerna|tsx|tsup|biome|oxlint|ruff|mypy|black|flake8|tox|poetry|conda|gem|bundler|rake|rails|composer|php|perl|dotnet|nuget|swift|xcodebuild|adb|fastlane|ios|macos|watchos|tvos|visionos|ipados)$/u;

/** A change's first word, a plain lower-case word ("anchors", "handle"), in capitals' case; a name from code
 *  ("useId", "x_y", "npm-run", "`foo`", "v2", "package.json") or a command ("npm", "git", "fd --hidden") keeps its own. */
export function sentenceCase(text: string): string {
  const word = /^\p{Ll}+(?:['’]\p{Ll}+)?(?=[\s,;:!?]|\.(?!\w)|$)/u.exec(text)?.[0];
  if (word === undefined || LOWER_CASE_NAME.test(word) || /^\s+--?\w/u.test(text.slice(word.length))) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}


// A type word before Chinese, Japanese or Korean text ("Feature: 放宽…", "Fix: 修正…", "Remove: 移除…", "CI: …", "Dev: 修复
// devcontainer…", "Internal: …を直接依存から削除しました"): no English sentence starts there, so the word is a tag: it gives
// the kind and goes.
const TYPE_BEFORE_CJK = /^(feat(?:ure)?s?|fix(?:e[sd])?|bug ?fix(?:es)?|remove[sd]?|removals?|docs?|documentation|ci|dev|chore|refactor|perf(?:ormance)?|tests?|build|style|deps|dependencies|security|breaking(?:[ -]changes?)?|deprecat(?:e[sd]?|ions?)|improve(?:d|ments?)?|enhance(?:d|ments?)?|new|add(?:ed)?|change[sd]?|update[sd]?|internal)\s*[:：]\s*/iu;

/** "Fix: 修正 X": the type's kind, and the text without it to show under a label that names a kind, when the rest is
 *  not an English sentence. */
function readTypeBeforeCjk(text: string): ItemReading | null {
  const tag = TYPE_BEFORE_CJK.exec(text);
  // Lower case ("feat: 升级 X") is a conventional commit's type, read with its scope and bumps below.
  if (!tag || !/^\p{Lu}/u.test(text)) return null;
  const rest = text.slice(tag[0].length);
  if (cjkCount(rest.replace(/`[^`]*`/gu, "")) < 2) return null;
  const word = (tag[1] ?? "").toLowerCase();
  const kind: Kind | null = word === "dev" || word === "style" ? "internal" : (CONVENTIONAL_KINDS[word] ?? asKind(headingMeaning(word)));
  const own = readItem(rest);
  // The prefix stays until a label that names a kind stands above it (see model.ts): under "Client" it says "Fix".
  if (kind === null || own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind))) return { ...own, kind: own.kind ?? kind, text, untyped: own.text };
  return { kind, breaking: kind === "breaking", text, untyped: own.text };
}

// A kind word the notes set before a change: in brackets ("[新增] X", "【修复】X", "[Improvement] X"), or a Chinese or
// Japanese one before a colon ("新增：X", "修正：X"), or an English category before a dash ("Bugfix - X"). Its kind
// is the change's; under a label that names a kind it goes, as the label says it ("新特性： • [新增] …" says it twice).
const CJK_KIND_WORD =
  /^(?:新增|新功能|新特性|特性|功能|增强|优化|改进|改善|修复|修正|故障|缺陷|调整|变更|更改|修改|重构|升级|移除|删除|废弃|弃用|文档|性能|新機能|機能追加|機能改善|追加|改善|変更|不具合修正|バグ修正|削除|廃止|ドキュメント)$/u;
const CJK_TAG_KINDS: Array<[RegExp, Kind]> = [
  [/^(?:故障|缺陷)$/u, "fix"],
  [/^(?:调整|修改)$/u, "change"],
  [/^升级$/u, "dependencies"],
];
const LEADING_TAG = /^(?:[[【（(]\s*([^\]】）)\n]{1,20}?)\s*[\]】）)]\s*(?:[:：]\s*|[-–—]\s+)?|([\p{Script=Han}\p{Script=Katakana}]{2,6})\s*[:：]\s*|([A-Za-z][A-Za-z ]{1,20}?)\s+[-–—]\s+)(?=\S)/u;

/** "[新增] X", "【修复】X", "新增：X", "Bugfix - X": the tag's kind, `untyped` the change without it; what the rest says of a
 *  break, or that it is noise (a bump, docs), still counts. */
function readLeadingTag(text: string): ItemReading | null {
  const tag = LEADING_TAG.exec(text);
  // The English tags of a fixed vocabulary ("[FIX] x", "[CHANGE] x") are read as such below.
  if (!tag || BRACKET_TAG.test(text)) return null;
  const word = (tag[1] ?? tag[2] ?? tag[3] ?? "").trim();
  // "【升级】… 执行器所在机器需要安装 PowerShell 7": an upgrade users must act on, which ranks with the breaking changes.
  if (tag[2] === undefined && tagAsksToAct(word, text)) {
    const rest = text.slice(tag[0].length);
    return { kind: "breaking", breaking: true, text: rest, untyped: rest, tagged: true };
  }
  const cjk = CJK_KIND_WORD.test(word);
  // An English word only when it is a category's name: "(Windows) …", "[Experimental] …" and "Foo - …" are no kinds.
  if (!cjk && (tag[2] !== undefined || !/^[A-Za-z]/u.test(word) || !(isCategoryName(word) || word.toLowerCase().replace(/\s+/gu, "") in CONVENTIONAL_KINDS))) return null;
  const kind = (cjk ? CJK_TAG_KINDS.find(([pattern]) => pattern.test(word))?.[1] : undefined) ?? asKind(headingMeaning(word));
  if (kind === null || kind === "other" || kind === "breaking" || kind === "security") return null;
  const rest = text.slice(tag[0].length);
  const own = readItem(rest);
  // A bracket or a dash tags the line, and lines without sections group by it; "新增：X" in a list without sections is
  // read as written.
  const tagged = tag[2] === undefined;
  if (own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind))) return { ...own, untyped: own.text, tagged };
  return { kind, breaking: false, text, untyped: own.text, tagged };
}

const asKind = (meaning: HeadingMeaning | null): Kind | null => (meaning === null || meaning === "generic" || meaning === "drop" ? null : meaning);

// Tags in Chinese, Japanese and Korean that call a change a security fix or a break.
const CJK_SECURITY_TAG = /(?:安全|漏洞)(?:修复|修正|更新|补丁|问题|漏洞)?|セキュリティ(?:修正|対策|アップデート)?|脆弱性(?:修正|対策)?|보안(?: ?(?:수정|패치|업데이트|취약점))?|취약점(?: ?수정)?/u;
const CJK_BREAKING_TAG = /不向[下后]兼容|向下不兼容|不兼容(?:变更|更新|修改)?|破坏性(?:变更|更新|修改|改动)?|非互換|破壊的変更|互換性のない変更|호환성 (?:깨짐|변경)|(?:주요|중대한|파괴적) 변경(?: ?사항)?/u;
const markerKind = (word: string): Kind =>
  /^secur|^(?:安全|漏洞|セキュリティ|脆弱性|보안|취약점)/iu.test(word) ? "security" : /^break|兼容|破坏|破壊|互換|호환|변경/iu.test(word) ? "breaking" : /^deprecat/iu.test(word) ? "deprecation" : "removal";

// A marker that says what users must know of a change, before it: "[SECURITY] Fix …", "(security) …", "SECURITY: …",
// "[Deprecated] …", "⚠️ Breaking: …", "Breaking (`pkg/sub`): …", "🔒 [Security] …", "Removed: …" (bold already gone). The kinds a reader must still
// see when no label above the line says them.
// The same in Chinese, Japanese and Korean: "[漏洞修复]", "[安全]", "[セキュリティ]", "[보안]", "[不向下兼容]", "[破坏性变更]".
/** The words that mark a change breaking, in any language ("Breaking change", "破坏性变更", "破壊的変更", "주요 변경"): a
 *  marker before a change, and the bold one markdown.ts gives its colon. */
// "Breaking type changes:", "Breaking API change:" say it with what they break between.
export const BREAKING_MARKER_WORD = String.raw`breaking(?:(?: [a-z]{2,15})?[ -]changes?)?|${CJK_BREAKING_TAG.source}`;
const MARKER_WORD = String.raw`security(?:[ -](?:fix(?:es)?|updates?|patch(?:es)?))?|${BREAKING_MARKER_WORD}|deprecated|deprecation|removed|removal|${CJK_SECURITY_TAG.source}`;
const KIND_MARKER = new RegExp(
  String.raw`^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:[[(【（]\s*(${MARKER_WORD})\s*[\])】）]\s*(?:[:：]\s*|[-–—]\s+)?|(${MARKER_WORD})(?:\s*[(（]([^()（）\n]{1,60})[)）])?\s*[:：]\s*)(?=\S)`,
  "iu",
);
// The words a marker's kind is shown in when no label says it.
const MARKER_WORDS: Partial<Record<Kind, [string, RegExp]>> = {
  security: ["Security", /\bsecurity\b|\bvulnerab|\bCVE-|\bGHSA-/iu],
  deprecation: ["Deprecated", /\bdeprecat/iu],
  removal: ["Removed", /\b(?:remov|drop|delet)/iu],
};

/** "[SECURITY] Fix XSS": the marker's kind; the text keeps the marker in words ("Security: Fix XSS") for a post that
 *  shows no label, and `untyped` is the text without it, for under a label that says it. */
function readKindMarker(text: string): ItemReading | null {
  const marker = KIND_MARKER.exec(text);
  if (!marker) return text.startsWith("[") ? readTaggedPartMarker(text) : null;
  const word = (marker[1] ?? marker[2] ?? "").toLowerCase();
  const kind = markerKind(word);
  const rest = text.slice(marker[0].length);
  // "Breaking (`@wagmi/core/tempo`): Removed x": the part it breaks stays, as a scope before the change.
  const scope = marker[3]?.trim();
  if (kind === "breaking") return { kind, breaking: true, text: scope ? `${scope}: ${rest}` : rest };
  const own = readItem(rest);
  // "[Deprecated] BREAKING: x" breaks; "[SECURITY] Bump rack" is a bump the model weighs (a bump that names its hole).
  if (own.kind === "breaking" || (kind !== "security" && own.kind !== null && isNoise(own.kind))) return { ...own, text: rest };
  if (kind === "security" && own.kind === "dependencies") return { ...own, text: rest };
  return markedAs(kind, rest, CJK_LETTER.test(word) ? word : undefined);
}

// "[Rust] [BREAKING] x", "[C] [ダウンローダー] [BREAKING] x": tags naming the part (a binding, a tool) before the marker.
const PART_TAGS = /^(?:\[[^\][\n]{1,24}\]\s*){1,3}(?=\[)/u;

/** A breaking marker after the tags of the part it breaks: breaking, the parts kept as its scope ("Rust: x"). */
function readTaggedPartMarker(text: string): ItemReading | null {
  const tags = PART_TAGS.exec(text);
  const marker = tags ? KIND_MARKER.exec(text.slice(tags[0].length)) : null;
  if (!tags || !marker || markerKind((marker[1] ?? marker[2] ?? "").toLowerCase()) !== "breaking") return null;
  const parts = [...tags[0].matchAll(/\[([^\]]+)\]/gu)].map((part) => (part[1] ?? "").trim());
  return { kind: "breaking", breaking: true, text: `${parts.join(", ")}: ${text.slice(tags[0].length + marker[0].length)}` };
}

/** A change a tag marks as a security fix, deprecation or removal: the text says the kind in words for a post that shows
 *  no label ("Security: Fix XSS", "安全：修复越权访问"), `untyped` is the text without them, for under a label that says it. */
const CJK_FIX_TYPE = /^(?:修复|修正|修改|优化|fix(?:ed)?|bug ?fix)\s*[:：]\s*/iu;
const CJK_FIXED = /修复|修復|修正|修补|修補|対策|対応|解决|解決|수정|패치|해결|\bfix/iu;

function markedAs(kind: Kind, rest: string, cjkWord?: string): ItemReading {
  const [english, said] = MARKER_WORDS[kind] ?? ["", /$^/u];
  // A tag in Chinese, Japanese or Korean is said in its own words; a change that already says it ("修复安全漏洞") needs none.
  // A hole named without a word that it was fixed ("redirect 参数绕过校验的安全漏洞") would read as one announced: the
  // tag's words say it was fixed.
  const saysIt = said.test(rest) || (cjkWord !== undefined && kind === "security" && (SECURITY_FIX.test(rest) || (NAMED_HOLE.test(rest) && CJK_FIXED.test(rest))));
  // "修复：X [漏洞修复]": the tag's words take the place of the type word before the change ("漏洞修复：X").
  const prefixed = cjkWord === undefined ? `${english}: ${rest}` : `${cjkWord}：${rest.replace(CJK_FIX_TYPE, "")}`;
  // "SECURITY: escape the title" keeps its word under a label, as a sentence must start with a capital.
  return { kind, breaking: false, text: saysIt ? rest : prefixed, untyped: /^[a-z]/u.test(rest) ? `${english}: ${rest}` : rest, tagged: true };
}

// A tag at the end of a change that only flags it: important ("[重要]", "(important)", "【必读】") or incompatible
// ("[不向下兼容]", "[BREAKING]", "(breaking change)", "(Minor breaking change)", "[非互換]"). The flag sets the rank; the post shows the change
// without it.
// "breaking change" with its degree ("Minor breaking change", "potentially breaking"), as a flag says it alone or with
// its reason.
const BREAKING_FLAG = String.raw`(?:(?:minor|small|slight(?:ly)?|potential(?:ly)?|possibl[ey])\s+)?breaking(?:[ -]changes?)?|backwards?[- ]incompatible`;
const FLAG_TAG = new RegExp(
  String.raw`\s*(?:[[(【（]\s*(?:(important|critical|重要|重大|必读|必看|注意|重要な変更|중요)|(${BREAKING_FLAG}|incompatible|${CJK_BREAKING_TAG.source})|(security(?:[ -](?:fix(?:es)?|updates?|patch(?:es)?))?|${CJK_SECURITY_TAG.source}))\s*[!！]?\s*[\])】）])\s*$`,
  "iu",
);

// The breaking flag with its reason in the same brackets: "(*Breaking change* because `it.caption` now renders …)",
// "(breaking: the default moved)". It breaks as the bare flag does, and goes with its reason (the label says breaking).
const REASONED_BREAKING_TAG = new RegExp(String.raw`\s*[(（]\s*[*_]{0,2}(?:${BREAKING_FLAG})[*_]{0,2}\s*(?:because|since|as|[:,;—–-])\s[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]\s*$`, "iu");

const BUMP_VERB = /^(?:upgrade|bump|update|pin)(?:s|d|ed)?\s/iu;

function readFlagTag(text: string): ItemReading | null {
  const reasoned = REASONED_BREAKING_TAG.exec(text);
  if (reasoned && reasoned.index > 0) return { ...readItem(text.slice(0, reasoned.index)), kind: "breaking", breaking: true };
  const tag = FLAG_TAG.exec(text);
  if (!tag || tag.index === 0) return null;
  const own = readItem(text.slice(0, tag.index));
  if (tag[2] !== undefined) return { ...own, kind: "breaking", breaking: true };
  // "Fix token check [Security]", "Harden the cookie flags (security)", "修复越权访问 [安全]": a security fix, the tag said
  // in words where nothing else says it. (A bump's "Upgrade openssl (security)" says why it was bumped: a remark the
  // sentence keeps, which the model weighs.)
  if (tag[3] !== undefined) {
    if (!CJK_LETTER.test(tag[3]) && /^\s*[(（]/u.test(tag[0]) && (own.kind === "dependencies" || BUMP_VERB.test(own.text))) return null;
    return own.kind === "breaking" ? own : markedAs("security", own.text, CJK_LETTER.test(tag[3]) ? tag[3] : undefined);
  }
  // "Add X [重要]": its own kind, as one of the release's headline changes when it says none.
  return { ...own, kind: own.kind ?? "highlight" };
}

// A fix that names only a thing ("image tag", "Grafana version"), no fault, no verb, no place: the words left of a
// commit subject after its type. ("memory leak", "broken links", "crash on exit" say what was wrong.)
const FAULT_WORD =
  /\b(?:leaks?|crash(?:es)?|panics?|races?|deadlocks?|hangs?|freezes?|errors?|exceptions?|bugs?|regressions?|overflows?|typos?|warnings?|failures?|flicker\w*|glitch\w*|segfaults?|vulnerabilit\w+|issues?|problems?|broken|wrong|incorrect|missing|invalid|bad|duplicated?|stale|misaligned|unused)\b/iu;
const JOINING_WORD = /\b(?:on|in|when|with|for|of|to|not|no|by|after|before|if|from|at|while|and|or|is|are|was|does|can|should)\b/iu;
function bareNounPhrase(text: string): boolean {
  const words = text.trim().replace(/[.!]$/u, "").split(/\s+/u);
  return words.length <= 4 && words.every((word) => /^[A-Za-z][\w.-]*$/u.test(word) && !/(?:ed|ing)$/u.test(word)) && !FAULT_WORD.test(text) && !JOINING_WORD.test(text);
}

// The project's own website and docs site are no part of what users install: "website: tsconfig is blank" under "Fixes"
// ranks under the rule fixes, as the docs do.
const SHOWCASE_SCOPE = /^(?:playgrounds?|storybook|examples?|demos?|sandbox|fixtures|dev ?containers?|website|site|docs-site|homepage)$/iu;
function devPart(text: string): boolean {
  const part = /^\x60?([\w@/.-]{1,40})\x60?[:：]\s*(.*)$/su.exec(text);
  return part !== null && (SHOWCASE_SCOPE.test(part[1] ?? "") || devDataGenerator(part[1] ?? "", part[2] ?? ""));
}

function readMarks(text: string): ItemReading {
  // 'Revert "chore!: minimum node version v20"': undoing a commit, breaking or not, breaks nothing.
  if (REVERT_OF_COMMIT.test(text)) return { kind: "internal", breaking: false, text };
  const flagged = readFlagTag(text);
  if (flagged) return flagged;
  const marked = readKindMarker(text);
  if (marked) return marked;
  const leading = readLeadingTag(text);
  if (leading) return leading;
  const tagged = readTrailingTag(text);
  if (tagged) return tagged;
  const typed = readTypeBeforeCjk(text);
  if (typed) return typed;
  const capsTag = readCapsTag(text);
  if (capsTag) return capsTag;
  // "feat 新增…", "feat(table) add …": a type that left out its colon is read as one written with it.
  const colonned = withTypeColon(text);
  if (colonned !== text) return readMarks(colonned);
  const iconed = EMOJI_BEFORE_TYPE.exec(text);
  if (iconed && CONVENTIONAL.test(text.slice(iconed[0].length))) return readMarks(text.slice(iconed[0].length));
  const conventional = CONVENTIONAL.exec(text) ?? OTHER_TYPE.exec(text);
  if (conventional) {
    const type = (conventional[1] ?? "").toLowerCase();
    const scope = conventional[2]?.slice(1, -1).trim();
    // "fix(race): race condition in …" keeps its verb: the fault alone would read as added (fault-names.ts).
    // "fix: [breaking] …": a mark after the type breaks the change whatever the type (inline-breaking-marks.ts).
    const unmarked = withoutBreakingMark(text.slice(conventional[0].length));
    const subject = unmarked ?? text.slice(conventional[0].length);
    const rest = withFixingVerb(conventional[1] ?? "", subject);
    const breaking = conventional[3] === "!" || unmarked !== null;
    // "fix(deps): bump x" is a dependency update, whatever its type says.
    const deps = (scope !== undefined && /^(?:deps?|dependencies)(?:-dev)?$/i.test(scope)) || (/^(?:bump|update|upgrade|pin|lock file|升级|更新|アップデート)|^依存関係|^升级依赖/iu.test(rest) && DEPENDENCY_UPDATE.test(rest) && !SECURITY_WORDS.test(rest));
    // "fix(ci): …", "feat(e2e): …": the scope says the change is to how the project is tested or checked, not to what
    // users run. (Not "build": a build tool's own "build" command is what its users run.)
    const dev = scope !== undefined && (DEV_SCOPE.test(scope) || devDataGenerator(scope, rest));
    // "fix: grafana image tag": a thing named, no fault said; what was mended is the project's own set-up.
    const chore = /^(?:bug ?|hot ?)?fix$/iu.test(type) && !scope && bareNounPhrase(rest);
    const kind = breaking ? "breaking" : deps ? "dependencies" : dev || chore ? "internal" : (Object.hasOwn(CONVENTIONAL_KINDS, type.replace(/\s+/gu, "")) ? (CONVENTIONAL_KINDS[type.replace(/\s+/gu, "")] ?? null) : null);
    // "Fix: the crash when …" is prose: its first word says what happened, and stays. "Bug Fix: Nested chords fail…"
    // tags a bug's title: under a label that says "Fixes" the tag goes (a bug's title alone would read as the bug).
    // So does wagtail's "Fix: Ensure models …": a sentence of its own after the type, which the type only tags.
    // So does chakra's "Fix: normalize nested token overrides": a sentence told with its own verb after the type.
    if (/^[A-Z]/.test(conventional[1] ?? "") && !scope && !breaking) {
      const sentence = /^(?:bug ?fix|hot ?fix)$/iu.test(type) || /^(?:\p{Lu}\p{Ll}|`)/u.test(rest) ? rest : IMPERATIVE.test(rest) ? sentenceCase(rest) : null;
      return { kind, breaking, text, ...(sentence === null ? {} : { untyped: sentence, tagged: true }) };
    }
    // "fix: anchors links for underscore character" → "Anchors links…": with its type gone, the change starts a line and
    // a sentence. (A scope stays before it, as written: "cli: drop --foo".)
    // "types: require unwrapped state in patch" changes the typings, not what runs: the type says where, as a scope would.
    const where = (rest !== subject && scopeNamesFault(scope, subject)) || isScopeList(scope) ? undefined : scope ?? (/^types?$/u.test(type) ? conventional[1] : undefined);
    return { kind, breaking, text: where && !deps ? `${where}: ${rest}` : sentenceCase(rest) };
  }
  // "BREAKING CHANGE: x", "Breaking: x", "[BREAKING] x", Node's "(SEMVER-MAJOR) x".
  const bracket = readBracketTag(text);
  if (bracket) return bracket;
  // "破坏性变更：…", "破壊的変更: …": a breaking change always wears the breaking label, which says it.
  const marker = /^(?:breaking(?:[ -]changes?)?(?:\(([^)\n]{1,40})\))?\s*[:：]\s*|\(?SEMVER-MAJOR\)?\s+|(?:破坏性(?:变更|改动|更新|修改)|不兼容(?:的)?(?:变更|改动|更新|修改)|破壊的(?:な)?変更|互換性のない変更|(?:호환성 )?(?:주요|중대한|파괴적) 변경(?: ?사항)?)\s*[:：]\s*)/iu.exec(text);
  // "BREAKING CHANGE(types): x" keeps its scope as a conventional commit's would: "types: x".
  if (marker) return { kind: "breaking", breaking: true, text: `${marker[1] ? `${marker[1]}: ` : ""}${text.slice(marker[0].length)}` };
  const semver = /^\(?SEMVER-(MINOR|PATCH)\)?\s+/i.exec(text);
  if (semver) return { ...readMarks(text.slice(semver[0].length)), ...(semver[1]?.toUpperCase() === "MINOR" ? { kind: "feature" as const } : {}) };
  const withoutScope = text.replace(/^`?[\w@/.-]{1,40}`?[:：]\s*/u, "");
  // The icon's kind is only a guess where a section heading names one: projects use 📌 for "pinned", 📝 for "text" (see
  // ItemReading.icon).
  // Words after a bump's icon that say a bump too ("⬆️ Bump ssri from 6.0.1 to 6.0.2") make it no guess: the line is
  // the bump it says, under "Changed" too. (An icon of docs over "Typo in …" under "Fixed" stays a guess.)
  for (const [pattern, kind] of EMOJI_KINDS) if (pattern.test(text)) return { kind, breaking: kind === "breaking", text, ...(isNoise(kind) && !(kind === "dependencies" && wordsSay(text.replace(LEADING_ICONS, ""), kind)) ? { icon: true } : {}) };
  // A raised runtime floor breaks ("Drop support for Python 3.9"); its section still tells whether the notes count it
  // so (a "Changed" section does, a "Features" one that repeats the breaking list does not).
  // (Unless it only announces a deprecation, the floor being its reason: "`x` has been deprecated, as Python 2 is no
  // longer supported".)
  if (onlyDeprecates(withoutScope)) return { kind: "deprecation", breaking: false, text };
  if (raisesPlatformFloor(withoutScope) && !INTERNAL_ONLY.test(withoutScope)) return { kind: "breaking", breaking: false, text };
  // So does an option given up for another way to say it ("`import` now takes a subcommand instead of the `--from`
  // flag"): scripts that pass it break.
  if (REPLACED_FLAG.test(withoutScope)) return { kind: "breaking", breaking: false, text };
  const keyword = (from: number): { kind: Kind; at: number } | null => {
    for (const [at, [pattern, kind]] of KEYWORD_KINDS.entries()) {
      if (at >= from && (matches(pattern, withoutScope) || ((kind === "security" || kind === "dependencies") && matches(pattern, text)))) return { kind, at };
    }
    return null;
  };
  const found = keyword(0);
  if (found) {
    // Under a Features or Breaking heading the repository's upkeep patterns never make a line internal ("Add ruff
    // support" in a linter runner's features): what its words say past them is kept for that.
    const upkeep = KEYWORD_KINDS[found.at]?.[0] === REPOSITORY_UPKEEP;
    return { kind: found.kind, breaking: found.kind === "breaking", text, ...(upkeep ? { pastUpkeep: keyword(found.at + 1)?.kind ?? null } : {}) };
  }
  // kitty's "hints kitten: Add …", "Remote control: Speed up …": a subject of a few words, then the change told as a
  // sentence; its verb says the kind, as after "Linux:".
  const subject = /^[\p{L}\p{N}_@/.-]+(?: [\p{L}\p{N}_@/.-]+){1,2}: (?=\p{Lu}\p{Ll})/u.exec(text);
  if (subject) {
    const sentence = text.slice(subject[0].length);
    for (const [pattern, kind] of KEYWORD_KINDS) if (kind !== "breaking" && kind !== "security" && matches(pattern, sentence)) return { kind, breaking: false, text };
  }
  return { kind: null, breaking: false, text };
}

// A notice's words that users lose something or must act on upgrading: data deleted or lost, a feature removed, a
// migration or manual step required, in any language. Said of the change ("…will be deleted", "…が廃止されました",
// "…폐지되었습니다"), not of something named ("a feature removed upstream that we keep": "제거된 기능이지만 … 유지").
const CRITICAL_NOTICE = new RegExp(
  [
    String.raw`\b(?:will|would)\s+(?:all\s+)?(?:be\s+)?(?:permanently\s+)?(?:deleted|erased|wiped|lost|purged|dropped|removed|reset)\b`,
    String.raw`\b(?:data|history|settings|records?|files?|caches?|configurations?)\s+(?:is|are|was|were|will be|gets?)\s+(?:all\s+)?(?:deleted|erased|wiped|lost|purged|reset)\b`,
    String.raw`\b(?:has|have)\s+been\s+(?:removed|dropped|discontinued|deleted)\b`,
    String.raw`\bis\s+no\s+longer\s+(?:available|supported|possible)\b`,
    String.raw`\b(?:(?:a|the|this)\s+)?(?:manual|database|data|schema|config(?:uration)?)\s+(?:migration|step|upgrade)s?\s+(?:is|are)\s+(?:required|needed|necessary)\b`,
    String.raw`\b(?:you\s+)?(?:must|need\s+to|have\s+to)\s+(?:manually\s+)?(?:migrate|run|re-?run|re-?create|re-?index|update\s+your|change\s+your|back\s*up)\b`,
    String.raw`\b(?:requires?|require)\s+(?:at\s+least\s+)?[A-Z][\w.+-]*\s+v?\d`,
    // Japanese, Chinese, Korean: deleted, removed/abolished, no longer usable, migration needed.
    String.raw`(?:削除|消去|廃止|撤廃)(?:され(?:ます|ました|る)|しました)|利用できなく|使用できなく|移行(?:が|作業が)?必要`,
    String.raw`(?:将|会)?(?:被)?(?:删除|清除|清空|移除|丢失)(?:了|。|$)|已(?:被)?(?:删除|移除|废弃|下线)|不再(?:支持|可用|提供)|需要(?:手动)?迁移`,
    String.raw`(?:삭제|폐지|제거|초기화)(?:됩니다|되었습니다|되며|될 예정)|더 이상 (?:이용|사용)할 수 없|마이그레이션(?:이|을)? (?:필요|해야)`,
  ].join("|"),
  "iu",
);
/** A notice ("NOTE", "注意", "> [!WARNING]") that says users lose data or a feature, or must act: it ranks with breaking
 *  changes. One that only informs ("vibration now works on iOS") does not. */
export const warnsOfLoss = (text: string): boolean => CRITICAL_NOTICE.test(text.replace(/`[^`\n]*`/gu, "`x`")) && !disclaimsBreak(text);

// A support window closing, said ahead: "This is the last release to support Go 1.23", "the next release will require
// Node 20", "will drop support for Python 3.8 in 3.0", "最后一个支持 Node 16 的版本", "Node 16 をサポートする最後のリリース".
// There a Go or Rust toolchain counts too: a release says so ahead only of what its users run.
const WINDOW_PLATFORM = String.raw`(?:${PLATFORM}|golang|go|rustc?)`;
const SUPPORT_WINDOW = new RegExp(
  String.raw`\b(?:is|be|was) the last (?:(?:\w+ )?(?:release|version)s? |one )?(?:to |that (?:will )?)support(?:s|ed)? ${WINDOW_PLATFORM}\b` +
    String.raw`|\bnext (?:\w+ )?(?:release|version) (?:will|is going to) (?:require|need|drop (?:the )?support for|no longer support) (?:at least )?${WINDOW_PLATFORM}\b` +
    String.raw`|\bwill (?:require|drop (?:the )?support for|no longer support) (?:at least )?${WINDOW_PLATFORM} v?\d` +
    String.raw`|最后一个支持\s*${WINDOW_PLATFORM}|${WINDOW_PLATFORM}\s*v?\d[\w.]*\s*(?:を)?サポートする最後の|${WINDOW_PLATFORM}\s*v?\d[\w.]*\s*(?:을|를)?\s*지원하는 마지막`,
  "",
);
// Every way SUPPORT_WINDOW says it names the last or next release, or what one will do: a sentence without these words is
// passed by one cheap test, not the long pattern with its many platform names (compiled on first use).
const WINDOW_HINT = /\blast\b|\bnext\b|\bwill\b|最后|最後|마지막/u;
// Support taken away, in prose: a paragraph's "requires Ruby 3.2" may speak of other versions ("8.0 and newer are
// unaffected as they require Ruby 3.2"), a support dropped or ended ("Drops Node 18") only of this release's.
const SUPPORT_TAKEN = /\b(?:drop(?:s|ped)?|end(?:s|ed)?|remove[sd]?|discontinue[sd]?)\b|\bno longer supported?\b|不再支持|(?:停止|终止|放弃|结束)(?:对\s*)?支持|的支持|(?:サポート|対応)を?(?:終了|廃止|削除|打ち切)|지원\s*(?:을\s*)?(?:중단|종료)/iu;
/** A sentence that closes a support window ahead ("This release is the last to support Go 1.23", "the next release will
 *  require Node 20"): users must plan for it, but nothing breaks in this release. */
export const warnsOfWindowAhead = (text: string): boolean => {
  const plain = text.replace(/[[\]`]/gu, "").toLowerCase();
  return WINDOW_HINT.test(plain) && SUPPORT_WINDOW.test(plain);
};
/** A sentence of prose that moves the runtimes users may run: support dropped, or the last release to support one.
 *  ("Adds support for Python 3.13" and "supports Node 22" move nothing.) */
export const movesSupportWindow = (text: string): boolean => {
  // Lower-cased for the patterns, which spare the cost of case folding their many platform names.
  const plain = text.replace(/[[\]`]/gu, "").toLowerCase();
  return (WINDOW_HINT.test(plain) && SUPPORT_WINDOW.test(plain)) || (SUPPORT_TAKEN.test(plain) && raisesPlatformFloor(plain));
};
