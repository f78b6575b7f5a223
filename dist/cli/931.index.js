export const id = 931;
export const ids = [931];
export const modules = {

/***/ 931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreview: () => (/* binding */ runPreview)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/setting-rules.ts
var setting_rules = __webpack_require__(345);
;// CONCATENATED MODULE: ./src/notes/cut-head.ts
// Where a cut text may end: not on a word that needs more after it ("…$newItem in…", "…support for…"), nor on
// punctuation that a "…" would follow. Shared by the composer's own cuts and the notes' cuts it passes on. Pure text.
// Words that cannot end a cut: the phrase they start is gone ("…default whose type…", "…where they previously…",
// "…now renders…" ends before what the change is). French and German articles and prepositions too.
// "instead", "rather" and "than" start the other half of a comparison, which is the change's point ("now raises
// `PlatformError` instead of `DistutilsPlatformError`"): a cut before it says which, not half of it.
const DANGLING_WORDS = /\s+(?:and|or|but|the|a|an|to|of|for|with|without|in|on|at|by|from|into|onto|via|as|that|which|when|where|if|is|are|was|be|its|their|your|our|this|these|those|new|instead|rather|than|whose|who|whom|now|previously|then|also|still|they|we|will|would|can|could|should|must|might|has|have|had|were|been|being|not|no|so|such|each|every|any|both|either|his|her|my|about|between|through|upon|under|over|after|before|until|while|since|because|although|though|unless|whether|do|does|did|de|du|des|la|le|les|et|ou|pour|avec|sur|dans|par|der|das|und|mit|für|von|zu)$/i;
// A possessive needs the noun after it: "…in the agent's…" ends on nothing.
const POSSESSIVE_END = /\s+\S+['’]s$/u;
const TRAILING_PUNCTUATION = /[\s,.;:!?、，。；：！？—–\-/&|·]+$/u;
/** The kept head of a cut, without dangling words and punctuation; "" when too little would be left. */
function tidyHead(head) {
    let result = head.replace(TRAILING_PUNCTUATION, "");
    for (let round = 0; round < 8 && (DANGLING_WORDS.test(result) || POSSESSIVE_END.test(result)); round += 1) {
        result = result.replace(POSSESSIVE_END, "").replace(DANGLING_WORDS, "").replace(TRAILING_PUNCTUATION, "");
    }
    return result;
}

;// CONCATENATED MODULE: ./src/notes/memo.ts
// Several rules ask the same question of the same line (is it boilerplate, a lead-in, which kind is it?), and some
// answers cost a long pattern's scan: each line is answered once. The store is bounded, so a long-running process (a
// test run, a watch) does not keep every line it ever read.
const KEPT = 4096;
/** `answer`, asked once per text. Its answers must not be changed by callers: they are shared. */
function memoized(answer, kept = KEPT) {
    const answers = new Map();
    return (text) => {
        if (answers.has(text))
            return answers.get(text);
        if (answers.size >= kept)
            answers.clear();
        const found = answer(text);
        answers.set(text, found);
        return found;
    };
}

;// CONCATENATED MODULE: ./src/notes/upkeep-words.ts
// One vocabulary for the repository's own upkeep: the words that say a change is work on the project's repository, not
// on what its users install. reach.ts (what reaches no user) and kinds.ts (what is housekeeping) build their patterns
// from these families, so a word added to a family reaches every pattern that names it. Each family is a regular
// expression source without flags or anchors: the patterns that use it say where it stands (a whole line, anywhere,
// after a verb) and read it case-insensitively unless they say otherwise.
// Verbs of upkeep that take a shared ending: "add", "adds", "updated", "fixes". Upkeep lines start with them ("Update
// issue template", "Fix typo in README"); which verbs a pattern accepts stays its own.
function upkeepVerbs(stems) {
    return String.raw `(?:${stems.join("|")})(?:s|es|ed|d)?`;
}
// Files only the repository has, which no package ships to users: its read-me, contributing guide, code of conduct,
// security policy, authors, changelog, notice and licence ("Update CONTRIBUTING.md", "Delete LICENSE-foo.txt").
const REPOSITORY_DOC_FILES = String.raw `README|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|AUTHORS|CHANGELOG|NOTICE|LICEN[CS]E`;
// Files that say who owns, funds or helps the repository: GitHub reads them, users never do ("Update CODEOWNERS",
// "Add FUNDING.yml").
const OWNERSHIP_FILES = String.raw `codeowners|funding\.yml`;
// Lists of the people behind the project, kept in its read-me ("Add X to the contributors list", "Update sponsors
// section"): thanks, not a change.
const PEOPLE_LISTS = String.raw `contributors? list|sponsors? (?:section|list)`;
// Dotfiles that configure the repository's editors and git ("Add .editorconfig", "Update gitignore"): no user runs them.
const REPOSITORY_DOTFILES = String.raw `editorconfig|gitignore`;
// Tools that only the repository's CI and release runs: coverage services, commit hooks, version bumpers and release
// bots ("Fix codecov token", "Update husky"). Mending them mends nothing users get.
const CI_TOOLS = String.raw `codecov|coveralls|pre-commit|husky|lint-staged|bumpversion|bump2version|semantic-release|release-please|goreleaser`;
// The repository's CI named as a whole: GitHub Actions, its workflow folder, its configuration, in English, Chinese,
// Japanese and Korean ("Update CI config", "CIの設定を更新", "CI 설정", "持续集成"). Only the project's maintainers
// run it. A line that is only a verb and "CI" ("修复CI", "CI 수정") names it too.
const CI_NAMED = String.raw `\bgithub actions?\b|\.github\/workflows\b|\bci\s*(?:config(?:uration)?|pipelines?|jobs?|settings?|workflows?|の|流程|配置|流水线|設定|设定|설정|워크플로|ワークフロー)|\bci\s*的\s*(?:配置|流程|脚本)|持续集成|^(?:修复|修正|更新|优化|调整)\s*ci\s*$|^ci\s*(?:수정|업데이트|개선)$`;
// Kinds of test suite a project keeps for itself ("Add e2e tests", "integration tests"): run by its CI, never installed.
const TEST_SUITES = String.raw `unit|integration|e2e`;
// The same kinds of test in Chinese, Japanese and Korean, each with its word for a test ("E2E テスト", "单元测试",
// "통합 테스트").
const TEST_SUITES_CJK = String.raw `(?:E2E|e2e|統合|単体|ユニット|結合|통합|단위|유닛|集成|单元|端到端)\s*(?:テスト|测试|테스트)`;
// The forms the repository asks issues and pull requests to be filed with ("Update issue template", "PR テンプレート",
// "이슈 템플릿"): only contributors meet them.
const ISSUE_FORMS = String.raw `issue|bug[- ]report|feature[- ]request|pr|pull[- ]request`;
const TEMPLATES_CJK = String.raw `(?:issue|PR|イシュー|プルリクエスト|议题|问题|이슈|PR)\s*(?:テンプレート|模板|템플릿)`;
// Licence headers at the top of the repository's source files, in English, Chinese, Japanese and Korean ("Add licence
// headers", "增加license header信息", "ライセンスヘッダ"): legal upkeep of the code, not a change in what it does.
const LICENCE_HEADERS = String.raw `\blicen[cs]e\s+headers?\b|(?:licen[cs]e|许可证?|版权)\s*(?:header|头|声明)|ライセンスヘッダ|라이선스\s*헤더`;

;// CONCATENATED MODULE: ./src/notes/item-signals.ts
// What matters in a change, read from its own words rather than from the heading above it: a release's headline told
// as a change, a fix of lost or overwritten data, a fix that hardens what requests are accepted, and a tagged upgrade
// that tells users to act. Pure word tests on one change's text; model.ts, kinds.ts and compose.ts decide what follows.
// "First beta release of SDK v2 with support for…", "Initial release", "The first stable release of X", "首个正式版",
// "首次发布", "最初のリリース", "첫 번째 정식 릴리스": the release itself, its headline, whatever section filed it.
const FIRST_RELEASE = /^(?:the |this is the )?(?:first|initial)(?: (?:public|stable|official|beta|alpha|preview|major|release candidate|rc))*(?: (?:release|version))\b|^首(?:个|次)(?:正式|稳定|公开|测试)?(?:版本|发布|发行)|^最初の(?:安定版|正式版|ベータ版?)?リリース|^첫(?: 번째)? (?:정식 |안정 |베타 )?(?:릴리스|버전)/iu;
/** True when a change is the release announcing itself ("First beta release of SDK v2 …"): a headline, never a fix. */
function announcesFirstRelease(text) {
    const lower = text.trimStart().toLowerCase();
    return /first|initial|首|最初|첫/u.test(lower) && FIRST_RELEASE.test(lower);
}
// Data a user loses: "restored revision was overwritten by a deletion", "data loss", "corrupted the database",
// "数据丢失", "被覆盖", "データが消失", "上書きされ", "데이터 손실", "덮어쓰". (Not "overwrite" offered as an option, which
// only a fix's own words can tell: callers ask only of fixes.)
const DATA_LOSS = /\bdata[- ]loss\b|\blos(?:e|es|ing|t) (?:(?:the|their|your|user|local|unsaved|some) )?(?:data|changes|files?|notes?|edits|work|content|records|messages|documents?)\b|\b(?:was|were|being|been|get|got|is|are) (?:silently )?(?:overwritten|clobbered|wiped|truncated|corrupted)\b|\bcorrupt(?:s|ed|ing|ion)\b|数据(?:丢失|损坏)|丢失(?:数据|文件|内容)|被覆盖|(?:データ|ファイル)(?:が|の)?(?:消失|失われ|破損)|上書きされ|데이터 (?:손실|유실|손상)|덮어쓰(?:이|여|는)/u;
/** True when a fix says it stops data being lost, corrupted or overwritten: what users meet before any improvement. */
function fixesDataLoss(text) {
    const lower = text.toLowerCase();
    return /loss|los[eit]|overwrit|clobber|wiped|truncat|corrupt|丢失|损坏|覆盖|消失|失われ|破損|上書き|손실|유실|손상|덮어쓰/u.test(lower) && DATA_LOSS.test(lower);
}
// A fix that hardens what a server accepts: "reject CONNECT requests with fast proxy", "Discard CONNECT body",
// "validate the Host header", "sanitize request headers", "拒绝非法请求", "リクエストを検証", "요청 검증". Security-weighted:
// before the fixes of behaviour.
const HARDENS_REQUESTS = /\b(?:reject(?:s|ed|ing)?|discard(?:s|ed|ing)?|validat(?:e|es|ed|ing)|sanitiz(?:e|es|ed|ing)|strip(?:s|ped)?|deny|denies|block(?:s|ed)?)\b[^.;]{0,50}?\b(?:requests?|headers?|bod(?:y|ies)|payloads?|uris?|urls?|paths?|host)\b|\b(?:request|header)[- ]smuggling\b|(?:拒绝|校验|验证|过滤)[^。；;]{0,20}?(?:请求|请求头|参数)|(?:リクエスト|ヘッダー?)[^。]{0,20}?(?:を)?(?:拒否|検証)|(?:요청|헤더)[^.]{0,20}?(?:거부|검증)/u;
/** True when a fix hardens the requests or headers a server accepts (rejects, validates, discards, sanitizes them). */
function hardensRequests(text) {
    const lower = text.toLowerCase();
    return /reject|discard|validat|saniti|strip|den|block|smuggl|拒绝|校验|验证|过滤|拒否|検証|거부|검증/u.test(lower) && HARDENS_REQUESTS.test(lower);
}
// A tag that says what follows asks something of users: 【升级】, 【注意】, 【重要】, [Upgrade], [Action required].
const ACTION_TAG = /^(?:升级|注意|重要|必读|アップグレード|要対応|중요|주의|업그레이드|upgrade|upgrading|important|action required|attention|notice)$/iu;
// …and the words that say so: "executors must install PowerShell 7+", "you need to upgrade", "需要安装", "必须升级",
// "要インストール", "インストールが必要", "설치가 필요".
const TELLS_TO_INSTALL = /\b(?:must|need to|needs to|have to|has to|should) (?:first )?(?:install|upgrade|update|migrate|switch)\b|\brequires? (?:installing|upgrading|an? upgrade)\b|(?:需要|必须|须|务必|请)(?:先)?(?:安装|升级|更新|迁移)|要(?:インストール|アップグレード|更新)|(?:インストール|アップグレード|更新|移行)(?:が|する)?必要|(?:설치|업그레이드|업데이트|마이그레이션)(?:가|를|이)? ?필요|(?:설치|업그레이드)해야/iu;
/** True when a change tagged as an upgrade or a notice ("【升级】…需要安装 PowerShell 7") tells users to act. */
function tagAsksToAct(tag, text) {
    return ACTION_TAG.test(tag.trim()) && TELLS_TO_INSTALL.test(text);
}

;// CONCATENATED MODULE: ./src/notes/kinds.ts
// What a change is — breaking, security, feature, fix… — as release notes say it: section headings
// (conventional-changelog, Keep a Changelog, GitHub release.yml categories, changesets, towncrier), conventional
// commit prefixes, gitmoji and emoji markers, and keywords in English, Chinese, Japanese and Korean.



/** Lower comes first in a post. Docs, dependencies and internal housekeeping are noise: shown only when a
 *  release has nothing else. */
const RANK = {
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
const isNoise = (kind) => RANK[kind] >= RANK.docs;
// Sections of what only some users meet or of how the project is made. As a bracket after a change ("Add a `strict`
// mode (experimental)") the same words qualify that change, and stay (see readTrailingTag).
const UNSTABLE_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:unstable|experimental|実験的(?:な)?|实验性|實驗性|실험적)(?:\s*(?:features?|changes?|apis?|機能|功能|特性|기능))?$/iu;
const DEV_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:dev|development|internals?|开发|開発|개발)(?:\s*(?:changes?|updates?))?$/iu;
const HEADINGS = [
    // A list of pull requests ("PRs", "Merged Pull Requests") says nothing of kind: each item says its own. (A "Commits"
    // list repeats the changes and goes, below.)
    [/^(?:(?:merged|closed|included|all|list of)\s+)?(?:prs|pull requests?|merge requests?|mrs)(?:\s+(?:merged|included|in this release))?$/iu, "generic"],
    // What a release post says about itself, not about a change: when and how it ships, who to contact, what comes next.
    // So does a blog post's news around the release ("Other news": stars, a Discord closed). (Its call for help,
    // "Helping out", is blog-sections.ts's COMMUNITY.)
    [/^(?:release (?:timing|schedule|date|process|cadence)|contact(?: and [\w ]+)?|call to action|(?:other|more|community|project) news|in other news|what'?s next|looking (?:ahead|forward)|roadmap|feedback|get involved|join us|getting help|stay (?:tuned|in touch)|questions\??|faq|impact|affected (?:versions|release lines)|end[- ]of[- ]life(?: [\w ]+)?|end[- ]of[- ]support(?: [\w. ]+)?|eol(?: [\w ]+)?)$/iu, "drop"],
    // github_changelog_generator's "Closed issues": the titles of issues closed, as their reporters wrote them ("Add retries
    // callback", "X triggers a deprecation notice"), not the changes that closed them ("Merged pull requests", "Fixed
    // bugs", "Implemented enhancements" list those).
    [/^closed (?:issues?|tickets?)$/iu, "drop"],
    // Known issues are what the release did not change: "Known issues", "已知问题", "既知の問題", "알려진 문제".
    [/^(?:known (?:issues?|bugs?|problems?|limitations?)\b.*|已知(?:的)?(?:问题|缺陷|限制|错误|bug)|既知の(?:問題|不具合|制限|バグ)(?:点)?|알려진 (?:문제|이슈|버그|제한)(?: ?사항| ?점)?)$/iu, "drop"],
    // An introduction to the release ("Introduction to Go 1.22") or a notice that it is out: no change of its own.
    [/^(?:introduction|intro|preface|background)(?:\s+to\b.*)?$|^(?:security\s+)?(?:releases?|updates?)\s+(?:are\s+)?(?:now\s+)?available$/iu, "generic"],
    // How to upgrade ("Upgrade guide", "Upgrade instructions", "Upgrading"): steps, not a dependency bumped.
    [/^(?:upgrad(?:e|ing))\s+(?:guide|instructions|steps|how-?to)$/iu, "generic"],
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
    // ruby-lang.org's thanks section is "Release Comment" ("リリースコメント", "릴리스 코멘트"): credits, no change.
    [/\b(?:new contributors?|contributors?|(?:community|external|outside|open[- ]source)\s+contributions?|contributions\s+from\s+(?:the\s+)?community|committers|commits|full changelog|special thanks|thanks|thank you|hall of fame|sponsors?|backers|shout-?outs?|acknowledge?ments?|credits|release comments?|install(?:ation|ing)?|how to (?:install|upgrade|update)|where to (?:get|find|download)|download|assets|checksums|sha256|docker images?|binaries)\b|贡献者|社区贡献|社區貢獻|致谢|感谢|コミュニティ(?:から|の)?(?:の)?貢献|커뮤니티\s?기여|安装|下载|コントリビューター|謝辞|リリースコメント|インストール|기여자|설치|릴리스\s?코멘트/iu, "drop"],
    // The notes' own word that these changes matter most: "Important Changes in 0.7.1", "重要な変更", "重要变更", "주요 변경
    //사항". Before the breaking words, which read "주요 변경" on an item as a break (see CJK_BREAKING_TAG).
    [/^[\p{Extended_Pictographic}\uFE0F\s]*(?:important\s+(?:changes?|updates?|improvements?)(?:\s+(?:in|for|since)\s+v?\d[\w.+-]*)?|重要(?:な|的)?(?:変更|变更|更新|改动|变化|改善|機能)(?:点|内容)?|주요 (?:변경|업데이트|개선)(?: ?사항| ?내용| ?점)?)$/iu, "highlight"],
    [/break|⚠|💥|\bmajor changes?\b|incompatib|backwards?[- ]incompatible|incompat|破坏|不兼容|重大变更|破壊的|互換性|주요 변경|호환|несовместим/iu, "breaking"],
    // What to act on when upgrading: "UPGRADE NOTES", "Migration notes", "Behaviour changes". Before the dependency
    // words, which read "upgrade" as a bump; an upgrade guide's steps stay a kind of text (see model.ts).
    // So do "Compatibility" (clap), "Compatibility changes", "Migration", "Migrating to v3", "Upgrading from 2.x", "兼容性":
    // what is under them is what users meet on upgrading. (A bare "Upgrading" or "Upgrade guide" may only say how to
    // install the release.)
    [/^(?:upgrad(?:e|ing)|migration|(?:backwards?\s+)?compatibility)\s+notes?$|^(?:migration|migrating|(?:backwards?\s+)?compatibility)(?:\s+(?:guide|changes?))?$|^(?:upgrading|migrating)\s+(?:from|to)\s+v?[\w.-]+(?:\s+v?[\d.x]+)?$|^(?:notable\s+)?behaviou?r(?:al)?\s+changes?$|^(?:升级|迁移)(?:注意事项|须知|说明)$|^迁移(?:指南)?$|^兼容性(?:变更|变化|说明|注意事项)?$|^(?:アップグレード|移行)時の注意(?:点|事項)?$/iu, "breaking"],
    [/secur|vulnerab|\bcve\b|🔒|🔐|🛡|安全|セキュリティ|脆弱性|보안|seguran[çc]a|seguridad|sicherheit|s[ée]curit[ée]|sicurezza|безопасност/iu, "security"],
    // A star alone marks highlights; before a category's name ("🌟 Features") it only decorates that name.
    [/highlight|notable|what'?s new|key (?:features|changes)|headline|^🌟(?!\s*\p{L})|亮点|重点|主な変更|ハイライト|주요 기능|하이라이트/iu, "highlight"],
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
    // Before the feature and fix words: "Improved Documentation" and "Documentation fixes" are docs.
    [/\bdocs?\b|documentation|^documented$|^documents?$|📝|📚|📖|文档|ドキュメント|문서|^(?:documentação|documentación|dokumentation)|документаци/iu, "docs"],
    [/perf|speed|faster|⚡|🏎|性能|パフォーマンス|성능|^(?:desempenho|rendimiento|leistung)|производительност/iu, "performance"],
    [/bug|\bfix|patch changes?|🐛|🐞|🩹|修复|修正|不具合|버그|수정|해결|픽스|(?:已)?解决的问题|解決(?:済み|した|された)|^(?:corrigid|corregid|behoben|corrig[ée]|corrett|correç|correcc|fehlerbehebung|исправлен)/iu, "fix"],
    // A commit type as a heading ("optimize:", "opt"): improvements to what exists, ranked with the changes after the
    // features.
    [/^(?:optimi[sz](?:e|es|ed|ations?)|opt)$/iu, "change"],
    [/feat|\badded\b|\badditions?\b|\bnew\b|enhance|improve|minor changes?|✨|🎉|🚀|🆕|新特性|新功能|功能|特性|新增|优化|改进|新機能|機能|追加|改善|새 기능|기능|추가|개선|향상|增强|強化|^新(?:しい)?[\p{Script=Katakana}\p{Script=Han}ー]{2,}$|^새로운? |^(?:adicionad|añadid|agregad|hinzugefügt|neu\b|ajout|aggiunt|novo|nuevo|nouveaut|funcionalidades|características|fonctionnalit)|^добавлен/iu, "feature"],
    // "その他変更", "其他更改", "기타 변경": a catch-all, though it holds the word for "change".
    [/^(?:その他|其他|其它|기타)/u, "other"],
    [/^changed\b|^changes? in|behaviou?r change|变更|更改|変更|변경|^(?:alterad|cambiad|modificad|geändert|modifi[ée]|mudanças|cambios|änderungen|modifications)|^изменен/iu, "change"],
    [/depend|\bdeps\b|upgrades?|bumps?|embedded technolog|📦|⬆|依赖|依存|의존|종속|임베드된 기술|내장 기술|埋め込み技術|嵌入(?:式)?技术|^(?:dependências|dependencias|abhängigkeiten|dépendances)|зависимост/iu, "dependencies"],
    [/chore|maint|\bci\b|continuous integration|build system|\bbuild\b|\btests?\b|testing|refactor|internal|housekeeping|tooling|infrastructure|code style|code quality|🔧|🔨|👷|♻️|✅|🧪|🏗|🧹|重构|测试|构建|内部|维护|維護|メンテナンス|リファクタ|テスト|ビルド|리팩터|테스트|유지 ?보수|유지 ?관리/iu, "internal"],
    [/\bmisc|\bother\b|杂项|其他|その他|雑多|기타/iu, "other"],
    [/^what'?s in\b/iu, "generic"],
    [/^(?:what'?s changed|changes|changelog|release notes?|updates?|notes|summary|overview|details|更新(?:内容|日志)?|更新内容|变更日志|变更记录|発表|変更点|変更内容|更新履歴|アップデート(?:内容)?|リリース(?:内容|ノート)|변경 사항|변경 내용|업데이트(?: 내용)?)(?:\s+(?:in|for|since)\s+v?\d[\w.+-]*)?$/iu, "generic"],
];
// A heading that is only a category's name ("New Features", "🐛 Bug Fixes", "新功能"), not a change's title that
// happens to hold a category word ("Module system improvements").
const CATEGORY_NAME = /^(?:[\p{Extended_Pictographic}\uFE0F\s]*)(?:(?:new|other|minor|major|patch|notable|important|breaking|security|performance|bug|small|general|additional|further|more)\s+)*(?:features?|new|bug ?fixes|fixes|fixed|improvements?|enhancements?|changes|changed|added|updated|removed|deprecations?|deprecated|security|performance|documentation|documents?|docs|dependencies|chores?|maintenance|internal|miscellaneous|misc\.?|others?|highlights?|refactor(?:ing)?|tests?|build|ci|updates?|bugfixes|things|bits|stuff|news|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]{1,8})(?:[\s\p{Extended_Pictographic}\uFE0F]*)$/iu;
const isCategoryName = (heading) => CATEGORY_NAME.test(heading.replace(/[:：]\s*$/u, "").trim());
/** Reads a section heading (already without Markdown); null for a heading that says nothing of kind. */
function headingMeaning(heading) {
    // Typographic apostrophes and a closing "?" or "!" say nothing of kind: "What’s Next?" is "what's next".
    const text = heading.replace(/[:：]\s*$/u, "").replace(/[’‘]/gu, "'").replace(/\s*[?？!！]+$/u, "").trim();
    // A package's name ("@angular-devkit/build-angular", "`@scope/pkg`") names a part, not a kind of change.
    if (/^`?@?[\w.-]+\/[\w./-]+`?$|^`?@[\w.-]+`?$/u.test(text))
        return null;
    // "✨ 주요 변경 사항 (Highlights)", "💥 중대한 변경 사항 (Breaking Changes)": the English gloss says the kind, where the
    // native words are ambiguous ("주요 변경" also translates "breaking changes").
    const gloss = GLOSSED.exec(text)?.[1];
    const glossMeaning = gloss === undefined ? null : meaningOf(gloss);
    return glossMeaning ?? meaningOf(text);
}
const meaningOf = (text) => HEADINGS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
// A heading in another script with its English name in brackets after it.
const GLOSSED = /^[^A-Za-z]*[^\sA-Za-z\p{P}\p{Extended_Pictographic}\uFE0F][^A-Za-z]*\s*[(（]\s*([A-Za-z][A-Za-z' &/-]{1,40})\s*[)）]$/u;
// Conventional commits: "feat(scope)!: text", "fix: text", "BREAKING CHANGE: text".
// Some projects type commits in words of their own ("change:", "update:", "improvement:", "Enhance:", "opt:" for
// optimisation).
// "Bug Fix:", "Hotfix:" are fixes, written as a type.
const CONVENTIONAL = /^(feat|feature|fix|bug ?fix|hot ?fix|perf|docs?|chore|ci|build|test|tests|refactor|style|revert|deps|security|release|types?|change[sd]?|update|improvement|enhance(?:ment)?|opt)(\([^)\n]{0,60}\))?(!)?[:：]\s*/i;
const CONVENTIONAL_KINDS = {
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
const EMOJI_KINDS = [
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
const DEPENDENCY_ADDED = /^(?:add(?:s|ed)?|introduc(?:e|es|ed)|pull(?:s|ed)? in) (?:a |an )?(?:new )?(?:(?:runtime|dev|build|optional|direct|explicit) )?(?:dependency|dependencies|deps?) (?:on|to|for)\b|^(?:add(?:s|ed)?) `?[\w@/.-]+`? (?:as|to) (?:a |the )?(?:(?:runtime|dev|build|optional|direct|explicit) )?(?:dependency|dependencies|deps)\b|^(?:新增|引入|添加|增加|加入)(?:了)?(?:对)?[^，。,]{0,30}?(?<!开发)依赖(?!注入)|^依存(?:関係|ライブラリ|パッケージ)に[^。]{0,30}を追加|의존성 추가$/iu;
// Runtimes, platforms and peer frameworks whose supported versions a release can raise. (Not compiler toolchains:
// Rust and Go projects raise their minimum toolchain in minor releases, and only builders from source meet it.)
const PLATFORM = String.raw `(?:node(?:\.?js)?|deno|bun|c?python|pypy(?:\d[\d.]*\d)?|jruby|dart|flutter|scala|php|ruby|java|jdk|kotlin|swift|xcode|\.net|dotnet|typescript|react|vue|angular|svelte|eslint|electron|ios|android|macos|windows|django|rails|laravel|symfony|elixir|erlang|otp|perl|gradle|internet explorer|ie ?\d+)`;
// Support taken away: "drop support for", "removed support for", "ends support for". What follows says whether it is a
// runtime floor (PLATFORM_FLOOR) or another thing users lose (MUST_ACT); both read it from here.
const DROPS_SUPPORT = String.raw `\b(?:drop(?:s|ped)?|remove[sd]?|end(?:s|ed)?|discontinue[sd]?) (?:the )?support for\b`;
// A raised floor: "drop support for Python 3.9", "minimum node.js versions now ^20.19", "requires React 19",
// "Node.js 18 is no longer supported", "不再支持 Node 16". Every user on the old version must act.
const PLATFORM_FLOOR = new RegExp(String.raw `(?:${DROPS_SUPPORT}|\bdeprecate[sd]? (?:the )?support for)(?: (?:end[- ]of[- ]life|eol|old(?:er)?|legacy|outdated|unsupported))? ${PLATFORM}\b` +
    String.raw `|\bminimum (?:supported |required )?(?:version of )?${PLATFORM}(?: versions?| range| requirement)?\b` +
    String.raw `|\brequires? (?:at least )?${PLATFORM} (?:>=?\s*|≥\s*)?v?\d` +
    String.raw `|\b${PLATFORM} v?\d[\w.]*\+?(?: or (?:later|newer|higher|above))? is (?:now )?(?:required|the minimum|no longer supported)\b` +
    // The same said passively: "Support for Python 3.9 has been removed", "Python 3.8 support was dropped".
    // "Support for Ruby versions older than Ruby 2.7.0 has been dropped" names the floor by what falls below it.
    String.raw `|\bsupport for ${PLATFORM}(?: v?\d[\w.]*| versions?)(?: (?:and|or) (?:older|earlier|below|lower)| (?:older|earlier|lower|prior) than (?:${PLATFORM} )?v?\d[\w.]*| (?:below|before|<=?\s*)\s*v?\d[\w.]*)? (?:has been|have been|was|is) (?:now )?(?:removed|dropped|discontinued)\b` +
    String.raw `|\b${PLATFORM} v?\d[\w.]*(?: and (?:older|earlier|below))? support (?:has been|was|is) (?:now )?(?:removed|dropped|discontinued)\b` +
    String.raw `|\b(?:drop(?:s|ped)?|remove[sd]?) ${PLATFORM} v?\d[\w.]* support\b` +
    // "Drop Node 16", "Dropped Python 3.6 and 3.7.": the whole change is the version dropped.
    String.raw `|^(?:drop(?:s|ped)?|remove[sd]?) ${PLATFORM} v?\d[\w.]*(?:(?:,\s*|\s+(?:and|&)\s+)v?\d[\w.]*)*[.!]?$` +
    String.raw `|\bno longer supports? ${PLATFORM} v?\d` +
    // "node >= `20.x`", "engines: node >=20": the floor as a version range states it. (Not "Fix X for Python>=3.14.4":
    // a fix for the users of that version.)
    String.raw `|(?<!\b(?:for|on|with|under|in)\s{1,3})\b${PLATFORM}\s*(?:>=|≥)\s*\x60?v?\d` +
    String.raw `|${PLATFORM}\s*v?\d[\w.]*\s*(?:이하\s*)?(?:의\s*)?지원(?:을|이)?\s*(?:중단|종료)` +
    String.raw `|(?:不再|停止|终止|放弃|结束)(?:对\s*)?支持\s*${PLATFORM}|(?:移除|删除|去掉|放弃)了?对?\s*${PLATFORM}\s*v?\d[\w.]*\s*(?:及?以下(?:版本)?|(?:及|和)更早(?:版本)?)?\s*的\s*支持|${PLATFORM}\s*v?\d[\w.]*\s*(?:の)?(?:サポート|対応)を?(?:終了|廃止|削除|打ち切)` +
    cjkFloor(PLATFORM), "");
/** A floor as Chinese, Japanese and Korean notes state it: "最低要求 Node 18", "需要 Node 18+", "Python 3.10 以上が必須",
 *  "Java 21 필수", "Java 21 이상 필요". */
function cjkFloor(platform) {
    return (String.raw `|最低(?:要求|需要|支持|版本(?:要求)?|バージョン|動作環境)?[:：]?\s*${platform}\s*v?\d` +
        // "Node.js 20 以上", "Node 20 이상": the floor named by what it is at least, alone or as what is needed. (Not "iOS 13
        // 以上を指定する、アトリビュートを削除する": an annotation that names a version.)
        String.raw `|\b${platform}\s*v?\d[\w.]*\s*(?:以上|이상)\s*(?:$|[。.]|が(?:必要|必須)|を(?:要求|必要と)|가 필요|이 필요|을 요구|를 요구|으로 상향|に引き上げ)` +
        String.raw `|(?:需要|要求|必须)\s*${platform}\s*v?\d` +
        String.raw `|\b${platform}\s*v?\d[\w.]*\s*(?:\+|以上|이상)?\s*(?:が|は|을|를|이|가)?\s*(?:必須|必需|必要です|필수|필요)`);
}
/** True when a change raises the runtime or platform versions the project supports. */
// Every way PLATFORM_FLOOR states a floor has one of these words (a version number alone is too common to tell):
// text without any is passed by one cheap test instead of the long pattern trying each platform name at every word.
const FLOOR_HINT = /support|minimum|requir|drop|remov|>=|≥|以上|이상|支持|지원|サポート|対応を?(?:終了|廃止|削除|打ち切)|最低|需要|要求|必须|必須|必需|必要です|필수|필요/iu;
// Every way also names a platform: text that names none is passed by one scan for the names alone.
const PLATFORM_NAMED = new RegExp(PLATFORM, "iu");
// "Java 21", "Node.js 20.19", "Erlang/OTP 24": a platform named with its version.
const PLATFORM_VERSION = new RegExp(String.raw `(?<![\p{L}\p{N}])${PLATFORM}[\s/-]*v?(\d+(?:\.\d+)?)`, "giu");
/** The platforms a text names with their versions, as "java 21" (lower case, one space). */
const platformVersions = (text) => [...text.matchAll(PLATFORM_VERSION)].map((match) => `${match[0].replace(/[\s/-]*v?\d.*$/u, "").toLowerCase().replace(/\.?js$/u, "")} ${match[1] ?? ""}`);
const raisesPlatformFloor = memoized((text) => FLOOR_HINT.test(text) && PLATFORM_NAMED.test(text) && PLATFORM_FLOOR.test(text.toLowerCase()));
// Runtimes a package runs on (not peer frameworks: an app template's "Upgrade to Vue 3.5" moves only itself).
const RUNTIME = String.raw `(?:node(?:\.?js)?|deno|bun|python|php|ruby|java|jdk|\.net|dotnet)`;
// A move to a new runtime version: "To node24", "Upgrade to Node 20", "Migrate the action to Node 24", "Run Action on
// Node 24", "Use node20", "`runs.using` is now node24". (Not "Bump @types/node to 24" nor "actions/setup-node": those
// name a package.)
const RUNTIME_MOVE = new RegExp(String.raw `^(?:(?:upgrade[sd]?|update[sd]?|move[sd]?|migrate[sd]?|switch(?:es|ed)?|port(?:s|ed)?)\s+(?:(?:the\s+)?(?:action|runtime|package|project)\s+)?)?to\s+${RUNTIME}\s?v?\d+` +
    String.raw `|^(?:run|runs|running|use|uses)\s+(?:(?:the\s+)?(?:action|actions|runtime)\s+)?(?:on\s+|with\s+|using\s+)?${RUNTIME}\s?v?\d+` +
    String.raw `|\bruns\.using\b[^.]{0,30}?\b${RUNTIME}\s?v?\d+`, "iu");
// Said to run on the new runtime in a GitHub Action's own words: which node its `runs.using` names.
const ACTION_RUNTIME = /^(?:run|runs|running)\s+(?:the\s+)?actions?\s+(?:on|with|using)\b|\bruns\.using\b/iu;
// A package users must now install or swap for another, said without "breaking": "now requires react-native-svg",
// "`x` is now a peer dependency", "uses expo-image instead of react-native-fast-image", "WebView 라이브러리를 A에서 B로
// 변경", "改用 B". A package's name has a hyphen, a slash or a scope, which sets it apart from a word.
// A site's domain ("sa-token.com", "docs.example.cn") is no package: moving docs to it asks nothing of users.
const NOT_DOMAIN = String.raw `(?![\w.-]*\.(?:com|cn|net|org|io|dev|cc|me|app|site|top|xyz|tech|info)(?![\w-]))`;
const PACKAGE = String.raw `\x60?@?${NOT_DOMAIN}[a-z0-9][\w.]*(?:[-/][\w.]+)+\x60?`;
const SWAPS_DEPENDENCY = new RegExp(String.raw `\b(?:(?:is|are) now|now|added|adds?|add) (?:as )?an? (?:new )?(?:required )?peer[- ]?dependenc(?:y|ies)\b|\bnew (?:required )?peer[- ]?dependenc(?:y|ies)\b|\brequires? [^.]{1,40}? as an? peer[- ]?dependency\b` +
    String.raw `|\bnow requires? (?:you to install )?(?:the )?${PACKAGE}` +
    String.raw `|\b(?:now uses?|uses?|switch(?:es|ed)? to|migrate[sd]? to|depends on) ${PACKAGE} instead of ${PACKAGE}` +
    String.raw `|\b(?:replace[sd]?|swap(?:s|ped)?) ${PACKAGE} (?:with|by|for) ${PACKAGE}` +
    String.raw `|(?:라이브러리|패키지|의존성)[^.]{0,30}?에서\s*${PACKAGE}\s*(?:으로|로)\s*(?:변경|교체|전환)` +
    String.raw `|(?:ライブラリ|パッケージ|依存)[^。]{0,30}?から\s*${PACKAGE}\s*(?:に|へ)(?:変更|移行|置き換え|切り替え)` +
    String.raw `|(?:改用|替换为|换成|迁移到|迁移至)\s*${PACKAGE}`, "iu");
const ONLY_ANNOUNCED = /\bdeprecat|废弃|弃用|非推奨|사용 중단 예정/iu;
/** A change every user on it must act on though the notes do not call it breaking, in any release: a runtime or
 *  platform version dropped, or a package to install or swap. (A support only deprecated is announced, not gone.) */
const mustActUnlabelled = (text) => !ONLY_ANNOUNCED.test(text) && !DISCLAIMS_BREAK.test(text) && (raisesPlatformFloor(text) || dropsModuleFormat(text) || SWAPS_DEPENDENCY.test(text));
/** True when a change typed as upkeep ("chore: node >= 20", "refactor(build): 仅支持 UMD/ESM 模式") still raises the
 *  runtime floor or drops a format users import: the type names who wrote it, not who meets it. (Not "in CI".) */
const upkeepUsersMeet = (text) => !INTERNAL_ONLY.test(text) && !ONLY_ANNOUNCED.test(text) && (raisesPlatformFloor(text) || dropsModuleFormat(text));
/** True when a change moves users to a new runtime or platform version they must act on, whatever its section: in a
 *  major release ("7.0.0") a raised floor or a plain move ("Upgrade to Node 20", "To node24"); where the release's
 *  version is unknown (`major` undefined), a GitHub Action saying what it now runs on. A support only deprecated, or a
 *  move where the project is only built or tested ("in CI"), never does. */
function movesPlatform(text, major) {
    if (INTERNAL_ONLY.test(text) || /\bdeprecat/iu.test(text))
        return false;
    if (major === undefined)
        return RUNTIME_MOVE.test(text) && ACTION_RUNTIME.test(text);
    return major && (raisesPlatformFloor(text) || RUNTIME_MOVE.test(text));
}
// An item under a breaking heading that says it breaks nothing: "This change is not expected to cause breaking impact",
// "no breaking changes are expected", "should not break existing code", "此变更预期不会造成破坏性影响", "破壊的な影響はありません".
const DISCLAIMS_BREAK = /\b(?:is|are|was|were|should|does|do|will)(?: not|n't) (?:be )?(?:expected|likely|anticipated|supposed|meant) to (?:be |cause |introduce |have |bring |result in )?(?:any |a )?(?:breaking|break\b)|\bno breaking (?:changes?|impact|effects?) (?:is|are|were) (?:expected|anticipated|introduced)\b|\b(?:should|shall|will|does|do)(?: not|n't) break (?:any |existing |your |user |users'? )|\b(?:to|so as to|in order to) (?:avoid|prevent) (?:any )?(?:breakage|breaking (?:changes?|existing|users?))|\b(?:remains?|stays?|is kept|will remain|will stay) (?:as )?a no-?op\b|(?:预期|预计|应该|应当|应)?(?:不会|不应|并不会)(?:造成|导致|带来|引起|产生|引入)(?:任何)?(?:破坏性|不兼容)|不(?:是|属于)(?:破坏性|不兼容)(?:的)?(?:变更|改动|更新)|破壊的(?:な)?(?:変更|影響)(?:は|を)?(?:ない|ありません|生じません|発生しません|与えません|ございません)|(?:파괴적|호환성)[^.]{0,12}(?:영향이 없|깨지지 않|문제가 없)/iu;
/** True when a line under a breaking heading says it breaks nothing. */
const disclaimsBreak = (text) => DISCLAIMS_BREAK.test(text);
// "`np.foo` has been deprecated, as …", "X is deprecated in favour of Y": only a deprecation
// announced, not a removal; the reason after "as", "since" or "because" ("as Python 2 is no longer supported") is no
// second change.
// (Not "Deprecated `x` config field" under "Removed": there "deprecated" names what was taken away.)
const DEPRECATED_ONLY = /^(?:[^.!?,;]|\.(?=\S)){1,80}?\b(?:is|are|(?:has|have) (?:now )?been|was|were) (?:now |hereby |also )?deprecated\b/iu;
const REASON_CLAUSE = /(?:[,;]\s*|\s+)(?:as|since|because|given that|now that)\b.*$/isu;
const TAKEN_AWAY = /\b(?:removed|dropped|deleted|no longer|raises?|throws?|errors?)\b|移除|删除|削除|제거/iu;
/** True when a change only announces a deprecation: users may act later, nothing breaks yet. */
function onlyDeprecates(text) {
    const said = text.replace(REASON_CLAUSE, "");
    return DEPRECATED_ONLY.test(said) && !TAKEN_AWAY.test(said) && !SECURITY_WORDS.test(text) && !raisesPlatformFloor(said);
}
// An output format or module system the package no longer ships: "ESM only", "only ships ESM", "drop CommonJS", "仅支持
// UMD/ESM 模式", "移除 cjs 产物", "ESM のみ", "ESM만 지원". Every user who imports it the old way breaks, whatever the
// section. (The cheap word test keeps the pattern off text that names no format.)
const FORMAT_NAMED = /esm|umd|cjs|commonjs|es modules?/iu;
const DROPS_FORMAT = /\besm[- ](?:only|first)\b|\bpure esm\b|\b(?:is|are) now (?:an )?esm\b|\b(?:drop(?:s|ped)?|remove[sd]?) (?:support for |the )?(?:commonjs|cjs)\b|\bonly (?:ships?|supports?|publish(?:es)?|provides?|builds?|outputs?) (?:an? )?(?:esm|umd|es modules?)\b|\b(?:no longer|stop(?:s|ped)?) (?:ships?|shipping|publish(?:es|ing)?|provides?|providing|supports?|supporting) (?:a |the )?(?:commonjs|cjs)\b|(?:仅|只)(?:支持|提供|输出|保留)\s*(?:esm|umd|es\s*module)|(?:移除|删除|去掉|不再提供|不再支持|放弃)(?:了)?\s*(?:对)?\s*(?:cjs|commonjs)|(?:esm|umd)\s*(?:形式|形式で|形式の)?\s*のみ|(?:commonjs|cjs)\s*(?:の)?(?:サポート|対応|ビルド|出力)?を?(?:廃止|削除|終了)|esm\s*만\s*(?:지원|제공)|(?:commonjs|cjs)\s*(?:지원|빌드)?\s*(?:을|를)?\s*(?:중단|제거)/u;
/** True when a change says the package no longer ships a module format or output users import. */
const dropsModuleFormat = (text) => FORMAT_NAMED.test(text) && DROPS_FORMAT.test(text.toLowerCase());
// A change every user of the package meets on upgrade: a raised runtime floor, a module format dropped (above), a
// package, command or action input removed or renamed.
const EVERY_USER = /^(?:[\w@/-]+:\s*)?(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?)\b[^.]{0,80}?\b(?:packages?|commands?|inputs?)\b|\b(?:input|package|command) `?[\w@/.-]+`? (?:has been |was |is )?(?:now )?renamed\b|\brenamed? (?:the )?(?:action )?(?:input|package|command)s?\b/iu;
/** True when a breaking change touches everyone who upgrades, not one option or flag. */
const touchesEveryUser = (text) => raisesPlatformFloor(text) || dropsModuleFormat(text) || EVERY_USER.test(text);
// Bracket tags some changelogs open every line with ("[ADD] …", "[FIX] …"). A [CHANGE] among [ADD] and [UPDATE]
// is the one users must act on (the compatible kind is [UPDATE]).
// git-cliff sets the commit's scope before the tag: "(azure_devops) [breaking] Rename …".
const BRACKET_TAG = /^(?:\(([\w@/.-]{1,40})\)\s*)?\[(breaking(?:[ -]changes?)?|change[sd]?|add(?:ed)?|new|feature|feat|update[sd]?|improve(?:d|ment)?|enhancement|fix(?:ed)?|bug ?fix|remove[sd]?|deprecated?|security|perf(?:ormance)?|docs?|internal|chore|misc)\]\s*/iu;
const BRACKET_KINDS = [
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
];
const changedTagBreaks = (text, own) => !disclaimsBreak(text) && (own === "removal" || saysMustAct(text) || raisesPlatformFloor(text) || SWAPS_DEPENDENCY.test(text));
/** "[ADD] x": the tag's kind and the text without it; what the rest says of itself wins when it is noise, except over
 *  a tag that says it breaks: "[CHANGE] test モードを p2p モードに名前変更" renames a mode, whatever "test" reads as. */
function readBracketTag(text) {
    const tag = BRACKET_TAG.exec(text);
    if (!tag)
        return null;
    const [scope, name] = [tag[1], tag[2] ?? ""];
    const rest = `${scope ? `${scope}: ` : ""}${text.slice(tag[0].length)}`;
    const kind = BRACKET_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
    const own = readItem(rest);
    const breaks = /^(?:breaking(?:[ -]changes?)?|change)$/iu.test(name);
    // (A "[CHANGE]" to the repository's own upkeep, "[CHANGE] E2E テストを移動する", breaks nothing users run.)
    const overrules = own.kind === "breaking" || (own.kind !== null && isNoise(own.kind) && (!breaks || CONVENTIONAL.test(rest) || OWN_UPKEEP.test(rest)));
    if (overrules)
        return { ...own, text: rest };
    // "[changed]" (Keep a Changelog's word; Sphinx's ":tags: change") files a change, as the "Changed" heading does: it
    // breaks only when its words take something away or tell users to act ("`first_init` has been removed"), not when
    // it adds a step ("Added an initialize step to the import of …"). The "[CHANGE]" convention above is the breaking one.
    if (/^changed$/iu.test(name))
        return { kind: changedTagBreaks(rest, own.kind) ? "breaking" : own.kind === "deprecation" ? own.kind : "change", breaking: false, text: rest };
    return { kind, breaking: /^breaking/iu.test(name), text: rest };
}
// A fix, as Chinese, Japanese and Korean notes say it: the verb first in Chinese ("修复…"), last in Japanese and Korean
// ("…を修正しました", "… 버그 수정"). What such a line calls incompatible is the bug it fixes, not a break.
const CJK_FIX = /^(?:修复|修正|解决|不具合|수정)|(?:不具合|バグ)[^。]{0,12}(?:に|へ)対応(?:しました|します|した)?[。.]?$|(?:修正|解消)(?:しました|します|した)?[。.]?$|(?:수정|해결)(?:했습니다|하였습니다|합니다|함|됨)?[.]?$/u;
// A change that breaks, in the words of Chinese, Japanese and Korean notes: "破坏性变更", "不兼容", "不再兼容",
// "非互換", "互換性がなくなります", "호환되지 않는", and what must be done after upgrading ("升级后需要自行引入 X 模块",
// "アップグレード後は…必要があります", "업그레이드 후 … 해야 합니다").
const CJK_BREAKING = /破坏性|不兼容|不再兼容|不向[下后]兼容|破壊的|非互換|互換性(?:が|の|は)?(?:ない|なくな|失われ|ありません)|(?:返回|响应|输出|字段|格式|参数|结构|签名|用法|数据)[^。，,；;！!]{0,12}?(?:和|与|跟|同)(?:之前|以前|旧版(?:本)?|老版(?:本)?|原来|上一?(?:个)?版本?)(?:的)?(?:相比)?(?:不一样|不同|不一致|有(?:所)?(?:不同|区别|变化))|호환되지 않|호환성이 (?:깨|없)|하위 호환(?:성)?(?:이|을)? ?(?:깨|없|지원하지 않)|升级(?:后|之后|以后|时)[^。；;]{0,30}?(?:需要|必须|须|请)|(?:アップグレード|アップデート|バージョンアップ)(?:後|時|する際|の際)[^。]{0,40}?(?:必要|してください)|업그레이드 (?:후|시|할 때)[^.]{0,40}?(?:해야|필요)/u;
// A removal, wherever Chinese, Japanese and Korean put the verb: "不再支持 IE 11", "移除了 X", "X を削除しました",
// "X のサポートを終了", "X を廃止" (not "廃止予定", a deprecation), "X 제거", "X를 삭제했습니다".
const CJK_REMOVAL = /不再(?:支持|提供)|移除了|已(?:被)?(?:移除|删除)|被移除|删除了|废除|(?:廃止|削除)(?:しました|されました|されます)|(?:を|の|は)?(?:廃止|削除)[。.]?$|(?:サポート|対応)(?:を)?終了|サポートされなくな|제거(?:했|되었|됨|합니다|하였)|삭제(?:했|되었|됨|합니다|하였)|(?:제거|삭제)[.]?$|더 이상 지원(?:하지|되지) 않|지원(?:을)? 종료/u;
// The same said in English sentences: "The config format is no longer compatible with 1.x", "… is not backwards
// compatible with earlier versions", "breaks backwards compatibility", "The response fields differ from previous versions".
const INCOMPATIBLE_IN_WORDS = /\bno longer (?:backwards?[- ])?compatible\b|\b(?:is|are|now) (?:now )?(?:not (?:backwards?[- ])?compatible|(?:backwards?[- ])?incompatible) with (?:the |any )?(?:previous|older|earlier|prior|old|existing|former)\b|\bbreaks? (?:backwards?[- ]|backward |API )?compatibility\b|\b(?:response|return(?:ed)? values?|output|fields?|format|payload|schema)s? (?:now )?differs? from (?:before|(?:the )?(?:previous|older|earlier|prior|old) (?:versions?|releases?))\b/iu;
// "There are no breaking changes", "没有破坏性变更", "破壊的変更はありません": the release says it breaks nothing.
const NO_BREAKING_WORDS = /\b(?:no|non|without(?: any)?|zero|not (?:a|any))[- ]breaking\b|(?:没有|无|不含|不包含|并无)(?:任何)?(?:破坏性|不兼容)|破壊的変更は(?:ありません|なし|含まれ)|(?:주요 변경|호환성 문제)(?:은|는|이|가)? 없/iu;
const saysNoBreaking = (text) => NO_BREAKING_WORDS.test(text) || DISCLAIMS_BREAK.test(text);
/** A line that says the release breaks something: "breaking change" in English, and the Chinese, Japanese and Korean ways
 *  of saying it — unless the line fixes an incompatibility ("修复与 X 不兼容的问题"). */
const saysBreaking = (text) => !saysNoBreaking(text) && (/\bbreaking changes?\b/iu.test(text) || cjkBreaking(text));
// A tag that flags the line as a possible break, whatever it does: "【可能的向下兼容问题】修复…", "[兼容性变更]", "【非互換】".
const CJK_COMPAT_TAG = /[【[][^】\]\n]{0,12}(?:兼容|互換|호환)[^】\]\n]{0,12}[】\]]/u;
// The incompatibility a change avoids or works around is no break: "自动过滤掉多余的字段，避免 mongo4.x 不兼容".
const CJK_AVOIDS = /(?:避免|防止|以免|解决|修复|处理|适配)[^，,。；;！!]{0,30}?(?:不兼容|不再兼容|不向[下后]兼容)/u;
/** The Chinese, Japanese or Korean words for a break, in a line that neither fixes nor avoids one nor says there is
 *  none; or a tag that flags the line as breaking. */
const cjkBreaking = (text) => CJK_COMPAT_TAG.test(text) || ((CJK_BREAKING.test(text) || INCOMPATIBLE_IN_WORDS.test(text)) && !CJK_FIX.test(text) && !CJK_AVOIDS.test(text) && !saysNoBreaking(text));
// What a user must do about a change, in English, Chinese, Japanese and Korean: "you must/need to …", "X has been
// renamed", "requires a migration", "请手动迁移", "…する必要があります", "…해야 합니다"; and what is taken away from
// them: "X has been removed", "drop support for Node 16", "remove the deprecated `x`" (not "remove an unneeded clone").
// What the project stops doing for its users: "No longer search for `conda-*` executables on `PATH`", "`x` no longer
// accepts a string", "is no longer supported". (Not a fault gone, "no longer crashes", nor a look, "is no longer
// inverted": only verbs of a capability.)
const NO_LONGER = String.raw `\bno longer (?:be )?(?:accept|support|load|read|search|look(?:s|ing)? (?:for|up|in)|install|include|ship|export|provide|allow|run|use|respect|honou?r|work|resolve|bundle|default|fall(?:s|ing)? back|available)(?:s|es|ed|d|ing)?\b`;
const MUST_ACT_PHRASES = /\byou(?:'ll| will)? (?:now )?(?:must|need to|have to)\b|\b(?:users|callers|plugins|applications|projects) (?:now )?(?:must|need to|have to|will need to)\b|\bmust (?:now )?be (?:updated|changed|migrated|replaced|renamed|set|passed|called|installed|imported|added|enabled|configured)\b|\b(?:please|you should) (?:migrate|update your|change your|replace)\b|\brequires? (?:you|users|callers) to (?:update|change|migrate|modify|adjust|rewrite)\b|\b(?:migration is required|requires? (?:a )?migration)\b|\b(?:after|before) upgrading\b|^renamed?\b|\b(?:has|have) been renamed\b|\b(?:is|are) now renamed\b|\b(?:(?:has|have) (?:now )?been|(?:was|were)(?: now)?) (?:removed|dropped)\b|\b(?:remove[sd]?|removal of|removing) (?:the )?deprecated\b|(?:需要|必须|须|请)(?:手动|自行|手工)?(?:修改|迁移|替换|引入|安装|升级|调整|配置|重新)|必要があります|してください|移行が必要|(?:해야|하셔야) 합니다|마이그레이션(?:이)? 필요/iu;
// "`install` now has no `--spec` option": taken away, as "no longer accepts" says.
const HAS_NO_MORE = String.raw `\bnow (?:has|have) no \x60[^\x60]+\x60|\b(?:has|have) no (?:more |longer (?:an? |the )?)\x60[^\x60]+\x60`;
// "将`ShowModel`重命名为`TagsStyle`", "`foo` を `bar` にリネーム": a name in code renamed, which users must follow.
const CJK_RENAMED = String.raw `(?:重命名|改名|更名)为\s*\x60|\x60[^\x60]+\x60\s*(?:に|へ)(?:リネーム|改名|名称変更)`;
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
const marksImportant = (text) => IMPORTANCE_MARK.test(text);
/** True when a change's own words say it breaks, under a heading that names only the version bump ("Major Changes"). */
const breaksInWords = (text, own) => own === "breaking" || own === "removal" || own === "deprecation" || (own === "change" && CHANGES_BEHAVIOUR.test(text)) || BREAKS_IN_WORDS.test(text) || MUST_ACT.test(text) || mustActUnlabelled(text);
/** A change that tells users to do something (rename, migrate, add a module) or that takes something away from them. */
const saysMustAct = (text) => MUST_ACT.test(text) || CJK_REMOVAL.test(text);
// The hole a security fix closes, by name: an advisory id, a class of attack, "vulnerability", in the notes' language
// ("修复 `setOption()` 中可能存在的原型污染问题" names prototype pollution as the English line does). "Add a security section
// to the docs" or "Add CSRF protection" name no hole that was open.
const NAMED_HOLE = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|XSS|CSRF|SSRF|XXE|RCE|ReDoS)\b|\bcross[- ]site (?:scripting|request forgery)\b|\bremote code execution\b|\b(?<!dependency |constructor |property |field )injection\b|\bprototype pollution\b|\b(?:path|directory) traversal\b|\bdenial[- ]of[- ]service\b|\bprivilege escalation\b|\b(?:auth(?:entication|orization)?|validation|access[- ]control|permission|sandbox|signature|login|security) bypass(?:es)?\b|\bbypass(?:es|ing)? (?:of )?(?:the )?(?:auth(?:entication|orization)?|access control|permission checks?|sandbox|signature (?:checks?|verification))\b|\b(?:open redirect|request smuggling|session fixation|header spoofing)\b|\bvulnerab(?:le|ility|ilities)\b(?! (?:details?|data|databases?|db|matching|detection|scan(?:s|ning|ners?)?|reports?|severit(?:y|ies)|metadata|info(?:rmation)?|sources?|ids?|alerts?|counts?|lists?|feeds?|records?|entries|fields?|status|filter(?:s|ing)?))|\bsandbox escape\b|\binformation (?:disclosure|leak(?:age)?)\b|\b(?:local|arbitrary) file (?:read|write|access|inclusion|disclosure)s?\b|\b(?:decompression|zip) bombs?\b|\b(?:buffer|heap|stack|integer) (?:buffer )?(?:overflow|overrun)\b|\buse[- ]after[- ]free\b|\bclickjacking\b|\btiming attack\b|\bzip slip\b|\b(?:tokens?|credentials?|secrets?|passwords?|api[- ]keys?|session ids?) (?:(?:were|was|are|is|being|could be|got) )?(?:leak(?:s|ed|age)?|exposed|exposure|disclosed|disclosure)\b|\bleak(?:s|ed|ing)? (?:of )?(?:the )?(?:user'?s? )?(?:tokens?|credentials?|secrets?|passwords?|api[- ]keys?)\b|\b(?:unsafe|insecure|untrusted) (?:yaml |object |java |xml )?deserializ(?:ation|ing|er)\b|\bdeserializ(?:ation|ing) (?:of )?untrusted\b|\b(?:command|code|shell|template) injection\b|vuln[ée]rabilit[ée]s?|vulnerabilidad(?:es)?|sicherheitsl[üu]cken?|漏洞|越权|远程代码执行|跨站|原型(?:链|鏈)?(?:污染|汙染)|プロトタイプ汚染|프로토타입 (?:오염|폴루션)|pollution de prototype|Prototyp-Verschmutzung|contaminaci[óo]n de prototipos?|信息泄露|敏感信息泄|(?:SQL ?)?注入攻击|SQL ?注入|(?:命令|代码|模板)注入|(?:路径|目录)(?:遍历|穿越)|不安全的?反序列化|反序列化(?:漏洞|攻击)|服务端请求伪造|脆弱性|なりすま|任意のコード(?:を)?実行|権限昇格|クロスサイト|情報漏(?:洩|えい)|インジェクション|(?:パス|ディレクトリ)トラバーサル|安全でない(?:デシリアライズ|デシリアライゼーション|逆シリアル化)|(?:デシリアライズ|デシリアライゼーション)(?:の)?脆弱性|취약점|권한 상승|원격 코드 실행|정보 유출|안전하지 않은 역직렬화|경로 탐색 공격|\b\d+\s*(?:개의?|个|個|項|项|件の?)?\s*CVEs\b|\d+\s*(?:개의?|个|個|項|项|件の?)\s*CVE/iu;
// A fix called a security fix without naming the hole: "Tighten the cookie flags (security fix)". (An advisory that
// names a feature, "Fixed security advisory blocking causing issues with xdebug", is that feature's bug.)
// "(security)", "[security]", "Security: escape the title", "修复安全问题", "セキュリティ上の問題を修正", "보안 문제 수정",
// "Corrige une faille de sécurité", "Corrige un problema de seguridad".
const SECURITY_FIX = /\bsecurity (?:fix(?:es)?|issues?|advisor(?:y|ies)(?! (?:blocking|block|checks?|checking|lookups?|fetch(?:ing)?|database|db|feature|command|output|reports?|reporting|audit(?:ing)?|api|list(?:ing)?|format|filter(?:ing)?|ignor(?:e|ing)|config(?:uration)?|settings?|options?|handling|support|matching|page|scann(?:er|ing)|integration|source|data|cache|loading|metadata))|bugs?|flaws?|holes?|problems?|patch(?:es)?|hardening|concerns?|risks?)\b|\bsecurity[- ]related\b|\b(?:failles?|probl[èe]mes?|correctifs?|trous?) de s[ée]curit[ée]|\b(?:fallos?|problemas?|agujeros?) de seguridad\b|[[(（]security[\])）]|^security\s*[:：]|(?<!线程|線程|并发|並發|类型|類型)安全(?:问题|隐患|缺陷|风险|修复|补丁)|セキュリティ(?:上の)?(?:問題|修正|不具合|リスク|対策|ホール)|보안 (?:문제|수정|이슈|결함|패치|취약)/iu;
// Where such words are the topic of docs or tooling, not a hole closed: "Fix typo in the security issue template".
// (A template to render is no doc: "Fix XSS in template rendering". Nor is a Content Security Policy.)
const ABOUT_DOCS = /\b(?:docs?|documentation|readme|(?:issue|pr|pull request) templates?|typos?|(?<!content[- ]security[- ])polic(?:y|ies)|guide(?:lines)?|changelog|SECURITY\.md|tests?|ci)\b|文档|ドキュメント|문서/iu;
/**
 * What a change says of the hole it closes: "named" when it names it (a CVE or GHSA id, XSS, "path traversal",
 * 漏洞…), "unnamed" when it only calls itself a security fix, null when it closes none (or is about docs and tests).
 * Either way it is a security fix under any heading; among security fixes, the named ones come first.
 */
function closedVulnerability(text) {
    // An advisory's id names the hole, whatever else the line mentions ("Fix XSS found by fuzz tests (CVE-2025-1234)").
    if (ABOUT_DOCS.test(text) && advisoryIds(text).length === 0)
        return null;
    // "Three more unfixed vulnerabilities left": a notice of holes still open closes none.
    if (STILL_OPEN.test(text))
        return "unnamed";
    return NAMED_HOLE.test(text) ? "named" : SECURITY_FIX.test(text) ? "unnamed" : null;
}
// A memory bug by its class ("integer overflow", "use-after-free"): a hole when the notes file it as one, but under
// "Other changes" with no advisory id or security word a plain bug fix ("Fix too-conservative integer overflow check").
const MEMORY_BUG = /\b(?:(?:buffer|heap|stack|integer) (?:buffer )?(?:overflow|overrun)|use[- ]after[- ]free)\b/giu;
/** True when the only hole `text` names is a memory bug's class, which a security section would have listed. */
const namesOnlyMemoryBug = (text) => /overflow|overrun|after/iu.test(text) ? closedVulnerability(text.replace(MEMORY_BUG, "")) === null && closedVulnerability(text) !== null : false;
const STILL_OPEN = /\b(?:unfixed|unpatched|not (?:yet )?(?:fixed|patched|addressed))\b|\bremain(?:s|ing)? (?:open|unfixed|unpatched)\b|未修复|未修正/iu;
// The notes' own word that the release is about security: "This is a security release", "This release contains fixes
// for several vulnerabilities", "本版本修复了多个安全漏洞". (A fix's own "fix CVE-…" names one hole; this names the release.)
const SECURITY_RELEASE = /\b(?:this|the|it) is an? (?:\w+ ){0,2}security (?:release|update|patch)\b|\bthis (?:release|version|update|patch(?: release)?)\b[^.!?]{0,40}?\b(?:fix(?:es)?|patch(?:es)?|address(?:es)?|resolves?|closes?|contains?|includes?|brings?)\b[^.!?]{0,40}?\b(?:vulnerabilit(?:y|ies)|security (?:fix(?:es)?|issues?|bugs?|problems?|flaws?|holes?|patch(?:es)?)|CVEs?)\b|(?:本|此|这个)(?:次|个)?(?:版本|发布|更新|版)[^。！!]{0,30}(?:安全漏洞|安全问题|安全修复)|(?:この|本)(?:リリース|バージョン|アップデート)[^。]{0,30}(?:脆弱性|セキュリティ(?:修正|問題))|이번 (?:릴리스|버전|업데이트)[^.]{0,30}(?:취약점|보안 (?:수정|문제))/iu;
/** The notes say the release itself is a security release: the post says so first. */
const announcesSecurityRelease = (text) => SECURITY_RELEASE.test(text);
/** Where a change's group stands in a post: its kind's rank, except that the notes' word that this is a security
 *  release ("This release contains fixes for several vulnerabilities") comes before everything, breaking changes too,
 *  and public API removed under "Deprecations and Removals" stands after the highlights. */
const groupRank = (entry) => entry.kind === "security" && announcesSecurityRelease(entry.text) ? RANK.breaking - 0.5 : entry.removedApi === true || entry.weighty === true ? REMOVED_API_RANK : RANK[entry.kind];
// Public API a section of removals says went ("`x` was removed"): breaking, but where the notes put it, after the
// security fixes and highlights and before the features. So stands the group of a major release's weighty change
// (Entry.weighty): a thread reads it before the features.
const REMOVED_API_RANK = RANK.highlight + 0.5;
const matches = (test, text) => (typeof test === "function" ? test(text) : test.test(text));
const CHANGES_BEHAVIOUR = /^(?:chang(?:e|es|ed)|renam(?:e|es|ed))\b|^(?:[^.!?;]|\.(?=\S)){1,60}?\bnow (?:returns?|throws?|raises?|rejects?|requires?|expects?|defaults? to|errors?|fails?|emits?)\b|\b(?:has|have) (?:now )?been (?:changed|renamed)\b|^(?:变更|更改|重命名)|(?:に|へ|を)?(?:変更|改名|名称変更)(?:しました|します|した|されました)?[。.]?$|(?:변경|이름 변경)(?:했습니다|합니다|하였습니다|됨)?[.]?$/iu;
// Scopes of conventional commits that name where the project is tested, checked and released.
// (A playground, storybook, example or demo app is the project's own showcase, not what users install.)
const DEV_SCOPE = /^(?:ci|tests?|testing|e2e|unit[- ]?tests?|lint(?:ing|ers?)?|workflows?|gha|coverage|codecov|bench(?:marks?)?|dev ?containers?|tooling|infra(?:structure)?|release|dev-?deps|playgrounds?|storybook|examples?|demos?|sandbox|fixtures)$/iu;
// A generator of sample data for the project's own dev set-up: "generator: log `traceID` as structured metadata", "feat(
// generator): add a service with mixed logfmt". (A code generator's "generator: add Kotlin output" is its product.)
const SAMPLE_DATA = /\b(?:logs?|logfmt|metrics|traces?|spans|fake|mock|sample|dummy|test) /iu;
const devDataGenerator = (scope, rest) => /^(?:(?:test|sample|mock|fake|demo|data|log)-?)?generators?$/iu.test(scope) && (scope.toLowerCase() !== "generator" || SAMPLE_DATA.test(`${rest} `));
// The project's own checks and packaging, said in words: "add simple clang-tidy setup", "add fs-fd-hash-inl.h to
// tarball", "set up the test harness". (Not "Add lint rule X", "Fix lint config resolution" or "`clang-tidy`'s
// generated targets select source files": a linter's or a build system's users meet those.)
const DEV_TOOLING = /\b(?:clang-tidy|clang-format|cpplint|pre-commit|husky|lint-staged|codecov|coveralls) (?:setup|config(?:uration)?|jobs?|workflows?|hooks?)\b|\b(?:lint(?:ing)?|tests?|testing|ci|coverage|fuzz(?:ing)?|benchmark) (?:setup|jobs?|pipelines?|matrix|harness|runners?)\b|\bto (?:the )?(?:release |source |dist(?:ribution)? )?tarballs?\b/iu;
// A default that changed: "X is now disabled by default", "X is no longer enabled by default", "the default of `x`
// changed from 10 to 20". (Not "Add X, disabled by default": a new thing's default is no change.)
const CHANGED_DEFAULT = /\b(?:is|are) now (?:\*\*)?(?:disabled|enabled|off|on|opt-in|opt-out|turned (?:on|off)|hidden|shown)(?:\*\*)? by default\b|\b(?:is|are) no longer (?:enabled|disabled|on|off|shown|hidden) by default\b|\bdefault (?:value |behaviou?r |setting )?(?:of `[^`]+` |for `[^`]+` )?(?:is now|has (?:been )?changed|changed|was changed) (?:from|to)\b/iu;
// A flag or option given up for another way to say the same: "now takes a subcommand instead of the `--from` flag",
// "the `--foo` option has been replaced by `--bar`", "The `output_intent` string entry replaces the `srgb` boolean".
const REPLACED_FLAG = /\binstead of (?:the |a )?`-{1,2}[\w-]+(?:[= ][^`]*)?`(?: (?:flag|option|argument|switch))?|`-{1,2}[\w-]+`(?: (?:flag|option|argument|switch))? (?:has been |was |is )?(?:now )?(?:replaced|superseded) (?:by|with)\b|\breplace[sd]? (?:the )?`-{1,2}[\w-]+`(?: (?:flag|option|argument|switch))? (?:with|by)\b|`[^`]+`(?: [\w-]+){0,3} (?:now )?replaces (?:the )?`[^`]+` (?:option|flag|argument|parameter|entry|key|field|setting|boolean|method|function|property|attribute)s?\b/iu;
// Where the project itself is built, tested and released, whatever the verb: "Add workflow to publish nightlies",
// "GitHub Actions でデバッグバイナリを作る仕組みを追加する", "CI に型検証ジョブを追加", "修复 devcontainer 安装卡死".
// So is its local set-up for development: "enable sharding in docker containers", "Sync versions in
// docker-compose.dev.yaml", "generator: add a service with mixed logfmt" (its sample-data generator), a playground or
// storybook added.
const DEV_ENVIRONMENT = /\bin (?:the |our )?(?:local |dev(?:elopment)? )?docker(?:-compose)? (?:containers?|set-?up|environment)$|\bdocker-compose\.(?:dev|local|test)\b|^(?:[\w-]*generator|storybook|playground|examples?|demo)\s*[:：]\s*(?:add|log|emit|generate|update|use)|\b(?:test|sample|mock|fake|dummy)[- ]data (?:generators?|scripts?)\b|^(?:add|update|set up|setup)(?:s|ed|d)?\s+(?:an? |the )?(?:new )?(?:storybook|playground|dev(?:elopment)? (?:environment|set-?up))\b|^(?:add|update|fix|improve|remove|change|use|run)[sd]?\s+(?:an? |the )?(?:ci |github actions? |release |publish(?:ing)? |nightly )?workflows? (?:to|for|that)\b|\.github\/workflows\b|\bworkflow_dispatch\b|\bdev ?containers?\b|^(?:GitHub Actions|CI)(?:\s*(?:workflows?|ワークフロー|ジョブ))?\s*(?:で|の|に|を|上で|中)|(?:GitHub Actions|\bCI|\be2e[\w-]*|[\w-]+\.ya?ml)\s*(?:workflows?|ワークフロー|ジョブ)/iu;
// The project's own build and release pipeline, named by its parts: "Remove commit and push step from build job",
// "Update machine pool for copy blob and upload buildinfo stage", "Update nuget publish to use X", "Deploy Box Update".
// (Not "Add a `--clean` option to `poetry build`": a product's build command, in code, is what its users run.)
const BUILD_PIPELINE = /\b(?:build|release|publish(?:ing)?|deploy(?:ment)?|packaging|package|ci|cd|nightly|upload|signing|nuget|npm|pypi|docker|msix|msi)\s+(?:[\w-]+\s+)?(?:jobs?|stages?|pipelines?|pools?|agents?)\b|\b(?:machine|agent|build) pools?\b|\bbuild (?:agents?|machines?|servers?)\b|\b(?:nuget|npm|pypi|maven|docker|gem) publish(?:ing)? (?:to use|step|stage|job|task)\b|^deploy(?:ment)? [\w-]+ update[sd]?$/iu;
// Translations brought up to date or added by translators: "Update German translation", "Translations update from
// Hosted Weblate", "更新 西班牙语 翻译", "新增 塞尔维亚语 翻译". Housekeeping beside the changes a release is about. (Not
// "Add Serbian locale": a date library's locale is what its users install it for; nor "Fix the translation of X".)
const TRANSLATION_UPDATE = /^(?:(?:update[sd]?|add(?:s|ed)?|new|improve[sd]?|sync(?:ed|hroni[sz]ed?)?|complete[sd]?|refresh(?:ed)?)\b[^.!?]{0,40}\btranslations?\b[^.!?]{0,30}$|^translations? (?:update[sd]?|sync)\b|^translated using weblate\b|^new crowdin (?:updates?|translations?)\b)|^(?:更新|新增|添加|增加|补充|完善|同步)[^。，,]{0,20}(?:翻译|翻訳)$|翻訳(?:を)?(?:更新|追加)(?:しました|します|した)?[。.]?$|번역(?:을)? ?(?:업데이트|추가|갱신)(?:했습니다|합니다|함|됨)?[.]?$/iu;
// A whole language added ("add Japanese (ja) translation", "新增日语翻译", "日本語翻訳を追加", "한국어 번역 추가"): filed by the
// project under its features, it is one for the users who read that language (an update of one stays upkeep).
const ADDS_TRANSLATION = /^(?:add(?:s|ed)?|new)\b[^.!?]{0,40}\btranslations?\b|^(?:新增|添加|增加)[^。，,]{0,20}翻译$|翻訳(?:を)?追加|번역(?:을)? ?추가/iu;
/** True when a change adds a translation into a language (after its scope, "i18n: "). */
const addsTranslation = (text) => ADDS_TRANSLATION.test(text.replace(/^`?[\w@/.-]{1,40}`?[:：]\s*/u, ""));
// A sentence whose subject is what was added: "X was added", "X has been introduced", "X is a new command", "X is now
// officially supported".
const ADDED_SAID_OF_IT = /^(?:[^.!?]|\.(?=\S)){1,80}?\b(?:(?:was|were|(?:has|have) (?:now )?been) (?:newly )?(?:added|introduced|implemented)|(?:is|are) (?:a |an )?new (?:[\w-]+ ){0,2}(?:commands?|options?|flags?|settings?|(?:environment )?variables?|apis?|features?|rules?|methods?|functions?|hooks?|components?|subcommands?|endpoints?|images?|plugins?)|(?:is|are) (?:now )?(?:officially |fully )?supported)\b/iu;
const BEHAVIOUR_VERBS = /^split(?:s|ting)?\b[^.!?]{0,80}\binto\b|^(?:update[sd]?|change[sd]?|make|made|makes) (?:the )?`[^`]+`(?: (?:rule|option|flag|setting|command|default))? to (?!v?\d)\S|^(?:enable[sd]?|disable[sd]?|turn(?:s|ed)? (?:on|off))\b[^.!?]{0,80}\bby default\b|\bto be (?:disabled|enabled|opt-in|opt-out|off|on) by default\b/iu;
const PROJECT_CHORES = /^merge[sd]? (?:(?:remote-tracking )?branch|tag)\b|^revert(?:s|ed)?\s+(?:["“#]|(?:the )?(?:commit|merge|pr|pull request)\b)|^(?:fix|feat|feature|bugfix|hotfix|chore|refactor|docs?)\/[\w.-]+|\b(?:readme|nuget|npm|pypi|crates(?:\.io)?|ci|build|coverage|status|summary|download|license|version) badges?\b|^(?:add|update|improve|expand)(?:s|es|ed|d)?\b[^.!?]{0,80}\btests?$|\b(?:actionlint|zizmor|dependabot|renovate|stryker|codecov|editorconfig|markdownlint|pre-commit|lint(?:er)?) config(?:uration)?\b|\b(?:update[sd]?|fix(?:e[sd])?) (?:the )?changelog\b|\bflaky\b|^\[(?:imgbot|allcontributors|all-contributors|pre-commit-ci|github-actions)\]/iu;
// How the project's own repository is kept, in any language, whatever section holds it: the package manager it is
// developed with ("pnpm 10 系に上げる", "bump yarn to 4"), its issue and PR templates ("Update issue template"), its
// E2E suites and test files ("E2E テストを追加する", "`*.spec.ts` を `*.test.ts` に変更する", "통합 테스트
// CMakeLists.txt 재구성"), a dotfile alone ("Add .markdownlint.yaml", ".markdownlint.yaml ファイルを追加する"), its commit
// hooks and reusable CI workflows ("Run prek cleanup daily"), and a checklist in one of its Markdown files. (Not "Fix
// build on macOS" nor "support building with CMake 4": building is what users do.)
const PACKAGE_MANAGER = String.raw `\x60?(?:pnpm|yarn|npm|bun|corepack)\x60?`;
const OWN_UPKEEP = new RegExp([
    String.raw `^(?:bump|update|upgrade|use|switch(?:es|ed)? to|move[sd]? to|migrate[sd]? to)(?:s|d|ed)?\s+(?:to\s+)?(?:the\s+)?${PACKAGE_MANAGER}(?:\s+(?:from\s+v?[\d.x]+\s+)?to\s+|\s*@|\s+v?)v?\d[\w.x]*(?:\.x)?$`,
    String.raw `^${PACKAGE_MANAGER}\s*(?:を|の)?\s*v?\d[\w.]*\s*(?:系|版|버전)?\s*(?:に|へ|로|으로|까지)?\s*(?:上げ|更新|アップデート|アップグレード|移行|업데이트|업그레이드|올)`,
    String.raw `^(?:升级|更新|升至)\s*${PACKAGE_MANAGER}|^${PACKAGE_MANAGER}\s*(?:升级|更新)`,
    String.raw `^${upkeepVerbs(["add", "update", "fix", "improve", "change", "remove", "tweak", "create", "revise"])}\s+(?:the\s+|an?\s+|new\s+|our\s+)?(?:github\s+)?(?:${ISSUE_FORMS})(?:\s+(?:and|&|\/)\s+(?:issue|pr|pull[- ]request))?\s+(?:templates?|forms?)\b[^.]{0,40}$`,
    TEMPLATES_CJK,
    String.raw `${TEST_SUITES_CJK}|\be2e-tests?\b|(?:^|\s)tests?\/\s*(?:以下|下|の|을|를)`,
    String.raw `\x60?\*?\.(?:spec|test)\.\w+\x60?[^.。]{0,20}?(?:を|to|→|->|为|로)\s*\x60?\*?\.(?:spec|test)\.\w+`,
    String.raw `^${upkeepVerbs(["add", "update", "remove", "delete", "fix", "tweak"])}\s+(?:the\s+|a\s+)?\x60?\.[a-z][\w.-]*\x60?(?:\s+(?:file|config(?:uration)?))?[.!]?$|^\x60?\.[a-z][\w.-]*\x60?\s*(?:ファイル|文件|파일)?\s*(?:を|을|를)?\s*(?:追加|更新|削除|修正|添加|删除|추가|업데이트|삭제)`,
    String.raw `\bprek\b|\bpre-commit(?:-ci| autoupdate)\b|\breusable\b[^.]{0,40}\bworkflows?\b`,
    String.raw `\b[\w-]+\.md\b[^.。]{0,30}(?:checklist|체크리스트|チェックリスト|检查清单|清单)|(?:checklist|체크리스트|チェックリスト|检查清单)[^.。]{0,30}\b[\w-]+\.md\b`,
    String.raw `(?:tests?|테스트|テスト|测试)[^.。]{0,20}CMakeLists|CMakeLists[^.。]{0,20}(?:tests?|테스트|テスト|测试)`,
].join("|"), "iu");
// The repository's own files and plumbing, which no user installs: a file deleted ("Delete LICENSE-foo.txt", "remove
// .travis.yml"), a broken branch mended ("Fix broken master by upgrading JRE to 17"), the Dockerfile the project builds
// in, the release process. Housekeeping, never "Removed" nor a fix. (Not "Remove the `config.json` fallback": that
// names behaviour.)
const REPOSITORY_CHORE = new RegExp([
    String.raw `^(?:delete|remove|drop)(?:s|d|ped)?\s+(?:the\s+)?(?:unused\s+|obsolete\s+|old\s+|stale\s+)?\x60?(?:[\w.-]*\/)*(?:\.[\w.-]+|[\w-]*(?:${REPOSITORY_DOC_FILES})[\w.-]*|[\w.-]+\.(?:txt|md|rst|ya?ml|toml|cfg|ini))\x60?(?:\s+files?)?[.!]?$`,
    String.raw `\bbroken (?:master|main|trunk|build|ci|pipeline)\b`,
    String.raw `\b(?:in|to|of|from) (?:the |our )?Dockerfile\b`,
    String.raw `\b(?:in|to|of|for) (?:the )?release (?:process|procedure|checklist|guide|instructions)\b`,
].join("|"), "iu");
// What the read-me or the docs build says: "Add links to client docs and feature matrix in README.md", "Update `make
// docs` procedure".
const README_EDIT = new RegExp(String.raw `^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "mention"])}\b[^.!?]{0,100}\b(?:in|to) (?:the )?README(?:\.md)?[.!]?$|\x60make docs\x60|\bmake docs procedure\b`, "iu");
// An edit whose object is a page of the docs or the comments that document the code: "Update filtering.md", "Add issue
// link in selecting-fields.md", "Fixed unintended HTML tags in doc comments", "更新使用文档", "ドキュメントを修正". Docs,
// under whatever heading the notes file them. (Not "Support .md files in the importer": that names no edit of a page.)
const DOC_EDIT = new RegExp([
    String.raw `^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "mention", "correct", "rewrite", "expand", "tweak", "edit", "revise", "polish", "reword", "extend", "document"])}\b(?![^!?]*\b(?:pars|render|load|read|import|convert|process|handl|support|open)\w*\b)[^.!?]{0,100}?[\w-]+\.(?:md|mdx|rst|adoc|asciidoc|markdown)[.!]?$`,
    String.raw `^${upkeepVerbs(["add", "update", "fix", "improve", "clarify", "correct", "rewrite", "expand", "tweak", "reword", "document"])}\b[^.!?]{0,100}?\b(?:in|to|of|for|on) (?:the |all |some )?(?:[\w\x60().-]+ )?(?:doc(?:umentation)?[- ]?comments?|docstrings?|doc ?blocks?|javadocs?|jsdocs?|xml docs?|api docs?|code comments?)[.!]?$`,
    String.raw `^(?:修复|修正|更新|完善|补充|优化|改进)(?:了)?(?:[^。，,]{0,20}?的?)?(?:文档|注释)[。.]?$`,
    String.raw `ドキュメント(?:を|の)?(?:修正|更新|追加|改善)(?:しました|します|した)?[。.]?$|^문서(?:를|을)? ?(?:수정|업데이트|추가|개선)(?:했습니다|합니다|하였습니다|함|됨)?[.]?$`,
].join("|"), "iu");
/** A way of using the project that users are told to leave: "不再建议使用 IService", "X is no longer recommended". */
const ADVISES_AGAINST = /不再(?:建议|推荐)(?:使用)?|不(?:建议|推荐)使用|\bno longer recommended\b|\b(?:is|are) (?:now )?discouraged\b|使用(?:は|を)?(?:推奨しません|推奨されなくな)|더 이상 권장(?:하지|되지) 않/iu;
const REVERT_OF_COMMIT = /^revert(?:s|ed)?\s+["“']([^"”']+)["”']/iu;
// The quoted subject of a revert that undid upkeep ('Revert "chore: bump x"', 'Revert "Merge pull request …"').
const UPKEEP_SUBJECT = /^revert(?:s|ed)?\s+["“'](?:(?:chore|ci|build|docs?|tests?|style|refactor|deps|release)\b|merge\b|bump\b)/iu;
/** A revert of a change users met ('Revert "fix(types): export CJS types from ESM"'): when a release does nothing
 *  else, it is what the release says, not housekeeping. */
const revertsUserChange = (text) => REVERT_OF_COMMIT.test(text) && !UPKEEP_SUBJECT.test(text);
/** The change a revert undid, as its subject says it without the commit type: 'Revert "fix(types): export CJS types"'
 *  → "export CJS types". */
function revertedSubject(text) {
    const quoted = REVERT_OF_COMMIT.exec(text)?.[1];
    return quoted === undefined ? null : quoted.replace(CONVENTIONAL, "").replace(/\s*\(#\d+\)$/u, "").trim() || null;
}
// A step of cutting the release, not a change in it: "Prepare for (pre) release: v5.6.0rc1", "v4 release", "Release
// 1.2.3", "Bump version to 1.2.4", "Set version to 2.0.0-SNAPSHOT".
// Setting the release up ("set engines and prerelease for npm 10", "Enter prerelease mode for v3") is no change in it.
// Nor is readying a branch for it ("Update branch for release", PowerShell's backports).
const RELEASE_STEP = /^(?:set|configure|enter|exit|update)\s+(?:the\s+)?(?:engines?|prerelease(?:\s+mode)?|release(?:\s+config(?:uration)?)?)(?:\s*(?:and|,)\s*(?:engines?|prerelease(?:\s+mode)?|release(?:\s+config(?:uration)?)?)){0,2}\s+(?:for|of)\s+(?:[\w@/.-]+\s+)?v?\d[\w.+-]*$|^prepare (?:for )?(?:the )?(?:(?:\(pre\)|pre)[- ]?)?(?:release|version)\b|^(?:release|publish|tag)(?:d|ed)?\s+v?\d[\w.+-]*$|^v?\d+(?:\.\d+)*(?:[-.]?(?:rc|beta|alpha|pre|dev)\.?\d*)?\s+(?:pre-?)?release$|^(?:bump|update|set)(?:s|ed|d)?\s+(?:the\s+)?(?:package\s+|project\s+)?version(?:\s+number)?(?:\s+(?:to|for)\s+v?\d[\w.+-]*)?$|^(?:update|prepare|create|sync)(?:s|d|ed)?\s+(?:the\s+)?(?:release\s+)?branch\s+for\s+(?:the\s+)?(?:next\s+)?release\b/iu;
// Mending the docs: "fix documentation", "Fix typo in docs", "Fix typos in README.md", "fix docs for `x`". (Not "Fix
// typo in error message": users read that message.)
const DOCS_FIX = /^(?:fix(?:e[sd])?|correct(?:s|ed)?)\s+(?:(?:a|the|some|several|minor|small|few)\s+)*(?:typos?|spelling(?: mistakes?| errors?)?|grammar|docs?|documentation|readme(?:\.md)?|docstrings?)(?:\s+(?:in|of|for|on)\s+(?:the\s+)?(?:docs?|documentation|readme(?:\.md)?|[\w./-]+\.(?:md|rst|txt)|changelog|comments?|docstrings?|guides?|website))?[.!]?$|^(?:fix(?:e[sd])?|correct(?:s|ed)?)\s+(?:the\s+)?(?:docs?|documentation|readme)\b|^(?:fix(?:e[sd])?|correct(?:s|ed)?)\b[^.!?]{0,60}\b(?:in|of) (?:the )?(?:docs|documentation|readme(?:\.md)?)[.!]?$/iu;
// Work on the project's own tests, however it is said: "Fix flake in aws lambda tests", "Fix tests on Debian", "Be less
// strict for gradient rasterization in tests", "skip flaky test". Users of the release meet none of it. (Not "Add
// snapshot support in tests" or "Fix the test runner": what a test library adds or mends is its users'.)
const TEST_ONLY = /^(?!(?:add(?:s|ed)?|support(?:s|ed)?|introduc\w*|allow(?:s|ed)?|new)\b)(?:[^.!?]|\.(?=\S)){0,100}?\b(?:in|of|for|from) (?:the |our |some |several |all )?(?:[\w-]+ ){0,3}(?:tests?|test ?suites?|specs|unit tests|CI)[.!]?$|^(?:fix(?:e[sd])?|skip(?:s|ped)?|disable[sd]?|repair(?:s|ed)?|stabili[sz]e[sd]?|re-?enable[sd]?)\s+(?:(?:the|some|a|failing|broken|flaky|intermittent|several)\s+)*(?:[\w-]+\s+)?tests?\s+(?:on|under|with|when|for|in)\s|\bflak(?:e|es|y|iness)\b|^(?:修复|修正|更新|调整)(?:了)?(?:一些|部分)?(?:单元)?测试|测试(?:用例)?(?:修复|失败)/iu;
// Tidying the repository: "移除无用文件", "删除冗余代码", "Remove unused files", "Clean up dead code"; and the hooks that
// check commits ("修复husky问题", "update lint-staged config"). Nothing a user runs changes.
const REPO_TIDY = /^(?:移除|删除|清理|去除|去掉)(?:了)?(?:一些|部分)?(?:无用|多余|冗余|不必要|没用|废弃|未使用)的?(?:文件|代码|依赖|注释|资源|图片|样式|配置|目录)|^(?:remove[sd]?|delete[sd]?|clean(?:s|ed)? up|drop(?:s|ped)?)\s+(?:some\s+|the\s+)?(?:unused|dead|obsolete|redundant|unnecessary|useless|stale)\s+(?:files?|code|imports?|comments?|assets?|folders?|directories)\b|\b(?:husky|lint-staged|simple-git-hooks|commitizen|\.gitignore|\.editorconfig|\.gitattributes)\b/iu;
// Taking away what only the code had: "remove unnecessary errno.h include in poll.c", "remove unused variable", "delete
// dead code", "drop a redundant null check", "去除多余的判断". Users lose nothing; a cleanup, never a removal. (A lone
// "remove unused option" names what users may have set, and stays a removal.)
const CODE_CLEANUP = /^(?:remove[sd]?|delete[sd]?|drop(?:s|ped)?|clean(?:s|ed)? up|get(?:s)? rid of|eliminate[sd]?)\s+(?:(?:the|a|an|some|two|several|all)\s+)?(?:unused|dead|unnecessary|unneeded|redundant|obsolete|stale|superfluous|useless|extraneous|duplicated?|leftover|needless|unreachable)\s+(?:[\w.<>/#`'-]+\s+){0,2}?(?:#?includes?|headers?|imports?|variables?|vars|locals?|functions?|code|checks?|casts?|declarations?|definitions?|macros?|typedefs?|assignments?|branch(?:es)?|conditions?|conditionals?|statements?|comments?|locks?|calls?|struct(?:ure)?s?|members?|symbols?|returns?|loops?|initiali[sz]ations?|defines?|forward declarations?|semicolons?|lines?|logic)\b|^(?:移除|删除|去除|去掉|清理)(?:了)?(?:一些|部分)?(?:无用|多余|冗余|不必要|没用|未使用)的?(?:判断|变量|方法|函数|导入|引用|逻辑|类|常量|代码块)/iu;
// "优化代码", "代码优化", "Code cleanup", "Refactor code": work on the code that names nothing users meet; filler that ranks
// last.
const CODE_FILLER = /^(?:(?:优化|重构|整理|清理|调整|改进|完善|精简)(?:了)?(?:部分|一些|相关)?(?:代码|代码结构|代码逻辑)|(?:代码|代码结构|代码逻辑)(?:优化|重构|整理|清理|调整|改进|完善|精简)|コード(?:の)?(?:整理|改善|リファクタリング)|코드 (?:정리|개선|리팩토링))[。.!！]?$|^(?:code (?:optimi[sz]ations?|clean-?ups?|improvements?|refactor(?:ing)?s?|tidy(?:ing)?|quality)|(?:optimi[sz]e[sd]?|refactor(?:s|ed)?|clean(?:s|ed)? up|tid(?:y|ied)(?: up)?|improve[sd]?) (?:the |some )?code(?: quality| structure| base)?)[.!]?$/iu;
// The code reshaped, saying no behaviour users meet: "Simplify XML text loading", "Unify schema field construction",
// "Isolate cached parsed source values", "Update release benchmark data". The verb alone does not tell: "Streamline
// onboarding wizard", "Isolate tenants per workspace" and "Deduplicate search results" are what users meet. So the
// phrase must end on a word for how the code works (loading, parsing, values, logic, helpers) and name no thing users
// touch ("Simplify the configuration loading", "Unify the CLI output" stay changes).
const CODE_RESHAPE = /^(?:simplif(?:y|ies|ied)|unif(?:y|ies|ied)|consolidate[sd]?|restructure[sd]?|streamline[sd]?|refactor(?:s|ed)?|isolate[sd]?|deduplicate[sd]?)\s+(?![^`]*\b(?:api|apis|cli|config(?:uration)?s?|settings?|options?|syntax|output|errors?|error messages?|usage|setup|install(?:ation)?|interfaces?|ui|docs|documentation|themes?|presets?|commands?|flags?)\b)(?:[\w.-]+\s+){0,5}(?:loading|loaders?|parsing|parsers?|caching|caches|values|internals|logic|code|modules?|helpers?|utils|utilities|functions|classes|handling|implementation|construction|plumbing|wiring)$|^(?:update[sd]?|refresh(?:e[sd])?|regenerate[sd]?|add(?:s|ed)?)\s+(?:the\s+)?(?:release\s+)?benchmarks?(?:\s+(?:data|results|numbers|baselines?|snapshots?|scripts?))?$/iu;
// Documentation written for a topic: "Added documentation for doctest formatting tools and updated the integrations
// index to match", "Add docs on deploying behind a proxy". Docs, whatever heading files them ("Integrations").
const DOCS_ADDED = /^(?:add(?:s|ed)?|new|write|wrote|written|expand(?:s|ed)?|improve[sd]?)\s+(?:some\s+|more\s+|the\s+)?(?:documentation|docs)\s+(?:for|on|about|of|covering)\s+[^.!?]{1,120}[.!]?$/iu;
// "Preserve inherited required field types": kept again where it was lost.
const PRESERVES = /^preserve[sd]?\s+(?!(?:a\s+|an\s+)?(?:new\s+)?(?:option|flag|setting|mode)\b)/iu;
// The project's own lint and format settings tidied, or its type shims trimmed: "Optimize prettier config", "优化`prettier`
// 配置", "精简`types/shims-vue.d.ts`类型文件": how the code is kept, whatever section ("Perf") files it.
const DEV_CONFIG_TIDY = /^(?:optimi[sz]e|tidy|clean ?up|simplif(?:y|ie)|update|tweak|adjust|improve)[sd]?\s+(?:the\s+)?`?(?:prettier|eslint|stylelint|husky|commitlint|lint-staged|biome|oxlint)`?\s+(?:config(?:uration)?|rules?|settings?)\b|^(?:优化|调整|精简|完善|更新)(?:了)?\s*`?(?:prettier|eslint|stylelint|husky|commitlint|lint-staged|biome|oxlint)`?\s*(?:的)?(?:配置|规则)|^(?:精简|移除|删除|清理)[^。，,`]{0,10}`?[\w./-]{0,40}shims?[\w.-]{0,20}\.d\.ts`?/iu;
// A verb of taking away whose object is a fault or stray characters, not something users had: whitespace, characters,
// a bug, a warning, a flicker, a crash, "TOCTOU issues", duplicates. ("Remove the deprecated `x` option" names a thing
// users had, and is a removal.)
const REMOVES_A_FAULT = /^(?:remove[sd]?|strip(?:s|ped)?|trim(?:s|med)?|drop(?:s|ped)?|delete[sd]?|eliminate[sd]?|get(?:s)? rid of)\s+(?:(?:the|a|an|any|all|some|extra|excess(?:ive)?|unnecessary|unneeded|redundant|leading|trailing|and|extraneous|duplicated?|double|stray|spurious|invalid|unwanted|unexpected|misleading|annoying|noisy|confusing|bogus|wrong|incorrect|erroneous|superfluous|needless|useless|empty|blank|zero-width|non-breaking|invisible|deprecation|runtime|compiler|type|lint|build)\s+){0,5}(?:whitespaces?|white spaces?|spaces?|characters?|chars|newlines?|line ?breaks?|bugs?|warnings?|errors?|error messages?|flicker(?:ing)?|glitch(?:es)?|crash(?:es)?|console (?:logs?|warnings?|errors?|output|noise)|log (?:spam|noise)|noise|padding|margins?|blank lines?|empty lines?|BOMs?|quotes?|slashes|commas|semicolons|dots|artifacts?|flash(?:es)?|jank|jitter|memory leaks?|leaks?|race conditions?|races|deadlocks?|hangs?|(?:[\w-]+\s+)?(?:issues?|problems?)(?!\s+(?:tab|page|panel|view|list|command|link|button|section|templates?|tracker)\b))\b|^(?:remove[sd]?|strip(?:s|ped)?|drop(?:s|ped)?|delete[sd]?|eliminate[sd]?)\s+(?:the\s+|any\s+|all\s+)?(?:duplicated?\s+\S|duplicates\b)/iu;
// Words a change's text starts with (after its scope), in the languages release notes are written in; Japanese and
// Korean put the verb last, so their fixes and removals are read at the end too.
const KEYWORD_KINDS = [
    [/^(?:breaking\b|BREAKING)/u, "breaking"],
    [(text) => SECURITY_WORDS.test(text) || announcesSecurityRelease(text), "security"],
    // Cutting the release itself, before the bump words read "Bump version to 1.2.4" as a dependency.
    [RELEASE_STEP, "internal"],
    [DEPENDENCY_UPDATE, "dependencies"],
    [DEPENDENCY_ADDED, "dependencies"],
    [OWN_UPKEEP, "internal"],
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
    [/^(?:chore\b|ci\b|test(?:s|ing)?\b|refactor|lint|format(?:ting)?\b|clean ?up|release v?\d|version packages|prepare (?:for )?release|update (?:the )?(?:ci|workflows?|github actions?)|migrate (?:ci|tests?)|internal\b)|^重构|^测试|^リファクタ|(?:E2E ?)?テスト(?:を(?:追加|書)|に|コード|方法)|(?:添加|增加|补充)测试|테스트(?:를)? 추가/iu, "internal"],
    // "合并 `访问好友` 和 `信用购物` 功能", "优化 界面布局", "UI を改善", "성능 개선": what was reworked, neither added nor fixed.
    [/^(?:合并|优化|改进|调整|改善|改良)|(?:を)?(?:改善|改良)(?:しました|します|した)?[。.]?$|개선(?:했습니다|합니다|하였습니다|함|됨)?[.]?$/u, "change"],
];
// A floor raised only where the project itself is built or tested ("drop support for Node 16 in CI").
const INTERNAL_ONLY = /\b(?:CI|tests?|test matrix|workflows?|dev(?:elopment)? (?:environment|dependencies))\b/u;
// "CVE-2023-45857", "CVE 2023 45857", "GHSA-xxxx-xxxx-xxxx": an advisory's name alone.
const ADVISORY_ID_ONLY = /^(?:(?:CVE[-\s]\d{4}[-\s]\d{4,}|GHSA(?:-[0-9a-z]{4}){3}|(?:RUSTSEC|PYSEC|GO)-\d{4}-\d+)[\s,;]*)+\.?$/iu;
const ADVISORY_ID = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/giu;
/** The advisories a change names ("CVE-2024-39338", "GHSA-5hvv-m4w4-gf6v"), in upper case. */
const advisoryIds = (text) => (text.match(ADVISORY_ID) ?? []).map((id) => id.toUpperCase());
/** An item that only names an advisory, with no word of what changed: only a security section says it was fixed here. */
const isAdvisoryIdOnly = (text) => ADVISORY_ID_ONLY.test(text.trim());
// Words that name no change of their own: the release and its kind, the kinds of change in general, quantities
// without a number, and the verbs and small words that join them. A sentence made only of them ("This release includes
// a number of improvements since the last version.", "Please help us test this version and report any issues.", "No
// significant changes.") says that changes exist, not which.
const GENERIC_WORDS = new Set(("a an the this that these those it its is are was were be been being has have had do does did will would can " +
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
    "várias vários diversas pequenas correções melhorias otimizações e").split(" "));
// A sentence about the release, not about a change: its subject is the release, us, or no change at all.
const RELEASE_SUBJECT = /^(?:this|the|it|there|please|no|nothing|本次|此次|这次|本版本|此版本|该版本|这个版本|请|无|没有|今回|このリリース|本リリース|このバージョン|이번)/iu;
// A version after "since", "from" or "over" says where the changes start, not what they are.
const SINCE_VERSION = /\b(?:since|from|over|compared (?:to|with)|than|after)\s+(?:version\s+)?v?\d+(?:\.\d+)+[\w.+-]*/giu;
// The same words in Chinese, Japanese and Korean, longest first.
const CJK_GENERIC = /本次|此次|这次|本版本|此版本|该版本|这个版本|版本|发布|更新|包含|包括|带来|提供|进行|一些|若干|多项|多个|多处|部分|许多|大量|各种|诸多|细节|已知|问题|错误|缺陷|修复|修正|改进|优化|改善|提升|功能|性能|稳定性|体验|以及|和|与|及|并|的|了|等|请|帮助|我们|测试|报告|任何|反馈|没有|无|重大|显著|明显|变更|变化|改动|内容|新增|新|特性|文档|主要|常规|日常|维护|例行|补丁|一些|小|此|本|该|这|是|为|个|项|处|今回の|今回|このリリース|本リリース|このバージョン|リリース|バージョン|アップデート|いくつかの|いくつか|複数の|多数の|様々な|さまざまな|細かな|軽微な|小さな|マイナー|不具合|バグ|含まれています|含まれます|含みます|行いました|しました|します|ありません|大きな|特に|なし|ご協力|お願いします|ください|パフォーマンス|安定性|向上|ドキュメント|および|及び|です|ます|には|では|は|が|を|と|の|も|や|など|点|箇所|이번|릴리스|버전|업데이트|에는|에서|여러|몇 가지|몇몇|다양한|사소한|일부|버그|수정|개선|사항|변경|기능|성능|안정성|향상|포함되어|포함|있습니다|했습니다|합니다|없음|없습니다|주요|중요한|문서|및|등|는|은|가|을|를|와|과|이|bug|fix(?:es)?/giu;
// What says a change is vague: a quantity without a number, "known", "minor".
const VAGUE = /\b(?:various|several|many|some|a number of|lots of|numerous|multiple|assorted|miscellaneous|misc|general|a few|a bunch of|a handful of|minor|small|other|additional|overall|divers(?:es)?|plusieurs|quelques|mineur(?:e)?s|petit(?:e)?s|verschiedene|diverse|kleinere|einige|mehrere|vari[oa]s|algun[oa]s|menores|diversas|pequenas)\b|v[áa]ri[oa]s|peque[ñn]as|一些|若干|多项|多个|多处|部分|许多|各种|诸多|已知|细节|いくつか|複数|多数|様々|さまざま|細かな|軽微|여러|몇|다양한|사소한|일부/iu;
/** Only words that name no change: what is left once the generic words are taken out is nothing. */
function onlyGenericWords(text) {
    const bare = text.replace(SINCE_VERSION, " ").replace(/[’‘]/gu, "'");
    // A name in code, a number, an address or a name with capitals inside ("TypeScript") names something.
    if (/[`\d/@]|https?:|\p{Ll}\p{Lu}/u.test(bare))
        return false;
    if (CJK_LETTER.test(bare))
        return bare.replace(CJK_GENERIC, "").replace(/[\s\p{P}\p{S}]/gu, "").length === 0;
    const words = bare.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
    return words.length >= 2 && words.every((word) => GENERIC_WORDS.has(word.replace(/'s$/u, "")));
}
/**
 * A sentence about the release that names no change: "This release includes a number of improvements since the last
 * version.", "This is a patch release that addresses bug fixes and additional documentation for released features",
 * "Please help us test this version and report any issues.", "No significant changes.", "本次更新包含若干问题修复。". One
 * that names something (a feature, a CVE, a platform, a number) is not.
 */
const isContentFreeSentence = (sentence) => {
    const text = sentence.trim();
    if (isBoilerplate(text))
        return true;
    // A lead-in ("This has multiple problems:", "The new version brings:") is read with what it leads in to; a text the
    // notes cut ("…and more…") may go on to name something.
    if (/[:：…]$/u.test(text))
        return false;
    return RELEASE_SUBJECT.test(text) && (CJK_LETTER.test(text) || (text.match(/[\p{L}'-]+/gu)?.length ?? 0) >= 3) && onlyGenericWords(text);
};
// What a project says of itself in every release, naming no change of this one: its mission ("We are committed to…",
// "我们致力于…", "…に取り組んでいます", "저희는 …에 최선을 다하고 있습니다") and its thanks ("As always, thanks…", "感谢大家的支持",
// "いつもご利用いただきありがとうございます", "항상 감사드립니다").
const MISSION = /^(?:we(?:'re| are| remain| stay)? (?:(?:fully|deeply|always|still)\s+)?(?:committed|dedicated|devoted) to|we (?:continue|strive|aim|will continue|keep working) to (?:improve|make|deliver|provide|bring|build)|our (?:mission|goal|aim|commitment|focus) (?:is|remains)\b|as (?:always|usual|ever),? (?:a (?:big |huge )?)?(?:thanks?|thank you|many thanks|we (?:thank|appreciate|welcome|are grateful))|(?:many |big |huge )?thanks? (?:you )?(?:again |all )?for (?:your|the|all) (?:continued |ongoing |continuous )?(?:support|trust|patience|feedback|contributions)|we hope you enjoy|happy (?:coding|hacking)\b|enjoy(?: (?:the|this) (?:release|update|version))?[!.]?$)|^(?:我们)?(?:一直|始终|将(?:会)?继续|将|持续)?(?:致力于|专注于为)|^(?:一如既往|一如往常|和往常一样)[，,]?\s*(?:感谢|谢谢)|^(?:再次)?感谢(?:大家|各位|您|你们|所有用户)?(?:一直以来|长期以来)?(?:的|对[^。]{0,12}的)(?:支持|信任|反馈|关注)|^(?:私たちは|我々は)?[^。]{0,40}(?:に取り組んでいます|に尽力しています|に努めています|に取り組んでまいります)[。.]?$|^いつも[^。]{0,20}(?:ありがとうございます)|^引き続き[^。]{0,40}(?:よろしくお願い(?:いた)?します)[。.]?$|^(?:저희는|우리는)[^.]{0,40}(?:최선을 다하고 있습니다|노력하고 있습니다|전념하고 있습니다)[.]?$|^(?:항상|언제나|늘)[^.]{0,20}(?:감사(?:드립)?합니다|감사드립니다)[.!]?$/iu;
// "X focuses on security and performance optimization of the platform.", "本版本专注于安全与性能优化", "今回のリリースはセキュリティと
// パフォーマンスの最適化に重点を置いています", "이번 릴리스는 보안 및 성능 최적화에 중점을 두었습니다": what a release is about, said
// in words that fit every release.
const FOCUS = /^(?:[^.!?。]|\.(?=\d)){0,40}?\b(?:focus(?:es|ed)?|is focused|concentrates?|centers?|centres?|puts? (?:an? )?(?:emphasis|focus)) on\b([^.!?]*)[.!]?$/iu;
const FOCUS_WORDS = new Set("security performance optimization optimizations optimisation optimisations stability reliability platform platforms user users experience overall usability quality maintainability efficiency robustness speed compatibility and of the a its our improving improvement improvements improved enhancing enhancement enhancements further continued better general bug bugs fixes fixing making more on in for across".split(" "));
const CJK_FOCUS = /(?:专注于|聚焦于|侧重于|重点关注|着重于|主要关注)|(?:に重点を置いて|に注力して|に焦点を当てて)|(?:에 중점을 두었|에 초점을 맞추었|에 집중했)/u;
const CJK_FOCUS_WORDS = /本次|此次|这次|本版本|此版本|该版本|版本|更新|发布|主要|专注于|聚焦于|侧重于|重点关注|着重于|主要关注|平台|安全性?|性能|优化|稳定性|可靠性|体验|用户|整体|提升|改进|质量|和|与|及|以及|的|了|是|今回の|今回|このリリース|本リリース|リリース|バージョン|アップデート|セキュリティ|パフォーマンス|最適化|安定性|信頼性|プラットフォーム|ユーザー体験|全体|向上|改善|品質|および|に重点を置いています|に重点を置いた|に注力しています|に焦点を当てています|は|と|の|이번|릴리스는|릴리스|버전|업데이트는|업데이트|보안|성능|최적화에|최적화|안정성|신뢰성|플랫폼|사용자 경험|전반적인|향상|개선|품질|및|과|와|의|중점을|초점을|두었습니다|맞추었습니다|집중했습니다|에/gu;
/** Mission, thanks and focus sentences that would fit any release; one that names a number, an advisory or code is not. */
function isBoilerplate(text) {
    if (/[`]|\bCVE-|\bGHSA-/iu.test(text))
        return false;
    if (MISSION.test(text))
        return !/\d/u.test(text);
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
const namesNoChange = (text) => isContentFreeSentence(text) || ((VAGUE.test(text) || (text.match(/[\p{L}'-]+/gu)?.length ?? 0) >= 3) && !/[:：…]$/u.test(text.trim()) && !/^(?:\p{Lu}\p{L}*\s+)+\p{Lu}\p{L}*$/u.test(text.trim()) && onlyGenericWords(text));
// The words of speed in a change that names nothing else, and the words of other kinds that make it a mix ("Bug fixes and
// performance improvements" is housekeeping's filler).
const VAGUE_PERFORMANCE = /\bperformance\b|\bperf\b|\bspeed(?:[- ]?ups?)?\b|\bfaster\b|\boptimi[sz]ations?\b|性能|速度|パフォーマンス|高速化|성능|속도/iu;
const VAGUE_OTHER_KIND = /\bfix|\bbug|\bfeatures?\b|\bstability\b|\bdocs?\b|\bdocumentation\b|\bsecurity\b|\bcleanups?\b|\brefactor|修复|修正|バグ|不具合|버그|수정|功能|機能|기능|稳定|安定|안정/iu;
// A commit's own making, not a change: applying a review's suggestions, merging a branch, and a bare touch to one of the
// repository's own files (a dotfile, a read-me, a config file) with nothing said about what changed in it.
const REPO_FILE = String.raw `(?:[\w./-]*\/)?(?:\.[\w.-]+|(?:${REPOSITORY_DOC_FILES})(?:\.(?:md|rst|txt|markdown))?|tsconfig[\w.-]*\.json|package\.json|[\w-]+\.config\.(?:[cm]?[jt]s|json)|\.github\/[\w./-]+)`;
const COMMIT_MAKING = new RegExp(String.raw `^(?:apply(?:ing)? (?:the )?(?:code )?(?:review )?suggestions? from (?:the )?(?:code )?review|merge[sd]? (?:(?:remote-tracking )?branch|tag) ["'‘“\x60]?[\w./@-]+["'’”\x60]?(?: of [^\s]+)?(?: into ["'‘“\x60]?[\w./@-]+["'’”\x60]?)?|merge[sd]? pull request #\d+ from [\w./-]+|(?:update[sd]?|create[sd]?|add(?:s|ed)?|edit(?:s|ed)?|delete[sd]?|remove[sd]?|modif(?:y|ies|ied)|rename[sd]?|change[sd]?) (?:the )?\x60?${REPO_FILE}\x60?)\.?$`, "iu");
// A pull request named for the branches it merged ("Develop", "Dev to master", "main → release") or made for a demo
// ("Testing schema references for the demo"): how the work moved, not a change users get.
const BRANCH = "(?:develop(?:ment)?|dev|main|master|staging|next|beta|canary|release|stable|prod(?:uction)?)";
const BRANCH_OR_DEMO = new RegExp(String.raw `^(?:(?:develop(?:ment)?|dev|main|master|staging)|${BRANCH}\s*(?:to|into|→|->|=>|➡️?)\s*${BRANCH}(?:\s+branch)?|[^.!?]{1,160}\bfor (?:the |a |our )?demo)[.!]?$`, "iu");
// What only the repository has, not the package: its README and badges, tests, CI, bot and funding files, licence.
const REPOSITORY_PART = new RegExp(String.raw `\b(?:README(?:\.md)?|CI|FUNDING(?:\.yml)?|LICEN[CS]E(?:\.md)?|renovate(?:\.json)?|dependabot(?:\.yml)?|CODEOWNERS|CONTRIBUTING(?:\.md)?|code of conduct|issue templates?|(?:${TEST_SUITES}) tests?|tests? (?:suite|cases?|coverage)|(?:in|to|for) (?:the )?tests)(?![\w.-])|(?:^|\s)\.(?:github\/[\w./-]+|gitignore|editorconfig)\b`, "u");
// Such a change names no package code: "Add badges to README", "Delete renovate.json", "update type hints in tests".
const BUMP_WORDS = /\b(?:bump|update[sd]? (?:dependency|dependencies|deps)|upgrade|pin)\b|\[bot\]/iu;
// What a tool makes of such files is its product: "Add a README renderer plugin", "support for CODEOWNERS parsing".
const PRODUCT_WORDS = /\b(?:plugins?|render(?:s|er|ers|ing)?|pars(?:e|es|er|ers|ing)|generat(?:e|es|or|ors|ion)|templates?|commands?|options?|flags?|support for|rules?)\b/iu;
function repositoryOnly(text) {
    if (BUMP_WORDS.test(text) || PRODUCT_WORDS.test(text))
        return false;
    const parts = text.split(/,\s*|;\s*|\s+and\s+/u).filter((part) => part.trim() !== "");
    return parts.length > 0 && parts.every((part) => REPOSITORY_PART.test(part) || /^(?:configure|set up|setup) (?:renovate|dependabot)\b/iu.test(part.trim()));
}
// A fix of the project's own tooling, not of what users run: "Fix eslint warnings", "fix: lint errors", "Fix CI", "Fix
// the build on CI", "Fix mypy errors", "Update test snapshots". ("Fix TypeScript errors when using strict mode" goes on
// to say whose errors, and "Fix build on macOS" is the build users run: fixes.) How it was done may follow: "Address
// linter errors by removing the `wsl` linter"; so may "satisfy golangci-lint", "make clippy happy".
const TOOLING_FIX = new RegExp(String.raw `^(?:(?:fix(?:e[sd])?|resolve[sd]?|address(?:es|ed)?|silence[sd]?|suppress(?:es|ed)?|repair(?:s|ed)?|update[sd]?|satisf(?:y|ies|ied)|appease[sd]?|please[sd]?|make[sd]?|made)\s+)?(?:the\s+|some\s+|all\s+|a\s+few\s+|more\s+|remaining\s+|new\s+)?` +
    String.raw `(?:(?:eslint|clippy|mypy|pyright|tsc|rubocop|phpstan|psalm|golangci-lint|flake8|ruff|pylint|stylelint|lint(?:ing|er)?|type[- ]?check(?:ing|er)?|compiler|ci|test|tests|test suite|flaky tests?|snapshots?|build (?:on|in) (?:the )?ci)\s*)+` +
    String.raw `(?:errors?|warnings?|issues?|failures?|complaints?|findings?|snapshots?|happy)?(?:\s+(?:on|in|for)\s+(?:the\s+)?(?:ci|tests?|main))?(?:\s+(?:by|with|via)\s+[^.!?]{1,80})?[.!]?$`, "iu");
const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** True when the words of a line alone read as `kind` by the first-word rules. */
const wordsSay = (words, kind) => KEYWORD_KINDS.some(([pattern, own]) => own === kind && matches(pattern, words));
// The all-contributors bot's commit ("Add juwit as a contributor for code", "docs: add @a as a contributor for doc,
// bug"): a credit, which a post gives no line nor count, as it drops a "New Contributors" section.
const CONTRIBUTOR_CREDIT = /^(?:(?:docs?|chore)(?:\([^)\n]{0,30}\))?:\s*)?(?:add|update)s?\s+@?[\w.-]+(?:\[bot\])?\s+as\s+(?:a\s+)?contributors?\b(?:\s+for\s+[\w, -]{1,80})?[.!]?$/iu;
/** Reads one change line: conventional prefix, leading emoji, first words. */
// Several rules read the same line (boilerplate, lead-in, kind): it is read once, and the reading, shared, is frozen.
const readItem = memoized((text) => Object.freeze(readItemAfresh(text)));
function readItemAfresh(text) {
    const read = warnedInline(readMarks(text.replace(SOURCE_NUMBER, "")));
    // A step of cutting the release ("v4 release", "Release 4.0.0", "Bump version to 4.0") is no change in it, under any
    // heading: release-please lists its "v4 release" commit under "⚠ BREAKING CHANGES". It is neither shown nor counted.
    // So is the making of a commit ("Apply suggestions from code review", "Merge branch 'main' into esm") and a touch to a
    // repository file that names no change ("Update .eslintrc.cjs", "Update README.md"): a squashed pull request's commit
    // subjects pasted under "BREAKING CHANGES" (commitlint 19) break nothing.
    if (CONTRIBUTOR_CREDIT.test(text.replace(LEADING_ICONS, "").trim()) || RELEASE_STEP.test(read.text.trim()) || COMPATIBILITY_NOTE.test(read.text.trim()) || COMMIT_MAKING.test(read.text.trim()) || BRANCH_OR_DEMO.test(read.text.trim()))
        return { kind: "internal", breaking: false, text: "" };
    // "feat: add badges to README and update type hints in tests", "Delete renovate.json": work on the repository only,
    // whatever its type says; housekeeping, never a feature.
    if ((read.kind === null || read.kind === "feature" || read.kind === "change" || read.kind === "other" || read.kind === "removal" || read.kind === "dependencies") && repositoryOnly(read.text))
        return { ...read, kind: "internal" };
    if ((read.kind === null || read.kind === "fix") && TOOLING_FIX.test(read.text.trim()))
        return { ...read, kind: "internal" };
    // "generator: log `traceID` …", "playground: add dark mode": the part named first is the project's own dev set-up.
    if (read.kind !== "breaking" && read.kind !== "security" && devPart(read.text))
        return { ...read, kind: "internal" };
    // "… since Python 2 support was removed. … the flag will remain as a no-op to avoid breakage": a removal it mentions
    // in passing, where the line says it breaks nothing; its section says what it is.
    if (read.kind === "breaking" && !read.breaking && DISCLAIMS_BREAK.test(read.text))
        return { ...read, kind: null };
    // "Various bug fixes and improvements": housekeeping's rank, shown only when the release says nothing else.
    // "Minor performance optimizations", "性能优化": vague, but what users get is speed; ranked with the performance changes.
    const vague = read.kind !== "breaking" && read.kind !== "security" && namesNoChange(read.text);
    const reading = vague ? { ...read, kind: VAGUE_PERFORMANCE.test(read.text) && !VAGUE_OTHER_KIND.test(read.text) ? "performance" : "internal" } : read;
    // "feat: 升级后需要自行引入 X 模块", "✨ 非互換な変更…": a type or an icon that calls it a feature does not make it safe.
    // A tag that flags a break ("【可能的向下兼容问题】修复…") does, even on a fix.
    const mayBreak = reading.kind === null || (!isNoise(reading.kind) && reading.kind !== "fix" && reading.kind !== "security") || CJK_COMPAT_TAG.test(reading.text);
    if (reading.breaking || !mayBreak || !cjkBreaking(reading.text))
        return reading;
    const named = CJK_COMPAT_TAG.test(reading.text) || CJK_NAMED_BREAK.test(reading.text);
    return { ...reading, kind: "breaking", breaking: true, ...(named ? {} : { onlyIncompatible: true }) };
}
// What a "Compatibility" section states every release, which breaks nothing: "APIs are backwards compatible with all
// previous releases", "Realm Studio: 15.0.0 or later.", "Xcode: 15.3.0-16.1 beta.", "Carthage release for Swift is
// built with Xcode 15.4.0." A floor the text says was raised or dropped is read as one elsewhere (PLATFORM_FLOOR).
const COMPATIBILITY_NOTE = new RegExp(String.raw `^(?:(?:the|all|public|our)\s+)*(?:APIs?|this (?:release|version)|it)\s+(?:is|are|remains?|stays?)\s+(?:fully\s+|still\s+)?backwards?[- ]compatible(?:\s+with\s+[^!?;]{1,100}?)?[.!]?$` +
    String.raw `|^\p{L}[\p{L}\p{N} .+#-]{0,30}[:：]\s*v?\d[\w.]*(?:\s*[-–~]\s*v?\d[\w.]*)?(?:\s+(?:beta|rc\d*|preview))?(?:\s+or\s+(?:later|newer|above|higher))?\.?$` +
    String.raw `|^[^.!?:]{0,80}\b(?:is|are)\s+built\s+(?:with|using|against)\s+\p{L}[\p{L}\p{N} .+#-]{0,30}?\s+v?\d[\w.]*\.?$`, "iu");
// The notes' own numbering before a change ("1、【新增】…", "2. …", "(3) …", "4）…"): the post's bullets number nothing,
// and once a change is left out the numbers jump. ("1.5x faster" and "2FA" are no numbering: a full stop needs a space.)
const SOURCE_NUMBER = /^(?:\d{1,3}(?:[、．]|\.(?=\s)|[)）])|[(（]\d{1,3}[)）])\s*(?=\S)/u;
// A warning sign inside a change ("`Button`: ⚠️ `--x-size` 变更为 `--x`；⚠️ 移除 `--y`") flags what breaks, under any
// heading; the sign has said it, and goes. (Signs inside code are the code's; "❗" says important, not breaking.)
const WARNING_SIGN = /(?:⚠️?|💥)/u;
const SIGN_OR_CODE = /(`[^`\n]*`)|[ \t]*(?:⚠️?|💥)[ \t]*/gu;
function warnedInline(reading) {
    if (reading.breaking || !WARNING_SIGN.test(reading.text.replace(/`[^`\n]*`/gu, "")))
        return reading;
    // After full-width punctuation ("；⚠️ 移除") nothing stays; after words or ASCII punctuation, one space.
    const text = reading.text.replace(SIGN_OR_CODE, (whole, code, offset, all) => code ?? (offset === 0 || offset + whole.length === all.length || /[；：，。、（！？]$/u.test(all.slice(0, offset)) ? "" : " "));
    return { ...reading, kind: "breaking", breaking: true, text };
}
// What names a change as a break, not a state that is incompatible: "破坏性变更", "不兼容的修改", "非互換な変更", what to do
// after upgrading.
const CJK_NAMED_BREAK = /破坏性|破壊的|(?:不兼容|不向[下后]兼容|非互換|호환되지 않는)\s*(?:的|な)?\s*(?:变更|变动|改动|更改|修改|変更|변경)|升级(?:后|之后|以后|时)|(?:アップグレード|アップデート|バージョンアップ)(?:後|時|する際|の際)|업그레이드 (?:후|시|할 때)/u;
// Tags in capitals some plain-text changelogs open every line with ("NEW: …", "CHG: …", "FIX: …"): the group's
// label says them, so they go. Only in capitals: "Fix: the crash when …" is a sentence.
// Lombok's "PLATFORM: JDK20 support added." says a platform is newly supported: a feature (one it drops breaks, below).
const CAPS_TAG = /^(NEW|ADD(?:ED)?|FEATURES?|PLATFORM|FIX(?:ED)?|BUGFIX|CHG|CHANGED?|UPD(?:ATED?)?|IMP(?:ROVED)?|DEL(?:ETED)?|REMOVED?|SEC(?:URITY)?|PERF|DOCS?)[:：]\s+/u;
const CAPS_KINDS = [
    [/^(?:NEW|ADD|FEATURE|PLATFORM)/u, "feature"],
    [/^(?:FIX|BUGFIX)/u, "fix"],
    [/^(?:DEL|REMOVE)/u, "removal"],
    [/^SEC/u, "security"],
    [/^PERF/u, "performance"],
    [/^DOC/u, "docs"],
];
/** "NEW: x": the tag's kind and the text without it; a break the rest names itself still breaks. */
function readCapsTag(text) {
    const tag = CAPS_TAG.exec(text);
    if (!tag)
        return null;
    const rest = text.slice(tag[0].length);
    const own = readItem(rest);
    if (own.kind === "breaking")
        return own;
    return { kind: CAPS_KINDS.find(([pattern]) => pattern.test(tag[1] ?? ""))?.[1] ?? "change", breaking: false, text: rest };
}
// A category tag at the end of a change: "支持引述块 `引入特性`", "… `修复缺陷`", "Add dark mode [Feature]", "Crash on start
// (fix)". In code only with Chinese, Japanese or Korean words: "Add the `fix` command" names a command.
const TRAILING_TAG = /\s*(?:`([^`\n]{1,12})`|\[([^\]\n]{1,24})\]|\(([^)\n]{1,24})\)|【([^】\n]{1,12})】)\s*$/u;
/** "支持引述块 `引入特性`": the tag's kind and the text without it; what the rest says of a break or a hole, or that it
 *  is noise (a bump, docs), still counts. */
function readTrailingTag(text) {
    const tag = TRAILING_TAG.exec(text);
    if (!tag || tag.index === 0)
        return null;
    const name = (tag[1] ?? tag[2] ?? tag[3] ?? tag[4] ?? "").trim();
    if (UNSTABLE_HEADING.test(name) || /^(?:dev|development)$/iu.test(name))
        return null;
    if (tag[1] !== undefined && !CJK_LETTER.test(name))
        return null;
    const meaning = isCategoryName(name) || CJK_LETTER.test(name) || /^[a-z]+(?:[ -][a-z]+)?$/iu.test(name) ? headingMeaning(name) : null;
    // "(security)" says a hole was closed, which the security words read with the rest (see SECURITY_FIX).
    if (meaning === null || meaning === "generic" || meaning === "drop" || meaning === "security")
        return null;
    const rest = text.slice(0, tag.index); // "feat: add X (docs)": a type in front says the kind; the bracket is a remark.
    if (CONVENTIONAL.test(rest) || BRACKET_TAG.test(rest))
        return null;
    const own = readItem(rest);
    if (own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind)))
        return { ...own, tagged: true };
    return { kind: meaning, breaking: meaning === "breaking", text: own.text, tagged: true };
}
// A change told as an order, by its verb: "normalize nested token overrides", "add a flag", "handle empty input".
const IMPERATIVE = /^(?:add|allow|avoid|bump|change|check|clean|clear|correct|disable|drop|enable|ensure|expose|fix|handle|improve|keep|make|move|prevent|remove|rename|replace|reset|resolve|respect|restore|return|set|show|skip|stop|support|update|upgrade|use|\p{Ll}{3,}(?:ize|ise|ify))\s/u;
// Names written in lower case wherever they stand: commands and tools that a change starts with ("npm install …",
// "git worktree …"). So is a word with no vowel ("pnpm", "jq", "gh", "tsc"), and a word before a flag ("bat --plain").
// (source-marks.ts reads commit subjects' first words with the same list.)
const LOWER_CASE_NAME = /^(?:[b-df-hj-np-tv-xz]+|git|npm|npx|pnpm|pip|pipx|uv|uvx|yarn|webpack|esbuild|eslint|vite|vitest|pytest|rustc|rustup|kubectl|clang|vim|nvim|curl|wget|sudo|ssh|zsh|ffmpeg|systemd|iptables|deno|bun|node|nodejs|cargo|gradle|maven|brew|apt|dnf|helm|docker|podman|cmake|bash|jest|mocha|babel|rollup|turbo|nx|lerna|tsx|tsup|biome|oxlint|ruff|mypy|black|flake8|tox|poetry|conda|gem|bundler|rake|rails|composer|php|perl|dotnet|nuget|swift|xcodebuild|adb|fastlane|ios|macos|watchos|tvos|visionos|ipados)$/u;
/** A change's first word, a plain lower-case word ("anchors", "handle"), in capitals' case; a name from code
 *  ("useId", "x_y", "npm-run", "`foo`", "v2", "package.json") or a command ("npm", "git", "fd --hidden") keeps its own. */
function sentenceCase(text) {
    const word = /^\p{Ll}+(?=[\s,;:!?]|\.(?!\w)|$)/u.exec(text)?.[0];
    if (word === undefined || LOWER_CASE_NAME.test(word) || /^\s+--?\w/u.test(text.slice(word.length)))
        return text;
    return text.charAt(0).toUpperCase() + text.slice(1);
}
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// A type word before Chinese, Japanese or Korean text ("Feature: 放宽…", "Fix: 修正…", "Remove: 移除…", "CI: …", "Dev: 修复
// devcontainer…", "Internal: …を直接依存から削除しました"): no English sentence starts there, so the word is a tag: it gives
// the kind and goes.
const TYPE_BEFORE_CJK = /^(feat(?:ure)?s?|fix(?:e[sd])?|bug ?fix(?:es)?|remove[sd]?|removals?|docs?|documentation|ci|dev|chore|refactor|perf(?:ormance)?|tests?|build|style|deps|dependencies|security|breaking(?:[ -]changes?)?|deprecat(?:e[sd]?|ions?)|improve(?:d|ments?)?|enhance(?:d|ments?)?|new|add(?:ed)?|change[sd]?|update[sd]?|internal)\s*[:：]\s*/iu;
/** "Fix: 修正 X": the type's kind, and the text without it to show under a label that names a kind, when the rest is
 *  not an English sentence. */
function readTypeBeforeCjk(text) {
    const tag = TYPE_BEFORE_CJK.exec(text);
    // Lower case ("feat: 升级 X") is a conventional commit's type, read with its scope and bumps below.
    if (!tag || !/^\p{Lu}/u.test(text))
        return null;
    const rest = text.slice(tag[0].length);
    if ((rest.replace(/`[^`]*`/gu, "").match(new RegExp(CJK_LETTER.source, "gu"))?.length ?? 0) < 2)
        return null;
    const word = (tag[1] ?? "").toLowerCase();
    const kind = word === "dev" || word === "style" ? "internal" : (CONVENTIONAL_KINDS[word] ?? asKind(headingMeaning(word)));
    const own = readItem(rest);
    // The prefix stays until a label that names a kind stands above it (see model.ts): under "Client" it says "Fix".
    if (kind === null || own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind)))
        return { ...own, kind: own.kind ?? kind, text, untyped: own.text };
    return { kind, breaking: kind === "breaking", text, untyped: own.text };
}
// A kind word the notes set before a change: in brackets ("[新增] X", "【修复】X", "[Improvement] X"), or a Chinese or
// Japanese one before a colon ("新增：X", "修正：X"), or an English category before a dash ("Bugfix - X"). Its kind
// is the change's; under a label that names a kind it goes, as the label says it ("新特性： • [新增] …" says it twice).
const CJK_KIND_WORD = /^(?:新增|新功能|新特性|特性|功能|增强|优化|改进|改善|修复|修正|故障|缺陷|调整|变更|更改|修改|重构|升级|移除|删除|废弃|弃用|文档|性能|新機能|機能追加|機能改善|追加|改善|変更|不具合修正|バグ修正|削除|廃止|ドキュメント)$/u;
const CJK_TAG_KINDS = [
    [/^(?:故障|缺陷)$/u, "fix"],
    [/^(?:调整|修改)$/u, "change"],
    [/^升级$/u, "dependencies"],
];
const LEADING_TAG = /^(?:[[【（(]\s*([^\]】）)\n]{1,20}?)\s*[\]】）)]\s*(?:[:：]\s*|[-–—]\s+)?|([\p{Script=Han}\p{Script=Katakana}]{2,6})\s*[:：]\s*|([A-Za-z][A-Za-z ]{1,20}?)\s+[-–—]\s+)(?=\S)/u;
/** "[新增] X", "【修复】X", "新增：X", "Bugfix - X": the tag's kind, `untyped` the change without it; what the rest says of a
 *  break, or that it is noise (a bump, docs), still counts. */
function readLeadingTag(text) {
    const tag = LEADING_TAG.exec(text);
    // The English tags of a fixed vocabulary ("[FIX] x", "[CHANGE] x") are read as such below.
    if (!tag || BRACKET_TAG.test(text))
        return null;
    const word = (tag[1] ?? tag[2] ?? tag[3] ?? "").trim();
    // "【升级】… 执行器所在机器需要安装 PowerShell 7": an upgrade users must act on, which ranks with the breaking changes.
    if (tag[2] === undefined && tagAsksToAct(word, text)) {
        const rest = text.slice(tag[0].length);
        return { kind: "breaking", breaking: true, text: rest, untyped: rest, tagged: true };
    }
    const cjk = CJK_KIND_WORD.test(word);
    // An English word only when it is a category's name: "(Windows) …", "[Experimental] …" and "Foo - …" are no kinds.
    if (!cjk && (tag[2] !== undefined || !/^[A-Za-z]/u.test(word) || !(isCategoryName(word) || word.toLowerCase().replace(/\s+/gu, "") in CONVENTIONAL_KINDS)))
        return null;
    const kind = (cjk ? CJK_TAG_KINDS.find(([pattern]) => pattern.test(word))?.[1] : undefined) ?? asKind(headingMeaning(word));
    if (kind === null || kind === "other" || kind === "breaking" || kind === "security")
        return null;
    const rest = text.slice(tag[0].length);
    const own = readItem(rest);
    // A bracket or a dash tags the line, and lines without sections group by it; "新增：X" in a list without sections is
    // read as written.
    const tagged = tag[2] === undefined;
    if (own.kind === "breaking" || own.kind === "security" || (own.kind !== null && isNoise(own.kind)))
        return { ...own, untyped: own.text, tagged };
    return { kind, breaking: false, text, untyped: own.text, tagged };
}
const asKind = (meaning) => (meaning === null || meaning === "generic" || meaning === "drop" ? null : meaning);
// Tags in Chinese, Japanese and Korean that call a change a security fix or a break.
const CJK_SECURITY_TAG = /(?:安全|漏洞)(?:修复|修正|更新|补丁|问题|漏洞)?|セキュリティ(?:修正|対策|アップデート)?|脆弱性(?:修正|対策)?|보안(?: ?(?:수정|패치|업데이트|취약점))?|취약점(?: ?수정)?/u;
const CJK_BREAKING_TAG = /不向[下后]兼容|向下不兼容|不兼容(?:变更|更新|修改)?|破坏性(?:变更|更新|修改|改动)?|非互換|破壊的変更|互換性のない変更|호환성 (?:깨짐|변경)|(?:주요|중대한|파괴적) 변경(?: ?사항)?/u;
const markerKind = (word) => /^secur|^(?:安全|漏洞|セキュリティ|脆弱性|보안|취약점)/iu.test(word) ? "security" : /^break|兼容|破坏|破壊|互換|호환|변경/iu.test(word) ? "breaking" : /^deprecat/iu.test(word) ? "deprecation" : "removal";
// A marker that says what users must know of a change, before it: "[SECURITY] Fix …", "(security) …", "SECURITY: …",
// "[Deprecated] …", "⚠️ Breaking: …", "Breaking (`pkg/sub`): …", "🔒 [Security] …", "Removed: …" (bold already gone). The kinds a reader must still
// see when no label above the line says them.
// The same in Chinese, Japanese and Korean: "[漏洞修复]", "[安全]", "[セキュリティ]", "[보안]", "[不向下兼容]", "[破坏性变更]".
/** The words that mark a change breaking, in any language ("Breaking change", "破坏性变更", "破壊的変更", "주요 변경"): a
 *  marker before a change, and the bold one markdown.ts gives its colon. */
// "Breaking type changes:", "Breaking API change:" say it with what they break between.
const BREAKING_MARKER_WORD = String.raw `breaking(?:(?: [a-z]{2,15})?[ -]changes?)?|${CJK_BREAKING_TAG.source}`;
const MARKER_WORD = String.raw `security(?:[ -](?:fix(?:es)?|updates?|patch(?:es)?))?|${BREAKING_MARKER_WORD}|deprecated|deprecation|removed|removal|${CJK_SECURITY_TAG.source}`;
const KIND_MARKER = new RegExp(String.raw `^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:[[(【（]\s*(${MARKER_WORD})\s*[\])】）]\s*(?:[:：]\s*|[-–—]\s+)?|(${MARKER_WORD})(?:\s*[(（]([^()（）\n]{1,60})[)）])?\s*[:：]\s*)(?=\S)`, "iu");
// The words a marker's kind is shown in when no label says it.
const MARKER_WORDS = {
    security: ["Security", /\bsecurity\b|\bvulnerab|\bCVE-|\bGHSA-/iu],
    deprecation: ["Deprecated", /\bdeprecat/iu],
    removal: ["Removed", /\b(?:remov|drop|delet)/iu],
};
/** "[SECURITY] Fix XSS": the marker's kind; the text keeps the marker in words ("Security: Fix XSS") for a post that
 *  shows no label, and `untyped` is the text without it, for under a label that says it. */
function readKindMarker(text) {
    const marker = KIND_MARKER.exec(text);
    if (!marker)
        return text.startsWith("[") ? readTaggedPartMarker(text) : null;
    const word = (marker[1] ?? marker[2] ?? "").toLowerCase();
    const kind = markerKind(word);
    const rest = text.slice(marker[0].length);
    // "Breaking (`@wagmi/core/tempo`): Removed x": the part it breaks stays, as a scope before the change.
    const scope = marker[3]?.trim();
    if (kind === "breaking")
        return { kind, breaking: true, text: scope ? `${scope}: ${rest}` : rest };
    const own = readItem(rest);
    // "[Deprecated] BREAKING: x" breaks; "[SECURITY] Bump rack" is a bump the model weighs (a bump that names its hole).
    if (own.kind === "breaking" || (kind !== "security" && own.kind !== null && isNoise(own.kind)))
        return { ...own, text: rest };
    if (kind === "security" && own.kind === "dependencies")
        return { ...own, text: rest };
    return markedAs(kind, rest, CJK_LETTER.test(word) ? word : undefined);
}
// "[Rust] [BREAKING] x", "[C] [ダウンローダー] [BREAKING] x": tags naming the part (a binding, a tool) before the marker.
const PART_TAGS = /^(?:\[[^\][\n]{1,24}\]\s*){1,3}(?=\[)/u;
/** A breaking marker after the tags of the part it breaks: breaking, the parts kept as its scope ("Rust: x"). */
function readTaggedPartMarker(text) {
    const tags = PART_TAGS.exec(text);
    const marker = tags ? KIND_MARKER.exec(text.slice(tags[0].length)) : null;
    if (!tags || !marker || markerKind((marker[1] ?? marker[2] ?? "").toLowerCase()) !== "breaking")
        return null;
    const parts = [...tags[0].matchAll(/\[([^\]]+)\]/gu)].map((part) => (part[1] ?? "").trim());
    return { kind: "breaking", breaking: true, text: `${parts.join(", ")}: ${text.slice(tags[0].length + marker[0].length)}` };
}
/** A change a tag marks as a security fix, deprecation or removal: the text says the kind in words for a post that shows
 *  no label ("Security: Fix XSS", "安全：修复越权访问"), `untyped` is the text without them, for under a label that says it. */
const CJK_FIX_TYPE = /^(?:修复|修正|修改|优化|fix(?:ed)?|bug ?fix)\s*[:：]\s*/iu;
const CJK_FIXED = /修复|修復|修正|修补|修補|対策|対応|解决|解決|수정|패치|해결|\bfix/iu;
function markedAs(kind, rest, cjkWord) {
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
// ("[不向下兼容]", "[BREAKING]", "(breaking change)", "[非互換]"). The flag sets the rank; the post shows the change
// without it.
const FLAG_TAG = new RegExp(String.raw `\s*(?:[[(【（]\s*(?:(important|critical|重要|重大|必读|必看|注意|重要な変更|중요)|(breaking(?:[ -]changes?)?|incompatible|backwards?[- ]incompatible|${CJK_BREAKING_TAG.source})|(security(?:[ -](?:fix(?:es)?|updates?|patch(?:es)?))?|${CJK_SECURITY_TAG.source}))\s*[!！]?\s*[\])】）])\s*$`, "iu");
const BUMP_VERB = /^(?:upgrade|bump|update|pin)(?:s|d|ed)?\s/iu;
function readFlagTag(text) {
    const tag = FLAG_TAG.exec(text);
    if (!tag || tag.index === 0)
        return null;
    const own = readItem(text.slice(0, tag.index));
    if (tag[2] !== undefined)
        return { ...own, kind: "breaking", breaking: true };
    // "Fix token check [Security]", "Harden the cookie flags (security)", "修复越权访问 [安全]": a security fix, the tag said
    // in words where nothing else says it. (A bump's "Upgrade openssl (security)" says why it was bumped: a remark the
    // sentence keeps, which the model weighs.)
    if (tag[3] !== undefined) {
        if (!CJK_LETTER.test(tag[3]) && /^\s*[(（]/u.test(tag[0]) && (own.kind === "dependencies" || BUMP_VERB.test(own.text)))
            return null;
        return own.kind === "breaking" ? own : markedAs("security", own.text, CJK_LETTER.test(tag[3]) ? tag[3] : undefined);
    }
    // "Add X [重要]": its own kind, as one of the release's headline changes when it says none.
    return { ...own, kind: own.kind ?? "highlight" };
}
// A fix that names only a thing ("image tag", "Grafana version"), no fault, no verb, no place: the words left of a
// commit subject after its type. ("memory leak", "broken links", "crash on exit" say what was wrong.)
const FAULT_WORD = /\b(?:leaks?|crash(?:es)?|panics?|races?|deadlocks?|hangs?|freezes?|errors?|exceptions?|bugs?|regressions?|overflows?|typos?|warnings?|failures?|flicker\w*|glitch\w*|segfaults?|vulnerabilit\w+|issues?|problems?|broken|wrong|incorrect|missing|invalid|bad|duplicated?|stale|misaligned|unused)\b/iu;
const JOINING_WORD = /\b(?:on|in|when|with|for|of|to|not|no|by|after|before|if|from|at|while|and|or|is|are|was|does|can|should)\b/iu;
function bareNounPhrase(text) {
    const words = text.trim().replace(/[.!]$/u, "").split(/\s+/u);
    return words.length <= 4 && words.every((word) => /^[A-Za-z][\w.-]*$/u.test(word) && !/(?:ed|ing)$/u.test(word)) && !FAULT_WORD.test(text) && !JOINING_WORD.test(text);
}
// The project's own website and docs site are no part of what users install: "website: tsconfig is blank" under "Fixes"
// ranks under the rule fixes, as the docs do.
const SHOWCASE_SCOPE = /^(?:playgrounds?|storybook|examples?|demos?|sandbox|fixtures|dev ?containers?|website|site|docs-site|homepage)$/iu;
function devPart(text) {
    const part = /^\x60?([\w@/.-]{1,40})\x60?[:：]\s*(.*)$/su.exec(text);
    return part !== null && (SHOWCASE_SCOPE.test(part[1] ?? "") || devDataGenerator(part[1] ?? "", part[2] ?? ""));
}
function readMarks(text) {
    // 'Revert "chore!: minimum node version v20"': undoing a commit, breaking or not, breaks nothing.
    if (REVERT_OF_COMMIT.test(text))
        return { kind: "internal", breaking: false, text };
    const flagged = readFlagTag(text);
    if (flagged)
        return flagged;
    const marked = readKindMarker(text);
    if (marked)
        return marked;
    const leading = readLeadingTag(text);
    if (leading)
        return leading;
    const tagged = readTrailingTag(text);
    if (tagged)
        return tagged;
    const typed = readTypeBeforeCjk(text);
    if (typed)
        return typed;
    const capsTag = readCapsTag(text);
    if (capsTag)
        return capsTag;
    const iconed = EMOJI_BEFORE_TYPE.exec(text);
    if (iconed && CONVENTIONAL.test(text.slice(iconed[0].length)))
        return readMarks(text.slice(iconed[0].length));
    const conventional = CONVENTIONAL.exec(text);
    if (conventional) {
        const type = (conventional[1] ?? "").toLowerCase();
        const scope = conventional[2]?.slice(1, -1).trim();
        const rest = text.slice(conventional[0].length);
        const breaking = conventional[3] === "!";
        // "fix(deps): bump x" is a dependency update, whatever its type says.
        const deps = (scope !== undefined && /^(?:deps?|dependencies)(?:-dev)?$/i.test(scope)) || (/^(?:bump|update|upgrade|pin|lock file|升级|更新|アップデート)|^依存関係|^升级依赖/iu.test(rest) && DEPENDENCY_UPDATE.test(rest) && !SECURITY_WORDS.test(rest));
        // "fix(ci): …", "feat(e2e): …": the scope says the change is to how the project is tested or checked, not to what
        // users run. (Not "build": a build tool's own "build" command is what its users run.)
        const dev = scope !== undefined && (DEV_SCOPE.test(scope) || devDataGenerator(scope, rest));
        // "fix: grafana image tag": a thing named, no fault said; what was mended is the project's own set-up.
        const chore = /^(?:bug ?|hot ?)?fix$/iu.test(type) && !scope && bareNounPhrase(rest);
        const kind = breaking ? "breaking" : deps ? "dependencies" : dev || chore ? "internal" : (CONVENTIONAL_KINDS[type.replace(/\s+/gu, "")] ?? null);
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
        const where = scope ?? (/^types?$/u.test(type) ? conventional[1] : undefined);
        return { kind, breaking, text: where && !deps ? `${where}: ${rest}` : sentenceCase(rest) };
    }
    // "BREAKING CHANGE: x", "Breaking: x", "[BREAKING] x", Node's "(SEMVER-MAJOR) x".
    const bracket = readBracketTag(text);
    if (bracket)
        return bracket;
    // "破坏性变更：…", "破壊的変更: …": a breaking change always wears the breaking label, which says it.
    const marker = /^(?:breaking(?:[ -]changes?)?(?:\(([^)\n]{1,40})\))?\s*[:：]\s*|\(?SEMVER-MAJOR\)?\s+|(?:破坏性(?:变更|改动|更新|修改)|不兼容(?:的)?(?:变更|改动|更新|修改)|破壊的(?:な)?変更|互換性のない変更|(?:호환성 )?(?:주요|중대한|파괴적) 변경(?: ?사항)?)\s*[:：]\s*)/iu.exec(text);
    // "BREAKING CHANGE(types): x" keeps its scope as a conventional commit's would: "types: x".
    if (marker)
        return { kind: "breaking", breaking: true, text: `${marker[1] ? `${marker[1]}: ` : ""}${text.slice(marker[0].length)}` };
    const semver = /^\(?SEMVER-(MINOR|PATCH)\)?\s+/i.exec(text);
    if (semver)
        return { ...readMarks(text.slice(semver[0].length)), ...(semver[1]?.toUpperCase() === "MINOR" ? { kind: "feature" } : {}) };
    const withoutScope = text.replace(/^`?[\w@/.-]{1,40}`?[:：]\s*/u, "");
    // The icon's kind is only a guess where a section heading names one: projects use 📌 for "pinned", 📝 for "text" (see
    // ItemReading.icon).
    // Words after a bump's icon that say a bump too ("⬆️ Bump ssri from 6.0.1 to 6.0.2") make it no guess: the line is
    // the bump it says, under "Changed" too. (An icon of docs over "Typo in …" under "Fixed" stays a guess.)
    for (const [pattern, kind] of EMOJI_KINDS)
        if (pattern.test(text))
            return { kind, breaking: kind === "breaking", text, ...(isNoise(kind) && !(kind === "dependencies" && wordsSay(text.replace(LEADING_ICONS, ""), kind)) ? { icon: true } : {}) };
    // A raised runtime floor breaks ("Drop support for Python 3.9"); its section still tells whether the notes count it
    // so (a "Changed" section does, a "Features" one that repeats the breaking list does not).
    // (Unless it only announces a deprecation, the floor being its reason: "`x` has been deprecated, as Python 2 is no
    // longer supported".)
    if (onlyDeprecates(withoutScope))
        return { kind: "deprecation", breaking: false, text };
    if (raisesPlatformFloor(withoutScope) && !INTERNAL_ONLY.test(withoutScope))
        return { kind: "breaking", breaking: false, text };
    // So does an option given up for another way to say it ("`import` now takes a subcommand instead of the `--from`
    // flag"): scripts that pass it break.
    if (REPLACED_FLAG.test(withoutScope))
        return { kind: "breaking", breaking: false, text };
    for (const [pattern, kind] of KEYWORD_KINDS) {
        if (matches(pattern, withoutScope) || ((kind === "security" || kind === "dependencies") && matches(pattern, text))) {
            return { kind, breaking: kind === "breaking", text };
        }
    }
    // kitty's "hints kitten: Add …", "Remote control: Speed up …": a subject of a few words, then the change told as a
    // sentence; its verb says the kind, as after "Linux:".
    const subject = /^[\p{L}\p{N}_@/.-]+(?: [\p{L}\p{N}_@/.-]+){1,2}: (?=\p{Lu}\p{Ll})/u.exec(text);
    if (subject) {
        const sentence = text.slice(subject[0].length);
        for (const [pattern, kind] of KEYWORD_KINDS)
            if (kind !== "breaking" && kind !== "security" && matches(pattern, sentence))
                return { kind, breaking: false, text };
    }
    return { kind: null, breaking: false, text };
}
// A notice's words that users lose something or must act on upgrading: data deleted or lost, a feature removed, a
// migration or manual step required, in any language. Said of the change ("…will be deleted", "…が廃止されました",
// "…폐지되었습니다"), not of something named ("a feature removed upstream that we keep": "제거된 기능이지만 … 유지").
const CRITICAL_NOTICE = new RegExp([
    String.raw `\b(?:will|would)\s+(?:all\s+)?(?:be\s+)?(?:permanently\s+)?(?:deleted|erased|wiped|lost|purged|dropped|removed|reset)\b`,
    String.raw `\b(?:data|history|settings|records?|files?|caches?|configurations?)\s+(?:is|are|was|were|will be|gets?)\s+(?:all\s+)?(?:deleted|erased|wiped|lost|purged|reset)\b`,
    String.raw `\b(?:has|have)\s+been\s+(?:removed|dropped|discontinued|deleted)\b`,
    String.raw `\bis\s+no\s+longer\s+(?:available|supported|possible)\b`,
    String.raw `\b(?:(?:a|the|this)\s+)?(?:manual|database|data|schema|config(?:uration)?)\s+(?:migration|step|upgrade)s?\s+(?:is|are)\s+(?:required|needed|necessary)\b`,
    String.raw `\b(?:you\s+)?(?:must|need\s+to|have\s+to)\s+(?:manually\s+)?(?:migrate|run|re-?run|re-?create|re-?index|update\s+your|change\s+your|back\s*up)\b`,
    String.raw `\b(?:requires?|require)\s+(?:at\s+least\s+)?[A-Z][\w.+-]*\s+v?\d`,
    // Japanese, Chinese, Korean: deleted, removed/abolished, no longer usable, migration needed.
    String.raw `(?:削除|消去|廃止|撤廃)(?:され(?:ます|ました|る)|しました)|利用できなく|使用できなく|移行(?:が|作業が)?必要`,
    String.raw `(?:将|会)?(?:被)?(?:删除|清除|清空|移除|丢失)(?:了|。|$)|已(?:被)?(?:删除|移除|废弃|下线)|不再(?:支持|可用|提供)|需要(?:手动)?迁移`,
    String.raw `(?:삭제|폐지|제거|초기화)(?:됩니다|되었습니다|되며|될 예정)|더 이상 (?:이용|사용)할 수 없|마이그레이션(?:이|을)? (?:필요|해야)`,
].join("|"), "iu");
/** A notice ("NOTE", "注意", "> [!WARNING]") that says users lose data or a feature, or must act: it ranks with breaking
 *  changes. One that only informs ("vibration now works on iOS") does not. */
const warnsOfLoss = (text) => CRITICAL_NOTICE.test(text.replace(/`[^`\n]*`/gu, "`x`")) && !disclaimsBreak(text);
// A support window closing, said ahead: "This is the last release to support Go 1.23", "the next release will require
// Node 20", "will drop support for Python 3.8 in 3.0", "最后一个支持 Node 16 的版本", "Node 16 をサポートする最後のリリース".
// There a Go or Rust toolchain counts too: a release says so ahead only of what its users run.
const WINDOW_PLATFORM = String.raw `(?:${PLATFORM}|golang|go|rustc?)`;
const SUPPORT_WINDOW = new RegExp(String.raw `\b(?:is|be|was) the last (?:(?:\w+ )?(?:release|version)s? |one )?(?:to |that (?:will )?)support(?:s|ed)? ${WINDOW_PLATFORM}\b` +
    String.raw `|\bnext (?:\w+ )?(?:release|version) (?:will|is going to) (?:require|need|drop (?:the )?support for|no longer support) (?:at least )?${WINDOW_PLATFORM}\b` +
    String.raw `|\bwill (?:require|drop (?:the )?support for|no longer support) (?:at least )?${WINDOW_PLATFORM} v?\d` +
    String.raw `|最后一个支持\s*${WINDOW_PLATFORM}|${WINDOW_PLATFORM}\s*v?\d[\w.]*\s*(?:を)?サポートする最後の|${WINDOW_PLATFORM}\s*v?\d[\w.]*\s*(?:을|를)?\s*지원하는 마지막`, "");
// Every way SUPPORT_WINDOW says it names the last or next release, or what one will do: a sentence without these words is
// passed by one cheap test, not the long pattern with its many platform names (compiled on first use).
const WINDOW_HINT = /\blast\b|\bnext\b|\bwill\b|最后|最後|마지막/u;
// Support taken away, in prose: a paragraph's "requires Ruby 3.2" may speak of other versions ("8.0 and newer are
// unaffected as they require Ruby 3.2"), a support dropped or ended ("Drops Node 18") only of this release's.
const SUPPORT_TAKEN = /\b(?:drop(?:s|ped)?|end(?:s|ed)?|remove[sd]?|discontinue[sd]?)\b|\bno longer supported?\b|不再支持|(?:停止|终止|放弃|结束)(?:对\s*)?支持|的支持|(?:サポート|対応)を?(?:終了|廃止|削除|打ち切)|지원\s*(?:을\s*)?(?:중단|종료)/iu;
/** A sentence that closes a support window ahead ("This release is the last to support Go 1.23", "the next release will
 *  require Node 20"): users must plan for it, but nothing breaks in this release. */
const warnsOfWindowAhead = (text) => {
    const plain = text.replace(/[[\]`]/gu, "").toLowerCase();
    return WINDOW_HINT.test(plain) && SUPPORT_WINDOW.test(plain);
};
/** A sentence of prose that moves the runtimes users may run: support dropped, or the last release to support one.
 *  ("Adds support for Python 3.13" and "supports Node 22" move nothing.) */
const movesSupportWindow = (text) => {
    // Lower-cased for the patterns, which spare the cost of case folding their many platform names.
    const plain = text.replace(/[[\]`]/gu, "").toLowerCase();
    return (WINDOW_HINT.test(plain) && SUPPORT_WINDOW.test(plain)) || (SUPPORT_TAKEN.test(plain) && raisesPlatformFloor(plain));
};

;// CONCATENATED MODULE: ./src/notes/line-blocks.ts
// The notes' plain-text blocks (runs of lines between blank lines, outside code fences), for the steps that write a
// block over as the Markdown it means before the one parse. Line by line: linear in the notes' size.
/** A code fence line: what is between two of them is code, never rewritten. */
const FENCE = /^\s{0,3}(?:```|~~~)/u;
/**
 * `source` with each block that `rewrite` answers for replaced by its answer; a block it returns null for stays as it
 * is. A block is a run of non-blank lines that opens the notes or follows a blank line, outside code fences.
 */
function rewriteBlocks(source, rewrite) {
    const lines = source.split("\n");
    const out = [];
    let fenced = false;
    let changed = false;
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        const opensBlock = !fenced && !FENCE.test(line) && line.trim() !== "" && (at === 0 || (lines[at - 1] ?? "").trim() === "");
        let end = at + 1;
        if (opensBlock)
            while (end < lines.length && (lines[end] ?? "").trim() !== "")
                end += 1;
        const block = lines.slice(at, end);
        const replaced = opensBlock ? rewrite(block) : null;
        if (replaced === null) {
            if (FENCE.test(line))
                fenced = !fenced;
            out.push(line);
            continue;
        }
        changed = true;
        out.push(...replaced);
        for (const consumed of block)
            if (FENCE.test(consumed))
                fenced = !fenced;
        at = end - 1;
    }
    return changed ? out.join("\n") : source;
}

;// CONCATENATED MODULE: ./src/notes/html-page.ts
// Notes that are an HTML page fragment (a docs site's changelog copied as its markup: `<h2>2.0.18</h2>`, `<ul><li>…`),
// written over as the Markdown they mean. Indented as such pages are, Markdown would read every line as code and the
// post would show no change at all.


// A line of Markdown structure: a heading, a list item or a fence. A page with any is Markdown with some HTML in it.
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|`{3}|~{3})/mu;
const STRUCTURE_TAG = /<(?:li|h[1-6]|p)\b/iu;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
/** True when `source` is HTML markup through and through: it opens with a tag, most lines are tags, none is Markdown. */
function isHtmlPage(source) {
    const lines = source.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    if (lines.length < 3 || !lines[0]?.startsWith("<") || !STRUCTURE_TAG.test(source) || MARKDOWN_LINE.test(source))
        return false;
    return lines.filter((line) => line.startsWith("<")).length * 2 >= lines.length;
}
/** The page as Markdown: headings, list items and paragraphs; code spans kept; every other tag gone, its text kept. */
function htmlPageAsMarkdown(source) {
    if (!isHtmlPage(source))
        return source;
    const page = source
        .replace(/<!--[\s\S]*?-->/gu, " ")
        .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu, " ")
        // A short tag word in its own element opens an item ("<span class="fix">修复</span> 修复边框问题"): its kind.
        .replace(/(<li\b[^>]*>)\s*<span\b[^>]*class=[^>]*>\s*([^<\s]{1,12})\s*<\/span>\s*/giu, (_match, li, tag) => `${li}${tag}${/\p{Script=Han}/u.test(tag) ? "：" : ": "}`);
    // On a page every list is a list, wherever on its line it opens; the text between lists is the page's own.
    return listsAsMarkdown(page, { page: true })
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
        .replace(/\n{3,}/gu, "\n\n")
        .trim();
}
/** A page's markup between its lists as Markdown headings and paragraphs, its entities as characters. */
function pageTextAsMarkdown(html) {
    const text = html
        // Whitespace in HTML is one space, whatever the indentation.
        .replace(/\s+/gu, " ")
        .replace(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/giu, (_match, level, title) => `\n\n${"#".repeat(Number(level))} ${title}\n\n`)
        .replace(/<code\b[^>]*>(.*?)<\/code>/giu, "`$1`")
        // An item outside any list (a page cut from a bigger one) is still an item.
        .replace(/<li\b[^>]*>/giu, "\n- ")
        .replace(/<br\s*\/?>/giu, "\n")
        .replace(/<\/?(?:p|div|section|article|header|footer|table|tr|blockquote)\b[^>]*>/giu, "\n\n")
        .replace(/<[^>]*>/gu, "");
    return decodeEntities(text)
        .split("\n")
        .map((line) => line.trim())
        .join("\n");
}
function decodeEntities(text) {
    return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/gu, (_match, name) => ENTITIES[name] ?? "");
}
// Raw HTML lists inside Markdown notes (PowerShell's changelog: `<details><summary><p>…</p></summary><ul><li>…</li>
// </ul></details>`): Markdown reads such a block as HTML and a post would show none of its changes. Each `<ul>`/`<ol>`
// that opens a line (after other tags at most) is written over as the Markdown list it means, one item a line, nested
// lists indented under their item. One pass over the tags.
const LIST_OPEN = /<(ul|ol)\b[^>]{0,200}>/giu;
const LIST_TAG = /<(\/?)(ul|ol)\b[^>]{0,200}>/giu;
const INNER_TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]{0,500})>/giu;
// Only tags before the list on its line: it opens an HTML block, not a sentence that mentions `<ul>`.
const TAGS_ONLY = /^\s*(?:<[^<>\n]{0,200}>\s*)*$/u;
const HREF = /\bhref\s*=\s*["']([^"'\s]{1,2000})["']/iu;
// Words of an item that Markdown would read as structure at a line's start ("# x", "1. x", "> x"): escaped.
const MARKDOWN_START = /^(?:([#>+*-])|(\d{1,9})([.)]))(?=\s)/u;
/** An item's inline HTML as Markdown: code spans, links (so references among them go as others do), words. */
function inlineAsMarkdown(html) {
    let text = "";
    let code = false;
    const links = [];
    let from = 0;
    for (const tag of html.matchAll(INNER_TAG)) {
        const words = html.slice(from, tag.index);
        text += code ? words : words.replace(/\s+/gu, " ");
        from = (tag.index ?? 0) + tag[0].length;
        const [, close, name] = tag;
        const lower = (name ?? "").toLowerCase();
        if (lower === "code" || lower === "kbd" || lower === "tt") {
            if (close ? code : !code)
                text += "`";
            code = !close;
        }
        else if (lower === "a" && !close) {
            links.push(HREF.exec(tag[3] ?? "")?.[1] ?? "");
            text += "[";
        }
        else if (lower === "a") {
            const href = links.pop();
            text += href === undefined ? "" : href === "" ? "]" : `](${href})`;
        }
        else if (lower === "br" || lower === "p" || lower === "div")
            text += " ";
    }
    text += html.slice(from).replace(/\s+/gu, " ");
    if (code)
        text += "`";
    // An <a> without a close leaves its "[" open: Markdown reads it as a bracket, which is what it is then.
    return text.replace(/\s+/gu, " ").trim().replace(MARKDOWN_START, (_whole, sign, number, dot) => (sign ? `\\${sign}` : `${number ?? ""}\\${dot ?? ""}`));
}
/** The list `html` (from its `<ul>`/`<ol>` to its close) as Markdown items, each nested level two spaces deeper. */
function listAsMarkdown(html, indent, page) {
    const lines = [];
    let depth = 0;
    // The open item's depth (-1: none) and its HTML so far.
    let itemDepth = -1;
    let itemHtml = "";
    let from = 0;
    const flush = () => {
        const inline = itemDepth < 0 ? "" : inlineAsMarkdown(itemHtml);
        // A page's entities are characters; in Markdown notes the Markdown reader decodes them itself.
        const text = page ? decodeEntities(inline) : inline;
        if (text !== "")
            lines.push(`${indent}${"  ".repeat(Math.max(0, itemDepth - 1))}- ${text}`);
        itemDepth = -1;
        itemHtml = "";
    };
    for (const tag of html.matchAll(/<(\/?)(ul|ol|li)\b[^>]{0,200}>/giu)) {
        if (itemDepth >= 0)
            itemHtml += html.slice(from, tag.index);
        from = (tag.index ?? 0) + tag[0].length;
        const [, close, name] = tag;
        // A nested list ends the text of the item it is in (what follows its close is not read); a new item ends the last.
        flush();
        if ((name ?? "").toLowerCase() !== "li")
            depth = Math.max(0, depth + (close ? -1 : 1));
        else if (!close)
            itemDepth = depth;
    }
    flush();
    return lines.join("\n");
}
// A fold's summary and what follows it: PowerShell shows a group's first change as the summary of the fold that holds
// the rest ("<summary><p>Update .NET SDK to 9.0.102</p></summary>" then "<ul><li>…").
const SUMMARY = /<summary\b[^>]{0,200}>([^]{0,2000}?)<\/summary>[ \t]*/giu;
// The words a change opens with ("Update …", "Fix …", "新增 …"), where no prefix or section says its kind.
const CHANGE_VERB = /^(?:(?:add|fix|update|upgrade|bump|remove|drop|deprecate|improve|rewrite|rework|redesign|reduce|increase|simplify|restore|extend|support|allow|make|move|rename|replace|refactor|enable|disable|introduce|implement|change|revert|mark|ensure|prevent|avoid|handle|correct|optimi[sz]e|migrate|deploy|publish|expose|switch|port|backport|use)(?:s|es|d|ed)?\b|(?:新增|添加|修复|修正|更新|优化|移除|删除|追加|削除|変更|改善|추가|수정|제거|개선))/iu;
const LIST_NEXT = /^(?:\s*\n)?([ \t]*)<(?:ul|ol)\b/iu;
/**
 * A summary that says a change (it opens with a change's words, "Update …", "Fix …") over an HTML list is that list's
 * first item; one that names a kind of change ("Bug fixes") labels the fold (see markdown.ts), and one
 * that says neither ("Click to expand", "All commits") stays the fold's summary.
 */
function changeSummariesAsItems(source) {
    if (!/<summary\b/iu.test(source))
        return source;
    return source.replace(SUMMARY, (whole, inner, at) => {
        const list = LIST_NEXT.exec(source.slice(at + whole.length, at + whole.length + 400));
        const text = inlineAsMarkdown(inner);
        if (!list || !/^[\p{L}`]/u.test(text) || headingMeaning(text) !== null)
            return whole;
        const reading = readItem(text);
        const change = CHANGE_VERB.test(text) || (reading.kind !== null && !reading.icon);
        return !change || reading.text === "" ? whole : `\n\n${list[1] ?? ""}- ${text}\n`;
    });
}
/** The raw HTML lists in Markdown notes as Markdown lists, a fold's summary that says a change as their first item; notes
 *  without a `<li>` are returned as they are. */
function htmlListsAsMarkdown(source) {
    if (!/<li\b/iu.test(source))
        return source;
    return listsAsMarkdown(changeSummariesAsItems(source), { page: false });
}
/**
 * Each HTML list, from its `<ul>`/`<ol>` to its close, written over as Markdown items. In Markdown notes only a list
 * that opens a line is one (a sentence may mention `<ul>`), and the text between lists is left as it is; on an HTML
 * page every list is one, and the text between is the page's markup, written as Markdown too.
 */
function listsAsMarkdown(source, { page }) {
    const between = page ? pageTextAsMarkdown : (text) => text;
    let out = "";
    let from = 0;
    LIST_OPEN.lastIndex = 0;
    for (let open = LIST_OPEN.exec(source); open; open = LIST_OPEN.exec(source)) {
        // The line's start, looked for in a bounded window: a long line of tags is no list block's start.
        const near = source.slice(Math.max(from, open.index - 400), open.index);
        const newline = near.lastIndexOf("\n");
        const before = near.slice(newline + 1);
        if (!page && ((newline === -1 && open.index - 400 > from) || !TAGS_ONLY.test(before)))
            continue;
        // Its close: count the list tags after it.
        LIST_TAG.lastIndex = open.index + open[0].length;
        let depth = 1;
        let end = source.length;
        for (let tag = LIST_TAG.exec(source); tag; tag = LIST_TAG.exec(source)) {
            depth += tag[1] ? -1 : 1;
            if (depth === 0) {
                end = tag.index + tag[0].length;
                break;
            }
        }
        const indent = page ? "" : (/^[ \t]*/u.exec(before)?.[0] ?? "");
        out += `${between(source.slice(from, open.index))}\n\n${listAsMarkdown(source.slice(open.index, end), indent, page)}\n\n`;
        from = end;
        LIST_OPEN.lastIndex = end;
    }
    return out + between(source.slice(from));
}
// A docs site's page scaffolding, which is never a change: the page's meta text in its own element (Writerside's
// `<web-summary>`, `<card-summary>`, `<link-summary>`: the SEO blurb "Read the X release notes covering …"), a line of
// attributes for the block above it (`{style="tip"}`, Kramdown's `{: .note}`, `{kotlin-runnable="true" …}`), a
// Jekyll/Liquid tag line (`{% include note.html %}`) and a self-closing component tag alone on its line (`<Cta />`,
// `<FeaturesList />`).
const META_ELEMENT = /<(web-summary|card-summary|link-summary|seo-summary)\b[^>]*>[\s\S]*?<\/\1>/giu;
const SCAFFOLD_LINE = /^[ \t>]*(?:\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}|\{%[^\n]*%\}|(?:[-*+][ \t]+)?<?\{\{[^{}\n]{0,300}\}\}>?|<[A-Z][\w.]*\b[^<>\n]*\/>|<(?:show-structure|primary-label|secondary-label|tldr-label)\b[^<>\n]*\/?>)[ \t]*$/u;
/** The notes without a docs page's scaffolding (meta elements, attribute lines, template tags and lines that are only
 *  template output: "{{ release.url }}", "* <{{ release.url.gz }}>"); code blocks kept. */
function withoutPageScaffolding(source) {
    if (!/[{<]/u.test(source))
        return source;
    let fenced = false;
    return source
        .replace(META_ELEMENT, "")
        .split("\n")
        .filter((line) => {
        if (FENCE.test(line))
            fenced = !fenced;
        return fenced || !SCAFFOLD_LINE.test(line);
    })
        .join("\n");
}

// EXTERNAL MODULE: external "markdown-it"
var external_markdown_it_ = __webpack_require__(759);
;// CONCATENATED MODULE: ./src/notes/page-frame.ts
// Lines that frame release notes rather than say a change, taken out before the one Markdown parse: the release's
// own header line in a plain-text changelog ("2026.03.06, Version 1.52.1 (Stable), 1cfa32f…", "12.1.1 - 3 Dec 2025",
// "[0.21.0] 2026-07-15"), which Markdown would glue to the change below it, and a blog post's table of contents (a
// list of in-page anchors: "- [Persistent cache](#persistent-cache)"), which only repeats the page's own headings.
// Line by line, outside code fences: linear in the notes' size.

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
// "2026.03.06", "2025-01-02", "02/01/2025", "3 Dec 2025", "Dec 3, 2025", "March 17 2026", "2025年3月3日", "27-Nov-2024", and a weekday.
const DATE = new RegExp(`(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|${DAY}(?:\\s+(?:of\\s+)?|-)${MONTH}(?:,?\\s+|-)\\d{4}|${MONTH}\\s+${DAY},?\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b\\.?)`, "giu");
// "1.52.1", "v2.0.0-beta.1", "12.1.1", "2026.1": a version with at least one dot.
const VERSION = /(?<![\w.])v?\d+(?:\.\d+){1,3}(?:[-+.]?[a-z]+[\w.]*)?(?:[-+][0-9a-z.]+)?(?![\w.])/giu;
// "Version 2", "Release 7": a version word before a bare number.
const WORDED_VERSION = /\b(?:version|release|ver\.?)\s+v?\d+(?![\w.])/giu;
// A commit hash: what a plain-text changelog puts beside the version.
const SHA = /(?<![\w.])[0-9a-f]{7,64}(?![\w.])/giu;
// Words a header line says of its release: that it is one, how stable it is, when it was tagged.
const HEADER_WORDS = /\b(?:version|release[ds]?|ver|stable|unstable|lts|beta|alpha|rc|final|unreleased|yanked|latest|current|security|hotfix|patch|minor|major|pre-?release|nightly|preview|tagged|on|date)\b/giu;
// What separates the parts of a header line: "2026.03.06, Version 1.52.1 (Stable)", "=== 1.2.3 ===", "v1.2.3 / date".
const SEPARATORS = /[\s,;:/|·•()[\]{}<>=*#~_–—-]+/gu;
/**
 * A line that only names a release: its version with its date, commit, stability or the word "Version"
 * ("2026.03.06, Version 1.52.1 (Stable), 1cfa32f…", "12.1.1 - 3 Dec 2025", "[0.21.0] 2026-07-15", "=== 1.2.3 ===",
 * "1.2.3 (unreleased)"). One name may come before the version where a date or commit says it is a header line
 * ("libuv 1.52.1 - 2026-03-06"). A line that says anything more is no header.
 */
function isReleaseHeader(text) {
    const line = text.trim();
    if (line.length > 160 || !/\d/u.test(line))
        return false;
    let rest = line.replace(DATE, " ");
    const dated = rest !== line;
    const versions = (rest.match(VERSION) ?? []).length + (rest.match(WORDED_VERSION) ?? []).length;
    if (versions !== 1)
        return false;
    rest = rest.replace(WORDED_VERSION, " ").replace(VERSION, " ");
    const withoutSha = rest.replace(SHA, " ");
    const rest2 = withoutSha.replace(HEADER_WORDS, " ").replace(SEPARATORS, " ").trim();
    if (rest2 === "")
        return true;
    // One name before the version ("libuv 1.52.1 - 2026-03-06") where a date or a commit makes the line a header.
    const named = /^[\p{L}][\p{L}\p{N}._@/+-]{0,40}$/u.test(rest2) && (dated || withoutSha !== rest) && line.startsWith(rest2);
    return named;
}
// "Changes since version 1.52.0:", "Changes since 1.2.0", "Changes from v1.1 to v1.2:": a lead-in that only says which
// release the changes below follow; the post's opener says which release they make.
const SINCE_LINE = /^(?:all\s+)?(?:changes|commits|changelog)\s+(?:since|from)\s+(?:(?:the\s+)?(?:last|previous)\s+release|(?:version\s+|release\s+)?v?\d+(?:\.\d+){0,3}[\w.+-]*(?:\s+to\s+(?:version\s+)?v?\d+(?:\.\d+){0,3}[\w.+-]*)?)\s*[:.]?$/iu;
/** A line that only says which release the changes are counted from ("Changes since version 1.52.0:"). */
const isSinceLine = (text) => SINCE_LINE.test(text.trim());
// A line Markdown reads as something other than a paragraph's text: a list item, a heading, a quote, a table row,
// a setext underline, code by indentation.
const STRUCTURE = /^(?:\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}(?:\s|$)|>|\|)|\s{4,}\S)/u;
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;
// A line that carries on the one before it: it starts in lower case, or the one before ended mid-sentence.
const CONTINUES = /^\p{Ll}/u;
const UNFINISHED = /[,，、;；\-–(（]$/u;
/**
 * The notes without the release's header line (see isReleaseHeader) and a "Changes since version x:" line: where a
 * header opens a block, the plain lines right under it, each one a sentence of its own, are that release's changes and
 * become list items (FluentValidation's "12.1.1 - 3 Dec 2025" then "Fix casing of …"). Lines that wrap one sentence
 * stay a paragraph.
 */
function withoutReleaseHeaders(source) {
    if (!/\d\.\d/u.test(source))
        return source;
    return rewriteBlocks(source, (lines) => {
        const line = lines[0] ?? "";
        if (STRUCTURE.test(line) || UNDERLINE.test(lines[1] ?? "") || !(isReleaseHeader(line) || isSinceLine(line)))
            return null;
        const under = lines.slice(1);
        const plain = under.length > 0 && under.every((item, index) => !STRUCTURE.test(item) && !CONTINUES.test(item.trim()) && !UNFINISHED.test(index === 0 ? "" : (under[index - 1] ?? "").trim()));
        return plain ? ["", ...under.map((item) => `- ${item.trim()}`)] : under;
    });
}
// A field of RST's field list that states a fact of the release (":release-date: 2025-11-02", ":release-by: Tomer
// Nosrati", ":Date: 2024-01-02", ":Author: Jane"), as a docinfo block does: no change. Markdown notes copied from RST keep them.
const RELEASE_FIELD = /^:(?:release[- ](?:date|by|manager|name|version)|released?(?:[- ](?:on|by|at))?|date|authors?|version|maintainers?|status):(?:[ \t]+\S.*)?[ \t]*$/iu;
/** The notes without a block of only release fields (see RELEASE_FIELD), wherever it stands. */
function withoutReleaseFields(source) {
    if (!/^:[\w -]+:/mu.test(source))
        return source;
    const lines = source.split("\n");
    const out = [];
    let fenced = false;
    let changed = false;
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        if (FENCE.test(line))
            fenced = !fenced;
        let end = at;
        while (!fenced && end < lines.length && RELEASE_FIELD.test((lines[end] ?? "").trim()) && /^\s{0,3}:/u.test(lines[end] ?? ""))
            end += 1;
        const opensBlock = at === 0 || (lines[at - 1] ?? "").trim() === "" || /^\s{0,3}(?:#|=+\s*$|-+\s*$)/u.test(lines[at - 1] ?? "");
        if (end > at && opensBlock && (lines[end] ?? "").trim() === "") {
            changed = true;
            at = end - 1;
            continue;
        }
        out.push(line);
    }
    return changed ? out.join("\n") : source;
}
// A list line: its indentation, and its text after the marker.
const LIST_LINE = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/u;
// An in-page anchor link ("[Persistent cache](#persistent-cache)"), and a link anywhere else.
const ANCHOR_LINK = /\]\(#[^)\s]*\)/u;
const OTHER_LINK = /\]\((?!#)[^)]*\)/u;
/** The list lines from `at` on (blank lines between items included), as [start, end). */
function listRun(lines, at) {
    let end = at;
    let last = at;
    while (end < lines.length) {
        const line = lines[end] ?? "";
        if (LIST_LINE.test(line))
            last = end;
        else if (line.trim() !== "")
            break;
        end += 1;
    }
    return last + 1;
}
/** An anchor item's own words after its link ("…(#x): improves hot start by up to 250%", "…(#x) — 3x faster"). */
const describes = (item) => ((/\]\(#[^)\s]*\)\**\s*(?:[:：—–-]\s*)?(.*)$/u.exec(item)?.[1] ?? "").match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
/** A list that is a page's table of contents: two or more in-page anchors, no link elsewhere, and otherwise only the
 *  short names of the groups the anchors are in ("- New features"). */
function isContents(items) {
    let anchors = 0;
    for (const item of items) {
        if (OTHER_LINK.test(item))
            return false;
        if (ANCHOR_LINK.test(item))
            anchors += 1;
        else if (item.split(/\s+/u).length > 4 || /[.!?:。]$/u.test(item))
            return false;
    }
    return anchors >= 2 && anchors * 2 >= items.length;
}
// The end of a lead-in that says the list below is the page's own pick: "Here are some highlights from this release:",
// "Key features:", "What's new in 3.1:". Such a list of anchors is the page's summary of itself, not a contents list.
const HIGHLIGHTS_LEAD_IN = /\b(?:highlights?|key (?:features|changes|improvements)|what'?s new|notable (?:changes|features|improvements)|major (?:changes|features))\b[^.!?:：]{0,60}[:：]\s*$/iu;
/** An anchor whose words are a sentence ("Support has been added for Gradle 8.6"), not a section's title. */
const saysChange = (item) => (/\[([^\]\n]+)\]\(#/u.exec(item)?.[1] ?? "").split(/\s+/u).length >= 5;
/** True when the line or paragraph right above the list at `at` leads in to the page's own highlights. */
function curatesHighlights(lines, at) {
    let above = at - 1;
    while (above >= 0 && (lines[above] ?? "").trim() === "")
        above -= 1;
    return above >= 0 && HIGHLIGHTS_LEAD_IN.test(lines[above] ?? "");
}
/**
 * The notes without a table of contents of in-page anchors, and without the short lead-in right above it ("Notable
 * changes:"): the page's headings say the same changes, and the group names ("Ecosystem") are no changes.
 */
// A line that only asks the site's renderer for a table of contents: "\toc", "[[toc]]", "[TOC]", "{:toc}", "{{< toc >}}".
const CONTENTS_MARKER = /^[ \t]*(?:\\toc|\\tableofcontents|\[\[_?toc_?\]\]|\[toc\]|\{:\s*toc\s*\}|\{\{[<%]\s*toc\s*[>%]\}\}|\$\{toc\})[ \t]*$/gimu;
function withoutContentsLists(text) {
    const source = text.replace(CONTENTS_MARKER, "");
    if (!source.includes("](#"))
        return source;
    const lines = source.split("\n");
    const out = [];
    let fenced = false;
    let changed = false;
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        if (FENCE.test(line))
            fenced = !fenced;
        if (fenced || !LIST_LINE.test(line) || (at > 0 && LIST_LINE.test(lines[at - 1] ?? ""))) {
            out.push(line);
            continue;
        }
        const end = listRun(lines, at);
        const items = lines.slice(at, end).flatMap((item) => LIST_LINE.exec(item)?.[2] ?? []);
        if (isContents(items) && curatesHighlights(lines, at) && items.every(saysChange)) {
            // The page's own highlights: each item says a change; its anchor points at nothing a post can show.
            changed = true;
            out.push(...lines.slice(at, end).map((item) => item.replace(/\[([^\]\n]+)\]\(#[^)\s]*\)/gu, "$1")));
            at = end - 1;
            continue;
        }
        if (!isContents(items)) {
            out.push(...lines.slice(at, end));
            at = end - 1;
            continue;
        }
        changed = true;
        // A one-line lead-in right above ("Notable changes:", "In this post:") leads in to nothing any more.
        while (out.length > 0 && (out.at(-1) ?? "").trim() === "")
            out.pop();
        const lead = (out.at(-1) ?? "").trim();
        if (/[:：]$/u.test(lead) && lead.split(/\s+/u).length <= 8 && (out.at(-2) ?? "").trim() === "")
            out.pop();
        out.push("");
        // "[Persistent cache](#persistent-cache): improves hot start by up to 250%": an entry that says what the change
        // does, which the section it points to may only explain at length, stays as a change; group names go.
        const described = items.filter((item) => ANCHOR_LINK.test(item) && describes(item));
        if (described.length > 0)
            out.push(...described.map((item) => `- ${item}`), "");
        at = end - 1;
    }
    return changed ? out.join("\n") : source;
}

;// CONCATENATED MODULE: ./src/notes/issue-lines.ts
// Plain-text changelogs that start each change with its issue number at the line's start (jackson's VERSION-2.x:
// "#4742: Deserialization with Builder … failing" then an indented " (reported by Bernd A)"), written over as the
// Markdown list they mean before the one Markdown parse: each "#N: text" line opens an item, the indented lines under
// it carry it on. Markdown would read the lines as one run-on paragraph. Only notes with no Markdown structure and two
// or more such lines are touched. One pass over the lines.

// A line that says the notes are Markdown: a list item, a heading, a fence, a quote, a table row.
const issue_lines_MARKDOWN_LINE = /^\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|`{3}|~{3}|>|\|)/u;
// An issue line: one or more "#N" references at the line's start, then ":" or a space, then the change.
const ISSUE_LINE = /^(?:#\d{1,7}(?:\s*[,&/]\s*#\d{1,7})*)\s*[:.)-]?\s+(?=\S)/u;
/** Plain-text "#N: text" lines (and the indented lines that wrap them) as Markdown list items, without the numbers. */
function issueLinesAsItems(source) {
    if (!/^#\d/mu.test(source))
        return source;
    const lines = source.split("\n");
    if (lines.some((line) => issue_lines_MARKDOWN_LINE.test(line)) || lines.filter((line) => ISSUE_LINE.test(line)).length < 2)
        return source;
    const out = [];
    let open = false;
    for (const line of lines) {
        const text = line.trim();
        if (ISSUE_LINE.test(line)) {
            if (!open && (out.at(-1) ?? "").trim() !== "")
                out.push("");
            out.push(`- ${line.replace(ISSUE_LINE, "").trim()}`);
            open = true;
        }
        else if (open && text !== "" && /^\s/u.test(line)) {
            out[out.length - 1] += ` ${text}`;
        }
        else {
            if (open && text !== "")
                out.push("");
            open = false;
            out.push(line);
        }
    }
    return out.join("\n");
}
// A change's reference at a line's end: a pull request's or issue's URL, "#8232", "o/r#12", "GH-12", "!34" (GitLab),
// "[#12](…)", or a commit hash in brackets; one or a few, maybe in brackets.
const REF = String.raw `(?:https?://\S+/(?:pull|pulls|issues|merge_requests|commit|commits)/[\w.-]+/?|(?:[\w.-]+/[\w.-]+)?[#!]\d{1,7}|GH-\d{1,7}|\[[^\]\n]{1,60}\]\([^)\s]{1,300}\))`;
const REFS = String.raw `(?:[(\[]\s*(?:${REF}|[0-9a-f]{7,40})(?:\s*[,;]\s*(?:${REF}|[0-9a-f]{7,40}))*\s*[)\]]|${REF}(?:\s*[,;]\s*${REF})*)`;
// A change line: two words or more, then its reference(s) at the end ("Fix stale serving on TTL expiry (#8232)"), after a
// scope ("core:", "plugin/cache:", "feat(ui):") or from a word that does not start in lower case (which carries a
// sentence on). A field's name before the reference ("Related issue: #5621", "PR: [#5829](…)") says no change.
const CHANGE_LINE = new RegExp(String.raw `^(?:[\w@.-]{1,40}(?:/[\w@.*-]{1,40}){0,4}!?[:：]\s+|[\w-]{1,20}\([^)\n]{1,40}\)!?[:：]\s+|(?!\p{Ll}))[\p{L}\p{N}\x60"'][^\s:：]*\s+\S.{0,300}?[^\s:：]\s${REFS}\s*$`, "u");
// A lead-in that labels the lines under it ("Changelog:", "Noteworthy changes:", "更新日志："), on its own line.
const LEAD_IN = /^[^:：]{1,60}[:：]$/u;
/**
 * A paragraph whose every line is a change line (see CHANGE_LINE) as the list it is, one item a line, after its lead-in
 * line if it has one ("core: Add max conn limit to https3 (https://github.com/o/r/pull/8187)" then "plugin/cache: Fix …
 * (#8232)"): Markdown would read the lines as one run-on paragraph. Two or more such lines; other paragraphs stay.
 */
function changeLinesAsItems(source) {
    return rewriteBlocks(source, (lines) => {
        const first = lines[0] ?? "";
        if (issue_lines_MARKDOWN_LINE.test(first) || /^\s/u.test(first))
            return null;
        // Only lines at the margin: indented ones carry on a list item ("  PR: [#5829](…)" under its change).
        const block = lines.map((item) => (/^\s/u.test(item) ? "\u0000" : item.trim()));
        const lead = LEAD_IN.test(block[0] ?? "") && !CHANGE_LINE.test(block[0] ?? "") ? 1 : 0;
        const under = block.slice(lead);
        if (under.length < 2 || !under.every((item) => CHANGE_LINE.test(item) && !issue_lines_MARKDOWN_LINE.test(item)))
            return null;
        return [...block.slice(0, lead), "", ...under.map((item) => `- ${item}`)];
    });
}

;// CONCATENATED MODULE: ./src/notes/issue-dumps.ts
// Plain-text notes that paste their tracker's issue or pull-request list, a number then its title on each line
// ("#839 rose_auto_create_models: MetaSetups …", "#828 Wiederkehrende Rechnungen; …"), under a lead-in that names the
// tracker ("Bugfixes von Github-Issues (https://…/issues/):"). Markdown reads such a block as one paragraph: the whole
// dump of numbers would show as one change. Written over as the list it is, before the one Markdown parse: each line a
// change without its number (a reference nothing in a post can open), the lead-in its label, and the closing remark
// ("... und viele weitere gemergete PRs", "…and many more") gone. Pure; one pass over the lines.
// A line that opens with an issue or pull-request number, then its title.
const NUMBERED = /^#\d{1,7}[ \t]+(?=\S)/u;
// A remark closing such a list that says more were left out: "... und viele weitere", "…and many more merged PRs".
const AND_MORE = /^(?:\.{3}|…)\s*(?:(?:and|und|et|y|e|plus|sowie)\s+)?(?:many|much|lots|viele|zahlreiche|weitere|more|plus de|beaucoup|muchos|muitos)\b/iu;
// A code fence, inside which nothing is rewritten.
const issue_dumps_FENCE = /^\s{0,3}(?:`{3,}|~{3,})/u;
/** The notes with each block of two or more numbered lines written as a Markdown list under its lead-in. */
function issueDumpsAsLists(source) {
    if (!/^#\d{1,7}[ \t]+\S[^\n]*\n#\d{1,7}[ \t]+\S/mu.test(source))
        return source;
    const lines = source.split("\n");
    const out = [];
    let fenced = false;
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        if (issue_dumps_FENCE.test(line))
            fenced = !fenced;
        let end = at;
        while (!fenced && end < lines.length && NUMBERED.test(lines[end] ?? ""))
            end += 1;
        if (end - at < 2) {
            out.push(line);
            continue;
        }
        labelLeadIn(out);
        out.push("", ...lines.slice(at, end).map((item) => `- ${item.replace(NUMBERED, "")}`), "");
        // "... und viele weitere gemergete PRs" right after the list: a remark, not a change.
        if (AND_MORE.test((lines[end] ?? "").trim()))
            end += 1;
        at = end - 1;
    }
    return out.join("\n");
}
/**
 * The lead-in above a dump, a line of its own that ends without a stop ("Änderungshistorie laut Github (https://…)"),
 * as the label it is: with its colon, and right above the list. A lead-in that ends with ":" already is one.
 */
function labelLeadIn(out) {
    let last = out.length - 1;
    while (last >= 0 && (out[last] ?? "").trim() === "")
        last -= 1;
    const lead = (out[last] ?? "").trim();
    const alone = last === 0 || (out[last - 1] ?? "").trim() === "";
    if (last < 0 || !alone || lead.length > 120 || /^[-*+#>|]/u.test(lead) || /[.!?。！？]$/u.test(lead))
        return;
    out.splice(last + 1);
    // The tracker's address in brackets ("(https://github.com/…/)") is where the numbers lead: nothing a label shows.
    const label = (out[last] ?? "").replace(/\s*\(\s*<?https?:\/\/[^\s)]+>?\s*\)/gu, "").trimEnd();
    out[last] = /[:：]$/u.test(label) ? label : `${label}:`;
}

;// CONCATENATED MODULE: ./src/notes/metadata.ts
// Lines of release metadata, not changes: when the release was made and from what ("Released on 2025-02-03",
// "Branch: main", "Commit: abc1234", "SHA256: 3f2a…"). A maintainer deletes them from a post. Each is a field's name
// and one value of the field's shape, so a sentence that only mentions a branch or a commit says more and stays.
// "Released on 2025-02-03", "`2025-11-22`", "(2024-01-01)", "Release date: March 3, 2025", "2025年3月3日", "2019년 4월 28일",
// "2024.05.01"; "August 20,2026" as some notes type it; "19th August, 2026", "3. März 2025"
const metadata_DATE = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\.?|\\d{4}년\\s?\\d{1,2}월\\s?\\d{1,2}일|\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, ?| )\\d{4}|\\d{1,2}(?:st|nd|rd|th|\\.)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez)[a-zä]*,? \\d{4})";
// "Friday, September 20, 2019, by mcr@sandelman.ca": a NEWS file's header, the weekday before the date and who made the
// release after it (an e-mail address or a handle).
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
const RELEASER = "(?:[\\s,]+by\\s+(?:<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?|@[\\w-]+))?";
const DATE_LINE = new RegExp(`^[\\s(\\[\`*_]*(?:(?:released?|published|release date|date|发布(?:于|日期)?|(?:发版|发行|發佈|發布)日期|リリース日?|릴리(?:스|즈) ?(?:날짜|일)|출시일|배포일)\\s*(?:on|:|：)?\\s*)?${WEEKDAY}${metadata_DATE}${RELEASER}[\\s)\\]\`*_.]*$`, "iu");
// "Meson 1.9.0 was released on 24 August 2025", "This version was published on 2025-02-03.": a docs page's sentence
// that says no more than the date. A few words name what was released; a sentence that goes on says more.
const RELEASED_SENTENCE = new RegExp(`^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*\\s+){1,5}(?:was|is|has been|got)\\s+(?:released|published|tagged)\\s+(?:on\\s+)?${metadata_DATE}[\\s.]*$`, "iu");
// A post's byline, maybe after its date: "October 1, 2025 by The React Team", "By Ricky Hanlon, Rick Hanlon and Dan
// Abramov", "Posted by @someone". Names start with a capital (or are handles), so "By default, …" says more.
const NAME = "(?:@[\\w-]+|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|le|la)){0,3})";
const BYLINE = new RegExp(`^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Aa]uthored)\\s+)?[Bb]y\\s+${NAME}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${NAME}){0,9}[\\s)\\]*_.]*$`, "u");
// A post's date and its team as a blog signs it: "2025년 10월 1일, React 팀", "October 1, 2025, the React Team".
const TEAM_BYLINE = new RegExp(`^(?:the\\s+)?[\\p{L}\\p{N}.+-]+(?:\\s+[\\p{L}\\p{N}.+-]+){0,2}\\s*(?:team|maintainers|팀|チーム|团队|團隊)[\\s.]*$`, "iu");
const DATE_BEFORE = new RegExp(`^[\\s(\\[*_]*(?:${WEEKDAY}${metadata_DATE},?\\s+)?`, "iu");
/** A line that is only the release's date, maybe with the words that say so. */
function isDateOnly(text) {
    const line = text.trim();
    const signed = line.replace(DATE_BEFORE, "");
    return DATE_LINE.test(line) || RELEASED_SENTENCE.test(line) || BYLINE.test(signed) || (signed !== line && TEAM_BYLINE.test(signed));
}
const HEX = "`?[0-9a-f]{7,128}`?";
// A field of the release's provenance, its name in the languages notes are written in, and its value's shape:
// a branch is one name ("`main`", "release/1.x"), a commit or checksum a hex string (a checksum maybe with its
// file), a tag a version.
const FIELD = [
    "(?:branch(?: name)?|分支(?:名称?)?|ブランチ名?|브랜치)\\s*[:：]\\s*(?:`[^`\\s]{1,100}`|[\\w./-]{1,100})",
    `(?:commit(?: hash| sha| id)?|提交(?:哈希|号)?|コミット|커밋)\\s*[:：]\\s*${HEX}`,
    `(?:sha-?(?:1|256|384|512)(?:\\s*(?:checksum|hash|sum))?|md5|checksums?|校验(?:和|值)|ハッシュ値?|체크섬)\\s*[:：]\\s*${HEX}(?:\\s+[\\w.+-]{1,100})?`,
    "(?:tag|标签|タグ|태그)\\s*[:：]\\s*`?v?\\d+(?:\\.\\d+){0,3}[\\w.+-]*`?",
    // A docs page's header: "TiDB 版本：8.5.1", "Version: 2.1.0 (LTS)"; "试用链接：快速体验 | 生产部署" (its links gone).
    "(?:[\\p{L}\\p{N}._-]{1,30}\\s?)?(?:版本号?|バージョン|버전|version)\\s*[:：]\\s*`?v?\\d+(?:\\.\\d+){1,3}[\\w.+-]*`?(?:\\s*[(（][^)）]{1,30}[)）])?",
    "(?:[\\p{L}]{1,10}\\s?)?(?:链接|鏈接|连结|下载地址|リンク|링크|links?|downloads?)\\s*[:：]\\s*[^|:：]{1,20}(?:\\s*[|｜]\\s*[^|:：]{1,20})+",
].join("|");
// One field or several on a line ("Branch: main Commit: abc1234"), after an icon or a bullet of the notes' own.
const FIELD_LINE = new RegExp(`^[\\p{Extended_Pictographic}\\uFE0F\\s*_•·|-]*(?:${FIELD})(?:[\\s,;|·•]{1,4}(?:${FIELD})){0,5}[\\s.*_]*$`, "iu");
// Which upstream release a fork's release is made from, and nothing more: "Based on upstream v1.4.2.", "This release is
// rebased onto LLVM 18.1.2", "Synced with upstream 2.3.0", "Upstream: v1.4.2", "基于上游 v1.4.2", "同步上游 1.4.2 版本".
const UPSTREAM_LINE = new RegExp(String.raw `^(?:(?:this\s+(?:release|version|build|fork)\s+(?:is\s+)?|it\s+is\s+)?(?:(?:re)?based\s+(?:on|onto)|built\s+(?:on|from)|synced?\s+(?:with|to)|syncs\s+(?:with|to)|merged?\s+(?:with\s+)?)\s+(?:the\s+)?(?:(?:latest|upstream|official)\s+)?(?:[\w.@/-]{1,40}\s+)?(?:(?:upstream|release|version|tag)\s+)?|upstream(?:\s+(?:version|release|tag))?\s*[:：]\s*|(?:基于|基於|同步|合并|合併)(?:上游|官方|主线)?\s*(?:[\w.@/-]{1,40}\s*)?)\x60?v?\d+(?:\.\d+){1,3}[\w.+-]*\x60?(?:\s*(?:版本|版|release|version))?[\s.。)）]*$`, "iu");
// Which release the changes are counted from, and nothing more: "Changes are relative to 5.6.41.", "Compared with
// v2.3.0", "변경 기준은 5.6.41입니다.", "5.6.41 대비 변경 사항", "5.6.41 からの変更点", "相对于 5.6.41 的变更", "Änderungen seit
// 4.0.0". The post's link and version say what release it is; the line is housekeeping. (Only "changes", never a
// kind's heading: Git's "Fixes since v2.20" labels its fixes.)
const BASE_VERSION = String.raw `\x60?v?\d+(?:\.\d+){1,3}[\w.+-]*\x60?`;
const BASELINE_LINE = new RegExp([
    String.raw `^(?:all\s+)?(?:the\s+)?changes\s+(?:(?:are|listed|here|below)\s+){0,2}(?:relative\s+to|compared\s+(?:with|to)|against|since)\s+(?:version\s+|release\s+)?${BASE_VERSION}[\s.:)]*$`,
    String.raw `^compared\s+(?:with|to)\s+(?:version\s+|release\s+)?${BASE_VERSION}[\s.:]*$`,
    String.raw `^(?:alle\s+)?änderungen\s+(?:seit|gegenüber)\s+(?:version\s+)?${BASE_VERSION}[\s.:]*$`,
    String.raw `^(?:변경\s*(?:사항|점)?|변경사항)(?:의)?\s*기준(?:은|는|이)?\s*${BASE_VERSION}\s*(?:입니다|이다|임)?[\s.。]*$`,
    String.raw `^${BASE_VERSION}\s*(?:대비|기준|이후(?:의)?)\s*(?:변경\s*사항|변경사항|변경점)(?:입니다)?[\s.:。]*$`,
    String.raw `^(?:変更点?は\s*)?${BASE_VERSION}\s*(?:から|と)の(?:変更点?|差分)(?:です)?[\s。.:：]*$`,
    String.raw `^(?:(?:本次)?(?:变更|改动)(?:的)?(?:基准|基于)(?:为|是)?\s*${BASE_VERSION}|(?:相对于|相较于|与)\s*${BASE_VERSION}\s*(?:相比)?(?:的)?(?:变更|改动|变化)?)[\s。.:：]*$`,
].join("|"), "iu");
// A NEWS file's release line: the date, or the placeholder written before the release is dated ("?? ??? ????",
// "?? ??? 2024"), then the project and its version ("01 Aug 2024, PHP 8.4.0beta1", "?? ??? ????, PHP 8.4.0beta1").
const DATE_PLACEHOLDER = "\\?{1,2}[\\s-]+\\?{3}[\\s-]+(?:\\?{4}|\\d{4})";
const NEWS_HEADER = new RegExp(`^[\\s(\\[*_]*(?:${WEEKDAY}${metadata_DATE}|${DATE_PLACEHOLDER})\\s*[,:–—-]?\\s*(?:[\\p{L}][\\p{L}\\p{N}._+-]*\\s+){1,3}v?\\d+(?:\\.\\d+){1,3}[\\w.+-]*[\\s)\\]*_.]*$`, "iu");
/** A NEWS file's line that dates a release and names it ("?? ??? ????, PHP 8.4.0beta1"): the notes' own title. */
const isNewsHeader = (text) => NEWS_HEADER.test(text.trim());
/** A line of release metadata: its date, or the branch, commit, checksum, tag or upstream release it was made from, or
 *  the release its changes are counted from. */
function isReleaseMetadata(text) {
    return isDateOnly(text) || isNewsHeader(text) || FIELD_LINE.test(text.trim()) || UPSTREAM_LINE.test(text.trim().replace(/^[(（]/u, "")) || BASELINE_LINE.test(text.trim());
}

;// CONCATENATED MODULE: ./src/notes/wrapped-titles.ts
// Plain-text changelogs that hard-wrap their "- " items and open an item with a title line of its own ("- Verbundene
// Kunden/Lieferanten" / "  Man kann jetzt Kunden und Lieferanten verbinden …"). Markdown joins the lines, and the title
// runs into its explanation as one sentence ("Verbundene Kunden/Lieferanten Man kann jetzt …"). A first line that
// ends early — the next line's first word would have fit on it — without a stop, before a line that opens a sentence of
// its own, is a title: it gets the colon a title has ("Verbundene Kunden/Lieferanten: Man kann jetzt …"). Only notes
// with no Markdown heading or fence are touched. Pure; one pass over the lines.
const ITEM = /^([-*+])[ \t]+(?=\S)/u;
// A line that ends a sentence or carries one on: a stop, a colon, a comma, an open bracket or a dash.
const ENDS_OR_CARRIES = /[.!?:;,([–—-]$|[.!?]["»“”]$/u;
const MARKUP = /[`*_[\]<>#|]/u;
// A word that needs more after it ends no title: "- Beim Speichern von Rechnungen mit" / "  Skonto wurde …" is one
// sentence wrapped early, and German capitalises the noun that goes on with it.
const NEEDS_MORE = /\s(?:mit|von|und|oder|der|die|das|den|dem|des|ein|eine|einen|für|zu|zum|zur|bei|auf|in|im|an|am|aus|nach|über|unter|vor|durch|gegen|ohne|and|or|of|with|for|to|the|a|an|in|on|at|by|from|into|de|du|des|la|le|les|et|ou|pour|avec|en|y|el|los|las|con|para|por)$/iu;
/** The notes with each hard-wrapped item's title line ending in a colon. */
function titledWrappedItems(source) {
    if (/^\s{0,3}(?:#{1,6}\s|`{3}|~{3})/mu.test(source) || !/^[-*+][ \t]+\S[^\n]*\n[ \t]{2,}\S/mu.test(source))
        return source;
    const lines = source.split("\n");
    // The notes' wrap width, over all their wrapped lines: one item's short lines do not make its first line "early".
    // (An address is never wrapped, so a line that holds one says nothing of the width.)
    const wrapped = lines.filter((line) => /^(?:[-*+][ \t]+|[ \t]{2,})\S/u.test(line) && !line.includes("://"));
    const wrapWidth = Math.max(0, ...wrapped.map((line) => line.trimEnd().length));
    for (let at = 0; at < lines.length; at += 1) {
        const first = lines[at] ?? "";
        if (!ITEM.test(first))
            continue;
        // The item's wrapped lines: indented, up to a blank line or the next item.
        let end = at + 1;
        while (end < lines.length && /^[ \t]{2,}\S/u.test(lines[end] ?? ""))
            end += 1;
        if (end - at < 3)
            continue;
        const title = first.trimEnd();
        const next = (lines[at + 1] ?? "").trim();
        const nextWord = next.split(/\s+/u)[0] ?? "";
        // The first sentence of the next line, up to its stop: a title's explanation opens with one of three words or more.
        const opening = /^[^.!?]*[.!?]/u.exec(lines.slice(at + 1, end).join(" ").trim())?.[0] ?? "";
        const words = title.replace(ITEM, "").split(/\s+/u).length;
        if (words < 2 || MARKUP.test(title.replace(ITEM, "")) || ENDS_OR_CARRIES.test(title) || NEEDS_MORE.test(title) || !/^\p{Lu}/u.test(next))
            continue;
        if (title.length + 1 + nextWord.length > wrapWidth - 2 || opening.split(/\s+/u).length < 3)
            continue;
        lines[at] = `${title}:`;
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/notes/plain-outline.ts
// Plain-text notes laid out by indentation alone (libexpat's "Release 2.7.5 …" / "Security fixes:" / "#1158  CVE-…"),
// written over as the Markdown they mean before the one Markdown parse: a label line ending in ":" with deeper lines
// under it becomes a heading, each line at its items' depth an item (deeper lines continue it). Markdown would read
// the whole as one paragraph, or as code where a blank line comes before the indentation. Only notes with no Markdown
// structure and such a label are touched. One pass over the lines.




// A line that says the notes are Markdown (or RST): a list item, a heading, a fence, a quote, a table row.
const plain_outline_MARKDOWN_LINE = /^\s{0,3}(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|`{3}|~{3}|>|\|)/u;
// A label: a short line that ends in a colon ("Security fixes:", "Other changes:").
const LABEL = /^(\S[^:]{0,58}):\s*$/u;
// Plain-text references that head a line ("#1158  CVE-…", "#1161 #1162  …"): nothing a post can open.
const LEADING_REFERENCES = /^(?:#\d{1,7}[\s,]+)+(?=\S)/u;
const indentOf = (line) => /^[ \t]*/u.exec(line)?.[0].replace(/\t/gu, "    ").length ?? 0;
// Where a line's words start: references in a column of their own ("     #1161 #1162  CVE-…" is right-aligned with
// "           #1158  CVE-…") do not count as its depth.
const depthOf = (line) => indentOf(line) + (LEADING_REFERENCES.exec(line.trim())?.[0].length ?? 0);
/** The next non-blank line after `at`, or -1. */
function nextFilled(lines, at) {
    for (let next = at + 1; next < lines.length; next += 1)
        if ((lines[next] ?? "").trim() !== "")
            return next;
    return -1;
}
// A bullet that opens a change of a plain-text outline at any depth ("    * xz:", "        - Fix …"): xz's NEWS indents
// its whole list, which Markdown would read as code.
const BULLET = /^[-*+•][ \t]+(?=\S)/u;
/** A label line directly followed by a deeper line, or a label whose next line is a deeper bullet ("    * xz:", then
 *  "        - Fix …"): the shape of an indented outline. */
function hasOutline(lines) {
    return lines.some((line, at) => {
        if (!LABEL.test(line.trim()))
            return false;
        if (depthOf(lines[at + 1] ?? "") > indentOf(line) && (lines[at + 1] ?? "").trim() !== "")
            return true;
        const next = nextFilled(lines, at);
        return next !== -1 && depthOf(lines[next] ?? "") > indentOf(line) && BULLET.test((lines[next] ?? "").trim());
    });
}
/** Plain-text notes as the Markdown they mean: an indented outline, plain bullets, a kind's name over a list, a pasted
 *  list of numbered issues, a hard-wrapped item's title line. */
const outlineAsMarkdown = (source) => plainListsAsMarkdown(indentedOutline(withoutTallies(newsAsMarkdown(gnuNewsAsMarkdown(issueDumpsAsLists(titledWrappedItems(source)))))));
// A GNU-style NEWS file's release line: "* Noteworthy changes in release 9.9 (2025-11-10) [stable]", "* Changes in
// Emacs 30.1", "* Major changes in release 3.12", "* Noteworthy changes in release ?.? (????-??-??) [?]".
const GNU_RELEASE = /^\*[ \t]+(?:[\p{L}-]+[ \t]+){0,2}changes[ \t]+(?:in|for|since)[ \t]+(?:release[ \t]+|version[ \t]+)?(?:[\p{L}][\w.+-]*[ \t]+){0,2}v?[\d?]+(?:\.[\d?]+)*(?:[ \t].*)?$/iu;
// Its sections, starred deeper than the release line: "** Bug fixes", "** New Features", "*** Dired".
const GNU_SECTION = /^(\*{2,4})[ \t]+(\S(?:.*\S)?)[ \t]*$/u;
// A sub-list line inside a change: "    - for all length adjustable algorithms".
const GNU_SUB_ITEM = /^([ \t]+)[-*•][ \t]+(?=\S)/u;
/**
 * A change of a GNU NEWS file: its indented paragraph as one Markdown item, its wrapped lines joined, an indented
 * sub-list kept as the item's sub-items, or read into it where each sub-item but the last ends with a comma (one
 * sentence, carried on), and its closing bracket
 * note ("[bug introduced in coreutils-9.2]", "[This bug was present in "the beginning".]") gone: it dates the bug for
 * maintainers, and is no change of its own.
 */
function gnuChange(paragraph) {
    let end = paragraph.length;
    const last = (paragraph.at(-1) ?? "").trim();
    if (/\][.]?$/u.test(last)) {
        for (let at = paragraph.length - 1; at > 0; at -= 1) {
            if ((paragraph[at] ?? "").trim().startsWith("[")) {
                end = at;
                break;
            }
        }
    }
    const itemDepth = indentOf(paragraph[0] ?? "");
    const lead = [];
    const subs = [];
    const after = [];
    for (const [at, line] of paragraph.slice(0, end).entries()) {
        const text = line.trim();
        if (at > 0 && GNU_SUB_ITEM.test(line) && indentOf(line) > itemDepth && after.length === 0)
            subs.push(text.replace(/^[-*•][ \t]+/u, ""));
        else if (subs.length > 0 && indentOf(line) > itemDepth && after.length === 0)
            subs[subs.length - 1] += ` ${text}`;
        else
            (subs.length > 0 ? after : lead).push(text);
    }
    // Sub-items that carry one sentence on ("…in untagged format:" then "- for all …," "- if that …,"): the item's words.
    if (subs.length > 0 && subs.slice(0, -1).every((sub) => /[,;]$/u.test(sub)))
        return [`- ${[...lead, ...subs, ...after].join(" ")}`];
    const out = [`- ${[...lead, ...after].join(" ")}`, ...subs.map((sub) => `  - ${sub}`)];
    return out;
}
/**
 * A GNU-style NEWS file (coreutils, grep, sed, tar, Emacs) as Markdown: its release line gone (the post's opener says
 * it), each starred section ("** Bug fixes") a heading, each indented paragraph under one a change. Markdown reads the
 * stars as list markers, and shows "** Bug fixes" as text. Notes with neither a release line nor two such sections
 * stay as they are. One pass over the lines.
 */
function gnuNewsAsMarkdown(source) {
    const lines = source.split("\n");
    const section = (line) => (/\*[ \t]*$/u.test(line) ? null : GNU_SECTION.exec(line));
    if (!lines.some((line) => GNU_RELEASE.test(line)) && lines.filter((line) => section(line) !== null).length < 2)
        return source;
    const out = [];
    let inSection = false;
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        const heading = section(line);
        if (GNU_RELEASE.test(line)) {
            inSection = false;
            continue;
        }
        if (heading) {
            out.push("", `${"#".repeat((heading[1] ?? "**").length + 1)} ${heading[2] ?? ""}`, "");
            inSection = true;
            continue;
        }
        if (!inSection || line.trim() === "" || indentOf(line) === 0) {
            if (indentOf(line) === 0 && line.trim() !== "")
                inSection = false;
            out.push(line);
            continue;
        }
        let end = at + 1;
        while (end < lines.length && (lines[end] ?? "").trim() !== "" && !section(lines[end] ?? ""))
            end += 1;
        out.push(...gnuChange(lines.slice(at, end)), "");
        at = end - 1;
    }
    return out.join("\n");
}
// A NEWS file's part ("- Core:", "- DOM:") over its changes, each opened by a dot deeper in ("  . Fixed bug …"), its
// wrapped lines deeper still.
const NEWS_PART = /^[ \t]{0,2}[-*][ \t]+(\S[^:]{0,58}):[ \t]*$/u;
const NEWS_ITEM = /^([ \t]+)\.[ \t]+(?=\S)/u;
/**
 * A NEWS file (PHP's: "- DOM:" then "  . Fixed bug GH-15192 (…", "    (html5_serializer)). (nielsdos)") as Markdown: each
 * part a heading, each dotted line an item with its wrapped lines joined, and the release's dated line ("?? ??? ????,
 * PHP 8.4.0beta1") gone, as the notes' own title. Markdown reads a part as one item, its changes glued together.
 */
function newsAsMarkdown(source) {
    const lines = source.split("\n");
    const isPart = (at) => {
        if (!NEWS_PART.test(lines[at] ?? ""))
            return false;
        const next = nextFilled(lines, at);
        return next !== -1 && NEWS_ITEM.test(lines[next] ?? "") && depthOf(lines[next] ?? "") > indentOf(lines[at] ?? "");
    };
    if (!lines.some((_, at) => isPart(at)))
        return source;
    const out = [];
    // The depth of the open item's dot, while one is open (its deeper lines continue it).
    let itemDepth = -1;
    for (const [at, line] of lines.entries()) {
        const text = line.trim();
        if (text === "") {
            itemDepth = -1;
            out.push("");
            continue;
        }
        if (isPart(at)) {
            out.push("", `#### ${NEWS_PART.exec(line)?.[1] ?? text}`, "");
            itemDepth = -1;
            continue;
        }
        const item = NEWS_ITEM.exec(line);
        if (item) {
            out.push(`- ${text.replace(/^\.\s+/u, "")}`);
            itemDepth = indentOf(line);
            continue;
        }
        if (itemDepth >= 0 && indentOf(line) > itemDepth) {
            out[out.length - 1] += ` ${text}`;
            continue;
        }
        itemDepth = -1;
        if (isNewsHeader(text))
            continue;
        out.push(line);
    }
    return out.join("\n");
}
// A tally line of plain-text notes ("Public curl releases:   262", "Contributors: 3273"): a count, no change.
const TALLY = /^[ \t]*[^\s:][^:\n]{1,60}:[ \t]+\d[\d,.]*[ \t]*$/u;
/** The notes without their blocks of two or more tally lines, which say how big the project is, not what changed. */
function withoutTallies(source) {
    if (!/:[ \t]+\d[\d,.]*[ \t]*\n[^\n]+:[ \t]+\d/u.test(source))
        return source;
    const lines = source.split("\n");
    const tally = lines.map((line) => TALLY.test(line));
    return lines.filter((_, at) => !(tally[at] && (tally[at - 1] === true || tally[at + 1] === true))).join("\n");
}
// A part's name before a change: one to three words, then a colon ("xzdec: ", "Linux installer: ").
const OWN_PART = /^([\p{L}\p{N}][\w.+-]*(?: [\w.+-]+){0,2}):[ \t]+(?=\S)/u;
/**
 * An indented outline as Markdown: a label over deeper lines a heading, each line at its items' depth an item, deeper
 * lines continuing it. A bulleted change ("    * xzdec: Add …" or "        - Fix a warning …:") runs on to every line
 * indented past its bullet, across blank lines: a wrapped line, a second paragraph, an indented command ("rm -rf
 * tests", shown as code) belong to it and are never a label or an item of their own; a bulleted line is a label only
 * over bullets of its own ("    * liblzma:").
 */
function indentedOutline(source) {
    const lines = source.split("\n");
    if (lines.some((line) => plain_outline_MARKDOWN_LINE.test(line)) || !hasOutline(lines))
        return source;
    const out = [];
    // Inside a label's block: the depth of its items, and whether an item is open (for continuation lines).
    let itemDepth = -1;
    let labelDepth = -1;
    let itemOpen = false;
    // Where the words of an open bulleted change start (its wrapped lines line up there), or -1.
    let bulletText = -1;
    let bulletDepth = -1;
    let blankBefore = false;
    let seenLabel = false;
    for (const [at, line] of lines.entries()) {
        const text = line.trim();
        const depth = depthOf(line);
        if (text === "") {
            if (bulletText < 0)
                itemOpen = false;
            blankBefore = true;
            continue;
        }
        const afterBlank = blankBefore;
        blankBefore = false;
        const bullet = BULLET.exec(text);
        if (bulletText >= 0 && !bullet && depth > bulletDepth && (!afterBlank || depth >= bulletText)) {
            // Deeper than the words after a blank line: a command or code quoted in the change.
            out[out.length - 1] += afterBlank && depth > bulletText + 1 ? ` \`${text.replace(/`/gu, "")}\`` : ` ${text}`;
            continue;
        }
        bulletText = -1;
        if (labelDepth >= 0 && depth <= labelDepth) {
            labelDepth = -1;
            itemDepth = -1;
            itemOpen = false;
        }
        const next = nextFilled(lines, at);
        const words = bullet ? text.slice(bullet[0].length) : text;
        const label = LABEL.exec(words);
        const nextLine = next === -1 ? "" : (lines[next] ?? "");
        if (label && next !== -1 && depthOf(nextLine) > depth && (!bullet || BULLET.test(nextLine.trim()))) {
            out.push("", `#### ${label[1] ?? words}`, "");
            seenLabel = true;
            labelDepth = depth;
            itemDepth = depthOf(nextLine);
            itemOpen = false;
            continue;
        }
        // After the outline's first part, a sibling change that names its own part ("    * xzdec: Add …" beside "    * xz:"
        // over its changes) is that part with one change: else it would read as one more change of the part before.
        const part = bullet && labelDepth < 0 && seenLabel ? OWN_PART.exec(words) : null;
        if (part) {
            out.push("", `#### ${part[1] ?? ""}`, "", `- ${words.slice(part[0].length)}`);
            bulletDepth = indentOf(line);
            bulletText = bulletDepth + (bullet?.[0].length ?? 0);
            itemOpen = true;
            continue;
        }
        if (bullet) {
            // A bullet deeper than its block's items is a sub-item of the change before it.
            const nested = labelDepth >= 0 && depth > itemDepth && itemOpen;
            if (labelDepth < 0)
                out.push("");
            out.push(`${nested ? "  " : ""}- ${words.replace(LEADING_REFERENCES, "")}`);
            bulletDepth = indentOf(line);
            bulletText = bulletDepth + bullet[0].length;
            itemOpen = true;
            continue;
        }
        if (labelDepth < 0) {
            out.push("", text);
            continue;
        }
        // Deeper lines continue the change; so does a line at its depth that starts in lower case after a line that ended
        // mid-sentence ("#12  CVE-… Fix an overflow in" / "     the parser"), wrapped to the words' column.
        if (itemOpen && (depth > itemDepth || (depth === itemDepth && plain_outline_CONTINUES.test(text) && !/[.!?:;。！？：]$/u.test(out[out.length - 1] ?? "")))) {
            out[out.length - 1] += ` ${text}`;
            continue;
        }
        out.push(`- ${text.replace(LEADING_REFERENCES, "")}`);
        itemOpen = true;
    }
    return out.join("\n");
}
// Bullets of plain-text notes that Markdown does not know: "• X", "・X を追加", "● X", "■ X".
const PLAIN_BULLET = /^(\s*)[•・●◦▪■□◆◇►▶]\s*(?=\S)/u;
const plain_outline_LIST_LINE = /^\s{0,3}[-*+]\s+\S/u;
/** A line that only names a kind of change ("新機能", "Bug fixes", "不具合修正"), nothing else on it. */
function isKindName(line) {
    const text = line.trim();
    if (text === "" || text.length > 40 || /[#*_`[\]<>|]/u.test(text))
        return false;
    const meaning = headingMeaning(text);
    return meaning !== null && meaning !== "generic" && meaning !== "drop" && isCategoryName(text);
}
/**
 * Plain-text bullets as Markdown items ("・X を追加" → "- X を追加"), and a line that only names a kind of change right
 * above a list ("新機能" then "- X") as the heading it is: else Markdown joins the label to the items, or shows it
 * alone, a label with nothing under it.
 */
function plainListsAsMarkdown(source) {
    const flush = flushListsAsMarkdown(lettersAsBullets(source));
    if (!/^\s*[•・●◦▪■□◆◇►▶]|^[^\n]+\n\s{0,3}[-*+]\s/mu.test(flush))
        return flush;
    const lines = flush.split("\n").map((line) => line.replace(PLAIN_BULLET, "$1- "));
    return lines
        .map((line, at) => {
        const before = at === 0 ? "" : (lines[at - 1] ?? "");
        const next = (lines[at + 1] ?? "").trim() === "" ? lines[at + 2] : lines[at + 1];
        // Indented as it stands: one inside a list item ("  Features:" then "  - …") heads that item's own sub-list.
        return before.trim() === "" && plain_outline_LIST_LINE.test(next ?? "") && isKindName(line) ? `${/^\s*/u.exec(line)?.[0] ?? ""}#### ${line.trim()}\n` : line;
    })
        .join("\n");
}
// " o curl: add --ip-tos": a letter o as the bullet, indented, as curl's plain-text notes write them.
const LETTER_BULLET = /^([ \t]+)o[ \t]+(?=\S)/u;
/** Lines bulleted with an indented "o" as Markdown items, where the notes have two or more and no Markdown. */
function lettersAsBullets(source) {
    if (!/^[ \t]+o[ \t]+\S[^\n]*\n(?:[ \t]*\n)*[ \t]+o[ \t]+\S/mu.test(source))
        return source;
    const lines = source.split("\n");
    if (lines.some((line) => plain_outline_MARKDOWN_LINE.test(line)))
        return source;
    return lines.map((line) => line.replace(LETTER_BULLET, "- ")).join("\n");
}
// A line that carries on the one before it: it starts in lower case, or the one before ended mid-sentence.
const plain_outline_CONTINUES = /^\p{Ll}/u;
const plain_outline_UNFINISHED = /[,，、;；\-–(（]$/u;
/**
 * Notes with no Markdown at all that put each change on its own line right under a kind's name ("Features:" then
 * "Add X", "Add Y"): each line is an item under that label. Lines that read as one wrapped sentence are left alone.
 */
function flushListsAsMarkdown(source) {
    const lines = source.split("\n");
    if (lines.some((line) => plain_outline_MARKDOWN_LINE.test(line)))
        return source;
    const out = [];
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        const label = line.trim().replace(/[:：]$/u, "");
        let end = at + 1;
        while (end < lines.length && (lines[end] ?? "").trim() !== "")
            end += 1;
        const under = lines.slice(at + 1, end).map((item) => item.trim().replace(PLAIN_BULLET, ""));
        const listed = under.length > 0 && under.every((item, index) => !plain_outline_CONTINUES.test(item) && !plain_outline_UNFINISHED.test(index === 0 ? "" : (under[index - 1] ?? "")));
        if (indentOf(line) === 0 && isKindName(label) && listed && under.every((item) => !isKindName(item.replace(/[:：]$/u, "")))) {
            out.push("", `#### ${label}`, "", ...under.map((item) => `- ${item}`), "");
            at = end - 1;
            continue;
        }
        out.push(line);
    }
    return out.join("\n");
}

;// CONCATENATED MODULE: ./src/notes/sanitize.ts
// Cleans text before it reaches a post: NFC, no control or invisible characters, no bidi controls, no orphaned
// combining marks. Every pass is linear in the text, whatever its shape (one long line, no newlines, many tabs).
// C0/C1 controls except tab and newline, DEL, the bidi embeddings/overrides (U+202A–202E) and isolates
// (U+2066–2069) that can make a post read differently than it is, and the three code points twitter-text
// rejects outright (U+FFFE, U+FEFF, U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REJECTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFEFF\uFFFF]/gu;
// Invisible characters that carry no meaning in a post and only hide things (a word that does not match what it
// looks like, a link or mention split in two): soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian
// vowel separator, zero-width space, the directional marks (LRM, RLM, ALM), word joiner and invisible operators,
// and tag characters outside an emoji tag sequence (the flags of England, Scotland, Wales keep theirs).
// ZWJ (emoji sequences, Indic and Arabic shaping) and ZWNJ (Persian, Indic) are kept: scripts need them.
// eslint-disable-next-line no-misleading-character-class -- invisible characters listed one by one on purpose
const INVISIBLE = /(\u{1F3F4}[\u{E0020}-\u{E007E}]{1,30}\u{E007F})|[\u00AD\u034F\u115F\u1160\u3164\uFFA0\u180E\u200B\u200E\u200F\u061C\u2060-\u2064\u{E0000}-\u{E007F}]/gu;
// An unpaired surrogate is not a character at all; X would reject the post.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// Combining marks, joiners and variation selectors riding on whitespace or ASCII punctuation would, once
// Markdown syntax around them is removed, fuse with a neighbouring letter into a character the author never
// wrote. Keycaps (#️⃣ *️⃣) are real emoji and are kept.
// eslint-disable-next-line no-misleading-character-class -- the class lists lone marks on purpose
const ORPHAN_MARKS = /(?<=^|[\s!-/:-@[-`{-~])(?!\uFE0F?\u20E3)[\p{M}\u200C\u200D\uFE0E\uFE0F]+/gu;
// eslint-disable-next-line no-misleading-character-class -- as above
const ORPHAN_AT_START = /^[\p{M}\u200C\u200D\uFE0E\uFE0F]+/u;
// Spaces of other widths (no-break, en, em, thin, ideographic…) are one plain space in a post.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/gu;
/**
 * One line's tabs as spaces up to the next multiple of 4 columns, as CommonMark counts them: "-\tfoo" then
 * "\t-\tbar" must stay an item and its sub-item. Linear: the column is tracked, never recounted.
 */
function expandTabs(line) {
    const parts = [];
    let column = 0;
    let from = 0;
    for (let index = line.indexOf("\t"); index !== -1; index = line.indexOf("\t", from)) {
        const before = line.slice(from, index);
        column += before.length;
        const width = 4 - (column % 4);
        parts.push(before, " ".repeat(width));
        column += width;
        from = index + 1;
    }
    parts.push(line.slice(from));
    return parts.join("");
}
/** Tabs expanded line by line; lines without a tab are not touched. */
function expandAllTabs(text) {
    if (!text.includes("\t"))
        return text;
    return text
        .split("\n")
        .map((line) => (line.includes("\t") ? expandTabs(line) : line))
        .join("\n");
}
// UTF-8 read as Latin-1 or Windows-1252 ("â¦" or "â€¦" for "…", "Ã©" for "é", "â€™" for "’"): a lead byte's
// character (U+00C2–U+00F4) then the continuation bytes' characters (U+0080–U+00BF, or the Windows-1252 signs that
// stand for 0x80–0x9F). Such a run is no text anyone writes; where its bytes are valid UTF-8 they are re-read.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CONTINUATION = `[\u0080-\u00BF${CP1252_HIGH}]`;
const MOJIBAKE = new RegExp(`[\u00C2-\u00DF]${CONTINUATION}|[\u00E0-\u00EF]${CONTINUATION}{2}|[\u00F0-\u00F4]${CONTINUATION}{3}`, "gu");
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** The byte a character of a mis-decoded run stood for. */
function byteOf(char) {
    const code = char.codePointAt(0) ?? 0;
    const high = CP1252_HIGH.indexOf(char);
    return code >= 0x80 && code <= 0xff ? code : 0x80 + high;
}
/** Runs of UTF-8 read as Latin-1 or Windows-1252, read again as UTF-8 where their bytes are valid UTF-8. */
function withoutMojibake(text) {
    if (!/[\u00C2-\u00F4]/u.test(text))
        return text;
    return text.replace(MOJIBAKE, (run) => {
        try {
            return UTF8.decode(Uint8Array.from([...run].map(byteOf)));
        }
        catch {
            return run;
        }
    });
}
/** Multi-line text (release notes, templates): line breaks kept, tabs become spaces (to CommonMark's tab stops). */
function sanitizeText(text) {
    const clean = expandAllTabs(withoutMojibake(text).replace(LONE_SURROGATE, "\uFFFD").replace(/\r\n?|[\u2028\u2029]/g, "\n"))
        .replace(REJECTED, "")
        .replace(INVISIBLE, "$1")
        .normalize("NFC")
        .replace(ODD_SPACE, " ")
        .replace(ORPHAN_MARKS, "");
    return clean.replace(ORPHAN_AT_START, "");
}
/** A one-line value (version, name, URL…): any run of whitespace becomes one space, ends trimmed. */
function sanitizeField(value) {
    if (value === null || value === undefined)
        return "";
    return sanitizeText(String(value)).replace(/\s+/g, " ").trim();
}

;// CONCATENATED MODULE: ./src/notes/liquid.ts
// Jekyll/Liquid markup in notes taken from a site's sources (ruby-lang.org's news posts): the page shows what a tag
// renders, never the tag. Pure: Markdown in, Markdown out.
// "[CVE-…: title]({% link ko/news/_posts/x.md %})": a link whose target is a tag is still a link. Bounded runs, no
// nesting: linear on any input.
const TEMPLATE_TARGET = /\]\(\s*(\{%[^%\n]{0,300}%\}|\{\{[^{}\n]{0,300}\}\})([^()\s]{0,300})\s*\)/gu;
// The tags that render an address from their argument; what they point at is the link's target.
const ADDRESS_TAG = /^\{%-?\s*(?:link|post_url|include_relative)\s+(\S{1,300})\s*-?%\}$/u;
function target(tag, rest) {
    const path = ADDRESS_TAG.exec(tag)?.[1] ?? "";
    return `](${path + rest || "#"})`;
}
/** The notes with Liquid link targets made plain addresses (lines of bare template output are page scaffolding:
 *  html-page.ts). */
function withoutLiquid(source) {
    if (!source.includes("]({"))
        return source;
    return source.replace(TEMPLATE_TARGET, (_whole, tag, rest) => target(tag, rest));
}

;// CONCATENATED MODULE: ./src/notes/block-markup.ts
// Docs-site block markup around notes taken from a site's sources: MkDocs admonitions ("!!! note", "???+ summary
// "v1.2 | 2025-04-07"") and MDC block components (Nuxt Content's "::tip", "::read-more{to=…}" with a "---" props block).
// The page shows what such a block holds, never its fence or its props. Pure: Markdown in, Markdown out.
// "!!! note", "??? tip "Title"", "???+ summary "v0.6.16 | 2025-04-07"": the admonition's opening line. Bounded runs.
const ADMONITION = /^(!!!|\?\?\?\+?)[ \t]+([\w-]{1,40})(?:[ \t]+[\w-]{1,40}){0,4}(?:[ \t]+"([^"\n]{0,300})")?[ \t]*$/u;
// An aside's types ("!!! tip", "!!! info"): their body is a side remark, left where it shows nothing.
const ASIDE = /^(?:tip|hint|info|question|help|faq|example|quote|cite|seealso)$/iu;
// One level of an admonition body's indent: a tab or four spaces.
const BODY_INDENT = /^(?:\t| {4})/u;
const HEADING_LEVEL = /^(#{1,6})[ \t]/u;
const block_markup_FENCE = /^\s{0,3}(?:```|~~~)/u;
/** The notes with each MkDocs admonition's body dedented, so that it reads as the Markdown it is (indented, CommonMark
 *  takes it for one code block). A title stays as a heading above the headings it holds, or as a bold line; an aside
 *  ("!!! tip") is left as it is. */
function withAdmonitionBodies(text) {
    if (!text.includes("!!!") && !text.includes("???"))
        return text;
    const lines = text.split("\n");
    const out = [];
    let fenced = false;
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index] ?? "";
        if (block_markup_FENCE.test(line))
            fenced = !fenced;
        const open = fenced ? null : ADMONITION.exec(line);
        if (!open) {
            out.push(line);
            continue;
        }
        const body = [];
        let next = index + 1;
        for (; next < lines.length; next += 1) {
            const bodyLine = lines[next] ?? "";
            if (bodyLine.trim() === "")
                body.push("");
            else if (BODY_INDENT.test(bodyLine))
                body.push(bodyLine.replace(BODY_INDENT, ""));
            else
                break;
        }
        // An aside stays as written: its indented body is no content of the notes, as before.
        if (ASIDE.test(open[2] ?? ""))
            out.push(...lines.slice(index, next));
        else
            out.push(...titled(open[3]?.trim() ?? "", body), "");
        index = next - 1;
    }
    return out.join("\n");
}
/** An admonition's body under its title: a heading one level above the body's own headings, else a bold line. */
function titled(title, body) {
    if (title === "")
        return [...body];
    const top = body.reduce((least, line) => Math.min(least, HEADING_LEVEL.exec(line)?.[1]?.length ?? 7), 7);
    const heading = top <= 6 ? `${"#".repeat(Math.max(1, top - 1))} ${title}` : `**${title}**`;
    return [heading, "", ...body];
}
// "::tip", "::read-more{to="…"}", ":::callout" and their closing "::": an MDC block component's fences; a component
// alone on its line (":read-more{to="…"}") too.
const MDC_FENCE = /^[ \t]*(?:::+(?:[A-Za-z][\w-]{0,60}(?:\{[^}\n]{0,500}\})?)?|:[A-Za-z][\w-]{0,60}\{[^}\n]{0,500}\})[ \t]*$/u;
const MDC_OPEN = /^[ \t]*::+[A-Za-z]/u;
const PROPS_LINE = /^[ \t]*[\w-]{1,60}[ \t]*:(?:[ \t][^\n]*)?$/u;
/** The notes without MDC block fences and the YAML props block ("---", "icon: …", "to: …", "---") right after an
 *  opening fence; what a block holds stays. */
function withoutMdcBlocks(text) {
    if (!text.includes("::"))
        return text;
    const lines = text.split("\n");
    const out = [];
    let fenced = false;
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index] ?? "";
        if (block_markup_FENCE.test(line))
            fenced = !fenced;
        if (fenced || !MDC_FENCE.test(line)) {
            out.push(line);
            continue;
        }
        out.push("");
        if (MDC_OPEN.test(line))
            index = afterProps(lines, index + 1) - 1;
    }
    return out.join("\n");
}
/** Where the text goes on after a props block starting at `start` ("---", "key: value" lines, "---"); `start` if none. */
function afterProps(lines, start) {
    if (lines[start]?.trim() !== "---")
        return start;
    for (let index = start + 1; index < lines.length && index < start + 60; index += 1) {
        const line = lines[index] ?? "";
        if (line.trim() === "---")
            return index + 1;
        if (!PROPS_LINE.test(line) && !/^[ \t]+\S/u.test(line))
            return start;
    }
    return start;
}

;// CONCATENATED MODULE: ./src/notes/strike.ts
// GFM's single-tilde strike-through ("~withdrawn~"), which markdown-it reads only as "~~withdrawn~~": written as the
// double form so that struck words are read as deleted. Pure: Markdown in, Markdown out.

// A closed run that flanks non-space on both inner sides, with no tilde next to it: "~1-2 months" (about) and
// "~/.config" stay. Bounded: each start looks at most 500 characters ahead, so any input stays linear.
const SINGLE_TILDE_RUN = /(?<![~\\\p{L}\p{N}])~(?=[^\s~])([^~\n]{1,500}?)(?<=[^\s~\\])~(?![~\p{L}\p{N}])/gu;
// Code spans keep their tildes: only the parts between them are read.
const CODE_SPAN = /(`+)[^`\n]{0,2000}?\1/gu;
function outsideCodeSpans(line) {
    let out = "";
    let from = 0;
    for (const span of line.matchAll(CODE_SPAN)) {
        out += line.slice(from, span.index).replace(SINGLE_TILDE_RUN, "~~$1~~") + span[0];
        from = span.index + span[0].length;
    }
    return out + line.slice(from).replace(SINGLE_TILDE_RUN, "~~$1~~");
}
/** The notes with each single-tilde strike-through written "~~…~~"; fenced code kept as it is. */
function withDoubleTildeStrikes(source) {
    if (!source.includes("~"))
        return source;
    let fenced = false;
    return source
        .split("\n")
        .map((line) => {
        if (FENCE.test(line)) {
            fenced = !fenced;
            return line;
        }
        return fenced || !line.includes("~") ? line : outsideCodeSpans(line);
    })
        .join("\n");
}

;// CONCATENATED MODULE: ./src/notes/rst.ts
// reStructuredText notes (Sphinx docs, towncrier changelogs) written over as the Markdown they mean, before the one
// Markdown parse: underlined titles become headings, `text <url>`__ links and :role:`x` references become the Markdown
// a changelog in Markdown would have written. Only notes that use RST's own markup are touched, so Markdown keeps
// its meaning. Line by line and one regular expression pass per construct: linear in the notes' size.
// Markup only RST has: a role (":issue:`12`", ":py:class:`x`"), a link ("`text <url>`__"), an explicit markup line
// (".. _target:", ".. note::").
// Domains may be chained and name an inventory: ":external+python:exc:`CookieError`", ":external:py:class:`x`".
const ROLE_MARK = /(?:^|[\s(（"'])(?::[a-z][\w+.-]{0,40}){0,2}:[a-z][\w+-]{0,30}:`[^`\n]{1,300}`/mu;
const LINK_MARK = /`[^`\n]{0,300}<[^<>`\s]{1,2000}>`__?(?![\w`])/u;
const EXPLICIT_MARK = /^\.\. (?:_[^:\n]{1,200}:|[\w-]{1,40}::)/mu;
// A title's adornment line: one punctuation character repeated ("=====", "-----", "~~~~~", "*****").
const ADORNMENT = /^([=\-~^*#+`:'"._])\1{2,}[ \t]*$/u;
// A reference to a target defined elsewhere ("`#348`_", "`@oxygen-dioxide`_", "`#11`__"): Markdown has no "`x`_".
const REFERENCE_MARK = /(?<![\w`])`[^`\n<>]{1,200}`__?(?![\w`])/u;
// A substitution's definition (".. |logo| image:: …"), an anonymous target ("__ https://…").
const DEFINITION_MARK = /^(?:\.\. \|[^|\n]{1,100}\| [\w-]{1,40}::|__ [a-z][\w+.-]*:\/\/\S+[ \t]*$)/mu;
/** The notes use RST's own markup (a role, an RST link or reference, an explicit markup line, a title adorned as only
 *  RST adorns one): they are RST, not Markdown. */
function looksLikeRst(source) {
    return ROLE_MARK.test(source) || LINK_MARK.test(source) || EXPLICIT_MARK.test(source) || REFERENCE_MARK.test(source) || DEFINITION_MARK.test(source) || hasRstTitle(source);
}
/**
 * A title adorned as Markdown never writes one: underlined with "+++", "~~~", "^^^", "***", "###" (Markdown's setext
 * underlines are "===" and "---" only), or overlined and underlined alike. The adornment is at least as long as the
 * title, as RST asks; a tilde line must be followed by a blank line (a Markdown fence "~~~" is followed by its code).
 */
function hasRstTitle(source) {
    if (!/^([=\-~^*#+:'"._])\1{2,}[ \t]*$/mu.test(source))
        return false;
    const lines = source.split("\n");
    for (let at = 1; at < lines.length; at += 1) {
        const match = ADORNMENT.exec(lines[at] ?? "");
        if (!match)
            continue;
        const adornment = (lines[at] ?? "").trim();
        const title = (lines[at - 1] ?? "").trim();
        if (title === "" || ADORNMENT.test(title) || title.length > adornment.length || /^(?:[-*+]|\d+[.)])\s|^#{1,6}\s/u.test(title))
            continue;
        const over = (lines[at - 2] ?? "").trim();
        if (over === adornment && match[1] !== "-")
            return true;
        const char = match[1] ?? "";
        if (char === "=" || char === "-" || char === "`")
            continue;
        if (char === "~" && (lines[at + 1] ?? "").trim() !== "")
            continue;
        if (at >= 2 && over !== "")
            continue;
        return true;
    }
    return false;
}
// Directives whose body is code or media: gone from a post, as a Markdown code block is (kept as an empty one, so that
// a lead-in to it is recognised).
const CODE_DIRECTIVES = /^(?:code|code-block|sourcecode|literalinclude|highlight|parsed-literal|doctest|testcode|prompt|console)$/iu;
// Directives whose body is prose beside the changes: read as a block quote, as a GitHub alert is.
const ADMONITIONS = /^(?:note|warning|attention|caution|danger|error|hint|important|tip|seealso|deprecated|versionadded|versionchanged|versionremoved|admonition)$/iu;
const rst_indentOf = (line) => /^[ \t]*/u.exec(line)?.[0].length ?? 0;
/** The lines of a directive's body: the indented (or blank) lines after `at`, up to the first line back at the
 *  directive's indentation. */
function bodyEnd(lines, at, indent) {
    let end = at + 1;
    while (end < lines.length && ((lines[end] ?? "").trim() === "" || rst_indentOf(lines[end] ?? "") > indent))
        end += 1;
    // Trailing blank lines belong to what follows.
    while (end > at + 1 && (lines[end - 1] ?? "").trim() === "")
        end -= 1;
    return end;
}
/** A title's underline at `at` (with an overline of the same character two lines up, or none): its style, or null. */
function titleStyle(lines, at) {
    const under = ADORNMENT.exec(lines[at] ?? "");
    const title = lines[at - 1] ?? "";
    if (!under || title.trim() === "" || ADORNMENT.test(title) || rst_indentOf(title) > 0 && !ADORNMENT.test(lines[at - 2] ?? ""))
        return null;
    const over = lines[at - 2] ?? "";
    const overlined = ADORNMENT.test(over) && over.trim() === (lines[at] ?? "").trim();
    // An underline stands right under its title, after a blank line or an overline: a "----" under a paragraph's last
    // line is not one.
    if (!overlined && at >= 2 && over.trim() !== "")
        return null;
    return `${overlined ? "over" : ""}${under[1]}`;
}
/** Titles (underlined, maybe overlined) as ATX headings, levels in the order their styles first appear, as RST
 *  assigns them; explicit markup lines (targets, comments, directives) dropped or read as Markdown would. */
function blocksAsMarkdown(source) {
    const lines = source.split("\n");
    const styles = [];
    const out = [];
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        const style = ADORNMENT.test(line) ? titleStyle(lines, at) : null;
        if (style !== null) {
            if (!styles.includes(style))
                styles.push(style);
            const title = (out.pop() ?? "").trim();
            if (style.startsWith("over"))
                out.pop();
            out.push(`${"#".repeat(Math.min(6, styles.indexOf(style) + 1))} ${title}`);
            continue;
        }
        // An overline whose title and underline follow is read with them.
        if (ADORNMENT.test(line) && (lines[at + 2] ?? "").trim() === line.trim() && (lines[at + 1] ?? "").trim() !== "") {
            out.push(line);
            continue;
        }
        const explicit = /^([ \t]*)\.\.(?:[ \t]+(.*))?$/u.exec(line);
        if (explicit) {
            const indent = explicit[1]?.length ?? 0;
            const end = bodyEnd(lines, at, indent);
            const directive = /^([\w-]+)::/u.exec(explicit[2] ?? "")?.[1] ?? "";
            if (ADMONITIONS.test(directive)) {
                // Its argument (versionchanged's version) and body as a quote beside the changes.
                const body = lines.slice(at + 1, end).map((bodyLine) => bodyLine.trim());
                const argument = (explicit[2] ?? "").slice(directive.length + 2).trim();
                const quoted = [argument, ...body].filter((part, index) => index > 0 || part !== "");
                out.push(...quoted.map((part) => `${" ".repeat(indent)}> ${part}`));
            }
            else if (CODE_DIRECTIVES.test(directive))
                out.push(`${" ".repeat(indent)}\`\`\``, `${" ".repeat(indent)}\`\`\``);
            at = end - 1;
            continue;
        }
        // An anonymous target ("__ https://…/issues/11") only says where a "`#11`__" before it points.
        if (/^[ \t]*__ \S+[ \t]*$/u.test(line))
            continue;
        // "Example::" then an indented block: the block is code; the paragraph ends with one colon.
        out.push(line.replace(/(\S)[ \t]*::[ \t]*$/u, "$1:").replace(/^[ \t]*::[ \t]*$/u, ""));
    }
    return out.join("\n");
}
// Roles that name a person: the credit rules remove "-- by @name".
const PERSON_ROLES = /^(?:user|github-user|gh-user|ghuser|author|contributor|sponsor)$/iu;
// Roles that reference an issue, pull request or commit on the tracker: "#12", as a Markdown changelog writes them.
const REFERENCE_ROLES = /^(?:issue|issues|iss|pr|pull|pulls|bug|bpo|gh|ghissue|ghpull|gh-issue|gh-pr|merge|mr|ticket|commit|sha|cve|cwe|ghsa)$/iu;
// Only numbers: a project's own tracker role (":iss:`667`", ":ticket-ref:`12, 14`") whatever its name; no code is a bare number.
const NUMBERS_ONLY = /^#?\d+(?:\s*,\s*#?\d+)*$/u;
// Roles whose text is a word of the sentence (a glossary term, a menu label, an abbreviation).
const WORD_ROLES = /^(?:term|abbr|guilabel|menuselection|dfn|math|sub|sup|strong|emphasis|title-reference|t|pep|rfc)$/iu;
/** One role as Markdown: a person as a handle, references as "#12", PEPs and RFCs by name, cross-references by
 *  their text, everything else (classes, functions, files, options) as a code span. */
function roleAsMarkdown(role, content) {
    const name = role.toLowerCase();
    const explicit = /^([^<]*?)\s*<([^<>]+)>$/su.exec(content);
    const text = explicit ? (explicit[1] ?? "") : content;
    const target = explicit ? (explicit[2] ?? "") : content;
    if (PERSON_ROLES.test(name))
        return `@${target.trim()}`;
    if (REFERENCE_ROLES.test(name) || (!WORD_ROLES.test(name) && name !== "pep" && name !== "rfc" && NUMBERS_ONLY.test(target.trim()))) {
        // An advisory keeps its prefix: a bare "cpwx-vrp4-4pq7" names nothing a reader can look up.
        if (name === "cve" || name === "cwe" || name === "ghsa")
            return `${name.toUpperCase()}-${target.replace(/^(?:cve|cwe|ghsa)-/iu, "")}`;
        if (name === "commit" || name === "sha")
            return target;
        return target
            .split(/\s*,\s*/u)
            .map((number) => (/^\d+$/u.test(number) ? `#${number}` : number))
            .join(", ");
    }
    if (name === "pep" || name === "rfc")
        return explicit && text ? text : `${name.toUpperCase()} ${target.replace(/#.*$/u, "")}`;
    if (WORD_ROLES.test(name))
        return text.replace(/\s*\([^()]*\)$/u, name === "abbr" ? "" : "$&");
    // A cross-reference with its own words shows them; one without shows its target's name.
    if ((name === "ref" || name === "doc" || name === "numref" || name === "any") && explicit && text)
        return text;
    // "~pkg.mod.Class" shows "Class"; "!name" shows the name unlinked; ".mod.func" (Sphinx's "search from here") shows
    // "mod.func".
    const code = (explicit && text ? text : target).trim().replace(/^!/u, "").replace(/^~(?:[\w.]*\.)?/u, "").replace(/^\.(?=[A-Za-z_])/u, "");
    return code.includes("`") ? code : `\`${code}\``;
}
const ROLE = /(?<![\w`]):((?:[a-z][\w+.-]{0,40}:){0,2})([a-z][\w+-]{0,30}):`([^`]{1,300})`(?!`)/giu;
// "`text <https://…>`__", "`text <https://…>`_", "`<https://…>`_"; a target name ("`text <target_>`_") has no address.
const LINK = /(?<![\w`])`([^`<>]{0,300}?)\s*<([^<>`\s]{1,2000})>`__?(?![\w`])/gu;
// "`Name`_": a reference to a target defined elsewhere in the document.
const NAMED_REFERENCE = /(?<![\w`])`([^`\n<>]{1,200})`__?(?![\w`])/gu;
// "name_", "name__": a reference by a simple name (letters and digits, with single ".", "-", "+", ":" or "_" inside);
// code spans and addresses come first so that they keep their underscores; a dunder ("__repr__") is no reference.
const SIMPLE_REFERENCE = /(``[^\n]*?``|`[^`\n]*`|<[^<>\s]*>|https?:\/\/\S+)|(?<![\w`.])([A-Za-z0-9](?:[A-Za-z0-9]|[.+:-](?=[A-Za-z0-9])|_(?=[A-Za-z0-9]))*)__?(?![\w`])/gu;
// ".. _PR#1457: https://…/pull/1457": a named target. One that points at a pull request, an issue or a commit makes its
// "`PR#1457`_" a reference, which the Markdown reading drops as it drops "[#1457](…/pull/1457)".
const TARGET_DEFINITION = /^[ \t]*\.\. _(`[^`\n]{1,200}`|[^:`\n]{1,200}):[ \t]+(\S{1,2000})[ \t]*$/gmu;
const CHANGE_ADDRESS = /^https?:\/\/\S+\/(?:pull|pulls|issues|commit|commits|merge_requests)\/[\w.-]+/iu;
// RST matches target names without case and with runs of spaces as one.
const targetKey = (name) => name.replace(/^`|`$/gu, "").replace(/\s+/gu, " ").trim().toLowerCase();
/** The named targets that point at a change on a forge, by name. */
function changeTargets(source) {
    const targets = new Map();
    if (!source.includes(".. _"))
        return targets;
    for (const [, name = "", address = ""] of source.matchAll(TARGET_DEFINITION))
        if (CHANGE_ADDRESS.test(address))
            targets.set(targetKey(name), address);
    return targets;
}
/** Inline markup as Markdown: links, roles, named references, escaped spaces. */
function rst_inlineAsMarkdown(text, targets = new Map()) {
    return text
        .replace(LINK, (_whole, words, address) => {
        const shown = words.trim().replace(/[[\]]/gu, (bracket) => `\\${bracket}`);
        if (address.endsWith("_"))
            return shown;
        return shown === "" ? address : `[${shown}](<${address}>)`;
    })
        .replace(ROLE, (_whole, _domain, role, content) => roleAsMarkdown(role, content))
        .replace(NAMED_REFERENCE, (_whole, name) => {
        const address = targets.get(targetKey(name));
        return address === undefined ? name : `[${name.replace(/[[\]]/gu, (bracket) => `\\${bracket}`)}](<${address}>)`;
    })
        // "zope.interface_": a one-word reference, which RST writes without backticks (code keeps its underscores).
        .replace(SIMPLE_REFERENCE, (whole, kept, name) => kept ?? name ?? whole)
        // "word\ s": an escaped space joins what it stands between.
        .replace(/\\ /gu, "")
        // RST has no underscore emphasis: "Certificate.__repr__" keeps its underscores (outside code and addresses,
        // where Markdown reads no emphasis either).
        .replace(/(``[^\n]*?``|`[^`\n]*`|<[^<>\s]*>)|_/gu, (_whole, kept) => kept ?? "\\_");
}
// ".. |name| replace:: text", ".. |logo| image:: url": what "|name|" stands for in the text.
const SUBSTITUTION_DEFINITION = /^[ \t]*\.\. \|([^|\n]{1,100})\|[ \t]+([\w-]{1,40})::[ \t]*(.*)$/gmu;
// "|name|" in the text (its bars hug the name, so a table's "| a | b |" is none), maybe a reference too ("|name|_").
const SUBSTITUTION = /(?<![\w|`])\|([^|\s`](?:[^|\n`]{0,98}[^|\s`])?)\|(?:__?)?(?![\w|])/gu;
/** Each "|name|" as the text its definition gives: a replacement's words, nothing for an image or other directive,
 *  the name itself when the notes do not define it (Sphinx's "|version|"). */
function withSubstitutions(source) {
    if (!source.includes("|"))
        return source;
    const meanings = new Map();
    for (const [, name = "", directive = "", argument = ""] of source.matchAll(SUBSTITUTION_DEFINITION)) {
        meanings.set(name, directive === "replace" ? argument.trim() : "");
    }
    return source
        .split("\n")
        .map((line) => (/^[ \t]*\.\./u.test(line) ? line : line.replace(SUBSTITUTION, (_whole, name) => meanings.get(name) ?? name)))
        .join("\n");
}
/** RST notes as the Markdown they mean; other notes unchanged. */
function rstAsMarkdown(source) {
    if (!looksLikeRst(source))
        return source;
    return rst_inlineAsMarkdown(blocksAsMarkdown(changeBlocksAsItems(withSubstitutions(source))), changeTargets(source));
}
// Sphinx changelog's ".. change::" directive: one change, its fields, then its text. SQLAlchemy, Alembic and Mako
// write no title and say the kind in ":tags:"; Litestar-style changelogs title the change on the directive's line
// (".. change:: Fix the router") and say the kind in ":type:". Its ".. changelog::" wrapper (with or without a version
// after it) only holds them.
const CHANGE_DIRECTIVE = /^([ \t]*)\.\.[ \t]+change::[ \t]*(.*)$/u;
const CHANGELOG_DIRECTIVE = /^([ \t]*)\.\.[ \t]+changelog::(?:[ \t].*)?$/u;
// The fields that say a change's kind.
const KIND_FIELDS = new Set(["tags", "type"]);
const rst_FIELD = /^[ \t]*:([\w-]+):[ \t]*(.*)$/u;
// A change's tags, in the words the item's leading tag takes ("[fix] …"): the first tag that names a kind.
const TAG_KINDS = {
    feature: "feature", usecase: "feature", bug: "fix", bugfix: "fix", fix: "fix", change: "changed", changed: "changed",
    removed: "removed", removal: "removed", deprecated: "deprecated", performance: "performance", security: "security",
    breaking: "breaking", doc: "docs", docs: "docs", documentation: "docs", tests: "internal", installation: "changed",
};
/** The kind word ("feature", "fix") of a change directive's ":tags:" value; null when no tag names one. */
function changeTagKind(tags) {
    for (const tag of tags.split(/[\s,]+/u)) {
        const kind = TAG_KINDS[tag.toLowerCase()];
        if (kind !== undefined)
            return kind;
    }
    return null;
}
/**
 * Each ".. change::" block as a Markdown list item with its kind as a leading tag ("- [fix] The `x` …"): its title, else
 * its first paragraph, is the change; later paragraphs (background, "seealso") stay in the notes. The ".. changelog::" wrapper and
 * its fields (":version:", ":released:") go.
 */
function changeBlocksAsItems(source) {
    if (!/^[ \t]*\.\.[ \t]+change::/mu.test(source))
        return source;
    const lines = source.split("\n");
    const out = [];
    for (let at = 0; at < lines.length; at += 1) {
        const line = lines[at] ?? "";
        if (CHANGELOG_DIRECTIVE.test(line)) {
            while (rst_FIELD.test(lines[at + 1] ?? ""))
                at += 1;
            continue;
        }
        const change = CHANGE_DIRECTIVE.exec(line);
        if (!change) {
            out.push(line);
            continue;
        }
        const end = bodyEnd(lines, at, change[1]?.length ?? 0);
        let body = at + 1;
        let kind = null;
        for (; body < end && rst_FIELD.test(lines[body] ?? ""); body += 1) {
            const [, name = "", value = ""] = rst_FIELD.exec(lines[body] ?? "") ?? [];
            if (KIND_FIELDS.has(name) && kind === null)
                kind = changeTagKind(value);
        }
        while (body < end && (lines[body] ?? "").trim() === "")
            body += 1;
        const paragraph = [];
        while (body < end && (lines[body] ?? "").trim() !== "" && !/^[ \t]*\.\./u.test(lines[body] ?? ""))
            paragraph.push((lines[body++] ?? "").trim());
        const said = change[2]?.trim() || paragraph.join(" ");
        if (said !== "")
            out.push("", `- ${kind === null ? "" : `[${kind}] `}${said}`, "");
        at = end - 1;
    }
    return out.join("\n");
}

;// CONCATENATED MODULE: ./src/notes/tables.ts
// Tables of changes (Angular's "| Commit | Type | Description |", angular-cli's HTML <table> of commits) read as the
// changes they list: each row's description, prefixed with its type ("fix: …") so that it is read like a commit line.
// Tables of anything else (rule renames, support matrices) are not changes and stay dropped. One pass per table.
const DESCRIPTION_HEADER = /^(?:description|summary|changes?|title|message|subject|commit message|details)$/i;
const TYPE_HEADER = /^(?:type|kind|category)$/i;
// How a row says its type: a conventional type, or the words a badge uses for one.
const TYPES = [
    [/\b(?:feat|feature|enhancement)\b/i, "feat"],
    [/\b(?:fix|bug ?fix|bugfix)\b/i, "fix"],
    [/\b(?:perf|performance)\b/i, "perf"],
    [/\b(?:docs?|documentation)\b/i, "docs"],
    [/\b(?:refactor|build|ci|test|chore|style)\b/i, "chore"],
    [/\brevert\b/i, "revert"],
];
function typeOf(text) {
    for (const [pattern, type] of TYPES)
        if (pattern.test(text))
            return type;
    return "";
}
/** The changes a table lists, or null when it lists no changes (no description column). */
function tableChanges(rows) {
    let description = -1;
    let type = -1;
    let part = "";
    const changes = [];
    for (const row of rows) {
        if (row.section) {
            // "@angular-devkit/build-angular (12.1.0)": the package, without the version the post already says.
            part = (row.cells.find((cell) => cell.trim() !== "") ?? "").replace(/\s*\(v?\d[^)]*\)\s*$/u, "").trim();
            continue;
        }
        const bare = row.cells.map((cell) => cell.replace(/[*_`]/g, "").trim());
        const header = bare.findIndex((cell) => DESCRIPTION_HEADER.test(cell));
        if (header >= 0) {
            description = header;
            type = bare.findIndex((cell) => TYPE_HEADER.test(cell));
            continue;
        }
        if (description < 0)
            continue;
        const text = row.cells[description]?.trim() ?? "";
        if (!text)
            continue;
        const typeText = type >= 0 ? (row.cells[type] ?? "") : `${row.cells.filter((_, index) => index !== description).join(" ")} ${row.hints.join(" ")}`;
        changes.push({ description: text, type: typeOf(typeText), part });
    }
    return description < 0 ? null : changes;
}
/** The cells of a Markdown table row ("| a | `b|c` | d |"): pipes inside code spans or escaped do not split. */
function markdownCells(line) {
    const cells = [];
    let cell = "";
    let code = false;
    for (let index = 0; index < line.length; index += 1) {
        const char = line[index] ?? "";
        if (char === "\\" && line[index + 1] === "|") {
            cell += "|";
            index += 1;
        }
        else if (char === "`") {
            code = !code;
            cell += char;
        }
        else if (char === "|" && !code) {
            cells.push(cell);
            cell = "";
        }
        else
            cell += char;
    }
    cells.push(cell);
    // The outer pipes leave empty cells at both ends.
    if (cells.length > 1 && cells[0]?.trim() === "")
        cells.shift();
    if (cells.length > 1 && cells.at(-1)?.trim() === "")
        cells.pop();
    return cells.map((value) => value.trim());
}
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** A Markdown table (the raw lines of one paragraph) as rows; the delimiter row goes. */
function markdownTableRows(source) {
    return source
        .split("\n")
        .filter((line) => line.trim() !== "" && !DELIMITER_ROW.test(line))
        .map((line) => ({ cells: markdownCells(line), hints: [], section: false }));
}
const tables_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
/** An HTML cell's words: tags go (code keeps its backticks), entities are decoded, white space collapses. */
function htmlText(html) {
    return html
        .replace(/<code\b[^>]*>/gi, "`")
        .replace(/<\/code>/gi, "`")
        .replace(/<[^>]*>/g, " ")
        .replace(/&(#39|amp|lt|gt|quot|apos|nbsp);/g, (_, name) => tables_ENTITIES[name] ?? "")
        .replace(/\s+/g, " ")
        .trim();
}
/** An HTML table as rows. Walks the rows and cells with indexOf: linear in the table's length. */
function htmlTableRows(html) {
    const rows = [];
    const lower = html.toLowerCase();
    for (let start = lower.indexOf("<tr"); start !== -1;) {
        const next = lower.indexOf("<tr", start + 3);
        const row = html.slice(start, next === -1 ? undefined : next);
        const rowLower = row.toLowerCase();
        const cells = [];
        const hints = [];
        let section = false;
        const boundary = /<t[dh][\s>]|<\/tr/g;
        let cell = rowLower.search(/<t[dh][\s>]/);
        while (cell !== -1) {
            const open = rowLower.indexOf(">", cell);
            if (open === -1)
                break;
            boundary.lastIndex = open + 1;
            const found = boundary.exec(rowLower);
            const end = found ? found.index : row.length;
            const raw = row.slice(open + 1, end);
            if (/colspan/i.test(row.slice(cell, open)) || /<h[1-6]\b/i.test(raw))
                section = true;
            cells.push(htmlText(raw));
            for (const match of raw.matchAll(/\b(?:title|alt|src)\s*=\s*"([^"]{0,300})"/gi))
                hints.push(match[1] ?? "");
            cell = found && found[0] !== "</tr" ? end : -1;
        }
        if (cells.length > 0)
            rows.push({ cells, hints, section: section && cells.filter((value) => value !== "").length === 1 });
        start = next;
    }
    return rows;
}

// EXTERNAL MODULE: ./src/notes/x-text.ts
var x_text = __webpack_require__(9);
;// CONCATENATED MODULE: ./src/notes/markdown.ts
// Release-notes Markdown → a flat list of blocks (headings, paragraphs, list items, dropped blocks) with plain
// inline text, by one bounded markdown-it parse. Every walk is iterative: the input cannot control stack depth.













// A bold breaking marker alone before a change: "**Breaking**", "**BREAKING CHANGE**", "**Breaking (`pkg`)**",
// "**破坏性变更**", "**破壊的変更**", "**주요 변경**": the words the item's reading takes for a marker, and no others.
const BOLD_MARKER = new RegExp(String.raw `^[\p{Extended_Pictographic}\uFE0F\s]*(?:${BREAKING_MARKER_WORD})(?:\s*\([^()\n]{1,60}\))?\s*$`, "iu");
/** The tokens from `at` open a change right after a bold marker: a space, then a capital, a code span or a CJK letter. */
function opensChange(tokens, at) {
    const next = tokens[at];
    if (next?.type !== "text")
        return false;
    if (/^[ \t]+$/u.test(next.content))
        return tokens[at + 1]?.type === "code_inline";
    return /^[ \t]*[\p{Lu}\p{Lo}`]/u.test(next.content) && !/^[ \t]*[:：]/u.test(next.content);
}
/** No post can use more than this much of the notes; past it the rest is counted, not parsed. */
const READ_LIMIT = 128 * 1024;
/** Notes up to this size are read whole; longer ones, as far as the posts need (see bounded()). */
const FIRST_READ = 16 * 1024;
// Stands where a link or image was dropped, until cleanup decides whether the space before it goes too.
// Sanitizing removes every U+0000 from the notes, so the mark cannot come from them.
const DROPPED_MARK = "\u0000";
// Around the words of a link that stay: cleanup drops a parenthesis holding only a link ("(migration guide)"),
// whose target was the point. Control characters, so they cannot come from the notes either.
const LINK_OPEN = "\u0001";
const LINK_CLOSE = "\u0002";
const COMMIT_URL = /\/commits?\/[0-9a-f]{7,40}\b/i;
// Where a change lives on a forge: its pull request, issue, commit or merge request.
const CHANGE_URL = /\/(?:pull|pulls|issues|commit|commits|merge_requests)\/[\w.-]+/i;
// Link text that is only a reference: a commit hash, "#123", "PR #123", "owner/repo#123", "owner/repo #123", "GH-123",
// "!123" (GitLab), "^1" (a footnote). These carry nothing a reader of a post can use.
const REFERENCE_TEXT = /^(?:`?[0-9a-f]{7,40}`?|(?:(?:PR|MR|pull request|issue)\s*)?(?:[\w.-]+\/[\w.-]+ ?)?[#!]\d+|GH-\d+|\^\S+|\[?\^\S+\]?)$/i;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,100}\]/g;
// "[Issue-zensical-818](…/issues/818)", "[GH_42](…/pull/42)": one word ending in the number its change's address ends
// in is that change's id, however the project spells it: no more use to a reader than "#818".
const ID_WORD = /^[\p{L}\p{N}._#-]{0,60}?(\d+)$/u;
const CHANGE_NUMBER = /\/(?:pull|pulls|issues|merge_requests)\/(\d+)\/?(?:[?#]\S*)?$/iu;
const namesOnlyId = (linkText, href) => {
    const number = CHANGE_NUMBER.exec(href)?.[1];
    return number !== undefined && ID_WORD.exec(linkText)?.[1] === number;
};
// "[Okio 3.16.3][okio_3_16_3]", "[the guide][]": a reference-style link whose definition is not in the notes (it lives
// further down the file the excerpt was cut from). markdown-it leaves it as text; it is a link all the same. Its label
// is empty, its text again, or an identifier ("okio_3_16_3"); a run of bracketed names ("[Console][VarDumper]",
// Symfony's components) is no link.
const UNRESOLVED_REFERENCE = /(?<!\])\[([^[\]\n]{1,200})\]\[(?!\^)([^[\]\n]{0,100})\](?!\[)/gu;
// "within [context]", "querying of [metadata]": a shortcut reference link whose definition lives elsewhere (a docs
// site's), read on in a sentence (after a word in lower case), its words without the brackets. A task box ("[x]"), a tag other rules read ("[BREAKING]", "[security]",
// "[Feature]", "[新增]"), a component's name ("bug #1 [Cache] fix …", "Components [el-dropdown] add …") or a line's leading tag ("[core] Fix …") stays.
const SHORTCUT_REFERENCE = /(?<=\p{Ll}\s)\[([^[\]\n]{1,60})\](?![[(:])/gu;
// "support [Go 1.23]", "requires [Node.js 20]": a product and its version, a shortcut link's words in mid-sentence (the
// definition is further down a changelog the excerpt was cut from), not a tag, which names no version.
const VERSIONED_NAME = /^\p{Lu}[\p{L}\p{N}.+#]*(?: [\p{L}\p{N}.+#]+){0,2} v?\d+(?:\.\d+){0,3}$/u;
const shortcutTag = (linkText, leading) => leading || (!VERSIONED_NAME.test(linkText) && (!/^\p{Ll}[\p{L}\p{N} ]*$/u.test(linkText) || !/\p{Ll}/u.test(linkText) || /[^\p{Script=Latin}\p{N} _.-]/u.test(linkText) || headingMeaning(linkText) !== null));
const isReferenceLabel = (linkText, label) => label === "" || label.toLowerCase() === linkText.toLowerCase() || /^[a-z0-9][\w.:/-]*$/u.test(label);
// A GFM table's delimiter row ("|---|:--:|", "--- | ---") on the second line of a paragraph.
const TABLE_DELIMITER_ROW = /^[^\n]*\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\n|$)/;
const HEADING_ATTRIBUTES = /\s*\{[#:.][^{}\n]{0,200}\}\s*$/u;
// A category tag in code marks opening an item ("`Feat(Log)` 新增…", "`fix(core)` …"): a conventional commit's type and
// scope written as code. Read as the prefix it is ("Feat(Log): …"), so the kind is read and no backticks reach a post.
const CODE_TAG = /^`((?:feat|feature|fix|bug ?fix|hot ?fix|perf|docs?|chore|refactor|style|tests?|build|ci|revert|deps|security|types?)(?:\([^()`\n]{1,40}\))?!?)`\s*[:：]?\s+(?=\S)/iu;
const TASK_MARKER = /^\[[ xX]\][ \t]+(?=\S)/;
// Posts show text, never HTML: every link is kept as written (no scheme filter, no percent-encoding), raw HTML
// is read as HTML (and dropped). Footnotes are not parsed (GFM footnotes are removed as text: a plugin for them
// is quadratic in the number of references), bare URLs stay text.
const parser = new external_markdown_it_["default"]({ html: true, linkify: false, typographer: false });
// Tables are never shown: read as paragraphs (one token each, not one per cell) and dropped by their delimiter row.
parser.disable("table");
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;
// A line past the first part that announces what must not be missed: a breaking or security heading, a "feat!:" or
// "[BREAKING]" item, a move to a new runtime ("- To node24", "- Run Action on Node 24"), which a major release's users
// must act on. Then the notes are read on, up to READ_LIMIT.
const URGENT_LINE = /^(?:#{1,6}[^\n]*(?:break|⚠|💥|secur|vulnerab|incompatib|破坏|破壊|不兼容|安全|脆弱)|[ \t]*[-*+][ \t]+(?:\*\*)?(?:\[?breaking|[a-z]+(?:\([^)\n]{0,60}\))?!:|\(?semver-major|(?:(?:upgrade|update|migrate|move|switch|run)[a-z]* (?:the )?(?:action )?)?(?:to|on) (?:node|deno|bun|python|php|ruby)(?:\.?js)? ?v?\d))/imu;
/**
 * The notes to parse: all of them when they are short; else the first `wanted` characters (at least what the posts
 * could show, several times over), or up to READ_LIMIT when the rest announces breaking changes or security fixes;
 * always cut at a block boundary. What is not read is counted.
 */
function bounded(source, wanted) {
    const first = Math.min(Math.max(wanted, FIRST_READ), READ_LIMIT);
    // Collapsed <details> (Ant Design folds dozens of PR lines into one) show nothing, so they use none of the budget.
    const firstEnd = visibleEnd(source, first);
    // What follows the least any post reads decides, whatever was wanted: a thread, which wants more, must not miss the
    // breaking heading a single post reads on for (and count the rest differently from it).
    const urgentFrom = Math.min(firstEnd, visibleEnd(source, FIRST_READ));
    const limit = source.length <= firstEnd ? source.length : URGENT_LINE.test(source.slice(urgentFrom, urgentFrom + READ_LIMIT)) ? visibleEnd(source, READ_LIMIT) : firstEnd;
    if (source.length <= limit)
        return { text: source, truncated: null };
    // A blank line near the limit ends every block; failing that, a line end; failing that, the limit itself.
    // A long list has no blank line: then the last line end it has is the boundary, not a blank line far before it.
    let cut = source.lastIndexOf("\n\n", limit);
    if (cut < limit - 4096)
        cut = source.lastIndexOf("\n", limit);
    if (cut < limit / 2)
        cut = limit;
    if (/[\uD800-\uDBFF]/.test(source[cut - 1] ?? ""))
        cut -= 1;
    const unread = countItems(source, cut);
    return { text: source.slice(0, cut), truncated: { readChars: cut, totalChars: source.length, unreadItems: unread.count, unreadKinds: unread.kinds } };
}
/**
 * Where `budget` characters outside collapsed <details> blocks have been seen (nested ones counted whole), never past
 * twice READ_LIMIT in all. One pass with indexOf.
 */
function visibleEnd(source, budget) {
    const cap = Math.min(source.length, READ_LIMIT * 2);
    if (!/<details/i.test(source.slice(0, cap)))
        return Math.min(budget, source.length);
    const lower = source.slice(0, cap).toLowerCase();
    let visible = 0;
    let at = 0;
    while (at < cap) {
        const open = lower.indexOf("<details", at);
        const stop = open === -1 ? cap : open;
        if (visible + (stop - at) >= budget)
            return at + (budget - visible);
        visible += stop - at;
        if (open === -1)
            return cap;
        // The matching close: count the opens and closes after it.
        let depth = 1;
        let next = open + 8;
        while (depth > 0) {
            const nextOpen = lower.indexOf("<details", next);
            const nextClose = lower.indexOf("</details>", next);
            if (nextClose === -1)
                return cap;
            if (nextOpen !== -1 && nextOpen < nextClose) {
                depth += 1;
                next = nextOpen + 8;
            }
            else {
                depth -= 1;
                next = nextClose + 10;
            }
        }
        at = next;
    }
    return cap;
}
/** A heading line's text ("## Commits" → "Commits"), or null for any other line. */
function headingAt(source, start) {
    const end = source.indexOf("\n", start);
    const match = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/u.exec(source.slice(start, end === -1 ? undefined : Math.min(end, start + 200)));
    return match ? (match[1] ?? "") : null;
}
/**
 * The changes from `from` on, as a post would count them: list items at the top level, outside sections no post
 * shows (commits, contributors: a dropped heading just before `from` counts too). One pass, no allocation per line.
 */
function countItems(source, from) {
    let count = 0;
    // What kind each counted item is, by its own type ("feat:", "perf(core):") or else its section's ("### Bug Fixes"):
    // a count of "other changes" must not hide 200 fixes the posts never read.
    const kinds = {};
    // The section the cut falls in: the last heading before it.
    const before = source.lastIndexOf("\n#", from);
    // The heading over the lines being counted; what it means is asked only when an item stands under it.
    let section = before !== -1 ? (headingAt(source, before + 1) ?? "") : null;
    let dropping = false;
    let sectionKind = null;
    for (let start = from; start < source.length;) {
        const heading = source.charCodeAt(start) === 35 ? headingAt(source, start) : null;
        if (heading !== null)
            section = heading;
        else if (markdown_CHANGE_LINE.test(source.slice(start, start + 40))) {
            // A Sphinx ".. change::" block is one change; its ":tags:" or ":type:" field in the lines under it says its kind.
            count += 1;
            const next = source.indexOf("\n", start);
            const tags = next === -1 ? undefined : TAGS_LINE.exec(source.slice(next + 1, next + 300))?.[1];
            const word = tags === undefined ? null : changeTagKind(tags);
            const kind = word === null ? null : (TAG_WORD_KINDS[word] ?? null);
            if (kind !== null)
                kinds[kind] = (kinds[kind] ?? 0) + 1;
        }
        else {
            let at = start;
            if (source.charCodeAt(at) === 32)
                at += 1;
            const char = source[at];
            if (char === "-" || char === "*" || char === "+")
                at += 1;
            else {
                const digits = at;
                while (at - digits < 9 && source.charCodeAt(at) >= 48 && source.charCodeAt(at) <= 57)
                    at += 1;
                at = at > digits && (source[at] === "." || source[at] === ")") ? at + 1 : -1;
            }
            if (at > 0 && (source[at] === " " || source[at] === "\t") && /\S/.test(source[at + 1] ?? "")) {
                if (section !== null) {
                    const meaning = headingMeaning(section);
                    dropping = meaning === "drop";
                    // "Major Changes" is a version bump's name (changesets) or a release's big changes (Ant Design), not
                    // always breaking ones: only a heading that says "breaking" counts its unread items as breaking.
                    sectionKind = meaning === null || meaning === "drop" || meaning === "generic" || (meaning === "breaking" && !SAYS_BREAKING.test(section)) ? null : meaning;
                    section = null;
                }
                if (!dropping) {
                    count += 1;
                    const end = source.indexOf("\n", at);
                    const kind = unreadKind(source.slice(at + 1, end === -1 ? source.length : end), sectionKind);
                    if (kind !== null)
                        kinds[kind] = (kinds[kind] ?? 0) + 1;
                }
            }
        }
        const next = source.indexOf("\n", start);
        if (next === -1)
            break;
        start = next + 1;
    }
    return { count, kinds };
}
const SAYS_BREAKING = /break|⚠|💥|incompatib|破坏|不兼容|破壊|호환/iu;
const markdown_CHANGE_LINE = /^[ \t]*\.\.[ \t]+change::/u;
// The kind field among the first fields under the directive (":tags: bug, orm", or ":type: feature" after ":pr:").
const TAGS_LINE = /^(?:[ \t]*:[\w-]+:[^\n]*\n){0,3}?[ \t]*:(?:tags|type):[ \t]*([^\n]*)/u;
const TAG_WORD_KINDS = { feature: "feature", fix: "fix", changed: "change", removed: "removal", deprecated: "deprecation", performance: "performance", security: "security", breaking: "breaking" };
// An item's type word in its first line ("feat(ext/node): …", "perf: …", "[Fix] …"): read without the whole
// item reading, as a long changelog has hundreds of unread lines.
const TYPED_LINE = /^(?:\*\*)?\[?(feat|feature|fix|bug ?fix|hot ?fix|perf|docs?|security)\b(?:\([^)\n]{0,60}\))?(!)?(?:[:：]|\])/iu;
const TYPE_KINDS = { feat: "feature", feature: "feature", fix: "fix", bugfix: "fix", hotfix: "fix", perf: "performance", doc: "docs", docs: "docs", security: "security" };
/** The kind of an unread item: its own conventional type, else its section's, else null (an "other change"). */
function unreadKind(line, section) {
    const typed = TYPED_LINE.exec(line.trim());
    if (!typed)
        return section;
    if (typed[2] !== undefined)
        return "breaking";
    return TYPE_KINDS[(typed[1] ?? "").toLowerCase().replace(/\s+/gu, "")] ?? section;
}
/** How many letters and digits (code points): one replace, not an array of every letter. */
function letters(text) {
    const kept = text.replace(/[^\p{L}\p{N}]+/gu, "");
    let pairs = 0;
    for (let index = 0; index < kept.length; index += 1) {
        const code = kept.charCodeAt(index);
        if (code >= 0xd800 && code <= 0xdbff)
            pairs += 1;
    }
    return kept.length - pairs;
}
// Printable ASCII and line ends: nothing sanitizeText() would change (no control, invisible, odd space or mark).
const PLAIN_ASCII = /^[\x20-\x7E\n]*$/;
/** A bare commit URL goes, as its link would (GitHub links bare URLs; twitter-text finds them as X does). */
function withoutCommitUrls(text) {
    if (!/\/commits?\//i.test(text))
        return text;
    let kept = "";
    let from = 0;
    for (const [start, end] of (0,x_text/* urlRanges */.Q9)(text)) {
        if (!COMMIT_URL.test(text.slice(start, end)))
            continue;
        kept += text.slice(from, start) + DROPPED_MARK;
        from = end;
    }
    return kept + text.slice(from);
}
// A pull or merge request's address, linked or written out: "…/pull/4324", "…/-/merge_requests/12".
const PULL_URL = /\/(?:pull|pulls|merge_requests)\/(\d+)\b/giu;
/**
 * Emphasis that only CommonMark's rules made, around text no writer would emphasise: text that starts with a closing
 * bracket or ends with an opening one (") and Host(" between the asterisks of "HostSNI(*) and Host(*)"), or that is
 * part of a glob (".ts and **\/" between the asterisks of "*.ts and **\/*.js"). Its markers
 * stay as written: dropping them would take characters out of code.
 */
const literalEmphasis = (inner) => /^[)\]}]/u.test(inner) || /[([{]$/u.test(inner) || GLOB_INSIDE.test(inner);
// Glob asterisks outside code ("*.ts and **/*.js", "src/*.js or lib/*.ts"): emphasis never starts with the dot of a
// file extension or a path's slash, nor ends with a slash.
const GLOB_INSIDE = /^[./]|\/$/u;
// A person's page on a forge: "https://github.com/bashonly".
const PROFILE_URL = /^https?:\/\/(?:www\.)?(?:github|gitlab|codeberg)\.(?:com|org)\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/u;
// Words that credit the person after them, or the list of people they started: "by ", "thanks to ", "@a, ", "感谢".
const CREDIT_BEFORE = /(?:\b(?:by|from|thanks(?: to)?|and)|[,&]|感谢|感謝|由)\s*$/iu;
/** A link whose words are the user name of the page it links to ("by [bashonly](https://github.com/bashonly)") is an
 *  @handle written as a link: after credit words it reads as one, so credits written either way go the same way. */
function isProfileLink(linkText, href) {
    const user = PROFILE_URL.exec(href)?.[1];
    return user !== undefined && linkText.replace(/^@/u, "").toLowerCase() === user.toLowerCase();
}
// A line's last words are a reference the posts drop ("… concurrent execution #1234", "… (#12)", "… [#12](…)", "… abc1234"),
// after words that end no sentence.
const TRAILING_REFERENCE = new RegExp(`[^\\s.!?。！？:：;,]\\s*(?:\\(\\s*)?(?:(?:(?:PR|GH|MR)[- ]?)?(?:[\\w.-]+\\/[\\w.-]+)?[#!]\\d+|GH-\\d+|(?<![\\w#])(?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{7,40}|${DROPPED_MARK})(?:\\s*,\\s*(?:[#!]\\d+|${DROPPED_MARK}))*\\s*\\)?$`, "u");
/** A line that ends with a reference, then a line that opens with a capital ("… execution #1234" / "If 2 Capsules …"):
 *  the reference closed a sentence the notes left unmarked. Once it is gone, the break is that sentence's end. */
function endsWithReference(text, next) {
    return next?.type === "text" && /^[A-Z][\p{L}'’]*\s/u.test(next.content) && TRAILING_REFERENCE.test(text.slice(-200));
}
/** An inline token list as plain text, in one pass (emphasis nesting never recurses). */
function renderInline(tokens) {
    let text = "";
    let linkLetters = 0;
    let strongDepth = 0;
    let outsideStrong = false;
    let boldTitle;
    const links = [];
    const pulls = [];
    // Open emphasis: where its text starts and the marker that opened it ("*", "_").
    const emphases = [];
    // Where each open strikethrough starts: struck-out words are withdrawn ("~~Linux is not supported yet~~").
    const struck = [];
    // The text opened with struck words: "~~X~~: postponed" withdraws X, unless new words take its place ("~~X~~ Y").
    let headStruck = false;
    let skipImageDepth = 0;
    for (const [index, token] of tokens.entries()) {
        if (skipImageDepth > 0) {
            // An image's children are its alt text; nothing of it reaches a post.
            if (token.type === "image")
                skipImageDepth += 1;
            continue;
        }
        let piece = "";
        switch (token.type) {
            case "text":
            case "text_special":
                // Character references ("&#x202E;") are decoded after the notes were cleaned: the text is cleaned again.
                piece = withoutCommitUrls((PLAIN_ASCII.test(token.content) ? token.content : sanitizeText(token.content)).replace(FOOTNOTE_REFERENCE, DROPPED_MARK)).replace(UNRESOLVED_REFERENCE, (whole, linkText, label) => {
                    if (!isReferenceLabel(linkText, label))
                        return whole;
                    if (REFERENCE_TEXT.test(linkText.trim()))
                        return DROPPED_MARK;
                    linkLetters += letters(linkText);
                    return `${LINK_OPEN}${linkText}${LINK_CLOSE}`;
                }).replace(SHORTCUT_REFERENCE, (whole, linkText, at, all) => (shortcutTag(linkText, text.trim() === "" && all.slice(0, at).trim() === "") ? whole : linkText));
                break;
            case "code_inline":
                piece = `\`${codeText(token.content)}\``;
                break;
            case "softbreak":
            case "hardbreak": {
                // A line that closes a bracket, then a line that opens a sentence ("(see GHSA-…)" / "In addition, we…"): the
                // wrap was a sentence's end the notes left unmarked.
                const next = tokens[index + 1];
                // An aside that is a sentence of its own ("It works. (Unless someone misuses my key :D)") ends nothing.
                const before = text.slice(0, text.lastIndexOf("(")).trimEnd();
                const aside = before === "" || /[.!?:]$/u.test(before);
                const sentenceEnds = /\)$/u.test(text) && !aside && next?.type === "text" && /^[A-Z][a-z]+(?:,| [a-z])/u.test(next.content);
                piece = sentenceEnds || endsWithReference(text, next) ? ". " : " ";
                break;
            }
            case "strong_open":
                strongDepth += 1;
                break;
            case "strong_close": {
                strongDepth -= 1;
                // The next token that is not empty text ends the line: the bold part was the line's whole text.
                const after = tokens.slice(index + 1, index + 4).find((next) => next.type !== "text" || next.content.trim() !== "");
                const lineEnds = after?.type === "softbreak" || after?.type === "hardbreak";
                if (strongDepth === 0 && !outsideStrong && boldTitle === undefined && lineEnds && /[\p{L}\p{N}]/u.test(text))
                    boldTitle = text.length;
                // "**Breaking** Removed `x`": the bold word is the marker its colon would make it; it gets the colon, so the
                // change reads as breaking as "**Breaking:** Removed `x`" does.
                // (Not a sentence that opens in bold, "**Breaking changes** are listed below": a change opens with a capital,
                // a code span or a CJK letter.)
                else if (strongDepth === 0 && !outsideStrong && BOLD_MARKER.test(text) && opensChange(tokens, index + 1))
                    text += ":";
                break;
            }
            case "em_open":
                emphases.push({ start: text.length, markup: token.markup });
                break;
            case "em_close": {
                const { start, markup } = emphases.pop() ?? { start: text.length, markup: "" };
                if (!literalEmphasis(text.slice(start)))
                    break;
                // "HostSNI(*) and Host(*)": the asterisks were the text's own, not emphasis around ") and Host(".
                text = `${text.slice(0, start)}${markup}${text.slice(start)}${markup}`;
                if (boldTitle !== undefined && boldTitle > start)
                    boldTitle += markup.length;
                break;
            }
            case "s_open":
                struck.push(text.length);
                break;
            case "s_close": {
                const start = struck.pop() ?? text.length;
                if (struck.length === 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, start)) && /[\p{L}\p{N}]/u.test(text.slice(start)))
                    headStruck = true;
                text = text.slice(0, start).replace(/[ \t]+$/u, "");
                if (boldTitle !== undefined && boldTitle > text.length)
                    boldTitle = undefined;
                break;
            }
            case "link_open":
                links.push({ start: text.length, href: String(token.attrGet("href") ?? "") });
                for (const [, pull] of String(token.attrGet("href") ?? "").matchAll(PULL_URL))
                    pulls.push(pull);
                break;
            case "link_close": {
                const { start, href } = links.pop() ?? { start: text.length, href: "" };
                const linkText = text.slice(start).trim();
                // "[79](…/issues/79)": an issue's number as the link's text is its reference, as "#79" is.
                if (REFERENCE_TEXT.test(linkText) || linkText === "" || (/^\d{1,7}$/u.test(linkText) && CHANGE_URL.test(href)) || namesOnlyId(linkText, href))
                    text = text.slice(0, start) + DROPPED_MARK;
                else if (isProfileLink(linkText, href) && CREDIT_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
                    text = `${text.slice(0, start)}@${linkText.replace(/^@/u, "")}`;
                else {
                    // Words linked to their pull request are the change itself; words linked to a page point at it.
                    if (!CHANGE_URL.test(href))
                        linkLetters += letters(linkText);
                    text = `${text.slice(0, start)}${LINK_OPEN}${text.slice(start)}${LINK_CLOSE}`;
                }
                break;
            }
            case "image":
            case "dropped_link":
                piece = DROPPED_MARK;
                break;
            case "html_inline":
                if (/^<br\s*\/?>$/i.test(token.content))
                    piece = " ";
                else if (/^<img\b/i.test(token.content))
                    piece = DROPPED_MARK;
                else if (isPlaceholder(token.content))
                    piece = token.content;
                break;
            default:
                break;
        }
        if (piece) {
            if (strongDepth === 0 && /[\p{L}\p{N}]/u.test(piece))
                outsideStrong = true;
            text += piece;
        }
    }
    // Counting every letter matters only for the share of linked words; otherwise whether there is one.
    const total = linkLetters > 0 ? letters(text) : /[\p{L}\p{N}]/u.test(text) ? 1 : 0;
    const strong = !outsideStrong && total > 0;
    for (const [, pull] of text.matchAll(PULL_URL))
        pulls.push(pull);
    // What follows a withdrawn change only says why ("~~X~~: postponed to a future major version"): no change is left.
    if (headStruck && !/^[ \t]*[\p{L}\p{N}`]/u.test(text))
        return { text: "", linkShare: 0, strong: false };
    return { text, linkShare: total === 0 ? 0 : linkLetters / total, strong, ...(boldTitle !== undefined && !strong ? { boldTitle } : {}), ...(pulls.length > 0 ? { pulls } : {}) };
}
/** Most lines a paragraph may have for its lines to be read one by one: a longer one is prose, or a list the notes should
 *  have marked. */
const MAX_LINES = 40;
/** A paragraph's lines, each rendered alone, when it has 2 to MAX_LINES of them; otherwise undefined. */
function paragraphLines(tokens) {
    const breaks = tokens.filter((token) => token.type === "softbreak" || token.type === "hardbreak").length;
    if (breaks === 0 || breaks >= MAX_LINES)
        return undefined;
    const lines = [];
    let start = 0;
    for (const [index, token] of tokens.entries()) {
        if (token.type !== "softbreak" && token.type !== "hardbreak")
            continue;
        lines.push(renderInline(tokens.slice(start, index)).text.trim());
        start = index + 1;
    }
    lines.push(renderInline(tokens.slice(start)).text.trim());
    return lines;
}
/** Where the last line of an inline run is only bold text ("**Fixes**", "**Internal:**"): the index of the line
 *  break before it, or -1. */
function trailingBoldLine(tokens) {
    const lineBreak = tokens.findLastIndex((token) => token.type === "softbreak" || token.type === "hardbreak");
    if (lineBreak <= 0)
        return -1;
    const rest = tokens.slice(lineBreak + 1).filter((token) => !(token.type === "text" && /^\s*[:：]?\s*$/u.test(token.content)));
    const inside = rest.slice(1, -1);
    return rest[0]?.type === "strong_open" && rest.at(-1)?.type === "strong_close" && inside.length > 0 && inside.every((token) => token.type === "text" || token.type === "code_inline")
        ? lineBreak
        : -1;
}
/** Link tokens whose target is a commit are references too, whatever their text says. */
function markCommitLinks(tokens) {
    const out = [];
    // The tokens of an open commit link, its own link_open first; null outside one.
    let held = null;
    let depth = 0;
    for (const token of tokens) {
        if (held === null) {
            if (token.type === "link_open" && COMMIT_URL.test(String(token.attrGet("href") ?? ""))) {
                held = [token];
                depth = 1;
            }
            else
                out.push(token);
            continue;
        }
        held.push(token);
        if (token.type === "link_open")
            depth += 1;
        if (token.type !== "link_close" || (depth -= 1) > 0)
            continue;
        // A commit's title as its link ("[Fix formats extraction](…/commit/abc)", yt-dlp and kin) is the change: it
        // stays a link's words. A hash or "commit" is only a reference.
        const words = held.slice(1, -1).map((inner) => inner.content).join("");
        if (COMMIT_WORDS.test(words))
            out.push(...held);
        else
            out.push(new token.constructor("dropped_link", "", 0));
        held = null;
    }
    if (held)
        out.push(...held);
    return out;
}
// Link text that says something: two words or more, not a hash, "commit abc1234" or "view changes".
const COMMIT_WORDS = /^(?!\s*(?:commit\s+)?[0-9a-f]{7,40}\s*$)(?!\s*(?:view |see |the )?(?:commit|changes|diff|compare)s?\s*$)\s*[\p{L}\p{N}][^\s]*\s+\S/iu;
function htmlDropped(content) {
    return /^\s*<img\b/i.test(content) || /^\s*<p[^>]*>\s*<img\b/i.test(content) ? "image" : "html";
}
// Tokens inside an HTML table read from the source (markdown-it cuts the table into pieces at blank lines).
const SKIPPABLE = new Set(["inline", "html_block", "fence", "code_block", "hr", "heading_open"]);
function lineStartsOf(text) {
    const starts = [0];
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
        starts.push(at + 1);
    return starts;
}
/** The line holding offset `at` (binary search over line starts). */
function lineAt(starts, at) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= at)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/** Reads release notes into blocks; at most READ_LIMIT characters are parsed, `wanted` of them when nothing urgent
 *  comes later. */
function readMarkdown(markdown, wanted = FIRST_READ) {
    const { text, truncated } = bounded(markdown ?? "", wanted);
    // RST notes (Sphinx, towncrier) are read as the Markdown they mean.
    const source = withOpenDetails(outlineAsMarkdown(withoutReleaseHeaders(changeLinesAsItems(issueLinesAsItems(withoutContentsLists(withoutReleaseFields(rstAsMarkdown(withoutMdxStatements(withoutMdcBlocks(withAdmonitionBodies(htmlListsAsMarkdown(withoutPageScaffolding(withDoubleTildeStrikes(withoutLiquid(htmlPageAsMarkdown(sanitizeText(text)))))))))))))))));
    const tokens = parser.parse(source, {});
    // Where each line starts, for an HTML table (which markdown-it splits at blank lines) to be read from the source.
    let lineStarts = null;
    let lowerSource = null;
    let skipBeforeLine = -1;
    const blocks = [];
    // One entry per open list item: its block (-1 until its first paragraph or heading is seen).
    const items = [];
    let quoteDepth = 0;
    let detailsDepth = 0;
    let folds = 0;
    let headingLevel = 0;
    // A top-level list just opened: its first item says so (Block.opensList).
    let listOpening = false;
    const enclosingItem = () => {
        for (let index = items.length - 1; index >= 0; index -= 1)
            if ((items[index] ?? -1) >= 0)
                return items[index] ?? -1;
        return -1;
    };
    const itemDepth = () => items.slice(0, -1).filter((block) => block >= 0).length;
    const push = (block) => {
        blocks.push({ ...block, quoted: quoteDepth > 0, collapsed: detailsDepth > 0, ...(detailsDepth > 0 ? { fold: folds } : {}) });
    };
    const dropped = (kind, rows) => {
        push({ kind: "dropped", depth: 0, text: "", linkShare: 0, strong: false, parent: enclosingItem(), hasChildren: false, dropped: kind, ...(rows === undefined ? {} : { rows }) });
    };
    /** A table's changes as items ("fix: …"), under a heading for each part the table names. */
    const tableItems = (changes, render) => {
        let part = "";
        for (const change of changes) {
            if (change.part && change.part !== part) {
                part = change.part;
                push({ kind: "heading", depth: 6, text: part, linkShare: 0, strong: false, parent: -1, hasChildren: false });
            }
            const inline = render(change.description);
            const text = change.type ? `${change.type}: ${inline.text}` : inline.text;
            push({ kind: "item", depth: 0, text, linkShare: inline.linkShare, strong: false, parent: -1, hasChildren: false, typed: change.type !== "" });
        }
    };
    for (const token of tokens) {
        // The rest of an HTML table already read whole.
        if (skipBeforeLine >= 0 && token.map && token.map[0] < skipBeforeLine && SKIPPABLE.has(token.type))
            continue;
        switch (token.type) {
            case "bullet_list_open":
            case "ordered_list_open": {
                const parent = items.at(-1);
                const parentBlock = parent !== undefined && parent >= 0 ? blocks[parent] : undefined;
                if (parentBlock)
                    parentBlock.hasChildren = true;
                if (items.length === 0)
                    listOpening = true;
                break;
            }
            case "list_item_open":
                items.push(-1);
                break;
            case "list_item_close":
                items.pop();
                break;
            case "blockquote_open":
                quoteDepth += 1;
                break;
            case "blockquote_close":
                quoteDepth -= 1;
                break;
            case "heading_open":
                headingLevel = Number(token.tag.slice(1));
                break;
            case "heading_close":
                headingLevel = 0;
                break;
            case "fence":
            case "code_block":
                dropped("code");
                break;
            case "hr":
                dropped("rule");
                break;
            case "html_block": {
                if (/<table\b/i.test(token.content) && token.map) {
                    lineStarts ??= lineStartsOf(source);
                    const start = lineStarts[token.map[0]] ?? 0;
                    lowerSource ??= source.toLowerCase();
                    const close = lowerSource.indexOf("</table>", start);
                    const end = close === -1 ? source.length : close;
                    const changes = tableChanges(htmlTableRows(source.slice(start, end)));
                    skipBeforeLine = lineAt(lineStarts, end) + 1;
                    if (changes === null)
                        dropped("table");
                    else
                        tableItems(changes, (description) => ({ text: description, linkShare: 0, strong: false }));
                    break;
                }
                const opens = token.content.match(/<details[\s>]/gi)?.length ?? 0;
                const closes = token.content.match(/<\/details>/gi)?.length ?? 0;
                if (opens === 0 || closes > 0)
                    dropped(htmlDropped(token.content));
                // A fold whose summary names a kind of change ("<summary>✨ 新增功能</summary>") is that section, folded.
                const section = opens > 0 && closes === 0 && detailsDepth === 0 ? sectionSummary(token.content) : null;
                if (section)
                    push({ kind: "heading", depth: 3, text: section, linkShare: 0, strong: false, parent: -1, hasChildren: false });
                if (detailsDepth === 0 && opens > closes)
                    folds += 1;
                detailsDepth = Math.max(0, detailsDepth + opens - closes);
                if (opens > 0 && closes === 0)
                    dropped("html");
                break;
            }
            case "inline": {
                // GFM footnote definitions ("[^1]: …") and tables are paragraphs to markdown-it here: neither is shown.
                if (/^\[\^[^\]\s]+\]:/.test(token.content))
                    break;
                if (TABLE_DELIMITER_ROW.test(token.content)) {
                    const rows = markdownTableRows(token.content);
                    const changes = tableChanges(rows);
                    // Its rows below the header: what a lead-in over it can count.
                    if (changes === null)
                        dropped("table", Math.max(0, rows.length - 1));
                    else
                        tableItems(changes, (description) => renderInline(markCommitLinks(parser.parseInline(description, {})[0]?.children ?? [])));
                    break;
                }
                const children = markCommitLinks(token.children ?? []);
                // A bold label on the line right after an item ("- Fix X" then "**Fixes**") is Markdown's lazy continuation of
                // that item, but the notes meant a label of its own: it becomes a paragraph after the item's text.
                const labelAt = trailingBoldLine(children);
                const inline = renderInline(labelAt < 0 ? children : children.slice(0, labelAt));
                const label = labelAt < 0 ? null : renderInline(children.slice(labelAt + 1));
                const current = items.length > 0 ? items.length - 1 : -1;
                const { boldTitle, ...base } = { ...inline, hasChildren: false };
                if (current >= 0 && items[current] === -1) {
                    // The first text of a list item is the item; a task list's "[ ]" goes.
                    const parent = enclosingItem();
                    items[current] = blocks.length;
                    push({ ...base, kind: "item", text: withTitleSetOff(base.text, boldTitle).replace(TASK_MARKER, "").replace(CODE_TAG, "$1: "), depth: itemDepth(), parent, ...(listOpening && parent === -1 ? { opensList: true } : {}) });
                    if (parent === -1)
                        listOpening = false;
                }
                else if (headingLevel > 0 && current < 0) {
                    // A heading's own id or attributes ("## Runtime {#runtime}", kramdown's "{: .class}") are markup, not words.
                    push({ ...base, kind: "heading", text: base.text.replace(HEADING_ATTRIBUTES, ""), depth: headingLevel, parent: -1 });
                }
                else {
                    const lines = paragraphLines(labelAt < 0 ? children : children.slice(0, labelAt));
                    push({ ...base, kind: "paragraph", depth: 0, parent: enclosingItem(), ...(boldTitle !== undefined ? { boldTitle } : {}), ...(lines ? { lines } : {}) });
                }
                if (label)
                    push({ ...label, kind: "paragraph", depth: 0, parent: enclosingItem(), hasChildren: false });
                break;
            }
            default:
                break;
        }
    }
    revealSectionsInDetails(blocks);
    const joined = withRunOnsJoined(blocks);
    attachContinuations(joined);
    return { blocks: joined, truncated };
}
/** An item whose bold first line titles what its next lines explain ("**Remote DoS in the parser**" then "A client
 *  could…"): the title is set off with a colon, or it would run into the explanation as one sentence. */
function withTitleSetOff(text, boldTitle) {
    if (boldTitle === undefined)
        return text;
    const title = text.slice(0, boldTitle).trimEnd();
    const rest = text.slice(boldTitle).trimStart();
    if (rest === "" || /[.:!?;：。！？；…]$/u.test(title.replace(/[*_]+$/u, "")))
        return text;
    return `${title}: ${rest}`;
}
// The elements release notes use as markup; a tag of any other name is a placeholder in a command's synopsis.
const HTML_ELEMENTS = new Set("a abbr b bdi bdo blockquote br caption center cite code col dd del details dfn div dl dt em figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var video wbr".split(" "));
/** "<tree-ish>", "<pathspec>", "<version>": what a synopsis ("git checkout [<tree-ish>] path…") names, which Markdown
 *  reads as an HTML tag. Shown as written, or the command would lose its argument. */
function isPlaceholder(html) {
    const name = /^<([a-z][\w-]*)>$/iu.exec(html)?.[1];
    return name !== undefined && !HTML_ELEMENTS.has(name.toLowerCase());
}
/** Ends a sentence or a label: a line ending otherwise carries on into the next. */
const ENDS_SENTENCE = /[.!?。！？:：;；)）\]」』"”'’…]$/u;
/** A line that starts mid-sentence: a lower-case word or a number ("in the CRC code…", "5.6.x or 5.4.x because…"). */
const STARTS_MID_SENTENCE = /^(?:\p{Ll}|\d)/u;
const mayRunOn = (block) => block.kind === "paragraph" && !block.strong && block.boldTitle === undefined && !block.lines;
/**
 * Hard-wrapped text that reached us cut into paragraphs (a plain-text NEWS item whose wrapped lines lost their indent):
 * "Not changed: Memory sanitizer has a false positive" then "in the CRC CLMUL code…", or "It won't be backported to"
 * then "5.6.x or 5.4.x because the old code isn't wrong.". A paragraph that starts mid-sentence after a block that ends
 * mid-sentence carries that block's sentence on, so it joins it: no post shows half a sentence. An item whose sentence
 * ran on so owns the paragraphs after it, up to the next heading or item: they are its explanation, not changes.
 */
function withRunOnsJoined(blocks) {
    const kept = [];
    const moved = new Map();
    let owner = -1;
    for (const [index, block] of blocks.entries()) {
        const before = kept.at(-1);
        if (before !== undefined &&
            mayRunOn(block) &&
            (before.kind === "paragraph" || before.kind === "item") &&
            !before.lines &&
            !before.strong &&
            before.quoted === block.quoted &&
            before.collapsed === block.collapsed &&
            !ENDS_SENTENCE.test(before.text.trim()) &&
            // An item that ends on its reference ("Faster startup. [pr#12]") is whole: the line after it starts anew.
            !(before.kind === "item" && before.text.trimEnd().endsWith(DROPPED_MARK)) &&
            STARTS_MID_SENTENCE.test(block.text.trim())) {
            kept[kept.length - 1] = { ...before, text: `${before.text.trimEnd()} ${block.text.trim()}`, linkShare: Math.max(before.linkShare, block.linkShare) };
            moved.set(index, kept.length - 1);
            if (before.kind === "item" && before.parent === -1)
                owner = kept.length - 1;
            continue;
        }
        if (block.kind === "heading" || block.kind === "item")
            owner = -1;
        moved.set(index, kept.length);
        const parent = block.parent >= 0 ? (moved.get(block.parent) ?? block.parent) : block.parent;
        kept.push({ ...block, parent: owner >= 0 && block.kind === "paragraph" && block.parent === -1 ? owner : parent });
    }
    return kept;
}
/** The top-level item the block at `index` belongs to, or -1. */
function topItem(blocks, index) {
    let at = blocks[index]?.kind === "item" ? index : (blocks[index]?.parent ?? -1);
    while (at >= 0 && (blocks[at]?.parent ?? -1) >= 0)
        at = blocks[at]?.parent ?? -1;
    return at;
}
/** A paragraph outside any list that may carry on the item before it: plain text, no label, no lead-in. */
const mayContinue = (block) => block.kind === "paragraph" && block.parent === -1 && !block.quoted && !block.collapsed && !block.strong && block.boldTitle === undefined && !/[:：]\s*$/u.test(block.text) && !isPlainHeading(block.text);
/** A short line without a full stop that names kinds of change ("Performance, Internal Implementation, Development
 *  Support etc." in Git's notes): a heading in plain text over the list after it, which carries on no item. */
function isPlainHeading(text) {
    if (/[.!?:：。！？]$/u.test(text.replace(/\s+etc\.$/u, "")) || text.includes("\n") || text.split(/\s+/u).length > 8)
        return false;
    const meaning = headingMeaning(text);
    return meaning !== null && meaning !== "generic" && meaning !== "drop";
}
/** An item that says a change in words: not a bare link or a field ("PR: <url>"), which lists references, not changes. */
const saysInWords = (block) => {
    const words = (block?.text ?? "").replace(/\p{Cc}/gu, " ").replace(/\b[a-z][\w+.-]*:\/\/\S+/giu, " ").trim();
    return block !== undefined && block.linkShare < 0.5 && !/[:：]$/u.test(words) && (words.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4;
};
/**
 * Paragraphs between the items of one list that the notes did not indent (conventional-changelog's multi-paragraph
 * breaking notes: "* Dart is no longer supported." then "`dart` file type has been removed…" at the margin, then
 * "* **deps:** …"): Markdown ends the list at them, but they carry on the item before, as an indented paragraph would.
 * They become that item's paragraphs, so that none stands alone as a change without its context. Between lists of
 * references ("- PR: <url>") a paragraph is the section's own text.
 */
function attachContinuations(blocks) {
    for (let index = 1; index < blocks.length; index += 1) {
        if (!mayContinue(blocks[index]))
            continue;
        let before = index - 1;
        while (before >= 0 && blocks[before]?.kind === "dropped")
            before -= 1;
        const owner = before >= 0 && (blocks[before]?.kind === "item" || (blocks[before]?.parent ?? -1) >= 0) ? topItem(blocks, before) : -1;
        if (owner < 0 || blocks[owner]?.collapsed || !saysInWords(blocks[owner]))
            continue;
        let end = index;
        while (end < blocks.length && (blocks[end]?.kind === "dropped" || mayContinue(blocks[end])))
            end += 1;
        const after = blocks[end];
        if (after?.kind !== "item" || after.parent !== -1 || after.collapsed || after.quoted || !saysInWords(after)) {
            index = end;
            continue;
        }
        for (let at = index; at < end; at += 1) {
            const block = blocks[at];
            if (block.kind === "paragraph")
                block.parent = owner;
        }
        index = end;
    }
}
/** The words of a <details> block's <summary> when they name a kind of change ("✨ 新增功能", "Bug fixes"), else null
 *  ("All commits", "Click to expand"). */
function sectionSummary(html) {
    const summary = /<summary[^>]{0,200}>([^]{0,300}?)<\/summary>/iu.exec(html)?.[1]?.replace(/<[^>]{0,200}>/gu, "").trim();
    if (!summary)
        return null;
    const meaning = headingMeaning(summary);
    return meaning !== null && meaning !== "generic" && meaning !== "drop" ? summary : null;
}
/** A <details> block's Markdown parses as Markdown only with a blank line after its <summary> and before its close;
 *  without them CommonMark swallows the list into the HTML. */
function withOpenDetails(source) {
    if (!/<\/summary>/i.test(source))
        return source;
    return source.replace(/(<\/summary>)[ \t]*\n(?![ \t]*\n)/gi, "$1\n\n").replace(/([^\n])\n([ \t]*<\/details>)/gi, "$1\n\n$2");
}
/**
 * Collapsed changes a reader opens to see are hidden, as GitHub hides them (Ant Design folds its PR list) — except
 * where the <details> hold a section's whole content: a heading with nothing visible under it ("### 🚀 New features"
 * then a folded list), or notes that are only folded. Then the folded changes are the section's changes.
 */
function revealSectionsInDetails(blocks) {
    let before;
    for (let index = 0; index < blocks.length; index += 1) {
        const block = blocks[index];
        if (!block)
            continue;
        if (!block.collapsed) {
            if (block.kind !== "dropped")
                before = block;
            continue;
        }
        let end = index;
        while (blocks[end]?.collapsed && blocks[end]?.fold === block.fold)
            end += 1;
        if (before === undefined || before.kind === "heading") {
            for (let at = index; at < end; at += 1) {
                const shown = blocks[at];
                shown.collapsed = false;
                if (shown.kind !== "dropped")
                    before = shown;
            }
        }
        index = end - 1;
    }
}
// "`list&lt;oneof&gt;`": notes escape "<" in code where HTML would eat it (tables, raw HTML blocks); in a post the code
// reads as written. Only the escapes of HTML's own characters, which no code spells out on purpose.
const CODE_ESCAPES = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };
const codeText = (code) => code.replace(/&(?:lt|gt|amp|quot|#39);/gu, (escape) => CODE_ESCAPES[escape] ?? escape);
// An MDX page's module lines ("import Cta from '@fragments/cta.mdx';", "export const meta = …"): code the site runs, no
// text of the notes. Only at a line's start and outside code blocks, where MDX reads them so.
// A docs site's admonition fences (":::tip[No Rust skills needed!]", ":::note", ":::") go too; what they hold stays.
const MDX_STATEMENT = /^(?::::+[\w-]*(?:\[[^\]\n]*\]|\{[^}\n]*\}|[ \t]+[^\n]*)?|import\s+(?:[\w$*{}\s,]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|var|function|default|\{)[^\n]*)\s*$/u;
const markdown_FENCE = /^\s{0,3}(?:```|~~~)/u;
// A JSX comment ("## Activity {/*activity*/}", react.dev's heading anchors): markup the page never shows.
const JSX_COMMENT = /[ \t]*\{\/\*[^\n]*?\*\/\}/gu;
// A docs site's collapsed aside ("<DeepDive>", react.dev): folded away on the page as <details> are on GitHub.
const FOLDED_COMPONENT = /^([ \t]*)<(\/?)DeepDive>[ \t]*$/u;
function withoutMdxStatements(text) {
    if (!/^(?:(?:import|export)\s|:::|[ \t]*<\/?DeepDive>)|\{\/\*/mu.test(text))
        return text;
    let fenced = false;
    return text
        .split("\n")
        .map((line) => {
        if (markdown_FENCE.test(line))
            fenced = !fenced;
        if (fenced)
            return line;
        if (MDX_STATEMENT.test(line))
            return "";
        return line.replace(JSX_COMMENT, "").replace(FOLDED_COMPONENT, (_whole, indent, close) => `${indent}<${close}details>`);
    })
        .join("\n");
}

;// CONCATENATED MODULE: ./src/notes/cleanup.ts
// Cleans one line of notes for a post: what is left of dropped links, credits and references in the formats
// projects use, pointers to pages a post cannot link, release metadata (metadata.ts). Pure text in, text out; every
// pattern is anchored or bounded so that it stays linear on long lines.




const MARK = DROPPED_MARK;
// "(v6 upgrade guidance)", " - [docs]", "(cf. [guide])", "(see [docs])": a bracket that holds only a link's words, or
// a pointer word and them, points at a page the post cannot link.
const LINK_ONLY_IN_BRACKETS = new RegExp(`\\s*[-–—:]?\\s*[([]\\s*(?:(?:cf\\.?|see(?: also)?|vgl\\.|siehe|voir|ver|veja|参见|参考|詳細は)\\s*)?${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]*${LINK_CLOSE}\\s*[)\\]]`, "giu");
// "反代地址为 [[pengzhile](…)] 的 `https://…`", "uses [@alice]'s fork": a bracketed name the sentence owns something by is
// no credit; without it the sentence loses its subject ("反代地址为 的"). Its words stay, the brackets go.
const BRACKETED_POSSESSOR = new RegExp(`[([（]\\s*(${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,80}${LINK_CLOSE}|@[A-Za-z0-9][\\w-]{0,38})\\s*[)\\]）](?=\\s*(?:的|之|の|'s\\b))`, "gu");
const LINK_MARKS = new RegExp(`[${LINK_OPEN}${LINK_CLOSE}]`, "g");
// Signs that point at what follows: "👉 [文档](…)", "📖 [Docs](…)": before a link, whatever its words, the link is a
// pointer. A book or a chain before words alone is a section's icon ("### 📖 Documentation").
const POINTER_ICON = "(?:[👉👇📖📚📘📄🔗]\\uFE0F?)";
// Arrows point too ("→ [Read more](…)", "👉 文档"), but only at a pointer's words: "`a` → [`b`](…)" renames and
// "设置 → 其他设置" is a menu path.
const POINTER_ARROW = "(?:[👉👇➡]\\uFE0F?|[→⇒➜»]|->)";
// Words a link carries when the page is its whole point: "Docs", "guide", "详情", "ドキュメント". Some are a change's
// object too ("Update [docs](…)"): those point only after a pointer sign or where a sentence or a label has ended.
const POINTER_WORDS = "(?:(?:the |our )?(?:docs?|documentation|guide|details|link|here|more|blog(?: post)?|announcement|release notes|changelog)|文档|文檔|说明|ドキュメント|문서)";
// ...others never are: "Add a flag [详情](…)", "… [Read more](…)".
const ONLY_POINTER_WORDS = "(?:(?:read|learn|find out|see) more|more (?:info(?:rmation)?|details)|(?:查看)?详情|詳情|了解更多|詳細|詳しく|자세히(?: 보기)?)";
const LINK_WORDS = (words) => `${LINK_OPEN}\\s*${words}\\s*[.!:：]?\\s*${LINK_CLOSE}`;
// A link that ends the text and only points at a page; read from a few characters before the last link's start (its
// sign, the end of the sentence before it), so that no run of spaces is scanned again from every position.
const POINTER_REACH = 12;
const POINTER_LINK = new RegExp(`\\s*[-–—:|·]?\\s*(?:${POINTER_ICON}\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]*${LINK_CLOSE}|(?:(?<=[.。!！?？|·–—]\\s*)|${POINTER_ARROW}\\s*)${LINK_WORDS(POINTER_WORDS)}|(?:${POINTER_ARROW}\\s*)?${LINK_WORDS(ONLY_POINTER_WORDS)})\\s*[.。!！]?\\s*$`, "iu");
// Brackets that held only dropped links: "([abc1234](…))", "Updated dependencies [[a](…), [b](…)]:". Real
// brackets ("useId()", "string[]") never hold the mark, so they stay.
// A reference keyword may stand before each: hyper's "(\u0000, closes \u0000)" (a commit and the issue it closes).
const DROPPED_KEYWORD = "(?:(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see(?: also)?|related to|part of|PR|pull request|issues?|commit)\\s*:?\\s*)";
const DROPPED_IN_BRACKETS = new RegExp(`\\s*[([](?:\\s*(?:[,;&]|\\band\\b)?\\s*${DROPPED_KEYWORD}?${MARK})+\\s*[,;]?\\s*[)\\]]`, "giu");
// "[(435)](…/issues/435)": a link whose words are only an issue's number in brackets is a reference like "[#435](…)";
// so is changesets' "[`#10036`](…/pull/10036)", the number in code marks.
const NUMBER_LINK = new RegExp(`${LINK_OPEN}\\s*(?:[([（]\\s*#?\\d{1,9}\\s*[)\\]）]|#\\d{1,9}|\`#\\d{1,9}\`)\\s*${LINK_CLOSE}`, "gu");
// "(completed in [#123](…))", "… via [#123](…)", "fixed in [#12](…), [#13](…).": the words that pointed at dropped
// references go with them, or "(completed in)" and "… via" are left. A bracket that only pointed goes whole.
const DROPPED_RUN = `${MARK}(?:\\s*(?:[,;&]|\\band\\b)?\\s*${MARK}){0,20}`;
const POINTING_WORDS = "(?:in|by|from|via|see|at|since|after|thanks(?: to)?)";
const BRACKET_POINTING_AT_DROPPED = new RegExp(`\\s*[,;]?\\s*[(（]\\s*(?:[A-Za-z]{2,20}(?:\\s+[A-Za-z]{2,20}){0,3}\\s+)?${POINTING_WORDS}\\s*${DROPPED_RUN}\\s*[)）]`, "giu");
const WORDS_POINTING_AT_DROPPED = new RegExp(`(?<=[^\\s,;])[\\s,;]+(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?${POINTING_WORDS}\\s*${DROPPED_RUN}(?=\\s*[.,;:!?)\\]。，、；：！？]|\\s*$)`, "giu");
// Dropped links before punctuation take their space and separating commas along: "fixed in <a>, <b>." → "fixed in.".
const DROPPED_BEFORE_PUNCTUATION = new RegExp(`(?:\\s*[,;]?\\s*${MARK})+(?=\\s*[.,;:!?)\\]。，、；：！？]|$)`, "g");
// "Done. [#12](…).": dropped links after a finished sentence take their own full stop along, not leave "Done..".
const DROPPED_AFTER_SENTENCE = new RegExp(`(?<=[.!?。！？])(?:\\s*[,;]?\\s*${MARK})+\\s*[.。](?![.。])`, "g");
// "[#512](…) @juridon text": a handle right after a dropped reference credits its author.
const HANDLE_AFTER_DROPPED = new RegExp(`(${MARK})\\s*@[A-Za-z0-9][\\w-]{0,38}(?:\\[bot\\])?(?=\\s|$)`, "g");
// "… [#13701](…) by Copilot": a name after a reference that was a link, ending the change, is its author, even a
// bot's or a person's without a handle; it goes with the reference.
const NAME_AFTER_DROPPED = new RegExp(`(${MARK})\\s+by\\s+\\p{Lu}[\\w.'’-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}(?=\\s*[.!]?\\s*$)`, "u");
// "PR [#12](…)": the keyword of a reference whose number was a link goes with it, or "PR" is left on its own.
const KEYWORD_BEFORE_DROPPED = new RegExp(`(?:^|(?<=[\\s(\\[,;:]))(?:PRs?|MRs?|[Pp]ull [Rr]equests?)\\s*(?=${MARK})`, "g");
// "@`okJiang`": a handle some notes put in code marks after the "@".
const HANDLE = "@(?:[A-Za-z0-9](?:[\\w-]{0,38})|`[A-Za-z0-9][\\w-]{0,38}`)(?:\\[bot\\])?";
// Runs are bounded ({0,20}): an unbounded run followed by a keyword backtracks quadratically on crafted input.
// "@a, @b", "@a and @b", "@a & @b", "@a、@b", "@a / @b", "@a @b".
const HANDLES = `${HANDLE}(?:(?:\\s?,\\s?|\\sand\\s|\\s?&\\s?|\\s?[、和与及]\\s?|\\s?\\/\\s?|\\s)${HANDLE}){0,20}`;
// "#12", "owner/repo#12"; names bounded so that a long run of word characters costs one pass, not a square.
const cleanup_REF = "(?:[\\w.-]{1,100}\\/[\\w.-]{1,100})?#\\d{1,9}";
// "12109", "#12109, 12110": numbers after a word that says they are pull requests.
const BARE_NUMBERS = "#?\\d{1,9}(?:\\s?(?:,|and)\\s?#?\\d{1,9}){0,20}";
const cleanup_REFS = `${cleanup_REF}(?:(?:\\s?,\\s?|\\sand\\s|\\s)${cleanup_REF}){0,20}`;
// A trailing slash or fragment ("pull/3906/", "pull/116#issue-1") belongs to the URL: it must not stay behind.
const PR_URL = "https?:\\/\\/github\\.com\\/[\\w.-]+\\/[\\w.-]+\\/(?:pull|issues|commit|compare)\\/[\\w.-]+\\/?(?:#[\\w-]{1,100})?";
const KEYWORDS = "(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|in|via|from|part of|backport(?:ed)?(?: of)?|cherry-pick(?:ed)?(?: from)?|port of)";
// hutool's "issue#IANKQ1@Gitee", "pr#3720@Github": an issue or pull request of a named site, ids with letters too.
const SITE_REF = "(?:issues?|pr|mr)\\s*#[A-Za-z0-9]{1,20}(?:@[A-Za-z]{2,20})?";
// One reference in a bracketed list, with the keyword it may carry: "#12", "closes #13", "PR #14", "GH-15".
const REF_ITEM = `(?:(?:(?:${KEYWORDS}|PR|pull request|issue|MR)\\s+)?(?:${cleanup_REF}|GH-\\d+|!\\d+)|${SITE_REF})`;
// "any-listen#82": another repository's issue, named without its owner. Only inside a bracket of references: in a
// sentence, "C#12" may be the language's version.
const REPO_REF = "[A-Za-z][\\w.-]{1,99}#\\d{1,9}";
// A bracket that only credits: references and the handles of their authors, "(#2575 @user)", "(#2382 @a, #2390)",
// "(closes #12, @a)"; a space alone may part a reference from its author.
const CREDIT_ITEM = `(?:${REF_ITEM}|${REPO_REF}|${HANDLE})`;
// Prefixes of a whole change: changesets' "#123 abc1234 Thanks @user! - text" (the references may already be
// gone), a commit hash "abc1234: text", a dash left by a dropped link ("[`abc`] - buffer: …").
// Another repository's reference may stand apart from its number: PHPUnit's "phpunit/php-code-coverage #1231: …".
const HEAD_REF = `(?:(?:[A-Z]{2,15}|[Ii]ssue|[Bb]ug|[Ff]eature|[Tt]icket)\\s+)?(?:[\\w.-]{1,100}\\/[\\w.-]{1,100}\\s+)?${cleanup_REF}`;
const PREFIXES = [
    new RegExp(`^(?:(?:${cleanup_REF}|[0-9a-f]{7,40})\\s+)*Thanks\\s+${HANDLES}\\s*!\\s*-\\s+`, "i"),
    /^[0-9a-f]{7,40}:\s+/i,
    /^[-–—|:]\s+/u,
    // A gitmoji shortcode (":bug: fix …") GitHub would draw as an emoji; a post would show the word.
    /^(?::[a-z0-9_+-]{1,30}:\s*)+/u,
    // References that head the change, their link words and all: ripgrep's "[BUG #2653](…), [BUG #3001](…): Include …".
    // Only a shouted or reference word goes with one: "Fixes #12: crash…" keeps saying what it does.
    new RegExp(`^${HEAD_REF}(?:\\s*[,;&/]\\s*${HEAD_REF}){0,20}\\s*[:：]\\s+`, "u"),
    // A branch tag before the title, housekeeping of how the change was merged: Laravel's "[12.x] …", a backport's
    // "[release/v7.5] …", "[backport 2.x] …", "[v7.5] …".
    /^\[(?:(?:release|releases|backport|branch|stable|maint(?:enance)?|hotfix|lts)[\s/_-]*v?\d+(?:\.(?:\d+|x))*|v?\d+(?:\.\d+)*\.x|v\d+(?:\.\d+)+)\]\s+/iu,
    // A pull request's number heading its title, from a link that carried both ("[1407: Fix …](…/pull/1407)"), or Gitee's
    // "!364 fix …".
    /^(?:\d{1,7}[:：]|!\d{1,7}[:：]?)\s+(?=[\p{L}`])/u,
    // A merge commit's head before what it merged: Gitee's "merge: pr 364 fix: …", "Merge PR !364: …".
    /^merge[sd]?\s*[:：]?\s*(?:(?:pr|pull request|mr)\s*[#!]?\d{1,9}|!\d{1,9})\s*[:：]?\s*/iu,
];
// Symfony's changelog: "bug #57803 [FrameworkBundle] move … (xabbuh)": a type, the pull request's number, the
// components in brackets, the text, the author. Number and author go; the type and components are written as a
// conventional commit's ("fix(FrameworkBundle): move …"), which the item's reading turns into its kind and a scope
// ("FrameworkBundle: move …"). Only with both ends, so "Bug #12 crashes the parser" is left alone.
const TYPED_ENTRY = /^(bug|feature|minor|security|performance)\s+#\d{1,9}\s+((?:\[[^[\]\s][^[\]]{0,40}\]){0,10})\s*/iu;
const TYPED_ENTRY_AUTHOR = /\s+\([\p{L}\p{M}\p{N}_.'-]{1,39}(?:,?\s[\p{L}\p{M}\p{N}_.'-]{1,39}){0,5}\)$/u;
const TYPED_ENTRY_TYPES = { bug: "fix", feature: "feat", minor: "chore", security: "security", performance: "perf" };
/** Symfony's typed entry, read whole with its author by withoutTypedEntryPrefix(). */
const isTypedEntry = (text) => TYPED_ENTRY.test(text) && TYPED_ENTRY_AUTHOR.test(text);
/** "bug #57803 [Console][VarDumper] Fix x (alice)" → "fix(Console/VarDumper): Fix x"; other text is returned as is. */
function withoutTypedEntryPrefix(text) {
    const typed = TYPED_ENTRY.exec(text);
    if (!typed || !TYPED_ENTRY_AUTHOR.test(text))
        return text;
    const type = TYPED_ENTRY_TYPES[(typed[1] ?? "").toLowerCase()] ?? "";
    const parts = [...(typed[2] ?? "").matchAll(/\[([^\]]+)\]/gu)].map((part) => (part[1] ?? "").trim());
    const rest = text.slice(typed[0].length).replace(TYPED_ENTRY_AUTHOR, "");
    return `${type}${parts.length > 0 ? `(${parts.join("/")})` : ""}: ${rest}`;
}
// A handle as the subject of a change: "@kareemZarka 新增LFS支持。", "@user: fix x", "@user added y". Not a package
// scope ("@scope/pkg"), nor a JSDoc tag, CSS at-rule or decorator written without code marks ("@deprecated tags …").
const CODE_AT_WORDS = /^@(?:deprecated|param|returns?|type(?:def)?|template|see|link|example|internal|public|private|since|throws|media|import|layer|apply|tailwind|container|supports|font-face|keyframes|property|use|forward|mixin|include|extend|font-feature-values|page|charset|namespace|scope|starting-style|view-transition|component|input|output|injectable|ngmodule|directive|pipe|test|before|after|override|ts-ignore|ts-expect-error|jsx|vite-ignore|nuxt|vue|angular|babel|types)$/iu;
const SUBJECT_VERBS = "(?:added|adds|fixed|fixes|made|makes|implemented|implements|introduced|introduces|improved|improves|updated|updates|removed|removes|refactored|refactors|contributed|wrote|rewrote|submitted|changed|changes|supported|supports)";
const HANDLE_AS_SUBJECT = new RegExp(`^(@[A-Za-z0-9][\\w-]{0,38}(?:\\[bot\\])?)(?![\\w/@.-])(?:\\s*[:：]\\s*|\\s+(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]|${SUBJECT_VERBS}\\b))`, "u");
/** "@user 新增 X" → "新增 X", "@user added X" → "Added X"; a code word in the subject's place stays. */
function withoutHandleAsSubject(text) {
    const subject = HANDLE_AS_SUBJECT.exec(text);
    if (!subject || CODE_AT_WORDS.test(subject[1] ?? ""))
        return text;
    const rest = text.slice(subject[0].length);
    return rest.charAt(0).toUpperCase() + rest.slice(1);
}
// "jane at example dot com", "jing dot empty at gmail.com", "x7 at pm dot me": an e-mail address spelled out.
const OBFUSCATED_EMAIL = "[\\w+-]{1,64}(?:(?:\\s+dot\\s+|\\.)[\\w+-]{1,64}){0,5}\\s+at\\s+[\\w-]{1,63}(?:(?:\\s+dot\\s+|\\.)[\\w-]{1,63}){0,4}(?:\\s+dot\\s+|\\.)(?:com|org|net|edu|gov|io|me|dev|info|co|jp|de|uk|fr|cn|ru|nl|se|fi|no|it|es|pl|ch|at|be|cz|au|ca|br|in|kr|tw|us|eu)\\b";
// A name as a login or a name in Latin letters, one word: "fehead", "Alexander-Programming".
const PLAIN_NAME = "[A-Za-z0-9][\\w.-]{0,38}";
const CREDITED_PERSON = `(?:${HANDLE}|\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// Every NAMED_CREDIT_CLAUSE has one of these: "… by Name", "Thanks", "Kudos to", "Props to".
const NAMED_CREDIT_HINT = /\sby\s|[Tt]hank|[Kk]udos to|[Pp]rops to/u;
const NAMED_CREDIT_CLAUSE = `\\b(?:(?:[Cc]ontributed|[Pp]atched|[Rr]eported|[Ii]mplemented|[Aa]uthored|[Ss]uggested|[Ff]ixed|[Ss]ubmitted|[Tt]ranslated|[Ww]ritten|[Pp]roposed|[Dd]one|[Ss]ponsored)\\s+by|[Tt]hanks(?:\\s+to)?|[Tt]hank you|[Kk]udos to|[Pp]rops to)\\s+${CREDITED_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${CREDITED_PERSON}){0,10}`;
// A name as a credit beside a reference writes it: a handle, a login ("jdoe", "Rutgerdj"), or a full name.
const PLAIN_CREDITED = `(?:${HANDLE}|[\\p{L}\\p{N}][\\w.-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// Before a bracketed reference only a name that cannot be a common word: a handle, a capital, or a login's digit or dash.
const NAMED_PLAINLY = `(?:${HANDLE}|\\p{Lu}[\\w.'’-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}|[a-z][a-z]*[\\d_-][\\w-]{0,37})`;
// Verbs whose "by" names the author, which go with the credit: "Contributed by Jane Doe (#12)".
const CREDIT_VERB = "(?:[Cc]ontributed|[Rr]eported|[Pp]atched|[Ii]mplemented|[Ss]uggested|[Ff]ixed|[Ss]ubmitted|[Aa]uthored|[Ww]ritten|[Dd]one)";
// Verbs whose "by" names a cause, not an author: "a regression caused by Parser (#12)".
const AGENT_VERBS = "(?:caused|introduced|triggered|affected|used|required|replaced|superseded|blocked|covered|handled|generated|sorted|grouped|ordered|followed|broken|raised|thrown|returned|called|set|read|written)";
// A plain name credited beside a reference (GitHub's and git-cliff's forms): "… (#12) by Jane Doe", "… by jdoe in #12",
// "… by Jane Doe (#12)", or "… by jdoe in" once its link went. The reference beside it makes the name a credit; the
// sentence keeps its own stop. A passive verb's agent stays ("caused by Parser (#12)" names a cause), and "by the
// parser" is prose anyway.
const PLAIN_NAME_CREDITS = [
    new RegExp(`\\s*[(\\[]\\s*${cleanup_REFS}\\s*[)\\]]\\s+by\\s+${PLAIN_CREDITED}(?=\\s*[.!]?\\s*$)`, "gu"),
    new RegExp(`(?<!\\b${AGENT_VERBS}\\s*)(?:(?:^|\\s+)${CREDIT_VERB})?\\s+by\\s+${PLAIN_CREDITED}\\s+in(?:\\s+(?:${cleanup_REFS}|${PR_URL}))?(?=\\s*[.!]?\\s*$)`, "gu"),
    new RegExp(`(?<!\\b${AGENT_VERBS}\\s*)(?:(?:^|\\s+)${CREDIT_VERB})?\\s+by\\s+${NAMED_PLAINLY}\\s*[(\\[]\\s*${cleanup_REFS}\\s*[)\\]](?=\\s*[.!]?\\s*$)`, "gu"),
];
// How a Japanese thanks may end: a stop, or a cheerful "っ！", "ー！", "♪" ("MY4kさんありがとうっ！").
const THANKS_TAIL = "[っッー〜~]*[。！!♪]*";
// A third element is a cheap test every text the pattern can change passes: a long pattern is compiled on first use,
// and most notes never need it.
const CREDITS = [
    // A GitHub page's title as a link's words: "Add x by spectranaut · Pull Request #1174 · tc39/ecma262", "ES2020 の対応 ·
    // Issue #1145 · owner/repo". The card's author, number and repository go; the title stays. Also what is left once the
    // number went: "… by spectranaut · · tc39/ecma262".
    [new RegExp(`(?:\\s+by\\s+[\\w-]{1,39})?\\s+·\\s+(?:(?:Pull Request|Issue|Discussion|Commit)\\s+#?\\w{1,40}\\s+)?·\\s+[\\w.-]{1,100}\\/[\\w.-]{1,100}(?=\\s*$|\\s*[)\\]])`, "gu"), ""],
    // GitHub's generated notes: "… by @user in https://github.com/o/r/pull/12" (or "in #12", or a link now gone)
    [new RegExp(`(?:^|\\s+)by\\s+${HANDLES}\\s+in(?:\\s+(?:${PR_URL}|${cleanup_REF})|\\s*$)`, "gi"), ""],
    // Chinese credits: "由 @user 贡献，在 #123", "感谢 @user 的贡献", "（由 @a、@b 提交）"
    [new RegExp(`[，,（(]?\\s*由\\s*${HANDLES}\\s*(?:贡献|提交|提供|实现|修复)?(?:[，,]\\s*在\\s*(?:${cleanup_REFS})?(?:\\s*中)?)?\\s*[）)]?`, "g"), ""],
    // A reference and its author in plain brackets at a change's end (Sidekiq's Changes.md): "[#6874, deve1212]",
    // "(#12, #13, jdoe)", "[#6865, Jane Doe]".
    [new RegExp(`\\s*[(\\[]\\s*${cleanup_REFS}\\s*,\\s*@?[\\p{L}\\p{N}][\\w.-]{0,38}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}(?:\\s*(?:,|\\band\\b|&)\\s*@?[\\p{L}\\p{N}][\\w.-]{0,38})*\\s*[)\\]](?=\\s*[.!]?\\s*$)`, "gu"), ""],
    // changelogithub's credit without a handle: "… &nbsp;-&nbsp; by **Azir-11**", "… - by **刘璐**": after a dash, "by"
    // and one or more names end the change. (Not the words a change sorts or groups by: "Sort the list - by date".)
    [/(?:^|\s+)[-–—]\s+by\s+(?!(?:default|date|name|size|type|time|key|value|id|path|hand|design|itself|far|now|then|the|a|an)\b)@?[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}(?:\s*(?:,|&|\band\b)\s*@?[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}){0,10}\s*$/gu, "", /\sby\s/u],
    // "PR #123 by @user.", "(#123 by user)", "(by @user)", "(author by @user)", "（作者：@user）", "— @user", "thanks to @a and @b!", "contributed by @user"
    [new RegExp(`\\s*\\(\\s*(?:(?:PR|pull request)\\s*)?${cleanup_REFS}(?:\\s*,)?\\s+by\\s+@?[\\w-]+(?:\\[bot\\])?\\s*\\)`, "gi"), ""],
    // The same with a person's full name, or a reference link to one defined elsewhere in the changelog: "(#4927 by Bastien
    // de Luca)", "(#5025 by [Marius Volkhart][MariusV])".
    [new RegExp(`\\s*\\(\\s*${cleanup_REFS}(?:\\s*,)?\\s+by\\s+(?:\\[[^\\]\\n]{1,60}\\](?:\\[[^\\]\\n]{0,60}\\])?|\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}|de|da|van|von|der|le|la|del)[\\p{L}'.-]*){0,4})\\s*\\)`, "gu"), ""],
    // A commit's short hash in brackets, alone or in a list, maybe named so: "(5e71d77e)", "(6621d45, d836b90, 5e08c764)",
    // libexpat's "(commit 16e2efd867ea…)".
    [/\s*\((?:commits?\s+)?(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?:\s*,\s*(?=[0-9a-f]*\d)[0-9a-f]{7,40}){0,10}\)/gu, ""],
    // A sentence that goes on from the issue number it opens with, as its subject or object ("#812 で報告された問題への対策",
    // "#812 中的问题", "#812 의 문제"): without the number it is half a sentence, with it a reference no reader can open.
    // It goes whole.
    [/^(?:[\w()-]{1,30}!?:\s*)?#\d{2,9}\s*(?:で|の|に|を|は|が|と|へ|も|から|まで|より|中|里|内|的|에서|에|의|을|를|이|가|은|는)[^。.!?！？]*[。.!?！？]?$/u, ""],
    // An issue number that opens the change's words: "feat: #1600 提高超大文档的性能".
    [/(^|^[\w()-]{1,30}!?:\s*)#\d{2,9}\s+(?=\S)/u, "$1"],
    [new RegExp(`[\\s,;]*(?:\\b(?:PR|pull request|MR)\\s*)?${cleanup_REFS}\\s+by\\s+${HANDLES}\\s*[.!]?`, "gi"), ""],
    [new RegExp(`\\s*[(\\[（]\\s*(?:(?:thanks?(?:\\s+to)?|by|via|from|cc|props to|kudos to|h\\/t|hat tip(?:\\s+to)?|(?:author(?:ed)?|contributors?|co-authored)(?:\\s+by)?|感谢|感謝|作者|贡献者|貢献者|작성자)\\s*[:：]?\\s*)?${HANDLES}\\s*[!！]?\\s*[)\\]）]`, "gi"), ""],
    // "（感谢 @algolia 团队的协助）": a bracket that opens by thanking is all credit, whatever it names after the handle.
    [/\s*[（(]\s*(?:特别|特別)?(?:感谢|感謝|鸣谢|鳴謝|致谢|致謝)[^（）()\n]{0,80}[）)]/gu, ""],
    [new RegExp(`[，,]?\\s*感谢\\s*${HANDLES}\\s*(?:的)?(?:贡献|帮助|支持|反馈|报告|建议|测试|\\s*PR)?[。！!]?`, "g"), ""],
    // Pull requests as Chinese and Japanese notes name them: "，合并PR-3926", "合并PR-2888、PR-3006", "PR-12 をマージ".
    [/[，,；;、]?\s*(?:(?:合并|合並|マージ)了?\s*(?:PR|MR)s?\s*[-#]?\s*|(?<![\w-])(?:PR|MR)-)\d{1,9}(?:\s*[、,，/和及]\s*(?:(?:PR|MR)\s*[-#]?\s*)?\d{1,9}){0,20}(?:\s*を?\s*マージ(?:しました)?)?/gu, ""],
    // Japanese and Korean thank after the name: "@x さんありがとうございます！", "@x 님 감사합니다".
    [new RegExp(`[、，,]?\\s*${HANDLES}\\s*(?:さん|様|氏)?\\s*[、，,]?\\s*(?:ありがとうございます|ありがとうございました|ありがとう|に感謝(?:します|いたします)?)${THANKS_TAIL}`, "g"), ""],
    [new RegExp(`[,]?\\s*${HANDLES}\\s*님?\\s*(?:께\\s*)?(?:감사합니다|감사드립니다|고맙습니다)[.!]?`, "g"), ""],
    // The same with a plain name, which the honorific marks as a person's: NavilIME's "32비트 어플리케이션 지원- fehead 님
    // 감사합니다.", "x さん、ありがとうございます", "修复 X，感谢 张三 的贡献"; also the honorific left once a handle
    // before it went ("さん、ありがとうございます").
    [new RegExp(`(?:\\s*[-–—,、，]\\s*|\\s+|^)(?:${PLAIN_NAME}\\s*)?님\\s*(?:께서?\\s*)?(?:정말\\s*|진심으로\\s*)?(?:감사합니다|감사드립니다|고맙습니다)[.!]?`, "gu"), ""],
    [new RegExp(`(?:\\s*[-–—,、，。:：]\\s*|\\s+|^)(?:${PLAIN_NAME}\\s*)?(?:さん|様|氏)\\s*[、，,]?\\s*(?:(?:本当に|どうも)\\s*)?(?:ありがとうございます|ありがとうございました|ありがとう|に感謝(?:します|いたします|しています)?)${THANKS_TAIL}`, "gu"), ""],
    [new RegExp(`(?:\\s*[-–—,、，]\\s*|^)(?:(?:特别|非常)\\s*)?感谢\\s*(?:${PLAIN_NAME}|\\p{Script=Han}{2,4}?)(?:\\s*[、和与及,，]\\s*(?:${PLAIN_NAME}|\\p{Script=Han}{2,4}?)){0,10}\\s*的\\s*(?:贡献|帮助|支持|反馈|报告|建议|测试|修复|付出|PR)[。！!]?`, "gu"), ""],
    // The name and its honorific or deed alone end the change: "… @x 贡献", "…を修正 @x さん", "… @x 님".
    [new RegExp(`[，,、]?\\s*${HANDLES}\\s*(?:贡献|貢献|提交|提供|さん|様|氏|님)\\s*[。！!.]?\\s*$`, "u"), ""],
    // "…, thanks to work by @user", "thanks to @a and @b for the report"
    // changesets' "… - Thanks @user!": the dash before the thanks and the "!" that ends the change go with it.
    [new RegExp(`[\\s,;]*(?:[—–-]\\s*)?\\b(?:(?:many|big|special|huge|also|and)\\s+)*(?:thanks|thank you|kudos|props to|shout-?out)\\b[^.!?]{0,60}?${HANDLES}(?:\\s+for\\s+[^.!?]{0,40})?(?:!+\\s*$|(?=[.!?]|$))`, "gi"), ""],
    [new RegExp(`[\\s,;.]*[—–-]?\\s*(?:\\b(?:thanks?(?:\\s+to)?|(?:contributed|reported|implemented|authored|suggested|fixed|submitted|done|translation)\\s+by|by|via|from|props to|kudos to|hat tip(?:\\s+to)?|cc)|\\bh\\/t)\\s+${HANDLES}\\s*[.!]*\\s*$`, "i"), ""],
    [new RegExp(`\\s+[—–-]\\s*${HANDLES}\\s*$`), ""],
    // "Fix crash @alice, thanks!": the thanks after the name.
    [new RegExp(`\\s+${HANDLES}\\s*[,，]?\\s*(?:thanks|thank you|谢谢|感谢)\\s*[!！.。]*\\s*$`, "iu"), ""],
    // "— contributed by Jane Doe", "- thanks Jane Doe!", ", reported by Jane Doe, fixed by @bob": credits that name
    // people without handles end the change; only after a word that credits, so "Sort by Name" keeps its words.
    // "Fix various memory leaks reported by Huihui Huang.": a deed only people do needs no comma before it.
    [new RegExp(`(?:\\s*[,;.—–-]\\s*|\\s+(?=[Tt]hank|(?:reported|contributed|suggested|submitted|patched|authored|sponsored)\\s+by\\s)|^)${NAMED_CREDIT_CLAUSE}(?:\\s*[,;]?\\s*(?:and\\s+)?${NAMED_CREDIT_CLAUSE}){0,3}\\s*[.!]*\\s*$`, "u"), "", NAMED_CREDIT_HINT],
    // "…is hidden. by wryyyds7": a name after the sentence has ended
    [/(?<=[.!?。！？])\s*by\s+[\w.-]{2,39}\s*$|^by\s+[\w.-]{2,39}$/u, ""],
    // an issue tracker's key in square brackets: "[DSFR-109]", "[JIRA-1234]" (a reader of the post cannot open it)
    [/\s*\[[A-Z][A-Z0-9]{1,15}-\d{1,7}\]/gu, ""],
    // "(#12)", "(closes #12, #13)", "[#12]", "(PR #12)", "(GH-12)", "(#1922, closes #1904)", "(#729 / #730)", "（#12）"
    // "(#2575 @user)", "（any-listen#82）": their authors and other repositories' references with them
    [new RegExp(`\\s*[(\\[（]\\s*${CREDIT_ITEM}(?:(?:\\s*(?:[,;/、]|\\band\\b)\\s*|\\s+)${CREDIT_ITEM}){0,20}\\s*[)\\]）]`, "gi"), ""],
    // The brackets a reference stood in, left empty: "になります([#1412])。" (a reference link defined elsewhere in the
    // changelog), "Fix the parser ([#12])". Not a call's brackets ("`foo()`", "foo()"), nor "an empty [] literal".
    [/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]|^)\s*(?:\(\s*\)|（\s*）)(?=[\s.,;:!?。、，；：！？]|$)/gu, ""],
    // a trailing reference with the words that point at it: "Fix failing tests introduced by #59201"
    [new RegExp(`[\\s,;]*\\b(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?(?:by|in|since|after|from)\\s+(?:${cleanup_REFS}|${PR_URL})\\.?\\s*$`, "i"), ""],
    // trailing "closes #12" / "Fixes owner/repo#3 and #4." / "in https://github.com/o/r/pull/12"
    // ("Add X that closes #12": the clause that only pointed at the reference goes whole)
    [new RegExp(`[\\s,;]*(?:\\b(?:that|which|and)\\s+)?\\b${KEYWORDS}:?\\s+(?:${cleanup_REFS}|${PR_URL})\\.?\\s*$`, "i"), ""],
    // "Fix zombie git proc issue #1012", "Fix the issue #12 where …": "issue" is the sentence's noun there and stays;
    // after a pointing word ("closes issue #12", "see issue #3") or a bracket it only names the reference, and goes.
    [new RegExp(`([\\s,;]*)\\b(?:PR|pull request|MR|(issue))\\s+${cleanup_REFS}`, "gi"), (...args) => issueAsNoun(args)],
    // A pull request's number without its "#": "(PR 12109)", "(pull request 12109 by jdoe)", "…, PR 12109 by jdoe".
    [new RegExp(`\\s*[(\\[（]\\s*(?:PR|pull request|MR)s?\\s*${BARE_NUMBERS}(?:\\s*,?\\s+by\\s+(?:${HANDLES}|[\\w-]{1,39}))?\\s*[)\\]）]`, "gi"), ""],
    // The sentence keeps its stop: "…caused by PR 12109. (#12279)" must not run into the next line.
    [new RegExp(`[\\s,;]*\\b(?:PR|pull request|MR)s?\\s*${BARE_NUMBERS}(?:\\s+by\\s+(?:${HANDLES}|[\\w-]{1,39}))?(?=\\s*[.!]?\\s*$)`, "gi"), ""],
    // a sentence that only credits: "Contributed by Kohei Ueno in #53593.", Sphinx's "Patch by A, B and C.",
    // "Original patch by X.", tmux's "From Leo Henon in issue 5025."
    [/^(?:this (?:was|has been) )?(?:(?:original(?:ly)?|initial(?:ly)?|mostly|partly)\s+)?(?:contributed|implemented|authored|written|reported|proposed|sponsored|reviewed|(?:patch(?:es)?|work|fix(?:es)?|implementation|pr|pull request)) by\b[^.!?]{0,120}[.!?]?$/iu, ""],
    [new RegExp(`^[Ff]rom\\s+${CREDITED_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${CREDITED_PERSON}){0,10}\\s+in\\s+(?:GitHub\\s+)?issue\\s+\\d{1,9}[.!]?$`, "u"), ""],
    // "Thanks to Jane Doe for the report.": a sentence that thanks people by name, for whatever they did
    // "Credit to Alexander-Programming for reporting the issue.", "Kudos to @a and @b.", "Shout-out to Jane for the idea."
    [new RegExp(`^(?:(?:[Mm]any|[Ss]pecial|[Bb]ig|[Hh]uge|[Aa]lso)\\s+)?(?:[Tt]hanks|[Tt]hank you|(?:(?:[Cc]redits?|[Kk]udos|[Pp]rops|[Ss]hout-?outs?|[Hh]at tip)(?=\\s+(?:go(?:es)?\\s+)?to\\b)))(?:\\s+(?:go(?:es)?\\s+)?to)?\\s+${CREDITED_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${CREDITED_PERSON}){0,10}(?:\\s+for\\b[^.!?]{0,80})?[.!]?$`, "u"), ""],
    // an address written out so that robots miss it ("jane at example dot com") is a person's, never a post's; the
    // credit it ends goes with it: ", reported by jane at example dot com"
    [new RegExp(`[\\s,;]*(?:\\b(?:[a-z]{2,20}ed\\s+by|by|from|thanks(?:\\s+to)?)\\s+)?${OBFUSCATED_EMAIL}`, "giu"), ""],
    // a reference keyword whose references were links, now gone: "…, closes"
    // A bracket goes whole; after a comma the bracket it stands in stays closed ("(x, closes)" → "(x)").
    [/\s*\(\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|PR|pull request)\s*[.:]?\s*\)?\s*$/i, ""],
    [/\s*[,;]\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|PR|pull request)\s*[.:]?(?=\s*\)?\s*$)/i, ""],
    // a bare link to a pull request, issue or commit: a post cannot use it, and X would bill it as a link
    [new RegExp(`[\\s,;]*(?:\\(\\s*)?${PR_URL}(?:\\s*\\))?`, "gi"), ""],
];
// The word that introduced a reference goes with it: "支持按 path 过滤表项，关闭 [#7475](…)", "…, fixes #12", "see #12".
// Only where the references end the sentence or clause: "修复 [#12] 中的问题" says more. A reference is a dropped link
// or a plain "#12"; Japanese puts the word after it ("#12 を参照").
const LEAD_REFERENCE = `(?:${MARK}|${cleanup_REF}|GH-\\d{1,9})`;
const LEAD_REFERENCES = `${LEAD_REFERENCE}(?:\\s*(?:[,，、;/&]|\\band\\b)?\\s*${LEAD_REFERENCE}){0,20}`;
// English words after a word boundary; Chinese ones only after punctuation or at the start: "表格问题修复 #12"
// ("the table problem, fixed") keeps its verb.
const LEAD_WORDS = "(?:\\b(?:close[sd]?|fix(?:e[sd])|resolve[sd]?|see(?: also)?|refs?|related to|cf\\.?)|(?<=^|[\\s,;:，；、：(（])(?:关闭|修复|解决|详见|参见|参考|關閉|修復|解決|詳見|參見|参照))";
const CLAUSE_ENDS = "(?=\\s*(?:[.。!！?？;；]|$))";
const LEAD_IN_REFERENCE = [
    new RegExp(`\\s*[(（]\\s*${LEAD_WORDS}\\s*[:：]?\\s*${LEAD_REFERENCES}\\s*[)）]`, "giu"),
    // Not the first of several in brackets ("(see #12; fixes #13)"): the bracket's own rule takes the list whole.
    new RegExp(`(?<![(（]\\s*)[\\s,;:，；、：]*(?:\\b(?:that|which|and)\\s+)?${LEAD_WORDS}\\s*[:：]?\\s*${LEAD_REFERENCES}${CLAUSE_ENDS}`, "giu"),
    new RegExp(`[\\s,，、]*[(（]?\\s*${LEAD_REFERENCES}\\s*(?:を)?\\s*参照(?:してください|下さい|ください)?\\s*[)）]?${CLAUSE_ENDS}`, "gu"),
];
// A person as changelogs credit one: a linked name ("[Jianqi Pan](mailto:…)"), a handle, or up to four plain words.
const PERSON = `(?:${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,80}${LINK_CLOSE}|${HANDLE}|[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]{0,40}(?:\\s[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]{0,40}){0,3})`;
// changelogithub and kin: "… - By [Name](mailto:…) in [abc1234](…)", "… by @a and @b in [#12](…)": a credit whose
// reference was a link, now dropped. Only before a dropped link, so a sentence that says "by" keeps it.
const CREDIT_BEFORE_DROPPED_LINK = new RegExp(`\\s*[-–—]?\\s*\\bby\\s+${PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${PERSON}){0,10}\\s+in\\s*${MARK}(?:\\s*(?:,|\\band\\b)?\\s*${MARK}){0,20}\\s*$`, "iu");
// A commit's short or full hash: hex with a digit and a letter in it.
const COMMIT_HASH = "(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}";
const TRAILING_TOKEN = new RegExp(`^(?:${cleanup_REF}|${HANDLE}|${COMMIT_HASH}|GH-\\d+|!\\d+)[,.;!?。！？]?$`);
const REF_TOKEN = new RegExp(`^(?:${cleanup_REF}|GH-\\d+|!\\d+)[,.;!?。！？]?$`);
const HASH_TOKEN = new RegExp(`^${COMMIT_HASH}[,.;!?。！？]?$`, "u");
const HASH_AS_OBJECT = /\b(?:to|at|from|of|on|onto|commits?|revision|rev|sha|hash|version|upstream|tag|backport(?:s|ed)?|cherry-pick(?:s|ed)?|revert(?:s|ed)?|reapply|port(?:s|ed)?)$/iu;
// A handle after one of these words is what the sentence is about: "Move the packages to @acme", "Mention support for
// @here". After any other word it is the author's credit: "Disable the check @user".
const HANDLE_AS_OBJECT = /\b(?:to|for|with|of|on|at|about|into|onto|under|as|from|than|like|mention(?:s|ing)?|ping(?:s|ing)?|tag(?:s|ging)?|named|called)$/iu;
/** Handles that end a change after its text are its author's credit, unless they are code words or its object. */
function isTrailingCredit(kept, handles) {
    return !HANDLE_AS_OBJECT.test(kept) && handles.every((token) => !CODE_AT_WORDS.test(token.replace(/[,.;]$/u, "")));
}
// A run of handles inside a change before a new sentence or clause: MAA's "…不再区分 NoAVX 版本 @MistEO @hguandl" then
// "终于…" on the next line, "Add a flag @alice" then "Second line": the notes credit at a line's end, and the line break
// became a space. What follows starts anew: a capital and a small letter, or CJK text.
const INNER_HANDLE_RUN = new RegExp(`(?<=[^\\s@])\\s+(${HANDLE}(?:\\s+${HANDLE}){0,20})\\s+(?=\\p{Lu}\\p{Ll}|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])`, "gu");
// A person's handle, as opposed to an annotation or decorator in the same place ("@Nullable", "@JsonProperty"): a digit,
// a hyphen or an underscore, or a small first letter. PascalCase alone may be code, so such a run stays.
const PERSON_HANDLE = /^@(?:[a-z]|[\w-]*[\d_-])/u;
// Words after a handle that make it code: "@customElement 装饰器", "@click 事件"; a particle makes it the sentence's part
// ("@babel 中的问题", "@foo の設定").
const AFTER_CODE_OR_PARTICLE = /^(?:Decorators?|Annotations?|Directives?|贡献|貢献|提交|提供|さん|様|氏|님|装饰器|修饰器|修饰符|注解|事件|指令|语法|デコレータ|アノテーション|イベント|ディレクティブ|데코레이터|어노테이션|이벤트|[的中里上下之内] |[のをにがはでとへも](?![\p{Script=Katakana}])|[은는이가을를의에와과])/u;
// A word that credits or lists ("感谢 @x 和 @y 的贡献", "by @a and @b"): other patterns read those whole.
const CREDIT_OR_LIST_BEFORE = /(?:\b(?:by|thanks?|to|and|cc)|感谢|感謝|由|和|与|及|[、,&])$/iu;
/** "…版本 @a @b 终于…" → "…版本，终于…", "Add a flag @alice Second line" → "Add a flag. Second line". */
function withoutInnerHandleRuns(text) {
    if (!text.includes("@"))
        return text;
    return text.replace(INNER_HANDLE_RUN, (run, handles, at) => {
        const before = text.slice(0, at);
        const after = text.slice(at + run.length);
        const list = handles.split(/\s+/u);
        if (HANDLE_AS_OBJECT.test(before) || CREDIT_OR_LIST_BEFORE.test(before) || AFTER_CODE_OR_PARTICLE.test(after))
            return run;
        if (list.some((handle) => CODE_AT_WORDS.test(handle)) || !list.some((handle) => PERSON_HANDLE.test(handle)))
            return run;
        if (/[\p{P}\p{S}]$/u.test(before))
            return " ";
        if (/^\p{Lu}/u.test(after))
            return ". ";
        if (/^\p{Script=Hangul}/u.test(after))
            return " ";
        return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? "、" : "，";
    });
}
/**
 * A trailing run of references and handles ("… support X. #58209 #58210 @user"): gone when it holds a reference,
 * follows a finished sentence or credits the change's author. Walks tokens from the end, so a long line costs one pass.
 */
function withoutTrailingReferences(text) {
    const tokens = text.split(" ");
    let cut = tokens.length;
    let hasReference = false;
    let hashes = false;
    while (cut > 1 && TRAILING_TOKEN.test(tokens[cut - 1] ?? "")) {
        hasReference ||= REF_TOKEN.test(tokens[cut - 1] ?? "");
        hashes ||= HASH_TOKEN.test(tokens[cut - 1] ?? "");
        cut -= 1;
    }
    if (cut === tokens.length)
        return text;
    const body = tokens.slice(0, cut).join(" ");
    // "Fix the parser crash abc1234": a commit's hash after the change's words is its reference, unless the words make
    // it their object ("Pin the action to 8e5e7e5").
    hasReference ||= hashes && !HASH_AS_OBJECT.test(body);
    // "Add X @alice. Also Y.": the sentence's own end stays, or the next sentence runs on from this one.
    const end = /[.!?。！？]$/u.exec(tokens.at(-1) ?? "")?.[0] ?? "";
    const kept = /[.!?。！？]$/u.test(body) ? body : body + end;
    if (hasReference || /[.!?。！？)）\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(body))
        return kept;
    const tail = tokens.slice(cut);
    return tail.every((token) => token.startsWith("@")) && isTrailingCredit(body, tail) ? kept : text;
}
// Sentences or clauses that only point at a page ("For more details check out the docs.", "Refer to X for
// details"): in a post the link is gone, so the pointer is an orphan.
const POINTER_START = /^(?:for (?:more|further|full)\b|for (?:details|information|info|context)\b|please\s+(?:see|read|check|visit|view|refer)\b|refer to\b|find (?:out )?more|learn more|more (?:details|info|information)|you can (?:find|read|view|see|check)|details (?:are )?(?:in|at|on)|full (?:details|changelog|release notes)|the full\b|详见|详情|请(?:查看|参考|参阅|阅读)|具体(?:请)?(?:查看|参考|参阅|见)|参见|更多(?:信息|详情|细节)|詳しくは|詳細は|자세한 내용)/iu;
// "See", "Read" or "Check" also start real changes ("Read .env files", "Check types before emitting"): they point only
// when what follows within a few words is a page, or the sentence ends on "this"/"it".
const POINTER_VERB_START = /^(?:see|read|check(?: out)?|visit|head (?:over )?to|take a look(?: at)?|view)\b(?:(?:\s+(?:and|or|also|&))*\s*[.!:]?$|(?:\s+[^\s.!?]+){0,6}?\s+(?:docs?|documentation|guides?|blog|posts?|announcement|changelog|release notes|notes|migration|upgrade|reference|readme|wiki|issues?|pull requests?|prs?|discussions?|section|page|links?|article|website|site|faq|manual|tutorial|video|thread|rfc|proposal|details|below|above|here|more|examples?)\b|\s+(?:this|it|them|these|those)[.!:]?$)/iu;
// "The complete list of changes is at the [Changelog](…).", "All changes are listed in the release notes.": a sentence
// whose subject is the list of changes and whose predicate is where it is only points at a page.
const POINTER_SUBJECT = /^(?:the |a |our )?(?:(?:complete|full|detailed|entire) )?(?:list of (?:all )?(?:the )?(?:changes|commits|fixes|updates|improvements|features)|changelog|change ?log|release notes|all (?:the |other )?changes)\s+(?:(?:is|are|can be)\s+(?:(?:found|read|seen|available|listed|documented|described|published)\s+)?(?:at|in|on|here|below|above)|lives? (?:at|in|on))\b/iu;
// "→ Read more", "👉 文档": a pointer whose page the notes named without a link.
const SIGNED_POINTER_WORDS = new RegExp(`^${POINTER_ARROW}\\s*(?:${POINTER_WORDS}|${ONLY_POINTER_WORDS})[.!:：。]?$`, "iu");
const POINTER_HEAD = new RegExp(`^(?:[\\p{Extended_Pictographic}\\uFE0F\\s]|${POINTER_ARROW})+`, "u");
// "All issues associated with this milestone can be found using this filter.", "The pull requests in this release are
// listed here.": what is tracked elsewhere and where, with the link gone.
const POINTER_TRACKED = /^(?:all |the )?(?:(?:closed |resolved |merged )?(?:issues|pull requests|prs|tickets|commits|changes))\b[^.!?]{0,60}?\b(?:can be (?:found|seen|viewed|browsed)|are (?:listed|tracked|collected))\s+(?:here|there|below|above|(?:at|in|on|using|via|with|through)\b[^.!?]{0,30})[.!]?$/iu;
// Chinese, Japanese and Korean put the pointing verb last: "…を併せて参照してください", "…をご覧ください",
// "详细说明请参阅文档", "…를 참고하세요". A sentence that ends so only points.
// One clause only: "…移除 X 图标，具体请查看图标页面" is a change with a pointer clause, which goes on its own.
const POINTER_END = /^[^、，,；;]{0,80}(?:参照|ご覧|ご確認|ご参照)(?:して)?(?:ください|下さい)[。.]?$|^[^、，,；;。]{0,16}请(?:参阅|参考|查看|阅读|参见)[^、，,；;。！？]{0,40}[。.]?$|^[^,，;]{0,80}(?:참고|참조|확인)(?:하세요|하십시오|해 주세요|바랍니다)[.]?$/u;
const POINTER_ANYWHERE = /\b(?:for (?:more )?details|for more information|to learn more)\b/i;
// A sentence or clause that only points at what follows: "so be sure to read the following information carefully.", "The
// changes are listed below.", "Details below.", "详见下文", "以下の変更があります", "변경 사항은 다음과 같습니다". A post shows
// the changes without it, and one that ends on it points at nothing. (A lead-in ending in ":" is read with its list.)
const POINTER_FORWARD = /^(?:(?:so|and|but|therefore|thus)\s+)?(?:(?:please|kindly)\s+)?(?:(?:be sure|make sure|remember|take care)\s+(?:to|you)\s+|you (?:should|must|may want to|will want to)\s+|we (?:recommend|suggest|encourage)(?: you)?(?: to)?\s+|it is (?:recommended|important|advised) to\s+)?(?:(?:carefully|also)\s+)?(?:read|review|check|see|consult|look (?:at|over|through)|go (?:over|through)|note|refer to)\s+(?:(?:the|all|each of the)\s+)?(?:following|below|details below|notes below|list below|section below)\b[^.!?:：]{0,60}[.!]?$|^(?:the |all )?(?:(?:notable|main|key|major|detailed|full) )?(?:changes|details|updates|highlights|fixes|features|improvements|notes|release notes|changelog)(?: (?:in|of|for) (?:this|the) (?:release|version|update))? (?:are|is) (?:as follows|(?:listed|described|detailed|shown|summari[sz]ed|outlined|explained|included) (?:below|in the following)|below)[.!]?$|^(?:(?:more |full |further )?details|more (?:info(?:rmation)?)|see) below[.!]?$|^(?:[^。！？，,]{0,20}?)(?:详见|见|参见|参考|请(?:仔细)?(?:阅读|查看))(?:以下|下文|下方|下面)(?:内容|说明|信息)?[。.！!]?$|^(?:本次|此次|这次|本版本)?(?:更新|变更|改动|修复|版本)?(?:内容|详情|说明)?(?:如下|见下文|见下方)[。.]?$|^(?:今回の|この|本)?(?:リリース|バージョン|アップデート)?(?:には|では|の)?以下の(?:変更|修正|機能|内容|改善|更新)(?:点)?(?:が|を)?(?:あります|含まれています|含まれます|行いました|です)[。.]?$|^[^.,，]{0,20}(?:다음과 같습니다|아래와 같습니다|아래(?:를|에서) (?:참고|확인)(?:하세요|하십시오|해 주세요|바랍니다))[.]?$/iu;
/** Splits at sentence ends (". ", "! ", "。") outside brackets; the pieces keep their punctuation. */
function sentences(text) {
    const out = [];
    let depth = 0;
    let start = 0;
    // Inside a code span nothing ends a sentence: "use `Symbol.observable ?? '@@observable'` as a workaround".
    let code = false;
    // A stray backtick (an odd count) opens no span.
    const spans = (text.match(/`/gu)?.length ?? 0) % 2 === 0;
    for (let index = 0; index < text.length; index += 1) {
        const char = text[index] ?? "";
        if (char === "`" && spans)
            code = !code;
        else if (code)
            continue;
        else if ("([{（【「『".includes(char))
            depth += 1;
        else if (")]}）】」』".includes(char))
            depth = Math.max(0, depth - 1);
        else if (depth === 0 && /[.!?。！？]/u.test(char)) {
            // Closing quotes belong to the sentence they end: 'the first release of "Rust 2018." For more…'.
            let end = index + 1;
            while (end < text.length && /["'”’」』]/u.test(text[end] ?? ""))
                end += 1;
            const next = text[end];
            const wide = /[。！？]/u.test(char);
            if (next === undefined || (wide && next !== undefined) || (/\s/.test(next) && !abbreviationBefore(text, index))) {
                if (next !== undefined && /[.!?]/.test(next))
                    continue;
                // A quotation or an ellipsis that the sentence goes on after ('"git checkout [<tree-ish>] path..." learned to…'):
                // a lower-case word after it is no new sentence.
                if ((end > index + 1 || text.slice(index - 2, index + 1) === "...") && /^\s+\p{Ll}/u.test(text.slice(end)))
                    continue;
                out.push(text.slice(start, end).trim());
                start = end;
                index = end - 1;
            }
        }
    }
    const rest = text.slice(start).trim();
    if (rest)
        out.push(rest);
    // A piece without a letter ("🎉" after "…released!") belongs to the sentence before it.
    const merged = [];
    for (const piece of out) {
        if (merged.length > 0 && !/[\p{L}\p{N}]/u.test(piece))
            merged[merged.length - 1] += ` ${piece}`;
        else if (piece)
            merged.push(piece);
    }
    return merged;
}
// Full-width punctuation carries its own spacing: "构建。从底层来看", "廃止しました。なぜかって？キャッシュ" have no
// space between the sentences, and joining them again must not add one.
const WIDE_END = /[。！？、，：；）」』】〉》]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『【（〈《]/u;
const WIDE_GAP = /(?<=[。！？、，：；）」』】〉》])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『【（〈《])/gu;
/** Sentences joined back into one text: a space between them, none after full-width punctuation before CJK text. */
function joinSentences(parts) {
    let text = "";
    for (const part of parts) {
        if (!part)
            continue;
        text += text === "" || (WIDE_END.test(text) && CJK_START.test(part)) ? part : ` ${part}`;
    }
    return text;
}
/** "e.g.", "i.e.", "vs.", "etc." and a version's dots do not end a sentence. */
function abbreviationBefore(text, dot) {
    const before = text.slice(Math.max(0, dot - 5), dot + 1).toLowerCase();
    return /(?:\be\.g\.|\bi\.e\.|\bvs\.|\betc\.|\bapprox\.|\bincl\.|\bno\.)$/.test(before) || /\d\.$/.test(before) && /^\s*\d/.test(text.slice(dot + 1, dot + 3));
}
// A lead-out to the links that followed it, gone with them: "These are just some of the highlights.", "That's only a
// selection of the changes."
const LEAD_OUT = /^(?:these|those|this|that|the above)(?:\s+(?:are|is|were)|'s|’s|'re|’re)\s+(?:just|only|merely)\s+(?:some|a few|a handful|a selection|a (?:small )?sample|a taste)(?:\s+of\s+(?:the\s+)?(?:highlights|changes|features|improvements|updates|additions|fixes))?[^.!?:：]{0,40}[.!]?$/iu;
/** A sentence (or, with `clause`, the part after a comma) that only points at a page. */
function isPointer(text, clause = false) {
    const bare = text.replace(POINTER_HEAD, "");
    if (LEAD_OUT.test(bare))
        return true;
    if (SIGNED_POINTER_WORDS.test(text.trim()))
        return true;
    return POINTER_START.test(bare) || POINTER_VERB_START.test(bare) || POINTER_SUBJECT.test(bare) || POINTER_TRACKED.test(bare) || POINTER_END.test(bare) || POINTER_FORWARD.test(bare) || (clause && POINTER_ANYWHERE.test(bare));
}
/** Drops pointer sentences, and pointer clauses after a comma ("Semantic structure, refer to X for details."). */
function withoutPointers(text) {
    const kept = sentences(text)
        .filter((sentence) => !isPointer(sentence) || /https?:\/\//.test(sentence))
        .map((sentence) => {
        // The first clause that only points elsewhere ends the sentence there ("…；具体请查看图标页面").
        const clauses = /[,，;；]\s*/gu;
        for (let match = clauses.exec(sentence); match; match = clauses.exec(sentence)) {
            const rest = sentence.slice(match.index + match[0].length);
            // A pointer that carries its own URL can still be followed.
            if (!isPointer(rest, true) || /https?:\/\//.test(rest))
                continue;
            // "If you want to migrate, please check the guide.": without its pointer the condition says nothing.
            if (CONDITION.test(sentence.replace(POINTER_HEAD, "")))
                return "";
            const end = /[。！？]$/u.test(sentence) ? "。" : /[.!?]$/u.test(sentence) ? "." : "";
            return sentence.slice(0, match.index) + end;
        }
        return sentence;
    });
    return joinSentences(kept);
}
// Dropped references that end the text ("… [docs](…) [#12](…) [#13](…)"): a pointer link before them ends the change.
const TRAILING_DROPPED = new RegExp(`(?:\\s*[,;]?\\s*${MARK})+\\s*[.。!！]?\\s*$`, "u");
// A link with a generic word in a run of references at the end: cargo's "… for MSRV-aware diagnostics [docs](…)
// [#17106](…)". It points, unless a word before it makes it the change's object ("Update the [docs](…) [#12](…)").
const GENERIC_LINK_BEFORE_REFERENCES = new RegExp(`(?<!\\b(?:the|a|an|our|its|their|this|new|in|to|for|of|on|with|and|or|into|from|about|add(?:s|ed)?|update[sd]?|improve[sd]?|fix(?:e[sd])?|rewrite|rewrote|clarif(?:y|ies|ied)|expand(?:s|ed)?|move[sd]?|document(?:s|ed)?|see|read|check)\\s*)\\s*${LINK_WORDS(`(?:${POINTER_WORDS}|${ONLY_POINTER_WORDS}|pr|issue|rfc)`)}$`, "iu");
/** "Done. 👉 [Docs](…)" → "Done.": a link that ends the text and only points at a page goes with its sign. */
function withoutPointerLink(text) {
    const open = text.lastIndexOf(LINK_OPEN);
    if (open < 0)
        return text;
    const tail = TRAILING_DROPPED.exec(text);
    const body = tail && tail.index > open ? text.slice(0, tail.index) : text;
    const from = Math.max(0, open - POINTER_REACH);
    const head = body.slice(0, from);
    let end = body.slice(from).replace(POINTER_LINK, "");
    if (body !== text && end === body.slice(from))
        end = end.replace(GENERIC_LINK_BEFORE_REFERENCES, "");
    return head + end + (body === text ? "" : text.slice(body.length));
}
const CONDITION = /^(?:if|when|whenever|before|after|to|in order to|for|should|once|如果|若|要|在)\b/iu;
// Words that only point at references: "Fixes", "addresses", "Addressed in", "Closed by", "See also".
const REFERENCING = "(?:(?:fix(?:es|ed)?|address(?:es|ed)?|close[sd]?|resolve[sd]?|refs?|see(?: also)?|related to|relates to|part of|follow-up (?:to|of|for))(?:\\s+(?:in|by))?|(?:[A-Za-z]{2,20}(?:ed|en)\\s+)?(?:in|by|via))";
// "…with a request handler. Fixes [#1](…) and addresses [#2](…).", "…the Cypress CLI. Addressed in [#3](…).": a
// sentence whose every object was a link now gone goes whole, its full stop too, or "Fixes and addresses." and
// "CLI.." are left.
const SENTENCE_OF_DROPPED = new RegExp(`(?:(?<=[.!?。！？])|^)\\s*${REFERENCING}\\s*[:：]?\\s*${DROPPED_RUN}(?:\\s*(?:[,;&]|\\band\\b)\\s*${REFERENCING}\\s*[:：]?\\s*${DROPPED_RUN}){0,5}\\s*(?:[.!。！]|$)`, "giu");
// A sentence whose point was its link, now gone: "See [the Migration Guide](…) for a guide to migrate…", "Check out
// [the docs](…) for more", "Full commit log can be found at <…>", "The full list can be found [here](…)". It pointed
// at a page no post shows, and alone it points at nothing.
// "**Full Azure Guide**: [Setting up an Azure stack](…)", "Documentation: [AzureML orchestrator](…)", "文档：[…](…)": a key
// that names a page and only a link after it points at that page; without the link it is an orphan, never a change.
// The key starts with a capital or is CJK, so a commit's "docs: [fix typo](…)" stays.
const POINTER_KEY_LINE = new RegExp(`^(?:[\\p{L}\\p{N}'’ -]{0,40}?\\s)?(?:docs?|documentation|guides?|details|(?:more )?info(?:rmation)?|blog(?: post)?|reference|tutorials?|examples?|demo|announcement|release notes|changelog|article|video|see also|links?|read more|learn more|walkthrough|文档|文檔|指南|详情|說明|说明|ドキュメント|ガイド|詳細|문서|가이드|자세히)\\s*[:：]\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,200}${LINK_CLOSE}\\s*[.。]?$`, "iu");
const isPointerKeyLine = (text) => text.includes(LINK_OPEN) && !/^[a-z]/u.test(text) && POINTER_KEY_LINE.test(text);
const LINKED = `(?:${MARK}|${LINK_OPEN}[^${LINK_CLOSE}]{0,200}${LINK_CLOSE})`;
// A sentence's character: a stop inside a word ("v4.0.0", "CHANGES.md") ends nothing.
const IN_SENTENCE = "(?:[^.!?]|[.!?](?=\\S))";
const POINTER_SENTENCE = new RegExp(`(?:(?<=[.!?。！？])|^)\\s*(?:(?:please\\s+)?(?:see|refer to|check out|visit|consult|head (?:over )?to)\\b(?:(?![${MARK}${LINK_OPEN}])${IN_SENTENCE}){0,80}${LINKED}${IN_SENTENCE}{0,120}|${IN_SENTENCE}{0,120}\\b(?:can|may) be (?:found|seen|viewed|read)\\s+(?:at|in|on|here)?\\s*${LINKED}?)\\s*(?:[.!。！]|$)`, "giu");
// "Fixed [#9899](…): the `json` reporter now escapes…": a lead-in whose reference is gone. Where what follows says how
// things are now ("now", "no longer", "correctly"), it is the change whole; else the verb governs it ("Fixes #12: crash
// on start" → "Fixes crash on start"). At the text's start, after a sentence, or after changesets' " - ".
const LEAD_IN_FIX = new RegExp(`(?<=^|[.!?。！？]\\s+|\\s[-–—]\\s+)(fix(?:es|ed)?|close[sd]?|resolve[sd]?|address(?:es|ed)?)\\s+${LEAD_REFERENCES}\\s*[:：]\\s+(?=\\p{L}|${LINK_OPEN}|\`)`, "giu");
const NOW_STATE = /^[^.!?;:]{0,120}?\b(?:now|no longer|correctly|properly|anymore|again)\b/iu;
// A pull request's own title after its issue ("Fix #970: Block local file reads via UNC paths") opens with the verb of
// the change, as titles do: it is the change whole, and its capital is the title's.
const TITLE_VERB = /^(?:add|allow|avoid|block|bump|change|check|clean|correct|deny|disable|disallow|drop|enable|enforce|ensure|escape|guard|handle|harden|ignore|implement|improve|keep|limit|make|move|prevent|reject|remove|rename|replace|require|respect|restore|restrict|return|revert|sanitize|sanitise|set|show|skip|stop|strip|support|throw|update|use|validate|verify)\s/u;
function withoutFixLeadIn(text) {
    let result = "";
    let from = 0;
    for (const lead of text.matchAll(LEAD_IN_FIX)) {
        const at = lead.index ?? 0;
        const restAt = at + lead[0].length;
        const rest = text.slice(restAt);
        // "Fixed #12: Crash on start": a capital may be a name's; the case flag lets the lead-in's lookahead pass it.
        // "Closes #12: the parser is slow" names the problem closed, not a change: only a fix's verb governs what follows.
        const state = NOW_STATE.test(rest);
        const titled = TITLE_VERB.test(`${rest.charAt(0).toLowerCase()}${rest.slice(1)}`) && /^\p{Lu}\p{Ll}/u.test(rest);
        if (!titled && (/^\p{Lu}/u.test(rest) || (!state && !/^fix/iu.test(lead[1] ?? ""))))
            continue;
        result += text.slice(from, at);
        from = restAt;
        if (titled)
            continue;
        if (!state)
            result += `${lead[1] ?? ""} `;
        // "the `json` reporter" → "The `json` reporter"; a name from code ("useErrorCause", "`biome`") keeps its case.
        else if (/^[a-z]+\s/u.test(rest)) {
            result += rest.charAt(0).toUpperCase();
            from += 1;
        }
    }
    return result + text.slice(from);
}
// "[useErrorCause](…/use-error-cause/)": a link whose words are one name from code, camelCase or snake_case or a call,
// is code the notes linked to its page; without the link it keeps the code marks the other names have.
const LINKED_CODE_NAME = new RegExp(`${LINK_OPEN}([a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Za-z_$][\\w$.]*\\(\\))${LINK_CLOSE}`, "gu");
// What every rule of tidy() but the spacing ones needs to find: a link's or a dropped reference's marks, a "#12" or
// "GH-12" reference, or an "@" handle. Most sentences have none and skip the long patterns.
const TIDY_WORK = new RegExp(`[${MARK}${LINK_OPEN}${LINK_CLOSE}#@]|GH-`, "u");
// A link whose point was the page, left as words: "install it as described [here](…)", "visit [X's repo](…) and see
// there how to…", "follow the migration guide: [Upgrading from 1 to 2](…)." Its words are "here"/"there", or a pointing
// verb leads to it and it ends the sentence or is followed by "there"/"how to". Once the link goes the clause points
// at nothing: it goes from its start (a comma, "and", "or", "otherwise") to the sentence's end.
const DEICTIC_LINK = new RegExp(`${LINK_OPEN}\\s*(?:here|there|this(?: page| link)?|hier|ici|aquí|aqui|qui|здесь|这里|此处|こちら|여기)\\s*${LINK_CLOSE}`, "iu");
const POINTED_LINK = new RegExp(`\\b(?:visit|open|see|read|follow|consult|refer to|check out|head (?:over )?to|go to)\\b[^,;.!?${LINK_OPEN}${LINK_CLOSE}]{0,40}?[:：]?\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,120}${LINK_CLOSE}(?=\\s*[.!]?$|\\s+(?:and\\s+)?(?:see|look|find|read|check)\\s+(?:there|here|how)\\b)`, "iu");
const CLAUSE_START = /[,;:]\s+|\s+(?:and|or|otherwise|then)\s+/giu;
/** A sentence without the clause that pointed at a link's page; "" when nothing else was said. */
function withoutOrphanLinkClause(sentence) {
    const link = DEICTIC_LINK.exec(sentence) ?? POINTED_LINK.exec(sentence);
    if (!link)
        return sentence;
    const before = sentence.slice(0, link.index);
    let cut = 0;
    for (const start of before.matchAll(CLAUSE_START))
        cut = start.index ?? 0;
    const head = sentence.slice(0, cut).replace(/[\s,;:]+$/u, "");
    // "If you want to migrate, follow [the guide](…)": a condition without its main clause says nothing.
    if (!/[\p{L}\p{N}]/u.test(head) || (CONDITION.test(head) && !/[,，]/u.test(head)))
        return "";
    return `${head}${/[!]$/u.test(sentence.trim()) ? "!" : "."}`;
}
function withoutOrphanLinks(text) {
    if (!DEICTIC_LINK.test(text) && !POINTED_LINK.test(text))
        return text;
    return joinSentences(sentences(text).map(withoutOrphanLinkClause));
}
function tidy(text) {
    if (!TIDY_WORK.test(text))
        return spaced(text);
    return spaced(withoutFixLeadIn(withoutOrphanLinks(text.replace(NUMBER_LINK, MARK).replace(LINKED_CODE_NAME, "`$1`").replace(SENTENCE_OF_DROPPED, "").replace(POINTER_SENTENCE, "")))
        .replace(BRACKETED_POSSESSOR, "$1")
        .replace(LINK_ONLY_IN_BRACKETS, "")
        .replace(LINK_MARKS, "")
        .replace(/\s+/g, " ")
        .replace(KEYWORD_BEFORE_DROPPED, "")
        // "Fixes [#7092](…) ([ef272ff](…))": the commit's bracket goes first, so the issue's word ends the clause with it.
        .replace(DROPPED_IN_BRACKETS, "")
        .replace(LEAD_IN_REFERENCE[0], "")
        .replace(LEAD_IN_REFERENCE[1], "")
        .replace(LEAD_IN_REFERENCE[2], "")
        .replace(HANDLE_AFTER_DROPPED, "$1")
        .replace(NAME_AFTER_DROPPED, "$1")
        .replace(DROPPED_IN_BRACKETS, "")
        .replace(BRACKET_POINTING_AT_DROPPED, "")
        .replace(WORDS_POINTING_AT_DROPPED, "")
        .replace(DROPPED_AFTER_SENTENCE, "")
        .replace(DROPPED_BEFORE_PUNCTUATION, "")
        .replaceAll(MARK, ""));
}
function spaced(text) {
    return text
        .replace(/\s+/g, " ")
        // A line break after full-width punctuation became a space ("构建，\n从底层" → "构建， 从底层"): that
        // punctuation carries its own spacing, so CJK text follows it directly.
        .replace(WIDE_GAP, "")
        // hutool pads its module tags to one width ("【core   】      text"): the padding was for a fixed-width column.
        .replace(/【\s*([^【】\s][^【】]{0,40}?)\s*】\s*/gu, "【$1】")
        .trim();
}
const ANY_HANDLE = new RegExp(HANDLE, "g");
const ANY_REF = new RegExp(cleanup_REF, "g");
/** Nothing a reader can use: only punctuation, symbols, handles or references. */
function isEmptyText(text) {
    const rest = text
        .replace(ANY_HANDLE, "")
        .replace(ANY_REF, "")
        .replace(/`[^`]*`/g, (code) => (code.length > 2 ? "x" : ""));
    return !/[\p{L}\p{N}]/u.test(rest);
}
/** Applies `change` to the text outside code spans: "`npm i .`" is what the notes say. */
function outsideCode(text, change) {
    if (!text.includes("`"))
        return change(text);
    return text
        .split(/(`[^`]*`)/)
        .map((part, index) => (index % 2 === 1 ? part : change(part)))
        .join("");
}
/**
 * Closes the gap a removed credit leaves before punctuation ("fixed (#12) ." → "fixed."), but only before punctuation
 * that ends something: the dot of ".env", ".NET" or "…/.cur" starts a word and keeps its space.
 */
function closeUpPunctuation(text) {
    return text.replace(/\s+(?:([,.;:!?])(?=[\s)\]"'’”]|$)|([，。；：！？]))/gu, "$1$2");
}
// A bracket that only credits people, in any wording: "(With fixes in by @someone)", "(reported by Jane Doe, fixed
// by @b)", "(with help from @x)", "(由 @x 贡献)", "(@x さんありがとうございます)", "(@x 님 감사합니다)". What is left
// once its people and references are taken out is only words of crediting, and at least one person was there.
const BRACKET = /[\s,;]*[(（]([^()（）]{1,200})[)）]/gu;
// A name as a credit writes it, after the word that credits: "by Jane Doe", "thanks to John Smith and Ann Lee".
const cleanup_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]{0,40}){0,3}";
const NAMED_CREDIT = new RegExp(`\\b(by|from|thanks(?:\\s+to)?|thank you)\\s+${cleanup_NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${cleanup_NAME}){0,10}`, "gu");
const EMAIL_IN_CREDIT = new RegExp(OBFUSCATED_EMAIL, "giu");
const PLAIN_ISSUE = /\b(?:(?:github|gh)\s+)?issues?\s+\d{1,9}\b/giu;
const PERSON_IN_CREDIT = new RegExp(`${HANDLE}|${cleanup_REF}|GH-\\d{1,9}`, "gu");
const CREDIT_WORDS = new RegExp("\\b(?:with|fix(?:e[sd])?|in|by|and|thanks?|thank you|to|(?:reported|contributed|implemented|authored|suggested|submitted|proposed|reviewed|tested|co-authored|written|done|started|finished|completed|helped)(?:\\s+by)?|help|from|props|kudos|h\\/t|hat tip|original(?:ly)?|see|close[sd]?|resolve[sd]?|refs?|related(?: to)?|issues?|initial(?:ly)?|work|patch(?:es)?|prs?|pull requests?|reviews?|testing|ideas?|reports?|for|the|a|special|many|big|huge|also|via|cc|credits?|lots?|of|much|as|later|regression|some|bits)\\b" +
    "|感谢|感謝|贡献|貢献|由|提交|提供|实现|修复|反馈|报告|建议|帮助|支持|测试|的|さん|様|氏|ありがとうございます|ありがとうございました|ありがとう|に|より|님|께|감사합니다|고맙습니다|[\\s,;:!.&、，！。・]", "giu");
function isCreditBracket(content) {
    // "reworked by", "ported by": any deed done by someone credits them.
    // tmux's "(issue 5157 from github at jiku dot jp)", "(GitHub issue 4527)": plain-text issues and spelled-out addresses.
    const plain = content.replace(EMAIL_IN_CREDIT, " @person ").replace(PLAIN_ISSUE, " #1 ");
    const named = plain.replace(NAMED_CREDIT, (_match, word) => `${word} @person`).replace(/\b[a-z][a-z-]{2,20}ed\s+by\b/giu, "by");
    if (!/@|#\d|GH-\d/u.test(named))
        return false;
    return named.replace(PERSON_IN_CREDIT, " ").replace(CREDIT_WORDS, "").trim() === "";
}
function withoutCreditBrackets(text) {
    return text.replace(BRACKET, (bracket, content) => (isCreditBracket(content) ? "" : bracket));
}
// After a credit or reference went: a comma left before a bracket or an end ("Add X, (beta)"), a bracket left empty,
// a word left pointing at nothing at the end ("… via", "… thanks to", "… and").
const STRAY_COMMA = /\s*[,;]\s*(?=[(（])/gu;
const EMPTY_BRACKETS = /\s+[([（]\s*[)\]）]/gu;
// A passive verb whose agent was the reference goes with it ("…a regression caused by PR 12." → "…a regression.").
const DANGLING_END = /\s+(?:via|by|from|thanks(?:\s+to)?|thank you|and|with(?:\s+(?:fixes|help))?(?:\s+(?:in|from|by))*|(?:fixed|completed|landed|merged|done|released|shipped|included|introduced|implemented|resolved|addressed|reported|contributed|caused|triggered)\s+(?:in|by))(?=[.!。]?$)/iu;
/** The leftovers a removal leaves, tidied; only where something was removed, so "group by" in the notes stays. */
function withoutLeftovers(text) {
    let result = text.replace(EMPTY_BRACKETS, "");
    for (let round = 0; round < 3 && DANGLING_END.test(result); round += 1)
        result = result.replace(DANGLING_END, "").replace(/[\s,;]+$/u, "");
    return result;
}
// Words a bracket at an item's end qualifies the change with, never a person's name: "(Windows only)", "(Stable)",
// "(experimental)", "(Breaking Change)".
const QUALIFIERS = new Set(("only stable beta alpha rc preview experimental deprecated breaking change changes optional default unstable internal " +
    "required partial release candidate feature features support supported windows linux macos mac osx android ios ipados " +
    "unix bsd freebsd openbsd netbsd solaris aix web browser browsers server client desktop mobile api cli ui docs " +
    "documentation all platforms platform fix fixed bug bugs security regression performance lts edition version update " +
    "new legacy wip draft core plugin chrome chromium firefox safari edge node deno bun python java ruby go rust php x86 " +
    "x64 arm arm64 wasm electron gpu cpu tests test ci build typescript javascript minor major patch hotfix backport " +
    "revert reverted removed added updated improved important note opt-in opt-out enterprise premium pro community free " +
    "cloud high medium low critical moderate severe severity minor-severity and or for the of in on with not no default enabled disabled off by via again too also first part").split(" "));
// Particles inside a person's name: "Ludwig van Beethoven", "Ana de Souza".
const PARTICLES = /^(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|bin|al|ter|ten|y|e)$/u;
/** Whether a bracket's words are a person's name or handle (or a few, "Jane Doe and @bob"). */
function isPersonCredit(content, loose = false) {
    const people = content.split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
    return people.length > 0 && people.every((person) => {
        const words = person.split(" ");
        if (words.some((word) => QUALIFIERS.has(word.toLowerCase().replace(/^@/u, ""))))
            return false;
        // A version or a number ("(v2)", "(2024)") is no name; a handle may hold digits among letters ("tobil4sk").
        if (words.some((word) => /^v?\d/iu.test(word)))
            return false;
        // One word: a name or a handle in any case. More: each a capitalised name word, a particle, or a word of a script
        // without case.
        // A capital inside one word is an acronym or a name from code, the change's subject: tcpdump's "CVE-2018-14468
        // (FrameRelay)", "(AoE)", "(BGP)".
        // In a list already known to credit, a handle may have one ("eMerzh"); an acronym ("BGP") never is one.
        if (words.length === 1)
            return loose ? !/^[\p{Lu}\p{N}]+$/u.test(words[0] ?? "") : !/^.[\p{L}\p{N}_.'’-]*\p{Lu}/u.test(words[0] ?? "");
        return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && (PARTICLES.test(word) || /^\p{Extended_Pictographic}/u.test(word))) || /^\p{Lo}/u.test(word));
    });
}
// PHP's NEWS: "Fixed bug GH-15240 (Infinite recursion in trait hook). (ilutov)": after a finished sentence, a bracket
// that is only people ("(nielsdos)", "(timwolla, Colin Percival, Graham Percival)") is the change's credit.
const ONLY_BRACKET = /^[(（]\s*([^()（）[\]]{1,120}?)\s*[)）]\s*[.。;,]?$/u;
// A sentence that credits the release's contributors as a list, whoever they are and however linked: "The 3.1.0 release
// includes contributions from @a, [b], and c.", "Contributors: @a, @b". It goes whole: a part of it is bracket residue.
const CONTRIBUTIONS_SENTENCE = /^(?:(?:[^.!?]|\.(?=\d)){0,80}?\b(?:includes?|included|contains?|features?|has|had|brings?|with)\s+)?(?:(?:code|many|several|first[- ]time|new|community|external)\s+){0,2}contributions?\s+(?:from|by)\s+\S.{0,600}$|^(?:contributors?|contributed by)\s*[:：]?\s*@.{0,600}$/iu;
// One person as a translator's credit names them: a handle in any script ("@杨鹏"), or up to four capitalised or
// caseless words of a name ("Jane Doe", "李雷").
const ANY_PERSON = "(?:@[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'’-]{0,40}|[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]{0,40}(?:\\s[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’-]{0,40}){0,3})";
const ANY_PEOPLE = `${ANY_PERSON}(?:\\s*(?:[,，、&]|\\band\\b|和|与|及)\\s*${ANY_PERSON}){0,10}`;
// "译者：@x", "Translator: Jane Doe", "翻译：@x": who translated the change, in any language. A word for the person
// ("译者", "translator") credits whatever follows; a word for the work ("翻译", "translation") may be the change's
// subject ("翻译：补全德语"), so only a handle after it is a credit.
const TRANSLATOR_CREDIT = new RegExp(`^(?:(?:译者|譯者|翻訳者|翻译者|translators?|translated by|traducteurs?|übersetzer)\\s*[:：]?\\s*${ANY_PEOPLE}|(?:翻译|翻譯|翻訳|translations?)\\s*[:：]\\s*(?=@)${ANY_PEOPLE})\\s*[.。!！]?$`, "iu");
// Every TRANSLATOR_CREDIT names the translator or the translation by one of these.
const TRANSLATOR_HINT = /译|譯|翻|translat|traduct|übersetz/iu;
// A sentence that only thanks, naming no one: "Thank you!", "Thanks, everyone.", "谢谢！".
const ONLY_THANKS = /^(?:(?:many|big|huge)\s+)?(?:thanks?(?:\s+you)?|thank you all|kudos|cheers|谢谢|感谢|ありがとうございます|감사합니다)(?:\s*,?\s*(?:all|everyone|everybody|all of you|大家))?\s*[!.。！]*$/iu;
function isCreditSentence(sentence, index) {
    if (CONTRIBUTIONS_SENTENCE.test(sentence.trim()) || (TRANSLATOR_HINT.test(sentence) && TRANSLATOR_CREDIT.test(sentence.trim())))
        return true;
    const content = ONLY_BRACKET.exec(sentence)?.[1];
    // A one-word name holds no "_" or "." of code ("(html5_serializer)", "(php.ini)").
    return index > 0 && content !== undefined && !/^[^\s,]*[_.][^\s,]*$/u.test(content) && isPersonCredit(content, true);
}
// mypy's "(Jukka Lehtosalo, PR 20900)", "(Neil Schemenauer and Brian Schubert, PR 20850)": people and the pull request.
const NAME_WORD = "[\\p{L}@][\\p{L}\\p{M}\\p{N}.'’_-]{0,40}";
const NAMES = `${NAME_WORD}(?:\\s${NAME_WORD}){0,3}`;
const NAMES_AND_PR = new RegExp(`\\s*[(（]\\s*${NAMES}(?:\\s*(?:,|\\band\\b|&)\\s*${NAMES}){0,10}\\s*[,;]\\s*(?:PR|pull request|MR)s?\\s*#?\\d{1,9}(?:\\s*(?:,|and)\\s*#?\\d{1,9}){0,10}\\s*[)）]`, "giu");
// PHP's "Fixed bug #51558 (Shared readline build fails).", "Fixed bug GH-15192 (Segmentation fault in dom extension
// (html5_serializer))": the tracker's number goes, its title in brackets is what was fixed.
const FIXED_BUG_TITLE = /\b((?:[Ff]ix(?:ed|es)?|[Rr]esolved)(?:\s+(?:bug|issue|crash|regression))?)\s+(?:[\w.-]{1,100}\/[\w.-]{1,100})?(?:#|GH-)\d{1,9}\s*[(（]((?:[^()（）]|\([^()]*\))+)[)）](?=\s*(?:[.;,!]|$))/gu;
// git-cliff's author after a dash at the change's end: "Add any_added to outputs - (Jellyfrog)", "… - (Tonye Jack)",
// "… - (dependabot[bot])". The dash sets the bracket apart from the change's words, so one item alone says it.
const DASH_CREDIT = /(?<=^|\s)[-–—]\s*[(（]\s*([\p{L}@][^()（）\n]{0,80}?)\s*[)）]\s*$/u;
function withoutDashCredit(text) {
    const credit = DASH_CREDIT.exec(text);
    return credit && isPersonCredit(credit[1] ?? "", true) ? text.slice(0, credit.index).trimEnd() : text;
}
/** Credits and references in each sentence, so that one ending a sentence mid-text goes too. */
function withoutCredits(text) {
    let rest = withoutDashCredit(withoutHandleAsSubject(withoutTypedEntryPrefix(text)));
    for (const prefix of PREFIXES)
        rest = rest.replace(prefix, "");
    const all = sentences(rest);
    const kept = all
        // The thanks that closes a credit sentence ("… contributions from @a and @b. Thank you!") goes with it.
        .filter((sentence, index) => !isCreditSentence(sentence, index) && !(index > 0 && ONLY_THANKS.test(sentence.trim()) && isCreditSentence(all[index - 1] ?? "", index - 1)))
        .map((sentence) => {
        const named = PLAIN_NAME_CREDITS.reduce((text, pattern) => text.replace(pattern, ""), sentence);
        let result = withoutCreditBrackets(named.replace(FIXED_BUG_TITLE, "$1: $2").replace(NAMES_AND_PR, ""));
        // Both arms alike: TypeScript picks replace()'s overload by the replacement's type, so the union is split.
        for (const [pattern, replacement, hint] of CREDITS) {
            if (hint && !hint.test(result))
                continue;
            result = typeof replacement === "string" ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
        }
        result = withoutInnerHandleRuns(result);
        result = withoutTrailingReferences(withoutCreditBrackets(result).replace(STRAY_COMMA, " ").trim());
        // "…configuration. GH-9253": a sentence of references only is no words of the change.
        if (result.split(/\s+/u).every((token) => REF_TOKEN.test(token)))
            return "";
        return result === sentence ? result : withoutLeftovers(result);
    })
        .filter((sentence) => sentence && !isEmptyText(sentence));
    return joinSentences(kept);
}
// GitHub cuts a long commit subject when it becomes a pull request's title ("…that prevented quotin…"): a long line
// that ends with "…" right after a letter was cut by the notes, most likely inside a word.
const CUT_BY_NOTES = /^(.{40,}?\S)\s+\S*[\p{L}\p{N}]\u2026$/su;
// "Add `:on_join_through_conflict` option for": a line the notes broke off after a word that needs more after it (and
// lost the rest), with no mark of the cut.
const ENDS_MID_PHRASE = /^(.{20,}?\S)\s+(?:for|of|the|an?|and|or|with|into)$/su;
/**
 * Where a change's text opens a bracket it never closes, or -1: the outermost such bracket. A hard-wrapped bullet whose
 * next line starts "+ " or "- " ends there, the rest read as a sub-list ("물리 행 재배열(완전 순열" over "+ rowAddr
 * 재기입)…"). Code spans are skipped: "`fn(`" is code.
 */
function unclosedBracket(text) {
    const opens = [];
    let code = false;
    for (let at = 0; at < text.length; at += 1) {
        const char = text[at];
        if (char === "`")
            code = !code;
        else if (code)
            continue;
        else if (char === "(" || char === "（" || char === "[")
            opens.push(at);
        else if ((char === ")" || char === "）" || char === "]") && opens.length > 0)
            opens.pop();
    }
    return opens[0] ?? -1;
}
/** A change the notes themselves cut, back to its last whole word (or phrase) before the cut, or before a bracket
 *  the cut left open, and marked as cut; null for a whole one. */
function wholeWordsOfCut(text) {
    const cut = CUT_BY_NOTES.exec(text) ?? ENDS_MID_PHRASE.exec(text);
    // "…$newItem in set…" keeps "…$newItem…": the word the notes cut goes, and so does the "in" it needed.
    if (cut?.[1])
        return `${tidyHead(cut[1].replace(/[\s\p{P}]+$/u, ""))}\u2026`;
    const open = unclosedBracket(text);
    const before = open >= 20 ? text.slice(0, open).replace(/[\s\p{P}]+$/u, "") : "";
    return before.length >= 20 ? `${before}\u2026` : null;
}
// A sentence that is only kinds of change, maybe with a quantity: "Bug fixes and performance improvements.", "Minor fixes.".
// (One that speaks to readers, "Feel free to help us.", is a remark the prose rules weigh.)
const VAGUE_CHANGES = /^(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of))\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|stability|performance|documentation|docs)\b/iu;
/** Drops the sentences that name no change ("No significant changes.", "Please help us test this version…", "Bug fixes
 *  and performance improvements."). Without a full stop a vague phrase may be a heading, read as one elsewhere. */
function withoutContentFree(text) {
    const all = sentences(text);
    const kept = all.filter((sentence) => !isContentFreeSentence(sentence) && !(/[.!。！]$/u.test(sentence) && VAGUE_CHANGES.test(sentence) && namesNoChange(sentence)));
    return kept.length === all.length ? text : joinSentences(kept);
}
/** The text of one block as a post shows it, or "" when nothing worth showing is left. */
// "curl: add --ip-tos [41]": the numbers of the notes' own reference list, whose entries no post shows.
const NOTE_NUMBERS = /(?:\s*\[\d{1,4}\])+(?=[.!]?$)/u;
// "⚠️ Breaking: x", "💥 BREAKING CHANGE: x": an icon before the marker says it twice; without it the marker opens the line,
// where it makes the line a breaking change (see kinds.ts), not the end of a change before it ("add x BREAKING CHANGE: y").
const ICON_BEFORE_BREAKING = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*(?=(?:\[\s*)?breaking(?:[ -]changes?)?\s*(?:\]|[:：]))/iu;
// GitHub's merge commit subject quoted in a revert ('Revert "Merge pull request #2313 from x/y"'): a quote is the notes'
// words as written, so taking the number out of it would change them; it names no change a reader meets, so it goes.
const QUOTED_MERGE_TITLE = /\s*["“](?:Merge (?:pull request|PR) #\d{1,9} from|Merge (?:remote-tracking )?branch\s)[^"“”\n]{0,200}["”]/giu;
// "Revert \#2318 \#2320": an escaped "#" some generators write (github-changelog-generator) is a reference all the same.
const ESCAPED_REFERENCE = /\\#(?=\d)/gu;
// A change reduced to its verb once its references went ("Revert #2318 #2320" → "Revert"): it no longer says what.
const STUB_VERB = /^(?:revert(?:s|ed)?|reapply|undo|fix(?:e[sd])?|bump(?:s|ed)?|update[sd]?|merge[sd]?|backport(?:s|ed)?|cherry-pick(?:s|ed)?|port(?:s|ed)?|close[sd]?|resolve[sd]?|add(?:s|ed)?|remove[sd]?|修复|修正|回滚|还原|撤销|更新|合并|対応|追加|削除)[.:。：]?$/iu;
/** What removing references leaves around them: "()", "(,)", a bracket left open at the end, "问题。。". */
function withoutRemovalResidue(text, removed) {
    return outsideCode(text, (part) => 
    // "an empty [] literal" may be what the notes say; only where references went is "()" what is left of them.
    (removed ? part.replace(/(?:^|\s+)[([（]\s*[)\]）]/gu, "") : part)
        .replace(/\s*[([（]\s*[,;、/&][\s,;、/&]*[)\]）]/gu, "")
        .replace(/(?<=[。！？])\s*[。.](?![.。])|(?<=[.!?])\s+\.(?!\.)/gu, ""))
        .replace(/\s*[([（【]\s*[,;、]?\s*$/u, "")
        .trim();
}
// Gitee's issue ids ("#IJTNJK", "#I5ABC1"): "I" and five capitals or digits, a reference as "#12" is. Read in capitals
// only, so "#import" stays.
const GITEE_ISSUE = /(?<![\w`&#])#I[A-Z0-9]{5}(?![\w-])/gu;
// A merge commit's own title at the end of a change: Gitee's "… Merge pull request !364 from user/branch".
const MERGE_TAIL = /\s*\bMerge (?:pull request|PR) [#!]\d{1,9} from [\w./-]{1,200}$/iu;
// "See https://docs.example.org/…#config" at a change's end: a second link in a post that has the release's own; the
// notes' page is one tap away.
// (A pointer inside the sentence, "…translation, see https://…", stays: there the address may be the point.)
const SEE_URL = /(?:(?<=[.!?])\s+()(?:See|Cf\.|More (?:info(?:rmation)?|details)(?: (?:at|in))?:?)|\s*(\()(?:see|cf\.))\s+https?:\/\/\S+?(\))?([.。]?)$/u;
/** What stays of a "See <url>" tail: the full stop of the sentence it was in brackets inside. */
const afterSeeUrl = (_whole, _alone, open, close, stop) => (open && close ? stop : "");
// "…that has a location -- Jane Doe." with the name gone: the dashes that set it off stay behind.
const ORPHAN_DASHES = /\s+(?:--|—|–)\s*([.!?。]?)$/u;
// "…`git help --no-verbose -a`.." or '…-a"..': a full stop typed twice after a quotation, where a sentence ends. Inside
// code it is code: "`..` segments", "`../x`".
const DOUBLED_STOP = /(["'”’)`])\.\.(?=\s|$)/gu;
// Git's release notes credit the topic branch a change was merged from: "(merge cc4cb0902c en/merge-path-collision
// later to maint)." — a commit and a branch, no words for readers.
const GIT_MERGE_NOTE = /\s*\(merge [0-9a-f]{7,40} [\w./-]{1,200}(?: later to maint)?\)\.?/gu;
// An item that only says the list goes on ("etc.", "…", "and more", "等", "など"): no change of its own.
const ONLY_GOES_ON = /^(?:etc\.?|(?:and|&) (?:so on|(?:much |many )?more)|…+|\.{3,}|等等?|など|등등?|以及更多|还有更多)[\s.。!！…]*$/iu;
// A list marker or separator the references, credits or address before it left at the start: changesets' "[#1](…)
// [`1ef5800`](…) Thanks [@x](…)! - **[New] X**: …", "https://github.com/o/r/pull/621 - `[].splice()`".
const LEFT_SEPARATOR = /^(?:[-–—*•:：|]\s+)+(?=\S)/u;
// An issue tracker's address left as a change's tail: "… 수정 http://code.google.com/p/nabi/issues/detail?id=3", "… see
// https://bugs.example.org/show_bug.cgi?id=12". Where to read more, not the change. The word that pointed at it goes
// along ("… in https://github.com/o/r/pull/12", "(via <url>)"), or the item ends on a dangling "in"; after "by
// Jane Doe" the credit rules take the name and its "in <url>" as one.
const TRACKER_URL_TAIL = /\s*[([（]?\s*(?:\b(?<!\bby\s[^.!?\n]{1,80})(?:see|cf\.?|in|via|from|at)\s+|(?:参见|参考|参照|详见|詳見|참고)\s*[:：]?\s*)?https?:\/\/\S*?(?:\/issues?\/|\/pulls?\/|\/commits?\/[0-9a-f]{7,40}|\/merge_requests\/|\/bugs?\/|\/tickets?\/|\/tracker\/|show_bug\.cgi|[?&]id=\d)\S*?\s*[)\]）]?\s*[.。]?$/iu;
// Thanks in Japanese after a change: "… shirayu 氏に感謝します。", "… A 氏、B さんに感謝いたします。".
const JAPANESE_THANKS = /\s*(?:[\p{L}\p{N}_.@-]+\s*(?:氏|さん|様|殿)\s*(?:[、,]|と|および|及び)?\s*)+に(?:深く|心から)?感謝(?:します|いたします|致します|しています|申し上げます)?[。.！!]?/gu;
// A note on how the release was cut, not a change in it: "(Note: Version 5.2.0 was skipped due to issues with the
// automated CI release process.)", "Version 1.4.1 was never published."
const RELEASE_PROCESS_NOTE = /^[([（]?\s*(?:note\s*[:：]\s*)?(?:(?:the\s+)?(?:version|release|tag)\s+)?v?\d+(?:\.\d+)+[\w.+-]*\s+(?:was|has been|is|were)\s+(?:skipped|never (?:released|published|tagged)|not (?:released|published|tagged)|yanked|unpublished|withdrawn)\b[^)）]*[)）]?\s*[.。]?$|^[([（]\s*note\s*[:：][^)）]*\b(?:release|publish(?:ing)?|deploy(?:ment)?)\s+(?:process|pipeline|workflow|automation|job)\b[^)）]*[)）]\s*[.。]?$/iu;
// What a removed link or reference leaves of its bracket: "(, since v10.50.0)", "(see below, )" once "#12" went,
// "( )", "(,)", "（）". A call's "foo()" follows a word and stays; so does "[]", which is code or the notes' own words.
const BRACKET_LEFTOVERS = [
    [/\s*(?:（\s*[,，;；、]?\s*）|【\s*】)|(?<![\p{L}\p{N}_$\]>])\s*\((?:\s*[,;]\s*|\s+)\)/gu, ""],
    [/([(（])\s*[,，;；、]\s*(?=[^\s)）])/gu, "$1"],
    [/(?<=[^\s(（])\s*[,，;；、]\s*([)）])/gu, "$1"],
];
// An aside that points further into the notes ("(more on what that means later)", "(see below)", "(details below)"):
// no post has what it points at.
const FORWARD_ASIDE = /\s*\((?:see|more|details?|read more|explained|described|covered|discussed)\b[^()]{0,40}?\b(?:below|later|further down)\b[^()]{0,10}\)/giu;
/** Brackets that held only what was removed, tidied outside code; other text is returned as is. */
function withoutBracketLeftovers(text) {
    if (!/[(（【]/u.test(text))
        return text;
    return outsideCode(text, (part) => BRACKET_LEFTOVERS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), part));
}
// The word before "issue #12" that makes "issue" a noun of the sentence ("the issue", "zombie git proc issue"), not one
// that only points at the reference ("closes", "see", "in", "(").
const ISSUE_AS_NOUN = /(?<![\p{L}-])(?!(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see|in|via|from|for|per|and|or|also|to|on|at|by|with|cf|address(?:es|ed)?|part of|related(?: to)?|github|gitee|gitlab|gh|pr|mr)\s+$)\p{L}[\p{L}'-]*\s+$/iu;
// "…sql错误，github #184", "gitee #I7ABC1", "GitHub issue #12": a reference with the site it lives on; the site's name
// goes with the number, and the separator before it.
const SITE_NAMED_REF = /[\s,;，、；]*(?<![\w/.-])(?:github|gitee|gitlab|codeberg|gh)(?:\s+(?:issues?|prs?|mrs?|pull requests?|merge requests?))?\s*#(?:\d{1,9}|I[A-Z0-9]{5})(?![\w-])/giu;
// Addresses no reader can open: this machine ("http://localhost:3000/qrlogin.html", "127.0.0.1", "0.0.0.0", "[::1]") or
// a name on the local network ("printer.local"). The address goes; so does a bracket that held only such addresses, and
// the separator or pointing word one leaves. (In code marks it is a value the notes quote, and stays as written.)
const PRIVATE_HOST = String.raw `(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|[\w-]+(?:\.[\w-]+)*\.local)(?::\d{1,5})?(?:[/?#][^\s,，;；、)）\]】"'<>\x60]*)?`;
const PRIVATE_URL_MARK = "\u0002";
const PRIVATE_URL_HERE = new RegExp(String.raw `(?<![\w@.-])https?:\/\/${PRIVATE_HOST}`, "giu");
const PRIVATE_URL_BRACKET = new RegExp(String.raw `\s*[(（\[【]\s*${PRIVATE_URL_MARK}(?:\s*(?:[,，;；、/]|\band\b|和|及|或)?\s*${PRIVATE_URL_MARK})*\s*[)）\]】]`, "gu");
const PRIVATE_URL_LEFT = new RegExp(String.raw `(?:\s*(?:[,，;；、/]|\band\b|和|及|或))?\s*(?:\b(?:at|on|via)\s+|(?:地址[:：]?)\s*)?${PRIVATE_URL_MARK}(?:\s*[,，;；、/]\s*(?=${PRIVATE_URL_MARK}))?`, "giu");
/** The text without addresses no reader of the post can open (localhost, 127.0.0.1, *.local). */
function withoutPrivateUrls(text) {
    if (!/localhost|127\.|0\.0\.0\.0|\[::|\.local\b/iu.test(text))
        return text;
    const marked = outsideCode(text, (part) => part.replace(PRIVATE_URL_HERE, PRIVATE_URL_MARK));
    if (!marked.includes(PRIVATE_URL_MARK))
        return text;
    return marked.replace(PRIVATE_URL_BRACKET, "").replace(PRIVATE_URL_LEFT, "").replace(/^\s*[,，;；、:：]\s*/u, "").replace(/\s{2,}/gu, " ").trim();
}
/** What "issue #12" leaves: the word "issue" where it is the sentence's noun, nothing where it only named the reference. */
function issueAsNoun([, space, issue, offset, all]) {
    if (typeof space !== "string" || typeof issue !== "string" || typeof offset !== "number" || typeof all !== "string")
        return "";
    return ISSUE_AS_NOUN.test(all.slice(Math.max(0, offset - 40), offset + space.length)) ? `${space}${issue}` : "";
}
// Git's trailers, pasted from a commit's message into the notes: "Co-authored-by: Jane <jane@example.com>",
// "Signed-off-by: …". Credits, never a change, and their address must never reach a post (X links the domain). With an
// address (in angle brackets, or a mailto link Markdown made of it) the trailer goes wherever it stands; without one,
// only a name at the text's end ("…thing Co-authored-by: Jane Doe"), so a change about trailers keeps its words.
const TRAILER_KEY = "\\b(?:co-authored|signed-off|reviewed|acked|tested|reported|helped|suggested)-by\\s*:\\s*";
const TRAILER_EMAIL = `<?\\s*${LINK_OPEN}?(?:mailto:)?[\\w.+[\\]-]{1,100}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,6}${LINK_CLOSE}?\\s*>?`;
const TRAILER_WITH_EMAIL = new RegExp(`${TRAILER_KEY}[^<>\\n:${MARK}${LINK_OPEN}${LINK_CLOSE}@]{0,100}?\\s*${TRAILER_EMAIL}`, "giu");
const TRAILER_AT_END = new RegExp(`${TRAILER_KEY}([^<>\\n:${MARK}${LINK_OPEN}${LINK_CLOSE}]{1,100})$`, "iu");
function withoutTrailers(text) {
    if (!/-by\s*:/iu.test(text))
        return text;
    return outsideCode(text, (part) => {
        const rest = part.replace(TRAILER_WITH_EMAIL, "");
        const name = TRAILER_AT_END.exec(rest);
        return name && isPersonCredit((name[1] ?? "").trim(), true) ? rest.slice(0, name.index).trimEnd() : rest;
    });
}
// conventional-changelog's ", closes #12", whatever its reference became: a link whose text the generator mangled
// (", closes [/github.com/o/r/blob/…#L45-L51](https://github.com//github.com/…)"), a dropped link, a bare URL.
const CLOSES_TARGET = `(?:${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{0,300}${LINK_CLOSE}|${MARK}|${cleanup_REF}|GH-\\d{1,9}|https?:\\/\\/\\S{1,300})`;
const CREDIT_JOINER_LEFT = /\s+[-–—]\s+(?:和|与|及|and)$/u;
// "添加应用错误处理程序。关闭 #587", "…菜单。修复 #608": after the change's own sentence, the issue it closes.
const CJK_CLOSES_TRAILER = /([。！？.!?])\s*(?:关闭|修复|解决|修正|關閉|修復|解決)\s*#\d+(?:\s*(?:[,，、]|和|与)\s*#\d+)*(?=\s|$)/gu;
const CLOSES_TRAILER = new RegExp(`[,;]\\s*(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\s*:?\\s+${CLOSES_TARGET}(?:\\s*(?:[,;&]|\\band\\b)?\\s*${CLOSES_TARGET}){0,20}\\s*\\.?\\s*$`, "iu");
const TEMPLATE_IMAGE = /!\[[^\]\n]{0,200}\]\([^)\n]{0,300}\)/gu;
// "You can view the full security advisory: [GHSA-…](…)", "Read the migration guide here: [Upgrading](…)": a sentence
// leading in to one link, the link being what it offers. A post shows the link's words without it, a pointer to
// nothing: the sentence goes whole. (Three words or more before the colon: "Docs: [API](…)" is an item's area.)
const LINK_LEAD_IN = new RegExp(`(?:^|(?<=[.!?。！？]\\s+))([^.!?。！？:：\\n]{3,200})[:：]\\s*${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,200}${LINK_CLOSE}\\s*[.。]?\\s*$`, "u");
// A web address the notes ran into the next word ("<https://…/issues>에서 버그 신고"): the address ends where it ends.
// Only before Chinese, Japanese or Korean, where X's link ends too: an accented or Cyrillic letter is part of the
// address ("…/wiki/Café").
const URL_THEN_LETTER = /(https?:\/\/[!-~]+)(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
/** True when a sentence only points at a page ("You can view the full advisory", "For details"), by the pointer
 *  forms above: one that says what changed ("Identifiers now accept the full Unicode 15 range") keeps its words. */
const pointsAtPage = (lead) => POINTER_START.test(lead) || POINTER_VERB_START.test(lead) || POINTER_SUBJECT.test(lead);
/** The notes' text without a sentence that only led in to a link now gone. */
function withoutLinkLeadIn(text) {
    if (!text.includes(LINK_OPEN))
        return text;
    const match = LINK_LEAD_IN.exec(text);
    const lead = match?.[1] ?? "";
    if (!match || (lead.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 || lead.includes("`") || !pointsAtPage(lead.trim()))
        return text;
    return text.slice(0, match.index).trimEnd();
}
function cleanText(text) {
    if (RELEASE_PROCESS_NOTE.test(text.trim()))
        return "";
    if (isPointerKeyLine(text.trim()))
        return "";
    text = withoutTrailers(text);
    if (/clos|fix|resol/iu.test(text))
        text = text.replace(CLOSES_TRAILER, "").trimEnd();
    if (/关闭|修复|解决|修正|關閉|修復|解決/u.test(text))
        text = text.replace(CJK_CLOSES_TRAILER, "$1");
    text = withoutPrivateUrls(text);
    text = withoutLinkLeadIn(text);
    if (text.trim() === "")
        return "";
    // An image the parser left as text, its address being a site generator's template ("![Launch]({{ site.baseurl }}/a.png)").
    if (text.includes("!["))
        text = text.replace(TEMPLATE_IMAGE, "");
    if (text.includes("#"))
        text = outsideCode(text, (part) => part.replace(SITE_NAMED_REF, ""));
    text = text.replace(ICON_BEFORE_BREAKING, "").replace(QUOTED_MERGE_TITLE, "").replace(ESCAPED_REFERENCE, "#");
    if (/に(?:深く|心から)?感謝/u.test(text))
        text = text.replace(JAPANESE_THANKS, "");
    if (/https?:/u.test(text))
        text = text.replace(TRACKER_URL_TAIL, "");
    if (text.includes("#I"))
        text = outsideCode(text, (part) => part.replace(GITEE_ISSUE, MARK));
    text = text.replace(MERGE_TAIL, "");
    if (text.includes("(merge "))
        text = text.replace(GIT_MERGE_NOTE, "");
    if (ONLY_GOES_ON.test(text.trim()))
        return "";
    // A sentence that is only a credit ("Contributed by X in [#1](…)") goes whole below, not down to "Contributed".
    const uncredited = text.includes(MARK) && /\bby\s/iu.test(text) ? text.replace(CREDIT_BEFORE_DROPPED_LINK, "") : text;
    const credited = uncredited.replace(/[^\p{L}\p{N}\s]/gu, "").trim().split(/\s+/).length > 1 ? uncredited : text;
    // A link that only pointed is known by its marks: it goes before tidy() takes them off.
    let result = withoutCredits(tidy(withoutPointerLink(credited)));
    result = withoutPointers(tidy(result)).replace(NOTE_NUMBERS, "");
    // "This release includes a number of improvements since the last version.": says that changes exist, not which.
    result = withoutContentFree(result);
    // An item that ends on a separator (";", "；", "，": xxl-job's "…，提升查询性能；") goes on nowhere: it goes.
    result = withoutRemovalResidue(outsideCode(result, closeUpPunctuation), /[#@]/u.test(text) || text.includes(MARK) || text.includes(LINK_OPEN)).replace(/[\s,;:—–\-，；、]+$/u, (tail) => (tail.includes(":") ? ":" : "")).trim();
    // "… - 和", "… - and": what is left of a credit of two links ("by @a in <url> 和 <url>") once they are gone.
    result = withoutBracketLeftovers(result.replace(LEFT_SEPARATOR, "").replace(CREDIT_JOINER_LEFT, "")).replace(FORWARD_ASIDE, "").trim();
    // "`rebuildFsCache` ( `JITI_REBUILD_FS_CACHE`)": a bracket's inner space, the notes' typo or a removed word's.
    if (/\(\s|\s\)/u.test(result))
        result = outsideCode(result, (part) => part.replace(/\([ \t]+(?!\s)/gu, "(").replace(/(?<![\s(])[ \t]+\)/gu, ")"));
    result = result.replace(SEE_URL, afterSeeUrl).replace(ORPHAN_DASHES, "$1").replace(DOUBLED_STOP, "$1.");
    if (result.includes("://"))
        result = result.replace(URL_THEN_LETTER, "$1 ");
    if (isEmptyText(result) || isReleaseMetadata(result))
        return "";
    // Only a number in brackets ("(435)"), or a lone verb whose object was references: nothing a reader can use.
    if (/^[([（]?#?\d{1,9}[)\]）]?$/u.test(result) || (result !== text.trim() && STUB_VERB.test(result)))
        return "";
    return result;
}

;// CONCATENATED MODULE: ./src/notes/language.ts
// The language release notes are written in, and the few words the composer adds in it: the default opener,
// labels it has to make up, and the line that says how much was left out.

// Short words that only one of these languages uses often (words they share, like "de" or "que", are left out):
// counted over the notes, they say which language the sentences are in, whatever the names and code around them.
const STOP_WORDS = {
    en: new Set("the and of to is for with when that this be are now from on by it was an as at or not which has have will".split(" ")),
    pt: new Set("da das dos os em na nos ao aos com não são foi é agora também mais pelo pela está já ou seu sua uma quando".split(" ")),
    es: new Set("el los las del y al por ahora también más cuando ya pero sin este esta ser muy".split(" ")),
    de: new Set("der die das und ist für mit nicht von den dem ein eine zu im wird wurde auf bei jetzt auch wenn werden kann sind oder nun beim vom zum zur sich keine".split(" ")),
    fr: new Set("le les des du et est pour avec pas une dans qui au aux sur sont ne lors quand ce cette il être été sans peut".split(" ")),
};
/** Fewer hits than this say nothing: a line or two of notes, or a few foreign words in English ones. */
const MIN_STOP_WORDS = 8;
const MIN_DISTINCT = 4;
/** The same where not one English short word is among them. */
const MIN_STOP_WORDS_ALONE = 4;
const MIN_DISTINCT_ALONE = 3;
/** Portuguese, Spanish, German or French when their own short words clearly outnumber English's and each other's. */
function latinLanguage(sample) {
    // Code, links and names in code say nothing of the language the sentences are written in.
    const words = sample.replace(/`[^`]*`|https?:\/\/\S+/gu, " ").toLowerCase().match(/\p{L}+/gu) ?? [];
    const counts = Object.keys(STOP_WORDS).map((language) => {
        const found = words.filter((word) => STOP_WORDS[language].has(word));
        return { language, hits: found.length, distinct: new Set(found).size };
    });
    const english = counts.find((count) => count.language === "en")?.hits ?? 0;
    const [best, second] = counts.filter((count) => count.language !== "en").sort((a, b) => b.hits - a.hits);
    // Sentences use many different short words, and often: one word repeated, or a few among names, is no language.
    // Short notes of a few lines hold fewer: where English's words are missing altogether, fewer of another's tell
    // ("Corrige a listagem … na tela", three lines of Portuguese with not one "the" or "to").
    const [minimum, distinct] = english === 0 ? [MIN_STOP_WORDS_ALONE, MIN_DISTINCT_ALONE] : [MIN_STOP_WORDS, MIN_DISTINCT];
    if (!best || best.hits < minimum || best.distinct < distinct || best.hits < words.length * 0.08)
        return "en";
    if (best.hits < english * 2 || best.hits < (second?.hits ?? 0) * 1.5)
        return "en";
    return best.language;
}
// Names from code say nothing of the language around them: code spans, addresses, and words shaped like identifiers —
// camelCase or PascalCase ("setExecutorService", "useRedux", "HTTPConfig"), dotted or joined ("TreeUtil.buildSingle",
// "to_bean", "Env::add"), or holding digits ("SM2", "RFC7231").
const CODE_OR_ADDRESS = /`[^`]*`|https?:\/\/\S+/gu;
const CODE_LIKE = /[a-z][A-Z]|[A-Z]{2}[a-z]|[._:#/]\w|\d/u;
/** Words in Latin script that are no names from code. */
function latinWords(sample) {
    const tokens = sample.replace(CODE_OR_ADDRESS, " ").match(/[\p{Script=Latin}\d_.:#/'’-]+/gu) ?? [];
    return tokens.filter((token) => /\p{Script=Latin}/u.test(token) && !CODE_LIKE.test(token)).length;
}
/** Chinese, Japanese or Korean when their characters are about as many as the words of Latin script around them
 *  (a CJK character carries about a word); else Portuguese, Spanish, German or French when their words clearly
 *  make up the sentences; English otherwise. */
function detectLanguage(text) {
    const sample = text.slice(0, 20_000);
    if (!/\p{L}/u.test(sample))
        return "en";
    const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
    const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
    const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
    if (kana + han + hangul === 0 || kana + han + hangul < latinWords(sample))
        return latinLanguage(sample);
    if (hangul >= kana && hangul >= han)
        return "ko";
    if (kana > 0 && kana >= han * 0.1)
        return "ja";
    return "zh";
}
/** The counts said in a language's words, those of none left out, joined as the language joins a list. */
function countsSaid(counts, say, join) {
    const parts = ["dependencies", "docs", "internal"].filter((kind) => counts[kind] > 0).map((kind) => say(kind, counts[kind]));
    return join(parts);
}
const EN_MAINTENANCE = {
    dependencies: ["dependency update", "dependency updates"],
    docs: ["docs change", "docs changes"],
    internal: ["housekeeping change", "housekeeping changes"],
};
const EN_LABELS = {
    breaking: "⚠️ Breaking changes",
    security: "Security",
    highlight: "Highlights",
    feature: "Features",
    removal: "Removed",
    change: "Changes",
    performance: "Performance",
    fix: "Fixes",
    deprecation: "Deprecated",
    other: "Other changes",
    docs: "Docs",
    dependencies: "Dependencies",
    internal: "Maintenance",
};
const EN_NOUNS = {
    breaking: ["breaking change", "breaking changes"],
    security: ["security fix", "security fixes"],
    fix: ["fix", "fixes"],
    feature: ["feature", "features"],
    performance: ["performance improvement", "performance improvements"],
    dependencies: ["dependency update", "dependency updates"],
    docs: ["docs change", "docs changes"],
};
/** The counts of left-out changes users must act on, in brackets ("（含 2 项破坏性变更、1 项安全修复）"); "" when none. */
function urgentCounts(parts, open, separator, close) {
    const said = parts.filter((part) => part !== "");
    return said.length > 0 ? `${open}${said.join(separator)}${close}` : "";
}
/**
 * The "+N more" phrases of a language that counts every kind alike and says only how many break ("另有 40 项更新（含 35
 * 项破坏性变更）"): the post's line, and the thread's pointer, which is that line and `inNotes`.
 */
function countedMore(line, inNotes) {
    return {
        more: (count, _kind, breaking = 0, security = 0) => line(count, breaking, security),
        moreInNotes: (count) => `${line(count, 0, 0)}${inNotes}`,
        moreInNotesByKind: (counts) => {
            let total = 0;
            let breaking = 0;
            let security = 0;
            for (const [kind, count] of counts) {
                total += count;
                if (kind === "breaking")
                    breaking += count;
                if (kind === "security")
                    security += count;
            }
            return `${line(total, breaking, security)}${inNotes}`;
        },
    };
}
/**
 * "+9 more features, 12 fixes and 3 other changes": the kinds English has a noun for, in order, then the rest as one
 * count ("+12 more changes" when no kind has a noun).
 */
function enCountsByKind(counts) {
    const named = [];
    let others = 0;
    for (const [kind, count] of counts) {
        const noun = kind === null ? undefined : EN_NOUNS[kind];
        if (noun && count > 0)
            named.push(`${count} ${count === 1 ? noun[0] : noun[1]}`);
        else
            others += count;
    }
    if (others > 0)
        named.push(`${others} ${named.length > 0 ? "other " : ""}${others === 1 ? "change" : "changes"}`);
    const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1) ?? ""}` : (named[0] ?? "");
    return `+${list.replace(/^(\d+) /u, "$1 more ")}`;
}
const PHRASES = {
    en: {
        opener: "{repo} {version} is out!",
        label: (kind) => EN_LABELS[kind],
        more: (count, kind, breaking = 0, security = 0) => {
            const [one, many] = (kind && EN_NOUNS[kind]) ?? ["change", "changes"];
            const urgent = [
                ...(breaking > 0 && kind !== "breaking" ? [`${breaking} breaking`] : []),
                ...(security > 0 && kind !== "security" ? [`${security} ${security === 1 ? "security fix" : "security fixes"}`] : []),
            ];
            return `+${count} more ${count === 1 ? one : many}${urgent.length > 0 ? ` (${urgent.join(", ")})` : ""}`;
        },
        moreInNotes: (count) => `+${count} more ${count === 1 ? "change" : "changes"} in the full release notes.`,
        moreInNotesByKind: (counts) => `${enCountsByKind(counts)} in the full release notes.`,
        breakingSeeNotes: "⚠️ Breaking changes: the release notes say what to change.",
        headsUp: "Heads-up",
        colon: ":",
        maintenance: (counts) => `A maintenance release: ${countsSaid(counts, (kind, count) => `${count} ${EN_MAINTENANCE[kind][count === 1 ? 0 : 1]}`, (parts) => (parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}` : (parts[0] ?? "")))}.`,
    },
    zh: {
        opener: "{repo} {version} 发布了！",
        label: (kind) => ({
            breaking: "⚠️ 破坏性变更",
            security: "安全",
            highlight: "亮点",
            feature: "新功能",
            removal: "移除",
            change: "变更",
            performance: "性能",
            fix: "修复",
            deprecation: "废弃",
            other: "其他",
            docs: "文档",
            dependencies: "依赖",
            internal: "维护",
        })[kind],
        ...countedMore((count, breaking, security) => `另有 ${count} 项更新${urgentCounts([breaking > 0 ? `${breaking} 项破坏性变更` : "", security > 0 ? `${security} 项安全修复` : ""], "（含 ", "、", "）")}`, "，详见完整发布说明。"),
        breakingSeeNotes: "⚠️ 破坏性变更：迁移方法请见发布说明。",
        headsUp: "提前告知",
        colon: "：",
        maintenance: (counts) => `维护版本：${countsSaid(counts, (kind, count) => `${count} 项${{ dependencies: "依赖更新", docs: "文档更新", internal: "内部维护" }[kind]}`, (parts) => parts.join("、"))}。`,
    },
    ja: {
        opener: "{repo} {version} をリリースしました！",
        label: (kind) => ({
            breaking: "⚠️ 破壊的変更",
            security: "セキュリティ",
            highlight: "ハイライト",
            feature: "新機能",
            removal: "削除",
            change: "変更",
            performance: "パフォーマンス",
            fix: "修正",
            deprecation: "非推奨",
            other: "その他",
            docs: "ドキュメント",
            dependencies: "依存関係",
            internal: "メンテナンス",
        })[kind],
        ...countedMore((count, breaking, security) => `ほか ${count} 件の変更${urgentCounts([breaking > 0 ? `破壊的変更 ${breaking} 件` : "", security > 0 ? `セキュリティ修正 ${security} 件` : ""], "（うち", "、", "）")}`, "はリリースノートをご覧ください。"),
        breakingSeeNotes: "⚠️ 破壊的変更: 移行方法はリリースノートをご覧ください。",
        headsUp: "今後の予定",
        colon: ":",
        maintenance: (counts) => `メンテナンスリリースです（${countsSaid(counts, (kind, count) => `${{ dependencies: "依存関係の更新", docs: "ドキュメントの更新", internal: "内部の整備" }[kind]} ${count} 件`, (parts) => parts.join("、"))}）。`,
    },
    ko: {
        opener: "{repo} {version} 출시!",
        label: (kind) => ({
            breaking: "⚠️ 주요 변경 사항",
            security: "보안",
            highlight: "하이라이트",
            feature: "새 기능",
            removal: "제거",
            change: "변경",
            performance: "성능",
            fix: "수정",
            deprecation: "지원 중단",
            other: "기타",
            docs: "문서",
            dependencies: "의존성",
            internal: "유지 보수",
        })[kind],
        ...countedMore((count, breaking, security) => `외 ${count}개 변경 사항${urgentCounts([breaking > 0 ? `호환성이 깨지는 변경 ${breaking}개` : "", security > 0 ? `보안 수정 ${security}개` : ""], " (", ", ", " 포함)")}`, "은 전체 릴리스 노트를 참고하세요."),
        breakingSeeNotes: "⚠️ 주요 변경 사항: 마이그레이션 방법은 릴리스 노트를 참고하세요.",
        headsUp: "사전 안내",
        colon: ":",
        maintenance: (counts) => `유지 보수 릴리스입니다 (${countsSaid(counts, (kind, count) => `${{ dependencies: "의존성 업데이트", docs: "문서 업데이트", internal: "내부 정비" }[kind]} ${count}건`, (parts) => parts.join(", "))}).`,
    },
};
/** Phrases of a language that counts "+N more" the same way for every kind of change. */
function latinPhrases(labels, words) {
    const more = (count) => `+${count} ${count === 1 ? words.more[0] : words.more[1]}`;
    return {
        opener: words.opener,
        label: (kind) => labels[kind],
        more,
        moreInNotes: (count) => `${more(count)} ${words.inNotes}`,
        breakingSeeNotes: words.breakingSeeNotes,
        colon: words.colon ?? ":",
    };
}
const LATIN_PHRASES = {
    pt: latinPhrases({
        breaking: "⚠️ Mudanças incompatíveis",
        security: "Segurança",
        highlight: "Destaques",
        feature: "Novidades",
        removal: "Removido",
        change: "Mudanças",
        performance: "Desempenho",
        fix: "Correções",
        deprecation: "Obsoleto",
        other: "Outras mudanças",
        docs: "Documentação",
        dependencies: "Dependências",
        internal: "Manutenção",
    }, {
        opener: "{repo} {version} foi lançado!",
        more: ["outra mudança", "outras mudanças"],
        inNotes: "nas notas de versão completas.",
        breakingSeeNotes: "⚠️ Mudanças incompatíveis: as notas de versão dizem o que mudar.",
    }),
    es: latinPhrases({
        breaking: "⚠️ Cambios incompatibles",
        security: "Seguridad",
        highlight: "Destacados",
        feature: "Novedades",
        removal: "Eliminado",
        change: "Cambios",
        performance: "Rendimiento",
        fix: "Correcciones",
        deprecation: "Obsoleto",
        other: "Otros cambios",
        docs: "Documentación",
        dependencies: "Dependencias",
        internal: "Mantenimiento",
    }, {
        opener: "¡{repo} {version} ya está disponible!",
        more: ["cambio más", "cambios más"],
        inNotes: "en las notas de la versión.",
        breakingSeeNotes: "⚠️ Cambios incompatibles: las notas de la versión explican qué cambiar.",
    }),
    de: latinPhrases({
        breaking: "⚠️ Inkompatible Änderungen",
        security: "Sicherheit",
        highlight: "Highlights",
        feature: "Neue Funktionen",
        removal: "Entfernt",
        change: "Änderungen",
        performance: "Performance",
        fix: "Fehlerbehebungen",
        deprecation: "Veraltet",
        other: "Weitere Änderungen",
        docs: "Dokumentation",
        dependencies: "Abhängigkeiten",
        internal: "Wartung",
    }, {
        opener: "{repo} {version} ist erschienen!",
        more: ["weitere Änderung", "weitere Änderungen"],
        inNotes: "in den vollständigen Release Notes.",
        breakingSeeNotes: "⚠️ Inkompatible Änderungen: Was anzupassen ist, steht in den Release Notes.",
    }),
    fr: latinPhrases({
        breaking: "⚠️ Changements incompatibles",
        security: "Sécurité",
        highlight: "Points forts",
        feature: "Nouveautés",
        removal: "Supprimé",
        change: "Changements",
        performance: "Performances",
        fix: "Corrections",
        deprecation: "Obsolète",
        other: "Autres changements",
        docs: "Documentation",
        dependencies: "Dépendances",
        internal: "Maintenance",
    }, {
        // French sets a narrow no-break space before "!" and ":".
        opener: "{repo} {version} est disponible\u202F!",
        more: ["autre changement", "autres changements"],
        inNotes: "dans les notes de version complètes.",
        breakingSeeNotes: "⚠️ Changements incompatibles\u202F: les notes de version disent quoi modifier.",
        colon: "\u202F:",
    }),
};
function phrasesFor(language) {
    if (language === "pt" || language === "es" || language === "de" || language === "fr")
        return LATIN_PHRASES[language];
    return PHRASES[language];
}
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
// Conventional commit types that some notes use as headings ("Feats", "Perf").
// Seata's "feature:", "bugfix:", "optimize:" too.
const TYPE_HEADING = /^(?:feats?|features?|perf|deps|fix(?:es)?|bug ?fix(?:es)?|chores?|optimi[sz](?:e|ed|ations?)|opt|refactor|tests?)$/iu;
// Commit types whose kind's label says less than their own word: "optimize" is improving, not any change ("优化", not
// "变更").
const OPTIMISE = { zh: "优化", ja: "最適化", ko: "최적화", pt: "Otimizações", es: "Optimizaciones", de: "Optimierungen", fr: "Optimisations" };
const TYPE_WORDS = { optimize: OPTIMISE, optimise: OPTIMISE, optimization: OPTIMISE, optimisation: OPTIMISE, optimizations: OPTIMISE, optimisations: OPTIMISE, opt: OPTIMISE };
// Two-letter kind names are acronyms ("ci"), shown as the notes wrote them.
const ACRONYM_LABEL = /^[a-z]{1,2}$/u;
/** "enhancements", "bug fixes": a kind heading the notes wrote in lower case is shown capitalised, as a label starts a
 *  line ("Enhancements:"). A scope or a name ("core", "cli", "plugin/cache") is no kind heading and stays as written. */
function capitalisedKindLabel(label) {
    const marks = LEADING_MARKS.exec(label)?.[0] ?? "";
    const words = label.slice(marks.length).trim();
    if (!/^[a-z][a-z &-]*$/u.test(words) || ACRONYM_LABEL.test(words) || !(isCategoryName(words) || TYPE_HEADING.test(words)))
        return label;
    const meaning = headingMeaning(words);
    if (meaning === null || meaning === "generic" || meaning === "drop")
        return label;
    return `${marks}${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
/**
 * The label a post shows for one of the notes' own labels. A post speaks one language: in notes whose changes are
 * written in Chinese, Japanese, Korean or another language but whose headings are a changelog tool's English category
 * names ("Features", "🐛 Bug Fixes", "Added", "Perf"), the label is said in the post's language ("新功能", "🐛 修复"),
 * as the opener and "+N more" are. A label that names a part of the project ("Client", "i18n") or is written in the
 * notes' language stays as it is.
 */
function frameLabel(label, language) {
    const shown = capitalisedKindLabel(label);
    if (language === "en" || CJK_CHARACTER.test(label))
        return shown;
    const marks = LEADING_MARKS.exec(label)?.[0] ?? "";
    const words = label.slice(marks.length).trim();
    if (!/^[A-Za-z][A-Za-z &/-]*$/u.test(words) || !(isCategoryName(words) || TYPE_HEADING.test(words)))
        return shown;
    const meaning = headingMeaning(words);
    if (meaning === null || meaning === "generic" || meaning === "drop")
        return shown;
    const own = TYPE_WORDS[words.toLowerCase()]?.[language] ?? phrasesFor(language).label(meaning);
    // The notes' marker ("🐛") stays unless the post's label has its own ("⚠️ 破坏性变更").
    return LEADING_MARKS.test(own) || marks.trim() === "" ? own : `${marks.trim()} ${own}`;
}

;// CONCATENATED MODULE: ./src/notes/counted-lead-ins.ts
// A lead-in that announces how many changes follow ("Three changes that together…", "两个新功能：", "3つの新機能",
// "네 가지 방법"): it reads true only with all of them after it.
const EN_COUNTS = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const CJK_COUNTS = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 두: 2, 세: 3, 네: 4, 다섯: 5 };
// The count opens the sentence or a clause ("Auth — Three changes…", "the following two options"): "fixes two crashes"
// tells a change, it announces none.
const EN_COUNT = /(?:^|[—–:]\s*|\b(?:the following|these)\s+)(two|three|four|five|six|seven|eight|nine|ten|(?<![\d.,])[2-9])\s+(?:[a-z-]+\s+){0,2}?([a-z-]{2,}s)\b/iu;
// Time, size and people say how long, how big or who, not how many changes follow ("Two years after 1.0…").
const NOT_CHANGES = new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "bytes", "percent", "lines", "people", "contributors", "users", "stars", "downloads", "releases", "versions", "commits", "prs"]);
// CJK: the counter ends the sentence's point, a few characters from its end ("…四种自定义主题方式。").
const CJK_COUNT = /((?<![\d.,])[2-9]|[两二三四五六七八九十]|두|세|네|다섯)\s*(?:种|種|个|個|项|項|大|つの|가지|개의?)[^。！？.!?:：]{0,16}[。：:．.]?$/u;
// The sentence lists its items itself ("Three new hooks: useA, useB and useC.").
const ITEMS_INSIDE = /[:：]\s*\S{3,}/u;
/** How many changes `sentence` announces will follow it; null when it announces no count. */
function announcedCount(sentence) {
    const text = sentence.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "");
    // A tally ("2 dependency updates, 1 docs change and 3 chores") counts what it says, not what follows.
    if ((text.match(/\d+/gu) ?? []).length >= 2)
        return null;
    const english = EN_COUNT.exec(text);
    if (english && !NOT_CHANGES.has((english[2] ?? "").toLowerCase()) && !ITEMS_INSIDE.test(text.slice(english.index + english[0].length))) {
        const word = (english[1] ?? "").toLowerCase();
        return EN_COUNTS[word] ?? Number(word);
    }
    const cjk = CJK_COUNT.exec(text);
    if (!cjk)
        return null;
    const word = cjk[1] ?? "";
    return CJK_COUNTS[word] ?? Number(word);
}

;// CONCATENATED MODULE: ./src/notes/user-steps.ts
// What release notes tell users to do, in the three places a composer must not lose it: the step after a breaking
// change ("To keep the previous behavior, add `provideX()`.", "请使用 …", "… を使用してください", "…를 사용하세요"), what a
// known problem's notice asks ("please use 3.8.1", "downgrade"), and a sentence a cut must keep ("you should update to
// 1.8.7 first"). Pure text rules. (Steps the notes require to upgrade at all, a DB upgrade or a server config change,
// are upgrade-steps.ts.)
// The step after a breaking change. An English one opens with its verb, after a goal clause if any ("To keep X, add
// Y"; "If you relied on X, use Y").
const EN_VERBS = "use|add|replace|switch|migrate|call|set|install|import|pass|configure|provide|register|wrap|rename|update|change|move|pin|enable|disable|remove|run|upgrade|downgrade|include|specify|adopt";
const EN_STEP = new RegExp(`^(?:please |instead, |(?:to|if you|when you|for)\\b[^,.;:]{1,80}, (?:please |you (?:can|should|must|need to) )?)?(?:${EN_VERBS})\\b`, "u");
// Chinese, Japanese and Korean steps say "please" or "do this" in their own way.
const CJK_STEP = /^(?:[^。，,]{0,40}[，,]\s*)?请(?:改用|使用|添加|迁移|替换|更新|安装|设置|调用|配置|升级|移除|引入)|(?:してください|して下さい)[。.]?$|(?:하세요|하십시오|해 주세요|해주세요)[.。]?$/u;
/** True when `sentence` tells users what to do about the breaking change before it. */
function tellsStep(sentence) {
    const text = sentence.trim();
    if (text.length > 240)
        return false;
    return EN_STEP.test(text.toLowerCase()) || CJK_STEP.test(text);
}
// What a known problem's notice tells users to do: stay on or go back to a version, hold off upgrading, work around it.
const ACT_HINT = /use|stay|downgrade|roll ?back|revert|pin|avoid|wait|upgrad|workaround|work around|disable|回退|降级|使用|暂缓|避免|ダウングレード|使用して|待って|回避|다운그레이드|사용하|피하/u;
const TELLS_TO_ACT = /\b(?:please |we recommend (?:you )?|you (?:should|can|may want to) |we suggest (?:you )?)?(?:use|stay on|keep using|downgrade to|roll ?back to|revert to|pin(?: to)?)\s+(?:version\s+)?v?\d+(?:\.\d+)+|\b(?:downgrade|roll ?back|revert)\b|\b(?:avoid|hold off|wait (?:before|with)|do not|don't) (?:upgrading|updating|the upgrade|to upgrade|upgrade)\b|\bwork ?around\b|(?:回退|降级|退回)到?|请(?:暂时)?(?:使用|暂缓)|ダウングレード|(?:を)?使用してください|回避策|다운그레이드|(?:을|를) 사용하(?:세요|십시오)/u;
/** A known problem's text that tells users what to do about it ("please use 3.8.1", "downgrade", "avoid upgrading",
 *  "a workaround is…"): a notice users must act on, not an aside. */
function tellsToAct(text) {
    const lower = text.toLowerCase();
    return ACT_HINT.test(lower) && TELLS_TO_ACT.test(lower);
}
// A sentence that tells users what to do on upgrading: "you should update to 1.8.7 first", "you must re-run the migration".
const TELLS_USERS = /\byou(?:'ll)? (?:should|must|need to|have to|will need to|may need to)\b|\bmake sure (?:to|that|you)\b|\bupgrade (?:to [\w.`-]+ )?first\b|(?:需要|必须|请先)(?:升级|更新|迁移)|(?:してください|する必要があります)/iu;
/** True when `sentence` tells users what they must do on upgrading. */
const tellsUsers = (sentence) => TELLS_USERS.test(sentence);

;// CONCATENATED MODULE: ./src/notes/shorten.ts
// Shortens one entry to a room without cutting below its meaning: whole leading sentences first; else a cut at a
// clause or word boundary that keeps several words, never inside a word (any script), a link, brackets, quotes or
// code, never right before the number or code it is about, and never "…" after punctuation.



const ELLIPSIS = "\u2026";
const OPENERS = "([{（【「『“‘\"'`";
const CLOSERS = ")]}）】」』”’\"'`";
// The token right after a cut: a number, version or code is usually the fact the sentence is about.
const KEY_FACT = /^\s*(?:v?\d|`|"|“)/;
// Where a clause ends: a semicolon, or a dash between spaces. Not a colon: what comes before one leads in to what
// follows it ("the following rules now recognize them:"), and stopping there leaves the lead-in dangling.
// A comma before a clause that gives a reason or a detail ("…changed to 22.13.0, because on this version…") ends one too:
// what comes before it is the change. So does a CJK comma ("…1.23.2になり、…", "…，…"): a cut there ends on a verb, not
// on the particle of a clause the cut leaves open ("…`load_once`が…").
const CLAUSE_END = /^(?:[;；、，]|\s[—–]\s|,\s(?:because|since|which|so that|as it|as they|as this|allowing|making)\s)/iu;
const LEAD_IN_END = /^[:：]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Positions where a cut may end the text: after a word, outside links, brackets, quotes and code. */
function cutPoints(text, links, language) {
    const points = [];
    const inLink = (at) => links.some(([start, end]) => at > start && at < end);
    // Bracket and quote depth before each position; backticks and straight quotes toggle.
    const depthAt = new Array(text.length + 1).fill(0);
    let depth = 0;
    let code = false;
    let straightDouble = false;
    for (let index = 0; index < text.length; index += 1) {
        depthAt[index] = depth + (code ? 1 : 0) + (straightDouble ? 1 : 0);
        const char = text[index] ?? "";
        if (char === "`")
            code = !code;
        else if (code)
            continue;
        else if (char === '"')
            straightDouble = !straightDouble;
        else if (char !== "'" && OPENERS.includes(char))
            depth += 1;
        else if (char !== "'" && CLOSERS.includes(char))
            depth = Math.max(0, depth - 1);
    }
    depthAt[text.length] = depth + (code ? 1 : 0) + (straightDouble ? 1 : 0);
    const segmenter = new Intl.Segmenter(language, { granularity: "word" });
    for (const { index, segment, isWordLike } of segmenter.segment(text)) {
        const end = index + segment.length;
        if (!isWordLike || end >= text.length)
            continue;
        // Only where the word really ends: a space or punctuation follows ("fix-up", "v1.2", "a/b" are one token),
        // or a CJK text goes on (its words have no spaces between them).
        const after = text[end] ?? "";
        const ends = /[\s,;:!?、，。；：！？)\]）」』]/u.test(after) || CJK.test(after) || CJK.test(text[end - 1] ?? "");
        if (!ends)
            continue;
        if ((depthAt[end] ?? 0) > 0 || inLink(end))
            continue;
        points.push(end);
    }
    return points;
}
// A bracketed aside of three words or more, with the space before it; code spans inside it stay whole.
const shorten_ASIDE = /\s*\((?:[^()`\n]|`[^`\n]*`)*\)/gu;
/** `sentence` without its bracketed asides, or as it is when it has none. */
function withoutAsides(sentence) {
    return sentence.replace(shorten_ASIDE, (aside, at) => {
        // Inside a code span ("`call(a, b, c)`") brackets are code.
        const inCode = (sentence.slice(0, at).match(/`/gu)?.length ?? 0) % 2 === 1;
        return !inCode && aside.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 3 ? "" : aside;
    });
}
// What a piece cut from the middle of a sentence starts with ("…and XML_SetParamEntityParsing…", "which allows…"):
// words that lean on the part before them, and so carry no meaning of their own at a piece's start.
const LEANING_START = /^(?:\u2026\s*)?(?:(?:and|or|but|nor|so|then|also|plus|as well as|which|who|that|while|whereas|because|since|when|where|thus|hence|allowing|making|avoiding)\b[\s,]*)+/iu;
// Words that only join the others; a piece of them and one name says nothing ("…and the `foo`…").
const FUNCTION_WORD = /^(?:and|or|but|the|a|an|to|of|for|with|without|in|on|at|by|from|into|via|as|that|which|is|are|was|be|it|its|this|these|those|also|now|not|no)$/iu;
/** Enough left to mean something: several words, or a phrase's worth of CJK characters, past any "scope:" and any
 *  word that leans on what was cut before it; two of the words must say something of their own. */
function keepsMeaning(head) {
    const body = withoutTags(head.replace(LEANING_START, ""));
    const content = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word) && !FUNCTION_WORD.test(word.replace(/[^\p{L}\p{N}]/gu, "")));
    if (!CJK.test(body) && content.length < 2)
        return false;
    const cjk = body.match(new RegExp(CJK.source, "gu"))?.length ?? 0;
    const words = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    return cjk >= 8 || words >= 4 || cjk + words * 2 >= 8;
}
// What opens an entry before its words: a scope ("runtime-core: "), or tags in square brackets ("[Rust,ダウンローダー] ").
const TAGS = /^(?:\[[^\]\n]{1,40}\]\s*)*(?:[^\s:：]{1,40}[:：]\s*)?/u;
const withoutTags = (text) => text.replace(TAGS, "");
/** Words (CJK characters count half a word) of `text` past its tags: how much a text says, to weigh a cut by. */
function weight(text) {
    const body = withoutTags(text);
    const cjk = body.match(new RegExp(CJK.source, "gu"))?.length ?? 0;
    const words = body.replace(new RegExp(CJK.source, "gu"), " ").split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    return words + cjk / 2;
}
// A cut that keeps seven words says something whatever it left out; a shorter one must keep a good part of its sentence:
// "Fix a keypair webapp login…" of a 27-word fix, or "11件の…" of a security fix, names no change.
const SAYS_ENOUGH_WORDS = 7;
const SAYS_ENOUGH_SHARE = 0.3;
/** True when the cut `head` keeps enough of `sentence` to stand for it. */
function keepsEnoughOf(head, sentence) {
    const kept = weight(head);
    return kept >= SAYS_ENOUGH_WORDS || kept >= weight(sentence) * SAYS_ENOUGH_SHARE;
}
// A sentence that says what was done about the one before it ("The command was taught to create a stash.", "This has
// been fixed.", "Now it …", "To remedy this, `--exec` now…", "现已修复"): the sentences before it only state the
// problem, and shown alone they say the opposite of the change.
const RESOLUTION = /^(?:(?:now|from now on|starting with this release|with this (?:release|change|version)|as of this release)\b|this (?:version|release)(?: of [\w.-]+)? (?:now|no longer)\b|(?:[\w`'"./-]+\s+){1,6}now\s+\p{L}|(?:this|these|that|it|they|the (?:\w+ ){0,2}(?:command|option|code|bug|issue|problem|behaviou?r|function|method|tool|setting|default|check))\b.{0,80}?\b(?:has|have|was|were|is|are) (?:now |been |also )*(?:fixed|corrected|resolved|addressed|taught|changed|updated|adjusted|improved|made|reworked|removed|prevented)\b|.{0,120}\b(?:has|have) been (?:fixed|corrected|resolved|addressed)\b|.{0,80}\b(?:is|are) now (?:restored|reverted|fixed|back|working again)\b|.{0,40}\b(?:was|were|has been|have been) taught\b|(?:an? )?(?:\w+ )?(?:attempt|effort) (?:is|was|has been) made to\b|to (?:remedy|fix|address|solve|resolve|prevent|mitigate|avoid) (?:this|that|it|these|the (?:issue|problem|risk)s?)\b)|^.{0,40}(?:现已|已经?)(?:修复|修正|解决)|^.{0,40}(?:修正しました|解消しました|直しました)/iu;
// The words that only point back at the problem before a fix says what it does.
const REMEDY_LEAD = /^to (?:remedy|fix|address|solve|resolve|prevent|mitigate|avoid) (?:this|that|it|these|the (?:issue|problem|risk)s?),?\s*/iu;
// What a sentence that states a problem says: behaviour that was wrong, or what it used to do, or a risk users ran
// ("…is an all-too-common pitfall").
const PROBLEM = /\b(?:previously|historically|used to|did not|didn't|does not|doesn't|could not|couldn't|cannot|can't|failed|fails|would|gave|broken|incorrect(?:ly)?|wrong(?:ly)?|unexpected(?:ly)?|crash(?:ed|es)?|hang|hung|errors?|bug|regression|leak(?:ed|s)?|only one|ignored|mistakenly|broke|regressed|so far|until now|in (?:earlier|older|previous|prior) (?:versions?|releases?)(?: of [\w.-]+)?|(?:changed|removed) in a breaking (?:manner|way)|pitfalls?|vulnerable|unsafe|insecure)\b|(?:卡顿|失败|报错|崩溃|不能|无法|错误|問題|できない|失敗|不具合)/iu;
// A sentence that opens with what was done ("Reverts a regression…", "Fixes a crash…", "修复…") says the change itself,
// however much of the problem it names.
const DONE = /^(?:fix(?:e[sd])?|resolve[sd]?|revert(?:s|ed)?|correct(?:s|ed)?|prevent(?:s|ed)?|avoid(?:s|ed)?|restore[sd]?|address(?:es|ed)?|repair(?:s|ed)?|patch(?:es|ed)?|work(?:s|ed)? around|handle[sd]?|no longer)\b|^(?:修复|修正|解决|解決|対応)/iu;
// A sentence that says what version or target users now get, from one to another: "raises the target from `es5` to
// `es2018`", "targetを `es5` から `es2018` に引き上げ", "最低版本从 16 升级到 18", "최소 버전을 16에서 18로 올림".
const shorten_VERSION = "`?v?[\\w.@^~>=<-]{0,20}\\d[\\w.]{0,20}`?";
const BUMP = new RegExp(`\\bfrom ${shorten_VERSION} to ${shorten_VERSION}|${shorten_VERSION}\\s*から\\s*${shorten_VERSION}\\s*(?:に|へ)|从\\s*${shorten_VERSION}\\s*(?:升级|提升|提高|调整|更新|改)?(?:到|至|为)\\s*${shorten_VERSION}|${shorten_VERSION}\\s*에서\\s*${shorten_VERSION}\\s*(?:으로|로)`, "u");
const bumps = (sentence) => /\d/u.test(sentence) && /from |から|从|에서/u.test(sentence) && BUMP.test(sentence.toLowerCase());
/** True when the first `count` of `parts` state a problem and the sentence after them resolves it. */
function leavesOutResolution(parts, count) {
    const next = parts[count];
    const head = parts.slice(0, count);
    if (DONE.test(head[0] ?? ""))
        return false;
    return next !== undefined && RESOLUTION.test(next) && head.some((part) => PROBLEM.test(part)) && !head.some((part) => RESOLUTION.test(part));
}
/**
 * The longest form of `text` that fits `room` (as `rules` counts) and still says something: leading whole
 * sentences, else a cut of the first sentence ending in "…". Null when no such form exists. A problem is shown with the
 * sentence that fixes it, unless `lastResort` (a post that would otherwise show no change at all).
 */
function shorten(text, room, rules, language = "en", lastResort = false) {
    const fits = (candidate) => rules.length(candidate) <= room;
    const parts = sentences(text);
    let whole = "";
    let kept = 0;
    for (let count = 1; count < parts.length; count += 1) {
        const head = joinSentences(parts.slice(0, count));
        if (!fits(head))
            break;
        whole = head;
        kept = count;
    }
    // A problem without the sentence that fixes it is no way to show a fix: the fix shows too, cut if need be.
    const stated = Math.max(kept, 1);
    if (!lastResort && leavesOutResolution(parts, stated)) {
        const problem = joinSentences(parts.slice(0, stated));
        const fix = shorten(parts[stated] ?? "", room - rules.length(`${problem} `), rules, language);
        // "The command was taught…" says no more than the problem: the fix keeps six words at least, past "To remedy this,".
        const saysFix = fix !== null && (!fix.endsWith(ELLIPSIS) || fix.replace(REMEDY_LEAD, "").split(/\s+/u).length >= 6 || CJK.test(fix));
        const both = saysFix ? joinSentences([problem, fix]) : null;
        if (both !== null && fits(both))
            return both;
        // "To remedy this, `--exec` now only allows safe conversions." says the fix whole once its pointer back goes: where
        // the problem and its fix do not fit together, the fix alone does.
        const remedy = parts[stated] ?? "";
        if (!REMEDY_LEAD.test(remedy))
            return null;
        const alone = remedy.replace(REMEDY_LEAD, "");
        const fixAlone = alone.charAt(0).toUpperCase() + alone.slice(1);
        return fits(fixAlone) ? fixAlone : null;
    }
    // What users must do ("… you should update to 1.8.7 first.") outweighs the background before it ("This is additional
    // hardening against …"): where it would be left out, it takes that background's place.
    const caveat = kept > 0 ? parts.findIndex((part, at) => at >= kept && (tellsUsers(part) || bumps(part))) : -1;
    for (let count = kept; caveat > 0 && count >= 1; count -= 1) {
        const withCaveat = joinSentences([...parts.slice(0, count), parts[caveat] ?? ""]);
        if (fits(withCaveat))
            return withCaveat;
    }
    // So does a version users meet ("targetを `es5` から `es2018` に引き上げ"), alone if need be: the why before it ("to
    // build with TypeScript v6, the tsconfig was updated") is the maintainers' side of the change.
    const bump = parts.find((part, at) => at >= Math.max(kept, 1) && bumps(part));
    if (bump !== undefined && !parts.slice(0, kept).some(bumps) && fits(bump))
        return bump;
    if (whole && keepsMeaning(whole))
        return whole;
    const first = parts[0] ?? text;
    // An aside in brackets ("(the check moved into the compilers package)") goes before any of the sentence does: the
    // sentence stays whole, with the end it was written to have.
    const bare = withoutAsides(first);
    if (bare !== first && fits(bare) && keepsMeaning(bare))
        return bare;
    // A title before its description ("… on nested Struct now builds the model - An empty object (`{}`) default whose
    // type…"): the title is the change, whole; a cut into the description ends on a word that needs the rest.
    const title = titleClause(first);
    if (title !== null && fits(title) && keepsMeaning(title))
        return title;
    // No need to look further than the room could ever hold (a URL weighs at most 23, a character at least 1).
    const window = first.slice(0, room * 4 + 200);
    const points = cutPoints(window, rules.links(window), language);
    const ellipsis = rules.length(ELLIPSIS);
    // The weight grows with the cut point: find the last point that fits, then step back past poor cuts.
    let low = 0;
    let high = points.length - 1;
    let best = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const head = tidyHead(window.slice(0, points[middle]));
        if (rules.length(head) + ellipsis <= room) {
            best = middle;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    // A clause that ends near the best cut is a better place to stop than mid-clause ("…hooks; the following rules
    // now recognize them…" stops at "hooks…"): the reader gets a whole thought.
    const bestAt = points[best] ?? 0;
    for (let index = best; index >= 0 && (points[index] ?? 0) >= bestAt * 0.45; index -= 1) {
        const at = points[index] ?? 0;
        if (!CLAUSE_END.test(window.slice(at, at + 12)))
            continue;
        const head = tidyHead(window.slice(0, at));
        if (head && keepsMeaning(head) && keepsEnoughOf(head, first))
            return `${head}${ELLIPSIS}`;
    }
    for (let index = best; index >= 0; index -= 1) {
        const at = points[index] ?? 0;
        if (KEY_FACT.test(window.slice(at)) || LEAD_IN_END.test(window.slice(at, at + 1)))
            continue;
        const head = tidyHead(window.slice(0, at));
        if (!head || !keepsMeaning(head) || !keepsEnoughOf(head, first))
            return null;
        if (/[.!?。！？]$/u.test(head))
            return head;
        return `${head}${ELLIPSIS}`;
    }
    return null;
}
// A title, then a dash or a colon and a description that starts anew in capitals: "Fix X - An empty object …",
// "Support for Y: The parser now …". Four words at least before a colon ("cli: Add …" is a scope, not a title).
const TITLE_DASH = /^(\S.{10,}?\S)\s+[-–—]\s+(?=[\p{Lu}`])/u;
const TITLE_COLON = /^((?:\S+\s+){3,}\S*[^\s:])[:：]\s+(?=\p{Lu})/u;
// A title that says what happened: it opens on a verb ("Add …", "Drop …") or has one ("… now builds the model",
// "… is no longer …"). A title that only names a thing or an area ("Pydantic v2 dataclass optional nested-model default
// factory", "Changes to the command line interface") leaves the change in the description: no title to keep.
const TITLE_SAYS_CHANGE = /^(?!(?:changes|updates|improvements|fixes|additions|tweaks)\s+(?:to|for|in|of)\b)(?:add|fix|drop|remove|rename|replace|deprecate|support|allow|enable|disable|make|use|require|change|move|prevent|avoid|expose|introduce|improve|update|upgrade|speed up|skip|keep|handle|ensure)(?:s|es|ed|d)?\b|\b(?:now|no longer|is|are|was|were|has|have|will|must|cannot|can)\b/iu;
/** The title clause of a sentence with a description after it, when it says the change; null otherwise. */
function titleClause(sentence) {
    const title = (TITLE_DASH.exec(sentence) ?? TITLE_COLON.exec(sentence))?.[1] ?? null;
    return title !== null && TITLE_SAYS_CHANGE.test(title) ? title : null;
}
// Where a clause of a sentence may end for the rest to go on in the next post: before a semicolon or a dash, or a
// word that starts a clause ("…anymore when the key…", "…which allows you…").
const CLAUSE_BREAK = /^(?:\s*[;；，]\s*|\s[—–]\s|,?\s(?=(?:which|who|whose|when|where|while|because|since|unless|until|although|though|whereas|instead of|without|so that)\s))/iu;
// "and", "but", "or" (after a comma or not) end a clause too ("…exception rendering and add support…"), unless they
// close a list of names ("traits, middleware, exceptions, and commands"), which must stay whole.
const JOINER = /^,?\s(?=(?:and|but|or|so|allowing|making|avoiding|thus)\s)/iu;
/** True when the text may be cut at `at` for its clause to go on in the next post. */
function clauseBreakAt(text, at) {
    const after = text.slice(at, at + 24);
    if (CLAUSE_BREAK.test(after))
        return true;
    return JOINER.test(after) && !closesList(text, at);
}
/** True when the words before `at` are the last of a list of short names after a comma ("…, middleware, exceptions"). */
function closesList(text, at) {
    const before = text.slice(Math.max(0, at - 50), at);
    const comma = before.lastIndexOf(",");
    return comma >= 0 && before.slice(comma + 1).trim().split(/\s+/u).length <= 3;
}
/**
 * The head of `text`'s first sentence up to a clause boundary, the longest that fits `room` with its "…", for a
 * thread to carry the rest of the sentence on into the next post; null when no clause boundary leaves enough on both
 * sides (a head or a rest of a few words would be a crumb).
 */
function clauseHead(text, room, rules, language = "en") {
    const first = sentences(text)[0] ?? text;
    const window = first.slice(0, room * 4 + 200);
    const ellipsis = rules.length(ELLIPSIS);
    const points = cutPoints(window, rules.links(window), language);
    for (let index = points.length - 1; index >= 0; index -= 1) {
        const at = points[index] ?? 0;
        if (!clauseBreakAt(first, at))
            continue;
        const head = tidyHead(first.slice(0, at));
        if (!head || rules.length(head) + ellipsis > room)
            continue;
        if (!keepsMeaning(head))
            return null;
        if (keepsMeaning(first.slice(at).replace(/^[\s,;；，—–]+/u, "")))
            return `${head}${ELLIPSIS}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/notes/locale-items.ts
const LOCALE_HEADING = /^(?:i18n|l10n|locales?|translations?|locali[sz]ations?|internationali[sz]ations?|国际化|本地化|多语言|翻译|語言|言語|翻訳|多言語|번역|다국어|현지화)$/iu;
// Said of the strings themselves: "Add Georgian translation", "Update nbNO locale", "翻译日文 locale 中的 …". (A fix "for
// certain locales" fixes code every locale runs.)
const LOCALE_WORDS = /^(?:(?:add(?:s|ed)?|new|update[sd]?|improve[sd]?|complete[sd]?|translate[sd]?|sync(?:ed)?)\s|新增|添加|增加|更新|补充|完善|翻译|翻訳)[^.!?。]{0,40}?(?:\b(?:locales?|translations?|i18n|l10n)\b|翻译|翻訳|번역|语言包|言語パック)/iu;
/** True when the entry is only a language's strings: under an i18n heading, or saying locale or translation. */
function onlyLocale(entry) {
    if (entry.kind === "breaking" || entry.kind === "security")
        return false;
    return (entry.label !== null && LOCALE_HEADING.test(entry.label.trim())) || LOCALE_WORDS.test(entry.text);
}

;// CONCATENATED MODULE: ./src/notes/thread-order.ts
// The order a thread reads its changes in, and the blocks no break between posts may split. A maintainer writing a
// thread goes section by section: all the changes under one label stand together (the label comes back only at the
// top of the next post, to continue its group), the sections in rank order, a paragraph's sentences together and in
// source order. A sentence that leans on the one before it ("It also…", "This means…", "また、…") never opens a post
// without it, and a lead-in ("The following rules are now recommended:") goes with the change it introduces.


// "This release…", "This version…" name the release and lean on nothing; "This means…", "These…", "It also…" do.
const LEANING_EN = /^(?:it|its|it's|they|their|them|these|those|that|this(?!\s+(?:release|version|update|patch|build)\b)|also|additionally|moreover|furthermore|however|but|and|or|so|then|thus|hence|therefore|instead|otherwise|likewise|similarly|still|yet|besides|plus|such|both|as a result|in addition|on top of that|for (?:example|instance)|the (?:latter|former))\b/iu;
// …and so do "このリリース", "这个版本", "該版本".
const LEANING_CJK = /^(?:また|さらに|これ|この(?!(?:リリース|バージョン|版|アップデート))|それ|その|ただし|なお|しかし|加えて|此外|另外|同时|同時|(?:这|這|该|該)(?!(?:个|個)?(?:版本|发布|發布|更新))|此(?!次?(?:版本|发布|發布|更新|升级))|它|但|并且|而且|因此|또한|이는|이것|이를|이로써|이러한|그러나|하지만|따라서)/u;
// …or sets such a word between commas after its subject: "The website, however, will reference 2.0.", "Users, in
// turn, must…".
const LEANING_ASIDE_EN = /^[^,.;:!?]{1,60},\s*(?:however|though|instead|therefore|thus|hence|in turn|as a result|in that case|on the other hand|by contrast|in contrast|meanwhile|too|also|as well|then)\s*,/iu;
// …or whose subject, after an opening clause, points back at what the sentence before it said: "While there are still
// many steps ahead of us, this important milestone already brings…", "With that, these changes…". (Not "this release",
// which names the release.)
const LEANING_SUBJECT_EN = /^[^,.;:!?]{1,60},\s*(?:this|these|that|those|such)\s+(?:[a-z-]+\s+){0,2}(?:milestones?|work|efforts?|changes?|improvements?|additions?|steps?|features?|updates?|refactors?|rewrites?)\b/iu;
/** True when a sentence opens with a word that points back at the sentence before it, or sets one after its subject. */
function leansBack(text) {
    const start = text.replace(/^[…\s"'“‘(（「]+/u, "");
    return LEANING_EN.test(start) || LEANING_CJK.test(start) || LEANING_ASIDE_EN.test(start) || (start.includes(",") && LEANING_SUBJECT_EN.test(start));
}
/** A sentence that announces what follows it ("The following rules are now recommended:"). */
const isLeadIn = (entry) => entry !== undefined && entry.prose && /[:：]$/u.test(entry.text.trim());
/** The label an entry is shown under in a thread: its own, or its kind's when the thread has labels. */
function threadLabel(entry, labelled, phrases) {
    return entry.label ?? (labelled && !entry.prose ? phrases.label(entry.kind) : null);
}
/** The group an entry stands in: its label (or its kind's), else its paragraph, else the one group of unlabelled changes. */
function groupKey(entry, labelled, phrases) {
    const label = threadLabel(entry, labelled, phrases);
    // Under one label, items and prose stay together; unlabelled prose keeps its own paragraph.
    return label !== null ? `l${label}` : entry.prose ? `p${entry.paragraph}` : "l";
}
/**
 * The ranked entries in thread order: groups in rank order (their most important change, or a paragraph's first
 * sentence; then source order), each whole; within a group the ranked order, a paragraph's sentences in source order
 * where its first ranked one stands.
 */
function threadOrder(ranked, phrases, leadSummary = true) {
    const labelled = ranked.some((entry) => entry.label !== null);
    const groups = new Map();
    const summary = leadSummary ? leadingSummary(ranked) : null;
    const chain = summary ? leaningOn(ranked, summary) : [];
    const told = summary ? [summary, ...fitting(summary, chain)] : [];
    for (const entry of ranked) {
        if (told.includes(entry))
            continue;
        // The summary's leaning sentences past its room go: alone they would lean on nothing.
        if (chain.includes(entry))
            continue;
        const key = groupKey(entry, labelled, phrases);
        let group = groups.get(key);
        if (!group) {
            group = { rank: threadRank(entry), order: entry.order, entries: [] };
            groups.set(key, group);
        }
        // A paragraph of its own stands where its first sentence ranks: one sentence that says "breaking" must not pull
        // the whole introduction ahead of the breaking changes themselves.
        if (!key.startsWith("p"))
            group.rank = Math.min(group.rank, threadRank(entry));
        else if (entry.order < group.order)
            group.rank = threadRank(entry);
        group.order = Math.min(group.order, entry.order);
        group.entries.push(entry);
    }
    if (summary)
        groups.set("summary", { rank: SUMMARY_RANK, order: summary.order, entries: told });
    // A group of only a language's strings ("i18n") waits behind the groups of its rank that every user meets.
    const locale = (group) => Number(group.entries.every(onlyLocale));
    return [...groups.values()].sort((a, b) => a.rank - b.rank || locale(a) - locale(b) || a.order - b.order).flatMap((group) => inReadingOrder(thread_order_withoutAsides(group.entries)));
}
/**
 * Where an entry's group stands in a thread: its group rank, except that a listed removal ("Removed", "Deprecations and
 * Removals", "移除") of what users wrote against stands where removed public API does, before the features: what users lose is what they must act
 * on, and a thread that opens with "Added" leaves it for a later post. (A single post ranks each change for itself.)
 */
const threadRank = (entry) => (entry.kind === "removal" && !entry.prose && USED_BY_USERS.test(entry.text) ? Math.min(groupRank(entry), REMOVED_API_RANK) : groupRank(entry));
// What users wrote against: API they were told would go, code they name, a platform's support. ("Remove extra button"
// tidies the interface, and waits with the other changes.)
const USED_BY_USERS = /\bdeprecated\b|`|\bsupport for\b|废弃|弃用|不再支持|非推奨|サポート(?:を)?終了|사용 중단|지원(?:을)? 중단/iu;
/** Where the notes' one-line summary stands: after the notes' word that this is a security release, before the rest. */
const SUMMARY_RANK = RANK.breaking - 0.25;
/** A summary up to this long (one sentence naming the release's main changes) leaves the first post room for more. */
const SUMMARY_LENGTH = 170;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A text's length with CJK characters counted twice, as X and most readers' eyes do. */
const width = (text) => [...text].length + (text.match(WIDE)?.length ?? 0);
/** A heading over the release summed up in a sentence or two. */
const SUMMARY_HEADING = /^(?:summary|overview|tl;?\s?dr|at a glance|概要|概述|摘要|总结|總結|요약|개요)$/iu;
/**
 * The notes' own one-line summary ("A release of search speed-ups and a new training-data pipeline."): a short
 * sentence that opens the notes, unlabelled or under a "Summary" heading, and says what the release is about. It
 * opens the thread on its own, before the breaking changes (the rest of its paragraph stays where the paragraph
 * ranks), so that a long breaking section never takes every post while what the release is about waits at the end.
 * Null when the notes open otherwise.
 */
function leadingSummary(ranked) {
    let first = null;
    for (const entry of ranked)
        if (!first || entry.order < first.order)
            first = entry;
    if (!first || !first.prose || first.kind !== "highlight" || width(first.text) > SUMMARY_LENGTH)
        return null;
    if (first.label !== null && !SUMMARY_HEADING.test(first.label.trim()))
        return null;
    // A sentence that ends in a colon introduces what follows it; one that advises ("Be aware that…") sums nothing up. The
    // sentences that lean on it go with it (leaningOn) as far as its room goes.
    if (isLeadIn(first) || first.advisory === true)
        return null;
    // A long summary ("… Furthermore, …") leads by its first sentence, which names the headline; the sentences leaning on
    // it that do not fit go (fitting).
    return first;
}
/** The leading sentences of `chain` that fit the summary's room after `summary`. */
function fitting(summary, chain) {
    let used = width(summary.text);
    const kept = [];
    for (const entry of chain) {
        used += width(entry.text) + 1;
        if (used > SUMMARY_LENGTH)
            break;
        kept.push(entry);
    }
    return kept;
}
/**
 * The sentences right after `opening` in its paragraph that lean on the one before them ("This release adds a new
 * router." then "Furthermore, …"): they stand with it wherever it goes, never alone after another paragraph.
 */
function leaningOn(ranked, opening) {
    const next = new Map(ranked.filter((entry) => entry.prose && entry.paragraph === opening.paragraph).map((entry) => [entry.order, entry]));
    const chain = [];
    for (let entry = next.get(opening.order + 1); entry !== undefined && leansBack(entry.text); entry = next.get(entry.order + 1))
        chain.push(entry);
    return chain;
}
/**
 * A paragraph that opens with a change ends where its sentences turn to remarks that name none (ranked "other"):
 * what follows them would come out of context, and the remarks would take the room of the changes after it.
 */
function thread_order_withoutAsides(entries) {
    const firsts = new Map();
    for (const entry of entries) {
        const first = firsts.get(entry.paragraph);
        if (entry.prose && (!first || entry.order < first.order))
            firsts.set(entry.paragraph, entry);
    }
    const ends = new Map();
    for (const entry of entries) {
        const first = firsts.get(entry.paragraph);
        if (!entry.prose || !first || RANK[first.kind] >= RANK.other || RANK[entry.kind] < RANK.other)
            continue;
        ends.set(entry.paragraph, Math.min(ends.get(entry.paragraph) ?? Infinity, entry.order));
    }
    return entries.filter((entry) => !entry.prose || entry.step === true || entry.order < (ends.get(entry.paragraph) ?? Infinity));
}
/** A group's entries with each paragraph's sentences together, in source order, where its first one was ranked. */
function inReadingOrder(entries) {
    const first = new Map();
    entries.forEach((entry, index) => {
        if (entry.prose && !first.has(entry.paragraph))
            first.set(entry.paragraph, index);
    });
    const place = (entry, index) => (entry.prose ? (first.get(entry.paragraph) ?? index) : index);
    return entries
        .map((entry, index) => ({ entry, key: place(entry, index) }))
        .sort((a, b) => a.key - b.key || (a.entry.prose && b.entry.prose ? a.entry.order - b.entry.order : 0))
        .map(({ entry }) => entry);
}
/**
 * The thread's entries cut into blocks: a change alone; a sentence with the sentences after it that lean on it; a
 * lead-in with the change right after it in the notes. A lead-in whose change does not follow it in the thread is
 * left out: alone it says nothing.
 */
function threadBlocks(ranked, phrases, leadSummary = true) {
    const summary = leadSummary ? leadingSummary(ranked) : null;
    const order = threadOrder(ranked, phrases, leadSummary);
    const labelled = ranked.some((entry) => entry.label !== null);
    const blocks = [];
    let leadIn = null;
    let leadInLeans = false;
    order.forEach((entry, index) => {
        const last = blocks.at(-1);
        // A sentence that leans on the one right before it goes where that one goes.
        const leans = entry.prose && last !== undefined && last.entries.at(-1) === order[index - 1] && isSentenceBefore(order[index - 1], entry) && leansBack(entry.text);
        if (isLeadIn(entry)) {
            const next = order[index + 1];
            const introduces = next !== undefined && next.order > entry.order && next.order <= entry.order + 1;
            leadIn = introduces ? entry : null;
            leadInLeans = introduces && leans;
            return;
        }
        const entries = leadIn ? [leadIn, entry] : [entry];
        if (last && (leans || leadInLeans))
            last.entries.push(...entries);
        else {
            const head = entries[0] ?? entry;
            const block = { entries, group: groupKey(entry, labelled, phrases), rank: RANK[entry.kind], paragraph: head.prose ? head.paragraph : null };
            if (entry === summary)
                block.summary = true;
            blocks.push(block);
        }
        if (last && leadInLeans)
            last.group = groupKey(entry, labelled, phrases);
        leadIn = null;
        leadInLeans = false;
    });
    return blocks;
}
/** True when `previous` is the sentence right before `entry` in the same paragraph. */
function isSentenceBefore(previous, entry) {
    return previous !== undefined && previous.prose && previous.paragraph === entry.paragraph && previous.order === entry.order - 1;
}

;// CONCATENATED MODULE: ./src/notes/layout.ts
// Lays ranked entries out as posts: one post filled with the most important changes, or a thread that reads group
// by group (thread-order.ts), fills each post, leaves no crumb posts, stops at its cap with a pointer to the full
// notes, and numbers its posts when asked. Lengths are the network's (rules): added up line by line while filling,
// and every post measured whole before it is kept.







const layout_BULLET = "\u2022 ";
/** A group's lines: its items as bullets, its prose sentences joined back into their paragraphs. */
function groupLines(items, label) {
    const lines = [];
    const mark = label === null ? "" : leadingMark(label);
    let paragraph = -1;
    // Changes keep the order they were picked in (most important first); a paragraph's sentences stay in source order,
    // where its first picked sentence stands.
    const first = new Map();
    items.forEach(({ entry }, index) => {
        if (entry.prose && !first.has(entry.paragraph))
            first.set(entry.paragraph, index);
    });
    // A paragraph that stands above all the group's listed changes in the notes introduces them: it goes first.
    const firstChange = Math.min(...items.filter(({ entry }) => !entry.prose).map(({ entry }) => entry.order));
    const place = ({ entry }, index) => (entry.prose ? (entry.order < firstChange ? -1 : (first.get(entry.paragraph) ?? index)) : index);
    const ordered = items.map((item, index) => ({ item, key: place(item, index) })).sort((a, b) => a.key - b.key || a.item.entry.order - b.item.entry.order);
    for (const { entry, text: shownText } of withoutShortCounts(ordered.map(({ item }) => item))) {
        // "⚠️ Breaking changes:" then "• ⚠️ Support …": the label already shows the item's marker.
        const text = mark && !entry.prose && leadingMark(shownText) === mark ? shownText.replace(LEADING_MARK, "") : shownText;
        if (entry.prose && entry.paragraph === paragraph && lines.length > 0)
            lines[lines.length - 1] = joinSentences([lines.at(-1) ?? "", text]);
        else
            lines.push(entry.prose ? text : layout_BULLET + text);
        paragraph = entry.prose ? entry.paragraph : -1;
    }
    return lines;
}
/**
 * A group's items without a sentence that announces more changes than follow it ("Three changes that…" over two, "…四种
 * 自定义主题方式。" over one): the reader counts. What follows it: the group's changes after it, its paragraph's later
 * sentences.
 */
function withoutShortCounts(items) {
    return items.filter(({ entry, text }, index) => {
        if (!entry.prose)
            return true;
        const count = announcedCount(text);
        if (count === null)
            return true;
        const after = items.slice(index + 1).filter((other) => !other.entry.prose || other.entry.paragraph === entry.paragraph);
        return after.length >= count;
    });
}
const LEADING_MARK = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u;
/** The emoji a text starts with, without variation selectors ("⚠️" and "⚠" are one mark); "" when none. */
const leadingMark = (text) => (LEADING_MARK.exec(text)?.[0] ?? "").replace(/[\uFE0F\s]/gu, "");
/**
 * The notes part of a post: groups (a label, then its items or paragraphs), then "+N more". Items without a label get
 * their kind's label when anything else in the post has one: under "⚠️ Breaking changes:", an unlabelled feature would
 * read as breaking. A single post orders its groups by where their most important change stands (`standing`, its
 * kind's rank when none is given; then source order), so that a change users must act on comes before the features
 * whatever its kind; a thread post (`thread`) keeps the order its changes come in, so that a group the post before
 * left open goes on at its top.
 */
function renderBody(shown, more, phrases, thread, standing = groupRank) {
    const labelled = thread?.labelled ?? shown.some(({ entry }) => entry.label !== null);
    const groups = new Map();
    for (const item of shown) {
        const { entry } = item;
        const label = threadLabel(entry, labelled, phrases);
        // Under one label, items and prose stay together; unlabelled prose keeps its own paragraph.
        const key = groupKey(entry, labelled, phrases);
        let group = groups.get(key);
        if (!group) {
            group = { rank: thread ? groups.size : standing(entry), order: entry.order, label, items: [] };
            groups.set(key, group);
        }
        if (!thread)
            group.rank = Math.min(group.rank, standing(entry));
        group.order = Math.min(group.order, entry.order);
        group.items.push(item);
    }
    // A post that goes on with the group the post before ended with repeats its label: a reply is often read alone.
    // A group of only a language's strings ("i18n") waits behind the groups of its rank that every user meets.
    const locale = (group) => (thread ? 0 : Number(group.items.every(({ entry }) => onlyLocale(entry))));
    const blocks = [...groups.values()]
        .sort((a, b) => a.rank - b.rank || locale(a) - locale(b) || a.order - b.order)
        .map(({ items, label }) => ({ items, label, lines: groupLines(items, label) }))
        // A group whose only line was a count it could not keep shows nothing, not even its label.
        .filter(({ lines }) => lines.length > 0)
        .map(({ items, label, lines }) => {
        const body = lines.join("\n");
        // A label that holds a colon already ("Smooth Corners: Native CSS Squircles") would read "…Squircles:" with one more;
        // one that ends in its own "?" or "!" ("What’s New?", "New!") would read "?:".
        return label ? `${warned(label, items, phrases)}${/[:：]|[?!？！]$/u.test(label) ? "" : phrases.colon}\n${body}` : body;
    });
    if (more)
        blocks.push(more);
    return blocks.join("\n\n");
}
/**
 * A group's label, with the breaking changes' warning sign when the group shows one under a label of its own that does
 * not warn ("Tauri Core Plugins" under the notes' "Breaking Changes"): a reader must see that it breaks.
 */
function warned(label, items, phrases) {
    if (leadingMark(label) !== "" || layout_SAYS_BREAKING.test(label) || !items.some(({ entry }) => entry.kind === "breaking"))
        return label;
    const sign = LEADING_MARK.exec(phrases.label("breaking"))?.[0] ?? "";
    return `${sign}${label}`;
}
const layout_SAYS_BREAKING = /breaking|incompatib|破坏|不兼容|破壊|互換|호환/iu;
/** The number line of a thread post ("2/4"). */
const numberLine = (index, total) => `${index + 1}/${total}`;
/**
 * A thread post this full or more is left as it is when the next change does not fit whole: the change opens the next
 * post. Below it, the change is cut at a clause and goes on at the top of the next post, so that no post is a crumb.
 */
const FULL_ENOUGH = 0.6;
/** How many blocks a thread post looks past, for a later one of its group that fits; a last post or a single post: more. */
const LOOK_AHEAD = 8;
const LAST_LOOK_AHEAD = 40;
// A change that is only a name in code, with no word of what happened to it.
const BARE_NAME = /^\s*`[^`]+`[.:]?\s*$/u;
const emptyTally = () => ({ groups: new Set(), group: null, paragraph: null });
/** A block whose group is a label (thread-order.ts groups labelled changes "l…", prose paragraphs "p…"). */
const underLabel = (block) => block.group.startsWith("l");
const entriesOf = (blocks) => blocks.flatMap((block) => block.entries);
// Chinese and Japanese set no space between words, and Korean's spaced words are long: two of their letters count as a
// word, so "Snack3 序列化不再…" weighs what it says, not its two spaced runs.
const WIDE_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** How many words a text says, its CJK letters counted two to a word. */
function wordsIn(text) {
    const wide = text.match(WIDE_LETTERS)?.length ?? 0;
    const spaced = text.replace(WIDE_LETTERS, " ").split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    return spaced + Math.floor(wide / 2);
}
/** A cut that still says four words of its own once its tag (`tag`, matched at its start) is set aside. */
const saysEnough = (short, tag) => wordsIn(short.replace(tag, "")) >= 4;
// An advisory's scope ("xmlwf: "); any tag up to its colon ("漏洞修复：", "core: ").
const ADVISORY_SCOPE = /^[\s\p{P}]*[\w./|-]{1,30}:\s/u;
const ANY_TAG = /^[^\s:：]{1,30}[:：]\s*/u;
class Packer {
    input;
    threadStyle;
    constructor(input, threadStyle = null) {
        this.input = input;
        this.threadStyle = threadStyle;
    }
    fits(text) {
        return this.input.rules.fits(text);
    }
    /** The text of post `index` of `total` (total 0: not numbered) holding `shown`, with a closing line if any. */
    post(index, total, shown, closing) {
        if (closing === null)
            return this.compose(index, total, shown, null);
        // The closing line's wordings, longest first (see pointer): the first that fits is the one the post shows.
        const wordings = closing.split(OR);
        for (const wording of wordings) {
            const text = this.compose(index, total, shown, wording);
            if (this.fits(text))
                return text;
        }
        // The post goes without its closing line; the filling takes changes back instead when the line could fit (at a
        // tiny limit even "+3 more" may not fit on its own).
        if (wordings.some((wording) => this.fits(this.compose(index, total, [], wording))))
            this.closingLost = true;
        return this.compose(index, total, shown, null);
    }
    /**
     * Paragraphs that tell of a breaking change or a security fix the notes list nowhere else: never cut off (cutProse),
     * read on in the next post instead (Rust's "If you do not call `str::repeat` you are not affected…"). Where the
     * notes also list changes of that kind, the list says it and the paragraph shows by its leading sentences.
     */
    urgent = null;
    urgentParagraph(paragraph) {
        if (this.urgent === null) {
            // Prose under a heading read as breaking ("⚠️ Heads-Up Before Upgrading") has that heading's label, not its kind.
            const { phrases } = this.input;
            const label = (kind) => phrases.label(kind);
            const urgentKind = (entry) => RANK[entry.kind] <= RANK.security ? entry.kind : entry.label === label("breaking") ? "breaking" : entry.label === label("security") ? "security" : null;
            const listed = new Set(this.input.ranked.filter((entry) => !entry.prose).map(urgentKind));
            this.urgent = new Set(this.input.ranked.filter((entry) => entry.prose && urgentKind(entry) !== null && !listed.has(urgentKind(entry))).map((entry) => entry.paragraph));
        }
        return paragraph !== null && paragraph !== undefined && this.urgent.has(paragraph);
    }
    /** Set when post() left out a closing line that a post with fewer changes would have had room for. */
    closingLost = false;
    /** The prose sentences of the notes by paragraph and order: which sentence has one before it. */
    sentenceKeys = null;
    /** True when `entry` is a sentence that leans on the one before it in the notes, and `shown` lacks that one. (One
     *  with none before it, an announcement the opener replaced, leans on the opener: "It includes upgrades to…".) */
    leansOnUnshown(entry, shown) {
        if (!entry.prose || !leansBack(entry.text))
            return false;
        this.sentenceKeys ??= new Set(this.input.ranked.filter((other) => other.prose).map((other) => `${other.paragraph}:${other.order}`));
        if (!this.sentenceKeys.has(`${entry.paragraph}:${entry.order - 1}`))
            return false;
        return !shown.some((item) => isSentenceBefore(this.origin(item.entry), entry));
    }
    compose(index, total, shown, closing) {
        const body = renderBody(shown, closing, this.input.phrases, this.threadStyle ?? undefined, this.input.standing);
        const text = index === 0 ? this.input.renderFirst(body) : body;
        return total > 0 ? `${text}\n\n${numberLine(index, total)}` : text;
    }
    /** The post's length when the network accepts it, else null. */
    measure(text) {
        return this.fits(text) ? this.input.rules.length(text) : null;
    }
    /** True when post `index` holds `shown` and its closing line within the limit. */
    holds(index, total, shown, closing) {
        if (this.over(() => this.post(index, total, shown, closing)))
            return false;
        const text = this.post(index, total, shown, closing);
        return closing === null || closing.split(OR).some((wording) => text.includes(wording));
    }
    /** True when the post `text` is over, or left out a closing line it had room for without its last change. */
    over(text) {
        this.closingLost = false;
        return !this.fits(text()) || this.closingLost;
    }
    /** Cuts an entry that does not fit whole (`cut`: shorten, or a clause cut) into the post `make` builds around it. */
    cutInto(entry, make, cut = this.shortened) {
        const { rules } = this.input;
        // Start from the room the post has without this entry, then tighten until the whole post fits.
        const ready = this.ready(entry);
        const without = rules.length(make({ entry: ready, text: "" }));
        // A closing line has a shorter wording for a fuller post (pointer): the room may be that much larger.
        for (let room = rules.maxLength - without + CLOSING_PLAY; room > 0;) {
            const text = cut(ready.text, room);
            if (!text)
                return null;
            const shown = { entry: ready, text };
            this.closingLost = false;
            const post = make(shown);
            const length = rules.length(post);
            const lost = this.closingLost;
            if (length <= rules.maxLength && this.fits(post) && !lost)
                return shown;
            // A post that fits only by leaving out its closing line ("+8 more changes") needs a shorter cut than this one.
            room = lost ? Math.min(room - 1, rules.length(text) - 1) : room - Math.max(1, length - rules.maxLength);
        }
        return null;
    }
    shortened = (text, room) => shorten(text, room, this.input.rules, this.input.language);
    lastResort = (text, room) => shorten(text, room, this.input.rules, this.input.language, true);
    clauseCut = (text, room) => clauseHead(text, room, this.input.rules, this.input.language);
    /** A shortened form that keeps whole sentences, whole clauses ("Fixed header injection in the mail transport…") or
     *  most of its words, never a quarter of them ("The HTTP 1.0 and 1.1 server provided…"). */
    wholeClauses = (text, room) => {
        const short = this.shortened(text, room);
        if (!short?.endsWith(ELLIPSIS))
            return short;
        // What went is only the ids in brackets at its end, or less than half its words: the advisory is there.
        const words = (value) => wordsIn(value.replace(/\s*[([（][^()[\]（）]*[)\]）]/gu, " "));
        return words(short) * 2 >= words(sentences(text)[0] ?? text) ? short : this.clauseCut(text, room);
    };
    /** A second advisory cut: whole clauses that still say what was fixed. Its id and scope say no word of it: a cut
     *  that keeps fewer than four words of its own ("CVE-… -- xmlwf: Integer overflow…") is a stub: the count names it. */
    advisoryClauses = (text, room) => {
        const short = this.wholeClauses(text, room);
        if (!short?.endsWith(ELLIPSIS))
            return short;
        return saysEnough(short.replace(layout_ADVISORY_ID, " "), ADVISORY_SCOPE) ? short : null;
    };
    /** A cut after other changes that still says something of its own: four words at least beside its tag ("漏洞修复：Snack3
     *  序列化不再…" says three, and the count tells it better). */
    sayingCut = (text, room) => {
        const short = this.shortened(text, room);
        if (!short?.endsWith(ELLIPSIS))
            return short;
        return saysEnough(short, ANY_TAG) ? short : null;
    };
    /** Only the whole leading sentences of a change: what it says first, without the details after it. */
    leadingSentences = (text, room) => {
        const short = this.shortened(text, room);
        return short && !short.endsWith(ELLIPSIS) && short !== text ? short : null;
    };
    /** Only the first sentence of a change: how a change the notes put first leads a post it cannot fill alone. */
    firstSentence = (text, room) => {
        const first = sentences(text)[0];
        return first ? this.leadingSentences(text, Math.min(room, this.input.rules.length(first))) : null;
    };
    prepared = new Map();
    origins = new Map();
    /** The entry as a post shows it, prepared once. */
    ready(entry) {
        let ready = this.prepared.get(entry);
        if (ready === undefined) {
            ready = this.input.prepare(entry);
            this.prepared.set(entry, ready);
            this.origins.set(ready, entry);
        }
        return ready;
    }
    /** An entry shown whole. */
    whole(entry) {
        const ready = this.ready(entry);
        return { entry: ready, text: ready.text };
    }
    /** The entry a shown one was prepared from (what the pool and the "+N more" count hold). */
    origin(entry) {
        return this.origins.get(entry) ?? entry;
    }
    /** An entry's weight as a line of its own under its label, measured once. */
    weights = new Map();
    lineWeight(entry) {
        let weight = this.weights.get(entry);
        if (weight === undefined) {
            weight = this.input.rules.length(layout_BULLET + this.ready(entry).text) + this.labelWeight(entry);
            this.weights.set(entry, weight);
        }
        return weight;
    }
    /** What an entry's label line adds to a post ("Bug Fixes:" and its line breaks). */
    labelWeight(entry) {
        const { label } = this.ready(entry);
        return label === null ? 0 : this.input.rules.length(label) + 3;
    }
    /**
     * Fills the single post from `pool` in rank order, passing over a change too long for it for later, shorter ones
     * (never one far less important). The first breaking change or security fix is shortened rather than passed over,
     * and when nothing fits whole the most important change that can be shortened well is. Weights add up line by line
     * (posts join lines with line breaks, which no token crosses), so only the final post is measured whole; if it is
     * over, changes go back until it fits.
     */
    fill(pool, make) {
        const { rules } = this.input;
        let shown = [];
        const rest = [];
        // Room for the closing line ("+12 more changes") is kept while filling.
        const closingRoom = rules.length(make([], pool)) - rules.length(make([], []));
        let used = rules.length(make([], []));
        let misses = 0;
        let firstMiss = null;
        let advisoryMissed = false;
        const shortenFirst = (entry, others, cut = this.shortened) => {
            const short = this.cutInto(entry, (item) => make([...shown, item], others), cut);
            if (!short)
                return false;
            shown = [...shown, short];
            used = rules.length(make(shown, []));
            return true;
        };
        // The first breaking change and the first security fix each show, shortened if need be: a post that warns of one
        // must not leave the other to "+N more" while lesser lines fill its room. So does every fix of an advisory with its
        // own CVE or GHSA id: a release that closes two names both, before any hardening.
        const firstOfKind = (entry) => !shown.some((item) => this.origin(item.entry).kind === entry.kind);
        const firstUrgent = (entry) => !entry.prose && RANK[entry.kind] <= RANK.security && (firstOfKind(entry) || (entry.kind === "security" && advisoryIds(entry.text).length > 0));
        const peerOfShown = (entry) => !entry.prose && RANK[entry.kind] <= RANK.security && shown.some((item) => this.origin(item.entry).kind === entry.kind && this.standingOf(this.origin(item.entry)) === this.standingOf(entry));
        for (const [index, entry] of pool.entries()) {
            if (misses >= LAST_LOOK_AHEAD) {
                rest.push(...pool.slice(index));
                break;
            }
            // Past a change too long for the room, only changes of about its importance may take its place: a chore
            // must not fill the room a feature left.
            // Nor a bare name in code ("`no-forward-ref`"), which says what changed only under the lead-in it was listed after.
            // Nor a security fix without an id where an advisory with one had no room: the count names it with the others.
            if ((firstMiss !== null && (RANK[entry.kind] > firstMiss + 2 || BARE_NAME.test(entry.text))) || (advisoryMissed && entry.kind === "security" && advisoryIds(entry.text).length === 0)) {
                rest.push(entry);
                continue;
            }
            // A sentence that leans on the one before it ("The website, however, will reference 2.0.") shows only after it:
            // alone it says the opposite of nothing. It is no change passed over, so it sets no bar.
            if (this.leansOnUnshown(entry, shown)) {
                rest.push(entry);
                continue;
            }
            // A label counts once: the changes under it after the first add their own line only.
            const label = this.ready(entry).label;
            const labelled = label !== null && shown.some((item) => item.entry.label === label);
            const weight = this.lineWeight(entry) - (labelled ? this.labelWeight(entry) : 0) + (shown.length > 0 ? 2 : 0);
            // The last change, when every one before it shows, needs no room for a line that counts what is left out.
            const completes = rest.length === 0 && index === pool.length - 1;
            if (used + weight + (completes ? 0 : closingRoom) <= rules.maxLength) {
                shown.push(this.whole(entry));
                used += weight;
                misses = 0;
                continue;
            }
            const others = [...rest, ...pool.slice(index + 1)];
            const leads = shown.length === 0 ? this.leadsUnshortened(entry, pool, index) : firstUrgent(entry);
            // A second advisory shows cut only at a clause's end: "The HTTP 1.0 and 1.1 server provided…" is no advisory,
            // and the count tells it better.
            if (leads && shortenFirst(entry, others, shown.length > 0 ? (firstOfKind(entry) ? this.sayingCut : this.advisoryClauses) : this.shortened))
                continue;
            // A breaking change or security fix that stands as high as one shown of its kind (a second public API swapped)
            // shows by its whole leading sentences rather than leave the room to lesser lines: never cut inside one.
            if (!leads && peerOfShown(entry) && shortenFirst(entry, others, this.leadingSentences))
                continue;
            // The change the notes put first, told by its first sentence, keeps its place: that is no stub, and the notes'
            // order says it matters most ("Reverts the 1.8.0 regression…" before a smaller fix).
            if (shown.length === 0 && !entry.prose && firstMiss === null && shortenFirst(entry, others, this.firstSentence))
                continue;
            rest.push(entry);
            misses += 1;
            if (entry.kind === "security" && advisoryIds(entry.text).length > 0)
                advisoryMissed = true;
            // A paragraph too long for the room is no change passed over: it sets no bar for what may follow. Nor does a
            // breaking change or security fix set its own bar: the count tells it ("+45 more changes (1 breaking)"), and the
            // room it left goes to the headline features, not to nothing.
            if (!entry.prose)
                firstMiss ??= Math.max(RANK[entry.kind], RANK.highlight);
        }
        // The exact check: what the sum missed (a template with {notes} twice, a label a group is given) goes back, last
        // first, also when it only cost the closing line that counts what is left out.
        while (shown.length > 0 && this.over(() => make(shown, rest))) {
            const back = shown.pop();
            if (back)
                rest.unshift(this.origin(back.entry));
        }
        // Nothing fitted whole: the most important change that can be shortened well is shown shortened; failing that, by
        // any cut that reads (a problem without its fix rather than a post of no change).
        for (const cut of [this.shortened, this.lastResort]) {
            if (shown.length > 0)
                break;
            for (const [index, entry] of rest.entries()) {
                if (shortenFirst(entry, rest.filter((other) => other !== entry), cut)) {
                    rest.splice(index, 1);
                    break;
                }
            }
        }
        const position = new Map(pool.map((entry, index) => [entry, index]));
        rest.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        return { shown, rest };
    }
    /**
     * True when the single post should show `pool[index]`, the first change it has no room for whole, shortened rather
     * than pass it over: when no later one stands as high and fits whole, since the room would go to far less important
     * ones (a release's only feature, to its patch fixes). A breaking change that another one as grave could replace
     * whole gives way to it: the count says how many more break.
     */
    leadsUnshortened(entry, pool, index) {
        if (entry.prose)
            return RANK[entry.kind] <= RANK.security;
        const room = this.input.rules.maxLength - this.input.rules.length(this.input.renderFirst(""));
        const stands = this.standingOf(entry);
        return !pool.slice(index + 1, index + 1 + LAST_LOOK_AHEAD).some((other) => !other.prose && this.standingOf(other) <= stands && this.lineWeight(other) <= room);
    }
    /** Where an entry stands in the ranking (LayoutInput.standing; its kind's rank when none is given). */
    standingOf(entry) {
        return this.input.standing ? this.input.standing(entry) : RANK[entry.kind];
    }
    /** What `entries` add to a thread post whose lines stand as `tally` says (and `tally` after them, when `commit`). */
    threadWeight(entries, tally, commit) {
        const { rules, phrases } = this.input;
        const labelled = this.threadStyle?.labelled ?? false;
        const state = commit ? tally : { ...tally, groups: new Set(tally.groups) };
        let weight = 0;
        for (const entry of entries) {
            const ready = this.ready(entry);
            const label = threadLabel(ready, labelled, phrases);
            const group = groupKey(ready, labelled, phrases);
            const line = rules.length(entry.prose ? ready.text : layout_BULLET + ready.text);
            if (!state.groups.has(group)) {
                // A group of its own: a blank line before it (the first one after the opener), its label, its first line.
                weight += 2 + (label === null ? 0 : rules.length(label + phrases.colon) + 1) + line;
            }
            else {
                // The paragraph goes on (a space), or a new line.
                weight += 1 + (entry.prose && state.group === group && state.paragraph === entry.paragraph ? rules.length(ready.text) : line);
            }
            state.groups.add(group);
            state.group = group;
            state.paragraph = entry.prose ? entry.paragraph : null;
        }
        return weight;
    }
    /**
     * Fills one thread post from `blocks`, in the thread's order. When a block does not fit, the post may take later
     * blocks of the same group that rank as high (a label never comes back after another group); the last post, after
     * which nothing comes, takes any later block of about the same importance. A paragraph that fits a post of its own
     * is not split over two. A post that is still far from full then takes the start of the next change: its leading
     * sentences (a paragraph goes on in the next post; a listed change does not). A post that would show nothing shows
     * the next change shortened. `replyRoom`: what an empty reply has room for.
     */
    fillThread(blocks, make, last, replyRoom) {
        const limit = this.input.rules.maxLength;
        const post = { placed: [], placedBlocks: [], tally: emptyTally() };
        const position = new Map(blocks.map((block, at) => [block, at]));
        let rest = [...blocks];
        // What a cut placed stays: only what came after it may go back.
        let floor = 0;
        for (let round = 0; rest.length > 0 && round < LOOK_AHEAD; round += 1) {
            rest = this.fillWhole(rest, post, make, last, replyRoom);
            // The exact check: what the sum missed goes back, last block first.
            while (post.placed.length > floor && this.over(() => make(post.placed.flat(), entriesOf(rest)))) {
                post.placed.pop();
                const back = post.placedBlocks.pop();
                if (back)
                    rest = [back, ...rest].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
            }
            const full = this.input.rules.length(make(post.placed.flat(), entriesOf(rest)));
            if (rest.length === 0 || !(post.placed.length === 0 || (!last && full < limit * FULL_ENOUGH)))
                break;
            // A post that would show nothing takes the first block that can be cut well; one with room left, only the next.
            const candidates = post.placed.length === 0 ? rest.slice(0, LOOK_AHEAD) : rest.slice(0, 1);
            const cut = candidates
                .map((candidate) => ({ candidate, cut: this.cutBlock(candidate, post.placed, rest.filter((other) => other !== candidate), make, last, replyRoom) }))
                .find(({ cut }) => cut !== null);
            if (!cut?.cut)
                break;
            post.placed.push(cut.cut.shown);
            post.placedBlocks.push(cut.candidate);
            this.threadWeight(cut.candidate.entries, post.tally, true);
            floor = post.placed.length;
            for (const block of cut.cut.rest)
                if (!position.has(block))
                    position.set(block, position.get(cut.candidate) ?? 0);
            rest = cut.cut.rest;
            // A sentence of prose cut short ends its post: the next sentence after "…" would read as a splice of the two
            // ("…zone management… The release is built with Go").
            const lastShown = cut.cut.shown.at(-1);
            if (lastShown?.entry.prose && lastShown.text.endsWith(ELLIPSIS))
                break;
        }
        this.inThreadOrder(post, position, rest, make);
        return { placed: post.placed, placedBlocks: post.placedBlocks, rest };
    }
    /**
     * A change passed over for a later one and then shown by its first sentence goes back to its place: the post reads
     * in the thread's order, as the single post does ("Pods are now built in dedicated targets." before the smaller
     * change). A sentence cut short stays last.
     */
    inThreadOrder(post, position, rest, make) {
        const lastShown = post.placed.at(-1)?.at(-1);
        if (lastShown?.entry.prose && lastShown.text.endsWith(ELLIPSIS))
            return;
        const pairs = post.placedBlocks.map((block, index) => ({ block, shown: post.placed[index] ?? [] }));
        const sorted = pairs.toSorted((a, b) => (position.get(a.block) ?? 0) - (position.get(b.block) ?? 0));
        if (sorted.every((pair, index) => pair === pairs[index]))
            return;
        const placed = sorted.map((pair) => pair.shown);
        if (this.over(() => make(placed.flat(), entriesOf(rest))))
            return;
        post.placed = placed;
        post.placedBlocks = sorted.map((pair) => pair.block);
    }
    /** Places whole blocks into `post` while they fit (see fillThread); returns the blocks left for later posts. */
    fillWhole(blocks, post, make, last, replyRoom) {
        const limit = this.input.rules.maxLength;
        let used = this.input.rules.length(make(post.placed.flat(), entriesOf(blocks)));
        const skipped = [];
        // Paragraphs that go on in the next post: none of their later sentences may come before.
        const stopped = new Set();
        // Paragraphs shown by their leading sentences: the rest is left out.
        const cutOff = new Set();
        let miss = null;
        let passed = 0;
        let index = 0;
        for (; index < blocks.length && passed < (last ? LAST_LOOK_AHEAD : LOOK_AHEAD); index += 1) {
            const block = blocks[index];
            if (!block)
                break;
            if (droppedWith(block, cutOff))
                continue;
            if (miss && !this.mayFollow(block, miss, last, post.placedBlocks.some((placed) => placed.group === miss?.group))) {
                if (!last && block.group !== miss.group)
                    break;
                skipped.push(block);
                passed += 1;
                continue;
            }
            const weight = this.threadWeight(block.entries, post.tally, false);
            const paragraphGoesOn = block.paragraph !== null && stopped.has(block.paragraph);
            const waits = this.keepsParagraphWhole(blocks, index, post.tally, limit - used, replyRoom, post.placed.length > 0);
            if (used + weight <= limit && !paragraphGoesOn && !waits) {
                post.placed.push(block.entries.map((entry) => this.whole(entry)));
                post.placedBlocks.push(block);
                used += this.threadWeight(block.entries, post.tally, true);
                continue;
            }
            skipped.push(block);
            miss ??= block;
            passed += 1;
            if (block.paragraph === null)
                continue;
            // A paragraph started here and not fitting is shown by its leading sentences: its rest never opens the next
            // post, where a sentence that goes on from one the reader saw a post ago stands alone ("If you've been ignoring…").
            if (post.tally.paragraph === block.paragraph && post.placedBlocks.at(-1)?.paragraph === block.paragraph) {
                // A breaking or security paragraph goes on at the top of the next post instead: what it says must be read.
                if (this.urgentParagraph(block.paragraph)) {
                    index += 1;
                    break;
                }
                cutOff.add(block.paragraph);
                if (!droppedWith(block, cutOff))
                    continue;
                skipped.pop();
                if (miss === block)
                    miss = null;
                passed -= 1;
                continue;
            }
            stopped.add(block.paragraph);
        }
        return withoutRestOf([...skipped, ...blocks.slice(index)], cutOff);
    }
    /** Where a block's change stands among those of its kind (LayoutInput.standing). */
    standing(block) {
        const entry = block.entries.find((candidate) => !candidate.prose) ?? block.entries[0];
        return entry && this.input.standing ? this.input.standing(entry) : 0;
    }
    /** True when every block fits the post `make` builds, whole. */
    fitsWhole(blocks, make) {
        const post = { placed: [], placedBlocks: [], tally: emptyTally() };
        const rest = this.fillWhole(blocks, post, make, false, this.input.rules.maxLength);
        return rest.length === 0 && !this.over(() => make(post.placed.flat()));
    }
    /** Whether `block` may go into a post that left `miss` for the next one. */
    mayFollow(block, miss, last, opened) {
        // Nothing comes after the last post: any change of about the importance of the one left out may fill it.
        if (last)
            return block.rank <= miss.rank + 2;
        // Within the group, only a change that ranks as high: never a hardening note before a named vulnerability. Nor
        // opening the highlights, which the notes picked and ordered by importance: a post that shows none of them yet
        // never opens them with a later one while the first waits for the next post.
        return block.group === miss.group && block.rank === miss.rank && this.standing(block) === this.standing(miss) && (miss.rank !== RANK.highlight || opened);
    }
    /**
     * True when `blocks[index]` starts a paragraph that does not fit the `room` left but fits a reply of its own: it
     * waits for the next post rather than be split over two (a post with nothing in it yet takes what fits).
     */
    keepsParagraphWhole(blocks, index, tally, room, replyRoom, started) {
        const block = blocks[index];
        if (!started || !block || block.paragraph === null || tally.paragraph === block.paragraph)
            return false;
        const paragraph = [];
        for (let at = index; blocks[at]?.paragraph === block.paragraph; at += 1)
            paragraph.push(...(blocks[at]?.entries ?? []));
        if (paragraph.length === block.entries.length)
            return false;
        return this.threadWeight(paragraph, tally, false) > room && this.threadWeight(paragraph, emptyTally(), false) <= replyRoom;
    }
    /**
     * Shows the start of `block` in a post that has room left: its leading entries that fit whole, then the next one by
     * its leading sentences (its other sentences are left out), a paragraph's later sentences going on in the next post. Null
     * when no cut reads well, or when the block fits a reply of its own and this post already shows something.
     */
    cutBlock(block, placed, others, make, last, replyRoom) {
        const before = placed.flat();
        const empty = before.length === 0;
        const othersEntries = others.flatMap((other) => other.entries);
        const left = (count) => [...block.entries.slice(count), ...othersEntries];
        // A run of sentences, or a lead-in with its change, that fits a reply whole waits for it, unless this post would
        // show nothing.
        const fitsReply = this.threadWeight(block.entries, emptyTally(), false) <= replyRoom;
        if (!empty && block.entries.length > 1 && fitsReply)
            return null;
        const head = [];
        for (const entry of block.entries) {
            const shown = [...head, this.whole(entry)];
            if (this.over(() => make([...before, ...shown], left(shown.length))))
                break;
            head.push(this.whole(entry));
        }
        if (head.length === block.entries.length)
            return { shown: head, rest: [...others] };
        const entry = block.entries[head.length];
        if (!entry)
            return null;
        if (entry.prose)
            return this.cutProse(block, head, entry, others, empty, make, left);
        const around = (item) => make([...before, ...head, item], left(head.length + 1));
        // A listed change stands whole in one post, by its leading sentences if need be, never carried on into the next
        // with "…" on both sides: a reply that opens "• …without any flags" reads as a fragment. Only a post that would
        // show nothing cuts one inside a sentence.
        const cuts = [this.leadingSentences, ...(empty ? [this.shortened] : [])];
        for (const cut of cuts) {
            const short = this.cutInto(entry, around, cut);
            if (!short)
                continue;
            // The sentences after the cut one lean on it: they go with it, or not at all.
            return { shown: [...head, short], rest: [...this.standalone(block.entries.slice(head.length + 1), block), ...others] };
        }
        // No cut reads well: a long run's leading sentences alone, when it can never be shown whole; a lead-in never
        // goes without the start of its change.
        while (head.length > 0 && isLeadIn(head.at(-1)?.entry))
            head.pop();
        if (head.length === 0 || !(empty || !fitsReply))
            return null;
        return { shown: head, rest: [...this.standalone(block.entries.slice(head.length), block), ...others] };
    }
    /**
     * Prose goes over posts in whole sentences: the sentences that fit stay in this post and the paragraph goes on at the
     * top of the next one. A sentence longer than a whole post is shortened at a clause (else between words) with `…` in
     * a post of its own, and never carried on as a fragment ("…further."); the sentences after it go on whole.
     */
    cutProse(block, head, entry, others, empty, make, left) {
        // The paragraph is shown by its leading sentences and its rest left out: a reply that opened with it would go on
        // from a sentence a post ago (only its listed changes go on).
        const urgent = this.urgentParagraph(entry.paragraph);
        const goesOn = (from) => {
            if (!urgent)
                return [...this.standalone(block.entries.slice(from), block), ...withoutRestOf(others, new Set([entry.paragraph]))];
            const entries = block.entries.slice(from);
            const first = entries[0];
            return [...(first ? [{ ...block, entries, paragraph: first.prose ? first.paragraph : null }] : []), ...others];
        };
        if (head.length > 0) {
            if (!urgent)
                return { shown: [...head], rest: goesOn(head.length) };
            // A breaking or security paragraph goes on in the next post, at a sentence that leans on none where it can
            // ("It also includes…" would open the next post leaning on one it cannot see).
            const stands = (at) => !leansBack(block.entries[at]?.text ?? "");
            let at = head.length;
            while (at > 1 && !stands(at))
                at -= 1;
            if (!stands(at))
                at = head.length;
            return { shown: head.slice(0, at), rest: goesOn(at) };
        }
        // A sentence that a post of its own could show whole waits for it.
        if (!empty)
            return null;
        const around = (item) => make([item], left(1));
        for (const cut of [this.clauseCut, this.shortened]) {
            const short = this.cutInto(entry, around, cut);
            if (short)
                return { shown: [short], rest: goesOn(1) };
        }
        return null;
    }
    /** What of a block's `entries` can open a post when the entries before them went into another: its changes. */
    standalone(entries, block) {
        const changes = entries.filter((entry) => !entry.prose);
        return changes.length > 0 ? [{ ...block, entries: changes, paragraph: null }] : [];
    }
}
/**
 * `blocks` without the prose of the paragraphs in `cutOff`; their changes stay. (Breaking or security prose is never
 * cut off: Packer.urgentParagraph.)
 */
function withoutRestOf(blocks, cutOff) {
    return cutOff.size === 0 ? [...blocks] : blocks.filter((block) => !droppedWith(block, cutOff));
}
/** True when `block` is only prose of a paragraph in `cutOff` (withoutRestOf). */
function droppedWith(block, cutOff) {
    return block.paragraph !== null && cutOff.has(block.paragraph) && block.entries.every((entry) => entry.prose);
}
/**
 * The changes among `left` that a count tells: the listed ones, and, where the notes list no breaking change, one
 * said only in prose ("The standard library's storage moved…" under "Breaking
 * changes"), once per paragraph, when none of its sentences is shown. Other prose is context, not a change to count.
 */
function countedLeft(input, left) {
    const counted = onePerChange(input, left.filter((entry) => !entry.prose));
    const listed = new Set(input.ranked.filter((entry) => !entry.prose).map((entry) => entry.kind));
    // (A security fix said in prose is too often a policy — "we reserve the right to fix a security issue" — to count.)
    const urgent = left.filter((entry) => entry.prose && entry.kind === "breaking" && !listed.has(entry.kind));
    if (urgent.length === 0)
        return counted;
    const sentencesOf = (entries) => {
        const sizes = new Map();
        for (const entry of entries)
            if (entry.prose)
                sizes.set(entry.paragraph, (sizes.get(entry.paragraph) ?? 0) + 1);
        return sizes;
    };
    const [all, unshown] = [sentencesOf(input.ranked), sentencesOf(left)];
    const told = new Set();
    for (const entry of urgent) {
        if (told.has(entry.paragraph) || unshown.get(entry.paragraph) !== all.get(entry.paragraph))
            continue;
        told.add(entry.paragraph);
        counted.push(entry);
    }
    return counted;
}
/**
 * `left` with one entry per change: the sub-items of one change ("Release MobX 7…" and the bullets of its body) are
 * parts of it, counted once, and not at all when a post shows any part of it.
 */
function onePerChange(input, left) {
    const unshown = new Set(left.map((entry) => entry.order));
    const shown = new Set(input.ranked.filter((entry) => !unshown.has(entry.order) && entry.partOf !== undefined).map((entry) => entry.partOf));
    const told = new Set();
    return left.filter((entry) => {
        if (entry.partOf === undefined)
            return true;
        if (shown.has(entry.partOf) || told.has(entry.partOf))
            return false;
        told.add(entry.partOf);
        return true;
    });
}
/** How many changes the posts leave out: the listed ones not shown, urgent prose not shown, and those no entry
 *  stands for. */
const leftOut = (input, left) => countedLeft(input, left).length + input.unshownChanges;
/** The "+N more" line for a post that leaves `left` out; with `tellBreaking`, how many of them break or close a hole. */
function moreLine(input, left, tellBreaking = false) {
    const count = leftOut(input, left);
    if (count === 0)
        return null;
    const told = tellBreaking ? countedLeft(input, left) : [];
    // A notice of what a later release drops is no breaking change of this one (see Entry.ahead).
    const counted = (kind) => told.filter((entry) => entry.kind === kind && entry.ahead !== true).length;
    const kinds = new Set(countedLeft(input, left).map((entry) => entry.kind));
    const shared = input.unshownChanges > 0 || kinds.size !== 1 ? null : ([...kinds][0] ?? null);
    return input.phrases.more(count, shared, counted("breaking"), counted("security"));
}
/**
 * The single post. The notes' own one-line summary ("It includes upgrades to Chromium 130, V8 13.0 and Node 20.18.")
 * leads it, as it leads a thread, when the post still shows a breaking change or security fix after it, whole (when
 * there are any): it says what the release is about in the notes' words.
 */
function single(input) {
    const summary = leadingSummary(input.ranked);
    const plain = withTopChange(input, singlePost(input));
    if (!summary)
        return plain.layout;
    const isSummary = (entry) => entry.prose && entry.order === summary.order;
    const standing = input.standing ?? groupRank;
    const led = singlePost({ ...input, ranked: [summary, ...input.ranked.filter((entry) => entry !== summary)], standing: (entry) => (isSummary(entry) ? -Infinity : standing(entry)) });
    const urgent = (entry) => !entry.prose && RANK[entry.kind] <= RANK.security;
    // …whole, or by its leading sentences: a summary is not worth a breaking change cut mid-sentence.
    const keepsUrgent = !input.ranked.some(urgent) || led.shown.some(({ entry, clipped }) => urgent(entry) && !clipped);
    // …and it leaves every advisory with its own id that the post shows without it: a sentence that only says "this is a
    // patch release" is not worth the second CVE.
    const keepsAdvisories = advisoriesShown(led.shown) >= advisoriesShown(plain.shown);
    // …and it leaves room for a change of the kind the post would lead with: an opening paragraph about something else
    // (a sister project's launch) must not push every new feature out for one small fix.
    const keepsTop = topRank(led.shown) <= topRank(plain.shown) || led.shown.every(({ entry }) => entry.prose);
    return keepsUrgent && keepsAdvisories && keepsTop && led.shown.some(({ entry, cut }) => isSummary(entry) && !cut) ? led.layout : plain.layout;
}
/** How many security fixes with a CVE or GHSA id of their own `shown` names uncut. */
const advisoriesShown = (shown) => shown.filter(({ entry, clipped }) => !entry.prose && !clipped && entry.kind === "security" && advisoryIds(entry.text).length > 0).length;
/** The rank of the most important listed change among `shown` (past "other" when none is). */
const topRank = (shown) => Math.min(RANK.other + 1, ...shown.filter(({ entry }) => !entry.prose).map(({ entry }) => RANK[entry.kind]));
/**
 * The single post `filled`, unless prose took the room of the most important listed changes and a lesser one slipped
 * into what was left (a long opening paragraph, then one small fix where seven features were): then those go first.
 */
function withTopChange(input, filled) {
    const items = input.ranked.filter((entry) => !entry.prose);
    const best = Math.min(RANK.other + 1, ...items.map((entry) => RANK[entry.kind]));
    // Prose alone may fill the post (an upgrade instruction that opens the notes); prose and a lesser change may not.
    const shown = filled.shown.filter(({ entry }) => !entry.prose);
    if (topRank(filled.shown) <= best || shown.length === 0 || shown.length === filled.shown.length)
        return filled;
    const first = items.filter((entry) => RANK[entry.kind] <= best);
    const other = singlePost({ ...input, ranked: [...first, ...input.ranked.filter((entry) => !first.includes(entry))] });
    return topRank(other.shown) < topRank(filled.shown) ? other : filled;
}
// An advisory's id as a word of its line: "CVE-2026-56409", "GHSA-xxxx-xxxx-xxxx".
const layout_ADVISORY_ID = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b/giu;
function singlePost(input) {
    const filled = singlePostOf(input);
    // A breaking change shown whole may leave no room for the security fix (or the other way round): shown by its
    // leading sentence it lets both in. Each kind users must act on gets a line when a line can hold it.
    const urgentKinds = (entries) => new Set(entries.filter((entry) => !entry.prose && RANK[entry.kind] <= RANK.security).map((entry) => entry.kind));
    const wanted = urgentKinds(input.ranked);
    const had = urgentKinds(filled.shown.map(({ entry }) => entry)).size;
    if (had >= wanted.size)
        return filled;
    const leading = new Map();
    const ranked = input.ranked.map((entry) => {
        const parts = wanted.has(entry.kind) && !entry.prose ? sentences(entry.text) : [];
        if (parts.length < 2)
            return entry;
        const first = { ...entry, text: parts[0] ?? entry.text };
        leading.set(first, entry);
        return first;
    });
    // …and the first of each such kind comes before the others of its kind, which would otherwise take the room first.
    // The security fix first: its line is short and names a hole, where a breaking change shortened still says it breaks.
    const firsts = [...wanted].sort((a, b) => Number(b === "security") - Number(a === "security")).map((kind) => ranked.find((entry) => entry.kind === kind && !entry.prose)).filter((entry) => entry !== undefined);
    const compact = singlePostOf({ ...input, ranked: [...firsts, ...ranked.filter((entry) => !firsts.includes(entry))] });
    if (urgentKinds(compact.shown.map(({ entry }) => entry)).size <= had)
        return filled;
    return { ...compact, shown: compact.shown.map((shown) => ({ ...shown, entry: leading.get(shown.entry) ?? shown.entry, cut: shown.cut || leading.has(shown.entry) })) };
}
function singlePostOf(input) {
    const packer = new Packer(input);
    const plain = packer.fill(input.ranked, (items, left) => packer.post(0, 0, items, moreLine(input, left)));
    // "+20 more changes (13 breaking)": breaking changes left out are said so, at the cost of a change shown, unless the
    // post would then show no breaking change or no security fix where it showed one uncut ("Compile with Go 1.12.9…"
    // is not worth the count of 35 breaking changes).
    const urgentKinds = (shown) => [...new Set(shown.filter(({ text }) => !text.endsWith(ELLIPSIS)).map(({ entry }) => packer.origin(entry).kind).filter((kind) => RANK[kind] <= RANK.security))].sort().join();
    const tellsBreaking = countedLeft(input, plain.rest).some((entry) => entry.kind === "breaking" || entry.kind === "security");
    const tell = (ranked) => packer.fill(ranked, (items, left) => packer.post(0, 0, items, moreLine(input, left, true)));
    const told = tellsBreaking ? tell(input.ranked) : null;
    // The count's room may have cost a line plain showed whole where a longer one of its kind took its place cut
    // ("ONNX Runtime…1.23.2になり…" before "Rust: MSRVが1.89.0になります。"): the changes plain shows whole come first.
    const whole = plain.shown.filter(({ entry, text }) => !text.endsWith(ELLIPSIS) && RANK[packer.origin(entry).kind] <= RANK.security).map(({ entry }) => packer.origin(entry));
    const retold = told && urgentKinds(told.shown) !== urgentKinds(plain.shown) ? tell([...whole, ...input.ranked.filter((entry) => !whole.includes(entry))]) : told;
    const { shown, rest } = retold && urgentKinds(retold.shown) === urgentKinds(plain.shown) ? retold : plain;
    const line = moreLine(input, rest, true);
    const text = packer.post(0, 0, shown, line !== null && packer.holds(0, 0, shown, line) ? line : moreLine(input, rest));
    return { layout: { posts: [text], omitted: leftOut(input, rest) }, shown: shown.map(({ entry, text }) => ({ entry: packer.origin(entry), cut: text !== entry.text, clipped: text !== entry.text && text.endsWith(ELLIPSIS) })),
    };
}
/** True when the thread may break between `before` and `after`: not inside a paragraph. */
function breakable(before, after) {
    const last = before?.at(-1)?.entry;
    const first = after?.[0]?.entry;
    if (!last || !first)
        return false;
    return !(last.prose && first.prose && last.paragraph === first.paragraph);
}
/** Re-splits the blocks of posts `at - 1` and `at` (the first post included) so that the later one is no crumb. */
function balancePair(packer, posts, at, total, closing, limit) {
    const closes = at === posts.length - 1 ? closing : null;
    const crumb = packer.measure(packer.post(at, total, (posts[at] ?? []).flat(), closes));
    if (crumb !== null && crumb >= limit / 2)
        return;
    const all = [...(posts[at - 1] ?? []), ...(posts[at] ?? [])];
    const splits = all.map((_, split) => split).filter((split) => split > 0 && breakable(all[split - 1], all[split]));
    // The post before grows with the split and the later one shrinks: the best split is where they cross, found by
    // halving (a long post is costly to measure, and Premium posts hold hundreds of changes).
    const before = (split) => packer.measure(packer.post(at - 1, total, all.slice(0, split).flat(), null)) ?? Infinity;
    const after = (split) => {
        const shown = all.slice(split).flat();
        const length = packer.measure(packer.post(at, total, shown, closes));
        return length === null || !packer.holds(at, total, shown, closes) ? Infinity : length;
    };
    let low = 0;
    let high = splits.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        const split = splits[middle] ?? 0;
        if (before(split) >= after(split))
            high = middle;
        else
            low = middle + 1;
    }
    let best = null;
    let bestShorter = -1;
    for (const split of [splits[low - 1], splits[low]]) {
        if (split === undefined)
            continue;
        const shorter = Math.min(before(split), after(split));
        if (shorter !== Infinity && shorter > bestShorter)
            [best, bestShorter] = [split, shorter];
    }
    if (best !== null)
        [posts[at - 1], posts[at]] = [all.slice(0, best), all.slice(best)];
}
/** Balances every crumb post with the one before it, from the last post back, so that no post is a leftover line. */
function balance(packer, posts, total, closing, limit) {
    for (let at = posts.length - 1; at >= 1; at -= 1)
        balancePair(packer, posts, at, total, closing, limit);
}
/**
 * The last reply of a long thread that balancing left a crumb (one short change, a side sentence) goes: its change
 * is counted in the pointer the post before now closes with. Returns what the thread then leaves out, or null when it stays.
 */
function withoutCrumb(input, packer, posts, total, left) {
    // A short thread keeps its last change: its post is short, but the thread stays whole.
    if (posts.length < 4)
        return null;
    const last = posts.length - 1;
    const crumb = (posts[last] ?? []).flat();
    const length = packer.measure(packer.post(last, total, crumb, pointer(input, left)));
    if (length === null || length >= input.rules.maxLength / 2 || crumb.filter(({ entry }) => !entry.prose).length > 1)
        return null;
    const rest = [...crumb.map(({ entry }) => packer.origin(entry)), ...left];
    const newTotal = total > 0 ? total - 1 : 0;
    if (!packer.holds(last - 1, newTotal, (posts[last - 1] ?? []).flat(), pointer(input, rest)))
        return null;
    posts.pop();
    return rest;
}
/** How much shorter a closing line's last wording may be than its first ("+17 more changes" for a count by kind). */
const CLOSING_PLAY = 40;
/** Between the wordings of one closing line, longest first: the post shows the first that fits (Packer.post). */
const OR = "\u0000";
/**
 * The closing line of a thread that leaves changes out: what each kind left out ("+16 more features and 1 docs
 * change…"), or where that leaves the last post no room, only how many ("+17 more changes…"): a thread never leaves
 * changes out without saying so.
 */
function pointer(input, left) {
    const count = leftOut(input, left);
    if (count === 0)
        return null;
    const total = input.phrases.moreInNotes(count);
    const byKind = input.phrases.moreInNotesByKind?.(countsByKind(input, left)) ?? total;
    return byKind === total ? total : `${byKind}${OR}${total}`;
}
/** The changes `left` leaves out by kind, most important kind first, with those no entry stands for (null) last. */
function countsByKind(input, left) {
    const counts = new Map();
    for (const entry of countedLeft(input, left))
        counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
    const kinds = input.unshownKinds ?? [];
    for (const kind of kinds)
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const rest = input.unshownChanges - kinds.length;
    if (rest > 0)
        counts.set(null, (counts.get(null) ?? 0) + rest);
    return [...counts].sort(([a], [b]) => (a === null ? Infinity : RANK[a]) - (b === null ? Infinity : RANK[b]));
}
/**
 * Packs `blocks` into the first post and the replies, at most `maxPosts` in all; the last one closes with the pointer,
 * which also counts `setAside` (changes left out before packing).
 */
function planThread(input, packer, total, selected, setAside = []) {
    let blocks = [...selected];
    const replyRoom = input.rules.maxLength - input.rules.length(packer.post(1, total, [], null));
    const posts = [];
    const explanations = new Explanations(selected);
    while (blocks.length > 0 && posts.length < input.maxPosts) {
        const index = posts.length;
        const last = index === input.maxPosts - 1;
        if (index > 0)
            blocks = explanations.without(blocks);
        const post = packer.fillThread(blocks, (items, rest) => packer.post(index, total, items, last ? pointer(input, [...rest, ...setAside]) : null), last, replyRoom);
        if (post.placed.length === 0)
            break;
        blocks = post.rest;
        // The post that turns out last closes with the pointer (changes no entry stands for): when that leaves it no room,
        // its last blocks open one more post.
        while (blocks.length === 0 && !last && post.placed.length > 1 && !packer.holds(index, total, post.placed.flat(), pointer(input, setAside))) {
            post.placed.pop();
            const moved = post.placedBlocks.pop();
            if (moved)
                blocks = [moved, ...blocks];
        }
        posts.push(post.placed);
        explanations.shown(post.placedBlocks);
    }
    let left = [...blocks.flatMap((block) => block.entries), ...setAside];
    // The closing pointer must fit the last reply: what does not make room for it is left out.
    const lastReply = posts.length > 1 ? posts.at(-1) : undefined;
    while (lastReply && lastReply.length > 1 && !packer.holds(posts.length - 1, total, lastReply.flat(), pointer(input, left))) {
        const moved = lastReply.pop() ?? [];
        left = [...moved.map(({ entry }) => packer.origin(entry)), ...left];
    }
    // A last reply of one change with no room for the pointer: that change is counted in the post before it rather than
    // the thread leaving changes out without a word. A breaking change or security fix is never the one that goes.
    const alone = posts.length > 1 ? posts.at(-1) : undefined;
    const block = alone?.length === 1 ? alone[0] : undefined;
    if (block && !packer.holds(posts.length - 1, total, block, pointer(input, left)) && pointer(input, left) !== null) {
        const moved = block.map(({ entry }) => packer.origin(entry));
        const urgent = moved.some((entry) => !entry.prose && RANK[entry.kind] <= RANK.security);
        const before = posts.at(-2) ?? [];
        if (!urgent && packer.holds(posts.length - 2, total, before.flat(), pointer(input, [...moved, ...left]))) {
            posts.pop();
            left = [...moved, ...left];
        }
    }
    return { posts, left };
}
// A sentence that lifts a requirement ("no longer require manual configuration"): nothing breaks for anyone.
const RELAXES = /\bno longer (?:requires?|needs?)\b|\b(?:is|are) no longer (?:required|needed|necessary)\b/iu;
/** A block of prose only: a paragraph's sentences (or some of them), no listed change. */
const isProse = (block) => block.entries.every((entry) => entry.prose);
/**
 * The paragraphs a thread passes over after its first post. A maintainer's thread names changes: while listed changes
 * wait, a labelled section's prose takes one paragraph (the first that names a change, else its first), and the
 * paragraphs after it, which explain rather than change, go (prose counts in no "+N more"). A paragraph that opens
 * with a word leaning on the one before it ("However, …", "This means…") never opens a post: alone it reads out of
 * context.
 */
class Explanations {
    /** Each paragraph's first sentence in the thread (its source order). */
    opening = new Map();
    /** The paragraph each labelled section keeps. */
    kept = new Map();
    /** Paragraphs the posts so far showed, wholly or in part: what is left of them goes on. */
    started = new Set();
    /** Sections a post showed a paragraph of: that one is the paragraph they keep. */
    settled = new Set();
    /** Paragraphs that come right after another paragraph of their section in the notes: what they may lean on. */
    following = new Set();
    constructor(blocks) {
        for (const block of blocks) {
            for (const entry of block.entries) {
                if (entry.prose && entry.order < (this.opening.get(entry.paragraph) ?? Infinity))
                    this.opening.set(entry.paragraph, entry.order);
            }
        }
        // A paragraph under a heading opens its section ("It now…" speaks of the heading): it leans on no paragraph.
        const inOrder = blocks.flatMap((block) => block.entries).sort((a, b) => a.order - b.order);
        inOrder.forEach((entry, index) => {
            const before = inOrder[index - 1];
            if (entry.prose && before?.prose && before.paragraph !== entry.paragraph && before.label === entry.label)
                this.following.add(entry.paragraph);
        });
        // Each section's first paragraph, the first that names a change, and the best rank each paragraph names.
        const naming = new Map();
        const best = new Map();
        for (const block of blocks) {
            if (!underLabel(block) || block.paragraph === null || !isProse(block))
                continue;
            if (!this.kept.has(block.group))
                this.kept.set(block.group, block.paragraph);
            if (block.rank < RANK.other && !naming.has(block.group))
                naming.set(block.group, block.paragraph);
            best.set(block.paragraph, Math.min(best.get(block.paragraph) ?? Infinity, block.rank));
        }
        // The first paragraph names a change, or none does: the first one; else the first that names one.
        for (const [group, paragraph] of naming)
            if ((best.get(this.kept.get(group) ?? paragraph) ?? Infinity) >= RANK.other)
                this.kept.set(group, paragraph);
    }
    /** Records what a post showed: a section whose paragraph it opened keeps that one. */
    shown(blocks) {
        for (const block of blocks) {
            if (block.paragraph === null || !isProse(block))
                continue;
            this.started.add(block.paragraph);
            if (!underLabel(block) || this.settled.has(block.group))
                continue;
            this.settled.add(block.group);
            this.kept.set(block.group, block.paragraph);
        }
    }
    /** `blocks` without the explanations a later post would spend its room on, nor a leaning paragraph at their top. */
    without(blocks) {
        const changesWait = blocks.some((block) => !isProse(block));
        const kept = changesWait ? blocks.filter((block) => this.keeps(block)) : [...blocks];
        while (kept[0] && this.leansOnParagraphBefore(kept[0])) {
            const paragraph = kept[0].paragraph;
            const from = kept.findIndex((block) => block.paragraph !== paragraph);
            kept.splice(0, from < 0 ? kept.length : from);
        }
        return kept;
    }
    keeps(block) {
        if (!isProse(block) || block.paragraph === null || !underLabel(block))
            return true;
        // A paragraph a post already began ends there, at a whole sentence: its rest would take a post of its own.
        if (this.started.has(block.paragraph))
            return false;
        // A paragraph that names a breaking change or a security fix of its own is one more change, not an explanation;
        // one that says what users no longer need to do relaxes, as an explanation of the change before it does.
        if (block.entries.some((entry) => RANK[entry.kind] <= RANK.security && !RELAXES.test(entry.text)))
            return true;
        const kept = this.kept.get(block.group);
        return kept === undefined || kept === block.paragraph;
    }
    /** True when `block` opens a paragraph not yet shown whose first words point back at the paragraph before it. */
    leansOnParagraphBefore(block) {
        const first = block.entries[0];
        if (!first || !isProse(block) || block.paragraph === null || this.started.has(block.paragraph) || !this.following.has(block.paragraph))
            return false;
        return first.order === this.opening.get(block.paragraph) && leansBack(first.text);
    }
}
/** True when a plan leaves out none of its changes but those set aside before packing. */
const showsAll = (plan, setAside) => plan.left.every((entry) => entry.prose || setAside.includes(entry));
// A section the project titled for its highlights ("Highlights", "亮点", "ハイライト", "하이라이트"; not a "What's New" of
// every change).
const HIGHLIGHTS_LABEL = /highlight|亮点|ハイライト|하이라이트/iu;
/** The project's own highlight bullets: picked by hand as what matters most, they take no share beside the features,
 *  but come first, as many as fit. */
const ownHighlights = (block) => block.rank === RANK.highlight && block.entries.every((entry) => !entry.prose && entry.kind === "highlight" && entry.label !== null && HIGHLIGHTS_LABEL.test(entry.label));
/**
 * The blocks of a thread at its cap when each important group gets a share: the breaking changes and security fixes
 * whole, then at most `share` changes of every other group up to the fixes (features and fixes both represented),
 * and nothing of the groups after them; with the changes it sets aside. When `summarised`, a security section told by
 * its own prose summary ("Closed a privilege escalation and a login flaw…") keeps only the summary, which names its
 * fixes; the count tells them.
 */
function shares(blocks, share, larger = 0, breakingShare = Infinity, upTo = RANK.fix, summarised = false) {
    const told = summarised ? securitySummaryGroups(blocks) : new Set();
    const rankOfGroup = new Map();
    for (const block of blocks)
        rankOfGroup.set(block.group, Math.min(rankOfGroup.get(block.group) ?? Infinity, block.rank));
    // The first `larger` groups that share take one change more.
    const sharing = [...rankOfGroup].filter(([, rank]) => rank <= upTo).map(([group]) => group);
    const shareOf = (group) => share + Number(sharing.indexOf(group) < larger);
    const taken = new Map();
    const selected = [];
    const setAside = [];
    let breaking = 0;
    for (const block of blocks) {
        const rank = rankOfGroup.get(block.group) ?? block.rank;
        const count = taken.get(block.group) ?? 0;
        // A breaking change or security fix is kept wherever it stands ("XSS in search" under "Fixes"); breaking changes
        // too many for the thread keep the first `breakingShare` (the ones every user meets come first).
        const changes = block.entries.some((entry) => !entry.prose);
        const overBreaking = block.rank === RANK.breaking && !block.summary && changes && breaking >= breakingShare;
        const summed = told.has(block.group) && block.entries.some((entry) => !entry.prose && entry.kind === "security");
        const whole = (block.rank <= RANK.security && !overBreaking && !summed) || ownHighlights(block);
        // A change of a lesser kind in a group that shares (a chore under "Packaging" beside its fix) has no share of its own.
        const keeps = whole || (!overBreaking && !summed && rank <= upTo && (block.rank <= upTo || !changes) && count < shareOf(block.group));
        if (block.rank === RANK.breaking && changes && keeps)
            breaking += 1;
        if (keeps)
            selected.push(block);
        else
            setAside.push(...block.entries);
        // A group's prose goes with its share: only its changes count.
        if (keeps && !whole && block.entries.some((entry) => !entry.prose))
            taken.set(block.group, count + 1);
    }
    return { selected, setAside };
}
/** The groups (sections) whose security fixes a prose sentence of the section's own sums up. */
function securitySummaryGroups(blocks) {
    return new Set(blocks.filter((block) => underLabel(block) && block.entries.every((entry) => entry.prose && entry.kind === "security")).map((block) => block.group));
}
/** True when a plan's posts show a security fix, or the prose that tells the release's security fixes. */
const showsSecurity = (plan) => plan.posts.flat(2).some(({ entry }) => entry.kind === "security");
/**
 * The thread's plan. When the cap would leave out changes up to the fixes, the thread does not spend every post on
 * the first groups: each gets the largest equal share that lets all of them in (found by halving), and the pointer says
 * what each kind left out. Without a share that fits (the breaking changes alone fill the thread), the groups go in
 * order.
 */
function planWithShares(input, packer, total) {
    const blocks = threadBlocksFor(input, packer);
    const plan = planThread(input, packer, total, blocks);
    if (!plan.left.some((entry) => !entry.prose && RANK[entry.kind] <= RANK.fix))
        return plan;
    const planFor = (share, larger = 0, breakingShare = Infinity, upTo = RANK.fix) => {
        const { selected, setAside } = shares(blocks, share, larger, breakingShare, upTo);
        const shared = planThread(input, packer, total, selected, setAside);
        return { plan: shared, fits: showsAll(shared, setAside), selected, setAside };
    };
    // …beside the security fixes, the first highlight or feature of each group that adds one: the fixes wait.
    const shared = (breakingShare) => planFor(1, 0, breakingShare, RANK.feature);
    const first = planFor(1);
    if (!first.fits) {
        // The breaking changes alone would fill the thread: they keep as many posts as leave the security fixes and one
        // new feature of each group in (a major release's thread is not 28 breaking changes and nothing it adds).
        const shown = plan.posts.flat(2).map(({ entry }) => packer.origin(entry));
        // (Security fixes beside them add nothing either: breaking changes and fixes of holes that fill the thread still
        // leave a feature its share.)
        const onlyBreaking = !shown.some((entry) => !entry.prose && entry.kind !== "breaking" && entry.kind !== "security" && RANK[entry.kind] <= RANK.fix);
        // (Security told as a section's prose summary is security left out too.)
        if (!onlyBreaking && !plan.left.some((entry) => entry.kind === "security"))
            return plan;
        const most = blocks.filter((block) => block.rank === RANK.breaking && !block.summary).length;
        const breakingShare = largestFitting(1, most, (count) => shared(count).fits);
        if (breakingShare !== null)
            return filledUp(input, packer, total, blocks, shared(breakingShare));
        // No share leaves a feature of each group in: the breaking changes still leave the security fixes room before the
        // thread ends (a section's prose summary standing for its fixes), rather than take every post.
        if (showsSecurity(plan) || !blocks.some((block) => block.rank === RANK.security))
            return plan;
        const fits = (shared, setAside) => showsAll(shared, setAside) && showsSecurity(shared);
        const urgent = (count) => {
            const { selected, setAside } = shares(blocks, 1, 0, count, RANK.security, true);
            const shared = planThread(input, packer, total, selected, setAside);
            return { plan: shared, fits: fits(shared, setAside), selected, setAside };
        };
        const urgentShare = largestFitting(1, most, (count) => urgent(count).fits);
        return urgentShare === null ? plan : filledUp(input, packer, total, blocks, urgent(urgentShare), fits);
    }
    // The largest share that fits, then how many groups (the first ones) fit one change more.
    const share = largestFitting(2, blocks.length, (share) => planFor(share).fits) ?? 1;
    const larger = largestFitting(1, blocks.length, (larger) => planFor(share, larger).fits) ?? 0;
    return filledUp(input, packer, total, blocks, planFor(share, larger));
}
/**
 * A shared plan with room to spare (posts under the cap, or room in them) takes back the changes it set aside, in the
 * thread's order, while everything still fits: equal shares must not leave a post of the cap unused while breaking
 * changes wait in "+N more". Past one that does not fit, only changes of about its importance may follow.
 */
function filledUp(input, packer, total, blocks, choice, fits = showsAll) {
    if (!choice.fits)
        return choice.plan;
    const position = new Map(blocks.map((block, index) => [block, index]));
    let { plan, selected, setAside } = choice;
    let tries = 0;
    let missed = null;
    for (const block of blocks) {
        if (tries >= LOOK_AHEAD)
            break;
        if (selected.includes(block) || !block.entries.some((entry) => !entry.prose && setAside.includes(entry)))
            continue;
        if (missed !== null && block.rank > missed + 2)
            continue;
        tries += 1;
        const withBlock = [...selected, block].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        const rest = setAside.filter((entry) => !block.entries.includes(entry));
        const next = planThread(input, packer, total, withBlock, rest);
        if (fits(next, rest)) {
            plan = next;
            selected = withBlock;
            setAside = rest;
        }
        else
            missed ??= block.rank;
    }
    return plan;
}
/**
 * The thread's blocks. The notes' one-line summary opens the thread only when the first post still shows a breaking
 * change or security fix after it (when there are any): a summary never pushes them all out of the first post.
 */
function threadBlocksFor(input, packer) {
    const blocks = threadBlocks(input.ranked, input.phrases);
    const urgent = (block) => !block.summary && block.rank <= RANK.security;
    if (!blocks[0]?.summary || !blocks.some(urgent))
        return blocks;
    const total = input.numbering ? input.maxPosts : 0;
    const replyRoom = input.rules.maxLength - input.rules.length(packer.post(1, total, [], null));
    const first = packer.fillThread(blocks, (items) => packer.post(0, total, items, null), false, replyRoom);
    if (!first.placedBlocks.some(urgent))
        return threadBlocks(input.ranked, input.phrases, false);
    // …nor an advisory with its own id that the first post would show without it.
    const plain = threadBlocks(input.ranked, input.phrases, false);
    const without = packer.fillThread(plain, (items) => packer.post(0, total, items, null), false, replyRoom);
    return advisoryBlocks(without.placedBlocks) > advisoryBlocks(first.placedBlocks) ? plain : blocks;
}
/** How many of `blocks` are security fixes with a CVE or GHSA id of their own. */
const advisoryBlocks = (blocks) => blocks.filter((block) => block.entries.some((entry) => !entry.prose && entry.kind === "security" && advisoryIds(entry.text).length > 0)).length;
/** The largest value in `low`..`high` that `fits` (which holds up to some value and not past it); null when none. */
function largestFitting(low, high, fits) {
    let best = null;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (fits(middle)) {
            best = middle;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    return best;
}
function thread(input) {
    const packer = new Packer(input, { labelled: input.ranked.some((entry) => entry.label !== null) });
    // Everything fits the first post, with the line that counts what no entry stands for: it is a single post.
    if (input.maxPosts === 1 || packer.fitsWhole(threadBlocksFor(input, packer), (items) => packer.post(0, 0, items, moreLine(input, []))))
        return single(input);
    // Numbered posts must agree with their count: lay out again until they do (each pass only frees room).
    let total = input.numbering ? input.maxPosts : 0;
    let plan = planWithShares(input, packer, total);
    for (let pass = 0; input.numbering && pass < 4 && plan.posts.length !== total; pass += 1) {
        total = plan.posts.length;
        plan = planWithShares(input, packer, total);
    }
    if (plan.posts.length === 0)
        return single(input);
    // All of it went into the first post once its long changes were shortened: a single post, in the thread's order.
    const [only] = plan.posts;
    if (only && plan.posts.length === 1)
        return { posts: [packer.post(0, 0, only.flat(), moreLine(input, plan.left))], omitted: leftOut(input, plan.left) };
    if (input.numbering)
        total = plan.posts.length;
    let closing = pointer(input, plan.left);
    const shown = plan.posts;
    balance(packer, shown, total, closing, input.rules.maxLength);
    const dropped = withoutCrumb(input, packer, shown, total, plan.left);
    if (dropped) {
        if (input.numbering)
            total = shown.length;
        closing = pointer(input, dropped);
    }
    const posts = shown.map((blocks, index) => packer.post(index, total, blocks.flat(), index === shown.length - 1 ? closing : null));
    return { posts, omitted: leftOut(input, dropped ?? plan.left) };
}
/** The entries with the notes' English category labels said in the post's language (frameLabel). */
function inPostLanguage(ranked, language) {
    const said = new Map();
    return ranked.map((entry) => {
        if (entry.label === null)
            return entry;
        let label = said.get(entry.label);
        if (label === undefined) {
            label = frameLabel(entry.label, language);
            said.set(entry.label, label);
        }
        return label === entry.label ? entry : { ...entry, label };
    });
}
function layOut(input) {
    const framed = { ...input, ranked: inPostLanguage(input.ranked, input.language) };
    return framed.thread ? thread(framed) : single(framed);
}

;// CONCATENATED MODULE: ./src/notes/announcement.ts
// What announcement-style notes (a blog post's titled parts) say besides their titles: a breaking note quoted inside a
// part, a part about a feature that did not ship, a known problem that tells users what to do. Pure text rules.
// "> **Breaking Change:** …", "BREAKING: …", "⚠️ 破坏性变更：…", "破壊的変更：…", "주요 변경: …": a label that says the
// part's change breaks, wherever the part stands.
const BREAKING_LABEL = /^[\p{Extended_Pictographic}\uFE0F\s>*_]*(?:\[!(?:warning|caution|important)\][\s*_]*)?(?:breaking(?:[ -]changes?)?|破坏性(?:变更|更改|修改|改动)|破壊的(?:な)?変更|주요 변경(?:\s*사항)?|호환성(?:이 깨지는)? 변경)[*_]*\s*[:：]/iu;
/** A paragraph that opens with a label saying the change it explains breaks. */
const opensWithBreakingLabel = (text) => BREAKING_LABEL.test(text.trim());
// Words a sentence says a feature was held back with. Lower-cased text: cheap word tests first, the pattern after.
const HELD_HINT = /postpone|did not make|didn't make|not make it|removed from this release|pulled from this release|next (?:version|release)|deferred|delayed|延期|推迟|推遲|見送|연기|다음 (?:버전|릴리스)/u;
const HELD_BACK = /\b(?:(?:was|were|has been|have been|is being|had to be) (?:postponed|deferred|delayed|pulled|removed from this release)|did(?: not|n't) make it(?: in)?to (?:this|the) (?:release|version)|(?:was|were|has been|have been) (?:pulled|removed|dropped) from (?:this|the) (?:release|version)|will (?:now )?(?:ship|land|arrive|come) (?:in|with) (?:the )?next (?:version|release|minor|major)|(?:postponed|deferred|delayed|moved) (?:to|until) (?:the )?(?:next|a (?:later|future)) (?:version|release))\b|(?:延期|推迟|推遲)(?:到|至)?(?:下一?个?版本|下次|了)|見送(?:り|られ)|(?:延期|연기)(?:되었|됩니다|했습니다)/u;
/** A sentence that says a feature was held back from this release ("was postponed", "did not make it into this
 *  release", "will ship in the next version", "推迟到下个版本", "見送られました", "연기되었습니다"). */
function saysHeldBack(sentence) {
    const lower = sentence.toLowerCase();
    return HELD_HINT.test(lower) && HELD_BACK.test(lower);
}
// "Known regression: …", "Known issue: …", "已知问题：…", "既知の不具合：…", "알려진 문제: …": a paragraph that labels
// itself a known problem, wherever it stands.
const KNOWN_LABEL = /^[\p{Extended_Pictographic}\uFE0F\s*_]*(?:known (?:issues?|problems?|bugs?|regressions?)|已知(?:问题|問題|缺陷)|既知の(?:問題|不具合)|알려진 (?:문제|이슈|버그))[*_]*\s*[:：]/iu;
/** A paragraph that opens by calling what it tells a known problem. */
const opensAsKnownProblem = (text) => KNOWN_LABEL.test(text.trim());
/** The paragraph without its own "Known regression:" label, which the known problem's heading already shows. */
function withoutKnownLabel(text) {
    const rest = text.trim().replace(KNOWN_LABEL, "").trim();
    // "uploads larger than 2 GB fail" opens the sentence now; "`npm` 11 fails" keeps its name as written.
    return /^\p{Ll}[\p{Ll}\s]/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}
// The words a title names a kind of change with, and nothing else ("New experimental features", "Performance:
// speed-up", "새로운 실험적 기능", "성능: 속도 향상"): a title made of them only heads the part under it.
const KIND_WORDS = new Set("new experimental other notable major minor various misc miscellaneous more additional some key general improvements improvement improved enhancements enhancement features feature changes updates performance speed speedup up stability and preview previews highlights".split(" "));
const CJK_KIND_WORDS = /新的|新增|新|实验性|實驗性|功能|特性|改进|改進|性能|速度|提升|其他|其它|機能|実験的|改善|向上|その他|새로운|새|실험적(?:인)?|기능|성능|속도|향상|개선|기타|및|パフォーマンス|[的なの와과]/gu;
/** A title that only names a kind of change ("New experimental features", "성능: 속도 향상"), not a change. */
function namesOnlyAKind(title) {
    const words = title
        .toLowerCase()
        .replace(CJK_KIND_WORDS, " ")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== "");
    return words.every((word) => KIND_WORDS.has(word)) && /[\p{L}]/u.test(title);
}

;// CONCATENATED MODULE: ./src/notes/bilingual.ts
// Notes written twice, once per language: "修复了 X / Fixed X" on one line, a Chinese list and then the same list in
// English, each change followed by its translation, or whole halves under headings that name their language. A post shows each change once, in the notes' main language,
// and "+N more" counts no translation.

const bilingual_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// Code spans and addresses are the same in both languages: they say nothing of which one a text is in.
const bilingual_CODE_OR_ADDRESS = /`[^`]*`|https?:\/\/\S+/gu;
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\d'’-]*/gu;
const cjkCount = (text) => text.match(bilingual_CJK)?.length ?? 0;
const bilingual_latinWords = (text) => text.replace(bilingual_CODE_OR_ADDRESS, " ").match(LATIN_WORD) ?? [];
/** A word that names something rather than saying it: a capital, a digit ("Eudic", "DeepL", "IE11"). */
const isName = (word) => /[\p{Lu}\d]/u.test(word);
/** The script a change is written in: CJK when CJK characters carry it — at least two for each word in Latin script,
 *  or as many when those words are names ("支持 DeepL, Google, Apple 翻译") — Latin when it has no CJK character and a
 *  few words; null when it says too little to tell, or mixes the two ("adds 日本語 alpha"). */
function scriptOf(text, minWords = 3) {
    const cjk = cjkCount(text);
    const words = bilingual_latinWords(text);
    if (cjk >= 2)
        return cjk >= 2 * words.length || (cjk >= words.length && words.every(isName)) ? "cjk" : null;
    return words.length >= minWords ? "latin" : null;
}
/** The script the notes' language is written in. */
const scriptOfLanguage = (language) => (language === "zh" || language === "ja" || language === "ko" ? "cjk" : "latin");
/** Every word in Latin script of the CJK text is one of the Latin text, which says more than those words: the one
 *  can be the other's translation. */
function mayTranslate(cjk, latin) {
    const latinText = bilingual_latinWords(latin);
    const words = new Set(latinText.map((word) => word.toLowerCase()));
    const names = bilingual_latinWords(cjk);
    return latinText.length > names.length && names.every((name) => words.has(name.toLowerCase()));
}
/** The pair shares a name or a code span ("Eudic", "`Table`"): what a translation keeps as it is. */
function sharesName(cjk, latin) {
    const spans = new Set(cjk.match(/`[^`]+`/gu) ?? []);
    return bilingual_latinWords(cjk).some(isName) || (latin.match(/`[^`]+`/gu) ?? []).some((span) => spans.has(span));
}
// Where a line holds a change twice: "中文 / English", "English | 中文", full-width "／" and "｜".
const SEPARATOR = /\s+[/|]\s+|\s*[／｜]\s*/gu;
/**
 * One line that says a change in two languages ("修复了 X 的问题 / Fixed X"): the half in the notes' main language, or
 * the text as it is. Both halves must say enough to tell their scripts apart, and the CJK half's Latin names must all
 * be in the other, so "支持 React / Vue 组件" and "支持 Vue / Vue Router" stay whole.
 */
function inMainLanguage(text, language, minWords = 3) {
    const main = scriptOfLanguage(language);
    const label = kindNameInMainLanguage(text, main);
    if (label !== null)
        return label;
    for (const separator of text.matchAll(SEPARATOR)) {
        const before = text.slice(0, separator.index).trim();
        const after = text.slice(separator.index + separator[0].length).trim();
        const scripts = [scriptOf(before, minWords), scriptOf(after, minWords)];
        if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1])
            continue;
        const [cjk, latin] = scripts[0] === "cjk" ? [before, after] : [after, before];
        if (!mayTranslate(cjk, latin))
            continue;
        return scripts[0] === main ? before : after;
    }
    return withoutRepeatedSubject(text, main);
}
// changesets items that say a change twice, each line a commit subject of its own ("feat: support rsc for spa
// projects" then "feat: 为 SPA 项目支持 RSC"), read as one text: the second subject's type is where the halves meet.
const REPEATED_TYPE = /\s+(?:feat|fix|perf|refactor|docs|chore|style|test|build|ci|revert)(?:\([^()\n]{1,40}\))?!?[:：]\s*/giu;
/** The half of a twice-said subject in the main script: one half with no CJK at all and a few words, the other
 *  carried by CJK characters (a translation keeps names and code in Latin script: "为 CSR 项目，注入 rsc payload"). */
function withoutRepeatedSubject(text, main) {
    for (const type of text.matchAll(REPEATED_TYPE)) {
        const before = text.slice(0, type.index).trim();
        const after = text.slice((type.index ?? 0) + type[0].length).trim();
        const latinFirst = cjkCount(before) === 0 && bilingual_latinWords(before).length >= 3 && cjkCount(after) >= 2;
        const cjkFirst = cjkCount(after) === 0 && bilingual_latinWords(after).length >= 3 && cjkCount(before) >= 2;
        if (latinFirst)
            return main === "cjk" ? after : before;
        if (cjkFirst)
            return main === "cjk" ? before : after;
    }
    return text;
}
// Marks before a label ("🐛 ", "✨ "): they stay with whichever half is kept.
const bilingual_LEADING_MARKS = /^[\p{Extended_Pictographic}\uFE0F\s]*/u;
// "新增 (Added)", "修复（Fixed）", "Added (新增)": a name and its gloss in brackets at the end.
const GLOSS = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/u;
// "Added 新增", "新功能 New Features": two names side by side, one in each script (spaces between them; none inside a
// CJK name).
const SIDE_BY_SIDE = /^([\p{Script=Latin}][\p{Script=Latin}' &-]*?)\s+([^\s\p{Script=Latin}][^\p{Script=Latin}]*)$|^([^\s\p{Script=Latin}][^\p{Script=Latin}]*?)\s+([\p{Script=Latin}][\p{Script=Latin}' &-]*)$/u;
/**
 * A kind's name said in both languages ("新增 (Added)", "Added 新增", "修复（Fixed）", "🐛 Bug Fixes 问题修复"): the
 * name in the notes' main language, with the marks before the whole; null for anything else. The Latin half must name
 * a kind in a few words ("Added", "Bug Fixes", "Improved") and the CJK half be a category's short name, so "新功能 (Beta)" and "Docker 支持" stay
 * whole. Kind names say little, so no word count is asked for.
 */
function kindNameInMainLanguage(text, main) {
    const marks = bilingual_LEADING_MARKS.exec(text)?.[0] ?? "";
    const rest = text.slice(marks.length).replace(/\s*[:：]\s*$/u, "").trim();
    const glossed = GLOSS.exec(rest);
    const halves = glossed ?? SIDE_BY_SIDE.exec(rest);
    if (!halves)
        return null;
    const [first, second] = halves[1] !== undefined ? [halves[1], halves[2] ?? ""] : [halves[3] ?? "", halves[4] ?? ""];
    const scripts = [scriptOf(first, 1), scriptOf(second, 1)];
    if (scripts[0] === null || scripts[1] === null || scripts[0] === scripts[1])
        return null;
    const [cjk, latin] = scripts[0] === "cjk" ? [first, second] : [second, first];
    if (bilingual_latinWords(cjk).length > 0 || !isCategoryName(cjk) || bilingual_latinWords(latin).length > 3)
        return null;
    // Side by side, the Latin words must be a kind's whole name: "Bug 修复" is one name, "Bug fix".
    if (glossed === null && !isCategoryName(latin))
        return null;
    const latinMeaning = headingMeaning(latin);
    const cjkMeaning = headingMeaning(cjk);
    if (latinMeaning === null || latinMeaning === "generic" || (cjkMeaning !== null && cjkMeaning !== "generic" && cjkMeaning !== latinMeaning))
        return null;
    const kept = (scripts[0] === main ? first : second).trim();
    const colon = /[:：]\s*$/u.exec(text)?.[0].trim() ?? "";
    return `${marks}${kept}${colon}`;
}
/**
 * Entries that translate others: the changes written in the script other than the main language's, when they match
 * those written in it one for one, in order — as many of each, every pair may be a translation (the CJK one's Latin
 * words are in the Latin one) and at least half of the pairs share a name or a code span, so that it is a translation
 * and not a few English commit subjects among Chinese changes. Prose in the other script goes with them. Linear in the entries.
 */
function translations(entries, language) {
    const main = scriptOfLanguage(language);
    const listed = { cjk: [], latin: [] };
    for (const entry of entries) {
        const script = entry.prose ? null : scriptOf(entry.text, 2);
        if (script)
            listed[script].push(entry);
    }
    const pairs = listed.cjk.length;
    if (pairs < 2 || listed.latin.length !== pairs)
        return new Set();
    let shared = 0;
    for (let index = 0; index < pairs; index += 1) {
        const cjk = listed.cjk[index];
        const latin = listed.latin[index];
        if (!mayTranslate(cjk.text, latin.text))
            return new Set();
        if (sharesName(cjk.text, latin.text))
            shared += 1;
    }
    if (shared * 2 < pairs)
        return new Set();
    const other = main === "cjk" ? "latin" : "cjk";
    const dropped = new Set(listed[other]);
    for (const entry of entries)
        if (entry.prose && scriptOf(entry.text, 2) === other)
            dropped.add(entry);
    return dropped;
}
// A heading that names only a language: "## 中文", "## English", "### 🇨🇳 简体中文版", "## 日本語", "## Korean version",
// "## In English", a language code ("## EN", "## zh-CN"), or a line that is only the language's name in bold
// ("**English**", "**中文**"), which some notes use as the heading of each half.
const LANGUAGE_NAME = "(?:in[ \\t]+)?(?:english|chinese|japanese|korean|中文|简体中文|簡體中文|繁體中文|繁体中文|英文|英語|英语|日本語|日本语|日文|한국어|영어|en|cn|zh|jp|ja|ko|kr|en-us|en-gb|zh-cn|zh-tw|zh-hans|zh-hant|ja-jp|ko-kr)(?:[ \\t]*(?:version|版|说明|說明|版本))?";
const MARKS = "(?:[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\uFE0F]+[ \\t]*)?";
const LANGUAGE_HEADING = new RegExp(`^ {0,3}(?:#{1,6}[ \\t]+${MARKS}${LANGUAGE_NAME}[ \\t]*#*|(?:\\*\\*|__)${MARKS}${LANGUAGE_NAME}[ \\t]*[:：]?(?:\\*\\*|__)[ \\t]*[:：]?)[ \\t]*$`, "iu");
const bilingual_FENCE = /^ {0,3}(?:`{3,}|~{3,})/u;
/**
 * The notes with a translated list's second telling gone, and each change told once in the first list's language
 * (see `withoutTranslatedList`); then notes in halves under headings that name their language: "## English" … "## 中文" … (what comes before the first is
 * shared by both and stays), or one half and then "## 中文" … for the other. A post tells each change once, in the
 * language the maintainer put first: the first half with something in it is kept, without its language heading.
 * Notes without such a heading are returned as they are.
 */
const firstLanguageHalf = (markdown) => withoutTranslatedList(halfUnderHeadings(markdown));
function halfUnderHeadings(markdown) {
    if (!/^ {0,3}(?:#|\*\*|__)/mu.test(markdown))
        return markdown;
    const lines = markdown.split("\n");
    const starts = [];
    let fenced = false;
    for (const [index, line] of lines.entries()) {
        if (bilingual_FENCE.test(line))
            fenced = !fenced;
        else if (!fenced && LANGUAGE_HEADING.test(line))
            starts.push(index);
    }
    const first = starts[0];
    if (first === undefined)
        return markdown;
    const saysSomething = (from, to) => lines.slice(from, to).some((line) => /[\p{L}\p{N}]/u.test(line) && !/^ {0,3}#/u.test(line));
    // Each language's part: from its heading to the next; with one heading, what stands before it is the other part.
    const parts = starts.map((start, index) => [start + 1, starts[index + 1] ?? lines.length]);
    if (starts.length === 1)
        parts.unshift([0, first]);
    const halves = parts.filter(([from, to]) => saysSomething(from, to));
    const shared = starts.length > 1 ? lines.slice(0, first) : [];
    const kept = halves[0];
    // A lone language heading over the only text says which language the notes are in, and nothing else.
    if (!kept)
        return lines.filter((_, index) => !starts.includes(index)).join("\n");
    return [...shared, ...lines.slice(kept[0], kept[1])].join("\n");
}
/**
 * Two runs of lines one after the other, as many in each, one in CJK and one in Latin script, each line of the one a
 * possible translation of the same line of the other ("添加开机自动启动功能" … then "Add auto-start on boot
 * functionality" …): the same changes said twice. Which run to leave out — the one not in the notes' main language —
 * or null when they are no such pair. Their order and count pair them, so no shared name is asked for.
 */
function translatedRun(first, second, language) {
    if (first.length < 2 || first.length !== second.length)
        return null;
    const scriptOfRun = (lines) => {
        const scripts = new Set(lines.map((line) => scriptOf(line, 2)));
        return scripts.size === 1 ? ([...scripts][0] ?? null) : null;
    };
    const [a, b] = [scriptOfRun(first), scriptOfRun(second)];
    if (a === null || b === null || a === b)
        return null;
    const [cjk, latin] = a === "cjk" ? [first, second] : [second, first];
    if (!cjk.every((line, index) => mayTranslate(line, latin[index] ?? "")))
        return null;
    return a === scriptOfLanguage(language) ? "second" : "first";
}
// A list item at the margin ("- X", "* X", "1. X"): a change of the notes' top list.
const TOP_ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+\S/u;
// A link's target ("](https://…)", "](#upgrade)"): the same in both languages, it says nothing of which one a text is in.
const LINK_TARGET = /\]\([^)\s]*\)/gu;
// What a translation keeps as it is: an address, a reference number, a code span.
const ANCHOR = /https?:\/\/[^\s)]+|#\d+\b|`[^`]+`/gu;
/** The notes' top-level list items, each with its wrapped lines and sub-items, grouped by list: items with only blank
 *  lines between them are one list. Fenced code is no list. One pass over the lines. */
function topLists(lines) {
    const lists = [];
    let open = null;
    let blankBefore = false;
    let fenced = false;
    for (const [at, line] of lines.entries()) {
        if (bilingual_FENCE.test(line))
            fenced = !fenced;
        const blank = line.trim() === "";
        if (!fenced && TOP_ITEM.test(line)) {
            const item = { from: at, to: at + 1, text: line };
            if (open === null)
                lists.push([item]);
            else
                lists.at(-1)?.push(item);
            open = item;
        }
        else if (open !== null && !blank && (fenced || !blankBefore || /^[ \t]/u.test(line)) && !/^ {0,3}#/u.test(line)) {
            open.to = at + 1;
            open.text += `\n${line}`;
        }
        else if (!blank)
            open = null;
        blankBefore = blank;
    }
    return lists;
}
const bareText = (text) => text.replace(LINK_TARGET, "]");
const anchorsOf = (text) => new Set(text.match(ANCHOR) ?? []);
// A pull request, issue or commit: what both tellings of a change point to. Not an author's page, which many changes share.
const REFERENCE = /#\d+\b|\/(?:pull|issues|commit)\/\w+/gu;
/** A pair of items that may be one change twice: both point to the same pull request or page, or, where they point to
 *  nothing, the CJK one's Latin words are all in the other, which says more. Two items that point to different pull
 *  requests are two changes ("Plugin: 海龟汤游戏 (#3697)" and "Plugin: pxchat (#3712)"), however alike. */
function mayBeSameChange(cjk, latin) {
    const references = new Set(latin.text.match(REFERENCE) ?? []);
    const own = cjk.text.match(REFERENCE) ?? [];
    if (own.length > 0 && references.size > 0)
        return own.some((reference) => references.has(reference));
    return mayTranslate(bareText(cjk.text), bareText(latin.text));
}
/** The pair keeps the same address, reference or code span, or a name: what makes a translation more than alike. */
function keepsAnchor(cjk, latin) {
    const kept = anchorsOf(latin.text);
    return [...anchorsOf(cjk.text)].some((anchor) => kept.has(anchor)) || sharesName(bareText(cjk.text), bareText(latin.text));
}
/**
 * A list that says its changes in one language and then again, item for item, in the other (sd-scripts: ten English
 * items, then the same ten in Japanese; or Chinese and then English) without a heading that names either language:
 * the second telling goes, so each change shows once, in the language the maintainer put first. The two runs must be
 * as long, each in one script, every pair a possible translation and at least half of the pairs keep the same link,
 * reference, code span or name; a list of English commit subjects among Chinese changes does not pair so.
 */
function withoutTranslatedList(markdown) {
    if (cjkCount(markdown) < 4)
        return markdown;
    const lines = markdown.split("\n");
    const drop = [];
    for (const items of topLists(lines)) {
        const scripts = items.map((item) => scriptOf(bareText(item.text), 2));
        for (let start = 0; start < items.length;) {
            const first = scripts[start];
            let middle = start;
            while (middle < items.length && first !== null && scripts[middle] === first)
                middle += 1;
            let end = middle;
            while (end < items.length && scripts[end] !== null && scripts[end] !== first && end - middle < middle - start)
                end += 1;
            // The second run as long as it pairs; the first run's items just before it are the ones it translates.
            const count = end - middle;
            if (first === null || count < 2) {
                start = Math.max(middle, start + 1);
                continue;
            }
            const ordered = [];
            for (let index = 0; index < count; index += 1) {
                const told = items[middle - count + index];
                const again = items[middle + index];
                ordered.push(first === "cjk" ? [told, again] : [again, told]);
            }
            if (ordered.every(([cjk, latin]) => mayBeSameChange(cjk, latin)) && ordered.filter(([cjk, latin]) => keepsAnchor(cjk, latin)).length * 2 >= count) {
                drop.push([items[middle].from, items[end - 1].to]);
                start = end;
            }
            else
                start = middle;
        }
    }
    if (drop.length === 0)
        return markdown;
    return lines.filter((_, at) => !drop.some(([from, to]) => at >= from && at < to)).join("\n");
}

;// CONCATENATED MODULE: ./src/notes/list-credits.ts
// Credits a list writes as the last words of its items: libuv's ChangeLog "* unix: fix discard const (Rudi Heitbaum)",
// "* build(deps): bump x (dependabot[bot])". One item alone cannot tell "(Jane Doe)" from "(Windows)"; a list whose
// items mostly end in a bracketed name can. Pure: blocks in, blocks out.

// One name word in any script ("Saúl", "Corretgé", "O'Brien", "张伟"), or a handle ("@bnoordhuis", "tobil4sk",
// "dependabot[bot]", wagtail's "xuliang@QAX"); ESLint marks a first-time contributor with an emoji ("(Josh Goldberg ✨)").
const WORD = "(?:@?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_.'’@-]{0,40}(?:\\[bot\\])?|\\p{Extended_Pictographic}\\uFE0F?)";
const list_credits_PERSON = `${WORD}(?: ${WORD}){0,3}`;
// The bracket that ends an item's text; a hard wrap inside it is one space by now ("(Juan José\n  Arboleda)").
const ENDING_BRACKET = new RegExp(`\\s*[(（]\\s*(${list_credits_PERSON}(?:\\s*(?:,|\\band\\b|&)\\s*${list_credits_PERSON}){0,3})\\s*[)）]\\s*$`, "u");
const ENDS_IN_BRACKET = /[)）]\s*$/u;
/** The credit bracket that ends `text`, or null. */
function endingCredit(text, loose = false) {
    // Symfony's "bug #1 [Form] Fix x (alice)": cleanup reads the entry with its author whole.
    // Most items end in no bracket: one cheap test spares them the long pattern.
    if (!ENDS_IN_BRACKET.test(text) || isTypedEntry(text))
        return null;
    const bracket = ENDING_BRACKET.exec(text);
    // The change must say something before its credit: "CVE-2018-14468 (FrameRelay)" is an id and what it is about.
    const said = (text.slice(0, bracket?.index ?? 0).match(/\p{L}{2,}/gu) ?? []).length >= 2;
    return bracket && said && isPersonCredit(bracket[1] ?? "", loose) ? bracket : null;
}
// A list credits this way when most of its items do, and at least three.
const MIN_CREDITED = 3;
// MyBatis-Flex's "新增: 支持 fluent 风格的方法 lixiangxiang", "…支持拼接数据库函数 折翼仍飛": Chinese and Japanese set no
// space between words, so one word after a space at the end of a sentence in them is its author's name or handle, where
// most of a list's items end so. A letter's word needs a digit or three letters; a Han or kana name is two to six.
const list_credits_BARE_NAME = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）)」』】])[ \t\u3000]+(?:[A-Za-z][\w-]{2,38}|\d[\w-]*[A-Za-z][\w-]*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,6})$/u;
/** Where `text` ends in a bare name after a Chinese or Japanese sentence: the match, or null. */
function endingBareName(text) {
    const match = list_credits_BARE_NAME.exec(text.trimEnd());
    // The change must say something before its credit, in more than the name's script.
    return match && (text.slice(0, match.index).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 4 ? match : null;
}
/** The blocks with the credit that ends each item taken off, in each list most of whose items end in one. */
function withoutListCredits(blocks) {
    // Items by list: the same parent and depth, until a heading or a top-level paragraph ends the run.
    const lists = [];
    const open = new Map();
    for (const [index, block] of blocks.entries()) {
        if (block.kind === "heading" || (block.kind === "paragraph" && block.parent === -1)) {
            open.clear();
            continue;
        }
        if (block.kind !== "item")
            continue;
        const key = `${block.parent}:${block.depth}`;
        let list = open.get(key);
        if (!list) {
            list = [];
            open.set(key, list);
            lists.push(list);
        }
        list.push(index);
    }
    const result = [...blocks];
    for (const list of lists) {
        for (const ending of [(text, loose) => endingCredit(text, loose), endingBareName]) {
            const credited = list.filter((index) => ending(result[index]?.text ?? "", false) !== null);
            if (credited.length < MIN_CREDITED || credited.length * 2 <= list.length)
                continue;
            for (const index of list) {
                const block = result[index];
                const credit = block ? ending(block.text, true) : null;
                if (block && credit)
                    result[index] = { ...block, text: block.text.slice(0, credit.index).trimEnd() };
            }
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/notes/security-fix.ts
// "This is fixed by…", "This has been fixed in…", "It was addressed by…", "The issue is now resolved by…"; the verb is
// kept to open the fix's own sentence.
const FIX_OF_BEFORE = /^(?:this|it|the (?:issue|problem|vulnerability|bug))(?: issue| problem| vulnerability)? (?:is|was|has been|have been) (?:now )?(fixed|addressed|resolved|patched|mitigated)\b\s*/iu;
// How far back the problem may be told: its paragraph's sentences, one or two more.
const REACH = 4;
/** Prose that says a security problem told just before is fixed: a security entry, opening on "Fixed …". */
function withSecurityFixSaid(entries) {
    return entries.map((entry, index) => {
        if (!entry.prose || entry.kind === "security" || entry.kind === "breaking")
            return entry;
        const match = FIX_OF_BEFORE.exec(entry.text);
        if (!match)
            return entry;
        const before = entries.slice(Math.max(0, index - REACH), index);
        if (!before.some((earlier) => earlier.prose && earlier.kind === "security"))
            return entry;
        // Right after its problem in one paragraph, the sentence reads on from it; opening a paragraph, it stands alone.
        if (entries[index - 1]?.paragraph === entry.paragraph)
            return { ...entry, kind: "security" };
        const verb = (match[1] ?? "fixed").toLowerCase();
        const text = `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${entry.text.slice(match[0].length)}`.trim();
        return { ...entry, kind: "security", text };
    });
}

;// CONCATENATED MODULE: ./src/notes/blog-sections.ts
// A blog-style announcement's parts as a maintainer would sum them up: which parts only tell background (what the
// project is, its history, its people, where to get help), which sentence of a part says its change, and which part
// the post calls its headline. Pure; the model (model.ts) decides where each applies.
// A part about the project or the post, not the release: "What is Tauri?", "How popular is X?", "How did we get to
// 2.0?", "Who made this release possible?", "About X", "Acknowledgements", "Getting help", "Call to action", "Trying
// out v8", "X란?", "X とは", "什么是 X", "关于 X". (A lowered, trimmed title is tested; each branch is anchored.)
const BACKGROUND = /^(?:what (?:is|are) [^?]{1,40}\?|how (?:popular|big|fast|old) (?:is|are) [^?]{1,40}\?|how did (?:we|it|this|[^?]{1,30}) (?:get|come|arrive)\b[^?]{0,40}\?|who (?:made|makes|built|is behind|are|worked on) [^?]{1,60}\?|why (?:should (?:i|you) )?use [^?]{1,40}\?|when should (?:i|you) use [^?]{1,40}\?|about(?: [^\s]{1,40}){1,3}|acknowledge?ments?|getting help|get(?:ting)? involved|(?:a )?call to action|(?:trying|try(?:ing)? it) out(?: [^\s]{1,20}){0,2}|how to (?:help|contribute|get help)|contributing)$/u;
// A tour of using the project ("Let's take a look!", "함께 살펴보자!") or how this version relates to older ones ("Helm 3 and
// its relationship to Helm 1 and 2", "헬름 3와 헬름 1, 2와의 관계"), or the old version's support plan ("헬름 2 지원 계획"):
// background too, no change.
const TOUR_OR_LINEAGE = /^(?:let's (?:take a look|dive in|try it)|(?:a )?(?:quick )?(?:tour|walkthrough)|taking it for a spin|[^?]{1,60} and (?:its )?relationship (?:to|with) [^?]{1,40}|relationship (?:to|with) [^?]{1,40}|[^?]{1,30} support plans?)[!.]?$/u;
const TOUR_OR_LINEAGE_CJK = /^(?:함께 살펴보(?:자|기)|살펴보기|둘러보기|.{1,40}(?:와|과)의 관계|.{1,30} 지원 계획|.{1,30}との関係|さっそく試してみよう|.{1,30}(?:与|和).{1,30}的关系)[!！]?$/u;
const BACKGROUND_CJK = /^(?:.{1,30}(?:란|이란|은 무엇인가요|とは|って何)\s*[?？]?|(?:什么是|什麼是|关于|關於).{1,30}|.{1,30}(?:是什么|是什麼)\s*[?？]?|(?:致谢|鳴謝|鸣谢|感謝|お問い合わせ|サポート|获取帮助|獲取幫助|도움말|문의))$/u;
// A part on how to take up the release, not a change of it: "Getting started with Vite 6", "Migrating to Vite 6",
// "Rails 7.2にアップグレードする" (the instructions of a release page, however long, are no change list),
// "Upgrading", "Preparing for Nuxt 5", "Vite 6 시작하기", "Vite 6로 마이그레이션", "v5 への移行", "迁移到 v5". (A migration
// names a version, so that "Migrating to ESM", a change, stays.)
// "How to upgrade", "Upgrade guide", "升级指南", "アップグレード手順", "업그레이드 방법": instructions.
const ADOPTING = /^(?:getting started(?: with [^\s]{1,30}(?: [^\s]{1,30}){0,2})?|(?:upgrading|migrating|migration|how to (?:upgrade|migrate))(?: (?:from [^\s]{1,30} )?to [^?]{0,30}\d[^?]{0,10})?|(?:upgrade|upgrading|migration) guide|preparing for [^?]{0,30}\d[^?]{0,10})$/u;
const ADOPTING_CJK = /^(?:.{1,30}(?:\s?시작하기|(?:으)?로 마이그레이션|(?:으)?로 업그레이드(?:하기)?|への移行|へのアップグレード|(?:に|へ)アップグレードする|を始める|を始めよう)|(?:迁移到|升级到|遷移到|升級到|开始使用|開始使用).{1,30}|(?:.{1,30}\s?)?(?:升级|升級|迁移|遷移)指南|如何(?:升级|升級|迁移|遷移).{0,30}|(?:.{1,30}の)?(?:アップグレード|移行)(?:方法|手順|ガイド)|(?:.{1,30}\s)?(?:업그레이드|마이그레이션) ?(?:방법|가이드))$/u;
/** A part's title that only tells background: its part names no change of this release. */
function isBackgroundHeading(title) {
    const text = title.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]$/u, "").trim();
    if (text === "" || text.length > 80)
        return false;
    const lower = text.toLowerCase();
    return BACKGROUND.test(lower) || BACKGROUND_CJK.test(text) || TOUR_OR_LINEAGE.test(lower) || TOUR_OR_LINEAGE_CJK.test(text) || ADOPTING.test(lower) || ADOPTING_CJK.test(text) || COMMUNITY.test(lower) || COMMUNITY_CJK.test(text) || CAVEATS.test(lower) || CAVEATS_CJK.test(text);
}
// A part that asks readers to take part, not a change: "Helping out", "How you can help", "Sponsors", "Support the
// project", "Contributing", "Get involved", "Thanks", "Stay in touch", "Join the community", "参与贡献", "ご協力のお願い",
// "후원하기". (Anchored: "Sponsor logos in the README renderer" would say more.)
const COMMUNITY = /^(?:helping(?: us)? out|help(?:ing)? us|how (?:you )?can (?:you )?help|ways to (?:help|contribute)|(?:our |the )?sponsors?(?: (?:us|the project|this project))?|sponsorship|sponsoring(?: the project)?|support (?:us|the project|this project|our work)|contribut(?:e|ing|ions? welcome)|how to contribute|get(?:ting)? involved|thanks?(?: you)?(?: (?:to|all|everyone)\b.{0,40})?|stay (?:in touch|tuned|connected|up to date)|keep in touch|join (?:us|the community|our community))[!.]?$/u;
const COMMUNITY_CJK = /^(?:参与(?:贡献|開發|开发)?|貢獻|贡献|如何贡献|赞助(?:我们|本项目)?|贊助|(?:ご)?協力(?:のお願い)?|貢献(?:する|方法)?|スポンサー|支援のお願い|후원(?:하기)?|기여(?:하기)?|참여(?:하기)?|감사합니다)[!！]?$/u;
// How the release was checked and what it does not cover, told for the record: "Verification and limits", "Known
// caveats", "Known limitations", "검증과 한계", "検証と制限", "验证与限制". No change of the release. (Not "Post-release
// verification" nor "Validation", a feature's name: only titles made of these words, the limits always named; nor a
// bare "Limits" or "제한 사항", which may head changes to limits: "Raise the request body limit to 10 MB".)
const CAVEATS = /^(?:(?:verification|validation|testing|tests|qa),? (?:and|&) (?:limits|limitations|caveats|known limitations|scope)|known (?:limits|limitations|caveats)|caveats|what (?:this release )?does(?: not|n't) (?:do|cover|fix)|scope and limitations)$/u;
const CAVEATS_CJK = /^(?:검증|테스트|검증 결과)\s*(?:과|및|와)\s*(?:한계|제한(?:\s*사항)?)$|^(?:検証|テスト)\s*(?:と|および)\s*(?:制限|制約|限界)(?:事項)?$|^(?:验证|測試|测试|驗證)\s*(?:与|和|及)\s*(?:限制|局限)$|^(?:限制|局限)(?:说明|說明)$/u;
// What a sentence says happened in this release: "now", "new", "added", "improved", "extended", "rewrote", "supports".
const SAYS_DONE = /\b(?:now|no longer|added|adds|introduc(?:es|ed)|brings|built|created|gained|gains|ships|landed|extended|extends|improved|rewr(?:ote|itten)|reworked|supports?|replaced|renamed|removed|dropped|enabled|(?:has|have) been \p{L}+ed|we (?:also )?\p{L}{3,}ed)\b/u;
const SAYS_DONE_CJK = /(?:新增|新た|추가|新しい|改善|改进|改進|支持|対応|지원|개선|导入|導入|引入)/u;
// A sentence that tells history ("In June 2022 we released…", "since v6.1.0") rather than this release's change.
const HISTORY = /\b(?:in|since|back in) (?:\w+ )?(?:19|20)\d\d\b|\bin v?\d+\.\d|\bsince v?\d|\b(?:previously|used to|back in|we announced)\b/u;
// A sentence that leans on the one before it ("This brings…", "Now, it will…", "These…"): alone it says nothing.
const LEANS = /^(?:(?:now|also|so|and|but|then)\s*,?\s+)?(?:(?:this|that|these|those)\s+(?:also\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|means|brings|makes|allows|adds|lets|gives|enables)\b|(?:it|they|its|their|here|there|such)\b)|^(?:instead|however|also|moreover|furthermore|in addition|additionally|as a result|therefore|thus|that's why|that is why|this is why|otherwise)\b/u;
// The same in Chinese, Japanese and Korean: a year ("2023년 초", "2019年"), "after that" ("그 후", "その後", "之后"), or a
// sentence opening on "this" ("이는", "これは", "这").
const HISTORY_CJK = /(?:19|20)\d\d\s*(?:년|年)|^(?:그 후|그 뒤|이 이야기는|その後|当時|之后|此后|后来|後來)/u;
// Connectives that need the sentence before: "그래서", "이쯤에서" (at this point), "また", "しかし", "但是", "因此".
const LEANS_CJK = /^(?:이는|이것은|이를|그리고|그래서|그러나|하지만|따라서|또한|이쯤에서|이에|これは|それは|これにより|また[、,]|しかし|そのため|ただし|这|這|它|但是|因此|所以|此外|另外)/u;
/** The title's words that a sentence should repeat: letters or digits, three or more ("Hot-Module Replacement"). */
const titleWords = (title) => title
    .toLowerCase()
    .replace(/`/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);
// A long word by its stem: "improves" names "improvements", "identifier" names "Identifiers".
const namesWord = (sentence, word) => sentence.includes(word.length > 7 ? word.slice(0, 6) : word.replace(/s$/u, ""));
/**
 * The sentence of a titled part that says its change: short enough for an item, ending with a stop, saying what was
 * done, not history; the one that repeats most of the title's words wins, then the first. Null when none says one.
 */
function keySentence(title, candidates) {
    const words = titleWords(title);
    let best = null;
    let bestScore = -1;
    for (const sentence of candidates) {
        const text = sentence.trim();
        const lower = text.toLowerCase();
        if (text.length < 20 || text.length > 180 || !/[.!。！]$/u.test(text) || /[:：]$/u.test(text))
            continue;
        if (!(SAYS_DONE.test(lower) || SAYS_DONE_CJK.test(text)) || HISTORY.test(lower) || LEANS.test(lower) || HISTORY_CJK.test(text) || LEANS_CJK.test(text))
            continue;
        const score = words.filter((word) => namesWord(lower, word)).length;
        if (score > bestScore) {
            best = text;
            bestScore = score;
        }
    }
    return best;
}
/** A part as one item: its key sentence alone when it repeats every word of the title (it says the topic itself),
 *  else the title and the sentence ("Mobile Support: …now this extends to iOS and Android."). */
function titledWithKey(title, key) {
    const words = titleWords(title);
    const lower = key.toLowerCase();
    if (words.length > 0 && words.every((word) => namesWord(lower, word)))
        return key;
    return `${title.replace(/[.:：]+$/u, "")}: ${key}`;
}
// A sentence calling its part the release's headline: "A very much awaited part of this release is…", "The biggest new
// feature…", "the long-awaited…", "最も待望の…", "대망의…", "期待已久的…".
const CALLS_HEADLINE = /\b(?:(?:very |long |much |most )*(?:much|long)[- ]awaited|most (?:requested|anticipated|awaited)|(?:the|our) (?:biggest|headline|main|star) (?:new )?(?:feature|change|addition|improvement)s?)\b/u;
const CALLS_HEADLINE_CJK = /待望の|期待已久|万众期待|萬眾期待|대망의|가장 큰 (?:변화|기능)|最大の(?:新機能|変更)|最大的(?:新功能|变化)/u;
/** The first sentences of a part call it the release's headline. */
function callsHeadline(opening) {
    return CALLS_HEADLINE.test(opening.toLowerCase()) || CALLS_HEADLINE_CJK.test(opening);
}

;// CONCATENATED MODULE: ./src/notes/removed-list.ts
// A lead-in that says what follows was removed ("Remove the following APIs which were marked as deprecated in the
// previous version:", "以下の非推奨 API を削除しました：") over a table no post can show: one breaking change, said with
// the count of what went ("Removes 17 deprecated APIs"), where the rows alone would be dropped unseen. Pure text work.
// "Remove(d) the following", "The following … have been removed", "移除以下", "以下…已移除", "以下の…を削除", "다음 … 제거",
// "Supprime les … suivantes", "Entfernt die folgenden".
const REMOVES_FOLLOWING = /^(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?)\s+(?:the\s+)?following\b|^the following\b[^:]{0,80}\b(?:have been|has been|were|are)\s+(?:removed|dropped|deleted)\b|^(?:移除|删除|去除)(?:了)?以下|^以下[^：:]{0,40}(?:已|均已)?(?:被)?(?:移除|删除)|^以下の[^：:]{0,40}(?:を)?(?:削除|廃止)|^다음[^:]{0,40}(?:제거|삭제)|^(?:suppression|supprim\w*)\b[^:]{0,60}\bsuivant|^(?:entfern\w*)\b[^:]{0,60}\bfolgend|^(?:elimina\w*|remove\w*)\b[^:]{0,60}\bsiguientes?\b/iu;
const DEPRECATED = /deprecat|废弃|弃用|非推奨|사용 중단|obsol[eè]t|veraltet/iu;
// "the following APIs", "the following deprecated options": what the rows name, as the lead-in calls it.
const NOUN = /\bfollowing\s+(?:deprecated\s+)?([a-z][\w-]*s)\b/iu;
/** The one change a removal lead-in over a table of `rows` names states, in `language`; null when it is no such lead-in. */
function removedListChange(leadIn, rows, language) {
    const said = leadIn.trim().replace(/[:：]$/u, "");
    if (rows < 2 || !REMOVES_FOLLOWING.test(said))
        return null;
    const deprecated = DEPRECATED.test(said);
    const noun = NOUN.exec(said)?.[1] ?? "APIs";
    switch (language) {
        case "zh":
            return `移除 ${rows} 个${deprecated ? "已废弃的 " : " "}API`;
        case "ja":
            return `${deprecated ? "非推奨の " : ""}API を ${rows} 件削除`;
        case "ko":
            return `${deprecated ? "사용 중단된 " : ""}API ${rows}개 제거`;
        case "fr":
            return `Suppression de ${rows} API${deprecated ? " obsolètes" : ""}`;
        case "de":
            return `Entfernt ${rows}${deprecated ? " veraltete" : ""} APIs`;
        case "es":
            return `Elimina ${rows} API${deprecated ? " obsoletas" : ""}`;
        case "pt":
            return `Remove ${rows} APIs${deprecated ? " obsoletas" : ""}`;
        default:
            return `Removes ${rows}${deprecated ? " deprecated" : ""} ${noun}`;
    }
}

;// CONCATENATED MODULE: ./src/notes/source-labels.ts
// A source heading as a post's label: the words that say what kind of change sits under it, without what only the
// source page needed (the version or date it repeats, tags in brackets). Pure; model.ts decides where a label comes from.

// "Features - 21.7.0", "Bug Fixes (v2.3.1)", "Fixes — 2024-05-01", "Features 1.2.0 (2024-05-01)": a towncrier or
// keep-a-changelog section that repeats the release's version or date, which the post's opener already says.
const VERSION_OR_DATE_TAIL = /\s*(?:[-–—:|]\s*|\(\s*)?(?:v?\d+(?:\.\d+){1,3}[\w.+-]*|\d{4}-\d{2}-\d{2})\)?(?:\s*(?:[-–—]\s*|\(\s*)?\d{4}-\d{2}-\d{2}\)?)?$/u;
/** A label without the version or date it ends in, when what is left still names the same kind of change. */
function withoutVersionTail(label) {
    // (A heading longer than a label is none: no need to try the tail at every one of its characters.)
    if (!/\d/u.test(label) || label.length > 120)
        return label;
    const bare = label.replace(VERSION_OR_DATE_TAIL, "").trim();
    // ("Fixes since 2.20" counts from a version: its words are no label without it.)
    if (bare === "" || bare === label || /\b(?:since|from|in|to|for|of|until|before|after)$/iu.test(bare))
        return label;
    const meaning = headingMeaning(bare);
    return meaning !== null && meaning !== "generic" && meaning === headingMeaning(label) ? bare : label;
}
// "[Fix] [TypesSript]", "【Feature】【matrix】": a line of bracket tags only (ECharts' changelog), at most four.
const source_labels_TAGS_ONLY = /^(?:\s*(?:\[[^[\]\n]{1,30}\]|【[^【】\n]{1,30}】)){1,4}\s*$/u;
const TAG = /\[([^[\]\n]{1,30})\]|【([^【】\n]{1,30})】/gu;
/** The kind a label of bracket tags names by one of its tags ("[Fix] [TypesSript]" → fix); null for another label,
 *  or for tags that name no kind (areas only): those are not labels at all. */
function bracketTagsKind(label) {
    if (!label.includes("[") && !label.includes("【"))
        return null;
    if (!source_labels_TAGS_ONLY.test(label))
        return null;
    for (const [, square, corner] of label.matchAll(TAG)) {
        const meaning = headingMeaning((square ?? corner ?? "").trim());
        if (meaning !== null && meaning !== "generic" && meaning !== "drop")
            return { tags: true, meaning };
    }
    return { tags: true, meaning: null };
}

;// CONCATENATED MODULE: ./src/notes/release-section.ts
// A changelog file often holds the release before this one too ("# 5.8.33 …", then "-----" and "# 5.8.32 …"). The
// post is this release's: the notes end where an older release's title starts, so its changes are neither shown nor
// counted in "+N more". One pass over the lines, so long notes stay linear.
// A title's words before its version: "Release", "Version", "v", a project's name ("Hutool 5.8.32", "[5.8.32](…)").
// Words that make it a sentence about a version ("Changes since 4.2.0", "Upgrading from 3.1") are no title.
const SENTENCE_WORD = /^(?:since|from|to|in|for|after|before|than|until|prior|upgrad\w*|migrat\w*|changes?|compared|vs\.?|requires?|with|on|of|at|is|are|was|fixed|added|and|or)$/iu;
// What may follow the version on a title line: nothing, a date, or a short parenthetical ("(2024-08-30)",
// "- 2024-08-30", "— Released Tue 1 Oct 2024", "(YANKED)").
const TITLE_TAIL = /^(?:\]\([^)\s]*\))?\]?[ \t]*(?:[-–—:,][ \t]*)?(?:\([^()\n]{0,40}\)|\[[^\]\n]{0,40}\]|(?:released[ \t]+)?[\w ,./-]{0,40}\d{2,4}[\w ,./-]{0,20})?[ \t]*$/iu;
const release_section_VERSION = /v?(\d+(?:\.\d+)+)((?:-[0-9A-Za-z.]+)?)/u;
const RULE_LINE = /^[ \t]*(?:[-*_=][ \t]*){3,}$/u;
const release_section_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u;
// A list item's marker: its line is a change, never a title.
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/u;
/** The version a line names as a release's title, or null: a heading ("## 5.8.32", "**# 5.8.32(2024-08-30)", a
 *  malformed one), or a whole line of a version and its date. `afterRule`: the line right after a "-----" separator,
 *  where a bare version line titles the next release too. */
function releaseTitleVersion(line, afterRule) {
    if (LIST_ITEM.test(line))
        return null;
    // Heading marks, and the emphasis a hand-made heading wraps them in ("**# 5.8.32**").
    const marked = /^[ \t]*[*_]*[ \t]*(#{1,6})?[ \t]*[*_]*[ \t]*(.*?)[ \t]*[*_]*[ \t]*#*[ \t]*$/u.exec(line);
    if (!marked)
        return null;
    const heading = marked[1] !== undefined;
    const body = (marked[2] ?? "").replace(/^\[/u, "");
    const version = release_section_VERSION.exec(body);
    if (!version || version.index === undefined)
        return null;
    const before = body.slice(0, version.index).trim();
    const words = before === "" ? [] : before.split(/[ \t]+/u);
    if (words.length > 3 || words.some((word) => SENTENCE_WORD.test(word) || !/^[\p{L}\p{N}][\p{L}\p{N}.@/_-]*$/u.test(word)))
        return null;
    if (/[\p{L}\p{N}.]$/u.test(body.slice(0, version.index)))
        return null;
    const tail = body.slice(version.index + version[0].length);
    if (!TITLE_TAIL.test(tail))
        return null;
    const dated = /\d{2,4}/u.test(tail);
    if (!heading && !dated && !afterRule)
        return null;
    const name = words.filter((word) => !/^(?:release|version|ver\.?)$/iu.test(word)).join(" ").toLowerCase();
    return { version: version[1] ?? "", pre: version[2] ?? "", name };
}
/** Negative as `a` (with its pre-release part) is older than `b`. */
function compare(a, b) {
    const left = a.version.split(".").map(Number);
    const right = b.version.split(".").map(Number);
    for (let at = 0; at < Math.max(left.length, right.length); at++) {
        const difference = (left[at] ?? 0) - (right[at] ?? 0);
        if (difference !== 0)
            return difference;
    }
    // "2.0.0-rc.1" came before "2.0.0".
    if (a.pre && !b.pre)
        return -1;
    if (!a.pre && b.pre)
        return 1;
    return comparePre(a.pre, b.pre);
}
/** Semver's order of two pre-release parts: "alpha.6" before "alpha.7", "alpha.10" after "alpha.9", "beta" after "alpha". */
function comparePre(a, b) {
    const left = a.replace(/^-/u, "").split(/[.-]/u);
    const right = b.replace(/^-/u, "").split(/[.-]/u);
    for (let at = 0; at < Math.min(left.length, right.length); at++) {
        const [x, y] = [left[at] ?? "", right[at] ?? ""];
        const [xn, yn] = [/^\d+$/u.test(x), /^\d+$/u.test(y)];
        const difference = xn && yn ? Number(x) - Number(y) : xn ? -1 : yn ? 1 : x < y ? -1 : x > y ? 1 : 0;
        if (difference !== 0)
            return difference;
    }
    return left.length - right.length;
}
/**
 * The notes up to where an older release's title starts after this release's changes; the notes unchanged where none
 * does, or the release's version is unknown. A version inside a sentence ("fixed since 5.8.32") or a list item is no
 * title, and neither is a newer or the same version's.
 */
function thisReleaseOnly(markdown, version) {
    const own = version ? release_section_VERSION.exec(version.trim()) : null;
    if (!own || (own.index !== 0 && !/^[\w@/.-]*[@-]$/u.test(version?.trim().slice(0, own.index) ?? "")))
        return markdown;
    const release = { version: own[1] ?? "", pre: own[2] ?? "" };
    let offset = 0;
    let fence = null;
    let changesSeen = false;
    // The name this release's own title gives ("Hutool 5.8.33"): an older title must give the same, so a section
    // heading that names another product's version ("## Python 3.8") is no release of this one.
    let ownName = "";
    let afterRule = false;
    // Where the kept part ends: before the separator lines and blank lines right above the older title.
    let keepEnd = null;
    while (offset < markdown.length) {
        const newline = markdown.indexOf("\n", offset);
        const end = newline === -1 ? markdown.length : newline;
        const line = markdown.slice(offset, end);
        const opens = release_section_FENCE.exec(line)?.[1];
        if (fence !== null) {
            if (opens && opens[0] === fence[0] && opens.length >= fence.length)
                fence = null;
        }
        else if (opens) {
            fence = opens;
            changesSeen = true;
        }
        else if (line.trim() === "") {
            // Blank lines keep a separator's reach to the title below it.
        }
        else if (RULE_LINE.test(line)) {
            afterRule = true;
            keepEnd ??= offset;
        }
        else {
            // "1.17.1](…/pulls…)": the wrapped tail of a link's text ("[172 changes since\n1.17.1](…)"), never a title.
            const title = /^[^[]*\]\(/u.test(line) ? null : releaseTitleVersion(line, afterRule);
            if (title && changesSeen && (title.name === ownName || title.name === "") && compare(title, release) < 0)
                return markdown.slice(0, keepEnd ?? offset).replace(/\s+$/u, "\n");
            if (title && compare(title, release) === 0)
                ownName = title.name;
            // A heading ("# Changelog") is no change of this release.
            if (!title && !/^[ \t]{0,3}#/u.test(line))
                changesSeen = true;
            afterRule = false;
            keepEnd = null;
        }
        offset = end + 1;
    }
    return markdown;
}

;// CONCATENATED MODULE: ./src/notes/work-summary.ts
// Lines that name only the kinds of work a release holds, never a change of it: a summary "新コンポーネントや機能開発,
// メンテナンス対応, ドキュメントのアップデートを行いました" ("we did new components, maintenance, docs updates") under
// "概要", or a project's stock first item "Évolution du système socio-fiscal." ("change of the tax-benefit system").
// The changes themselves follow; these introduce them and, shown, take the place of one.

// The frame "we did …": JA "…を行いました", KO "…을/를 진행했습니다", ZH "进行了…", EN "We did/worked on …",
// "This release includes …". What is left inside is the list of kinds.
const DID_FRAME_END = /\s*(?:を|の)(?:行い|実施し|し)(?:ました|ます)[。.]?$|\s*(?:을|를)?\s*(?:진행|수행)(?:했습니다|하였습니다|했다)[.。]?$/u;
const DID_FRAME_START = /^(?:本次(?:更新|发布|版本)?(?:主要)?(?:进行了|包括|包含)|(?:we|this release|this version|this update)\s+(?:also\s+)?(?:did|made|worked on|carried out|includes?|contains?|brings?)\s+)/iu;
const PART_SPLIT = /\s*(?:[,、，/／・]|や|및|以及|和|与|\band\b|\bet\b)\s*/u;
/** A sentence whose every part is a kind of work ("new components, maintenance, docs updates"), framed as done. */
function namesOnlyWorkDone(sentence) {
    const text = sentence.trim();
    const inner = DID_FRAME_END.test(text) ? text.replace(DID_FRAME_END, "") : DID_FRAME_START.test(text) ? text.replace(DID_FRAME_START, "").replace(/[.。]$/u, "") : null;
    if (inner === null || /[`<>()（）]/u.test(inner))
        return false;
    const parts = inner.split(PART_SPLIT).filter((part) => part !== "");
    // Three or more, each a short name ("メンテナンス対応", "bug fixes") that means a kind: a list of categories.
    return parts.length >= 3 && parts.every((part) => part.split(/\s+/u).length <= 3 && part.length <= 24 && headingMeaning(part) !== null);
}
// A verbless line "Évolution du système socio-fiscal", "Changes to the system", "Modification of the rules": a change
// noun whose only complement is what area it touches — the category, said as a phrase.
const CHANGE_OF_AREA = /^(?:[ÉE]volutions?|Changements?|Modifications?|Changes?|Evolutions?)\s+(?:du|de la|de l'|des|d'|of the|to the|in the|of|to)\s*[\p{L}'-]+(?:[\s-]+[\p{L}'-]+){0,2}[.。]?$/u;
/** A list item that names only the area of change ("Évolution du système socio-fiscal."), with no change in it. */
const namesOnlyAreaOfChange = (text) => CHANGE_OF_AREA.test(text.trim());
// "Périodes concernées : du 01/01/2020…", "Zones impactées :", "Affected files:": where or when a change applies, a
// field of the project's template beside the change ("Détails :"), not the change.
const AFFECTED_FIELD = /^(?:[\p{L}-]+\s+){1,2}(?:concern[ée]e?s?|impact[ée]e?s?|affect[ée]e?s?|affected|impacted|touched)\s*[:：]/iu;
/** A template field that says what a change affects ("Zones impactées :", "Affected periods: 2020–2021"). */
const isAffectedField = (text) => AFFECTED_FIELD.test(text.trim());

;// CONCATENATED MODULE: ./src/notes/prose.ts
// What a sentence of prose is worth to a post: the notes' own announcement, greetings and thanks, what every
// release post says, pointers and promises, advisory notices, side remarks — or a change. Pure text rules.


// The notes' own announcement ("v2.0.0 is here!", "🏆 Ant Design 6.0.0 is released.", "We're excited to announce…"):
// the post's opener says it already.
const OPENER = /\b(?:is (?:now )?(?:out|here|live|available|released)|has (?:just )?been released|(?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really )?(?:excited|happy|pleased|thrilled|proud|glad) to (?:announce|release|share|introduce|present)|(?:announc(?:e|es|ing)|introducing) (?:the (?:release|availability) of|\S+ v?\d)|new (?:major |minor |patch )?(?:version|release) of)\b|(?:正式)?发布了?[！!。]|リリースしました|출시|여기에 있습니다|登場しました/iu;
// A line that only names the release: "What's new in version 3.5.0", "Nushell 0.113.1", "Foo v2.0.0 release",
// "Summary for 4.9.3 tcpdump release". A name
// is a few words that say no change ("Requires Node 18.0" says one).
const RELEASE_WORD = String.raw `(?:release|version|update|changelog|release notes?)`;
const prose_NAME_WORD = String.raw `(?!(?:requires?|supports?|drops?|adds?|removes?|bumps?|upgrades?|fix(?:es)?|uses?|to|from|now|for|in|on|with)\b)\p{L}[\p{L}\p{N}._@/+-]*`;
// The release's date after its version: "(2024/01/27)", "- 2026-03-17", "Tue March 17 2026", "17 March 2026".
const RELEASE_DATE = String.raw `(?:\s*[-–—,]?\s*[(（\[]?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\p{L}{3,9},?\s+)?\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s*[)）\]]?)?`;
const RESTATES_RELEASE = new RegExp(String.raw `^[\p{Extended_Pictographic}\uFE0F\s=~*#-]*(?:what'?s (?:new|changed)\s+(?:in|for|since)\s+|(?:changes|news|summary|overview)\s+(?:in|for|of)\s+)?(?:the\s+)?(?:${prose_NAME_WORD}\s+){0,3}?(?:${RELEASE_WORD}\s+)?v?\d+(?:\.\d+)+(?:[-+][\w.]+)?(?:(?:\s+${prose_NAME_WORD}){0,2}?\s+${RELEASE_WORD})?${RELEASE_DATE}[\s.!:：\p{Extended_Pictographic}\uFE0F=~*#-]*$`, "iu");
/** A title or line that only names the release the post's opener already names. */
const restatesRelease = (text) => RESTATES_RELEASE.test(text.replace(/[’‘]/gu, "'").trim());
// A sentence whose subject is the release's version: "`2.6.0` is a minor release centered on X", "Foo 2.0 is a patch
// release", "`2.6.0` adds X". (With its name, "Vitest 3.2 focuses on X" reads as a sentence about the project.)
const BARE_VERSION = String.raw `(?:version\s+)?\x60?v?\d+(?:\.\d+)+[\w.+-]*\x60?\s+`;
const VERSION_SUBJECT = String.raw `^(?:${prose_NAME_WORD}\s+){0,2}?${BARE_VERSION}`;
const VERSION_IS_RELEASE = new RegExp(`${VERSION_SUBJECT}is an?\\s+((?:[\\w-]+\\s+){0,2}?)(release|update|version)\\b[,;:]?\\s*(.*)$`, "iu");
const VERSION_DOES = new RegExp(`^${BARE_VERSION}((?:brings|adds|includes|contains|fixes|introduces|focuses on|improves|ships|delivers)\\b.*)$`, "iu");
/**
 * A sentence about the release that names it by its version, said without the version the opener carries: "This is a
 * minor release centered on X"; "`2.6.0` adds X" as "This release adds X"; null when it says nothing more ("`2.6.0` is a patch release.").
 */
function withoutVersionSubject(sentence) {
    const is = VERSION_IS_RELEASE.exec(sentence);
    if (is) {
        const rest = (is[3] ?? "").trim();
        if (!/[\p{L}\p{N}]/u.test(rest))
            return null;
        const kind = (is[1] ?? "").trim();
        const article = /^[aeiou]/iu.test(kind || (is[2] ?? "")) ? "an" : "a";
        return `This is ${article} ${kind === "" ? "" : `${kind} `}${is[2] ?? "release"} ${rest}`;
    }
    const does = VERSION_DOES.exec(sentence);
    return does ? `This release ${does[1] ?? ""}` : sentence;
}
// Sentences that carry no change: greetings, thanks, invitations, sign-offs ("Right, that's everything!"), apologies
// ("we admit that three years for a major release is too long", "we are sorry for the wait").
const FLUFF = /^(?:(?:(?:right|ok(?:ay)?|well|so|and),?\s+)?that'?s (?:all|everything|it)(?: for (?:now|today|this (?:release|time)))?[.!]|hi|hello|hey|dear|greetings|welcome|happy|enjoy|cheers|stay tuned|as always|thank|thanks|a big thank|special thanks|shout-?out|we (?:want to |would like to |'d like to )?(?:thank|invite|hope|encourage|appreciate|are grateful)|we(?:'re| are) (?:grateful|thankful)|today,? we|it'?s been|it'?s about time|here we go|well,? here|as promised|this (?:release|version) (?:is|was) (?:made possible|brought to you)|please (?:report|let us know|give|try)|feedback|if you (?:find|have|encounter|run into)|follow us|join (?:us|our)|(?:on \w+, )?expect another|感谢|谢谢|致谢|ありがとう|感謝)|\b(?:thank you|thanks to (?:all|every)|grateful|community|contributors? (?:who|that)|sponsors?)\b|^without (?:you|your (?:help|support|work)|all of you|them|their (?:help|support|work)|(?:the|our) (?:community|contributors))\b[^.!?]{0,40}\b(?:would|could)(?:n'?t| not| never)\b|\bwould(?:n'?t| not) (?:have been|be) possible without\b|\b(?:we(?:'re| are) (?:so |very |truly |really )?sorry|we (?:sincerely )?apologi[sz]e|(?:our )?apologies|we (?:must |have to |do )?admit)\b/iu;
// What the project is: "Nushell, or Nu for short, is a new shell that…", "Mypy is a static type checker…".
const PRODUCT_DEFINITION = /^\S+(?: \S+)?(?:,? (?:or|aka|also known as) [^,.!?]{1,30},)? is an? (?:[\w-]+ ){0,5}(?:language|library|framework|tool|toolkit|runtime|platform|compiler|engine|database|editor|bundler|linter|formatter|client|server|app|application|shell|terminal|package manager|build (?:system|tool)|test runner|web server|operating system|static site generator)\b/iu;
// What every release post of a project says besides: how to install or update it ("Check out if the package manager of
// your OS already ships…", "download it from our nightly builds", "Make sure your foo-up is 0.8.5 or higher").
const BOILERPLATE = /\bif you (?:don'?t|do not) have it (?:already|installed)\b|\b(?:you can|to) (?:get|install|update|upgrade)\b.{0,80}\b(?:with|from|using|run)\b|\b(?:is|was) an? (?:[\w-]+ )?(?:exciting|big|huge|massive|great|amazing|awesome|small) release\b|^(?:to download|you can download|download)\b|\bthis (?:blog )?(?:post|article|announcement)\b|\b(?:outlined|listed|described) in the (?:changelog|release notes)\b|\brelease policy\b|\b(?:these are|this is|here are) the release notes?\b|リリースノートです|릴리스 노트입니다|\b(?:arrives|comes|lands|ships)\b.{0,40}\b(?:months|weeks)\s+after\b|\bpackage manager of your (?:os|operating system|distro|distribution)\b|\b(?:download|install|get|grab)\b.{0,60}\bfrom (?:our |the )?nightl(?:y|ies)\b|^make sure (?:that )?(?:the version of )?[\w.-]+(?: (?:you have|that you have|you've) installed)? is (?:v?\d+(?:\.\d+)+|at least\b)/iu;
const CHANGE_WORDS = /\b(?:add(?:s|ed)?|allow(?:s|ed)?|enabl(?:e|es|ed)|new|now|support(?:s|ed)?|introduc\w*|improv\w*|faster|speed|performance|breaking|remov\w*|deprecat\w*|fix(?:es|ed)?|rewrit\w*|redesign\w*|api|option|flag|command|plugin|compiler|runtime|config\w*|migrat\w*|requires?|drop(?:s|ped)?|node(?:\.js)? ?\d+|typescript|esm|cjs)\b|`[^`]+`|\d+(?:\.\d+)+|新增|支持|修复|优化|改进|性能|新機能|対応|追加|修正|改善|高速/iu;
// Lines that say nothing about the release's changes: a release PR's title ("Version Packages", "chore(release):
// 1.2.0"), a notice of the release's own kind ("This is a beta release."), placeholders ("No release notes"), a line
// that only says what the notes are ("These are the release notes for 2.1.", "…v1.0.4 のリリースノートです。").
const BOILERPLATE_ENTRY = /^(?:version packages|(?:release|publish)(?:ed)?:?\s+v?\d[\w.+-]*|(?:bump|update|set)(?:s|ed)?\s+(?:the\s+)?(?:package\s+)?version(?:\s+number)?(?:\s+to\s+v?\d[\w.+-]*)?|prepared?\s+(?:for\s+)?(?:the\s+)?release(?:\s+v?\d[\w.+-]*)?|no\s+(?:release\s+notes?|changes|notable\s+changes|user[- ]facing\s+changes|changelog)(?:\s+(?:provided|yet|for\s+this\s+release|in\s+this\s+release))?|not\s+published\b.{0,80}|(?:this|it)\s+is\s+an?\s+(?:beta|alpha|pre-?release|preview|nightly|canary|dev(?:elopment)?|test)\s+(?:release|build|version)(?:\s+of\s+\S+)?|(?:these are|this is|here are) the release notes?\b[^.!?]{0,60}|[^.!?。]{0,80}(?:のリリースノートです|릴리스 노트입니다))[.!。]?$/iu;
// A sentence that starts by pointing at what follows it: "The following…", "These…", "Here are…", "Below…". What it
// names may be a change ("The following rules are now recommended:"); LIST_INTRO tells when it names none.
const LIST_LEAD_IN = /^(?:the following|these|here (?:are|is)|below)\b/iu;
// What notes call their changes when they only point at them.
const CHANGE_NOUN = String.raw `(?:changes?|updates?|fixes|bug ?fixes|improvements?|enhancements?|features?|highlights?|changelog|items?|pull requests?|PRs|commits?|(?:release )?notes|additions?)`;
const CHANGE_NOUNS = String.raw `(?:(?:main|notable|key|major|important|most important|significant|user[- ]facing|new|other|all(?: the)?|some(?: of the)?|several|a few|the)\s+)*${CHANGE_NOUN}(?:,?\s+(?:and|&)\s+${CHANGE_NOUN})?`;
// Where the changes are: "in this release", "since v2.6.6", "for version 3", "compared to 1.x".
const IN_RELEASE = String.raw `(?:\s+(?:in|to|with|for|since|from|of|compared (?:to|with))\b[^.!?:：]{0,60}?)?`;
// A sentence that only says the list of changes follows, or that a pre-release already had them: "Here are the changes
// since v2.6.6.", "The following changes are included in this release.", "These are changes that require you to update
// your code:", "This release includes the following changes:", "以下是本次更新内容", "本次更新内容如下", "主な変更点は以下の
// 通りです", "今回のリリースでは以下の変更が含まれています", "다음은 변경 사항입니다", "No changes since 3.0.0-beta.37". A
// post shows the changes, or not; it never says "below". One that names a change ("The following rules are now
// recommended:") is no such sentence.
const LIST_INTRO = new RegExp([
    String.raw `^(?:here|below) (?:are|is)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:main|notable|key|major|full|complete)\s+)?(?:list of\s+)?(?:changes|updates|fixes|improvements|highlights|changelog)\b(?:\s+(?:since|from|in|for|compared (?:to|with))\b[^!?]{0,60}?)?`,
    String.raw `^(?:the following|below)(?:\s+(?:is|are))?(?:\s+(?:a|the)\s+(?:list|summary|overview) of)?\s+${CHANGE_NOUNS}(?:\s+(?:are|is|were|was|have been|has been)(?:\s+(?:included|made|listed|contained|shipped|merged|introduced|added|part of this release))?)?${IN_RELEASE}`,
    String.raw `^(?:these|this) (?:are|is)\s+${CHANGE_NOUNS}${IN_RELEASE}(?:\s+(?:that|which)\s+[^.!?:：]{0,80})?(?=[:：]|$)`,
    String.raw `^(?:this|the) (?:release|version|update)(?:\s+\S+)?\s+(?:includes|contains|brings|has|ships(?: with)?|introduces)\s+(?:the following|these)(?:\s+${CHANGE_NOUNS})?`,
    String.raw `^here(?:'s| is| are)\s+(?:what(?:'s| is| has)?\s+(?:new|changed|been (?:changed|fixed|added))|an?\s+(?:list|summary|rundown|overview) of\s+${CHANGE_NOUNS})${IN_RELEASE}`,
    String.raw `^below,?\s+you(?:'ll| will| can)?\s+find\b[^.!?:：]{0,80}`,
    // "Below we list the most remarkable changes in the language, compiler and stdlib."
    String.raw `^(?:below,?\s+)?we(?:'ll| will)?\s+(?:list|describe|summari[sz]e|highlight|cover|go (?:over|through))(?:\s+below)?\s+(?:the\s+|some\s+of\s+the\s+)?(?:(?:most\s+)?(?:remarkable|notable|important|interesting|significant|main|key|major|biggest)\s+)?${CHANGE_NOUN}${IN_RELEASE}`,
    String.raw `^(?:the\s+)?(?:main|notable|key|major|most important|important)\s+${CHANGE_NOUN}${IN_RELEASE}\s+(?:are|include)(?:\s+(?:the following|as follows|(?:listed )?below))?(?=[:：]|\s+(?:the following|as follows|(?:listed )?below)|$)`,
    String.raw `^(?:changes|updates) since v?\d[\w.+-]*`,
    String.raw `^no (?:other )?changes (?:since|from|compared (?:to|with)) v?\d[\w.+-]*`,
    String.raw `^以下[はが是为]?[^。！？]{0,40}(?:変更点|変更内容|更新内容|更新日志|变更|改动|修改|变化)(?:です|である|如下)?`,
    String.raw `^下面是[^。！？]{0,40}(?:更新|变更|改动)(?:内容)?`,
    // "本次更新包含以下内容", "主要变更如下", "更新内容如下".
    String.raw `^[^。！？!?]{0,24}?(?:包含|包括|有)?(?:如下|以下)(?:内容|几点|变更|改动|更新)?`,
    // "主な変更点は以下の通りです", "今回のリリースでは以下の変更が含まれています", "以下の変更を行いました".
    String.raw `^[^。！？!?]{0,30}?(?:以下|下記)の(?:通り|とおり)(?:です)?`,
    String.raw `^[^。！？!?]{0,30}?(?:以下|下記)の(?:主な)?(?:変更|修正|更新|改善)(?:点|内容)?(?:が|を)(?:含まれて(?:い)?ます|行いました|加えました|あります)`,
    String.raw `^다음은[^.!?]{0,40}(?:변경 ?사항|변경점)(?:입니다)?`,
    // "주요 변경 사항은 다음과 같습니다", "이번 릴리스에는 다음 변경 사항이 포함되어 있습니다".
    String.raw `^[^.!?]{0,30}?(?:다음과 같습니다|다음(?:과 같은)? (?:변경 ?사항|변경점|내용)(?:이|을)? 포함되어 있습니다)`,
    String.raw `^[^。！？!?]{0,60}から(?:の)?変更(?:点)?はありません`,
]
    // Each form is the whole sentence: only a remark in brackets and a full stop or colon may follow it.
    .map((part) => `(?:${part})\\s*(?:[(（][^)）]{0,120}[)）])?\\s*[.!。:：]?$`)
    .join("|"), "iu");
// A lead-in that sums the release up before the full notes ("Here's a glimpse of what's changed in this release:", "At a
// glance:", "TL;DR:", "本次更新亮点：", "主なハイライト：", "이번 릴리스 요약:"): the list under it picks the release's highlights.
const SUMMARY_INTRO = new RegExp([
    String.raw `^(?:here(?:'s| is| are)\s+)?(?:an?\s+|the\s+)?(?:(?:quick|short|brief|high[- ]level)\s+)?(?:glimpse|summary|overview|rundown|recap|snapshot|taste|look|tour)\s+(?:of|at)\s+(?:what(?:'s| is| has)?\s+(?:new|changed|been \w+)|the\s+(?:(?:main|key|notable|biggest|major|most important|important)\s+)?(?:changes|highlights|features|updates|improvements)|(?:(?:main|key|notable|biggest|major|most important|important)\s+)?(?:changes|highlights|features|updates|improvements)|(?:this|the) (?:release|version|update))\b[^.!?:：]{0,60}`,
    String.raw `^(?:at a glance|tl;?\s?dr|in (?:short|brief|a nutshell)|key takeaways|the short version|(?:quick |short )?summary(?: of (?:the )?(?:changes|this release|the release|what'?s new|updates))?|(?:release )?highlights?(?: of this release)?)`,
    String.raw `^(?:本次|本版本?|此次|这次|本期)?(?:更新|版本|发布|发版)?(?:的)?(?:主要)?(?:亮点|要点|概要|摘要|速览|概览|一览|总结)(?:如下)?`,
    String.raw `^(?:今回の|本)?(?:リリース|アップデート|バージョン)?(?:の)?(?:主な)?(?:ハイライト|概要|要約|まとめ|見どころ)(?:は(?:以下|次)の(?:通り|とおり)です)?`,
    String.raw `^(?:이번 )?(?:릴리스|업데이트|버전)?\s*(?:주요 )?(?:하이라이트|요약|개요)`,
]
    .map((part) => `(?:${part})\\s*[.!。:：]?$`)
    .join("|"), "iu");
/** A lead-in that sums the release up ("At a glance:", "TL;DR:", "本次更新亮点："): its list holds the highlights. */
const introducesHighlights = (sentence) => SUMMARY_INTRO.test(sentence.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/\*+/gu, ""));
/** A sentence that only introduces the list or section after it and names no change. */
const isListIntro = (sentence) => LIST_INTRO.test(sentence.trim());
// A line that only points elsewhere in the notes ("See security fixes below.", "Details below", "详见下文", "下記参照"),
// maybe after a name of its own ("Upgrade urgency SECURITY: See security fixes below."): a post shows what it points at.
const POINTS_ELSEWHERE = /^(?:[^:：.!?。]{0,40}[:：]\s*)?(?:(?:please\s+)?(?:see|refer to|check(?: out)?|read|find)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:below|above|further down|later in (?:these|the) notes)|(?:more\s+|full\s+)?details\s+(?:are\s+)?(?:below|above)|(?:详见|详情见|参见|请参阅|见)(?:下文|下方|下面|以下)|(?:下記|以下)(?:を)?参照(?:してください)?|詳細は(?:下記|以下)(?:を参照(?:してください)?)?|아래(?:를)? 참(?:조|고)(?:하세요)?)\s*[.。!！]?$/iu;
// The notes' own title as a range of versions ("CHANGES FROM 3.6b TO 3.7", "Changes since 1.2.0", "Changes in 3.7:"):
// the opener says the release.
const VERSION_RANGE_TITLE = /^(?:changes|changelog|release notes?|what'?s (?:new|changed))\s+(?:from|since|between|in|for)\s+(?:version\s+)?v?\d[\w.+-]*(?:\s+(?:to|and|until|through|->|→)\s+(?:version\s+)?v?\d[\w.+-]*)?\s*[:：]?$/iu;
// Advice to install this very release ("Make sure to update both NPM and Cargo dependencies to the 1.7.0 release."):
// how to get it, which the post's link says, not a change of it.
// A pointer at the whole list kept elsewhere ("Check out the entire list of changes: tauri, tauri-cli"): its links are
// gone, and the post's link leads to the notes.
const POINTS_TO_FULL_LIST = /^(?:please\s+)?(?:check out|see|read|view|browse|find|have a look at|take a look at|look at)\s+(?:the\s+)?(?:full|entire|complete|whole|detailed)\s+(?:list\s+of\s+)?(?:changes|changelog|release notes?|commits)\b[^.!?]{0,80}[.!]?$/iu;
// Where to get the release ("Pre-built packages are available on GitHub Releases and our official distribution
// channels.", "Binaries can be downloaded from the releases page."): the post's link says it.
const GET_THIS_RELEASE = /^(?:(?:pre-?built|prebuilt|official)\s+)?(?:packages|binaries|builds|installers|artifacts|downloads)\s+(?:are|is)\s+(?:now\s+)?(?:available|published)\s+(?:on|at|from|in|via)\b[^.!?]{0,120}[.!]?$|^(?:(?:make sure|be sure|remember|don't forget|do not forget)\s+to|please|simply|just|you (?:can|should|need to|must))\s+(?:update|upgrade|bump|install)\b[^.!?]{0,80}\bto (?:the )?(?:latest|newest|v?\d+(?:\.\d+)+)(?:\s+(?:release|version|versions|releases))?[.!]?$/iu;
// A changelog template's own words, left in the published file: its instruction to contributors ("All PRs merged to
// develop are registered here.", "Add your changes here", "所有提交到 develop 分支的 PR 请在此处登记。", "ここに記載してください")
// and the placeholder of an entry never filled in ("XXX", "TODO", "TBD", "[#XXX] XXX").
const TEMPLATE_INSTRUCTION = /^(?:[^.!?。]{0,60}\b(?:prs?|pull requests?|changes?|entries|items?)\b[^.!?。]{0,40}\b(?:should be|are to be|must be|go|goes)\s+(?:registered|listed|added|recorded|logged|noted)\s+(?:here|below)|(?:please\s+)?(?:register|list|add|record|log|put|note)\s+(?:all\s+|every\s+|each\s+|your\s+|new\s+)*(?:the\s+)?(?:prs?|pull requests?|changes?|entries|items?)\b[^.!?。]{0,60}\b(?:here|below)|[^。！？!?]{0,60}(?:请|請)?(?:在|于)(?:此处|这里|此)(?:登记|记录|填写|添加)|[^。！？!?]{0,60}(?:ここ|こちら)に(?:記載|記入|登録|追記)(?:して(?:ください|下さい))?)\s*[.!。！]?$/iu;
const PLACEHOLDER = /^(?:[\s[\]()#:：,.-]*(?:x{3,}|todo|tbd|tba|n\/a|\.\.\.|…)[\s[\]()#:：,.-]*)+$/iu;
// A maintainer's note on how the notes are made, to contributors rather than users: "(note: new PRs will not be merged
// until they add release note wording here)", "Note: every PR must add a changelog entry to this file." It speaks of
// PRs or contributors and of the notes, and stands apart as a note (in brackets, after "Note:") or points at the notes
// themselves ("here", "this file"); a change to a tool that makes release notes says neither.
const PROCESS_NOTE = /^(?:[(（[]\s*(?:note\s*[:：]\s*)?|note\s*[:：]\s*|(?=.*\b(?:here|this (?:file|section|page|list|document|changelog))\b))(?=.*\b(?:prs?|pull requests?|contributors?|commits)\b)(?=.*\b(?:release[- ]notes?|changelog|change log|notes? (?:wording|entry|entries)|wording)\b).{10,300}$/iu;
/** Text of the notes' template, not of the release: an instruction to contributors or an entry's placeholder. */
const isTemplateText = (text) => TEMPLATE_INSTRUCTION.test(text.trim()) || PLACEHOLDER.test(text.trim()) || PROCESS_NOTE.test(text.trim());
// A lead-in to the problems that motivated a change ("This has multiple problems:", "There are several issues with
// this approach:", "The problems are:"): the list under it says what was wrong, not what changed.
const PROBLEMS_LEAD_IN = /^(?:(?:(?:this|that|it)\s+|the (?:old|current|previous|existing) (?:\w+ ){0,2})(?:has|had|causes?|caused|creates?|created|brings?|brought)\s+(?:(?:multiple|several|many|some|a few|a couple of|two|three|four|\d+|various|a number of)\s+)?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)|there (?:are|were)\s+(?:(?:multiple|several|many|some|a few|a couple of|two|three|four|\d+|various|a number of)\s+)?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)(?:\s+with\s+[^:：]{1,40})?|the (?:main )?(?:problems|issues|drawbacks|downsides|shortcomings|limitations)(?:\s+with\s+[^:：]{1,40})? (?:are|were))\s*[:：]?$/iu;
/** A lead-in whose list names the problems a change answers, not changes. */
const introducesProblems = (text) => PROBLEMS_LEAD_IN.test(text.trim());
// What a sentence under a breaking heading says when it names the change itself: what became of something ("renamed",
// "removed", "now", "no longer", "instead", "prefixed", "upgraded to v4"); a name in code alone may be background ("Plugins need to
// implement the `Plugin` trait"). Around it on a docs page stand
// sentences that name none: why ("This will cause a breaking change to all capabilities"), who is affected ("For app
// developers we have breaking changes in…"), pointers ("Otherwise please read the detailed section below").
const NAMES_WHAT_CHANGED = /\b(?:now|no longer|renamed|removed|replaced|changed|added|prefix(?:ed)?|prepend(?:ed)?|instead|deprecated|dropped|moved|requires?|is gone|are gone|upgraded|bumped|raised|switched|migrated)\b|重命名|改名|移除|删除|废弃|不再|改为|升级|変更|削除|廃止|非推奨|アップグレード|변경|제거|삭제|업그레이드/iu;
/** A sentence of prose under a breaking heading that names what changed, not why, for whom or where to read on. */
const namesWhatChanged = (sentence) => NAMES_WHAT_CHANGED.test(sentence);
// A blog post's lead-ins and outros ("Read on for an overview of…", "In this post we'll cover…", "Let's dive in!", "You
// can try out these new features today!") and its questions to the reader ("Do you want a single codebase?", "Are you
// a web developer?"): they frame the changes and name none.
// "You may be wondering…", "이쯤에서 이런 의문이 들지도 모르겠다.", "疑問に思うかもしれません", "你可能会问": the post muses on
// the reader's question; the answer, not the musing, is the change.
const READER_WONDERS = /^(?:(?:at this point|now|so),? )?you (?:may|might|could) (?:be wondering|wonder|ask(?: yourself)?)\b|(?:의문이|궁금증이|궁금해)\s*(?:들|할)(?:지도|수도)\s*모르|疑問に思(?:う|われる)かもしれ|(?:你|您)(?:可能|也许)(?:会)?(?:问|想知道|好奇)/iu;
const READER_ASIDE = /^(?:(?:so,? )?(?:read|keep reading|continue reading) on\b|read on\b|in this (?:blog )?(?:post|article|write-?up),? (?:we|i|you)\b|let'?s (?:dive|jump|get started|take a (?:closer )?look|have a look|explore|see)\b|without further ado\b|(?:you can|go ahead and|be sure to|make sure to|don'?t forget to) (?:try|test|check) (?:out )?(?:these|this|them|it|all of (?:these|this)|the new)\b[^!?]{0,80}\b(?:today|now|yourself)[.!]*$|(?:do|are|have|would|could|did|were) you\b[^!?]*\?$|(?:want|need|looking|wish(?:ing)?) (?:to|for)\b[^.!?]*\?$|ever wondered\b[^.!?]*\?$)/iu;
// How big the community is ("Our Discord server has ~17,700 members", "the repository has ~4,878 pull requests closed"):
// a launch post's pride, no change of the release.
const COMMUNITY_SIZE = /\b(?:discord|slack|matrix|forum|community|server|repository|repo|github|project)\b[^.!?]{0,60}\b(?:has|have|had|reached|passed|counts?)\b[^.!?]{0,20}?[~≈>+]?\s?\d[\d,.]*\s?k?\+?\s+(?:\w+\s+){0,2}(?:members|stars|users|downloads|contributors|pull requests|prs|issues|discussions|commits|followers)\b/iu;
function isBoilerplateEntry(text) {
    const trimmed = text.trim();
    if (READER_ASIDE.test(trimmed) || READER_ASIDE.test(readItem(text).text.trim()) || READER_WONDERS.test(trimmed) || COMMUNITY_SIZE.test(trimmed))
        return true;
    return isTemplateText(trimmed) || BOILERPLATE_ENTRY.test(trimmed) || GET_THIS_RELEASE.test(trimmed) || POINTS_TO_FULL_LIST.test(trimmed) || isListIntro(trimmed) || POINTS_ELSEWHERE.test(trimmed) || VERSION_RANGE_TITLE.test(trimmed) || BOILERPLATE_ENTRY.test(readItem(text).text.trim()) || isTemplateText(readItem(text).text);
}
// A sentence that points elsewhere ("You can find the release post at https://…") or announces what is still to come
// ("The project will release new versions on…", "A future release will…", "…will enter long-term support in October"):
// no change of this release.
const POINTER_OR_FUTURE = /^(?:(?:you|users) can |please |for (?:more|details|the full)\b.{0,40})?(?:find|read|see|check out|visit)\b.{0,80}\bhttps?:\/\/|\b(?:can be found|is available|are available|is published) (?:at|on|here)\b.{0,20}\bhttps?:\/\/|\bhttps?:\/\/\S+,? (?:which|that|for|with) (?:contains|lists|has|more|details|the full)|\bwill (?:release|enter|ship|publish|be released|bring|land)\b|^(?:a|the) (?:future|next|later|upcoming) (?:release|version)s?\b/iu;
// What an advisory says around its fixes: who is affected ("Impact: all users on 20.x", "This vulnerability affects
// all users of…", "The 20.x release line is vulnerable to 2 high severity issues"), that end-of-life lines are affected
// too and upgrading is advised, that updates are available. The fixes' titles say what changed; these do not.
const ADVISORY_NOTICE = /^impact\s*[:：]|\b(?:this|these|the) (?:vulnerabilit(?:y|ies)|issues?|flaws?|bugs?) (?:only )?affects?\b|\baffects? (?:all|only|any) (?:\w+ )?users\b|\b(?:is|are) vulnerable to \d|\bend[- ]of[- ]life\b.{0,60}\b(?:affected|vulnerable)\b|\bwe (?:strongly )?(?:recommend|advise|encourage) (?:all users to )?(?:upgrad|updat)|\b(?:updates?|releases?|versions?) (?:are|is) (?:now )?available for\b/iu;
// Who reported the hole, and when, in any language ("On November 29, Jane Doe reported a security vulnerability in X",
// "11 月 29 日、Jane Doe 氏が…脆弱性を報告しました", "张三报告了该漏洞", "홍길동 님이 취약점을 제보했습니다"): a credit
// and a date of the advisory's timeline, not the fix.
const REPORTER_CREDIT = /^(?:[Oo]n\s+[\w ,]{1,30}?,\s*)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}\s+(?:\([^)\n]{1,60}\)\s+)?(?:responsibly\s+|privately\s+)?(?:reported|disclosed|discovered)\s+(?:this|the|a|an|two|three|several|multiple)\s+(?:[\w-]+\s+){0,3}?(?:security|vulnerabilit(?:y|ies)|flaws?|holes?)\b|(?:氏|さん|様)が[^。\n]{0,80}?(?:報告|発見|通報)(?:しました|した|されました)?。?$|(?:报告|報告|回報)了[^。\n]{0,40}?漏洞|님(?:이|께서)[^.\n]{0,80}?(?:제보|보고|발견)(?:했|하였|해 주셨)/u;
/** A sentence or line of an advisory that says who reported the hole, and when: a credit, never a change. */
const isAdvisoryScaffold = (text) => ADVISORY_NOTICE.test(text) || REPORTER_CREDIT.test(text);
// What a change's later sentences may say beside it: who reported or helped ("Thanks to Jane for the report"), how
// old the problem was ("This was a long-standing issue"). Such a sentence names no change.
const SIDE_REMARK = /^(?:(?:this|that|it|the (?:bug|issue|problem))\s+(?:was|were|has been|had been|is)\s+(?:(?:first|originally|kindly)\s+)?(?:reported|found|noticed|discovered|requested|suggested|raised|spotted|a long[- ]standing|long[- ]standing|an? (?:old|annoying|known))\b|(?:reported|found|noticed|requested|suggested|raised|spotted) by\b)/iu;
/** A change's text without the sentences after its first that only thank or remark on it. */
function withoutSideRemarks(text) {
    const [first, ...rest] = sentences(text);
    if (first === undefined || rest.length === 0)
        return text;
    const side = (sentence) => SIDE_REMARK.test(sentence) || /^(?:thanks|thank you|many thanks|kudos|props|shout-?out)\b/iu.test(sentence) || (FLUFF.test(sentence) && !CHANGE_WORDS.test(sentence));
    const kept = rest.filter((sentence) => !side(sentence));
    return kept.length === rest.length ? text : [first, ...kept].join(" ");
}
/** Only names of kinds of change, joined: "Removals and backward incompatible breaking changes" (towncrier's
 *  category), "Bug fixes and improvements". A title that long is no label, and it names no change either. */
function namesKindsOnly(sentence) {
    const parts = sentence.replace(/[.:：]$/u, "").split(/\s*(?:,|&|\/|\band\b)\s*/u).filter((part) => part !== "");
    const kindName = (part) => part.split(/\s+/u).length <= 4 && KIND_NOUN.test(part) && !["generic", "drop", null].includes(headingMeaning(part));
    return parts.length > 1 && parts.every(kindName);
}
/** A line that only names kinds of change, one or several joined ("New features", "機能追加 / 非推奨機能の追加",
 *  "Bug fixes and improvements"): a label, or a table of contents; shown alone, a label with nothing under it. */
function namesOnlyKinds(sentence) {
    const parts = sentence.replace(/[.:：。]$/u, "").split(/\s*(?:[,、/／・&＆|]|\band\b|和|と|及び)\s*/u).filter((part) => part.trim() !== "");
    return parts.length > 0 && parts.every((part) => isCategoryName(part) && !["generic", "drop", null].includes(headingMeaning(part)));
}
const KIND_NOUN = /\b(?:changes?|fixes|bug ?fixes|improvements?|features?|removals?|deprecations?|enhancements?|additions?)$/iu;
// A sentence about the release or the post rather than a change in it: that there are more changes ("There are many more
// changes in this release, including…"), what else ships with it ("This also includes new major versions of `a`, `b`"),
// where it stands among releases ("NumPy 2.0.0 is the first major release since 2006", "이번 릴리즈는 … 세 번째
// 릴리즈입니다"), what the post will cover ("이 글에서는 … 다룰 예정입니다", "この記事では…"), where to ask questions, that
// the work is appreciated, and a team's announcement ("The Poetry team is pleased to announce the immediate
// availability of…").
const ABOUT_RELEASE = new RegExp([
    String.raw `^(?:also,?\s+)?there (?:are|is|were) (?:also\s+)?(?:many|lots of|plenty of|a lot of|numerous|several|a (?:few|number of|bunch of)|some|even)?\s*(?:more|other|additional|further) (?:changes|fixes|improvements|features|updates|things)\b`,
    String.raw `^(?:this|the|it) (?:release |version |update )?(?:also\s+)?(?:includes|comes with|ships(?: with)?|brings) (?:new (?:major |minor |patch )?(?:versions|releases) of)\b`,
    String.raw `\b(?:is|marks|was) (?:the|our|its) (?:very )?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|last|final|latest|biggest|largest) (?:[\w-]+\s+){0,2}(?:release|version|update)\b(?:\s+(?:since|this|of|in)\b[^.!?]{0,40})?[.!]?$`,
    String.raw `\bthe [\p{L}\p{N} .-]{1,40} (?:team|maintainers|developers|contributors|authors|project) (?:is|are) (?:so |very |really )?(?:excited|happy|pleased|thrilled|proud|glad) to (?:announce|release|share|introduce|present)\b`,
    String.raw `\b(?:immediate|general) availability of\b`,
    // "While it is one of the largest major releases of Jest ever, …": how big the release is, no change in it.
    String.raw `\bone of (?:the|our) (?:largest|biggest|most (?:ambitious|significant|important|exciting)) (?:[\w-]+\s+){0,2}(?:releases?|versions?|updates?)\b`,
    String.raw `^in the following,? we\b|\b(?:we(?:'ll| will)?|this (?:post|article|section)(?: will)?) (?:only )?(?:explain|cover|describe|walk (?:you )?through|go over) (?:the|some|a few|only)\b`,
    String.raw `\b(?:is|was) the (?:result|culmination|product) of\b[^.!?]{0,40}\b(?:months?|years?|weeks?) of (?:work|development)\b|\bthe work of \d+ (?:contributors|people|developers)\b`,
    String.raw `^(?:it|this (?:release|version))\s+(?:also\s+)?(?:contains|includes|brings)\s+(?:a (?:large |huge |great |good )?(?:number|lot) of|many|lots of|numerous|plenty of)\s+(?:exciting\s+|new\s+|notable\s+)*(?:features|changes|improvements|fixes)\b`,
    String.raw `\b(?:you(?:'re| are) (?:also |always )?welcome to|feel free to|don't hesitate to|do not hesitate to)\s+(?:ask|join|reach|open|contact|share|come|chat)\b|\bask (?:us )?(?:any )?questions (?:in|on|at|via|over)\b`,
    String.raw `\b(?:is|are) (?:greatly |much |very much |deeply |truly |really )?appreciated\b`,
    String.raw `(?:첫|두|세|네|다섯|여섯|\d+)\s?번째 (?:릴리[즈스]|출시|버전)|(?:이|이번|본)\s?(?:글|게시물|포스트)에서는|(?:この|本)(?:記事|投稿|ポスト)では|\d+(?:回|度)目のリリース|(?:本文|这篇文章|這篇文章|本篇)(?:将|將|会|會)?(?:介绍|介紹|讲述|講述)|第[一二三四五六七八九十\d]+(?:个|個|次)(?:大)?(?:版本|发布|發布|更新)`,
].join("|"), "iu");
/** A sentence about the release or the post (more changes elsewhere, where it stands among releases, what the post
 *  covers, where to ask, thanks), not a change in it: it ranks below every change. */
const talksAboutRelease = (sentence) => ABOUT_RELEASE.test(sentence.replace(/[’‘]/gu, "'").trim());
// A sentence that only says security holes were closed, naming none ("Addressed high-severity security issues."): the
// security label says as much, and the items under it name them. So does one that weighs their reach ("Impact was
// limited to specific use cases…"): the advisories say it for those who need it.
const SECURITY_SUMMARY = /^(?:this (?:release|version|update) )?(?:address|fix|resolve|patch|close)(?:e[sd]|s|ed)? (?:(?:several|multiple|some|a few|a number of|two|three|four|\d+)\s+)?(?:(?:high|medium|low|critical|moderate|important)(?:[- ]severity)?\s+)?security (?:issues|vulnerabilities|problems|bugs|flaws|holes)[.!]?$|^(?:the |overall )?(?:impact|(?:user )?exposure|risk)\b[^.!?]{0,60}?\b(?:was|is|were|are|has been|is estimated to be|was estimated to be)\s+(?:very\s+)?(?:limited|minimal|low|marginal|small|negligible)\b/iu;
// The day, the year or the team's mood, said in any language: "Today, we're…", "What a year it has been", "오늘, 저희는…",
// "올해는 정말 다사다난한 한 해였습니다", "今日、私たちは…", "今年は…な一年でした", "今天，我们…", "这一年…". No change.
const MOOD_OF_DAY = /^(?:what an? (?:\w+ )?(?:year|ride|journey)\b|(?:it'?s|it has) been an? (?:\w+ )?(?:year|ride|journey)\b)/iu;
const MOOD_OF_DAY_CJK = /^(?:오늘[,，]?\s*(?:저희|우리)|올해는|지난 ?한 ?해|今日[、,，]?\s*(?:私たち|我々|われわれ)|今年は|この一年|今天[，,]?\s*(?:我们|我們)|今年(?:是|真)|这一年|這一年)/u;
const talksOfDay = (sentence) => MOOD_OF_DAY.test(sentence.trim()) || MOOD_OF_DAY_CJK.test(sentence.trim());
/** Prose worth showing: names a change and is no greeting. Negative: fluff, shown only when nothing else is. */
function proseScore(sentence) {
    if (talksOfDay(sentence) || SECURITY_SUMMARY.test(sentence.trim()) || FLUFF.test(sentence) || talksAboutRelease(sentence) || BOILERPLATE.test(sentence) || PRODUCT_DEFINITION.test(sentence) || POINTER_OR_FUTURE.test(sentence) || isAdvisoryScaffold(sentence) || namesNoChangeOfRelease(sentence))
        return -1;
    return CHANGE_WORDS.test(sentence) && !namesKindsOnly(sentence) ? 1 : 0;
}
/**
 * A sentence about the release that names no change, whatever names the release: "This is a patch release with bug
 * fixes", "MLflow 2.14.3 is a patch release that addresses bug fixes and additional documentation for released features"
 * (its subject read as "This"), "Various bug fixes and improvements" with or without a full stop. Shown only when
 * nothing else can be.
 */
function namesNoChangeOfRelease(sentence) {
    const subject = withoutVersionSubject(sentence.trim());
    if (subject === null)
        return true;
    // "MLflow 2.14.3 is a patch release …" without a full stop, "Foo 3.1 is a maintenance release with several bug fixes."
    if (isContentFreeSentence(subject) || isContentFreeSentence(subject.replace(/[.!。！]$/u, "")))
        return true;
    // A phrase that only names kinds of change ("Various bug fixes and improvements"); a title in capitals is a heading's.
    return VAGUE_FIXES.test(subject) && namesNoChange(subject.replace(/[.!。！]$/u, ""));
}
// "Various bug fixes and improvements", "Minor fixes", "Bug fixes and performance improvements": kinds of change, maybe
// with a quantity, and nothing else.
const VAGUE_FIXES = /^(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of))\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|stability|performance)\b/iu;
// A paragraph that advises about the changes rather than announcing one: "Be aware that…", "Note that…", "Keep in mind…",
// "…may require updates to test suites", "We are working towards…", "Our revised documentation covers…".
const ADVISORY = /^(?:be aware|beware|(?:please )?note(?: that)?|nb\b|keep in mind|bear in mind|heads[- ]up|remember that|(?:important|warning|caution)\s*[:：])|\bmay (?:require|need)\b|\bshould (?:require|need) no\b|\b(?:we|i)(?:'re| are| am) working (?:on|towards?)\b|\b(?:documentation|docs|guide) (?:covers|explains|describes)\b|^(?:注意|请注意|需要注意的是|ご注意|注意事項|참고|주의)/iu;
/** The first sentence of a paragraph that advises users rather than announcing a change. */
const isAdvisory = (sentence) => ADVISORY.test(sentence);
// The notes announcing this release again in words OPENER does not know: "We've just uploaded mypy 1.20.0 to the
// Python Package Index", "We have released Foo 2.0", "Foo 2.0 has been published", "나빌 입력기 2.1을 릴리즈합니다.",
// "Foo 2.0 がリリースされました", "Foo 2.0 正式发布", "Rails Versions 7.1.4.1 and 7.2.1.1 have been released!". Only with the release's version (or "the new version") in it: "We
// published the docs" announces nothing.
const ANNOUNCED = /\b(?:we(?:'ve| have)?|i(?:'ve| have)?|(?:team|maintainers|developers)\s+(?:has|have))\s+(?:just\s+|now\s+|finally\s+|officially\s+)?(?:uploaded|published|released|pushed|tagged|shipped|cut|rolled out)\b|\b(?:today,?\s+)?we(?:'re| are)\s+(?:(?:now\s+)?(?:releasing|shipping|publishing|announcing|rolling out))\b|\bv?\d+(?:\.\d+)+[\w.+-]*\s+(?:has|have)\s+(?:just\s+|now\s+|finally\s+|officially\s+)?been\s+(?:published|released|uploaded|tagged|shipped|pushed|rolled out)\b|(?:릴리즈|릴리스|출시|배포|공개|발표)(?:를|을)?\s?(?:합니다|했습니다|하였습니다|되었습니다|됐습니다|됩니다|하게 되었습니다|하게 됐습니다|하게 되어)|(?:リリース|公開|発表|配信)(?:されました|しました|いたしました|します|いたします|となりました|を開始しました)|(?:正式|现已|現已|已经|已經|今天|今日|终于|終於)\s*(?:发布|發布|推出|上线|上線)|(?:很|非常)?(?:高兴|高興)(?:地)?(?:宣布|发布|發布)/iu;
const NAMES_RELEASE = /\d+(?:\.\d+)+|\bnew (?:major |minor |patch )?(?:version|release)\b|새 (?:버전|릴리스)|새로운 버전|新(?:版本|バージョン)|[该該本此]版本|このバージョン|이번 (?:버전|릴리스)/iu;
/** A sentence that says this release is out, which the post's opener says already. */
const announcesRelease = (sentence) => {
    const text = sentence.replace(/[’‘]/gu, "'").trim();
    // "The binaries of v2.1.0 have been published, but not the other artifacts": a story about a release, not this one's.
    return OPENER.test(text) || (ANNOUNCED.test(text) && NAMES_RELEASE.test(text) && !/\b(?:but|not|failed|only)\b/iu.test(text) && text.length <= 200);
};
// What an announcing sentence goes on to say the release does, as a participle after its comma: "The Express team has
// released body-parser 1.20.6 and 2.3.0, addressing a denial of service…"; said as the change's own verb.
const ANNOUNCED_DOING = /^(.{8,200}?),\s+(?:which\s+|that\s+)?(addressing|fixing|patching|resolving|mitigating|closing|bringing|including|adding|introducing|improving|addresses|fixes|patches|resolves|mitigates|brings|includes|adds|introduces|improves)\s+(\S.*)$/iu;
const DOES = { addressing: "Addresses", fixing: "Fixes", patching: "Patches", resolving: "Resolves", mitigating: "Mitigates", closing: "Closes", bringing: "Brings", including: "Includes", adding: "Adds", introducing: "Introduces", improving: "Improves" };
/** What an announcing sentence says the release does, without the announcement the opener makes ("Addresses a denial of
 *  service…"); the sentence itself where it announces nothing or says nothing more. */
function withoutAnnouncingClause(sentence) {
    const match = ANNOUNCED_DOING.exec(sentence.trim());
    if (!match?.[1] || !match[2] || !announcesRelease(`${match[1]}.`))
        return sentence;
    const verb = match[2].toLowerCase();
    return `${DOES[verb] ?? `${verb.charAt(0).toUpperCase()}${verb.slice(1)}`} ${match[3] ?? ""}`;
}
// A sentence that leans on the one before it: "Additionally, …", "Also, …", "In addition, …", "Furthermore, …",
// "此外，…", "また、…", "또한 …". Said alone it opens on nothing.
const CONNECTIVE = /^(?:(?:additionally|also|in addition(?: to (?:this|that|these))?|furthermore|moreover)\s*[,，:]?\s+|(?:besides(?: (?:this|that))?|plus|further|on top of (?:this|that)|apart from (?:this|that)|aside from (?:this|that)|other than (?:this|that)|beyond (?:this|that)|as well|likewise|similarly)\s*[,，]\s*|(?:此外|另外|同时|同時|而且|并且|並且|还有|還有|除此之外|除此以外|以及)\s*[，,、：:]?\s*|(?:また|さらに|更に|加えて|それに加えて|ほかに|他に|なお|あわせて|併せて)\s*[、,，]\s*|(?:또한|그리고|게다가|아울러|더불어|이 외에도|이외에도|그 밖에도|그 외에도|뿐만 아니라)\s*[,，]?\s*)(?=\S)/iu;
// "It also contains …", "This release also fixes …": the same lean, after the subject.
const SUBJECT_ALSO = /^((?:it|this(?: release| version| update)?|they|these)\s+)(?:also|additionally|further)\s+(?=\S)/iu;
/**
 * A sentence that leans on the one before it ("Additionally, it contains several bug fixes…"), said so it stands
 * alone: without its connective when it names a change by itself ("Also, `foo` now accepts a path." → "`foo` now
 * accepts a path."; "It also adds X" as it is), or null when it names none. The sentence as it is when it leans on nothing.
 */
function standingAlone(sentence) {
    const text = sentence.trim();
    const connective = CONNECTIVE.exec(text);
    const also = connective ? null : SUBJECT_ALSO.exec(text);
    if (!connective && !also)
        return sentence;
    const rest = connective ? text.slice(connective[0].length) : `${also?.[1] ?? ""}${text.slice(also?.[0].length ?? 0)}`;
    // Its subject read as the release's: "it contains several bug fixes" says what "This release contains…" says.
    const asRelease = rest.replace(/^(?:it|this|they|these)\b(?!\s+(?:release|version|update)\b)/iu, "This release");
    if (proseScore(asRelease) <= 0 || namesNoChangeOfRelease(asRelease) || VAGUE_CONTENTS.test(asRelease) || VAGUE_CJK.test(rest))
        return null;
    // "It also adds a `--watch` flag": its subject is the release, which the opener names; it reads on as it is.
    return connective ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
}
// "This release contains several bug fixes, as well as internal refactoring and performance improvements.": kinds of
// change, with nothing named.
const VAGUE_CONTENTS = new RegExp(String.raw `^this (?:release|version|update)\s+(?:also\s+)?(?:contains|includes|brings|has|comes with|ships|adds|fixes|makes)\s+(?:(?:(?:various|several|many|some|minor|small|misc(?:ellaneous)?|general|other|additional|numerous|multiple|assorted|lots of|a (?:few|number of|bunch of|handful of)|internal|more|further)\s+)*(?:bug ?fix(?:es)?|fix(?:es)?|improvements?|enhancements?|updates?|changes|tweaks?|optimi[sz]ations?|refactor(?:ing|ings|s)?|clean-?ups?|stability|performance(?: improvements?)?|(?:code )?quality|polish)(?:\s*(?:,|and|as well as|&)\s*)*)+[.!]?$`, "iu");
// "还有一些错误修复。", "いくつかのバグ修正が含まれています。", "몇 가지 버그를 수정했습니다.": some fixes, none named (no code,
// no name in Latin letters, no number), in a short sentence.
const VAGUE_CJK = /^(?=[^`\p{Script=Latin}\d]{1,40}$)(?=.*(?:一些|若干|多个|多項|多项|部分|少量|几个|幾個|各种|各種|いくつか|幾つか|複数|一部|多くの|様々な|さまざまな|몇 가지|몇몇|여러|일부|다양한))/u;
// What the project is, said again in every release's notes: "Mypy is a static type checker for Python.", "X is a fast,
// lightweight Y.", "Foo は…のためのライブラリです。", "Foo 是一个…的库", "Foo는 …을 위한 라이브러리입니다." Its subject is a name
// (no pronoun, no code, no version) and it says no change ("is now", "new", "default", "no longer").
const DEFINES_EN = /^(?!(?:it|this|that|these|those|there|here|which|what|each|every|one|all|some|the)\b)[\p{L}][\p{L}\p{N}.+#_-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#_-]*){0,2}\s+(?:is|are)\s+an?\s+[^.!?`]{3,160}[.!]?$/iu;
const CHANGE_IN_DEFINITION = /\b(?:now|no longer|new|newly|default|deprecated|removed|replaced|renamed|breaking|change[sd]?|fix(?:e[sd])?|bug|release|version|update[sd]?|regression|alias|no-op|shorthand|required|requirement|dependency|optional|experimental|preview|beta|alpha|supported|unsupported|still|longer)\b|\d/iu;
const DEFINES_CJK = new RegExp([
    String.raw `^[^、。，,！!？?]{1,30}(?:は|とは)[^。！？]{0,80}(?:ライブラリー?|ツール|フレームワーク|ソフトウェア|アプリ(?:ケーション)?|エンジン|言語|プラットフォーム|ランタイム|サーバー?|クライアント|エディタ|プラグイン|パッケージ|コンパイラ|チェッカー|モジュール|システム|サービス|SDK|CLI)(?:です|である)[。.!！]?$`,
    String.raw `^[^，。,、！!？?]{1,30}是(?:一个|一款|一套|一种|一個|一種|个|款)[^。！？]{0,80}(?:库|庫|工具|框架|引擎|语言|語言|平台|应用|應用|编辑器|編輯器|组件库|組件庫|插件|系统|系統|软件|軟體|客户端|客戶端|服务器?|伺服器|输入法|輸入法|SDK|CLI)[。.!！]?$`,
    String.raw `^[^,.!?]{1,30}(?:은|는)\s[^.!?]{0,80}(?:라이브러리|도구|툴|프레임워크|엔진|언어|플랫폼|앱|애플리케이션|어플리케이션|에디터|편집기|입력기|플러그인|시스템|소프트웨어|클라이언트|서버|SDK|CLI)(?:입니다|이다)[.!]?$`,
].join("|"), "u");
/** A sentence that says what the project is ("Mypy is a static type checker for Python."): no change of this release. */
// "In a Tauri application the frontend is written in…", "In a Foo project, each page is a file": how apps built with
// the project work, said of every release.
const DEFINES_SETUP = /^in (?:a|an|any|every) [\p{L}][\p{L}\p{N}.+#_-]* (?:application|app|project|program|site|setup|workspace)\b/iu;
function definesProject(sentence) {
    const text = sentence.trim();
    if (PRODUCT_DEFINITION.test(text))
        return true;
    if (DEFINES_SETUP.test(text))
        return !CHANGE_IN_DEFINITION.test(text);
    if (DEFINES_CJK.test(text))
        return !/(?:新|不再|现在|現在|今後|이제|새로|변경|変更|更新|修复|修正|追加|新增|支持|対応|지원)/u.test(text);
    return DEFINES_EN.test(text) && !CHANGE_IN_DEFINITION.test(text);
}
// What an item says once the list or links it stood over are gone: "Dependencies changed:", "Updated dependencies.",
// "The following were updated.", "[Rust] 依存ライブラリが変化します。", "依赖库有变化", "일부 의존성이 업데이트되었습니다." It names nothing.
const DEPENDENCY_NOUN = String.raw `(?:(?:the|our|its|all|some|several|various|a few|many|(?:third[- ]party|internal|external|upstream|rust|python|js|npm|go)\s+)\s*)*(?:dependenc(?:y|ies)|deps|packages|libraries|crates|modules|gems|plugins|components)`;
const STUB = new RegExp([
    String.raw `^(?:the following|these|those|some|several|various|a few|many|others?)(?:\s+(?:${DEPENDENCY_NOUN}|items|ones|changes|things))?\s+(?:were|was|are|is|have been|has been|got)\s+(?:updated|upgraded|bumped|changed|added|removed|modified)`,
    String.raw `^${DEPENDENCY_NOUN}\s+(?:(?:were|was|are|is|have been|has been|got)\s+)?(?:updated|upgraded|bumped|changed|modified)`,
    String.raw `^(?:update[sd]?|upgrade[sd]?|bump(?:s|ed)?|change[sd]?)\s+${DEPENDENCY_NOUN}`,
    String.raw `^${DEPENDENCY_NOUN}\s+(?:updates|upgrades|bumps|changes)`,
    String.raw `^(?:いくつかの|一部の)?依存(?:ライブラリ|関係|パッケージ|クレート)?(?:が|を)?(?:変化|変更|更新|アップデート)(?:します|しました|されます|されました|しています)?`,
    String.raw `^(?:更新|升级)?了?(?:一些|部分)?依赖(?:库|包|项)?(?:有)?(?:变化|变更|更新|升级)(?:了)?`,
    String.raw `^(?:일부\s*)?(?:의존성|종속성)(?:이|을)?\s*(?:변경|업데이트)(?:되었습니다|됩니다|했습니다|됨)?`,
]
    .map((part) => `(?:${part})\\s*[.。:：]?$`)
    .join("|"), "iu");
/** An item that only points at what was under it ("Dependencies changed:", "[Rust] 依存ライブラリが変化します。"): counted, never shown. */
const isStub = (text) => STUB.test(text.trim().replace(/^(?:\[[^\]]{1,30}\]|【[^】]{1,30}】)\s*/u, ""));
// What a project does about breaking changes in general, not one it makes: "Our strategy aims to make major releases
// boring by introducing breaking changes ahead of time behind flags", "We will make every effort not to introduce
// breaking changes", "Going forward, breaking changes only land in major versions"; and what it would do about a
// vulnerability ("Should a critical bug be discovered we reserve the right to fix the security issue").
const BREAKING_IN_GENERAL = /^should\b|\bif (?:a|an|any)\b[^.]{0,60}\b(?:is|are) (?:found|discovered|reported)\b|\breserve the right\b|\b(?:strateg(?:y|ies)|polic(?:y|ies)|aims? to|(?:we|i)(?:'ll| will| would)? (?:try|strive|aim|intend|be making|make) (?:every effort|to)|every effort|ahead of time|going forward|from now on|in (?:the )?future|avoid(?:s|ing)?|minimi[sz](?:e|es|ing)|only (?:land|happen|come)s? in|(?:does|do|will) not introduce)\b/iu;
/** A sentence about breaking changes or vulnerabilities in general (a policy, a strategy, a promise, a case that may
 *  come): it names no change that breaks and no hole closed. */
const speaksOfBreakingInGeneral = (sentence) => BREAKING_IN_GENERAL.test(sentence);
// Where a long first sentence turns from what changed to why or how: ", this should…", ", which means…", ", so that…".
const CLAUSE_TURN = /,\s+(?=(?:this|that|which|so(?:\s+that)?|meaning|making|allowing|because|as|since|in order to|it)\b)/iu;
/** What a paragraph of prose says changed: its first sentence, cut before a clause that explains it ("Defer all DOM
 *  updates by an animation frame, this should make it so…" → "Defer all DOM updates by an animation frame"). */
function leadClause(text) {
    const first = sentences(text)[0]?.trim() ?? text.trim();
    const turn = CLAUSE_TURN.exec(first);
    return turn && turn.index >= 20 ? first.slice(0, turn.index).trim() : first;
}
/** A change written as a paragraph, not a bullet's line: more than one sentence, or one long sentence. */
const isProseParagraph = (text) => sentences(text).length >= 2 || text.trim().split(/\s+/u).length >= 20;

;// CONCATENATED MODULE: ./src/notes/weighty-changes.ts
// Two kinds of change that a generated or hand-kept list files among small ones, though a maintainer would lead with
// them: a behaviour the release takes away or makes stricter by default, and a large rework of a public API. Pure
// word tests on one change's text; compose.ts decides where they stand.
// A changed default that now refuses or stops doing something: "X is no longer loaded by default", "the server now
// rejects…", "Telemetry is now disabled by default", "不再自动…", "默认不…", "デフォルトで…しない", "더 이상 …".
// Users who relied on the old behaviour meet it at once. (Not a fault gone, "no longer crashes", nor a requirement
// relaxed, "is no longer required", nor a promotion, "is no longer experimental".)
// What was accepted and is now refused: "POSTs … are now rejected with `415`", "now returns 415 for non-JSON POSTs",
// "现在会拒绝…", "拒否されるようになりました", "이제 거부됩니다". In a major release that is a break (compose.ts, model.ts).
const NOW_REJECTED = /\b(?:is|are) now (?:rejected|refused|disallowed|forbidden|denied|treated as (?:an? )?errors?)\b|\bnow (?:returns?|answers?|responds? with|fails? with) (?:an? )?(?:http )?(?:status )?`?4\d\d\b|(?:现在|将)(?:会)?(?:被)?拒绝|拒否されるように|(?:이제|이제는) [^.]{0,30}거부/u;
/** True when a change says what the release accepted before is now rejected ("are now rejected with `415`"). */
function nowRejects(text) {
    const lower = text.toLowerCase();
    return /reject|refuse|disallow|forbid|denied|error|4\d\d|拒/u.test(lower) && NOW_REJECTED.test(lower);
}
const NOW_REFUSES = /\bnow (?:rejects?|refuses?|disallows?|forbids?|denies|errors? (?:on|when|if|out)|fails? (?:on|when|if)|throws? (?:on|when|if|an? )|raises? (?:an? )?(?:error|exception)|requires?)\b|\b(?:is|are) now (?:\*\*)?(?:disabled|off|opt-in|turned off|hidden|blocked)\b|\bnow (?:disabled|off|opt-in) by default\b|\bby default\b[^.;!?]{0,60}\bno longer\b|\bno longer\b[^.;!?]{0,60}\bby default\b/u;
// A new thing that stops another ("Add `--keep` so files are no longer deleted") is a feature, not a default taken
// away.
const ADDS_NEW = /^(?:add(?:s|ed)?|new|introduc\w*|support(?:s|ed)?|allow(?:s|ed)?|implement(?:s|ed)?|expose[sd]?|provide[sd]?)\b/u;
const CJK_NARROWS = /不再(?!(?:会)?(?:崩溃|闪退|报错|卡顿|卡死|出现|失败|需要|必须|是实验|依赖|提示错误|抛出))|默认(?:不|禁用|关闭)|(?:デフォルト|既定)で[^。]{0,30}(?:ない|無効)|(?:し|され|読み込ま|使用され|サポートされ)なくなり|더 이상 (?!(?:\S+ )?(?:충돌|크래시|오류|에러|필요|실패|멈추))|기본(?:적으로|값으로)? (?:비활성화|사용하지 않)/u;
/** True when a change says the release now refuses, stops or turns off by default something users had. */
function narrowsBehaviour(text) {
    const lower = text.toLowerCase();
    if (ADDS_NEW.test(lower))
        return false;
    if (lower.includes("no longer") || lower.includes("now ")) {
        if (NOW_REFUSES.test(lower))
            return true;
    }
    if (nowRejects(text))
        return true;
    return /[不默デ既な더기]/u.test(text) && CJK_NARROWS.test(text);
}
// A public API rebuilt: "The `Storage` trait has been reworked", "Rewrote the plugin API", "Redesigned `Client` class",
// "Overhaul of the hooks interface", "重写了插件 API", "API を刷新", "API 재설계". What every extension meets, more than a
// small option beside it. (Not the project's own tests, docs, CI or internals.)
const REWORK = /\b(?:re-?work(?:s|ed|ing)?|re-?writ(?:e|es|ten|ing)|rewrote|re-?design(?:s|ed|ing)?|overhaul(?:s|ed|ing)?|revamp(?:s|ed|ing)?|re-?architect(?:s|ed|ing)?)\b/u;
const API_NOUN = /`[^`]+`|\b(?:traits?|class(?:es)?|interfaces?|apis?|protocols?|structs?|enums?|hooks?|plugin system|extension system|type system|sdk|abstractions?)\b/u;
const NOT_USERS = /\b(?:internal(?:ly|s)?|tests?|testing|docs?|documentation|readme|ci|workflows?|examples?|benchmarks?)\b/u;
const CJK_REWORK = /(?:重写|重构|重新设计|全面改造)(?:了)?[^。]{0,20}(?:api|接口|插件系统|类型系统)|(?:api|インターフェース|インタフェース|トレイト)[^。]{0,20}(?:を)?(?:刷新|再設計|全面的に書き直)|(?:api|인터페이스|트레이트)[^.。]{0,20}(?:재설계|전면 개편|재작성)/u;
/** True when a change says a public trait, class, interface or API was reworked, rewritten or redesigned. */
function reworksApi(text) {
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
const TOOLCHAIN_MOVE = new RegExp([
    `\\b(?:upgrade[sd]?|update[sd]?|bump(?:s|ed)?|move[sd]?|migrate[sd]?|switch(?:es|ed)?)\\b[^.;]{0,30}?\\b${TOOLCHAIN}\\s+(?:to\\s+)?v?\\d+(?:\\.0)*(?![\\w.-])`,
    `(?:升级|更新)\\s*${TOOLCHAIN}\\s*(?:至|到)\\s*v?\\d+`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*(?:升级|更新)(?:至|到)\\s*v?\\d+`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*(?:を)\\s*v?\\d+\\s*(?:に|へ)(?:更新|アップデート|アップグレード|上げ|移行)`,
    `(?:^|[^\\w-])${TOOLCHAIN}\\s*v?\\d+\\s*(?:로|으로)\\s*(?:업그레이드|업데이트|마이그레이션)`,
].join("|"), "u");
const TOOLCHAIN_HINT = /vite|webpack|rspack|rollup|typescript|vue|react|angular|next|nuxt|svelte/u;
/** True when a change moves the project to, or adds support for, a new major version of the toolchain, framework or
 *  platform it is built on. */
function movesToolchainMajor(text) {
    const plain = text.replace(/`/gu, "").toLowerCase();
    return (TOOLCHAIN_HINT.test(plain) && TOOLCHAIN_MOVE.test(plain)) || supportsPlatformVersion(plain);
}
// Support for a new version of the framework or platform the project is built on: "Adds L11 support", "Laravel 11
// support", "Add support for PHP 8.4", "Supports Node 22", "Python 3.13 compatibility", "支持 Vue 3.5", "Laravel 11 に対応",
// "PHP 8.4 지원". In a major release, why it is major: users on the new version upgrade for it. (Not a platform dropped,
// "Drop support for Node 16", a floor raised, nor the project's CI or tests run on it.)
const weighty_changes_PLATFORM = "(?:laravel|l(?=\\d{1,2}\\s+support)|php|node(?:\\.?js)?|python|ruby|rails|django|symfony|java|jdk|kotlin|swift|ios|android|golang|rust|\\.net|dotnet|erlang/otp|otp|elixir|deno|bun|electron|vue|react|angular|svelte|nuxt|next\\.?js|typescript|flutter|dart|postgres(?:ql)?|mysql|wordpress|drupal)";
const weighty_changes_PLATFORM_VERSION = `${weighty_changes_PLATFORM}\\s*v?\\d{1,2}(?:\\.\\d{1,2})?(?:\\.x)?(?![\\w.])`;
const PLATFORM_SUPPORT = new RegExp([
    `\\bsupport(?:s|ed|ing)?\\s+(?:for\\s+)?${weighty_changes_PLATFORM_VERSION}`,
    `(?:^|[^\\w.-])${weighty_changes_PLATFORM_VERSION}\\s+(?:support|compatibility)\\b`,
    `(?:支持|适配|兼容)\\s*${weighty_changes_PLATFORM_VERSION}`,
    `(?:^|[^\\w.-])${weighty_changes_PLATFORM_VERSION}\\s*(?:に対応|への対応|をサポート|サポート|対応|지원|호환)`,
].join("|"), "u");
const NOT_SUPPORT = /\b(?:drop(?:s|ped|ping)?|remov\w*|deprecat\w*|end(?:s|ed)? support|no longer|discontinu\w*|ci|tests?|testing|workflows?|matrix)\b|移除|删除|废弃|不再|停止|削除|廃止|終了|제거|중단/u;
/** True when a change adds support for a new version of a framework or platform (not drops it, nor only tests on it). */
function supportsPlatformVersion(text) {
    const lower = text.replace(/`/gu, "").toLowerCase();
    if (!/\d/u.test(lower) || !/support|compat|支持|适配|兼容|対応|サポート|지원|호환/u.test(lower))
        return false;
    return PLATFORM_SUPPORT.test(lower) && !NOT_SUPPORT.test(lower);
}
// A breaking change that swaps what every caller touches: "Public APIs use `Uint8Array` instead of Node's `Buffer`",
// "every XDR value now has a different API", "The `xdr` namespace is rebuilt on …", "公共 API 改用 `Uint8Array`". Every
// line of user code meets it, where a raised runtime floor is one line of set-up a count can carry.
const SWAPS_PUBLIC_API = new RegExp([
    String.raw `\b(?:(?:all|every|the)\s+)?public\s+(?:apis?|methods|functions|types|interfaces)\b[^.;]{0,40}?\b(?:now\s+)?(?:use|return|accept|take|expect)s?\b[^.;]{0,60}?\binstead of\b`,
    String.raw `\bevery\s+[^.;]{1,40}?\s+(?:now\s+)?has\s+a\s+(?:different|new)\s+api\b`,
    String.raw `\x60[^\x60]+\x60\s+(?:namespace|module|package|api|interface|class|type)\s+(?:is|has\s+been|was)\s+(?:re-?built|re-?written|replaced)\b`,
    String.raw `公共\s*api[^。；;]{0,20}?(?:改用|改为|替换为)|公開\s*api[^。]{0,20}?(?:に置き換え|を使用)|공개\s*api[^.]{0,20}?(?:대체|교체|사용)`,
].join("|"), "u");
/** True when a change reworks a public API or swaps a type every public API uses (not a runtime floor). */
function swapsPublicApi(text) {
    const lower = text.toLowerCase();
    return (/api|instead of|namespace|module|package|interface|class|type/u.test(lower) && SWAPS_PUBLIC_API.test(lower)) || reworksApi(text);
}

;// CONCATENATED MODULE: ./src/notes/security-scope.ts
// A commit's security scope ("security: …" under Bug Fixes, "fix(security): …") names the area a fix touched. The fix
// is a security fix when its words name a hole or the guard against one ("prevent header injection", "sanitize file
// names", "contain credentials"); "security: keep the proxy setting" is a plain fix of that area.
// Lower case: "SECURITY: …" is a tag that says the kind, not a commit's scope.
const SECURITY_SCOPE = /^(?:(?:fix|bug ?fix|hot ?fix)\((?:security|sec)\)|security|sec):\s+(?=\S)/u;
// The words of a hole or its guard, read lower-cased; each a stem ("disclos" for disclose, disclosure).
const GUARD_WORDS = [
    "prevent", "sanitiz", "sanitis", "escap", "leak", "disclos", "inject", "xss", "traversal", "bypass", "cve-", "credential",
    "泄露", "注入", "漏洞", "脆弱性", "취약점",
];
/** The words after a security scope, or null when `text` opens with none. */
function securityScopeWords(text) {
    const scope = SECURITY_SCOPE.exec(text);
    return scope ? text.slice(scope[0].length) : null;
}
/** True when a security-scoped fix's words name a hole or its guard. */
function guardsAgainstHole(words) {
    const lower = words.toLowerCase();
    return GUARD_WORDS.some((word) => lower.includes(word));
}
// "Security: prevent …", "security: prevent …": a scope or marker in the security label's own word.
const SECURITY_PREFIX = /^security\s*[:：]\s*(?=\S)/iu;
/** A security fix's words under a label that says "Security": without a scope that says it again ("security: prevent
 *  …" → "prevent …"), in the case the notes wrote them, as their siblings are. */
const withoutSecurityScope = (text) => text.replace(SECURITY_PREFIX, "");

;// CONCATENATED MODULE: ./src/notes/upgrade-steps.ts
// A step the notes say users must take to upgrade, beyond installing the new version: a database upgrade or migration
// to run, a web-server or proxy configuration to change ("Dies erfordert eine Änderung der Webserver-Konfiguration.",
// "기존 설치는 파일 반영 후 관리자 DB업그레이드가 필요합니다."). Whoever upgrades without it meets a broken site, so it
// ranks with the breaking changes, in the first post. Pure word tests on one sentence or change; model.ts decides
// where they apply. (Not what a fix or a feature does for users: "Fix the DB upgrade for …", "Add a config option".)
// What must change or run: the database (its upgrade, migration, schema) or the server's configuration.
const upgrade_steps_EN_STEP = new RegExp([
    // "A database upgrade is required", "a DB migration is needed", "the schema migration is necessary"
    String.raw `\b(?:(?:a|an|the)\s+)?(?:database|db|schema|data)\s+(?:upgrade|migration|update)s?\s+(?:is|are)\s+(?:now\s+)?(?:required|needed|necessary|mandatory)\b`,
    // "This requires a change to the web server configuration", "requires changes in your nginx config"
    String.raw `\brequires?\s+(?:a\s+|an\s+)?(?:change|changes|update|updates|modification|modifications|adjustment|adjustments)\s+(?:to|of|in)\s+(?:the\s+|your\s+)?(?:web\s*-?server|server|nginx|apache|caddy|proxy|reverse[\s-]proxy|httpd|php|database|db)\b`,
    // "Existing installations must run the database upgrade", "you need to run the migrations"
    String.raw `\b(?:existing\s+(?:installations?|installs?|deployments?|sites?|users)|you|admins?|administrators?)\s+(?:must|need\s+to|have\s+to|should)\s+(?:now\s+)?(?:run|apply|execute|perform)\s+(?:the\s+|all\s+)?(?:database|db|schema|pending)?\s*(?:upgrades?|migrations?|updates?)\b`,
    // "you must update your nginx configuration"
    String.raw `\b(?:must|need\s+to|have\s+to)\s+(?:update|change|adjust|modify)\s+(?:the\s+|your\s+)?(?:web\s*-?server|nginx|apache|caddy|proxy|httpd)\s+(?:config(?:uration)?|settings?|rules?)\b`,
].join("|"), "iu");
// German: "erfordert eine Änderung der Webserver-Konfiguration", "ein Datenbankupgrade ist erforderlich", "die
// Apache-Konfiguration muss angepasst werden".
const DE_STEP = new RegExp([
    String.raw `\berforder[nt]\s+(?:eine\s+)?(?:Änderung|Anpassung|Aktualisierung)(?:en)?\s+(?:der|an\s+der|in\s+der)\s+[\p{L}-]*(?:server|apache|nginx|proxy|datenbank)[\p{L}-]*(?:konfiguration|config)?`,
    String.raw `\b(?:Datenbank|DB)[\s-]?(?:upgrade|update|aktualisierung|migration)\s+(?:ist\s+)?(?:erforderlich|notwendig|nötig)\b`,
    String.raw `\b[\p{L}-]*(?:server|apache|nginx|proxy)[\p{L}-]*konfiguration\s+(?:muss|müssen)\s+(?:\p{L}+\s+){0,3}(?:angepasst|geändert|aktualisiert)\s+werden\b`,
].join("|"), "iu");
// Korean, Japanese, Chinese: a DB upgrade or migration, or a server's settings change, is needed ("DB업그레이드가
// 필요합니다", "DB のアップグレードが必要です", "需要执行数据库升级", "需要修改 nginx 配置").
const upgrade_steps_CJK_STEP = new RegExp([
    String.raw `(?:DB|데이터베이스|디비)\s*(?:업그레이드|마이그레이션|업데이트)(?:가|를|을|이)?\s*(?:필요|실행해야|적용해야|진행해야)`,
    String.raw `(?:웹\s*서버|서버|nginx|apache)\s*(?:설정|구성)(?:을|를|의)?\s*(?:변경|수정)(?:이|가)?\s*(?:필요|해야)`,
    String.raw `(?:DB|データベース)\s*(?:の)?\s*(?:アップグレード|マイグレーション|移行|更新)(?:作業)?\s*(?:が|を)\s*(?:必要|実行してください|行ってください)`,
    String.raw `(?:Web\s*サーバー?|サーバー?|nginx|apache)\s*(?:の)?\s*設定\s*(?:の)?\s*(?:変更|修正)\s*(?:が|を)\s*(?:必要|行ってください)`,
    String.raw `(?:需要|必须|须|请)(?:手动)?(?:执行|运行)?\s*(?:数据库|DB)\s*(?:升级|迁移)`,
    String.raw `(?:需要|必须|须|请)(?:手动)?(?:修改|调整|更新)\s*(?:web\s*服务器|服务器|nginx|apache)?\s*(?:的)?\s*配置`,
].join("|"), "iu");
// A fix of the step's own tooling ("Fix the DB upgrade failing on …", "修复数据库迁移…", "DB 업그레이드 오류 수정") is a
// fix, not a step.
const FIXES_IT = /^(?:fix(?:e[sd])?|repair(?:s|ed)?|resolve[sd]?)\b|^修复|(?:오류|버그)\s*수정|を修正(?:しました|する)?[。.]?$/iu;
// The step said not to be needed: "No database migrations are required", "Kein Datenbankupgrade ist erforderlich",
// "不需要执行数据库迁移", "DB 업그레이드가 필요하지 않습니다", "DB の移行は必要ありません". Read in the step's own words and the
// few before them, so "Run the DB upgrade; there is no downtime" still asks for it.
const NEGATED = /\b(?:no|not|without|neither|nor|never)\b|\bkein(?:e[nrs]?)?\b|\bnicht\b|不需要|无需|无须|無需|不必|不用|필요\s*(?:하지\s*않|없)|必要(?:は)?(?:ありません|ない|なし)|不要/iu;
const NEGATION_REACH = 30;
/** True when a change or sentence says users must run a DB upgrade or change a server's configuration to upgrade. */
function requiresUpgradeStep(text) {
    const plain = text.replace(/[*_]/gu, "").trim();
    if (plain.length > 600 || FIXES_IT.test(plain))
        return false;
    for (const step of [upgrade_steps_EN_STEP, DE_STEP, upgrade_steps_CJK_STEP]) {
        const found = step.exec(plain);
        if (found === null)
            continue;
        // The step's words, the few before them, and a Korean or Japanese ending after them ("…필요하지 않습니다").
        const around = plain.slice(Math.max(0, found.index - NEGATION_REACH), found.index + found[0].length + 12);
        if (!NEGATED.test(around))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/notes/model.ts
// Release notes as a maintainer skims them: entries (changes and prose sentences), each with its kind and the
// label it sits under, in source order. Built from the Markdown blocks; no length or network rules here.





















// "1.2.0", "v1.2.0 (2024-01-01)", "[1.2.0] - date", "Release 1.2.0", "Ver. 2026.1", "pkg@1.2.0", "Version 2", a
// monorepo's "[1.38.0/0.60.0/0.14.0] 2025-08-29": the version heading
// the post's opener already carries.
// A conventional commit's subject: "chore: …", "fix(load): …" (a "!" after the type says it breaks).
const COMMIT_SUBJECT = /^(?:feat|fix|chore|test|tests|ci|build|docs|style|refactor|perf|revert)(?:\([^)\n]{1,40}\))?:\s/u;
const VERSION_HEADING = /^(?:release\s+|version\s+|ver\.\s*|v(?=\d))?(?:[\w@/.-]*@)?\[?v?\d+(?:\.\d+){0,3}(?:[-+.]?[a-z]+\d*)?(?:[-+][0-9A-Za-z.+-]*)?(?:\/v?\d+(?:\.\d+){1,3})*\]?(?:[\s:(,—–-]|$)/i;
// A section on getting the release, not on its changes: its downloads, installers, assets, how to install it.
const DOWNLOADS_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:downloads?|installers?|installation|install(?:ing)?|assets|binaries|artifacts|how to (?:install|download|get it|upgrade)|getting (?:it|the release)|where to (?:get|download)(?: it)?)(?: (?:and|&) (?:downloads?|installers?|installation|install(?:ing)?|assets|binaries|upgrading|checksums))?(?:\s+(?:[\p{L}][\w.-]*\s+)?v?\d+(?:\.\d+)+[\w.+-]*)?|인스톨러|언인스톨러|설치(?: ?파일| ?방법| ?안내)?|다운로드(?: 링크)?|インストーラー?|インストール(?:方法)?|ダウンロード(?:リンク)?|下载(?:地址|链接)?|下載(?:位址|連結)?|安装(?:包|方法|说明)?|安裝(?:包|方法|說明)?)\s*[:：]?$/iu;
/** Longer than X Premium's 25,000 could ever show whole once cut to a sentence. */
const MAX_ENTRY = 4_000;
// "Breaking type changes: `X` no longer declares `y`" as a sub-item, and its Chinese, Japanese and Korean words.
const BREAKING_MARK = /^\s*(?:\[breaking|breaking(?:(?: [a-z]{2,15})?[ -]changes?)?\s*[:：]|\(?semver-major|(?:破坏性(?:变更|更新|改动)|不兼容(?:变更|更新)|破壊的(?:な)?変更|주요 변경(?: ?사항)?)\s*[:：])/i;
// "⚠️ **BREAKING CHANGE:** Astro v6 is no longer supported" in the paragraphs under a change (changesets bodies,
// commit bodies): the change above it breaks.
const BODY_BREAKING_MARK = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:\[breaking|breaking(?:(?: [a-z]{2,15})?[ -]changes?)?\s*[:：]|(?:破坏性(?:变更|更新|改动)|不兼容(?:变更|更新)|破壊的(?:な)?変更|주요 변경(?: ?사항)?)\s*[:：])/iu;
// The same marker after an item's first line, which Markdown joins to it.
const INLINE_BREAKING_MARK = /\s+(?:⚠️?\s*)?(?:BREAKING(?:[ -]CHANGES?)?|Breaking(?: [Cc]hanges?)?)\s*[:：]\s/u;
// A rename of a name users write ("rename `a` to `b`", "将`a`重命名为`b`") or a reworked API format ("重构`API`接口响应格式").
const USER_FACING_REWORK = /\b[Rr]enamed? (?:the )?`[^`]+`(?: \w+)? to `[^`]+`|`[^`]+`\s*(?:重命名|更名|改名)为\s*`[^`]+`|`[^`]+`\s*を\s*`[^`]+`\s*に(?:リネーム|名前変更|改名)|(?:接口|API|api|响应|返回)[^，。,]{0,8}格式/u;
const BREAKING_WORD = /break|⚠|💥|破坏|不兼容|破壊|호환|주요 변경/iu;
// "7.0.0", "v3.0", "2.0.0-rc.1": a major release (not 0.x, whose minors break by convention but rarely move runtimes).
const MAJOR_VERSION = /^v?[1-9]\d*(?:\.0){1,2}(?:[-+][\w.+-]*)?$/iu;
/** A line without its decoration: icons, emphasis, brackets and the stop around "(breaking)", "**Breaking change.**". */
const bareLine = (text) => text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s*_([【「]+/u, "").replace(/[\s*_)\]】」.。!！:：]+$/u, "").trim();
// A line that only says the change it details breaks: "This is a breaking change.", "Breaking change", "(breaking)",
// "semver-major", "破坏性变更", "破壊的変更です", "호환성이 깨지는 변경입니다".
const ONLY_BREAKING = /^(?:(?:note\s*[:：]\s*)?(?:this|it)\s+(?:is|was)\s+(?:a\s+)?)?(?:breaking(?:[ -]changes?)?|semver[- ]major(?:\s+change)?|(?:not\s+)?backwards?[- ](?:in)?compatible(?:\s+change)?)$|^(?:这是|此为|此|这)?(?:一个|一項|一项)?(?:破坏性|不兼容(?:的)?|破壊的|互換性(?:の|が)?(?:ない|なし))(?:变更|更改|改动|修改|変更)(?:です|である)?$|^(?:이것은\s*)?(?:호환성(?:이\s*깨지는|을\s*깨는)|파괴적|주요)\s*변경(?:\s*사항)?(?:입니다)?$/iu;
// A heading that ends in a category's word ("Code Generation Changes", "API Updates") sorts changes, names no part:
// as a breaking label's qualifier it takes a third of a post and says nothing a reader needs.
const CATEGORY_TAIL = /\b(?:changes?|updates?|improvements?|enhancements?|fixes|changed|updated)$/iu;
// A lead-in's words for "the following" list, and how the count says it instead.
const FOLLOWING_JA = /以下の(?=\p{Script=Han}|\p{Script=Katakana})/u;
const FOLLOWING_EN = /\bthe following\s+(?=\p{L})/iu;
/** A lead-in to a list of bare links (all gone from posts) with the count in place of "the following"; null otherwise. */
function countedLeadIn(text, links, children) {
    if (children === 0 || links !== children)
        return null;
    if (FOLLOWING_JA.test(text))
        return text.replace(FOLLOWING_JA, `${links}件の`);
    if (FOLLOWING_EN.test(text))
        return text.replace(FOLLOWING_EN, `${links} `);
    return null;
}
/** A sub-item that only says its change breaks: the change breaks, and the line is no change of its own. */
const onlySaysBreaking = (text) => ONLY_BREAKING.test(bareLine(text));
// A line that only says the change it details closes a hole: "Security fix", "This fixes CVE-2024-1234", "Addresses
// GHSA-xxxx-xxxx-xxxx", "安全修复", "セキュリティ修正". The advisory's id, when it names one, is worth keeping.
const ONLY_SECURITY = /^(?:(?:this|it)\s+(?:is\s+a\s+)?)?(?:(?:fix(?:es|ed)?|address(?:es|ed)?|resolve[sd]?|close[sd]?|patch(?:es|ed)?|mitigates?)\s+)?(?:(?:a|the)\s+)?(?:security\s+(?:fix|issue|vulnerability|problem|patch|advisory)|vulnerability|(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})(?:\s*(?:,|and|&)\s*(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}))*)$|^(?:安全(?:修复|补丁|漏洞修复)|セキュリティ(?:修正|対策|上の修正)(?:です)?|보안\s*(?:수정|패치)(?:입니다)?)$/iu;
const ADVISORY_IDS = /CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3}/giu;
/** The ids a sub-item that only says its change closes a hole names ("CVE-2024-1234"), maybe none; null for any other line. */
function onlySaysSecurity(text) {
    const bare = bareLine(text).replace(/`/gu, "");
    return ONLY_SECURITY.test(bare) ? (bare.match(ADVISORY_IDS) ?? []) : null;
}
// "릴리스 25194", "リリース 1.2.0", "版本 1.2.0", "1.2.0 릴리스": the release's heading in another language, which the
// opener says (as VERSION_HEADING does for "Release 1.2.0").
const NATIVE_VERSION_HEADING = /^(?:릴리스|릴리즈|버전|リリース|バージョン|发布|發布|版本|发行版|發行版)\s*v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.]+)?(?:\s*[(（][^)）]*[)）])?$|^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.]+)?\s*(?:릴리스|릴리즈|버전|リリース|バージョン|发布|發布|版本?|发行版)$/u;
// "Known Issues", "Known problems", "알려진 문제", "既知の問題", "已知问题": what this release did not change.
const KNOWN_ISSUES = /^(?:[\p{Extended_Pictographic}\uFE0F\s]*)(?:known\s+(?:issues?|problems?|bugs?|limitations?|regressions?)|(?:알려진|기존에 알려진)\s*(?:문제|이슈|버그|제한\s*사항)(?:\s*사항)?|既知の(?:問題|不具合|課題|制限)(?:点|事項)?|已知(?:问题|問題|缺陷|限制|错误|錯誤|bug)s?)(?:\s*[:：])?$/iu;
// What the project plans after this release: "What's next for Gleam?", "Roadmap", "Looking ahead", "今後の予定",
// "下一步计划", "향후 계획".
// "The future of Helm", "헬름의 미래": plans too.
const FUTURE_PLANS = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:what'?s (?:next|coming|ahead)\b.*|(?:the )?road ?map|looking (?:ahead|forward)\b.*|future (?:plans|work|releases?)|the future of [^?]{1,40}|[^?]{1,30}'s future|(?:coming|up) next|next up|今後の(?:予定|展望|計画)|(?:下一步|未来|后续)(?:计划|規劃|规划)?|路线图|로드맵|향후 (?:계획|로드맵)|.{1,30}의 미래|.{1,30}の未来|.{1,30}的未来)[?？!！:：]?$/iu;
// A blog post's parts about the project rather than the release: its history ("One year of Biome", "Five years of
// X", "Happy birthday"), its people ("Thank you", "Community", "Contributors"), its close ("Conclusion", "Wrapping
// up"). They name no change, and what they tell is a side remark.
const ABOUT_PROJECT = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\+?\s+(?:years?|months?)\s+(?:of|with)\b.*|(?:happy\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:birthday|anniversary)\b.*|(?:a\s+)?(?:big\s+|huge\s+|special\s+)?thank(?:s|\s+you)\b.*|(?:our\s+|the\s+)?(?:community|contributors|sponsors|backers|team)|conclusions?|in\s+conclusion|closing\s+(?:words|thoughts)|final\s+(?:words|thoughts)|wrapping\s+up|wrap-?up|summary\s+and\s+thanks|(?:\d+\s*)?周年.*|감사(?:합니다)?|謝辞|ありがとう.*|结语|結語|마무리|おわりに|まとめ)[.!！:：]?$/iu;
// "This release includes the latest changes from Stencil v3.4.1.": the changes of another release, said once there.
const OTHER_RELEASE = /^(?:this (?:release|version) )?(?:also )?includes? (?:all )?(?:of )?(?:the )?(?:latest |recent )?(?:changes|fixes|updates) (?:from|in|of) \S*\s?v?\d+(?:\.\d+)+\.?$/iu;
const includesOtherRelease = (block) => block?.kind === "paragraph" && OTHER_RELEASE.test(block.text.trim());
// A section that holds nothing to show: "None.", "N/A", "없음.", "なし", "无", "-".
const model_PLACEHOLDER = /^(?:none|nothing(?:\s+(?:yet|new|to report))?|n\/?a|tbd|-+|—|–|없음|없습니다|해당\s*없음|なし|無し|ありません|特になし|无|無|暂无|暫無|没有)[.。!！]?$/iu;
/** What a paragraph under a heading shows, or null for a placeholder ("None."). */
const explainedBy = (text) => {
    const shown = cleanText(text);
    return model_isPlaceholder(shown) ? null : shown;
};
const model_isPlaceholder = (text) => model_PLACEHOLDER.test(text.replace(/[*_`()（）]/gu, "").trim());
// A line that only points at another page: "See the [docs](…) for details.", "Please refer to …", "자세한 내용은 …".
const POINTER = /^(?:(?:please\s+)?(?:see|refer to|read|check(?: out)?|visit|consult)\b|for (?:more |further |full )?(?:details|information|info)\b|more (?:details|information|info)\b|详见|详情请|请参阅|请参考|参见|参阅|詳細は|詳しくは|자세한 (?:내용|사항)은)/iu;
const model_isPointer = (block) => block.linkShare > 0 && POINTER.test(block.text.replaceAll(LINK_OPEN, "").replaceAll(LINK_CLOSE, "").trim());
/** A change longer than any post is kept only as far as a post could show it, marked as cut. */
function model_bounded(text) {
    if (text.length <= MAX_ENTRY)
        return text;
    const space = text.lastIndexOf(" ", MAX_ENTRY);
    return `${text.slice(0, space > MAX_ENTRY / 2 ? space : MAX_ENTRY).replace(/[\s\p{P}]+$/u, "")}\u2026`;
}
// "Widgets: `Fill`", "Buffer: `CellWidth` trait": a blog part titled by its area and the code it is about.
const AREA_THEN_CODE = /^[^:`]{1,30}:\s*`[^`]+`(?:\s+\p{L}+)?$/u;
/** Cleans a block's text; a huge block is cut first, so cleaning costs no more than a post could use. */
const clean = (text) => cleanText(text.length > MAX_ENTRY * 3 ? text.slice(0, MAX_ENTRY * 3) : text);
// The notes pointing at their headline: "The headline feature is…", "The biggest change in this release is…", "Most
// notably, …", "本次最大的变化是…", "今回の目玉は…", "가장 큰 변화는…".
const HEADLINE_POINTER = /^(?:(?:the|our)\s+(?:headline|biggest|main|most (?:important|notable|significant|exciting)|key|star|marquee)\s+(?:feature|change|addition|improvement|news|highlight)s?\b(?:\s+(?:of|in)\s+(?:this|the)\s+(?:release|version|update))?(?:\s+(?:is|are|was)\b|\s*[:：])|most notably\b)|^(?:本次|本版本?|此次|这次)?(?:最大的|最重要的)(?:变化|更新|亮点|特性)|^(?:今回の)?(?:目玉|最大の(?:変更|特徴|変化))|^(?:이번\s+)?가장\s+(?:큰|중요한|눈에\s+띄는)\s+(?:변화|변경|기능)/iu;
const pointsAtHeadline = (text) => HEADLINE_POINTER.test(text.trim().replace(/^[\p{Extended_Pictographic}\uFE0F\s*_]+/u, ""));
/** A block that says something, even if no post can show it (a code block, a link): a template's placeholder
 *  comment, a rule, or an item of boilerplate ("APIs are backwards compatible…") says nothing. */
const holdsSomething = (block) => {
    if (block.kind === "dropped")
        return block.dropped !== "html" && block.dropped !== "rule";
    if (block.kind === "heading" || !/[\p{L}\p{N}]/u.test(block.text))
        return false;
    return block.kind !== "item" || readItem(block.text).text.trim() !== "";
};
/** The kind a section gives its entries: its own, or the nearest enclosing one that says. */
function sectionKind(stack) {
    for (let index = stack.length - 1; index >= 0; index -= 1) {
        const meaning = stack[index]?.meaning;
        if (meaning && meaning !== "generic" && meaning !== "drop")
            return { kind: meaning, fromBreaking: meaning === "breaking", bump: stack[index]?.bump === true };
    }
    return { kind: null, fromBreaking: false, bump: false };
}
function sectionLabel(stack) {
    for (let index = stack.length - 1; index >= 0; index -= 1) {
        const section = stack[index];
        if (section?.label)
            return section.label;
        if (section?.meaning === "generic")
            return null;
    }
    return null;
}
// What a change's title starts with ("Improve config file search", "Keep empty import attributes").
const model_CHANGE_VERB = /^(?:adds?|added|fix(?:es|ed)?|improve[sd]?|supports?|skips?|keeps?|uses?|makes?|allows?|enables?|disables?|removes?|drops?|deprecates?|renames?|replaces?|updates?|upgrades?|changes?|moves?|ensures?|prevents?|avoids?|handles?|introduces?|exposes?|reduces?|speeds? up|optimi[sz]es?|consistently|correctly|properly|no longer|now)\b/iu;
const QUESTION = /[?？]\s*$/u;
// "What is Tauri?": a launch post's question answered by what the project is, which is no change (the answers to
// other questions, "Why a new API?", may define words and stay).
const ASKS_WHAT_IT_IS = /^what(?: is|'s| are) [\p{L}][\p{L}\p{N}.+#_-]*(?: [\p{L}\p{N}.+#_-]+)?\s*[?？]$/iu;
// A page's section that says nothing changed for it ("IDE support: … You don't need to update the plugin", "No changes
// to the CLI in this release."): its title is no highlight.
const NOTHING_CHANGED = /\bno (?:changes?|new features?|updates?)\b(?! (?:are|is) (?:needed|required))|\b(?:don'?t|do not|doesn'?t|does not) need to (?:update|upgrade|change|do)\b|\bnothing (?:has )?changed\b|\b(?:remains?|stays?) (?:the same|unchanged)\b/iu;
const saysNothingChanged = (block) => block?.kind === "paragraph" && NOTHING_CHANGED.test(block.text) && !/\b(?:now|new(?!\s+features?\b)|adds?|added|introduc\w*|removed|deprecated|fix(?:es|ed)?)\b/iu.test(block.text.replace(NOTHING_CHANGED, ""));
// What a sentence says when the code after it shows the change: "as follows", "like this", "次のように", "如下".
const POINTS_AT_EXAMPLE = /\b(?:as follows|as shown below|like (?:this|so)|the following (?:example|code|snippet))\s*[.:!]?$|次のように|以下のように|下記のように|このように|如下|像这样|以下代码|다음과 같이/iu;
// How a sentence that says when something happens opens: "When …", "During …", "如果…", "…場合".
const model_CONDITION = /^(?:when(?:ever)?|during|if|while|after|before|unless|once|upon|in case)\b|^(?:当|如果|若|在.{1,30}时)|^.{0,40}(?:場合|とき)[、，,]/iu;
// A title in the past tense ("Removed `--no-summary` flag", "Dropped Node 18"): a change where it names the exact thing
// (in code) or stands under a breaking section, whose sub-headings are its changes; elsewhere "Removed APIs" is a topic.
const DONE_VERB = /^(?:removed|dropped|deprecated|renamed|replaced|changed|moved|disabled|enabled|added|fixed)\b/iu;
/** How long a breaking lead-in and its sub-items may be, said as one change: what a post can show beside its opener. */
const LEAD_IN_WITH_DETAILS = 200;
// A short lead-in at the end of a paragraph: "数据库升级脚本：", "Migration steps:" (one to four words, or a CJK phrase).
const LEAD_IN_TAIL = /(?:^|(?<=[\s.!?。！？；;:：]))(?:[^\s:：.!?。！？]{1,24}|(?:[^\s:：.!?。！？]+\s){1,3}[^\s:：.!?。！？]+)[:：]$/u;
// The release named as a project's first: a title over what it is, no change.
const INITIAL_RELEASE = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:the\s+)?(?:initial|first)\s+(?:public\s+|stable\s+|official\s+)?(?:release|version)|(?:최초|첫|첫 번째)\s*(?:릴리[즈스]|출시|버전)|(?:首次|首个|第一个|初始)(?:发布|版本|正式版)|初(?:回|版)(?:リリース)?|最初のリリース)[.!。！]?$/iu;
/**
 * A heading that is a change rather than a category: a sentence-long title ("Skip explicitly passed symbolic links
 * with --no-error-on-unmatched-pattern"), or a shorter one that says what it does ("Fix config file search") with
 * prose under it rather than a list. Category words in a long title ("…is incompatible with…") say nothing.
 * `group`: its section holds changes of its own (see holdsChanges); then only a title that says what it does is one.
 */
// A breaking section's heading narrowed to whom or what it concerns: "Breaking Change for OPNsense Firmware < 26.1.1".
const BREAKING_FOR = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:breaking|backwards?[- ]incompatible|incompatible)\s+changes?\s+(?:for|in|to|on|affecting|since|when|with)\b/iu;
// "Release highlights", "Highlights of 2.2", "What's new in Foo 3", "亮点": a heading that only names the highlights.
const HIGHLIGHTS_TITLE = /^[\p{Extended_Pictographic}\uFE0F\s]*what'?s new(?:\s+(?:in|for|with)\b[^.!?:：]{0,40})?\s*[:：]?$/iu;
const leadsInToHighlights = (text) => introducesHighlights(text) || HIGHLIGHTS_TITLE.test(text.replace(/[’‘]/gu, "'").trim());
const DEPENDENCY_WORD = /dependenc|\bdeps\b|依存|依赖|의존|종속/iu;
/** At least two paragraphs under a highlights heading each say a highlight: it lists them. (Paragraphs that tell one
 *  story, a change and then how it works, are that change's prose.) */
function highlightParagraphsUnder(blocks, index, level) {
    let found = 0;
    for (let at = index + 1; at < blocks.length && found < 2; at += 1) {
        const block = blocks[at];
        if (block.kind === "heading" && block.depth <= level)
            break;
        if (block.kind === "paragraph" && block.parent === -1 && highlightOf(cleanText(block.text)) !== null)
            found += 1;
    }
    return found >= 2;
}
/** A highlight's paragraph said as one item: its first sentence, when it names a change and is no aside. */
function highlightOf(text) {
    const first = sentences(text)[0]?.trim() ?? "";
    return first !== "" && !/[:：]$/u.test(first) && proseScore(first) > 0 && !talksAboutRelease(first) && !isAdvisory(first) ? first : null;
}
function isChangeHeading(text, meaning, level, next, topic, group, breaking = false) {
    // A question ("What is Tauri?", "Who made this release possible?") heads a part of an article, never a change.
    // Nor does a title that names who a part is for ("For Developers", "For Overseas", "開発者向け"): it labels that part.
    // Nor does "Initial release" ("최초 릴리즈", "首次发布"): the release itself, which the opener announces.
    // Nor does "Release highlights", "What's new": it leads in to the highlights under it, each one a change.
    if (level < 2 || meaning === "generic" || (meaning === "highlight" && leadsInToHighlights(text)) || DOCUMENT_PART.test(text) || ADVICE_PART.test(text) || GREETING.test(text) || QUESTION.test(text) || namesAudience(text) || kindInForms(text) !== null || INITIAL_RELEASE.test(text))
        return false;
    // "Breaking change for firmware < 26.1.1", "Breaking changes in v3": whom the breaking section concerns; its text says
    // what breaks.
    if (meaning === "breaking" && BREAKING_FOR.test(text))
        return false;
    // A pull request's title ("✨ feat(table): header du tableau") is one change, whatever follows it.
    if (PR_TITLE.test(text))
        return true;
    const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
    // Only words with letters count: "✨ New" is one word.
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + Math.floor(cjk / 3);
    // A table ("Embedded technologies" over its versions), a placeholder ("None.") or a pointer to another page explains
    // no change: the heading only names what is (not) there.
    const explained = next !== undefined &&
        ((next.kind === "paragraph" && !model_isPointer(next) && ![null, ""].includes(explainedBy(next.text))) || (next.kind === "dropped" && next.dropped !== "table"));
    // One word ("Notice", "Summary") titles what follows; it is no change. Nor does "Changes to the language".
    // A name in code ("`useEffectEvent`", "`<Activity />`") explained in prose is the API a launch post introduces.
    const codeTitle = CODE_TITLE.test(text);
    if ((words < 2 && cjk < 4 && !codeTitle) || TOPIC_HEADING.test(text))
        return false;
    // A short title that does not say what it does ("Removed APIs", "Go command", "Baseline Support") names a topic
    // where it is a part of a part or leads in to a list: alone it reads as no change, so it labels what is under it.
    // One that names code ("Consistent `include` behavior") names what changed.
    const done = DONE_VERB.test(text) && (breaking || /`/u.test(text));
    if (topic && words <= 3 && cjk < 4 && !model_CHANGE_VERB.test(text) && !done && !/`/u.test(text))
        return false;
    // A title over a list, sub-headings or bold-titled changes ("Unstable Changes" over a notice and its items, "New
    // Commands" over "**`/recommend`**" paragraphs) names the group they are in.
    // (A name in code that prose explains before its sub-headings, "When to use `useSpin`", is the change they explain.)
    if (group && !model_CHANGE_VERB.test(text) && !done && !(codeTitle && next?.kind === "paragraph"))
        return false;
    // Any title that is no category's name ("Procedural macros", "Module system improvements") and is explained in
    // prose is a change.
    return explained && (meaning === null || !isCategoryName(text) || words >= 4 || model_CHANGE_VERB.test(text));
}
// A title that is only a name in code, not a package's ("`useEffectEvent`", "`<Activity />`"; not "`@scope/pkg`").
const CODE_TITLE = /^`(?![@.])(?![\w.-]+\/)[^`]+`$/u;
// Between the names of one kind in several forms: "feat | 新功能 / Features", "修复 / Bug Fixes", "Fixes｜修复".
const FORMS_JOINT = /\s*[|｜/／]\s*/u;
/**
 * A heading that names one kind in several forms ("feat | 新功能 / Features": the commit type, then its name in each
 * language): that kind, and the form to show in the notes' language (a name, not the type word). Null for any other
 * heading, and for one that names two kinds ("Features / Fixes").
 */
function kindInForms(text, language = null) {
    const parts = text.split(FORMS_JOINT).filter((part) => part !== "");
    if (parts.length < 2)
        return null;
    const meaning = headingMeaning(parts[0] ?? "");
    if (meaning === null || meaning === "generic" || meaning === "drop" || !parts.every((part) => headingMeaning(part) === meaning))
        return null;
    const cjk = language === "zh" || language === "ja" || language === "ko";
    const names = parts.filter((part) => isCategoryName(part));
    const inLanguage = names.find((part) => (model_cjkCount(part) > 0) === cjk);
    return { meaning, label: inLanguage ?? names.at(-1) ?? parts.at(-1) ?? text };
}
// A conventional-commit title, maybe after a gitmoji: "✨ feat(table): …", "fix!: …".
const PR_TITLE = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:feat|fix|perf|refactor|docs?|chore|build|ci|test|style|revert|deps)(?:\([^)]*\))?!?:\s+\S/iu;
/** A heading's text as an item's: a PR title's gitmoji goes, so that its prefix gives its kind and is stripped. */
const withoutTitleIcon = (text) => (PR_TITLE.test(text) ? text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "") : text);
// A part of the release named by what changed in it: "Changes to the language", "Minor changes to the library",
// "Improvements in the CLI", "New features for plugins".
const TOPIC_HEADING = /^(?:(?:minor|major|other|notable|small|further|additional|important)\s+)?(?:changes?|improvements?|updates?|additions?|fixes|enhancements?|new features?|features)\s+(?:to|in|for|of)\b/iu;
// A closing sentence that leads in to notes on what the sentences before it said ("Some notes about using Realm Swift in
// Swift 6:", "A few caveats:", "Things to know:"): what follows explains that change, and lists no changes of its own.
// A sentence that names its changes only by a vague number of them ("changed a few SDK-level behaviors", "修复了一些问题",
// "いくつかの挙動を変更"): what they are is in the sub-items under it.
const VAGUE_MANY = /\b(?:a few|several|some|a number of|a couple of|various|the following|multiple)\s+(?:[\w`.-]+\s+){0,2}(?:behaviou?rs|changes|things|improvements|fixes|issues|bugs|tweaks|updates|adjustments|differences|cases|places|areas)\b|(?:一些|几个|几项|以下|若干)(?:行为|变更|改动|问题|改进)|いくつかの(?:挙動|変更|問題|改善)|몇 가지 (?:동작|변경|문제|개선)/u;
const pointsAtList = (sentence) => VAGUE_MANY.test(sentence.toLowerCase());
const NOTES_LEAD_IN = /^(?:(?:some|a few|several|a couple of|important|additional|further|more)\s+)?(?:notes?|caveats?|remarks|considerations|things to (?:know|note|keep in mind)|known (?:issues|limitations))\b[^.!?。！？]*[:：]$|(?:注意事项|注意点|注意事項|備考|补充说明|참고 사항)[^。！？]*[:：]$/iu;
/** A label-like line: a short text without sentence punctuation ("Icon", "compiler", "Bug fixes:", "Misc."). */
function isLabelLike(text, maxWords = 6) {
    const bare = text.replace(/[:：]$/u, "");
    const cjk = bare.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
    const words = bare.split(/\s+/).length + Math.floor(cjk / 3);
    // One or two words may end with a full stop ("Misc."); a longer line ending so is a sentence.
    const sentence = /[.!?。！？]$/u.test(bare) && words > 2;
    return bare.length <= 60 && !sentence && words <= maxWords;
}
// A lead-in that only points at the list under it ("The following were fixed:", "This release includes:", "以下の…"):
// the list holds the changes.
const POINTS_AT_LIST = /\b(?:following|below|these|this release|here (?:are|is)|as follows|includ(?:e|es|ed|ing)|list of|see)\b|以下|下記|次の|如下|下列|以下の|다음/iu;
/** A lead-in sentence that says a change of its own before its sub-points ("Unified label resolution with a consistent
 *  fallback chain:"): longer than a label (at most four words name a group) and pointing at no list. */
function isChangeLeadIn(text) {
    return /[:：]$/u.test(text) && !isLabelLike(text, 4) && !POINTS_AT_LIST.test(text) && !NOTES_LEAD_IN.test(text) && sentences(text).length <= 1;
}
/** A highlight heading ("Release Summary Highlights") labels the list right under it; a second list right after that
 *  one ("- a" then "* fix: …", the pull requests pasted below) was never under it: the section's label and kind end
 *  there. (Lists with a paragraph between them, "**Feature A**" over each, stay under it.) */
function endHighlightsBefore(block, section) {
    if (!section || block.parent !== -1 || section.meaning !== "highlight" || block.kind === "dropped")
        return;
    if (block.kind !== "item") {
        section.listed = false;
        return;
    }
    if (block.opensList === true && section.listed === true) {
        section.label = null;
        section.meaning = null;
    }
    section.listed = true;
}
// An area in brackets and nothing else: "[결제]", "【core】", "(api)", "[CLI]".
const BRACKETED_AREA = /^(?:\[[^[\]]{1,30}\]|【[^【】]{1,30}】|\([^()]{1,30}\)|（[^（）]{1,30}）)$/u;
/** Short enough to stand above changes, post after post: one sentence of at most 50 columns (CJK counts twice).
 *  A longer lead-in ("ripgrep 15 is a new major version … Here are some highlights") is prose, not a label. */
const isShortLabel = (text) => text.length + model_cjkCount(text) <= 50 && sentences(text).length <= 1;
const model_cjkCount = (text) => text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
/** An item that names the group of its sub-items ("Icon", "compiler", "BREAKING", "新功能"); a CJK phrase longer than a
 *  few characters says what changed ("最後のorderGroupを記憶する") unless it is a category's name. */
function isLabelName(text) {
    return isLabelLike(text, 3) && (model_cjkCount(text) <= 4 || headingMeaning(text.replace(/[:：.]$/u, "")) !== null);
}
// A commit scope as release-please writes it before a change: one lower-case word and a colon ("vuln: ", "auth: ").
const LOWER_SCOPE = /^[a-z][\w./-]{0,24}:\s+/u;
/** A change read as `kind` under its section that closes a security hole (see closedVulnerability). */
function closesHole(kind, own, text) {
    if (kind !== "fix" && kind !== "change" && kind !== "other" && kind !== "performance" && kind !== "dependencies" && kind !== "highlight")
        return false;
    const hole = closedVulnerability(text);
    if (hole === null)
        return false;
    // Under "Other changes", a memory bug's class alone is a bug fixed, not a hole (see namesOnlyMemoryBug).
    if (kind !== "fix" && namesOnlyMemoryBug(text))
        return false;
    // A bump is a security fix only when it names the hole ("Bump minimist to 1.2.6 to fix CVE-2021-44906"); so is a
    // notable change ("CVE-2025-23084 - path: fix path traversal").
    if (kind === "dependencies" || kind === "highlight")
        return hole === "named" && own !== "feature";
    // Under "Changes" or "Other", what it says it does decides: "Add CSRF protection" adds.
    return kind === "fix" || own !== "feature";
}
// Said of what went in this release, not of what will go: "`x` was removed", "X has been removed", "were removed
// altogether". Not "no longer validates" or "is no longer a hard dependency", which take nothing away from callers.
const REMOVED_NOW = /\b(?:(?:has|have) (?:now )?been|(?:was|were)(?: now)?) (?:removed|deleted)\b|已(?:被)?(?:移除|删除)|(?:削除|廃止)されました|(?:제거|삭제)되었/iu;
const removesApi = (text) => REMOVED_NOW.test(text) && !onlyDeprecates(text) && !disclaimsBreak(text) && !LIFTS_LIMIT.test(text);
// A removal that lifts a restriction ("Remove the 10-file limit", "Drop the requirement for a config file"): a feature.
const model_RELEASE_STEP = /^(?:start(?:ing)?|begin|enter|exit)\s+(?:the\s+)?(?:v?\d+(?:\.\d+)*\s+)?(?:pre-?release|prerelease mode|pre mode|beta|alpha|rc)\b(?:\s+mode)?\.?$/iu;
// A section of notices, not of changes: "NOTE", "Important notes", "⚠️ Warning", "注意事項", "주의 사항", "注意事项".
const NOTICE_HEADING = /^(?:(?:important|upgrade|upgrading|migration)\s+)?(?:notes?|notices?|warnings?|cautions?|attention|heads[- ]up)\s*[:：!]?$|^(?:注意(?:事項|事项|点)?|重要(?:な)?(?:お知らせ|注意|提示|事項)|お知らせ|주의(?:\s*사항)?|참고(?:\s*사항)?|공지(?:\s*사항)?|须知|提示)\s*[:：]?$/iu;
const LIFTS_LIMIT = /\b(?:limits?|limitations?|restrictions?|requirements?|caps?|warnings?|need for|dependency on)\b|制限|限制/iu;
/** A heading that names a kind of change in a few words ("Removals and backward incompatible breaking changes"):
 *  no sentence, no version, no verb that says what changed. */
const isCategoryPhrase = (text) => text.split(/\s+/).length <= 8 && !/[\d.!?;。！？]/u.test(text) && !model_CHANGE_VERB.test(text) && !OPENER.test(text);
/** A quote beside the changes that opens with a link to another page and says no change of its own ("> [widget-pro](…)
 *  new UI, full user management"): it advertises what the link leads to, and a post cannot follow the link. */
const isQuotedPromo = (block, text) => block.quoted && block.linkShare >= 0.3 && LEADING_LINK.test(block.text) && !model_CHANGE_VERB.test(text) && readItem(text).kind === null && !GITHUB_ALERT.test(text);
const LEADING_LINK = new RegExp(`^[\\p{Extended_Pictographic}\\uFE0F\\s]*${LINK_OPEN}`, "u");
/** A name that says what it does ("Remove `react-router-dom` package"), unless it is a category's ("Fixes") or a
 *  topic's ("Changes to `SyntaxMapping`"). */
const namesChange = (text) => model_CHANGE_VERB.test(text) && !TOPIC_HEADING.test(text) && !isCategoryName(text.replace(/[.]$/u, ""));
/** A sentence that tells what changed in a verb of its own ("This release changes the default protocol to RESP3"). */
const SAYS_CHANGED = /\b(?:chang(?:es|ed)|switch(?:es|ed)|replac(?:es|ed)|renam(?:es|ed)|now defaults?|defaults? (?:is|are) now)\b|变更|更改|変更|변경/iu;
/** A line that says something changed, by its words or its kind. */
const model_saysChange = (text) => text !== "" && (CHANGE_WORDS.test(text) || model_CHANGE_VERB.test(text) || readItem(text).kind !== null);
// Words a title leaves in lower case.
const SMALL_WORDS = /^(?:a|an|and|as|at|by|for|in|of|on|or|the|to|with|from|into|via|vs\.?)$/u;
/** A short title in Title Case ("Adopted Future Flag Behaviors", "Other Improvements"): 2–5 words, each one that
 *  counts capitalised, no code, no sentence punctuation. */
function isTitleCase(text) {
    // Digits, code or sentence punctuation belong to a change; so does an imperative ("Bump Lodash", "Fix Login").
    if (/[`.!?;:,()\d]/u.test(text) || ((model_CHANGE_VERB.test(text) || readItem(text).kind !== null) && !/^\p{L}+ed\b/u.test(text)))
        return false;
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length < 2 || words.length > 5)
        return false;
    return words.every((word, index) => /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) || (index > 0 && SMALL_WORDS.test(word)));
}
/** The item at `index` is one of a list whose other items mostly are not titles: it stands out as a title. */
function titleAmongSentences(blocks, index) {
    const block = blocks[index];
    if (!block)
        return false;
    const siblings = [];
    for (const step of [-1, 1]) {
        for (let at = index + step; at >= 0 && at < blocks.length; at += step) {
            const other = blocks[at];
            if (!other || (other.kind !== "item" && !(other.kind === "paragraph" && other.parent >= 0)) || other.depth < block.depth)
                break;
            if (other.kind === "item" && other.depth === block.depth && other.parent === block.parent)
                siblings.push(cleanText(other.text));
        }
    }
    const titles = siblings.filter(isTitleCase).length;
    return siblings.length >= 2 && titles * 2 < siblings.length;
}
// A link (now DROPPED_MARK), an issue or PR number ("#8180", "GH-12") or a commit hash in brackets: what a change
// made by a commit or pull request carries.
const OWN_REFERENCE = new RegExp(`${DROPPED_MARK}|(?:^|[\\s(\\[])(?:#|GH-)\\d+\\b|\\(\\b[0-9a-f]{7,40}\\b\\)`, "iu");
// An issue or pull request number written in the item's own words ("… #124"), not a link the notes' generator added.
const OWN_NUMBER = /(?:^|[\s([])(?:#|GH-)\d+\b/u;
// "[SDK] 2.6.0", "v2.6.0", "Android 2.6.0": a version, maybe with the part it belongs to.
const VERSION_LABEL = /^(?:\[[^\]]{1,30}\]\s*)?(?:[\p{L}-]{1,20}\s+)?v?\d+(?:\.\d+){1,3}[\w.+-]*$/u;
// "7.1.3 (2024-07-26)", "v2.0.0 - 2024-01-01", "1.2.0": a changelog's release line written as a list item.
const VERSION_AND_REST = /^(?:release\s+|version\s+)?\[?v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.]+)?\]?\s*(?:[-–—:]\s*)?(.*)$/iu;
/** A list item that is only the release's version, maybe with its date: the opener says it; it is no change. */
function isVersionLine(text) {
    const rest = VERSION_AND_REST.exec(text)?.[1];
    return (rest !== undefined && (rest === "" || isDateOnly(rest))) || isReleaseHeader(text);
}
// "Vitest 3.2 is out!", "🚀 Release Notes: Delta TypeScript Plugin Action v0.2.1", "v2.0 Changelog": the notes' own
// title, which names the project and version the post's opener already names. So does a notice's title with the
// version ("그누보드 5.6.42 배포 안내", "X 1.2 release announcement", "X 1.2 リリースのお知らせ", "X 1.2 发布公告"): it titles
// the page, and labels none of its changes.
const RELEASE_NOTES_WORDS = /\b(?:release notes?|changelog|release (?:notice|announcement|information|info)|versionshinweise|änderungsprotokoll)\b|リリースノート|リリース(?:の)?(?:お知らせ|情報|案内)|发布(?:说明|公告|通知)|更新(?:日志|说明|公告)|版本说明|릴리[스즈] 노트|(?:배포|릴리[스즈]|출시|업데이트) (?:안내|공지|소식)/iu;
const HAS_VERSION = /(?:^|[\s(v])\d+(?:\.\d+)+\b/u;
// "The next Vitest minor is here", "다음 Vite 메이저가 여기에 있습니다", "A new major version is out": the release announced by a word for it, not its version.
const RELEASE_NOUN = /\b(?:release|version|major|minor|patch)\b|릴리[스즈]|버전|메이저|마이너|リリース|バージョン|メジャー|版本/iu;
/** A title line (no sentence after it) that announces the release or its notes, with a version or a word for it. */
function isReleaseTitle(text) {
    if (sentences(text).length > 1 || /[.?;。？；]$/u.test(text) || text.split(/\s+/).length > 12)
        return false;
    if (!HAS_VERSION.test(text))
        return OPENER.test(text) && RELEASE_NOUN.test(text);
    return OPENER.test(text) || RELEASE_NOTES_WORDS.test(text) || restatesRelease(text);
}
// A heading that names a kind of text, not a change: "Important Notes", "How to Adapt", "Upgrade guide", "詳細情報",
// "適応方法". What is under it may hold changes; the heading labels them at most.
const DOCUMENT_PART = /^(?:(?:important|additional|further|other|more|full|general|release|upgrade|upgrading|migration)\s+)?(?:notes?|notices?|remarks?|details|information|info|instructions|guide|guidance)$|^how to\b|^(?:詳細|詳細情報|追加情報|注意事項|注意点|備考|補足|说明|详情|详细信息|注意事项|참고|안내|주의 사항)$|^(?:移行|適応|対応|アップグレード|升级|迁移|업그레이드|마이그레이션)\s*(?:方法|手順|ガイド|指南|가이드|방법)$/iu;
// An advisory's or announcement's scaffolding, in any language. What to do ("Recommended action", "Workarounds",
// "推奨する対応", "解决方案") is a part whose text is the must-act item; the heading only labels it.
const ADVICE_PART = /^(?:recommended\s+(?:actions?|steps?|fix(?:es)?|upgrades?)|(?:what\s+(?:you\s+)?should\s+(?:I\s+|you\s+)?do|what\s+to\s+do)|solutions?|workarounds?|mitigations?|remediation|fix(?:ed)?\s+versions?|patched\s+versions?|推奨(?:する|される)?対応|対策|対処(?:方法|法)?|回避策|解决(?:方案|方法|办法)|修复建议|缓解措施|建议(?:措施|操作)|권장\s*(?:조치|사항)|해결\s*(?:방법|방안)|완화\s*조치)$/iu;
// A greeting ("Hello, Lucy!") opens a part of a blog post: it names no change and labels none, and what the part tells
// is a side remark unless its words name a change.
const GREETING = /^(?:hello|hi|hey|welcome|meet),?\s+[^.!?。！？]{1,30}[!！]$/iu;
// Who found or fixed it ("Credits", "クレジット", "致谢", "감사"), the figures of the release ("Stats"): never a change,
// and nothing under them is one.
const CREDITS_OR_STATS = /^(?:credits?|acknowledge?ments?|thanks|stats|statistics|by the numbers|クレジット|謝辞|致谢|鸣谢|感谢|감사(?:의 (?:말|글)| 인사)?|크레딧|統計|统计)$/iu;
// The page's own revision history ("Revision history", "更新履歴", "改訂履歴", "修订历史") over dated lines, and such a
// line anywhere: "2026-03-05 09:00 (JST) 初版", "Originally published at 2031-02-03", "Updated 2024-05-01: added the
// CVE id". When the page changed, not the release.
const REVISION_HEADING = /^(?:(?:revision|document|page|post|advisory|change)\s+history|history|revisions?|timeline|更新履歴|改訂履歴|修正履歴|変更履歴|修订(?:历史|记录)|更新记录|변경\s*이력|개정\s*이력|수정\s*이력)$/iu;
const REVISION_LINE = /^(?:(?:originally\s+)?(?:first\s+)?(?:published|posted|updated|revised|released|created)(?:\s+(?:at|on))?:?\s+)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?[A-Z]{2,5}\)?)?(?:\s*[:：,-]?\s*(?:初版|公開|更新|追記|修正|发布|更新|初稿|게시|최초|업데이트|(?:initial|first)\s+(?:version|publication|release)|(?:originally\s+)?published|updated?|revised|added|changed)[^\n]{0,80})?$/iu;
/** A line that only says when the page was published or revised. */
const isRevisionLine = (text) => REVISION_LINE.test(text.trim().replace(/[.。]$/u, "")) && /\d{4}[-/.年]\d{1,2}/u.test(text);
/** The lines of the section under the heading at `index`, without dropped blocks; null when a sub-heading divides it. */
function linesUnder(blocks, index, level) {
    const lines = [];
    for (let at = index + 1; at < blocks.length; at += 1) {
        const block = blocks[at];
        if (block.kind === "heading") {
            if (block.depth <= level)
                break;
            return null;
        }
        if (block.collapsed || block.kind === "dropped")
            continue;
        lines.push(...(block.lines ?? [block.text]));
    }
    return lines;
}
/** A change's title over a part whose first sentence says it was held back ("The parallel runner was postponed"): no
 *  change of this release, and no highlight. */
function heldBack(block) {
    return block?.kind === "paragraph" && saysHeldBack(sentences(cleanText(block.text))[0] ?? "");
}
/** The sentences of the paragraphs right under a part's title, up to its next heading (the first few paragraphs). */
function partSentences(blocks, index) {
    const said = [];
    let paragraphs = 0;
    for (let at = index + 1; at < blocks.length && paragraphs < 6; at += 1) {
        const block = blocks[at];
        if (block.kind === "heading")
            break;
        if (block.kind !== "paragraph" || block.parent !== -1 || block.quoted)
            continue;
        paragraphs += 1;
        said.push(...sentences(cleanText(block.text)));
    }
    return said;
}
/** The first sentence of the first paragraph under a part's title, when it names a change (highlightOf); a quoted
 *  note before it ("> The following features are provisional…") is a side remark. */
function firstChangeSentence(blocks, index) {
    let block;
    for (let at = index + 1; at < blocks.length && blocks[at]?.kind !== "heading" && block === undefined; at += 1)
        if (blocks[at]?.kind === "paragraph" && !blocks[at]?.quoted)
            block = blocks[at];
    if (block === undefined)
        return null;
    const text = cleanText(block.text);
    const first = sentences(text)[0]?.trim() ?? "";
    // Prose in Chinese, Japanese or Korean says its change in words proseScore does not weigh ("…를 추가했습니다"):
    // there the words a listed change would be read by decide.
    return highlightOf(text) ?? (model_cjkCount(first) > 0 && !/[:：]$/u.test(first) && readItem(first).kind !== null && !isAdvisory(first) ? first : null);
}
/** A known problem's part ("Known regression") in prose that tells users what to do ("please use 3.8.1"): unlike a
 *  list of open issues, it is a notice users must act on. */
function knownActNotice(blocks, index, level) {
    const lines = linesUnder(blocks, index, level);
    return lines !== null && !listUnder(blocks, index, level) && tellsToAct(lines.join(" "));
}
/** The section under the heading at `index` holds a list item of its own (a "Community" part that lists changes). */
function listUnder(blocks, index, level) {
    for (let at = index + 1; at < blocks.length; at += 1) {
        const block = blocks[at];
        if (block.kind === "heading" && block.depth <= level)
            return false;
        if (block.kind === "item" && !block.collapsed)
            return true;
    }
    return false;
}
/** The section under the heading at `index` holds only dated revision lines. */
function onlyRevisionsUnder(blocks, index, level) {
    const lines = linesUnder(blocks, index, level);
    return lines !== null && lines.length >= 1 && lines.every((line) => isRevisionLine(cleanText(line)));
}
// A title that names who or which part what follows is for, with no verb: "For Developers", "For Overseas", "For the
// Windows client", "面向开发者", "开发者相关", "開発者向け", "개발자를 위한". A label, never a change.
const AUDIENCE = /^(?:for|to)\s+(?:the\s+|all\s+|our\s+)?[\p{L}\p{N}][\p{L}\p{N}.+#&/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#&/-]*){0,3}$|^(?:面向|针对|對於|对于|给)\S{1,10}$|^\S{1,10}(?:相关|向け|用|용)$|^\S{1,10}\s?(?:을|를) 위한$/iu;
/** A short title naming whom or which part the lines under it concern, not what changed. */
const namesAudience = (text) => {
    const bare = text.replace(/[:：]$/u, "").trim();
    return AUDIENCE.test(bare) && !model_CHANGE_VERB.test(bare.replace(/^(?:for|to)\s+/iu, "")) && !/[\p{Script=Han}]{2,}(?:支持|修复|新增)/u.test(bare);
};
const GITHUB_ALERT = /^\[!(note|tip|important|warning|caution)\]\s*/i;
// A documentation site's admonition marker ("!!! tip", '??? note "Title"'): its content is indented code to Markdown.
/** A paragraph's opening admonition word, as a bold or plain label ("IMPORTANT:", "Note:", "注意："). */
const ALERT_WORD = /^(?:important|note|notice|warning|caution|attention|heads[- ]up|重要|注意|警告|提示|주의|참고|중요)\s*[!:：]\s*(?=\S)/iu;
const model_ADMONITION = /^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"[^"\n]*")?[ \t]*$/u;
/** The next block after `index` that a reader would see, skipping collapsed ones. */
function nextVisible(blocks, index) {
    for (let next = index + 1; next < blocks.length; next += 1) {
        const block = blocks[next];
        if (block && !block.collapsed)
            return block;
    }
    return undefined;
}
/** The block that would explain the heading at `index`: the next one a reader sees, unless it only leads in to a table
 *  ("This release embeds:" over a table of versions), which explains no change. */
/** Whether a heading's text is only a few words that lead in to a list ("New methods:"): the heading is over that list,
 *  as over any other, and groups what it holds. */
function leadsInToList(blocks, index) {
    const next = nextVisible(blocks, index);
    if (next?.kind !== "paragraph" || blocks[blocks.indexOf(next) + 1]?.kind !== "item")
        return false;
    const lead = next.text.trim();
    // Sentences leading in, however many ("Homebrew published three security advisories:", "This release bumps three
    // majors. They're worth a moment of attention:") only where the part says nothing more: one with prose of its own
    // after the list ("Library stabilizations") is a topic explained, not a group.
    return /^[^.!?。！？]{1,40}[:：]\s*$/u.test(lead) || (/[:：]\s*$/u.test(lead) && !proseAfterList(blocks, blocks.indexOf(next) + 1));
}
/** Whether a paragraph follows the list starting at `start` before the next heading. */
function proseAfterList(blocks, start) {
    for (let next = start; next < blocks.length; next += 1) {
        const block = blocks[next];
        if (!block || block.kind === "heading")
            return false;
        if (block.kind === "paragraph" && !block.collapsed)
            return true;
    }
    return false;
}
// A titled fix whose explanation says the hole it closed ("fix: github action security" over "Corrige une faille de
// sécurité potentielle…") is a security fix, told by that sentence: the title names only where.
function securedByExplanation(item, blocks, index, label) {
    if (item.kind === "breaking" || item.kind === "security" || !/^[\p{Extended_Pictographic}\uFE0F\u200D\s]*(?:fix|security)\b/iu.test(blocks[index]?.text ?? ""))
        return;
    const next = nextVisible(blocks, index);
    if ((next?.kind !== "paragraph" && next?.kind !== "item") || closedVulnerability(next.text) === null)
        return;
    item.kind = "security";
    item.label = label;
    if (closedVulnerability(item.text) === null)
        item.text = sentences(cleanText(next.text))[0] ?? item.text;
}
function explaining(blocks, index) {
    const next = nextVisible(blocks, index);
    if (next?.kind !== "paragraph" || !/[:：]\s*$/u.test(next.text))
        return next;
    const after = blocks[blocks.indexOf(next) + 1];
    return after?.kind === "dropped" && after.dropped === "table" ? after : next;
}
// What a sentence says happened in this release: "…are now available", "We added…", "…introduces…", "…drops support
// for…", "…has been merged with…".
const model_SAYS_DONE = /\b(?:now|added|adds|introduc(?:es|ed)|brings|gained|gains|ships|landed|lands|drops|dropped|(?:has|have) been \p{L}+ed)\b/iu;
/** A listed change that is the title with a verb or two ("설정툴 추가" for "## 설정툴", "Add plugin system" for "## Plugin
 *  system"): the titled part explains a change already said. */
function listedWithVerb(listed, title) {
    const at = listed.toLowerCase().indexOf(title.toLowerCase());
    if (title.length < 2 || at < 0)
        return false;
    const rest = `${listed.slice(0, at)} ${listed.slice(at + title.length)}`.replace(/[.。!！]/gu, "").trim();
    return rest === "" || rest.split(/\s+/u).length <= 2;
}
// "We are thrilled to announce that X is now stable": the words around the change are the blog's voice, which an item
// among titles does not keep.
const ANNOUNCING_THAT = /^(?:(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:so |very |really |super )?(?:excited|happy|pleased|thrilled|proud|glad|delighted) to (?:announce|share|say|report|let you know)|(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:announcing|sharing)) that\s+(?=\S)/iu;
/** A sentence without its announcing lead, the change it announces starting with a capital. */
function withoutAnnouncing(sentence) {
    const lead = ANNOUNCING_THAT.exec(sentence);
    if (lead === null)
        return sentence;
    const rest = sentence.slice(lead[0].length);
    return /^[\p{Ll}]/u.test(rest) && !/^\S*[\p{Lu}\d_.`]/u.test(rest.slice(1)) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}
/**
 * The first sentence under a change's title when it says that change with more ("### Deprecation warnings" over
 * "Deprecation warnings are now available on types and aliases…", "### Type restrictions" over "We added type
 * restrictions to many API methods."): it names the title's words and says what was done, short enough for an item.
 * Null for a title in code, a sentence that only sets the scene ("The module system has long been a pain point…") or
 * one that never names the title ("Way back in Rust 1.15, we announced…").
 */
function sentenceSayingTitle(title, under) {
    if (under?.kind !== "paragraph" || /`/u.test(title) || model_CHANGE_VERB.test(title))
        return null;
    const first = withoutAnnouncing(sentences(clean(under.text))[0] ?? "");
    // One that names a version tells the change's history ("In v1.2 we introduced…"), not this release's.
    if (first.length > 160 || !model_SAYS_DONE.test(first) || !/[.!。]$/u.test(first) || /\bv?\d+\.\d+/u.test(first))
        return null;
    // "Erlang/OTP support" has the words "erlang", "otp" and "support".
    const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2);
    // Each of the title's words, in the singular or the plural ("execution context" for "Execution contexts"); a long
    // title's opening verb may be the sentence's own ("Moving X to Y" over "X has been merged with Y").
    const said = first.toLowerCase();
    const missing = words.filter((word) => !said.includes(word.replace(/s$/u, "")));
    const ownVerb = missing.length === 1 && words.length >= 4 && missing[0] === words[0] && /ing$/u.test(missing[0] ?? "");
    return words.length > 0 && (missing.length === 0 || ownVerb) ? first : null;
}
// Words of a sentence that says what happens ("`x` will use…", "Variables are now treated…"): an item with one is a
// change of its own; one without names a thing ("The `--old` flag in the CLI.", "`sparc-solaris`").
const SAYS_WHAT_HAPPENS = /\b(?:is|are|was|were|has|have|had|will|can|may|must|should|now|no longer|does|do|did|gets?|got)\b/iu;
/** A list item that only names a thing, which makes sense only under the lead-in that says what of it. */
function namesOnlyThing(text) {
    const first = sentences(text)[0] ?? "";
    return first !== "" && !model_CHANGE_VERB.test(first) && !SAYS_WHAT_HAPPENS.test(first) && readItem(first).kind === null && !/:\/\//u.test(first);
}
/** A short lead-in that points at the names under it ("The scope of v1 includes:", "This covers:") and names no kind. */
const pointsAtNames = (text) => POINTS_AT_LIST.test(text) && headingMeaning(text.replace(/[:：]$/u, "")) === null;
/**
 * A lead-in with the names its list gives ("…supports the following host platforms: `a`, `b`"), as many as a post can
 * show beside it, the rest counted ("(+4)"); the lead-in alone, less its dangling clause, when none fits. Null when an item says
 * a change of its own: then the items are the changes.
 */
function leadInWithNames(leadIn, items) {
    // A lead-in that names the kind of its list ("Here's a glimpse of what's changed:", "New rules:") labels changes.
    const last = sentences(leadIn).at(-1) ?? leadIn;
    if (items.length === 0 || introducesHighlights(last) || introMeaning(last) !== null || !items.every(namesOnlyThing))
        return null;
    const names = items.map((item) => (sentences(item)[0] ?? item).replace(/[.,;。；，]+$/u, ""));
    let room = LEAD_IN_WITH_DETAILS - last.length;
    const shown = [];
    for (const name of names) {
        room -= name.length + model_cjkCount(name) + 2;
        if (room < 0)
            break;
        shown.push(name);
    }
    if (shown.length === names.length)
        return `${leadIn} ${shown.join(", ")}`;
    if (shown.length === 0)
        return withoutDanglingLeadIn(leadIn, undefined, false);
    return `${leadIn} ${shown.join(", ")} (+${names.length - shown.length})`;
}
/** A lead-in ("you can get 1.2.0 with:") whose block is gone: the sentence goes, the sentences before it stay. */
// A sentence that points at what comes after it: "the following", "listed below", "以下の", "下記の", "如下", "다음".
const POINTS_FORWARD = /\b(?:the following|(?:listed |shown |described )?below)\b|(?:以下|下記)の|如下|下面的|다음(?:과 같|의)/iu;
// A sentence that ends pointing at what comes next, with a stop in place of a colon: "You can turn it on like below.",
// "…as follows."
const ENDS_POINTING = /\b(?:(?:like|as)\s+(?:shown\s+|described\s+)?below|as follows)\s*[.!]$/iu;
const ENDS_POINTING_INSIDE = /\b(?:(?:like|as)\s+(?:shown\s+|described\s+)?below|as follows)\s*[.!]\s+\S/iu;
function withoutDanglingLeadIn(text, next, ownChildren) {
    // "…like below. This feature may be on by default in 9.0.": in mid-text too, it points at code no post shows.
    if (!ownChildren && next?.kind !== "item" && ENDS_POINTING_INSIDE.test(text))
        return sentences(text).filter((part) => !ENDS_POINTING.test(part)).join(" ");
    if ((!/[:：]$/u.test(text) && !ENDS_POINTING.test(text)) || ownChildren)
        return text;
    const introducesList = next?.kind === "item";
    if (introducesList)
        return text;
    const parts = sentences(text);
    // "The following deprecated generators are being removed. Please use the new ones:" over a table that is gone: the
    // sentences before the lead-in that point at what follows point at nothing too.
    if (parts.length > 1)
        return parts.slice(0, -1).filter((part) => !POINTS_FORWARD.test(part)).join(" ");
    // One sentence: its last clause was the lead-in ("Add X; the following rules use it:"); the clauses before it stay.
    const clause = Math.max(text.lastIndexOf("; "), text.lastIndexOf("；"));
    const head = clause > 0 ? text.slice(0, clause).trim() : "";
    return head.split(/\s+/).length >= 3 ? head : "";
}
/**
 * Where a short title ("Removed APIs", "Go command") names a topic rather than a headline change: under a breaking
 * section or a part of the project ("Tools"), or right above a lead-in to a short list ("…these minimum versions:").
 */
function isTopic(stack, level, blocks, index) {
    const parent = [...stack].reverse().find((section) => section.level < level);
    if (parent && !parent.change && (parent.meaning === "breaking" || (parent.meaning === null && parent.label !== null)))
        return true;
    let at = index + 1;
    while (blocks[at]?.collapsed || blocks[at]?.kind === "dropped")
        at += 1;
    const next = blocks[at];
    if (next?.kind !== "paragraph" || !/[:：]$/u.test(next.text.trim()) || nextVisible(blocks, at)?.kind !== "item")
        return false;
    // Only a short list makes one change with its lead-in; a long one ("A few new APIs were stabilized:") is the topic's
    // detail, and the title says it better.
    return inlineList(listAfter(blocks, at), (item) => cleanText(blocks[item]?.text ?? "")) !== null;
}
// A line that a sentence carries on past: it ends with a comma, a lead-in's colon, an open bracket or a word that
// joins ("…adds support for" / "Python 3.12").
const LINE_CARRIES_ON = /(?:[,;:、，；：([（–—-]|\b(?:a|an|the|and|or|but|of|to|for|in|on|at|with|by|from|into|that|which|who|is|are|was|were|be|will|can|has|have|not)|&)$/iu;
// A commit type before a change ("fix: …", "feat(ui): …"), the one lower-case start a line that lists a change has.
const model_TYPED_LINE = /^[a-z]+(?:\([^)\n]*\))?!?[:：]\s/u;
/**
 * A paragraph whose lines each read as one change ("添加开机自动启动功能" / "添加多项目工作区与架构声明文件"): each
 * line short, opening as a change does (not in lower case, which carries on a wrapped sentence) and ending as a title
 * does, with no stop and no word that carries on. Their cleaned texts, or null.
 */
function lineItems(block) {
    if (block.parent !== -1 || block.quoted || block.strong || block.boldTitle !== undefined || !block.lines || block.lines.length < 2)
        return null;
    const lines = block.lines.map((line) => clean(line));
    // A line that ends a sentence is prose written a sentence a line ("This release adds X.\nIt also brings Y."), which
    // reads on as it is.
    const listed = lines.every((line) => line !== "" && line.length <= 160 && !LINE_CARRIES_ON.test(line) && !/[.!?。！？]$/u.test(line) && (!/^\p{Ll}/u.test(line) || model_TYPED_LINE.test(line)));
    return listed ? lines : null;
}
// A commit scope as conventional-changelog writes it over its commits: one lower-case word, then a colon ("http1:", "rt:",
// "build-tools:", "@scope/pkg:").
const SCOPE = /^[a-z@][\w@./-]{0,30}[:：]$/u;
const CODE_SCOPE = /^`[^`\s]{1,40}`\s*[:：]$/u;
// A heading that is only an API's name: "FontFile.to_imagefont()", "ImageText.Text.wrap", "`Config::load`", "Image#resize".
const API_NAME = /^`?[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)+(?:\(\))?`?$|^`?[A-Za-z_$][\w$]*\(\)`?$/u;
/**
 * A heading that names an API over the paragraph that says what it does (Pillow's "API additions": "FontFile.to_imagefont()"
 * then "`FontFile` instances can now be directly converted to `ImageFont` instances::"): that one change, as the
 * paragraph (its lead-in colon to the example gone), after the name unless the paragraph names it. Null for any other
 * heading, which may label what follows.
 */
function apiChange(heading, blocks, index) {
    if (!API_NAME.test(heading))
        return null;
    const paragraph = blocks[nextContent(blocks, index)];
    if (paragraph?.kind !== "paragraph" || paragraph.parent !== -1 || paragraph.quoted)
        return null;
    const said = clean(paragraph.text).replace(/\s*[:：]$/u, "");
    if (!/[\p{L}]/u.test(said))
        return null;
    const name = heading.replace(/`/gu, "");
    const bare = name.replace(/\(\)$/u, "");
    return said.includes(bare) ? said : `\`${name}\`: ${said}`;
}
// One person's name as credits list it: two to four capitalised name words ("Chris O'Haver", "Ana de Souza"), or a handle.
const PERSON_NAME = /^(?:@[\w-]{1,39}|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|bin|al|ter|ten)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$/u;
/** The names a line of credits holds ("Ben Kochie, Chris O'Haver and @bob."), or null where it says anything else. */
function namesIn(text) {
    const names = text.replaceAll(DROPPED_MARK, "").replaceAll(LINK_OPEN, "").replaceAll(LINK_CLOSE, "").replace(/[*_`]/gu, "").trim().replace(/[.。]$/u, "").split(/\s*(?:[,，、;\n]|\band\b|&)\s*/u).filter((name) => name !== "");
    return names.length > 0 && names.every((name) => PERSON_NAME.test(name) && !model_CHANGE_VERB.test(name)) ? names.length : null;
}
// A byline under a blog post's heading ("*Jane Doe*, *Max Mustermann*", "by Jane Doe", "Author: Jane Doe"): the
// names alone on the line that opens the part, its text after them.
const BYLINE_LEAD = /^(?:[—–-]\s*|(?:(?:written|posted)\s+)?by\s+|authors?\s*[:：]\s*|von\s+|par\s+|作者\s*[:：]\s*)/iu;
/** The paragraph at `index` only names people, right under a heading and over its text: "lead" when it says so ("by
 *  Jane Doe"), "names" when only its form does ("Jane Doe"), null otherwise. */
function bylineAt(blocks, index) {
    const block = blocks[index];
    const after = blocks[index + 1];
    if (block?.kind !== "paragraph" || block.parent !== -1 || blocks[index - 1]?.kind !== "heading" || after === undefined || after.kind === "heading")
        return null;
    const text = block.text.trim();
    const names = text.replace(BYLINE_LEAD, "");
    if (headingMeaning(names.replace(/[.。]$/u, "")) !== null || namesIn(names) === null)
        return null;
    return names === text ? "names" : "lead";
}
/**
 * Blocks with each heading's byline hidden, as a collapsed block is: it explains no heading and is no item. A line
 * of bare names ("Jane Doe") is a byline when the post signs two parts so; alone it may be a title ("Search
 * Everywhere").
 */
function withoutBylines(blocks) {
    const found = blocks.map((_, index) => bylineAt(blocks, index));
    const signed = found.filter((byline) => byline !== null).length >= 2;
    return blocks.map((block, index) => (found[index] === "lead" || (found[index] === "names" && signed) ? { ...block, collapsed: true } : block));
}
/**
 * The section under the heading at block `index` holds only people's names (a "Brought to You By" or "Thanks to"
 * section whatever its title: "Ben Kochie,\nChris O'Haver,\nVilmos Nebehaj."), two or more: credits, never a change.
 */
function onlyNamesUnder(blocks, index, level) {
    const lines = linesUnder(blocks, index, level);
    if (lines === null)
        return false;
    let names = 0;
    for (const line of lines) {
        const count = namesIn(line);
        if (count === null)
            return false;
        names += count;
    }
    return names >= 2;
}
// A heading that names the notes' log of changes: "Changelog", "Change Log", "Full Changelog", "📝 Changelog".
const CHANGELOG_HEADING = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:the\s+)?(?:full|complete|detailed|whole)\s+)?change\s?log[\p{Extended_Pictographic}\uFE0F\s]*$/iu;
/** The section under the heading at `index` holds a list, and no list item stands outside it: the notes' only list. */
function onlyListUnder(blocks, index, level) {
    let end = index + 1;
    while (end < blocks.length && !(blocks[end]?.kind === "heading" && (blocks[end]?.depth ?? 0) <= level))
        end += 1;
    const isItem = (block) => block?.kind === "item" && !block.collapsed && /[\p{L}\p{N}]/u.test(block.text);
    return blocks.slice(index + 1, end).some(isItem) && !blocks.slice(0, index).some(isItem) && !blocks.slice(end).some(isItem);
}
/** The index of the next block after `at` a reader would see, past collapsed and dropped ones (code, images). */
function nextContent(blocks, at) {
    let next = at + 1;
    while (next < blocks.length && (blocks[next]?.collapsed || blocks[next]?.kind === "dropped"))
        next += 1;
    return next;
}
/**
 * The section under the heading at block `index` is a group of changes: it opens with a list, sub-headings or
 * bold-titled paragraphs, or with one line before them (a notice: "⚠️ _Unstable features are not recommended…_").
 * A section that opens with prose explains its title; a list further down is that change's details. A lead-in to
 * the list ("A few new APIs were stabilized:") makes its title a topic or a change (see isTopic), not a group.
 */
function holdsChanges(blocks, index, level) {
    // A category's name ("Breaking changes and removals", "새로운 React 기능") over a few lines of introduction and then
    // sub-headings that each title a change: those are its group, however long the introduction.
    const text = cleanText(blocks[index]?.text ?? "").replace(/[:：]\s*$/u, "");
    if (namesKinds(text) && subHeadingFollows(blocks, index, level))
        return true;
    const opensGroup = (block) => block !== undefined && ((block.kind === "heading" && block.depth > level) || (block.kind === "item" && block.parent === -1) || isBoldTitled(block));
    const at = nextContent(blocks, index);
    const first = blocks[at];
    if (opensGroup(first))
        return true;
    // Only a one-sentence notice comes before a group; paragraphs of prose explain the title.
    if (first?.kind !== "paragraph" || first.parent !== -1 || /[:：]\s*$/u.test(first.text) || sentences(first.text).length > 1)
        return false;
    const second = blocks[nextContent(blocks, at)];
    return opensGroup(second) || (second?.kind === "paragraph" && second.strong);
}
// One name of a kind of change, maybe qualified: "Breaking changes", "removals", "Notable new features".
const KIND_PART = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:new|other|minor|major|notable|important|breaking|backwards?[- ]incompatible|incompatible|security|performance|bug|api)\s+)*(?:features?|fixes|bug ?fixes|improvements?|enhancements?|changes|removals?|deprecations?|additions?|highlights?|updates?)$/iu;
/** A title that only names kinds of change ("Breaking changes and removals", "New features", "機能追加"). */
const namesKinds = (text) => namesOnlyKinds(text) || text.split(/\s*(?:,|&|\/|\band\b)\s*/u).every((part) => part !== "" && KIND_PART.test(part));
/** The next heading after the one at `index` is deeper: its section has sub-sections. (Reads up to that heading only,
 *  so every heading's look ahead together stays linear.) */
function subHeadingFollows(blocks, index, level) {
    for (let at = index + 1; at < blocks.length; at += 1) {
        const block = blocks[at];
        if (block?.kind === "heading")
            return block.depth > level;
    }
    return false;
}
/** A paragraph whose bold first line titles the change its next lines explain ("**💡 `/recommend`**\nGet…"). */
const isBoldTitled = (block) => block.kind === "paragraph" && block.parent === -1 && block.boldTitle !== undefined && /[\p{L}\p{N}]/u.test(block.text.slice(block.boldTitle));
/** A bold-titled paragraph as one change: "Title: explanation". The icon before each title ("💡", "⚠️ Unsaved
 *  changes warning") decorates it; it says no kind. */
function boldTitledChange(block) {
    const title = clean(block.text.slice(0, block.boldTitle)).replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+(?=\S)/u, "");
    const rest = clean(block.text.slice(block.boldTitle));
    return /[.:!?：。]$/u.test(title) ? `${title} ${rest}` : `${title}: ${rest}`;
}
/** A line of its own right over a list that names kinds of change without any mark ("UI, Workflows & Features",
 *  "Performance, Internal Implementation, Development Support etc." in Git's notes): a heading in plain text. */
function plainHeading(block, text, next) {
    return !block.strong && next?.kind === "item" && block.lines === undefined && isPlainHeading(text) && isLabelLike(text.replace(/\s+etc\.$/u, ""), 7);
}
/** A plain-text heading's label: a catch-all that ends in "etc." or names internal work among other kinds takes the
 *  least of them, so that "Performance, Internal Implementation, …" does not rank a build tweak over the fixes. */
function plainLabel(label) {
    const named = kindsNamed(label);
    const least = [...named].filter((meaning) => meaning in RANK).sort((a, b) => RANK[b] - RANK[a])[0];
    const catchAll = least !== undefined && (/\betc\.?$/u.test(label) || least === "internal");
    return catchAll ? { label: label.replace(/\s+etc\.?$/u, ""), meaning: least, catchAll } : { label, meaning: headingMeaning(label) };
}
/** The label a lead-in gives its list: its words, unless it is a sentence announcing the list ("The following
 *  changes are also included", "以下是本次更新内容"): that would repeat above every post, so only the kind it names labels. */
// A lead-in that only names the notes ("Changelog:", "Release notes:", "Changes in v1.2:", "更新日志：", "更新内容：",
// "変更履歴：", "변경 사항:"): the whole list is the notes; it labels no part of them.
const NAMES_THE_NOTES = /^(?:(?:the\s+)?(?:full\s+|complete\s+)?(?:changelog|change\s?log|changes|release\s+notes|list\s+of\s+changes|what'?s\s+changed)(?:\s+(?:in|for|since)\s+(?:this\s+(?:release|version)|v?\d+(?:\.\d+){0,3}[\w.+-]*))?|(?:本次|本版本?|版本)?(?:更新|变更|變更|修改)(?:日志|日誌|内容|內容|说明|說明|记录|記錄|列表)|更新履歴|変更(?:履歴|点|内容)|변경\s?(?:사항|로그|내역)|릴리스\s?노트)$/iu;
// A word that only moves the notes along ("Finally:", "Also:", "此外：", "最後に："): it names no group of changes.
const model_CONNECTIVE = /^(?:finally|lastly|last(?:ly)? but not least|also|additionally|in addition|moreover|furthermore|besides|plus|and|other than that|apart from that|on top of that|最后|最後|此外|另外|另外还有|また|さらに|最後に|그리고|또한|마지막으로)[,，.。!]?$/iu;
// "… since 4.2.0", "… in v3": the version the changes are counted from, which the post's opener says better.
const model_SINCE_VERSION = /\s+(?:since|from|in|compared (?:to|with))\s+(?:[\p{L}][\w.-]*\s+)?v?\d+(?:\.\d+)+\S*$/iu;
function leadInLabel(label, phrases) {
    if (NAMES_THE_NOTES.test(label.trim()) || model_CONNECTIVE.test(label.trim()))
        return null;
    const bare = label.replace(model_SINCE_VERSION, "");
    if (bare !== label && bare !== "" && namesOnlyKinds(bare))
        return leadInLabel(bare, phrases);
    const meaning = introMeaning(label);
    // "At a glance", "TL;DR", "本次更新亮点": the release summed up, shown as its highlights.
    if (introducesHighlights(label))
        return { label: phrases.label("highlight"), meaning: "highlight" };
    // "Merged pull requests:", "Summary:", "Updates:": words that say nothing of the changes under them, which a post would
    // show as if they did. The list is still set apart from a label before it.
    if (meaning === "generic")
        return { label: null, meaning };
    if (!LIST_LEAD_IN.test(label) && !isListIntro(label))
        return { label, meaning };
    return meaning !== null && meaning !== "drop" ? { label: phrases.label(meaning), meaning } : null;
}
/** A label line's label: none for words that say nothing of the changes under them ("Changes", "Merged pull requests"). */
function labelSaying(label) {
    const meaning = headingMeaning(label);
    return { label: meaning === "generic" ? null : label, meaning };
}
// A catch-all's name: "Other", "Other changes", "Misc", "其他", "その他", "기타".
const isCatchAll = (label) => isCategoryName(label) && headingMeaning(label) === "other";
/** A catch-all that is the notes' only label ("Other:" over every change) sets nothing apart: no post shows it. */
function withoutLoneCatchAll(entries) {
    // Every change under it: changes without a label show under their kind's, from which it sets them apart.
    const labels = new Set(entries.filter((entry) => !entry.prose).map((entry) => entry.label));
    const [only] = labels;
    if (labels.size !== 1 || only === undefined || only === null || !isCatchAll(only))
        return entries;
    return entries.map((entry) => (entry.label === only ? { ...entry, label: null } : entry));
}
/** "Major changes" outside changesets are a release's big changes (Ant Design, Homebrew's "Major changes and
 *  deprecations since 4.3.0"), not necessarily breaking ones: only words of breaking make them breaking. */
const bigNotBreaking = (text, meaning) => majorChangesMeaning(text, meaning, false);
// The joints between the kinds a label names: "Major changes and deprecations", "Features & fixes", "新功能/修复".
const KIND_JOINT = /\s*(?:,|&|\/|、|・|\+)\s*|\s+(?:and|or)\s+|\s*(?:及|和|与|と|및)\s*/iu;
/** The kinds a label names when it names more than one ("Major changes and deprecations since 4.3.0", "Bug fixes and
 *  improvements"): what each change under it says of itself tells which of them it is. Empty for any other label. */
function kindsNamed(label) {
    const kinds = new Set();
    if (label === null)
        return kinds;
    for (const part of label.split(KIND_JOINT)) {
        const meaning = part ? bigNotBreaking(part, headingMeaning(part)) : null;
        if (meaning !== null && meaning !== "generic" && meaning !== "drop")
            kinds.add(meaning);
    }
    return kinds.size >= 2 ? kinds : new Set();
}
/** The kind a lead-in names: its words' ("Bug fixes:"), or breaking for an introduction to what users must change
 *  ("These are changes that require you to update your code:"). */
function introMeaning(text) {
    if (introducesHighlights(text))
        return "highlight";
    const meaning = bigNotBreaking(text, headingMeaning(text));
    return meaning === null && isListIntro(text) && saysMustAct(text) ? "breaking" : meaning;
}
// A category's name before a change ("修复：…", "Breaking change: …", "Fixes: Crash on start"): the label says it.
const KIND_PREFIX = /^([^\s:：`]{1,16}(?:\s[^\s:：`]{1,16}){0,2})\s*[:：]\s*(?=\S)/u;
/** "修复" of "修复：…", "Fix" of "Fix: …": the name of a kind of change an item opens with before a colon, or null. */
function kindWordOf(text) {
    const prefix = KIND_PREFIX.exec(text);
    const name = prefix?.[1];
    // Only the bare word: an icon before it decorates a title ("✨ 切换动画：…").
    const meaning = name && prefix.index === 0 && !model_LEADING_ICONS.test(name) ? headingMeaning(name) : null;
    return name && isCategoryName(name) && meaning !== null && meaning !== "generic" && meaning !== "drop" ? name : null;
}
const opensWithKindWord = (text) => kindWordOf(text) !== null;
/** The change without a prefix that names its own kind, for a change under a label; "Fix: the crash when …" is a
 *  sentence and stays. An icon before the prefix decorates a title ("✨ 切换动画：…"): the words decide. So do its
 *  siblings (`titled`): in a list whose items open with titles, one that happens to name a kind ("예제 향상: …") is a
 *  title like theirs, unless it is a tag in capitals ("FIX:"). */
function withoutKindPrefix(text, kind, label, titled = () => false) {
    const prefix = KIND_PREFIX.exec(text);
    const name = prefix?.[1]?.replace(model_LEADING_ICONS, "");
    if (!prefix || !name || !isCategoryName(name) || headingMeaning(name) !== kind || label === null || headingMeaning(label) !== kind)
        return text;
    if (!labelSaysVerb(name, label))
        return text;
    const rest = text.slice(prefix[0].length);
    return /^[a-z]/u.test(rest) || (!CAPS_NAME.test(name) && titled()) ? text : rest;
}
const model_LEADING_ICONS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;
// A verb that says what happened to the thing named after it: without it, "`null` value for `session`" says nothing.
const ACTION_VERB = /^(?:removed|dropped|deprecated|renamed|replaced|disabled|moved)$/iu;
/** False when `prefix` is such a verb and `label` does not say it ("Removed:" under "Breaking Changes", not "Removals"). */
const labelSaysVerb = (prefix, label) => !ACTION_VERB.test(prefix.trim()) || label.toLowerCase().includes(prefix.trim().slice(0, 5).toLowerCase());
/** The change as it stands under `label`: without the prefix its kind's word gave it (`untyped`), unless that prefix is
 *  a verb the label does not say ("Removed: `null` value…" under "Breaking Changes" keeps "Removed"). */
function model_underLabel(text, untyped, label) {
    const prefix = text.endsWith(untyped) ? text.slice(0, text.length - untyped.length).replace(/[:：\s]+$/u, "") : "";
    return label !== null && prefix !== "" && !labelSaysVerb(prefix, label) ? text : untyped;
}
// A tag in capitals ("FIX", "NEW", "BUG FIX"): a kind's name, never a change's title.
const CAPS_NAME = /^[\p{Lu}\d]+(?:[\s_-][\p{Lu}\d]+)*$/u;
/** The title an item opens with ("Prompt 置顶功能" of "📌 Prompt 置顶功能：…", "문서 구조" of "문서 구조: …") without its
 *  icon, or "" for none; a tag in capitals ("FIX:") is a kind's name, no title. */
function titleOf(text) {
    const name = KIND_PREFIX.exec(text)?.[1]?.replace(model_LEADING_ICONS, "") ?? "";
    return CAPS_NAME.test(name) ? "" : name;
}
/** A list (its items' texts) whose items open with titles: two at least, most of them, and one a title that names no
 *  kind ("문서 구조", "Sidebar"), so that the list is not of tags ("修复：…", "修复：…"). */
function opensWithTitles(texts) {
    const names = texts.map(titleOf).filter((name) => name !== "");
    const namesKind = (name) => {
        const meaning = isCategoryName(name) ? headingMeaning(name) : null;
        return meaning !== null && meaning !== "generic" && meaning !== "drop";
    };
    return names.length >= 2 && names.length * 2 > texts.length && names.some((name) => !namesKind(name));
}
/** Each list item's list: the items of one parent between headings (at the top level, between paragraphs too), as
 *  one shared array of block indexes. One pass, so that a list is judged once, however long (see opensWithTitles). */
function itemLists(blocks) {
    const lists = new Map();
    const open = new Map();
    for (const [index, block] of blocks.entries()) {
        if (block.kind === "heading" || (block.parent === -1 && block.kind !== "item"))
            open.clear();
        if (block.kind !== "item")
            continue;
        const list = open.get(block.parent) ?? [];
        if (list.length === 0)
            open.set(block.parent, list);
        list.push(index);
        lists.set(index, list);
    }
    return lists;
}
/** A label that names a kind ("🚀 新功能", "⚠️ Breaking changes"), not a part ("Client") or a catch-all ("杂项"). */
const underKindLabel = (label, kind) => {
    const meaning = label === null ? null : headingMeaning(label);
    return kind !== "other" && meaning !== null && meaning !== "generic" && meaning !== "drop" && meaning !== "other";
};
/** Top-level items mostly only a link, the others opening on one: a list of pages, not of changes. (A list of links
 *  only is a list of names, which a lead-in may name: "The new rules are:" over their links.) */
function isLinkList(blocks, run) {
    const items = run.map((at) => blocks[at]).filter((block) => block !== undefined && !block.hasChildren);
    if (items.length < 3 || items.length !== run.length)
        return false;
    const onlyLinks = items.filter((block) => block.linkShare >= 0.9).length;
    return onlyLinks < items.length && onlyLinks * 5 >= items.length * 3 && items.every((block) => block.linkShare >= 0.9 || block.text.trimStart().startsWith(LINK_OPEN));
}
/** The top-level items of the list that starts right after block `index`. */
function listAfter(blocks, index) {
    const items = [];
    for (let at = index + 1; at < blocks.length; at += 1) {
        const block = blocks[at];
        if (!block || block.kind !== "item")
            break;
        if (block.parent === -1)
            items.push(at);
    }
    return items;
}
/** Sub-items short enough to read as a list inside their lead-in ("…from these APIs: `a`, `b`, `c`"), or null.
 *  An item is cleaned only while the list can still be one: a long list, or a long item, ends the look. */
// A sub-item that says what goes away: "廃止: `Option<T>`", "… is now `Obsolete`", "Removed: `foo()`".
const GOES_AWAY = /\bobsol[ae]te\b|\bdeprecat\w*|\bremov(?:ed|al)\b|\bdropped\b|\bno longer\b|廃止|非推奨|削除|弃用|废弃|移除|删除|삭제|폐기|지원 중단/iu;
// "新たに実装: `NamedOption`", "Replaced by: `Foo`": a short name for what follows.
const KEYED_DETAIL = /^[^:：\s`]{1,12}(?:\s[^:：\s`]{1,12})?[:：]\s*\S/u;
/** The sub-items of a breaking change that say what goes away, joined, when all of them are short details ("新たに
 *  実装: `NamedOption`" beside "廃止: `Option<T>`"); null when none says so or they would swamp the change. */
function breakingDetails(children, cleaned) {
    if (children.length === 0 || children.length > 4)
        return null;
    const texts = children.map((child) => cleaned(child).replace(/[.。]$/u, ""));
    if (!texts.some((text) => GOES_AWAY.test(text)))
        return null;
    // An explanation ("Remove support for Pydantic 0.32. This improves maintainability") is no short detail.
    if (texts.some((text) => sentences(text).length > 1 || text.length + model_cjkCount(text) > 70))
        return null;
    const shown = texts.filter((text) => GOES_AWAY.test(text) || KEYED_DETAIL.test(text));
    const joined = shown.join("; ");
    return joined.length + model_cjkCount(joined) <= 120 ? joined : null;
}
// A vague quantifier, then only lower-case words: no name, no code, no number says what changed.
const VAGUE_ITEM = /^(?:misc(?:ellaneous)?|various|assorted|other|additional|further|minor|small|general|some)(?:[ \t]+[a-z][a-z/-]*){1,7}\.?$/u;
// "As-of Homebrew 4.3.1:", "As of v2.1.1,", "Starting with 3.0.2:": a note that holds from that version on.
const SCOPED_TO_VERSION = /^(?:as[- ]of|since|starting (?:with|from|in)|from)\s+(?:[\p{L}][\w.-]*\s+)?v?(\d+(?:\.\d+)+)\s*[:：,]/iu;
/** Negative, zero or positive as `a` is older than, the same as or newer than `b` ("4.3.1" vs "4.3.0"). */
function compareVersions(a, b) {
    const left = a.split(".").map(Number);
    const right = b.split(".").map(Number);
    for (let at = 0; at < Math.max(left.length, right.length); at++) {
        const difference = (left[at] ?? 0) - (right[at] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
function inlineList(children, cleaned) {
    if (children.length === 0 || children.length > 12)
        return null;
    const bare = [];
    for (const child of children) {
        const text = cleaned(child).replace(/[.,;]+$/u, "");
        if (!text || text.length > 40 || text.split(/\s+/).length > 5)
            return null;
        bare.push(text);
    }
    return bare.join(", ");
}
// A sub-item that gives an example: "e.g. …", "for example …", "i.e. …", "例如…", "例えば…", "예:".
const EXAMPLE_DETAIL = /^(?:e\.\s?g\.|i\.\s?e\.|for (?:example|instance)\b|such as\b|例如|比如|例えば|예(?:를 들어|:))/iu;
// A sub-item that names the issue its change addresses, by the issue's title as a link: "Address [empty hosts…](…)".
const ADDRESSES_ISSUE = new RegExp(`^(?:address(?:es|ed)?|fix(?:es|ed)?|resolve[sd]?|close[sd]?)\\s+${LINK_OPEN}[^${LINK_CLOSE}\\n]+${LINK_CLOSE}\\.?$`, "iu");
// A link to the upgrade or migration guide in an item (its text between the parser's link marks): what it changes, users
// must act on.
const UPGRADE_GUIDANCE = new RegExp(`${LINK_OPEN}[^${LINK_CLOSE}\\n]*\\b(?:upgrade|upgrading|migration|migrating)\\b[^${LINK_CLOSE}\\n]*${LINK_CLOSE}`, "iu");
// "Updated dependencies [abc123]", "Updated dependencies": the lead a changesets package writes over what it moved.
const DEPENDENCY_LEAD = /^updated? dependencies\b/iu;
// "@scope/pkg@1.2.3", "pkg@1.2.3", "`pkg@^2.0.0`": a package and the version it moved to, nothing said of it.
const PACKAGE_SPEC = /^`?(?:@[\w.-]+\/)?[\w.-]+@[\w.^~<>=*+-]+`?$/u;
// changesets name sections by the version bump, not by what changed: "Major Changes" breaks only there.
const CHANGESETS_HEADING = /^(major|minor|patch) changes$/i;
/** The label a section shows: what changed, in the notes' language, where the heading only names a bump
 *  ("Minor Changes") or shouts ("⚠ BREAKING CHANGES"). */
function displayLabel(heading, meaning, phrases, changesets) {
    if (meaning === "generic")
        return null;
    if (changesets && CHANGESETS_HEADING.test(heading) && meaning && meaning !== "drop")
        return phrases.label(meaning);
    return shownLabel(heading, phrases, meaning);
}
/** A label as a post shows it: a breaking one in the notes' language, a shouted one ("SECURITY") in title case. */
function shownLabel(label, phrases, meaning = headingMeaning(label)) {
    // "[Fix] [TypesSript]": tags are no label; the kind one of them names is ("Fixes").
    const tagged = bracketTagsKind(label);
    if (tagged?.meaning)
        return phrases.label(tagged.meaning);
    if (meaning === "breaking" && label.split(/\s+/).length <= 4)
        return phrases.label("breaking");
    // "Fixes since v2.20": the version the changes are counted from, which the post's opener says better.
    const bare = label.replace(model_SINCE_VERSION, "");
    if (bare !== label && bare !== "" && headingMeaning(bare) === meaning)
        return shownLabel(bare, phrases, meaning);
    // "Features - 21.7.0": the version the post's opener says.
    const unversioned = withoutVersionTail(label);
    if (unversioned !== label)
        return shownLabel(unversioned, phrases, meaning);
    // "BUG FIXES" is shouted; "CLI", "NSIS" or "LSP" is a name, and stays as it is.
    if (/^[A-Z][A-Z ]{2,}$/.test(label) && !/^[A-Z]{2,5}$/.test(label))
        return label.charAt(0) + label.slice(1).toLowerCase();
    return label;
}
// "… (Nicholas C. Zakas)": the author column of ESLint's and Node's changelogs, a name in brackets at the end.
const AUTHOR_IN_BRACKETS = /\s+\((?:[\p{L}\p{Extended_Pictographic}][\p{L}\p{M}\p{Extended_Pictographic}.'’-]*\s?){1,4}\)$/u;
/** When most changes end with a name in brackets, those names are credits: they go from every change. */
function withoutAuthorColumn(entries) {
    const items = entries.filter((entry) => !entry.prose);
    const credited = items.filter((entry) => entry.referenced === true && AUTHOR_IN_BRACKETS.test(entry.text)).length;
    if (credited < 3 || credited < items.length / 2)
        return entries;
    return entries.map((entry) => (entry.prose ? entry : { ...entry, text: entry.text.replace(AUTHOR_IN_BRACKETS, "") }));
}
/** Notes written in two languages show each change once, in their main language: a line that says it twice keeps its
 *  half in that language (a label too), and changes that translate others go. */
function onceInMainLanguage(entries, language) {
    const single = entries.map((entry) => ({
        ...entry,
        text: inMainLanguage(entry.text, language),
        label: entry.label === null ? null : inMainLanguage(entry.label, language, 1),
    }));
    const translated = translations(single, language);
    return translated.size === 0 ? single : single.filter((entry) => !translated.has(entry));
}
/**
 * One kind under one label: notes that name a kind's sections two ways ("Added" and later "Features", "Fixed" and
 * "Bug Fixes", a "🔒 Security" section and a fix refiled under "Security") show that kind's changes under the label
 * most of them stand under (the first, on a tie). Labels that name a part ("Server", "`bat` as a library") stay.
 */
function withOneLabelPerKind(entries, phrases) {
    const labels = new Map();
    for (const entry of entries) {
        const key = entry.prose || entry.label === null ? null : sameNameKey(entry.label, entry.kind);
        if (key === null || entry.label === null)
            continue;
        const counts = labels.get(key) ?? new Map();
        counts.set(entry.label, (counts.get(entry.label) ?? 0) + 1);
        labels.set(key, counts);
    }
    const chosen = new Map();
    for (const [kind, counts] of labels) {
        if (counts.size < 2)
            continue;
        // The notes' own words before the kind's name a post gives a refiled change; then the label most changes stand
        // under; the Map keeps the first label seen first, so a later one wins only with more.
        const own = (label) => Number(label !== phrases.label(headingMeaning(label)));
        let best = "";
        for (const [label, count] of counts) {
            if (best === "" || own(label) > own(best) || (own(label) === own(best) && count > (counts.get(best) ?? 0)))
                best = label;
        }
        chosen.set(kind, { label: best, from: counts });
    }
    if (chosen.size === 0)
        return withKindsOwnLabel(entries, labels, phrases);
    return withKindsOwnLabel(entries, labels, phrases).map((entry) => {
        const key = entry.prose || entry.label === null ? null : sameNameKey(entry.label, entry.kind);
        const one = key === null ? undefined : chosen.get(key);
        return one && !entry.prose && entry.label !== null && one.from.has(entry.label) ? { ...entry, label: one.label } : entry;
    });
}
/** A change under no label of its kind's (an "Add …" under a generic "Changes") shows under the label the notes give that
 *  kind ("New features"), not a second one the post makes up ("Features"). Only where the notes name the kind one way. */
function withKindsOwnLabel(entries, labels, phrases) {
    return entries.map((entry) => {
        const named = entry.prose || entry.label !== null ? undefined : labels.get(entry.kind);
        const own = named?.size === 1 ? [...named.keys()][0] : undefined;
        // A label the composer made (a tag refiled as "Dependencies") is no word of the notes'.
        return own !== undefined && own !== phrases.label(entry.kind) ? { ...entry, label: own } : entry;
    });
}
// A label that sets its section apart from another of the same kind ("Other Notable Changes", "Minor fixes", "其他修复").
const SET_APART = /\b(?:other|minor|misc\w*|small|additional|further|more|internal|experimental)\b|其他|其它|その他|기타/iu;
// Improving what exists, as against adding: "Improvements" and "Features" are two sections on purpose ("改进功能", "引入特性").
const IMPROVES = /improve|enhance|改进|改善|优化|강화|개선/iu;
/** Labels with the same key name one kind's section in other words ("Added" and "Features", "Fixed" and "Bug Fixes");
 *  null for a label that names a part or sets its section apart. */
function sameNameKey(label, kind) {
    if (!isCategoryName(label) || headingMeaning(label) !== kind || SET_APART.test(label))
        return null;
    // "⚠️ Removed" is the "Removed" section's own word with a sign that it breaks: a breaking change from "Changed" does
    // not take it, nor it theirs (a label comes from the change's own section).
    const signed = /^(?:⚠️?|💥)\s*(\S.*)$/u.exec(label)?.[1];
    if (signed !== undefined && ![null, "generic", kind].includes(headingMeaning(signed)))
        return null;
    return kind === "feature" && IMPROVES.test(label) ? "feature-improves" : kind;
}
const SENTENCE_END = /[.!?。！？]/u;
/** A change's words without case or punctuation; one made only of code and symbols ("`&` → `&&`") is its symbols. */
const squashed = (text) => {
    const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    return words !== "" ? words : text.replace(/\s+/gu, "");
};
/**
 * Same change twice: conventional-changelog lists a breaking commit under its type too, and hand-merged notes list
 * a change once with a further sentence and once without. A change whose whole text is another's first sentence is
 * that change: the first one listed stays.
 */
function withoutDuplicates(entries) {
    const whole = new Map();
    const firsts = new Map();
    return entries.filter((entry) => {
        const key = squashed(entry.text);
        // Without a sentence end the first sentence is the whole text (sentences() splits only there).
        const first = entry.prose || !SENTENCE_END.test(entry.text) ? key : squashed(sentences(entry.text)[0] ?? "");
        const kept = key ? (whole.get(key) ?? firsts.get(key) ?? whole.get(first)) : undefined;
        if (kept !== undefined) {
            // "feat!: migrate to pure ESM" and, under "BREAKING CHANGES", "migrate to pure ESM": the breaking section
            // says it, so the marked line needs no other explanation there (which would take another change's place).
            if (kept.markedBreaking === true && entry.kind === "breaking" && entry.markedBreaking !== true)
                kept.markedBreaking = false;
            return false;
        }
        if (!key)
            return false;
        whole.set(key, entry);
        if (first && !firsts.has(first))
            firsts.set(first, entry);
        return true;
    });
}
/** True when one of two tellings of a request is a fix and the other a change of another kind (not a highlight). */
const alsoFixes = (first, later) => first.kind !== later.kind && (first.kind === "fix" || later.kind === "fix") && first.kind !== "highlight" && later.kind !== "highlight";
/**
 * A change said again under another heading, by the same pull request and some of the same words: the summary's "rustup
 * will consider the `rust-analyzer` binary from PATH when run via a proxy ([pr#4324])" and the full list's
 * "feat(toolchain): consider external `rust-analyzer` when calling a proxy (…/pull/4324)". The first telling stays.
 * (One request may make several changes, listed apart: those share a number, not their words. A later telling that
 * breaks or closes a hole is kept, as it says more; so is a fix told beside a change of the same request, under
 * neither's highlights: "Text opacity … will now set the dim attribute" under Changed and "Fixed text opacity with ANSI
 * themes creating RGB colors" under Fixed are two changes of one request.)
 */
function withoutRepeatedPulls(entries) {
    const told = new Map();
    const sameWords = (a, b) => {
        const [one, other] = [changeWords(a.text), changeWords(b.text)];
        const shared = sharedWords(one, other);
        return shared >= 3 && shared >= 0.3 * Math.min(one.size, other.size);
    };
    return entries.filter((entry) => {
        const pulls = entry.prose ? [] : (entry.pulls ?? []);
        const earlier = pulls.map((pull) => told.get(pull));
        const again = pulls.length > 0 && earlier.every((first) => first !== undefined && first.label !== entry.label && sameWords(first, entry) && !alsoFixes(first, entry)) && entry.kind !== "breaking" && entry.kind !== "security";
        if (!again)
            for (const pull of pulls)
                if (!told.has(pull))
                    told.set(pull, entry);
        return !again;
    });
}
// Words too common in changes to say which change it is.
const COMMON_WORD = /^(?:the|a|an|and|or|of|to|in|on|for|with|when|where|now|that|this|is|are|was|were|be|been|has|have|it|its|as|by|from|at|some|all|can|will|not|no|new|make|makes|made|fix|fixed|fixes|bug|bugs|add|added|adds|issue|issues|use|using|more|than)$/u;
/** What names a change: its code spans whole, and its other words (lower case, without a plural or past ending). */
function changeWords(text) {
    const words = new Set();
    const prose = text.replace(/`([^`]+)`/gu, (_, code) => {
        words.add(code.toLowerCase());
        return " ";
    });
    for (const word of prose.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? []) {
        if (COMMON_WORD.test(word) || word.length < 3 || /^\d+$/u.test(word))
            continue;
        words.add(word.replace(/(?:ing|ed|es|s)$/u, ""));
    }
    return words;
}
/** Two texts that say the same change: most of the shorter one's words are in the other, three at least. */
function saySameChange(a, b) {
    const shared = sharedWords(a, b);
    return shared >= 3 && shared >= 0.6 * Math.min(a.size, b.size);
}
function sharedWords(a, b) {
    let shared = 0;
    for (const word of a)
        if (b.has(word))
            shared += 1;
    return shared;
}
/**
 * A "Highlights" section picks changes the lists below give again in other words ("The `-r/--replace` flag now works
 * with `--json`." and, under "Feature enhancements", "Make `-r/--replace` work with `--json`."): the highlight stays,
 * the listed repeat goes, so that no post shows it twice and "+N more" counts it once.
 */
function withoutRepeatedHighlights(entries) {
    // The first highlights only: comparing each with each stays linear in the notes' length.
    const highlighted = entries.filter((entry) => !entry.prose && entry.kind === "highlight" && entry.label !== null && headingMeaning(entry.label) === "highlight").slice(0, MAX_HIGHLIGHTS);
    if (highlighted.length === 0)
        return entries;
    const picks = highlighted.map((entry) => ({ entry, words: changeWords(entry.text) }));
    const last = highlighted.at(-1)?.order ?? 0;
    const dropped = new Set();
    for (const entry of entries) {
        if (entry.prose || entry.order <= last || entry.kind === "highlight")
            continue;
        const words = changeWords(entry.text);
        // The highlight that shares most words with it ("`widget3`" among highlights that all say "now defaults to").
        let pick = null;
        let most = 0;
        for (const candidate of picks) {
            const shared = sharedWords(candidate.words, words);
            if (shared > most && !dropped.has(candidate.entry) && saySameChange(candidate.words, words))
                [pick, most] = [candidate, shared];
        }
        if (!pick)
            continue;
        // A highlight that a breaking change or a security fix below says again goes: the urgent kind is what users must
        // read, under its own label. Any other repeat of a highlight goes.
        dropped.add(entry.kind === "breaking" || entry.kind === "security" ? pick.entry : entry);
    }
    return dropped.size === 0 ? entries : entries.filter((entry) => !dropped.has(entry));
}
/** How many highlights withoutRepeatedHighlights compares with the changes below them. */
const MAX_HIGHLIGHTS = 40;
const CHANGESETS_SECTION = /^#{2,4}[ \t]+(?:minor|patch) changes[ \t]*$/im;
const COMMITS_HEADING = /^(?:commits?|commit log)$/i;
// "List of all [NLog 6.0 Pull Requests](…/pulls?q=…)", "The full list of [closed issues](…)": a line whose words only
// introduce its link, to a list or a search the post cannot show.
const LIST_POINTER = /^(?:(?:a|the)\s+)?(?:full\s+|complete\s+)?list\s+of\s+(?:all\s+)?(?:the\s+)?\S[^\n]{0,80}$/iu;
const isTitledAdvisory = (text) => {
    const words = clean(text);
    return advisoryIds(words).length > 0 && !isAdvisoryIdOnly(words);
};
const isListPointer = (block) => block.linkShare >= 0.5 && LIST_POINTER.test(cleanText(block.text));
// "@sveltejs/kit@3.0.0", "react-router@8.0.0": a package's release heading, as changesets writes it.
const PACKAGE_RELEASE = /^(?:@[\w.-]+\/)?[\w.-]+@v?\d+\.\d+/u;
/** Outside changesets, "Major Changes" are the big ones (Ant Design, NLog), not necessarily breaking ones. So are
 *  "Major changes and deprecations since 4.3.0": only words of breaking make them breaking. */
function majorChangesMeaning(text, meaning, bumpSections) {
    return meaning === "breaking" && /^major changes\b/i.test(text) && !/break|incompat|⚠|💥/iu.test(text) && !bumpSections ? "highlight" : meaning;
}
/**
 * Notes whose every change sits under a "Commits" heading (angular-cli's table of commits): there the commits are
 * the changes. Elsewhere a "Commits" section repeats the changes above it and is left out.
 */
function onlyUnderCommits(blocks) {
    let commitsLevel = 0;
    // Other sections no post shows ("Special Thanks") hold no changes either.
    let droppedLevel = 0;
    let inside = false;
    for (const block of blocks) {
        if (block.kind === "heading") {
            const text = cleanText(block.text);
            if (commitsLevel > 0 && block.depth <= commitsLevel)
                commitsLevel = 0;
            if (droppedLevel > 0 && block.depth <= droppedLevel)
                droppedLevel = 0;
            if (commitsLevel === 0 && COMMITS_HEADING.test(text))
                commitsLevel = block.depth;
            else if (droppedLevel === 0 && headingMeaning(text) === "drop")
                droppedLevel = block.depth;
            continue;
        }
        if (block.collapsed || (block.kind !== "item" && block.kind !== "paragraph") || !/[\p{L}\p{N}]/u.test(block.text))
            continue;
        if (droppedLevel > 0 && commitsLevel === 0)
            continue;
        if (commitsLevel === 0)
            return false;
        inside = true;
    }
    return inside;
}
// A static site's front matter ("---\ndraft: false\ndate: …\n---") at the very start: page settings, no notes.
// YAML may end it with its document-end marker "..." instead (Meson's docs pages).
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\w-]+:(?:[ \t][^\n]*)?\r?\n(?:(?:[ \t]+[^\n]*|[ \t]*)\r?\n)*){1,50}?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
// Hugo's TOML front matter between "+++" lines, opening with a `key = value` setting or a `[table]`: all of it up to
// the closing "+++" is page settings (an array over several lines, a multi-line string included).
const TOML_FRONT_MATTER = /^\uFEFF?\+\+\+[ \t]*\r?\n(?=[ \t]*(?:[\w.\-"']+[ \t]*=|\[))(?:[^\n]*\r?\n){1,200}?\+\+\+[ \t]*(?:\r?\n|$)/u;
const withoutFrontMatter = (markdown) => {
    if (markdown?.startsWith("---") || markdown?.startsWith("\uFEFF---"))
        return markdown.replace(FRONT_MATTER, "");
    if (markdown?.startsWith("+++") || markdown?.startsWith("\uFEFF+++"))
        return markdown.replace(TOML_FRONT_MATTER, "");
    return markdown;
};
/** `wanted`: how much of long notes the posts could use (see readMarkdown). */
/** `version`, where known, is the release's own ("7.0.0"); without it the newest version the notes name stands in. */
function readNotesModel(markdown, wanted, version) {
    const whole = withoutFrontMatter(markdown);
    // A file that goes on with the previous release ("-----" then "# 5.8.32"): only this release's part is its notes.
    const front = whole && version ? thisReleaseOnly(whole, version) : whole;
    const read = readMarkdown(front ? firstLanguageHalf(front) : front, wanted);
    const blocks = withoutBylines(withoutListCredits(read.blocks));
    // Each item's own sub-items, by block index.
    const childItems = new Map();
    for (const [index, block] of blocks.entries()) {
        if (block.kind === "item" && block.parent >= 0)
            childItems.set(block.parent, [...(childItems.get(block.parent) ?? []), index]);
    }
    const commitsOnly = onlyUnderCommits(blocks);
    // A changesets file names its sections by bump; in long notes the "Minor Changes" may lie past what was read.
    const changesets = blocks.some((block) => block.kind === "heading" && /^(minor|patch) changes$/i.test(block.text.trim())) ||
        (read.truncated !== null && CHANGESETS_SECTION.test(markdown ?? ""));
    // Sections named by version bump: changesets' "Minor/Patch Changes", or a package's own "pkg@1.2.0" release.
    const bumpSections = changesets || blocks.some((block) => block.kind === "heading" && PACKAGE_RELEASE.test(block.text.trim()));
    const language = detectLanguage(blocks.map((block) => block.text).join("\n"));
    const phrases = phrasesFor(language);
    // The newest version the notes' headings and top-level paragraphs name ("Homebrew 4.3.0", "since 4.2.0"): the release.
    const releaseVersion = blocks
        .filter((block) => (block.kind === "heading" || block.kind === "paragraph") && block.parent === -1)
        .flatMap((block) => [...block.text.matchAll(/\bv?(\d+(?:\.\d+)+)\b/gu)].map((match) => match[1] ?? ""))
        .reduce((newest, version) => (newest === null || compareVersions(version, newest) > 0 ? version : newest), null);
    // A major release ("7.0.0", "v3.0") is where a project moves users to a new runtime; unknown without a version.
    const release = version !== undefined && version.trim() !== "" ? version : releaseVersion;
    const major = release === null ? undefined : MAJOR_VERSION.test(release.trim());
    /** A note scoped to a version newer than the release ("As of 4.3.1: …", "Since v2.1.1, …"). */
    const laterThanRelease = (text) => {
        const scoped = SCOPED_TO_VERSION.exec(text)?.[1];
        return scoped !== undefined && releaseVersion !== null && compareVersions(scoped, releaseVersion) > 0;
    };
    const entries = [];
    const stack = [];
    let dropUntil = null;
    let countedOnly = 0;
    // What the nearest heading above the block names, folded or not.
    let nearestMeaning = null;
    // A lead-in paragraph or bold line that labels the list right after it.
    let listLabel = null;
    // Items that may label their sub-items ("- Icon" then "  - 🔥 new icons"), by block index. If none of the
    // sub-items shows ("- Faster start" then "  - @someone"), the item is a change after all (`asEntry`).
    // `details`: the item says no change itself ("Release MobX 7, …"): its sub-items are the changes, a bare name
    // among them ("`observer`") an example.
    // `scope`: a conventional-changelog scope ("* **http1:**" over its commits): each sub-item is "http1: …", under the section.
    const labelItems = new Map();
    // The entry each shown item became, by block index, with what made it: a breaking marker in its body re-reads it.
    const itemEntries = new Map();
    // The change an item is part of: the outermost nested lead-in above it ("`x` est découpé en :" under "Détails :"), else
    // itself. The bullets under a change's own text ("Release MobX 7…" over "`Provider` and `inject` were removed") are
    // changes of their own, each counted; a top-level lead-in ("Bug fixes:", "**Core**:") only sorts the changes under it.
    const changeOf = (index) => {
        let leadIn = null;
        for (let at = blocks[index]?.parent ?? -1; at >= 0; at = blocks[at]?.parent ?? -1) {
            if (labelItems.has(at) && (blocks[at]?.depth ?? 0) >= 1)
                leadIn = at;
        }
        return leadIn ?? index;
    };
    // Changes said by their own headings ("#### Fix config file search").
    const titledEntries = new Set();
    // Items already shown inside the sentence that leads in to them.
    const consumed = new Set();
    // Paragraphs of lines that translate the lines before them.
    const translatedBlocks = new Set();
    let paragraphs = 0;
    let proseSeen = 0;
    let order = 0;
    const entry = (text, kind, label, prose, paragraph = -1, fluff = false) => ({
        text: model_bounded(text),
        kind,
        label,
        order: order++,
        prose,
        paragraph,
        fluff,
    });
    /** How many of an item's sub-items say a change: a reason ("…であるため") or a credit ("@voluntas") only explains. */
    const changesUnder = (index) => (childItems.get(index) ?? []).filter((child) => model_saysChange(withoutSideRemarks(clean(blocks[child]?.text ?? "")))).length;
    const add = (...args) => {
        entries.push(entry(...args));
    };
    /** A breaking section that showed nothing (its content was a link: "Please refer to: [migration]") still says
     *  that the release breaks, and where to read how. One that held nothing (a template's empty "## Breaking
     *  Changes") says nothing. */
    const closeSection = (section) => {
        const parent = stack.at(-1);
        if (section?.held && parent)
            parent.held = true;
        if (section?.meaning !== "breaking" || !section.held || entries.length > section.entriesBefore)
            return;
        add(phrases.breakingSeeNotes, "breaking", null, true, ++paragraphs);
    };
    // The list item being read, or -1; its list, and whether the list's items open with titles, judged once per list.
    let current = -1;
    const lists = itemLists(blocks);
    /** A judgement of the list of the item being read, made once per list; false for a list of fewer than `fewest`. */
    const perList = (fewest, judge) => {
        const judged = new Map();
        return () => {
            const list = lists.get(current);
            if (list === undefined || list.length < fewest)
                return false;
            let verdict = judged.get(list);
            if (verdict === undefined) {
                verdict = judge(list);
                judged.set(list, verdict);
            }
            return verdict;
        };
    };
    const siblingsTitled = perList(2, (list) => opensWithTitles(list.map((at) => withoutSideRemarks(clean(blocks[at]?.text ?? "")))));
    /** The list item being read is one of a list whose items each repeat their kind's word ("新增：…", "修复：…"), nearly
     *  all: that word is a label said once for the group ("新增：" then "• 调整…"), not a title to repeat per item. */
    const amongKindTagged = perList(3, (list) => list.filter((at) => opensWithKindWord(clean(blocks[at]?.text ?? ""))).length * 4 >= list.length * 3);
    // Per list: the first item that is a typed commit subject ("chore: update snapshot"), when most of its items are.
    const pastedFrom = new Map();
    /** The list item being read follows the first of the commit subjects that make up most of its list. */
    const amongPastedCommits = () => {
        const list = lists.get(current);
        if (list === undefined || list.length < 4)
            return false;
        let first = pastedFrom.get(list);
        if (first === undefined) {
            const typed = list.filter((at) => COMMIT_SUBJECT.test(blocks[at]?.text.trimStart() ?? ""));
            first = typed.length * 2 > list.length ? (typed[0] ?? -1) : -1;
            pastedFrom.set(list, first);
        }
        return first >= 0 && current > first;
    };
    /** A list item as an entry: its kind from its own words and from where it stands, and its label. */
    const itemEntry = (text, parent, fallback = "other", typed = false, breaking = false) => {
        const reading = readItem(text);
        if (!reading.text.trim())
            return null;
        const section = sectionKind(stack);
        const own = reading.kind;
        const bumpOnly = section.bump && section.kind === "breaking" && labelItems.get(parent) === undefined && listLabel === null;
        const parentLabel = labelItems.get(parent);
        const outer = parentLabel ?? listLabel;
        const outerMeaning = outer?.meaning;
        // A lead-in item in a breaking section ("The following deprecated hooks are removed:") introduces breaking changes,
        // whatever kind its own words name.
        const leadInMeaning = parentLabel && section.kind === "breaking" && outerMeaning !== "security" ? "breaking" : outerMeaning;
        const fromOuter = leadInMeaning && leadInMeaning !== "generic" && leadInMeaning !== "drop" ? leadInMeaning : null;
        const context = fromOuter ?? (outer && "beside" in outer && outer.beside === true ? null : section.kind);
        const named = kindsNamed(outer?.label ?? sectionLabel(stack));
        const mixed = named.size > 0 && !(outer && "catchAll" in outer && outer.catchAll === true);
        // "CVE 2023 45857" under "PRs" may be any release's fix: only a security section says it is this one's.
        if (context !== "security" && isAdvisoryIdOnly(reading.text))
            return null;
        let kind;
        // What a long paragraph said changed, shown in its place.
        let lead = null;
        const inNotice = () => NOTICE_HEADING.test((outer?.label ?? sectionLabel(stack) ?? "").replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").trim());
        let removedInMajor = false;
        let removedApi = false;
        let upkeep = false;
        // Under a fix section, a line that only says something was incompatible names the bug it fixes.
        if ((reading.breaking && !(reading.onlyIncompatible === true && context === "fix")) || breaking)
            kind = "breaking";
        // A row of Angular's table of commits says "fix" or "perf" itself, even below the "Breaking Changes" notes.
        else if (typed && own)
            kind = own;
        // A change whose own text says it is a security fix ("Security fix: …", "[security] …", "安全修复：…", "보안 수정: …")
        // is one under any heading: Wagtail titles its fixes so under "What's new", which would hide them as features.
        // (Under fixes, a lower-case commit scope "security: …" names the area changed; see closesHole below.)
        else if (own === "security" && reading.tagged === true && !(context === "fix" && LOWER_SCOPE.test(text.trimStart())))
            kind = own;
        // A "Security updates" section's bump that names no hole is a dependency update ("依存ライブラリのアップデート：…").
        else if (context === "security" && own === "dependencies" && closedVulnerability(reading.text) === null)
            kind = own;
        // There, a change that points to the upgrade guide ("Adds SVG rasterizing - ([v6 upgrade guidance](…))") changes
        // what users must act on, whatever its words.
        else if (bumpOnly && UPGRADE_GUIDANCE.test(blocks[current]?.text ?? ""))
            kind = "breaking";
        // Under a label that names several kinds ("Major changes and deprecations since 4.3.0:"), a change's own words say
        // which of them it is ("`url do` blocks are deprecated"); a support taken away ("macOS Monterey (12) is no longer
        // supported") is what users must act on, and an addition ("`brew tab` is a new command") never breaks.
        // Under towncrier's "Deprecations and Removals" (or "Removals", "Removed"), public API that "was removed" or "has been
        // removed" is gone in this release, whatever its version: users of it must act. ("`x` is deprecated" stays one.)
        else if ((context === "removal" || context === "deprecation" || named.has("removal")) && removesApi(reading.text)) {
            kind = "breaking";
            removedApi = true;
            // Under "Removed" the notes' own word says what happened: "⚠️ Removed".
            removedInMajor = context === "removal";
        }
        else if (mixed && own !== null && own !== context && (named.has(own) || (own === "feature" && context === "breaking")))
            kind = own;
        else if (mixed && own === "removal" && saysMustAct(reading.text))
            kind = "breaking";
        // A release step ("Start v7 pre-release", "Enter prerelease mode") under changesets' "Major Changes" breaks nothing.
        else if (model_RELEASE_STEP.test(reading.text))
            kind = "internal";
        // changesets' "Major Changes" names the version bump: an addition there ("add astro template support") is a feature,
        // and only a change whose words say it breaks (removes, renames, deprecates, "instead of", a default) breaks.
        // A paragraph there ("Defer all DOM updates by an animation frame, this should…") is the author's account of a
        // major change, not a bullet's addition: it breaks, and what changed is its first clause.
        else if (bumpOnly && (own === null || own === "change") && isProseParagraph(reading.text)) {
            kind = "breaking";
            lead = leadClause(reading.text);
        }
        else if (bumpOnly && !breaksInWords(reading.text, own))
            kind = own !== null && own !== "breaking" ? own : "change";
        // A step users must take to upgrade ("Statische Dateien … public/. Dies erfordert eine Änderung der
        // Webserver-Konfiguration.", "a database upgrade is required"), filed among the features or changes: whoever upgrades
        // without it meets a broken site, so it stands with the breaking changes.
        else if (context !== "breaking" && context !== "security" && context !== "fix" && own !== "fix" && !(own !== null && isNoise(own)) && requiresUpgradeStep(reading.text))
            kind = "breaking";
        // A notice ("NOTE", "注意", "주의") that says data goes, a feature was removed or a step is required ranks with
        // breaking changes, said by the sentence that warns; one that only informs stays where it stood.
        else if (context !== "breaking" && inNotice() && warnsOfLoss(reading.text)) {
            kind = "breaking";
            lead = sentences(reading.text).find(warnsOfLoss) ?? null;
            // The notice's own word says it: "⚠️ NOTE".
            removedInMajor = true;
        }
        // "Drop Node 16" under "Changed", "now requires react-native-webview" in a list without sections: what users must
        // act on breaks, in any release, whatever the notes call it. (A fix, a chore and a bump stay what they are.)
        // A raised floor or a dropped module format is what users meet even typed as a chore ("chore: node >= `20.x`") or
        // filed under changesets' "Minor Changes" (its version bump, not a feature list that repeats the breaks).
        else if (context !== "breaking" && context !== "security" && (context !== "feature" || changesets) && own !== "fix" && own !== "deprecation" && (own !== null && isNoise(own) ? upkeepUsersMeet(reading.text) : mustActUnlabelled(reading.text)))
            kind = "breaking";
        // "To node24" under "Upgrades", "Run Action on Node 24" under "Changed" in a 7.0.0: every user must move with it.
        // (A bump or a chore that names a runtime stays one.)
        else if (context !== "breaking" && !(own !== null && isNoise(own)) && movesPlatform(reading.text, major))
            kind = "breaking";
        // A major release's "Removed" section (Keep a Changelog's) is what users of it must act on: breaking, unless the
        // item only deprecates, is a chore or a bump, or says it breaks nothing.
        // ("Support for PHP 8.2" there names what went, not a feature.)
        else if (major === true && context === "removal" && (own === null || own === "removal" || own === "feature") && !onlyDeprecates(reading.text) && !disclaimsBreak(reading.text)) {
            kind = "breaking";
            removedInMajor = true;
        }
        // "This change is not expected to cause breaking impact" under "Breaking Changes": a change, not a breaking one.
        else if (context === "breaking" && own !== "breaking" && disclaimsBreak(reading.text))
            kind = "change";
        // "`x` has been deprecated" under "API removals" or "Breaking changes": announced to go, shown after the breaks.
        else if ((context === "breaking" || context === "removal") && own === "deprecation" && onlyDeprecates(reading.text))
            kind = own;
        // A squashed pull request's commit subjects pasted under "BREAKING CHANGES" ("chore: update snapshot", "test: migrate
        // to vitest"): each typed commit without "!" is what its type says; the breaking one says so itself.
        else if (context === "breaking" && own !== null && own !== "breaking" && COMMIT_SUBJECT.test(text.trimStart()))
            kind = own;
        // The untyped subjects among them ("Apply suggestions from code review", "Update .eslintrc.cjs") are commits of that
        // pull request too, not breaking changes; the note before the first typed one ("migrate to pure ESM") is.
        else if (context === "breaking" && !reading.breaking && amongPastedCommits())
            kind = "internal";
        // "Support TLS cipher suite whitelisting", "Add `--client-crl-file` flag" under a "Security" heading: features of a
        // security topic, which close no hole and are no security fixes.
        else if (context === "security" && own === "feature" && closedVulnerability(reading.text) === null)
            kind = own;
        else if (context === "breaking" || context === "security")
            kind = context;
        // changesets name a section by its version bump: a change's own "feat:" or "Add…" says more than "Patch Changes".
        else if (changesets && own !== null && !isNoise(own) && (context === "fix" || context === "feature"))
            kind = own;
        // Keep a Changelog lists breaking changes under "Changed" and "Removed": one that reads as breaking is one.
        else if (own === "breaking" && (context === "change" || context === "removal"))
            kind = own;
        // "Removed support for Python 3.9" under "Deprecations and Removals": a support dropped, not one announced to go.
        else if (own === "breaking" && context === "deprecation" && saysMustAct(reading.text) && !disclaimsBreak(reading.text))
            kind = own;
        // "`g.TickGenerationMode` を廃止" under "機能追加", "Deprecate X" under "Added": a section that adds takes no removal.
        // (Removing a limit or a requirement is what the section says: a feature.)
        // "props: removal of deprecated connect and context APIs" under a major release's "Features": users of them must act.
        else if (major === true && context === "feature" && own === "removal" && saysMustAct(reading.text) && !LIFTS_LIMIT.test(reading.text))
            kind = "breaking";
        else if (context === "feature" && (own === "removal" || own === "deprecation") && !LIFTS_LIMIT.test(reading.text))
            kind = own;
        // "将配置中的`ShowModel`重命名为`TagsStyle`", "重构`API`接口响应格式" under "Refactor": a name or a format users
        // meet changed, which they must act on; no internal work.
        else if ((context === "internal" || own === "internal") && USER_FACING_REWORK.test(reading.text))
            kind = "change";
        // "Deprecate GetApiInstance & add NewDefaultClient" under "Refactoring" or "Chores": a public entry point announced
        // to go is what its users must prepare for, whatever the section that holds it.
        else if (context === "internal" && own === "deprecation")
            kind = own;
        // "Support for Ruby older than 2.7.0 has been dropped" among a blog post's notable changes, "停止支持 Python 3.8"
        // under "新功能": a floor raised breaks, whatever the section that files it.
        else if (own === "breaking" && (context === "highlight" || context === "feature") && raisesPlatformFloor(reading.text))
            kind = own;
        // "📌 Prompt 置顶功能" under "新功能": the icon only decorates (📌 is no project's word for docs); a section that names
        // a kind says more. Under a catch-all ("Other") the icon's kind is the better guess.
        // "i18n: add Japanese (ja) translation" under "Features": the project counts a new language among what it adds.
        else if (context === "feature" && own === "internal" && addsTranslation(reading.text))
            kind = "feature";
        else if (own && isNoise(own) && !(reading.icon === true && context !== null && context !== "other"))
            kind = own;
        else
            kind = context ?? own ?? fallback;
        // A change that closes a hole ("Fix XSS in the preview (CVE-2024-1234)", "修复安全问题", "Security: escape …") is a
        // security fix, with or without a "Security" heading: under fixes, changes or other changes, and a bump that names
        // the hole. (A feature that hardens stays a feature; docs and chores stay what they are.)
        // Under a section of fixes, conventional-changelog's scope ("vuln: …", "security: …", "auth: …") names the area
        // changed, not the kind: only the words after it can call the fix a security fix.
        const scope = context === "fix" ? LOWER_SCOPE.exec(text.trimStart())?.[0] : undefined;
        // A security scope on a fix ("security: …" under fixes, "fix(security): …") makes a security fix of one whose words
        // name a hole or its guard ("prevent header injection"), and only of such a one (see security-scope.ts).
        const guarded = context === "fix" || own === "fix" ? securityScopeWords(text.trimStart()) : null;
        if (guarded !== null && (kind === "fix" || kind === "security"))
            kind = guardsAgainstHole(guarded) || closedVulnerability(guarded) !== null ? "security" : "fix";
        else if (closesHole(kind, own, scope ? text.trimStart().slice(scope.length) : reading.text)) {
            upkeep = isNoise(kind);
            kind = "security";
        }
        // "POSTs … are now rejected with `415`" in a 2.0.0, even under "Patch Changes": what users relied on is refused.
        if (major === true && kind !== "breaking" && kind !== "security" && !isNoise(kind) && nowRejects(reading.text))
            kind = "breaking";
        // "First beta release of SDK v2 with support for…" under "Patch Changes": the release's headline, never a fix.
        else if (kind !== "breaking" && kind !== "security" && announcesFirstRelease(reading.text))
            kind = "highlight";
        // "将`ShowModel`重命名为`TagsStyle`", "升级`vite`至`v8`版本" in a 7.0.0: users who upgrade meet it before any feature.
        const weighty = major === true && kind !== "breaking" && kind !== "security" && kind !== "fix" && (USER_FACING_REWORK.test(reading.text) || movesToolchainMajor(reading.text));
        if (weighty && isNoise(kind))
            kind = "change";
        // A change of another kind than its section's wears its own kind's label: a CVE fix under "Bug Fixes" shows under
        // "Security", a "feat:" under changesets' "Patch Changes" under "Features". A part's label ("Server") stays.
        const inForce = outer?.label ?? sectionLabel(stack);
        const refiled = kind !== context && ((mixed && kind !== "breaking" && !named.has(kind)) || (context === "breaking" && inForce !== null && BREAKING_WORD.test(inForce)) || (kind === "security" && inForce !== null && ![null, "security"].includes(headingMeaning(inForce))) || (changesets && !outer && (context === "fix" || context === "feature")) || (bumpOnly && kind !== "breaking") || (context === "feature" && !outer && (kind === "removal" || kind === "deprecation")) || (context === "removal" && kind === "deprecation") || (context === "internal" && kind === "deprecation"));
        let label = refiled ? phrases.label(kind) : inForce;
        if (removedInMajor && label !== null && !BREAKING_WORD.test(label)) {
            // What a major release's "Removed" lists is gone: "⚠️ Removed: `TestCase::iniSet()`" says so, where "Breaking
            // changes: `TestCase::iniSet()`" would not say what happened to it.
            label = `⚠️ ${label}`;
        }
        else if (kind === "breaking" && (label === null || (!BREAKING_WORD.test(label) && (outer === null || outer === undefined || !section.fromBreaking)))) {
            // A breaking change always says so, with the part it is in: "⚠️ Breaking changes (@schematics/angular)".
            // The part only when it names one (a package, a module), not when it is a category ("🚀 Enhancements", "Updated").
            // (A heading that names a version, "Rails 7.2の注目ポイント", is the page's own title for a part of it, no part name.)
            const part = label !== null && label.length <= 30 && headingMeaning(label) === null && !(isCategoryName(label) && !/[^\p{Script=Latin}\s\p{P}]/u.test(label)) && !/\d\.\d/u.test(label) && !CATEGORY_TAIL.test(label) ? label : null;
            label = part === null ? phrases.label("breaking") : `${phrases.label("breaking")} (${part})`;
        }
        else if (kind === "breaking" && label !== null && outer && section.fromBreaking && !BREAKING_WORD.test(label)) {
            // A lead-in under the breaking section ("For v8, you will need to swap imports:") must still say it breaks
            // when a later thread post shows it without the section's heading.
            label = `${phrases.label("breaking")} \u2014 ${label}`;
        }
        else if (label === null && own !== null && context === null && (reading.tagged === true || /^[\w-]+(?:\([^)]*\))?!?:/.test(text) || amongKindTagged())) {
            // "feat: …" lines in a list without sections: group them as the prefixes say. Where every item repeats its kind's
            // word ("新增：…", "修复：…", "优化：…"), that word is the group's label, said once.
            label = (amongKindTagged() ? kindWordOf(reading.text) : null) ?? phrases.label(kind);
        }
        const word = kindWordOf(reading.text);
        // Not in a list of titled items, where "Improvements: …" is one item's title among its siblings'.
        const said = word !== null && word === label && !siblingsTitled() ? reading.text.replace(KIND_PREFIX, "") : null;
        const made = entry(said ?? (underKindLabel(label, kind) ? (reading.untyped !== undefined ? model_underLabel(reading.text, reading.untyped, label) : withoutKindPrefix(reading.text, kind, label, siblingsTitled)) : reading.text), kind, label, false);
        if (lead !== null && lead.trim() !== "")
            made.text = model_bounded(lead.trim());
        // Under "Security" a fix's "security:" scope says the label again: it goes.
        else if (kind === "security" && label !== null && headingMeaning(label) === "security")
            made.text = withoutSecurityScope(made.text);
        if (kind === "breaking" && context !== "breaking")
            made.markedBreaking = true;
        if (marksImportant(text))
            made.important = true;
        if (weighty)
            made.weighty = true;
        if (removedApi)
            made.removedApi = true;
        if (upkeep)
            made.upkeep = true;
        return made;
    };
    /** A breaking marker under the item at `owner` (or the nearest item above it that became a change): the first makes
     *  that change breaking; a later one ("⚠️ BREAKING CHANGE: drops Safari < 16.4") is one more breaking change. */
    const markBreaking = (owner, marked) => {
        let at = owner;
        while (at >= 0 && !itemEntries.has(at))
            at = blocks[at]?.parent ?? -1;
        const shown = itemEntries.get(at);
        if (!shown)
            return;
        if (shown.entry.kind !== "breaking") {
            const reread = itemEntry(shown.text, shown.parent, "other", shown.typed, true);
            if (reread)
                Object.assign(shown.entry, { kind: reread.kind, label: reread.label });
            return;
        }
        const item = itemEntry(sentences(readItem(marked.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "")).text)[0] ?? "", shown.parent, "other", false, true);
        if (item)
            entries.push({ ...item, order: shown.entry.order + 0.5 });
    };
    /** A sub-item under the item at `owner` says only that its change breaks or closes a hole: that change is re-read
     *  so. Returns whether the line said so (and so is no change of its own). */
    const markedByDetail = (owner, text) => {
        const breaks = onlySaysBreaking(text);
        const ids = breaks ? null : onlySaysSecurity(text);
        if (!breaks && ids === null)
            return false;
        let at = owner;
        while (at >= 0 && !itemEntries.has(at))
            at = blocks[at]?.parent ?? -1;
        const shown = itemEntries.get(at);
        if (!shown || shown.entry.kind === (breaks ? "breaking" : "security"))
            return true;
        if (breaks) {
            const reread = itemEntry(shown.text, shown.parent, "other", shown.typed, true);
            if (reread)
                Object.assign(shown.entry, { kind: reread.kind, label: reread.label, markedBreaking: reread.markedBreaking });
            return true;
        }
        // "Fix path handling" then "  - This fixes CVE-2024-1234": "Fix path handling (CVE-2024-1234)", a security fix.
        const missing = (ids ?? []).filter((id) => !shown.entry.text.toUpperCase().includes(id.toUpperCase()));
        if (missing.length > 0)
            shown.entry.text = `${shown.entry.text.replace(/[.。]$/u, "")} (${missing.map((id) => id.toUpperCase()).join(", ")})`;
        if (shown.entry.kind === "breaking")
            return true;
        const label = shown.entry.label;
        const meaning = label === null ? null : headingMeaning(label);
        shown.entry.kind = "security";
        if (label !== null && meaning !== null && meaning !== "security" && meaning !== "generic" && meaning !== "drop")
            shown.entry.label = phrases.label("security");
        return true;
    };
    for (const [index, block] of blocks.entries()) {
        current = block.kind === "item" ? index : -1;
        const innermost = stack.at(-1);
        if (innermost && !innermost.held && holdsSomething(block))
            innermost.held = true;
        if (block.kind === "heading")
            nearestMeaning = headingMeaning(clean(block.text));
        // "### Added" folded in a <details> (a blog's full changelog): its changes show in no post, but they are the
        // release's changes, counted in "+N more" as markdown.ts counts them when they lie past what was read.
        if (block.collapsed && block.kind === "item" && block.depth === 0 && nearestMeaning !== null && !["drop", "generic", "docs", "highlight"].includes(nearestMeaning))
            countedOnly += 1;
        if (block.collapsed)
            continue;
        endHighlightsBefore(block, stack.at(-1));
        if (block.kind === "heading") {
            const level = block.depth;
            if (dropUntil !== null && level > dropUntil)
                continue;
            dropUntil = null;
            listLabel = null;
            // "How to Adapt: 🛠️": the icon after the colon decorates the title.
            const text = clean(block.text).replace(/[:：][\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u, "");
            let meaning = text ? headingMeaning(text) : null;
            // "## 인스톨러", "## Installers", "## Downloads": how to get the release, which the post's link says.
            if (DOWNLOADS_HEADING.test(text))
                meaning = "drop";
            // "### Initial release" over what the project is: no label, which would read as a change.
            else if (INITIAL_RELEASE.test(text))
                meaning = "generic";
            // "Known regression" over "please use 3.8.1": a notice users must act on, neither dropped nor a change.
            const knownAct = KNOWN_ISSUES.test(text) && knownActNotice(blocks, index, level);
            if (knownAct)
                meaning = null;
            // "FontFile.to_imagefont()" over the paragraph that says what it does: one change, the name and that paragraph.
            const api = text !== "" && level >= 2 ? apiChange(text, blocks, index) : null;
            const change = api !== null || (text !== "" && !knownAct && isChangeHeading(text, meaning, level, explaining(blocks, index), isTopic(stack, level, blocks, index), holdsChanges(blocks, index, level) || leadsInToList(blocks, index), sectionKind(stack).kind === "breaking"));
            // "### Notable Changes" then "### <a change>" at the same level: the empty category heads the changes after it.
            const heads = (section) => change && section.level === level && !section.change && entries.length === section.entriesBefore;
            while ((stack.at(-1)?.level ?? 0) >= level && !heads(stack.at(-1)))
                closeSection(stack.pop());
            // "Valkey 8.0.1 - Released Tue 1 Oct 2024:": the release's own header line, as a plain-text changelog writes it.
            // "Known Issues" are no changes of this release: never shown, never counted.
            // "IDE support" over "You don't need to update the plugin" says nothing changed: no change, no highlight.
            // "What's next for Gleam?", "Roadmap", "今後の予定": plans, not this release's changes.
            // "Additional Changes" over "This release includes the latest changes from v3.4.1": another release's changes.
            // "Credits", "Stats", a revision history over its dates: the page's scaffolding.
            // "Installing Nim 2.2.0" names the release too: how to get it, dropped with what it says.
            // "What is Tauri?", "How did we get to 2.0?", "Acknowledgements", "Trying out v8": a blog's background parts.
            if (CREDITS_OR_STATS.test(text) || (level >= 2 && isBackgroundHeading(text)) || (ABOUT_PROJECT.test(text) && level >= 2 && !listUnder(blocks, index, level)) || (DOWNLOADS_HEADING.test(text) && !(commitsOnly && COMMITS_HEADING.test(text))) || (REVISION_HEADING.test(text) && onlyRevisionsUnder(blocks, index, level)) || (KNOWN_ISSUES.test(text) && !knownAct) || FUTURE_PLANS.test(text) || ((change || !isCategoryName(text)) && heldBack(explaining(blocks, index))) || saysNothingChanged(explaining(blocks, index)) || (isCategoryName(text) && includesOtherRelease(explaining(blocks, index)))) {
                dropUntil = level;
                continue;
            }
            // A part titled for the release without its version ("The next Vitest minor is here") opens a launch post: its
            // own paragraphs greet, thank and link; the parts after it say the changes.
            if (text && !HAS_VERSION.test(text) && isReleaseTitle(text)) {
                dropUntil = 6;
                continue;
            }
            if (!text || VERSION_HEADING.test(text) || NATIVE_VERSION_HEADING.test(text) || isReleaseTitle(text) || isDateOnly(text) || isReleaseHeader(text) || isBoilerplateEntry(text))
                continue;
            // A sub-heading under a change's own title ("Faster compile times" then "### Code loading bottlenecks") heads a
            // part of its explanation, as its paragraphs do: the title said the change. One that says a change ("Exposes
            // X", "New option for Y") or names a category ("Deprecations") is one more.
            if (stack.some((section) => section.change && section.level < level) && meaning !== "breaking" && meaning !== "security" && !model_saysChange(text) && !isCategoryName(text))
                continue;
            // One that names the change's code again ("`useEffectEvent`" then "#### When to use `useEffectEvent`") tells
            // more of that change.
            if (stack.some((section) => section.change && section.level < level && section.code !== undefined && text.includes(section.code)))
                continue;
            // "## Full Changelog", "## 📝 Changelog" over the notes' only list: that list is the changes (kinds.ts reads the
            // words as a pointer to the full log, or as docs).
            if ((meaning === "drop" || meaning === "docs") && CHANGELOG_HEADING.test(text) && onlyListUnder(blocks, index, level))
                meaning = "generic";
            if ((meaning === "drop" && !(commitsOnly && COMMITS_HEADING.test(text))) || ((meaning === null || meaning === "generic") && onlyNamesUnder(blocks, index, level))) {
                dropUntil = level;
                continue;
            }
            if (meaning === "drop")
                meaning = "generic";
            if (change) {
                // Hand-written notes title each change and explain it below: the title is the change, the rest its details.
                // A titled change ("Procedural macros") is a highlight, one that says what it does ("Keep empty imports")
                // an ordinary change, unless its words or its section say otherwise.
                // A title that only names a kind of change ("New experimental features", "Performance: speed-up", "성능: 속도
                // 향상") heads its part: the part's first sentence says the change.
                // A title that only names a topic ("Mobile Support", "🔐 Tap trust") is said with the sentence of its part that
                // says what was done: a bare title tells a reader nothing. (One naming code names the change.)
                // (A longer title, "Path traversal in the permission model via symlinks", already says its change.)
                // (A code name under an area, "Widgets: `Fill`", "Buffer: `CellWidth` trait", names a thing, not what changed.)
                // Inside a part labelled by its own topic ("Vet" over "References to loop variables") the label says the topic
                // already, and its prose explains the tool, not a change to show on its own.
                const inTopicPart = stack.some((section) => !section.change && section.label !== null && section.meaning === null);
                const topicOnly = !inTopicPart && api === null && !model_CHANGE_VERB.test(text) && (!/`/u.test(text) || AREA_THEN_CODE.test(text)) && !PR_TITLE.test(text) && text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length <= 4;
                const keyed = topicOnly ? keySentence(text, partSentences(blocks, index)) : null;
                const item = itemEntry(api ?? sentenceSayingTitle(withoutTitleIcon(text), explaining(blocks, index)) ?? (!/`/u.test(text) && namesOnlyAKind(withoutTitleIcon(text)) ? firstChangeSentence(blocks, index) : null) ?? (keyed === null ? null : titledWithKey(text, keyed)) ?? withoutTitleIcon(text), -1, model_CHANGE_VERB.test(text) ? "other" : "highlight");
                if (item)
                    securedByExplanation(item, blocks, index, phrases.label("security"));
                // A part whose opening calls it the release's headline ("A very much awaited part of this release is…") leads.
                if (item && callsHeadline(partSentences(blocks, index).slice(0, 2).join(" ")))
                    item.important = true;
                // The notes' summary list already said it, with what it does ("Persistent cache: improves hot start…").
                // So did a listed change that the title names again with another verb ("Add Lazy loading config", then
                // "### Enabling lazy load" over how to turn it on): the title heads its explanation.
                // (Only the change right before, listed, not titled itself: "Fix config file search" and a later
                // "Improve config file search" are two changes.)
                // Said by its title, whether or not the key sentence says the item.
                const titleText = withoutTitleIcon(text);
                const titled = changeWords(titleText.replace(/^\S+\s+/u, ""));
                const last = entries.at(-1);
                const lastTitled = last !== undefined && titledEntries.has(last);
                const said = item !== null &&
                    (entries.some((earlier) => !earlier.prose && [item.text, titleText].some((said) => earlier.text.startsWith(`${said}:`) || (!titledEntries.has(earlier) && listedWithVerb(earlier.text, said)))) || (last !== undefined && !last.prose && !lastTitled && titled.size >= 2 && sharedWords(titled, changeWords(last.text)) === titled.size));
                if (item && !said) {
                    entries.push(item);
                    titledEntries.add(item);
                }
                const code = /`[^`]+`/u.exec(text)?.[0];
                stack.push({ level, label: sectionLabel(stack), meaning: null, entriesBefore: entries.length, change: true, ...(code === undefined ? {} : { code }), ...(item && !said ? { item } : {}) });
                continue;
            }
            // Outside changesets, "Major Changes" are the big ones (Ant Design, NLog), not necessarily breaking ones. So are
            // "Major changes and deprecations since 4.3.0": only words of breaking make them breaking.
            meaning = majorChangesMeaning(text, meaning, bumpSections);
            // A question labels nothing, nor a title that only names the notes ("Changelog", "更新日志", "変更履歴").
            let label = (QUESTION.test(text) && meaning === null) || NAMES_THE_NOTES.test(text) ? null : (kindInForms(text, language)?.label ?? displayLabel(text, meaning, phrases, changesets));
            if (meaning === "breaking" && BREAKING_FOR.test(text) && blocks[index + 1]?.kind === "paragraph") {
                // Whom it concerns, its prose says again ("For anyone using firmware < 26.1.1, …"): the kind's own label. (Over
                // a list, "Breaking changes in the CLI" names the part its items are in.)
                label = phrases.label(meaning);
            }
            else if (label !== null && !isShortLabel(label) && meaning !== null && meaning !== "generic" && isCategoryPhrase(text)) {
                // A long name of a category ("Removals and backward incompatible breaking changes") labels by its kind.
                label = phrases.label(meaning);
            }
            else if (label !== null && !isShortLabel(label)) {
                // A title that reads as a sentence ("Textual 0.18.0 adds API for managing concurrent workers") would repeat
                // above every post: it says a change once, and labels nothing.
                label = null;
                if (!OPENER.test(text) && proseScore(text) > 0)
                    add(text, meaning !== null && meaning !== "generic" ? meaning : (sectionKind(stack).kind ?? "highlight"), null, true, ++paragraphs);
            }
            if (GREETING.test(text))
                label = null;
            // "#### 破坏性说明" (breaking notes) under "### 破坏性修改": a part of that section, which shows under the section's own
            // words rather than the kind's stock name ("⚠️ 破坏性变更"), or one thread would name the kind two ways.
            const parent = stack.at(-1);
            if (label !== null && label !== text && meaning !== null && meaning !== "generic" && label === phrases.label(meaning) && parent?.meaning === meaning && parent.label !== null && !parent.change)
                label = parent.label;
            stack.push({
                level,
                label,
                meaning,
                entriesBefore: entries.length,
                change: false,
                ...(meaning === "breaking" && bumpSections && /^major changes$/iu.test(text.trim()) ? { bump: true } : {}),
                asked: (QUESTION.test(text) && meaning === null && !ASKS_WHAT_IT_IS.test(text)) || GREETING.test(text),
                ...(knownAct ? { known: true } : {}),
                advice: ADVICE_PART.test(text),
                audience: meaning === null && namesAudience(text),
                highlights: meaning === "highlight" && leadsInToHighlights(text) && highlightParagraphsUnder(blocks, index, level),
                ...(/[:：]\s*$/u.test(block.text) ? { colon: true } : {}),
            });
            continue;
        }
        // The details under a change's own heading: the heading said it. A breaking note among them ("> **Breaking
        // Change:** …") says that change breaks, as a breaking section would.
        const titled = stack.at(-1);
        if (titled?.change) {
            if (titled.item && block.kind === "paragraph" && block.parent === -1 && opensWithBreakingLabel(clean(block.text).replace(GITHUB_ALERT, "")))
                Object.assign(titled.item, { kind: "breaking", label: phrases.label("breaking") });
            continue;
        }
        if (dropUntil !== null || block.kind === "dropped")
            continue;
        // "- [v2.0.0](…/tree/v2.0.0)" over its changes: the release line of a changelog listed by version, linked to its
        // tree; its sub-items are the changes, under the section's label.
        if (block.kind === "item" && block.hasChildren && block.depth === 0 && isVersionLine(clean(block.text))) {
            labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
            continue;
        }
        // A line that is only a link ("[GitHub release](…)", "**[Blog post](…)**") pointed at a page a post cannot show.
        // An advisory's titled link ("[CVE-2026-41316: ERB guard bypass](…)") is the fix itself, named by its page.
        if ((block.linkShare >= 0.9 && !isTitledAdvisory(block.text)) || isListPointer(block))
            continue;
        const next = nextVisible(blocks, index);
        if (block.kind === "paragraph") {
            // Under a kind's heading, a paragraph of lines that each say a change ("添加 X" / "添加 Y") lists them without
            // markers: each line is an item. The same lines again in the other language right after are their translation.
            const lines = lineItems(block);
            if (lines !== null && sectionKind(stack).kind !== null && !stack.at(-1)?.asked && !stack.at(-1)?.audience) {
                listLabel = null;
                const after = blocks[nextContent(blocks, index)];
                const twin = after?.kind === "paragraph" ? lineItems(after) : null;
                const dropped = twin === null ? null : translatedRun(lines, twin, language);
                if (dropped === "second" && after)
                    translatedBlocks.add(after);
                if (dropped === "first" || translatedBlocks.has(block))
                    continue;
                for (const line of lines) {
                    const item = itemEntry(line, -1);
                    if (item)
                        entries.push(item);
                }
                continue;
            }
            // "**备注：** 数据库升级脚本：" over a code block, "Migration steps:" over a table: lead-ins to what no post shows
            // go with it. (A sentence that leads in, "Run this SQL to migrate:", still says users must act.)
            if (next?.kind === "dropped" && block.parent === -1 && /[:：]$/u.test(clean(block.text))) {
                // Under a breaking heading, "Remove the following deprecated APIs:" over their table is one breaking change,
                // counted by its rows.
                const removed = next.dropped === "table" && sectionKind(stack).kind === "breaking" ? removedListChange(clean(block.text), next.rows ?? 0, language) : null;
                const item = removed === null ? null : itemEntry(removed, -1, "breaking", false, true);
                if (item) {
                    entries.push(item);
                    continue;
                }
                let said = clean(block.text);
                while (LEAD_IN_TAIL.test(said))
                    said = said.replace(LEAD_IN_TAIL, "").trim();
                if (!said)
                    continue;
            }
            if (isBoldTitled(block)) {
                listLabel = null;
                const item = itemEntry(boldTitledChange(block), -1);
                if (item)
                    entries.push(item);
                continue;
            }
            let text = clean(block.text);
            if (block.parent >= 0) {
                // A bold label at the end of an item ("- Add X" then "  **Fixes**") labels the items after that item.
                if (block.strong && isLabelLike(text) && next?.kind === "item" && next.parent !== block.parent && next.depth <= (blocks[block.parent]?.depth ?? 0)) {
                    const label = text.replace(/[:：]$/u, "");
                    listLabel = labelSaying(label);
                }
                if (BODY_BREAKING_MARK.test(text))
                    markBreaking(block.parent, text);
                else
                    markedByDetail(block.parent, text);
                continue; // an item's further paragraphs: its first one says what it is
            }
            if (isQuotedPromo(block, text) || model_isPlaceholder(text))
                continue;
            const alert = GITHUB_ALERT.exec(text);
            if (alert?.[1])
                text = text.slice(alert[0].length);
            // "***IMPORTANT:*** This release changes…", "**Note:** …": the marker is the notes' emphasis, never the post's words;
            // what follows says what it is (breaking when it says so).
            const marker = ALERT_WORD.exec(text);
            const advises = marker !== null && isAdvisory(text);
            if (marker && marker[0].length < text.length)
                text = text.slice(marker[0].length);
            if (!text || /^\[\^[^\]]+\]:/.test(block.text.trim()) || model_ADMONITION.test(block.text.trim()))
                continue;
            // "🚀 **Release Notes: Widget v0.2.1**": the notes' title, which the opener says.
            if (block.parent === -1 && isReleaseTitle(text))
                continue;
            // A sentence leading in to a list of a few short items is one paragraph that names them ("…in order to
            // address: 1 high severity issue, 1 medium severity issue").
            // "The following cases have been deprecated..." right before its list leads in to it as a colon would.
            if (next?.kind === "item" && /(?:\.\.\.|…)$/u.test(text) && LIST_LEAD_IN.test(sentences(text).at(-1) ?? ""))
                text = text.replace(/(?:\.\.\.|…)$/u, ":");
            const run = next?.kind === "item" ? listAfter(blocks, index) : [];
            // "Here are some resources for Helm 3:" over "[Docs](…)", "[FAQ](…)", "[#helm-users](…) to chat": a list of pages
            // whose links no post can show. Most of its items are only a link, the rest open on one: lead-in and list go.
            if (/[:：]$/u.test(text) && !model_CHANGE_VERB.test(text) && isLinkList(blocks, run)) {
                for (const item of run)
                    consumed.add(item);
                continue;
            }
            // A list of bare links ("[nursery/noDoneCallback](…)") is gone from any post: a lead-in that names a change
            // ("The new rules are:") keeps their names, or it would stand alone.
            const linkedNames = run.length > 0 && run.every((item) => (blocks[item]?.linkShare ?? 0) >= 0.9) && proseScore(text) > 0;
            // A lead-in that names no change ("These are changes that require you to update your code:") leaves its items
            // changes of their own.
            const intro = isListIntro(sentences(text).at(-1) ?? "");
            const problems = next?.kind === "item" && /[:：]$/u.test(text) && introducesProblems(sentences(text).at(-1) ?? "");
            if (/[:：]$/u.test(text) && next?.kind === "item" && !block.strong && !intro && !problems && (!isLabelLike(text) || linkedNames)) {
                const list = inlineList(run, (item) => clean(blocks[item]?.text ?? ""));
                if (list !== null) {
                    for (const item of run)
                        consumed.add(item);
                    text = `${text} ${list}`;
                }
            }
            // A lead-in over names that say nothing alone ("…supports the following host platforms:" over "`a`", "`b`"; "The
            // scope of v1 includes:" over "The compiler."): one change with them, in any section.
            if (/[:：]$/u.test(text) && run.length > 0 && !consumed.has(run[0]) && !block.strong && !intro && !problems && !linkedNames && (!isLabelLike(text) || pointsAtNames(text))) {
                const named = leadInWithNames(text, run.map((item) => (blocks[item]?.hasChildren ? "" : clean(blocks[item]?.text ?? ""))));
                if (named !== null) {
                    for (const item of run)
                        consumed.add(item);
                    text = named;
                }
            }
            // A sentence that says a change and then leads in to what a page covers ("This release changes the default
            // protocol…; if you use modules, see the notes, which include:" then "the purpose of RESP3", "how to stay on
            // RESP2"): the list elaborates that sentence and names no change of its own, so it goes, and so does the lead-in's
            // last clause, which would end mid-sentence once its pointer is gone.
            const leadIn = /[:：]$/u.test(text) ? text : /[:：]\s*$/u.test(block.text) && !/[.!?。！？]$/u.test(text) ? `${text}:` : null;
            if (leadIn !== null && run.length > 0 && !consumed.has(run[0]) && !block.strong && !intro && !problems && !isShortLabel(leadIn.replace(/[:：]$/u, "")) && run.every((item) => !model_saysChange(clean(blocks[item]?.text ?? "")))) {
                const said = withoutDanglingLeadIn(leadIn, undefined, false);
                if (model_saysChange(said) || proseScore(said) > 0 || SAYS_CHANGED.test(said)) {
                    for (const item of run)
                        consumed.add(item);
                    text = said;
                }
            }
            // A bold line or a lead-in right before a list labels that list.
            let leadLabel = null;
            // "This has multiple problems:" over a list: what was wrong before the change, which the prose after it names.
            if (problems) {
                leadLabel = { label: text.replace(/[:：]$/u, ""), meaning: "drop", problems: true };
                text = sentences(text).slice(0, -1).join(" ");
            }
            else if ((block.strong && isLabelLike(text)) || (/[:：]$/u.test(text) && next?.kind === "item") || plainHeading(block, text, next)) {
                const label = text.replace(/[:：]$/u, "");
                if (block.strong || isShortLabel(label) || plainHeading(block, text, next)) {
                    // "**Known issues:**" over a list: what this release did not change.
                    listLabel = KNOWN_ISSUES.test(label) ? { label, meaning: "drop" } : plainHeading(block, text, next) ? plainLabel(label) : pointsAtHeadline(label) ? { label: phrases.label("highlight"), meaning: "highlight", headline: true } : leadInLabel(label, phrases);
                    // "Security:" then "Command-line API:", each over its list: the second is the first's sibling, so a label
                    // that names no kind leaves its changes to say their own ("has been replaced by" breaks).
                    if (listLabel !== null && (listLabel.meaning === null || listLabel.meaning === "generic") && block.parent === -1 && !block.quoted && stack.at(-1)?.colon === true)
                        listLabel.beside = true;
                    // "**Major Changes**" over a list: the big ones, as under a heading of that name.
                    if (listLabel?.meaning === "breaking" && majorChangesMeaning(label, "breaking", bumpSections) === "highlight")
                        listLabel = { label, meaning: "highlight" };
                    continue;
                }
                // A long lead-in is no label: its sentences before the last are prose, and the last ("Here are some
                // highlights:") labels the list only by the kind it names.
                const parts = sentences(label);
                const last = parts.pop() ?? "";
                const meaning = stack.at(-1)?.advice === true ? null : introMeaning(last);
                if (pointsAtHeadline(last))
                    leadLabel = { label: phrases.label("highlight"), meaning: "highlight", headline: true };
                else if (meaning !== null && meaning !== "generic" && meaning !== "drop")
                    leadLabel = { label: phrases.label(meaning), meaning };
                text = parts.join(" ");
            }
            listLabel = leadLabel;
            text = withoutDanglingLeadIn(text, next, false);
            // "これを次のように1行で書ける…", "You can now write it like this.": a sentence that shows by the example after it
            // says nothing once the example is gone.
            if (blocks[index + 1]?.kind === "dropped" && blocks[index + 1]?.dropped === "code") {
                const parts = sentences(text);
                if (POINTS_AT_EXAMPLE.test(parts.at(-1) ?? ""))
                    text = parts.slice(0, -1).join(" ");
            }
            if (!text)
                continue;
            // Right under "Release highlights", a paragraph tells one highlight: its first sentence says it, as an item.
            // One that names no change ("The view groups the records by shaft…") tells more of the highlight before it.
            const highlights = stack.at(-1);
            if (highlights?.highlights === true && !block.quoted && leadLabel === null) {
                const highlight = highlightOf(text);
                const item = highlight === null ? null : itemEntry(highlight, -1, "highlight");
                if (item)
                    entries.push(item);
                if (item || entries.length > highlights.entriesBefore)
                    continue;
            }
            // A quoted note beside the changes ("> Threads are off by default") is a side remark.
            // So is what a question's part tells ("How did we get to 2.0?"): after the changes, the titled ones included; and
            // what a part for some readers tells them ("For Developers": "The `master` branch cannot be built…").
            const fromSection = block.quoted || stack.at(-1)?.asked === true || stack.at(-1)?.audience === true ? "other" : sectionKind(stack).kind;
            const label = block.quoted ? null : sectionLabel(stack);
            paragraphs += 1;
            const advisory = advises || isAdvisory(sentences(text)[0] ?? "");
            // A known problem that tells users what to do ("Known regression: … please use 3.8.1") ranks as a notice
            // does, with the breaking changes: users who upgrade must act on it.
            const mustAct = (titled?.known === true || opensAsKnownProblem(text)) && tellsToAct(text);
            // Under its heading, the paragraph's own "Known regression:" would say it twice.
            if (titled?.known === true && label !== null && opensAsKnownProblem(text))
                text = withoutKnownLabel(text);
            let shownInParagraph = false;
            // After a sentence that says what the project is, one that goes on about "it" ("It works seamlessly with…") says
            // more of the same.
            let defined = false;
            for (const said of sentences(text)) {
                proseSeen += 1;
                if (defined && /^(?:it|its|it's)\b/iu.test(said.trim()) && !model_SAYS_DONE.test(said))
                    continue;
                defined = definesProject(said);
                const opening = proseSeen <= 4 && stack.length === 0;
                // The notes' own "X is out!" in their first lines: the opener of the post says it. What they say of the
                // release by its version ("`2.6.0` is a minor release centered on X") is said without the version, or not at all.
                // ("We've just uploaded mypy 1.20.0 to PyPI", "나빌 입력기 2.1을 릴리즈합니다.") A sentence that leans on the one
                // before it ("Additionally, …", "此外，…") stands alone only when it names a change, and then without its lean:
                // the post may show it first, or without the sentence it leaned on.
                const version = opening ? withoutVersionSubject(withoutAnnouncingClause(said)) : said;
                const alone = version === null ? null : standingAlone(version);
                // One that names a change reads on after a sentence of its paragraph that is shown (layout keeps them together).
                const sentence = alone !== null && shownInParagraph ? version : alone;
                // A line that only names kinds of change ("機能追加 / 非推奨機能の追加") labels nothing here: never shown alone.
                // "Released on 2019-10-26." opening a paragraph: the release's date, which the post never needs. What the
                // project is ("Mypy is a static type checker for Python.") is no change, unless a question asks it ("What is X?").
                if (sentence === null || (opening && announcesRelease(sentence)) || isBoilerplateEntry(sentence) || namesOnlyKinds(sentence) || namesOnlyWorkDone(sentence) || isReleaseMetadata(sentence) || (definesProject(sentence) && stack.at(-1)?.asked !== true))
                    continue;
                // Its worth is what the notes said: a version is a change's word ("0.113.0"), "This release" is none.
                const score = proseScore(said);
                // A sentence about a vulnerability or a breaking change is that, wherever it stands.
                // One that talks about the release or the post ("There are many more changes, including … breaking changes")
                // names none, whatever kinds it mentions.
                const about = talksAboutRelease(sentence);
                // "This is the last release to support Go 1.23" talks about the release, and is what its users must plan for.
                const windowed = movesSupportWindow(sentence);
                // "Existing installs need the admin DB upgrade after the files": a step users must take to upgrade.
                const upgradeStep = requiresUpgradeStep(sentence) && readItem(sentence).kind !== "fix";
                const urgent = windowed || upgradeStep ? "breaking" : about ? null : readItem(sentence).kind === "security" && !speaksOfBreakingInGeneral(sentence) ? "security" : saysBreaking(sentence) && !speaksOfBreakingInGeneral(sentence) ? "breaking" : null;
                // Under a breaking heading, a sentence that names no change (why, for whom, "read the section below") is no
                // breaking change of its own: the one that names what changed is.
                // What to do about the change just shown ("To keep X, add Y") is part of it: it goes where the change goes.
                const step = fromSection === "breaking" && tellsStep(sentence) && entries.some((shown) => shown.paragraph === paragraphs && shown.kind === "breaking");
                const aside = !step && ((about && urgent !== "breaking") || (fromSection === "breaking" && !namesWhatChanged(sentence)));
                // "The most notable change is X", "가장 눈에 띄는 변화는 …": the notes name their headline, whatever its verb.
                const headline = pointsAtHeadline(sentence);
                const kind = mustAct ? "breaking" : aside ? (urgent === "security" ? urgent : "other") : (urgent ?? fromSection ?? (score > 0 || headline ? "highlight" : "other"));
                // An intro's sentence that ends a runtime's support ("This release ends support for Internet Explorer") wears the
                // breaking label where it is shown, as a listed breaking change does: a reader of the post's first lines sees
                // that it breaks.
                // One that only warns of a later release ("the last to support Go 1.23") breaks nothing yet: a softer label.
                const ahead = windowed && kind === "breaking" && warnsOfWindowAhead(sentence);
                const shownLabel = ahead && (label === null || label === phrases.label(kind)) ? (phrases.headsUp ?? phrases.label("deprecation")) : (windowed || upgradeStep) && kind === "breaking" && (label === null || !BREAKING_WORD.test(label)) ? phrases.label(kind) : label;
                const added = entry(sentence, kind, shownLabel, true, paragraphs, score < 0);
                const noted = ahead ? { ...added, ahead } : step ? { ...added, step } : added;
                // Named the headline, it leads.
                if (kind === "highlight" && headline)
                    noted.important = true;
                entries.push(advisory ? { ...noted, advisory } : noted);
                shownInParagraph = true;
            }
            continue;
        }
        // A list item.
        if (consumed.has(index))
            continue;
        const parent = labelItems.get(block.parent);
        // A change under a label under a label ("Tools" then "TiCDC" then the change): every label above it is used, or
        // the outer one would stand alone as an item.
        const useLabels = () => {
            for (let at = block.parent; at >= 0; at = blocks[at]?.parent ?? -1) {
                const label = labelItems.get(at);
                if (label)
                    label.used = true;
            }
        };
        /** The item and its short sub-items as one change ("Expose these APIs: `a`, `b`"). */
        const namingList = (text) => {
            const item = itemEntry(text, block.parent);
            if (!item)
                return;
            if (parent)
                useLabels();
            entries.push(item);
        };
        // "  - This is a breaking change.", "  - (breaking)", "  - This fixes CVE-2024-1234" under a change: that change
        // breaks or closes a hole, and the line is none of its own.
        if (block.depth > 0 && block.parent >= 0 && markedByDetail(block.parent, clean(block.text)))
            continue;
        // An example of the change above ("  - e.g. exit with error on `--flag=http://:2379`.") or the issue it addresses
        // ("  - Address [advertise URLs accept empty hosts](…/issues/8379)", the issue's title, which says the opposite of
        // the change): never a change of its own, whatever labels the item above.
        if (block.depth > 0 && block.parent >= 0 && (EXAMPLE_DETAIL.test(clean(block.text)) || ADDRESSES_ISSUE.test(block.text)))
            continue;
        // A sub-item is a detail of the item above, unless it says it breaks ("  - [BREAKING] `x` is removed").
        if (block.depth > 0 && !parent && !BREAKING_MARK.test(block.text))
            continue;
        const own = withoutSideRemarks(clean(block.text));
        // "http1 server graceful shutdown fix" under "http1:" names its scope already.
        const scope = parent?.scope;
        const cleaned = scope && own && !own.toLowerCase().startsWith(scope.toLowerCase()) ? `${scope}: ${own}` : own;
        // An item that is only an address ("- https://…/v2.0.0") is an example or a pointer, not a change; nor is a
        // list under a lead-in no post shows ("Impact:", "Downloads:").
        // Nor is the release's date as an item ("- 2019년 4월 28일", "- Released May 1, 2024"), nor what the project is.
        if (!cleaned || model_isPlaceholder(cleaned) || isBoilerplateEntry(cleaned) || (block.depth === 0 && (namesOnlyAreaOfChange(cleaned) || isAffectedField(cleaned))) || isReleaseMetadata(cleaned) || definesProject(cleaned) || /^<?[a-z][\w+.-]*:\/\/\S+$/iu.test(cleaned) || (isAdvisoryScaffold(cleaned) && !model_CHANGE_VERB.test(cleaned)))
            continue;
        // "* 7.1.3 (2024-07-26)" above the changes: the release line, not a change; its sub-items keep the section's label.
        if (isVersionLine(cleaned)) {
            if (block.hasChildren)
                labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
            continue;
        }
        // Only a short lead-in names the list's kind ("Impact:"); a sentence that mentions "contributors" does not.
        if (listLabel?.meaning === "drop" && (isLabelLike(listLabel.label ?? "") || listLabel.problems === true) && block.depth === 0)
            continue;
        // A sentence that leads in to a few short sub-items ("Expose the promises of these APIs:" then "`useNavigate()`",
        // "`useSubmit`") is one change that names them.
        if (block.hasChildren && /[:：]$/u.test(cleaned) && !isLabelLike(cleaned, 5)) {
            const list = inlineList(childItems.get(index) ?? [], (child) => clean(blocks[child]?.text ?? ""));
            if (list !== null) {
                namingList(`${cleaned} ${list}`);
                continue;
            }
        }
        // A short change over a few bare names ("More strings translated" then "Danish by @a", "Greek by @b") is one change
        // that names them; sub-items that say what changed ("🔥 new icons") make it their label instead.
        if (block.hasChildren && isLabelName(cleaned) && !/[:：]$/u.test(cleaned) && cleaned.split(/\s+/).length >= 2 && headingMeaning(cleaned) === null) {
            const children = childItems.get(index) ?? [];
            const names = children.every((child) => {
                const text = clean(blocks[child]?.text ?? "");
                return !CHANGE_WORDS.test(text) && !model_CHANGE_VERB.test(text) && readItem(text).kind === null;
            });
            const list = names ? inlineList(children, (child) => clean(blocks[child]?.text ?? "")) : null;
            if (list !== null) {
                namingList(`${cleaned.replace(/[.]$/u, "")}: ${list}`);
                continue;
            }
        }
        // A sentence over the cases it happens in ("Safeguards were bypassed:" then "When …", "During …") is the change:
        // the cases detail it, and alone under it as a label they would read as changes of their own.
        const children = childItems.get(index) ?? [];
        // An item kept as a change: its section's labels are used, and it is registered for markers below it (markBreaking).
        const keepItem = (item, text = item.text, typed = block.typed === true) => {
            if (parent)
                useLabels();
            entries.push(item);
            itemEntries.set(index, { entry: item, text, parent: block.parent, typed });
        };
        // changesets' "Updated dependencies [0d98723]" over the packages it moved ("@modern-js/core@2.68.1"): one dependency
        // update, its package lines no changes of their own (as a label over them, each would count as one).
        if (children.length > 0 && DEPENDENCY_LEAD.test(cleaned) && children.every((child) => !blocks[child]?.hasChildren && PACKAGE_SPEC.test(clean(blocks[child]?.text ?? "")))) {
            for (const child of children)
                consumed.add(child);
            const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
            if (item)
                keepItem(item);
            continue;
        }
        // "…以下の脆弱性の影響を受けない…", "Fixes the following advisories" over a list of bare links, which no post shows:
        // the lead-in says how many instead ("5件の脆弱性", "5 advisories"), or it points at nothing.
        const counted = block.hasChildren ? countedLeadIn(cleaned, children.filter((child) => (blocks[child]?.linkShare ?? 0) >= 0.9).length, children.length) : null;
        if (counted !== null) {
            const item = itemEntry(counted, block.parent);
            if (item)
                keepItem(item);
            continue;
        }
        if (block.hasChildren && /[:：]$/u.test(cleaned) && !isLabelLike(cleaned, 5) && children.every((child) => model_CONDITION.test(clean(blocks[child]?.text ?? "")))) {
            const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
            if (item)
                entries.push(item);
            continue;
        }
        // "* **http1:**" over commits under "Bug Fixes": conventional-changelog's scope, which its other lines put before the
        // change ("* **client:** Make…"). Each sub-item is a change of the section, named with the scope as they are.
        // So is a component's name in code marks ("- `Drawer`:" over "  - 修复…"), which its sibling lines put before their
        // changes ("- `Dialog`: 修复…"): as a label it would stand over two lines like a section of its own.
        if (block.hasChildren && ((block.strong && SCOPE.test(cleaned)) || CODE_SCOPE.test(cleaned)) && sectionKind(stack).kind !== null) {
            labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null, scope: cleaned.replace(/[:：]$/u, "") });
            continue;
        }
        // An item that says a change in sentences of its own before the lead-in to its sub-items ("Rework X to track Y.
        // … The lack of a wrapper has some other benefits as well:") is that change: the sub-items detail it, and shown
        // without it they would stand for it. The dangling lead-in goes.
        const spelledOut = block.hasChildren && /[:：]$/u.test(cleaned) ? sentences(cleaned) : [];
        if (spelledOut.length >= 2 && (model_saysChange(spelledOut.slice(0, -1).join(" ")) || NOTES_LEAD_IN.test(spelledOut.at(-1) ?? ""))) {
            // Sentences that only point at the sub-items ("Rebuilding X changed a few behaviors. Most fail silently:") say
            // nothing alone: the item goes with its sub-items, and is counted among the changes not shown.
            if (spelledOut.slice(0, -1).every(pointsAtList)) {
                countedOnly += 1;
                continue;
            }
            const item = itemEntry(spelledOut.slice(0, -1).join(" "), block.parent);
            if (!item)
                continue;
            if (block.text.includes(DROPPED_MARK))
                item.referenced = true;
            keepItem(item);
            continue;
        }
        // An umbrella over its sub-items that names no change of its own ("Bug fixes and improvements", "Improvements",
        // "その他の改善") is their label: shown alone it is a stub, and the sub-items are the changes.
        // So is a short topic over several sub-items that says no change itself ("网页搜索工具" over "WebSearchTool：…",
        // "NewsSearchTool：…"), like its sibling "Function Calling 支持" over its own.
        const umbrella = block.hasChildren &&
            ((changesUnder(index) >= 1 && (namesOnlyKinds(cleaned) || namesNoChange(cleaned.replace(/[:：.。]$/u, "")))) ||
                ((childItems.get(index)?.length ?? 0) >= 2 && isLabelLike(cleaned, 3) && model_cjkCount(cleaned) <= 8 && !model_saysChange(cleaned) && !OWN_NUMBER.test(block.text)));
        // A sentence in a breaking section that leads in to what it takes away ("The following deprecated hooks are
        // removed:" over "`a`, use `b` instead", …) is one breaking change, its sub-items said after it: as a label it
        // would stand over each sub-item again, post after post.
        const leadsInBreaking = block.hasChildren && /[:：]$/u.test(cleaned) && sectionKind(stack).kind === "breaking" && !isLabelLike(cleaned, 5) && model_saysChange(cleaned);
        const details = leadsInBreaking ? (childItems.get(index) ?? []) : [];
        const joined = details.map((child) => clean(blocks[child]?.text ?? "").replace(/[.。;；,，]$/u, "")).filter((text) => text !== "").join("; ");
        const whole = `${cleaned.replace(/\s*[:：]$/u, "")}: ${joined}`;
        // (One that a post could not show whole stays a label over its sub-items: nothing it lists is lost.)
        if (joined !== "" && details.length <= 8 && details.every((child) => !blocks[child]?.hasChildren) && whole.length + model_cjkCount(whole) <= LEAD_IN_WITH_DETAILS) {
            const item = itemEntry(whole, block.parent, "other", false, true);
            for (const child of details)
                consumed.add(child);
            if (item)
                keepItem(item, whole, false);
            continue;
        }
        // A sentence that leads in to its own sub-points ("Unified config loading with a clear precedence order:" over
        // "Env vars", "Defaults") says the change; its sub-points detail it. As a label it would stand over some of them,
        // and over an orphan one again in a later thread post.
        // (Sub-items that all say changes, "Fix a crash…" under "Several parser bugs were fixed:", are what it labels.)
        if (block.hasChildren && !umbrella && isChangeLeadIn(cleaned) && changesUnder(index) < children.length) {
            const item = itemEntry(cleaned.replace(/\s*[:：]$/u, ""), block.parent);
            if (item)
                keepItem(item);
            continue;
        }
        // An item with sub-items is their label when it is a name ("Icon", "BREAKING") or a lead-in ending with ":".
        // One that says what it does ("Remove `react-router-dom` package") is the change, and its sub-items its details.
        if (block.hasChildren && (umbrella || (isLabelName(cleaned) && !namesChange(cleaned)) || /[:：]$/u.test(cleaned))) {
            const name = cleaned.replace(/[:：.]$/u, "");
            // A label that only names a version ("[SDK] 2.6.0") says nothing: its sub-items keep the section's label. Nor
            // does a bracketed area ("[결제]", "【core】", "(api)"): it names where, not what kind; they say their own kinds.
            if (VERSION_LABEL.test(name) || BRACKETED_AREA.test(name) || bracketTagsKind(name)?.meaning === null) {
                labelItems.set(index, { label: null, meaning: null, used: false, asEntry: null });
                continue;
            }
            const label = shownLabel(name, phrases);
            const meaning = headingMeaning(label);
            // "- What's Changed" over its items labels nothing: the section's label stands.
            labelItems.set(index, { label: meaning === "generic" ? null : label, meaning, used: false, asEntry: /[:：]$/u.test(cleaned) ? null : itemEntry(cleaned, block.parent) });
            continue;
        }
        // (One whose own lines go on past the colon, "BSFF => Refonte & DSFR :" then its pull requests, is an item: what
        // follows the colon is its own, and the items after it were never under it.)
        if (!block.hasChildren && /[:：]$/u.test(cleaned) && isLabelLike(cleaned, 5) && /[:：]\s*$/u.test(block.text)) {
            // "- Other Improvements:" with nothing under it: a label for the items after it, never a change.
            const label = cleaned.replace(/[:：]$/u, "");
            listLabel = labelSaying(label);
            continue;
        }
        // A short Title-Case topic ("- Adopted Future Flag Behaviors") among sentence-case changes titles them.
        // One that carries its own reference ("System Bars Plugin (#8180) (a32216a)") is a change a commit or PR made.
        if (!block.hasChildren && !OWN_REFERENCE.test(block.text) && isTitleCase(cleaned) && titleAmongSentences(blocks, index))
            continue;
        // A bare umbrella item ("Release MobX 7, mobx-react-lite 5, and mobx-react 10.": no change word, no kind or
        // type prefix of its own, like "Enhance:") stays, and its sub-items are the changes it stands for, with its
        // kind and label.
        // One that carries its own pull request ("ページのブロック数をラベルごとに設定できるように #124") is the change that
        // request made, and its sub-items detail it.
        if ((childItems.get(index)?.length ?? 0) >= 2 && changesUnder(index) >= 2 && !CHANGE_WORDS.test(cleaned) && readItem(cleaned).kind === null && !/^[\p{L}-]{2,20}[:：]/u.test(cleaned) && !OWN_NUMBER.test(block.text)) {
            labelItems.set(index, { label: null, meaning: null, used: true, asEntry: null, details: true });
        }
        // A bare name among them is an example; a CJK sentence has no spaces either ("WebSearchTool：搜索互联网获取实时信息").
        if (parent?.details && /^(?:`[^`]+`|[^\s:：]+)$/u.test(cleaned) && model_cjkCount(cleaned) <= 4)
            continue;
        // A lead-in without its list ("- Speed up X; these commands benefit:") keeps what it said before the lead-in.
        // One whose colon only led to its own references ("BSFF => Refonte & DSFR :" then its pull requests) says its change.
        const statement = !block.hasChildren && /[:：]$/u.test(cleaned) && isLabelLike(cleaned, 5) && !/[:：]\s*$/u.test(block.text) ? cleaned.replace(/\s*[:：]$/u, "") : cleaned;
        const text = withoutDanglingLeadIn(statement, block.hasChildren ? next : undefined, block.hasChildren);
        // "add the `x` flag\n  BREAKING CHANGE: the `y` flag is gone": a marker on a later line of the item breaks it.
        const marker = text.search(INLINE_BREAKING_MARK);
        const said = marker > 0 ? text.slice(0, marker) : text;
        let item = text ? itemEntry(said, block.parent, "other", block.typed === true, marker > 0) : null;
        if (!item)
            continue;
        // A breaking change's sub-items that say what goes ("廃止: `Option<T>`", "The class is now `Obsolete`") carry the
        // break: they go with it, or the post says something changed and not what users lose.
        const carried = item.kind === "breaking" && block.hasChildren && !labelItems.has(index) ? breakingDetails(childItems.get(index) ?? [], (child) => clean(blocks[child]?.text ?? "")) : null;
        // "As-of Homebrew 4.3.1: … requires Ruby >=3.3.0" in 4.3.0's notes: an addendum about a later release, not this
        // one's breaking change.
        if (item.kind === "breaking" && laterThanRelease(said))
            item = { ...item, kind: "other", label: parent?.label ?? listLabel?.label ?? sectionLabel(stack) };
        // "Miscellaneous additional code deprecation/disable/removals.", "Various small fixes": a change that names nothing
        // changed, which no post should pick over one that does.
        if (item.kind !== "breaking" && item.kind !== "security" && VAGUE_ITEM.test(item.text.charAt(0).toLowerCase() + item.text.slice(1)))
            item = { ...item, kind: "other" };
        // "- **Mihomo(Meta) 内核升级至 v1.19.24**" above the notes' sections: a change the author set in bold before all
        // the others is the release's headline, whatever its words say it is.
        if (block.strong && !block.hasChildren && block.parent === -1 && sectionLabel(stack) === null && !listLabel && ["other", "change", "dependencies", "feature", "performance", "fix"].includes(item.kind))
            item = { ...item, kind: "highlight" };
        // "[Rust] 依存ライブラリが変化します。" over a list no post shows, "The following were updated.": a stub, counted as upkeep.
        if (item.kind !== "breaking" && item.kind !== "security" && isStub(item.text))
            item = { ...item, kind: DEPENDENCY_WORD.test(item.text) ? "dependencies" : "internal" };
        if (carried !== null)
            item = itemEntry(`${said.replace(/[.。]$/u, "")} (${carried})`, block.parent, "other", block.typed === true, marker > 0) ?? item;
        if (parent)
            useLabels();
        if (block.text.includes(DROPPED_MARK))
            item.referenced = true;
        if (block.pulls)
            item.pulls = block.pulls;
        item.partOf = changeOf(index);
        // The changes the notes point at as their headline lead their kind.
        if (listLabel?.headline === true && block.parent === -1)
            item.important = true;
        entries.push(item);
        itemEntries.set(index, { entry: item, text, parent: block.parent, typed: block.typed === true });
    }
    while (stack.length > 0)
        closeSection(stack.pop());
    for (const { used, asEntry } of labelItems.values())
        if (!used && asEntry)
            entries.push(asEntry);
    entries.sort((a, b) => a.order - b.order);
    return { countedOnly, entries: withoutLoneCatchAll(withOneLabelPerKind(withoutRepeatedHighlights(withoutRepeatedPulls(withoutDuplicates(withoutAuthorColumn(withSecurityFixSaid(onceInMainLanguage(entries, language)))))), phrases)), language, truncated: read.truncated };
}

// EXTERNAL MODULE: ./src/notes/networks.ts
var notes_networks = __webpack_require__(238);
;// CONCATENATED MODULE: ./src/notes/project-name.ts
// Repository names that do not say which project they are.
const GENERIC = new Set("core cms kit cli sdk api app apps lib libs server client web ui docs site website action actions plugin plugins main monorepo platform packages package js ts go py rs python node framework engine tools tool utils common shared runtime compiler react vue next mobile desktop backend frontend image images icons fonts content devtools router store schema config components theme themes http auth i18n test testing types css html styles style util helpers db data".split(" "));
// Generic names of a repository that holds the whole product.
const PRODUCT_ITSELF = new Set("core cms framework engine main monorepo platform runtime compiler packages".split(" "));
// A slug drops a Latin letter's accents ("trackdechets" for "Trackdéchets"): they say nothing against the name.
const unaccented = (text) => text.normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC");
const squash = (text) => unaccented(text).toLowerCase().replace(/[\s_.-]+/g, "");
/** What is left of a release title without its version, tag and filler ("Release", "v"): a product name or "". */
function nameInTitle(release) {
    let title = release.name;
    for (const part of [release.tag, release.version])
        if (part)
            title = title.split(part).join(" ");
    title = title
        .replace(/\bv?\d+(?:\.\d+)+(?:[-+][\w.+-]*)?\b/g, " ")
        .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")
        .replace(/\b(?:release[sd]?|version|is out|is here|available|now)\b/gi, " ")
        .replace(/\s+/g, " ")
        .trim();
    return title.split(" ").length <= 4 && /\p{L}/u.test(title) ? title : "";
}
/** All capitals on a name longer than an acronym is a heading shouting ("WHAT'S NEW IN HTOP"), not its spelling. */
const shouted = (spelling) => !/\p{Ll}/u.test(spelling) && squash(spelling).length > 3;
// Where a sentence starts: a line's start after its list or heading marks, or after a sentence's end. A capital there
// says nothing about how a name is written ("Pipx now uses…" in notes that write "pipx" everywhere else).
const SENTENCE_START = /(?:^|\n)[ \t]*(?:[-*+>]|\d{1,3}[.)])?[ \t]*$|[.!?:;][\s"'“”]*$/u;
// A conventional commit's subject line: "feat!: …", "- fix(core): …".
const project_name_COMMIT_SUBJECT = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?[a-z]+(?:\([^)\n]*\))?!?(?:\*\*)?:[ \t]/u;
const HEADING_LINE = /(?:^|\n)[ \t]*#{1,6}[ \t][^\n]*$/u;
/**
 * How the notes write `name`, ignoring case and separators ("tailwindcss" → "Tailwind CSS", "rubocop" → "RuboCop");
 * null unless the people's words give it capitals that a sentence's start does not explain (all lowercase is how code
 * writes a name; "Pipx now…" is a sentence's capital): a capital inside the name, one in mid-sentence, or one in a
 * heading. Part of a longer name ("rubocop-ast", "@eslint/js") is not the name.
 */
function spellingIn(text, name) {
    const target = squash(name);
    if (target.length < 2)
        return null;
    // People's words only: link targets, URLs and code spell names the way machines do.
    const prose = text
        .slice(0, 16_384)
        .replace(/\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`|<[^>\n]*>/g, " ");
    const words = [...prose.matchAll(/[\p{L}\p{N}]+/gu)];
    const counts = new Map();
    for (let first = 0; first < words.length; first += 1) {
        const start = words[first]?.index ?? 0;
        if (/[-/@._]$/u.test(prose.slice(Math.max(0, start - 1), start)))
            continue;
        let squashed = "";
        // Up to three words joined by one space, dot or hyphen: "Tailwind CSS", "Ant Design", "Next.js".
        for (let last = first; last < Math.min(words.length, first + 3); last += 1) {
            const word = words[last];
            if (!word)
                break;
            if (last > first) {
                const gap = prose.slice((words[last - 1]?.index ?? 0) + (words[last - 1]?.[0].length ?? 0), word.index);
                if (!/^[ .-]$/.test(gap))
                    break;
            }
            squashed += unaccented(word[0]).toLowerCase();
            if (!target.startsWith(squashed))
                break;
            if (squashed === target) {
                const end = word.index + word[0].length;
                if (/^[-/_][\p{L}\p{N}]/u.test(prose.slice(end, end + 2)))
                    break;
                const spelling = prose.slice(start, end);
                const before = prose.slice(Math.max(0, start - 200), start);
                const telling = /\p{Lu}/u.test(spelling.slice(1)) || HEADING_LINE.test(before) || !SENTENCE_START.test(before);
                const lineStart = prose.lastIndexOf("\n", start) + 1;
                const lineEnd = prose.indexOf("\n", end);
                const line = prose.slice(lineStart, lineEnd === -1 ? prose.length : lineEnd);
                const count = counts.get(spelling) ?? { all: 0, telling: 0, calm: 0, commit: 0 };
                counts.set(spelling, {
                    all: count.all + 1,
                    telling: count.telling + (telling ? 1 : 0),
                    // A line in lowercase around "HTTPX" writes the name so, where no line all in capitals shouts it too
                    // ("# HTOP 3.5.0" beside "HTOP now sorts…" may carry the heading's capitals over).
                    calm: count.calm + (/\p{Ll}/u.test(line.replace(spelling, "")) ? 1 : 0),
                    commit: count.commit + (project_name_COMMIT_SUBJECT.test(line) ? 1 : 0),
                });
                break;
            }
        }
    }
    // Where the notes also write the name in lowercase, a sentence's capital does not tell ("Pipx now…" beside "pipx
    // installs…"); where they never do, it is all there is to go by ("Alacritty crashing at startup").
    // A commit's subject is lowercase by convention ("feat!: ship lerna as ESM-only"): it says nothing against the
    // capital the people's sentences give the name ("Lerna is now shipped…").
    const plainCount = counts.get(name);
    const plain = plainCount?.all ?? 0;
    const plainInProse = plain - (plainCount?.commit ?? 0);
    let best = null;
    let bestCount = { all: 0, telling: 0 };
    for (const [spelling, count] of counts) {
        if (!/\p{Lu}/u.test(spelling) || (shouted(spelling) && count.calm < count.all) || (plainInProse > 0 && count.telling === 0))
            continue;
        if (count.telling > bestCount.telling || (count.telling === bestCount.telling && count.all > bestCount.all)) {
            best = spelling;
            bestCount = count;
        }
    }
    // A capitalised spelling much rarer than the plain one is not the product's name, unless it is written so more than
    // once where no sentence starts: a name that is also a word ("Task", "a task") is lowercase as the word.
    return best !== null && (bestCount.all >= plain / 2 || bestCount.telling >= 2) ? best : null;
}
/** How often the notes' words (not link targets; code spans too unless `withCode` is false) write `name` as a word of
 *  its own: "k6 now runs…", "`k6 run`"; not "k6-operator" or ".k6rc". */
function timesWritten(text, name, withCode = true) {
    const prose = text.slice(0, 16_384).replace(withCode ? /\]\([^)\s]*\)|https?:\/\/\S+/g : /\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/g, " ");
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // A tag or package spec ("pinia@2.2.0", a release's title) writes it as code does, not as people do.
    const word = new RegExp(`(?<![\\p{L}\\p{N}_/@.-])${escaped}(?![\\p{L}\\p{N}_/-]|@v?\\d)`, "giu");
    return prose.match(word)?.length ?? 0;
}
/** For a generic repository name, the product name the notes write that its owner and repository spell
 *  ("sveltejs/kit" → "SvelteKit", "ant-design/x" → "Ant Design X", "nodejs/node" → "Node.js"); null if none. */
function ownerSpelling(text, owner, repo) {
    // Organisation names often add a "js", "-dev", "hq" or "lang" to the product's name.
    const base = owner.replace(/[-_.]?(?:js|dev|hq|lang|org|team|labs|inc)$/i, "");
    // The owner's name alone stands for the product only where the repository is the product itself ("vuejs/core",
    // "laravel/framework", "nodejs/node"); "stripe/cli" is not Stripe.
    const itself = PRODUCT_ITSELF.has(repo.toLowerCase()) || squash(owner).startsWith(squash(repo));
    const candidates = [`${owner}${repo}`, `${base}${repo}`, ...(itself ? [owner, base] : [])].filter((name) => squash(name).length > 2);
    for (const candidate of candidates) {
        const spelling = spellingIn(text, candidate);
        if (spelling)
            return spelling;
    }
    return null;
}
// Names of a repository that holds all of its owner's packages: they name no product but the owner's.
const ALL_PACKAGES = new Set("platform monorepo packages".split(" "));
/** The owner's name for a repository of all its packages ("ngrx/platform", where the notes spell it no other way): the
 *  product is the owner's, and "platform" names none. Null for any other repository ("vuejs/core" stays so). */
function ownerOfWhole(text, owner, repo) {
    return ALL_PACKAGES.has(repo.toLowerCase()) && /^[\p{L}\p{N}-]{3,}$/u.test(owner) ? unwritten(text, owner) : null;
}
/**
 * "Vue Router" for "vuejs/router": where an organisation is named for its product plus an organisation's ending ("js",
 * "lang", "hq"), a generic repository is that product's part, named as its docs name it. Null for any other owner
 * ("stripe/cli" stays so: which of the owner's names is a product is not known).
 */
function ownersPart(owner, repo) {
    const base = /^([a-z]{3,})[-_.]?(?:js|lang|hq)$/u.exec(owner)?.[1];
    // The whole product ("vuejs/core", "nodejs/node") is no part of it: its name is the owner's, which the notes write.
    if (!base || !/^[a-z]{3,}$/u.test(repo) || PRODUCT_ITSELF.has(repo) || base === repo)
        return null;
    const part = TOOL_ACRONYM.has(repo) ? repo.toUpperCase() : `${repo[0]?.toUpperCase() ?? ""}${repo.slice(1)}`;
    return `${base[0]?.toUpperCase() ?? ""}${base.slice(1)} ${part}`;
}
// Generic names that say which of its owner's tools a repository holds, written as acronyms: "npm/cli" is the npm CLI.
const TOOL_ACRONYM = new Set(["cli", "sdk", "api", "ui"]);
// Languages and platforms as a repository's name writes them ("go-sdk", "sdk-python"), spelled as their people do.
const LANGUAGE = {
    go: "Go", golang: "Go", python: "Python", py: "Python", js: "JS", javascript: "JavaScript", ts: "TypeScript",
    typescript: "TypeScript", node: "Node.js", nodejs: "Node.js", java: "Java", kotlin: "Kotlin", swift: "Swift",
    ruby: "Ruby", php: "PHP", rust: "Rust", rs: "Rust", dotnet: ".NET", net: ".NET", csharp: "C#", cpp: "C++",
    dart: "Dart", flutter: "Flutter", elixir: "Elixir", android: "Android", ios: "iOS", web: "Web", react: "React",
};
/** A repository's name that is only a language and a tool ("go-sdk", "sdk-python", "js-api"): it says which of its
 *  owner's tools it holds, not which project. Its parts, or null for any other name. */
function languageTool(repo, owner = "") {
    // The owner's name among them says whose tool it is, as the owner does ("stellar/js-stellar-sdk").
    const parts = repo.toLowerCase().split(/[-_.]+/u).filter((part) => part !== "" && part !== squash(owner));
    const tool = parts.filter((part) => TOOL_ACRONYM.has(part)).length === 1;
    return parts.length === 2 && tool && parts.some((part) => part in LANGUAGE) ? parts : null;
}
/** "npm CLI" for "npm/cli" and "OpenFeature Go SDK" for "open-feature/go-sdk", where the notes write the owner's
 *  name as a word of its own; null otherwise. */
function ownersTool(text, owner, repo) {
    const parts = TOOL_ACRONYM.has(repo.toLowerCase()) ? [repo.toLowerCase()] : languageTool(repo, owner);
    if (!parts)
        return null;
    // A repository that names its owner ("js-stellar-sdk") is the owner's tool even where the notes never write the name.
    const named = repo.toLowerCase().split(/[-_.]+/u).includes(squash(owner));
    const written = spellingIn(text, owner) ?? (timesWritten(text, owner) > 0 ? owner : named ? unwritten(text, owner) : null);
    // The language first, as people say it: "Go SDK" for "sdk-go" too.
    const words = [...parts.filter((part) => part in LANGUAGE).map((part) => LANGUAGE[part]), ...parts.filter((part) => TOOL_ACRONYM.has(part)).map((part) => part.toUpperCase())];
    return written ? `${written} ${words.join(" ")}` : null;
}
/** A generic repository's name that the notes write capitalised right before this release's version ("React 19.2가
 *  npm에 공개되었습니다!" in facebook/react): the product itself. A repository of bindings for it ("owner/react") writes
 *  the name with another version ("requires React 18"), or none. */
function withThisVersion(text, repo, version) {
    const parts = /^v?(\d+)\.(\d+)/u.exec(version.trim());
    if (!parts)
        return null;
    const escaped = repo.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/@.-])(${escaped})\\s+v?${parts[1]}\\.${parts[2]}(?![\\d])`, "giu");
    for (const match of text.slice(0, 4_096).matchAll(pattern)) {
        const name = match[1] ?? "";
        if (/^\p{Lu}/u.test(name) && !shouted(name))
            return name;
    }
    return null;
}
// Words that open a sentence announcing a release, not part of the name before its version ("Introducing Foo Bar 2.0").
const NAME_FILLER = /^(?:the|a|an|our|new|welcome|to|introducing|announcing|release|releasing|version|today|meet|hello|hi|in|on|with|since|from|for|as|of|after|before|until|by|at|use|using|upgrade|upgrading|require|requires|install|installing|this|with|and|or|but|so|if|when|now|then|also|note|starting|changes|what's|whats|see)$/iu;
// A list item that holds a link and nothing else.
const LINK_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]*\]\([^)\s]*\)[ \t]*[,.;]?[ \t]*$/gmu;
/**
 * The multi-word name the notes put right before this version ("[JavaScript Primer](…) 2.0.0では…" for js-primer), when
 * it is the repository's: it holds one of the repository name's own words ("primer") or squashes to it. Every word
 * starts with a capital, as a product's name does; two to three words, after any announcing words; null if none.
 */
function nameBeforeVersion(notes, owner, repo, version) {
    const bare = version.trim().replace(/^v/iu, "");
    if (!/^\d+(?:\.\d+)+/u.test(bare))
        return null;
    const prose = notes
        .slice(0, 16_384)
        .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gmu, " ")
        // A list item that is only a link points elsewhere: "* [Gamebase Android SDK 2.70.0](./android)" in the Unity
        // SDK's notes names a sister product, not this one.
        .replace(LINK_ITEM, " ")
        .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/gu, "$1")
        .replace(/`[^`\n]*`|https?:\/\/\S+/gu, " ");
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const repoWords = repo.toLowerCase().split(/[-_.]+/u).filter((word) => word.length >= 3 && !GENERIC.has(word));
    // A word of the repository's name counts in lowercase too: "kintone UI Component 1.0.4".
    const own = repoWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const word = own ? `(?:\\p{Lu}[\\p{L}\\p{N}+#]*|(?:${own})(?![\\p{L}\\p{N}]))` : "\\p{Lu}[\\p{L}\\p{N}+#]*";
    const named = new RegExp(`((?:${word}[ \\t]+){1,5})v?${escaped}(?![\\w.-])`, "gu");
    for (const match of prose.matchAll(named)) {
        const start = match.index ?? 0;
        if (start > 0 && /[\p{L}\p{N}_.-]/u.test(prose[start - 1] ?? ""))
            continue;
        const words = (match[1] ?? "").trim().split(/[ \t]+/u);
        while (words.length > 0 && NAME_FILLER.test(words[0] ?? ""))
            words.shift();
        if (words.length < 2 || words.length > 3)
            continue;
        const name = words.join(" ");
        const lower = words.map((word) => word.toLowerCase());
        if (repoWords.some((word) => lower.includes(word)) || squash(name) === squash(repo) || squash(name) === squash(`${owner}${repo}`))
            return name;
    }
    return null;
}
/** The package a monorepo's tag names: "react-intl@10.1.20", "@scope/pkg@1.2.3" (changesets), "pkg-v1.2.3"
 *  (release-please), as its scope (or null) and bare name; null for a plain tag. */
function packageInTag(tag) {
    const match = /^(?:@([\w.-]+)\/)?([\w.-]+)@v?\d/u.exec(tag) ?? /^()([a-z][\w.-]*?)-v\d+\.\d/iu.exec(tag);
    return match?.[2] ? { scope: match[1] || null, name: match[2] } : null;
}
// A repository of the product's documentation or website ("cypress-documentation", "react-native-website",
// "docs-foo", "vitejs.github.io"): its releases are the product's, and so is the name readers know.
const DOCS_REPO = /^(?:(.+?)[-_.](?:documentation|docs?|website|site|homepage)|(?:docs?|documentation|website)[-_.](.+)|(.+)\.github\.io)$/iu;
/** The product a documentation or website repository is named for ("cypress" for "cypress-documentation"); null if
 *  the repository is not one, or names no product of its own ("docs-site"). */
function productOfDocsRepo(repo) {
    const match = DOCS_REPO.exec(repo.trim());
    const product = match?.[1] ?? match?.[2] ?? match?.[3] ?? "";
    return product && /\p{L}/u.test(product) && !GENERIC.has(product.toLowerCase()) ? product : null;
}
// A language's code as a documentation repository's name ends or starts with it ("docs-cn", "ko.react.dev"): it says
// which translation the repository holds, not which product.
const LANGUAGE_CODE = /^(?:en|zh|cn|tw|hk|ja|jp|ko|kr|fr|de|es|pt|br|ru|it|tr|vi|id|pl|uk|nl|ar|fa|he|hi|th|sv|cs|hu|ro|el|bn|ta|ms)(?:[-_](?:[a-z]{2}|hans|hant))?$/iu;
// A repository named for the product's website's domain ("react.dev", "ko.react.dev", "vuejs.org"), with a
// translation's language code as its first label or none.
const DOMAIN_REPO = /^(?:(?:[a-z]{2}(?:-[a-z]{2,4})?)\.)?([a-z][\w-]*)\.(?:dev|org|com|net|site)$/iu;
/** The product a documentation repository's notes name in their title before this version ("title: TiDB 8.5.1 Release
 *  Notes", "## Gin v1.12.0", "Git v2.55 Release Notes"): one to three words, a capital in them, after any announcing
 *  words; null if the title names none. */
function nameInNotesTitle(notes, version, maxWords = 3) {
    const bare = version.trim().replace(/^v/iu, "");
    const parts = /^(\d+)\.(\d+)/u.exec(bare);
    if (!parts)
        return null;
    const head = notes.replace(/^\uFEFF/u, "").slice(0, 4_096);
    const frontTitle = /^---\r?\n(?:[^\n]*\n)*?title:[ \t]*["']?([^"'\n]+)["']?[ \t]*\r?\n/u.exec(head)?.[1];
    const body = head.replace(/^---\r?\n[\s\S]*?\n---[ \t]*\r?\n/u, "");
    // The first line with words: a heading (ATX or setext) or a plain title line.
    const firstLine = /^[ \t]*(?:#{1,6}[ \t]+)?([^\n]*\p{L}[^\n]*)$/mu.exec(body)?.[1];
    for (const title of [frontTitle, firstLine]) {
        if (!title)
            continue;
        const plain = title.replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/gu, "$1").replace(/[*_`]/gu, "").trim();
        // The title's version is this one, whole or without its patch ("Git v2.55" for 2.55.0).
        const match = /^(.+?)[ \t]+v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)(?![\w.])/u.exec(plain);
        if (!match?.[1] || !match[2] || !bare.startsWith(match[2]))
            continue;
        const words = match[1].trim().split(/[ \t]+/u);
        while (words.length > 0 && NAME_FILLER.test(words[0] ?? ""))
            words.shift();
        const name = words.join(" ");
        if (words.length >= 1 && words.length <= maxWords && /\p{Lu}/u.test(name) && !shouted(name) && !/[:：,;!?]/u.test(name))
            return name;
    }
    return null;
}
function projectName(release, notes) {
    if (release.project)
        return release.project;
    return withoutDoubledNumber(readersName(release, notes), release.version);
}
/** "Scala" for "Scala 3" before 3.8.0: a name ending in the number its version starts with would say it twice
 *  ("Scala 3 3.8.0"); the version says it. A name that is only the number, or another number, keeps it. */
function withoutDoubledNumber(name, version) {
    const match = /^(.*\p{L}[^\s]*)[ \t]+v?(\d+)$/u.exec(name);
    const major = /^v?(\d+)(?:\.|$)/u.exec(version.trim())?.[1];
    return match?.[1] && major !== undefined && match[2] === major ? match[1] : name;
}
function readersName(release, notes) {
    const domain = DOMAIN_REPO.exec(release.repo.trim());
    const product = domain?.[1] ?? productOfDocsRepo(release.repo);
    const titled = nameInNotesTitle(notes, release.version);
    if (product && !LANGUAGE_CODE.test(product)) {
        // The notes' title spells the product ("React 19.2" in ko.react.dev).
        if (titled && squash(titled) === squash(product))
            return titled;
        return nameOf({ ...release, repo: product }, notes);
    }
    // A translation's documentation named by its language alone ("pingcap/docs-cn") holds the product its notes name.
    if (product)
        return titled ?? spellingIn(notes, release.owner) ?? release.owner;
    // In a monorepo the release is the tagged package's, not the repository's ("formatjs/formatjs" tags react-intl@…).
    const tagged = packageInTag(release.tag.trim());
    // A tag named for a language ("js-v0.19.0", "py-v1.2.0") says which implementation of a repository of several was
    // released, not which package: the product is the repository's.
    if (tagged && tagged.scope === null && Object.hasOwn(LANGUAGE, tagged.name.toLowerCase()))
        return nameOf(renamed(release, notes), notes);
    // A generic package name ("@sveltejs/kit") is read like a generic repository, with its scope as the owner; where the
    // notes give no better name, it is the package's own, scope and all, as npm and its users write it
    // ("@keystone-6/core", "@monorepo-utils/package-utils", not "keystone-6/core" or "package-utils").
    if (tagged) {
        // A package named as its repository ("vuejs/pinia" tags "pinia@2.2.0") is the repository's product: its name
        // opens the post as the repository's would ("Pinia 2.2.0"); another package is written as code is.
        const own = tagged.scope === null && squash(tagged.name) === squash(release.repo) && !GENERIC.has(tagged.name.toLowerCase());
        const name = nameOf({ ...release, owner: tagged.scope ?? release.owner, repo: tagged.name }, notes, own);
        return tagged.scope && (name === `${tagged.scope}/${tagged.name}` || name === tagged.name) ? `@${tagged.scope}/${tagged.name}` : name;
    }
    return nameOf(renamed(release, notes), notes);
}
/**
 * The release under the repository name its notes' heading links to ("## [1.9.0](https://github.com/googleapis/
 * mcp-toolbox/compare/…)" in googleapis/genai-toolbox): the notes were written under that name, and GitHub redirects a
 * renamed repository's old links. Only the owner's own repository counts: a fork's notes link upstream.
 */
function renamed(release, notes) {
    const heading = /^[ \t]*(?:#{1,6}[ \t]+)?\[[^\]\n]*\]\(https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:compare|releases\/tag|tree)\//u.exec(notes.replace(/^\uFEFF/u, "").trimStart().slice(0, 512));
    const [owner, repo] = [heading?.[1], heading?.[2]];
    if (!owner || !repo || owner.toLowerCase() !== release.owner.toLowerCase() || repo.toLowerCase() === release.repo.toLowerCase())
        return release;
    return { ...release, repo };
}
// Words that say what kind of software a repository holds, not whose or for which framework.
const project_name_KIND_WORDS = new Set("server client sdk api cli core kit lib app ui web tools utils plugin service".split(" "));
/** A name made only of such words ("server-sdk", "client-api"): it says which kind of thing, not whose. */
const onlyGeneric = (repo) => {
    const parts = repo.toLowerCase().split(/[-_.]+/u);
    return parts.length > 1 && parts.every((part) => project_name_KIND_WORDS.has(part));
};
// `capitalised`: a repository's one-word name may open capitalised; a package's (a tag's) is written as code is.
function nameOf(release, notes, capitalised = true) {
    // An Apache podling's repository ("apache/incubator-seata") is named for the project after its "incubator-".
    // A JavaScript library's repository often says "for Node.js" in its name ("google-auth-library-nodejs") where its
    // package, the name its users install and write, does not.
    const repo = release.repo.trim().replace(/^incubator[-_](?=[\p{L}\p{N}])/iu, "").replace(/^([\p{L}\p{N}]+[-_][\p{L}\p{N}][\w-]*)[-_]node(?:js)?$/iu, "$1");
    const fromTitle = nameInTitle(release);
    if (fromTitle && (!repo || squash(fromTitle) === squash(repo) || squash(fromTitle).includes(squash(repo))))
        return fromTitle;
    if (!repo)
        return fromTitle || release.owner;
    // A name too short or too common to say which project it is ("x", "core", "cli") goes with its owner; a two-letter
    // one the notes call the product by ("jj", "k6": a command's name) or its owner begins with ("jj-vcs") does not.
    // The repository's description, where the door knows it, writes the name as its people do ("SQLDelight - …").
    const text = `${release.name}\n${release.about ?? ""}\n${notes}`;
    const short = repo.length === 1 || (repo.length === 2 && !squash(release.owner).startsWith(squash(repo)) && timesWritten(text, repo) < 2);
    const generic = (GENERIC.has(repo.toLowerCase()) || short || onlyGeneric(repo) || languageTool(repo, release.owner) !== null) && release.owner;
    if (generic)
        return ownerSpelling(text, release.owner, repo) ?? ownersTool(text, release.owner, repo) ?? withThisVersion(text, repo, release.version) ?? (capitalised ? ownersPart(release.owner, repo) : null) ?? ownerOfWhole(text, release.owner, repo) ?? `${release.owner}/${repo}`;
    // A repository named for the tail of its owner's name ("Homebrew/brew"): the product is the owner's name where the
    // notes call it so.
    const owner = squash(release.owner);
    const ownerName = owner.length > squash(repo).length && owner.endsWith(squash(repo)) ? spellingIn(text, release.owner) : null;
    // The notes' title names the product before its version as they spell it ("## Gin v1.12.0" beside "feat(gin): …").
    const titled = nameInNotesTitle(notes, release.version);
    const longTitle = nameInNotesTitle(notes, release.version, 5);
    const ownTitle = titled && squash(titled) === squash(repo) ? titled : longTitle && abbreviates(repo, longTitle) ? longTitle : null;
    // A repository named for the tail of its owner ("Homebrew/brew") keeps its slug; one named like its owner
    // ("guzzle/guzzle") is the owner's one product, named as a product is.
    const tail = owner !== squash(repo) && owner.endsWith(squash(repo));
    return ownerName ?? nameBeforeVersion(notes, release.owner, repo, release.version) ?? ownTitle ?? spellingIn(text, repo) ?? jsLibrary(text, repo) ?? firstWord(text, repo) ?? (!capitalised || tail ? repo : unwritten(text, repo));
}
// Endings a repository's name adds to the product's to say what kind of thing it holds ("fish-shell", "gleam-lang",
// "foo-js"): not part of the name its readers say. A language's whole name ("opentelemetry-go", "foo-sdk-python") and
// a tool ("cli", "sdk") say which of the product's implementations it is, and stay as words ("OpenTelemetry Go").
const KIND_SUFFIX = new Set("shell lang app js ts py rs rb".split(" "));
const LANGUAGE_SUFFIX = new Set("go golang python rust ruby java kotlin swift php dotnet node".split(" "));
/** "fish" for "fish-shell", "OpenTelemetry Go" for "opentelemetry-go": a repository named for its product plus kind
 *  endings, where the notes call the product by its first part, as a word of its own, several times (spelt as they
 *  spell it); null otherwise. */
function firstWord(text, repo) {
    const [first = "", ...rest] = repo.toLowerCase().split(/[-_]/u);
    const known = (part) => KIND_SUFFIX.has(part) || LANGUAGE_SUFFIX.has(part) || TOOL_ACRONYM.has(part);
    if (rest.length === 0 || first.length < 2 || GENERIC.has(first) || !rest.every(known))
        return null;
    const written = spellingIn(text, first) ?? (timesWritten(text, first, false) >= 3 ? first : null);
    if (!written)
        return null;
    const words = [...rest.filter((part) => LANGUAGE_SUFFIX.has(part)).map((part) => LANGUAGE[part] ?? part), ...rest.filter((part) => TOOL_ACRONYM.has(part)).map((part) => part.toUpperCase())];
    return [written, ...words].join(" ");
}
/** "Commander.js" for "commander.js", where the notes write its stem so ("Commander 14 requires Node.js v20"): a
 *  JavaScript library named with its ".js" ending; null where they do not. */
function jsLibrary(text, repo) {
    const stem = /^(.{3,})\.js$/iu.exec(repo)?.[1];
    const spelling = stem ? spellingIn(text, stem) : null;
    return spelling ? `${spelling}.js` : null;
}
/**
 * Whether a repository's name is the title's product name in short: each of its parts is the next words' beginnings
 * ("gcal-group-switcher" for "Google Calendar Group Switcher": "g" + "cal", "group", "switcher"), every word used.
 */
function abbreviates(repo, name) {
    const parts = repo.toLowerCase().split(/[-_.]+/u).filter(Boolean);
    const words = name.toLowerCase().split(/[\s-]+/u).filter(Boolean);
    if (parts.length === 0 || words.length <= parts.length)
        return false;
    // Can parts[part..] spell words[word..], taking each part from the beginnings of one or more whole words?
    const spells = (part, word) => {
        if (part === parts.length)
            return word === words.length;
        const text = parts[part] ?? "";
        const fill = (at, next) => {
            if (at === text.length)
                return next > word && spells(part + 1, next);
            const current = words[next];
            if (!current)
                return false;
            for (let length = Math.min(current.length, text.length - at); length >= 1; length -= 1) {
                if (current.startsWith(text.slice(at, at + length)) && fill(at + length, next + 1))
                    return true;
            }
            return false;
        };
        return fill(0, word);
    };
    return spells(0, 0);
}
// How English words start: a vowel, a consonant before a vowel, or a cluster that English starts words with.
const SPOKEN_START = /^(?:[aeiouy]|[b-df-hj-np-tv-z][aeiouy]|[bcfgkp][lr]|[dt][rw]|s[chklmnpqtvw]|[cgpstw]h|qu|kn|wr)/u;
// Endings of a command's name, typed in lowercase: a terminal UI, an environment manager, a control or format tool; and
// a JavaScript library's ("formatjs"), written as its package is.
const TOOL_ENDING = /(?:ui|env|ctl|fmt|cli|js)$/u;
/**
 * A one-word repository name the people's words never write ("flask" in notes that only list changes) opens the post
 * as a name does in prose, capitalised: "Flask 2.1.3 is out!", not "flask". A name the notes write in lowercase keeps
 * it ("pnpm"), and so does a short one, as command names are ("bat", "fd", "jq"), and one with digits or separators.
 */
function unwritten(text, repo) {
    // A name without a vowel is said letter by letter ("httpx", "pnpm"), not as a word: it is no word to capitalise.
    // Nor is a tool's name built on a tool word ("gitui", "pyenv", "kubectl", "gofmt"): it is written as typed.
    // Nor is one that does not start as a spoken word does ("tmux", "ffmpeg", "rclone"), or a C library's ("libuv").
    const spoken = SPOKEN_START.test(repo) && !/^lib[a-z]{2}/u.test(repo);
    if (!/^[a-z]{4,}$/u.test(repo) || !/[aeiouy]/u.test(repo) || !spoken || TOOL_ENDING.test(repo) || timesWritten(text, repo, false) > 0)
        return repo;
    return `${repo[0]?.toUpperCase() ?? ""}${repo.slice(1)}`;
}

;// CONCATENATED MODULE: ./src/notes/quiet.ts

const ZERO_WIDTH_SPACE = "\u200B";
const ONE_DOT_LEADER = "\u2024";
/** Inserts a zero-width space after each offset (ascending). */
function insertAfter(text, offsets) {
    let result = "";
    let from = 0;
    for (const at of offsets) {
        result += text.slice(from, at + 1) + ZERO_WIDTH_SPACE;
        from = at + 1;
    }
    return result + text.slice(from);
}
function quietMentions(text) {
    if (!text.includes("@") && !text.includes("\uFF20"))
        return text;
    return insertAfter(text, (0,x_text/* mentionOffsets */.H)(text));
}
/** Links the network would make from text without a scheme: the last dot of each becomes a one dot leader, until
 *  none is left ("a.co.uk" needs two rounds). */
function quietBareDomains(text, rules) {
    // Only a dot between letters or digits can end a domain: most text has none and is not searched.
    if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(text))
        return text;
    let result = text;
    for (let round = 0; round < 6 && result.includes("."); round += 1) {
        const next = quietLastDots(result, rules);
        if (next === result)
            break;
        result = next;
    }
    return result;
}
const DOTTED_TAIL = /^(?:\.[\p{L}\p{N}_-]+)+/u;
/** Whether `at` stands inside a `code span`: an odd number of backticks before it. */
const inCodeSpan = (text, at) => (text.slice(0, at).match(/`/g)?.length ?? 0) % 2 === 1;
function quietLastDots(text, rules) {
    const dots = [];
    for (const [start, end] of rules.links(text)) {
        const link = text.slice(start, end);
        // A URL with its scheme is the notes' own link, unless it stands in code: an example ("`zellij attach
        // https://example.com/s`") that GitHub shows as text.
        const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(link)?.[0] ?? "";
        if (scheme && !inCodeSpan(text, start))
            continue;
        const address = link.slice(scheme.length);
        const host = /^[^/?#:]+/.exec(address)?.[0] ?? address;
        const dot = host.lastIndexOf(".");
        // A dotted name the link is only the head of ("structlog.dev.ConsoleRenderer"): every dot of it becomes a leader,
        // so the name reads the same throughout, not "structlog․dev.ConsoleRenderer".
        const rest = !scheme && host === link ? (DOTTED_TAIL.exec(text.slice(end))?.[0] ?? "") : "";
        if (rest)
            for (let at = text.indexOf(".", start); at !== -1 && at < end + rest.length; at = text.indexOf(".", at + 1))
                dots.push(at);
        else if (dot > 0)
            dots.push(start + scheme.length + dot);
    }
    if (dots.length === 0)
        return text;
    const chars = text.split("");
    for (const at of dots)
        chars[at] = ONE_DOT_LEADER;
    return chars.join("");
}
function quietTags(text) {
    return insertAfter(text, (0,x_text/* tagOffsets */.dK)(text));
}
/** Text from the notes, made safe for the network the post goes to. */
function quietText(text, rules) {
    const domainsQuiet = rules.linksBareDomains ? quietBareDomains(text, rules) : text;
    const tagsQuiet = rules.linksTags ? quietTags(domainsQuiet) : domainsQuiet;
    return rules.mentionsNotify ? quietMentions(tagsQuiet) : tagsQuiet;
}

;// CONCATENATED MODULE: ./src/notes/standout-changes.ts
// Changes a maintainer names before the small ones of their kind, though a generated list files them among them: a
// new kind of thing users can make or see (a diagram or chart type, a protocol, a new UI or look), a public name
// renamed (what called the old name breaks), and a fix that hardens input against injection. Pure word tests on one
// change's text; reach.ts decides where they stand.
// A new diagram, chart or graph type ("Add Wardley Maps diagram type", "add new TreeView diagram"), support for a
// protocol ("implement support for the kitty graphics protocol"). Not "add theme support for data label colour in xy chart": an option of a chart that
// exists. The same in Chinese, Japanese and Korean ("新增甘特图类型", "支持 kitty 图形协议", "新しいダイアグラム", "새로운 다이어그램").
const NEW_KIND_OF_THING = new RegExp([
    String.raw `\b(?:diagram|chart|graph|visuali[sz]ation|layout) types?\b`,
    String.raw `^(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new)\s+(?:an?\s+|the\s+)?(?:new\s+)?[\w-]+(?:\s[\w-]+)?\s+(?:diagrams?|charts?)(?:\s*\((?:beta|experimental|preview)\))?[.!]?$`,
    String.raw `\bnew\s+(?:[\w-]+\s+){0,2}(?:diagram|chart)s?\b`,
    String.raw `\b(?:support(?:s|ed|ing)?\s+(?:for\s+)?|implement(?:s|ed|ing)?\s+(?:support\s+for\s+)?)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+protocols?\b`,
    String.raw `(?:新增|新的|全新|支持)[^。，,；;]{0,20}?(?:图表类型|图类型|图表|协议)`,
    String.raw `(?:新しい|新規)[^。]{0,20}?(?:ダイアグラム|チャート|プロトコル)|(?:プロトコル|ダイアグラム)(?:に|を)?(?:対応|サポート|追加)`,
    String.raw `(?:새로운|신규)[^.]{0,20}?(?:다이어그램|차트|프로토콜)|(?:프로토콜|다이어그램)\s*(?:지원|추가)`,
].join("|"), "u");
const KIND_HINT = /diagram|chart|graph|visuali|layout|protocol|图|协议|ダイアグラム|チャート|プロトコル|다이어그램|차트|프로토콜/u;
/** True when a change adds a new kind of thing users make or see: a diagram or chart type, a protocol. */
function addsNewKind(text) {
    const lower = text.toLowerCase();
    return KIND_HINT.test(lower) && NEW_KIND_OF_THING.test(lower);
}
// A new UI or look: "new title-frames UI", "implement neo look for flowcharts", "全新界面", "新しい UI", "새로운 UI". What
// every user sees, after a new kind of thing (one look is often said once per diagram it reaches).
const NEW_LOOK = /\bnew\s+(?:[\w-]+\s+){0,2}(?:ui|look|interface|design)\b|\b[\w-]+ look (?:styling |support )?(?:for|and|to)\b|(?:新的|全新)[^。，,；;]{0,10}?(?:界面|ui|外观)|(?:新しい|新規)[^。]{0,10}?(?:ui|デザイン|外観)|(?:새로운|신규)[^.]{0,10}?(?:ui|디자인)/u;
/** True when a change brings a new UI or look. */
function bringsNewLook(text) {
    const lower = text.toLowerCase();
    return /ui|look|interface|design|界面|外观|デザイン|外観|디자인/u.test(lower) && NEW_LOOK.test(lower);
}
// A name in code renamed to another: "Rename execute_sql_dql to execute_sql_readonly", "`getFoo` renamed to `getBar`",
// "`a.b` → `a.c`", "将 `foo` 重命名为 `bar`", "`foo` を `bar` に名前変更", "`foo`의 이름을 `bar`로 변경". Both sides read as
// code: a backtick, a dot, an underscore, "::" or a lower-then-upper letter. (Not "Rename the Settings page to
// Preferences": words, not a name users call.)
const CODE_NAME = String.raw `(?:\x60[^\x60\s]+\x60|[\w$-]*(?:_|\.|::|[a-z][A-Z])[\w$.:-]*)`;
const RENAMED = new RegExp([
    String.raw `\b[Rr]enam(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?${CODE_NAME}(?:\s+[\w-]+)?\s+(?:to|into|as)\s+(?:the\s+)?${CODE_NAME}`,
    String.raw `${CODE_NAME}(?:\s+[\w-]+)?\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+)?renamed\s+(?:to|as)\s+${CODE_NAME}`,
    String.raw `${CODE_NAME}\s*(?:重命名|更名|改名)为\s*${CODE_NAME}`,
    String.raw `${CODE_NAME}\s*(?:を|の名前を)\s*${CODE_NAME}\s*(?:に|へ)(?:名前)?(?:変更|改名|リネーム)`,
    String.raw `${CODE_NAME}\s*(?:의\s*이름을|을|를)\s*${CODE_NAME}\s*(?:으로|로)\s*(?:이름\s*)?변경`,
].join("|"), "u");
/** True when a change renames a name in code (a function, tool, option or type) to another. */
function renamesPublicName(text) {
    if (!/renam|重命名|更名|改名|変更|リネーム|변경/iu.test(text))
        return false;
    return RENAMED.test(text);
}
// A fix that keeps hostile input out: injection, escaping of specials or control characters, a bypass closed ("stop a
// header key callback from injecting", "keep control chars out of header values", "escape specials in List-* header
// comments", "修复 redirect 参数绕过校验", "ヘッダーインジェクション", "우회"). Not dependency injection, a design
// pattern, nor code a build injects ("inject `;` between statements"). Named before other fixes: users upgrade for it.
const HARDENING = /(?<!\bdependency[ -])\binjections?\b|\bfrom injecting\b|\bsanitiz\w*|\bsanitis\w*|\b(?:xss|csrf|ssrf|xxe|ssti)\b|\brequest smuggling\b|\bpath traversal\b|\bcontrol char(?:acter)?s? out\b|\bescape[sd]?\s+(?:the\s+)?(?:specials?|special char(?:acter)?s|control char(?:acter)?s)\b|\bbypass(?:es|ed|ing)?\s+(?:(?:the|an?)\s+)?(?:[\w`/-]+\s+){0,3}(?:checks?|validation|auth\w*|verification|allow-?lists?|whitelists?|permissions?|sandbox)\b|(?<!依赖)注入|绕过|越权|(?<!依存性)インジェクション|バイパス|(?<!의존성 )인젝션|우회/u;
const HARDENING_HINT = /inject|saniti|xss|csrf|ssrf|xxe|ssti|smuggl|travers|control char|escape|bypass|注入|绕过|越权|インジェクション|バイパス|인젝션|우회/u;
/** True when a fix hardens the project against hostile input (injection, control characters, a check bypassed). */
function hardensInput(text) {
    const lower = text.toLowerCase();
    return HARDENING_HINT.test(lower) && HARDENING.test(lower);
}
// The class of attack a security fix closes, by name: remote code execution, injection, a check bypassed, unsafe
// deserialization, privilege escalation ("Jackson DefaultTyping 多态反序列化 RCE", "`redirect` 参数绕过 `allow-url` 校验").
// A tag alone ("漏洞修复：", "Security fix:", "[security]") says a hole was closed, not which: such fixes come after.
const ATTACK_CLASS = /\b(?:rce|xss|csrf|ssrf|xxe|redos|remote code execution|(?<!dependency |constructor |property |field )injection|cross[- ]site|path traversal|directory traversal|privilege escalation|denial[- ]of[- ]service|open redirect|request smuggling|session fixation|prototype pollution|deserializ\w*|bypass(?:es|ed|ing)?|sandbox escape|use[- ]after[- ]free|(?:buffer|heap|stack) overflow)\b|远程代码执行|(?<!依赖)注入|绕过|越权|反序列化|跨站|提权|任意(?:代码|命令|文件)|任意のコード|インジェクション|バイパス|デシリアライ[ズゼ]|権限昇格|원격 코드 실행|인젝션|우회|역직렬화|권한 상승/u;
const ATTACK_HINT = /rce|xss|csrf|ssrf|xxe|redos|remote|inject|cross|travers|escalat|denial|redirect|smuggl|fixation|pollut|deserial|bypass|sandbox|after|overflow|执行|注入|绕过|越权|反序列化|跨站|提权|任意|インジェクション|バイパス|デシリアライ|権限|실행|인젝션|우회|역직렬화|권한/u;
/** True when a security fix names the class of attack it closes, not only that it is one. */
function namesAttack(text) {
    const lower = text.toLowerCase();
    return ATTACK_HINT.test(lower) && ATTACK_CLASS.test(lower);
}

;// CONCATENATED MODULE: ./src/notes/reach.ts
// How many users a change reaches, among changes of one kind and standing. Notes order says little of importance: a
// generated list sorts by scope or merge time, a hand-kept changelog by when each line was written. A new driver,
// command, option or API is what a maintainer would name first, before small tweaks of what exists. Work on the project's own repository (its workspaces, scripts,
// README) reaches no user wherever it stands, whatever section the notes filed it under.



// The repository's own set-up: its workspaces, CI, README, docblocks, sponsors, release tooling.
const OWN_REPOSITORY = new RegExp(String.raw `\b(?:workspaces?|monorepo|devDependenc(?:y|ies)|readme|docblocks?|sponsors?|${PEOPLE_LISTS}|(?:ci|github actions?) (?:workflows?|jobs?|config(?:uration)?)|release (?:notes|script|workflow|process)|${OWNERSHIP_FILES}|issue templates?|${REPOSITORY_DOTFILES}|${CI_TOOLS}|(?:${TEST_SUITES}) tests?)\b|${LICENCE_HEADERS}|${TEMPLATES_CJK}`, "iu");
// A new way in for users: a driver, adapter, backend, engine or database; a new command, subcommand, option, flag or
// API ("Add a `--group` option", "new `pip lock` command", "Support GoldenDB database"); a name in code added to
// another ("add `skipIceCandidateEvent` to `ConnectionOptions`"). The same in Chinese, Japanese and Korean ("支持GoldenDB
// 数据库", "`ConnectionOptions` に `skipIceCandidateEvent` を追加する", "`--json` 옵션 추가").
const WAY_IN_NOUN = String.raw `(?:drivers?|adapters?|backends?|dialects?|engines?|databases?|(?:sub)?commands?|options?|flags?|apis?|endpoints?)`;
const NEW_WAY_IN = new RegExp([
    String.raw `^(?:add(?:s|ed)?|introduc(?:e|es|ed)|implement(?:s|ed)?|new|support(?:s|ed)?)\b[^.;]{0,80}?\b${WAY_IN_NOUN}\b`,
    // Under an "Added" heading the verb is the heading's: "Option `cursor.thickness` to set …", "`lock` subcommand".
    // (Not "`upgrade` options `--spec` were removed": what goes is no way in.)
    String.raw `^(?![^.]*\b(?:removed|dropped|deprecated|renamed|no longer)\b)(?:(?:new\s+)?${WAY_IN_NOUN}\s+\x60[^\x60]+\x60|\x60[^\x60]+\x60\s+(?:sub)?(?:commands?|options?|flags?)\b)`,
    String.raw `^(?:add(?:s|ed)?|expose[sd]?)\s+(?:a\s+|an\s+|the\s+|new\s+)*\x60[^\x60]+\x60\s+(?:to|in|on)\s+(?:the\s+)?\x60[^\x60]+\x60`,
    String.raw `^(?:支持|新增|增加|添加|引入)[^。，,；;]{0,30}?(?:数据库|驱动|方言|适配器|引擎|命令|子命令|选项|参数|接口|API)`,
    String.raw `^\x60[^\x60]+\x60\s*(?:に|へ)\s*\x60[^\x60]+\x60\s*(?:を)?追加|(?:コマンド|サブコマンド|オプション|API|ドライバ|データベース)[^。]{0,20}?(?:を)?(?:追加|サポート)`,
    String.raw `(?:명령|명령어|옵션|API|드라이버|데이터베이스)[^.]{0,20}?(?:추가|지원)`,
].join("|"), "iu");
// A new type or module by its qualified name, capitalised as types are, that the release's other changes build on: "add
// Ash.Type.Range and the range_overlaps expression", "Introduce `Temporal.Span`", "New `Money::Rate` type". (Case
// counts: "New `test.each` placeholder" extends what exists.)
const NEW_TYPE = /^(?:[Aa]dd(?:s|ed)?|[Ii]ntroduc(?:e|es|ed)|[Nn]ew)\s+(?:(?:a|an|the|new)\s+)*\x60?[A-Z]\w*(?:(?:\.|::)[A-Z]\w*)+\x60?(?=[\s,.;:]|$)/u;
// Words that name no change a user could find: "Internal improvements", "Minor improvements", "various fixes",
// "内部ロジックを改善しました", "내부 로직을 개선하였습니다", "性能优化" alone. Last among their kind.
const FILLER = /^(?:(?:internal|minor|small|general|various|misc(?:ellaneous)?|other|some)\s+(?:improvements?|enhancements?|fixes|bug ?fixes|changes|tweaks|optimi[sz]ations?|updates?)(?:\s+and\s+(?:improvements?|fixes|bug ?fixes|changes))?|性能优化|优化(?:了)?(?:一些|部分)?(?:细节|体验)|内部(?:の)?(?:ロジック|処理|実装)(?:を)?(?:改善|改良|最適化|修正)(?:しました|します|した)?|내부\s*(?:로직|처리|구현)(?:을|를)?\s*(?:개선|수정|최적화)(?:했습니다|하였습니다|합니다|함|됨)?)[.。!]?$/iu;
// Words that only point at a reference users cannot read from the post: "implement requirement 1.6.2", "Resolve
// ticket JIRA-1234", "fixes #412", "实现需求 3.2". What changed is behind the reference: last among their kind.
const OPAQUE = /^(?:(?:implement(?:s|ed)?|satisf(?:y|ies|ied)|meet(?:s)?|address(?:es|ed)?|fulfill?(?:s|ed)?|compl(?:y|ies|ied) with|conform(?:s|ed)? to|resolve[sd]?|fix(?:es|ed)?|close[sd]?|handle[sd]?)\s+)?(?:the\s+)?(?:spec(?:ification)?\s+)?(?:requirements?|reqs?|sections?|rules?|items?|points?|issues?|tickets?|tasks?|stor(?:y|ies)|bugs?|clauses?|gh|jira)?\s*[#]?(?:[A-Z][A-Z\d]*-)?\d+(?:\.\d+)*[.!]?$|^(?:实现|满足|完成)(?:了)?(?:需求|要求|规范)\s*[#]?[\d.]+[。.]?$/iu;
// A fault that loses or locks users' work: a deadlock, lost or corrupted data, a transaction that cannot roll back ("Fix
// deadlock in the pool", "修复tcc fence死锁", "修复Postgres的XA模式事务超时无法回滚问题"). Named before other fixes.
const SEVERE_FAULT = /\b(?:deadlocks?|data (?:loss|corruption)|(?:lost|corrupt(?:ed)?) data|rollbacks? fail(?:s|ed|ures?)?|fail(?:s|ed|ures?)? to roll ?back)\b|死锁|数据(?:丢失|损坏)|回滚失败|无法(?:正常)?回滚|デッドロック|データ(?:の)?(?:消失|破損|損失)|교착|데이터\s*(?:손실|손상)/iu;
// A change that only adds or edits an example, a demo or a page of docs, though filed as a feature or tagged important:
// "Add Spring Boot 4 example", "新增 SSO Client Spring Boot 4 示例", "OAuth2 章节补充 … 说明", "サンプルを追加", "예제 추가".
// What users run is the library; a plugin shipped "with examples" (插件及示例) is the plugin.
const DOCS_OR_DEMO = new RegExp([
    String.raw `^(?:(?:add(?:s|ed)?|new|update[sd]?|improve[sd]?|more)\s+)?(?:(?:an?|the|more|new)\s+)*(?:[\w\x60./-]+\s+){0,5}(?:examples?|demos?|samples?|tutorials?)[.!]?$`,
    String.raw `^(?![^。]*(?:插件|模块|功能|组件)(?:及|和|与))[^，,；;。]{0,80}(?:示例|样例|演示|教程|章节[^，,；;。]{0,40}说明)[。.]?$`,
    String.raw `(?:サンプル|デモ|チュートリアル)(?:コード)?(?:を)?(?:追加|更新)|(?:예제|데모|튜토리얼)\s*(?:를|을)?\s*(?:추가|업데이트)`,
].join("|"), "u");
const DOCS_OR_DEMO_HINT = /example|demo|sample|tutorial|示例|样例|演示|教程|章节|サンプル|デモ|チュートリアル|예제|데모|튜토리얼/u;
const docsOrDemo = (text) => {
    const lower = text.toLowerCase().replace(/^[^\s:：]{1,6}[:：]\s*/u, "");
    return DOCS_OR_DEMO_HINT.test(lower) && DOCS_OR_DEMO.test(lower.trim());
};
/**
 * A change's reach among `changes` (all the notes' listed changes): -1 for one the notes mark as important, -0.5 for a
 * new kind of thing (a diagram type, a protocol) or a public name renamed, -0.25 for a new UI or look, 0 for a listed new way in, a fix
 * that hardens input against injection or a fix of a fault that loses or locks users' work, 2 for work on the repository itself or an example, demo or docs page, 3 for filler that names no change or only a reference, 1 for the rest. Where many changes speak of workspaces and lockfiles, they are what
 * the project is about (a package manager), not its housekeeping: then none is set back.
 */
function reachAmong(changes) {
    const listed = changes.filter((change) => !change.prose);
    const own = listed.filter((change) => OWN_REPOSITORY.test(change.text)).length;
    const housekeeping = own <= Math.max(1, Math.floor(listed.length / 5));
    return (change) => {
        if (change.prose)
            return 1;
        // An example or a docs page the notes tag important still adds nothing users run: after the features.
        if (docsOrDemo(change.text))
            return 2;
        if (change.important === true)
            return -1;
        if (FILLER.test(change.text.trim()) || OPAQUE.test(change.text.trim()))
            return 3;
        if (housekeeping && OWN_REPOSITORY.test(change.text))
            return 2;
        // A new kind of thing (a diagram type, a protocol) or a new UI is the release's point, more than an option added to
        // what exists; a renamed public name breaks its callers.
        if (addsNewKind(change.text) || renamesPublicName(change.text))
            return -0.5;
        if (bringsNewLook(change.text))
            return -0.25;
        return NEW_WAY_IN.test(change.text) || NEW_TYPE.test(change.text) || SEVERE_FAULT.test(change.text) || hardensInput(change.text) ? 0 : 1;
    };
}
// What only the repository's CI runs, named: mending it is no fix users get ("修复codecov token找不到…", "CIの設定を更新").
const TOOLING_WORDS = String.raw `\b(?:${CI_TOOLS})\b|${CI_NAMED}`;
const TOOLING = new RegExp(TOOLING_WORDS, "iu");
// The project's own build and release plumbing, named by what only it runs: its CI workflows and their actions, build
// caches, version-bump and release tooling, tests, refactors, licence headers and the comments in its code. ("Fix crash
// when run in CI" is a fix users get: fixes are read only for the tooling below.) In Chinese, Japanese and Korean too:
// "增加license header信息", "CIの設定を更新", "테스트 추가", "重构…", "删除前端构建的静态代码".
const CHORE = new RegExp([
    String.raw `\b(?:ci|release|build|publish|deploy|docker|image|github|nightly|test)\s+workflows?\b|\bworkflows?\s+(?:refactors?|tweaks?|files?|fix(?:es)?|clean-?ups?)\b`,
    String.raw `\b(?:actions\/[\w-]+|(?:upload|download)-artifact|${CI_TOOLS}|all-contributors)\b`,
    String.raw `\b(?:go|build|npm|pnpm|yarn|cargo|gradle|maven|ci)\s+cache\b|\b(?:${PEOPLE_LISTS}|${OWNERSHIP_FILES}|issue templates?|${REPOSITORY_DOTFILES})\b|${TEMPLATES_CJK}`,
    String.raw `^(?:refactor(?:s|ed|ing)?|code (?:clean-?up|style)|clean-?up)\b|\brefactors?\s+(?:and|&)\s+tweaks\b`,
    // An agent's skill or prompt for the repository's own reviews, triage or releases ("Add review-prs skill").
    String.raw `\b(?:review|triage|pull[- ]requests?|prs?|issues?|commits?|releases?|changelog)[\w-]*\s+(?:agent\s+)?(?:skills?|prompts?)\b`,
    // "Add tests for the queue", "add more tests", "Add e2e tests": tests of the project. ("Add test execution time to
    // the report" is a coverage tool's feature.)
    String.raw `^(?:add(?:s|ed)?|improve[sd]?|update[sd]?|fix(?:es|ed)?|increase[sd]?)\s+(?:more\s+|missing\s+|some\s+)?(?:(?:${TEST_SUITES})\s+tests?\b|tests?\s+(?:for|to|of|on|covering)\b|tests[.!]?$)`,
    // Licence headers on its source files, the comments in its code ("Docblocks to comments", "Fix typos in code
    // comments"), and files its build made that were kept in the repository.
    LICENCE_HEADERS,
    // (Not "Support numpy docstrings": a docs tool's or linter's feature.)
    String.raw `^(?![^.]*\b(?:support|pars|render|format|lint|check|rule|detect|generat|extract)\w*)[^.]*(?:\bdoc ?blocks?\b|\bdocstrings?\b|\b(?:code|inline|source) comments?\b|\btypos? in (?:the )?comments\b)|(?:代码|源码)注释|^(?:优化|修正|更新|补充|完善|修复)(?:了)?(?:部分|一些)?注释|(?:ソース)?コードコメント|코드\s*주석`,
    String.raw `^(?:删除|移除|清理|去掉)(?:了)?[^。，,]{0,10}?(?:构建|打包|编译)(?:产物|生成|出来)?的?(?:静态)?(?:代码|文件|资源)|^(?:remove[sd]?|delete[sd]?)\s+(?:the\s+)?(?:built|compiled|generated)\s+(?:static\s+)?(?:files|assets|code|bundles?)\s+from\s+(?:the\s+)?(?:repo(?:sitory)?|git)\b`,
    String.raw `^(?:更新|优化|统一)[^。，,]{0,10}?\s*licen[cs]e\s*$`,
    String.raw `^(?:重构|リファクタ(?:リング)?|리팩(?:토|터)링)`,
    String.raw `^(?:增加|添加|新增|补充|完善|优化|修复|更新)[^。；;]{0,40}?(?:单元测试|单测|测试用例|测试覆盖)|テスト(?:コード|ケース)?(?:を)?(?:追加|修正|更新|改善)|테스트\s*(?:코드|케이스)?\s*(?:를|을)?\s*(?:추가|수정|업데이트|개선)`,
    TOOLING_WORDS,
].join("|"), "iu");
// Kinds whose lines may be the repository's own upkeep filed under the release's changes.
const MAY_BE_CHORE = new Set(["feature", "change", "other", "removal"]);
/**
 * Which of `changes` are the repository's upkeep, not the product's: its CI, build and release tooling, tests and
 * refactors, its contributors list. (Not workspaces: "add --monorepo flag" is a CLI's feature.) A maintainer counts them and
 * never spends a line on them. Where they are most of two or more such lines, they are what the project is about: then
 * none is.
 */
function choresAmong(changes) {
    // Read among what users may get: README and CI lines already filed as docs or housekeeping say nothing of the product.
    const listed = changes.filter((change) => !change.prose && !isNoise(change.kind));
    const chore = (change) => !change.prose &&
        change.important !== true &&
        // "重构`API`接口响应格式" in a 7.0.0 reworks what users call: the notes' "重构" does not make it upkeep.
        change.weighty !== true &&
        // A refactor that tells users to leave an API ("重构 … 不再建议使用 IService") is news for them, not upkeep.
        ((MAY_BE_CHORE.has(change.kind) && CHORE.test(change.text) && !ADVISES_AGAINST.test(change.text)) || (change.kind === "fix" && TOOLING.test(change.text)));
    const count = listed.filter(chore).length;
    // One line beside the bumps and docs is no sign of what the project is about: a CI fix there makes a maintenance
    // release ("修复 CI 配置" with two dependency updates), not its headline.
    if (listed.length > 1 && count * 2 > listed.length)
        return () => false;
    return chore;
}
// A fix's scope ("inherit: type generation") and the files it is about (".DS_Store", "Thumbs.db"). (Not a name in
// code: two fixes of `int` parsing are two fixes.)
const reach_SCOPE = /^([\w@$./-]{1,40}):\s+\S/u;
const SUBJECT = /(?:^|[\s(`])(\.[A-Za-z][\w-]*(?:\.[\w-]+)*|[\w-]+\.(?:json|ya?ml|toml|lock|cfg|ini|conf|db|log|plist))(?=[\s),.;:`]|$)/gu;
/** How many fixes of one scope a post names: the rest are counted. */
const PER_SCOPE = 2;
/**
 * Fixes that say again what another fix of the notes says: past the first two of a scope that many fixes share (four
 * "inherit:" fixes) without being the package most fixes are in, and a second fix about the same file (two
 * ".DS_Store" fixes). A maintainer names a few and counts the rest; `entries` in the notes' order.
 */
function nearDuplicates(entries) {
    const fixes = entries.filter((entry) => !entry.prose && entry.kind === "fix" && entry.important !== true);
    const scopes = new Map();
    for (const fix of fixes) {
        const scope = reach_SCOPE.exec(fix.text)?.[1]?.toLowerCase();
        if (scope === undefined)
            continue;
        const same = scopes.get(scope);
        if (same)
            same.push(fix);
        else
            scopes.set(scope, [fix]);
    }
    const again = new Set();
    for (const same of scopes.values())
        if (same.length > PER_SCOPE && same.length * 2 <= fixes.length)
            for (const fix of same.slice(PER_SCOPE))
                again.add(fix);
    const subjects = new Set();
    for (const fix of fixes) {
        const named = [...fix.text.matchAll(SUBJECT)].map((match) => (match[1] ?? "").toLowerCase()).filter((name) => name !== "");
        if (named.length > 0 && named.every((name) => subjects.has(name)))
            again.add(fix);
        for (const name of named)
            subjects.add(name);
    }
    return again;
}

;// CONCATENATED MODULE: ./src/notes/template.ts
// Post templates: parsing {placeholder} syntax and rendering with values, collapsing whatever an empty value leaves.


const PLACEHOLDERS = ["version", "tag", "name", "repo", "owner", "url", "notes"];
const template_isPlaceholder = (name) => PLACEHOLDERS.includes(name);
const LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(" ");
function templateError(message) {
    return new errors/* ReleaseTweetError */.be("ETEMPLATE", message, `Use only the placeholders ${LIST}; write {{ and }} for literal braces.`, { docs: "templates" });
}
/** Splits a template into text and placeholders. `{{` and `}}` are literal braces; a lone `}` is literal too. */
function template_parseTemplate(template) {
    if (typeof template !== "string")
        throw templateError(`The template must be text, not ${typeof template}.`);
    const source = sanitizeText(template);
    if (source.trim() === "")
        throw templateError("The template is empty.");
    const parts = [];
    const uses = Object.fromEntries(PLACEHOLDERS.map((name) => [name, 0]));
    let text = "";
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        if (char === "{" && source[index + 1] === "{") {
            text += "{";
            index += 2;
        }
        else if (char === "}" && source[index + 1] === "}") {
            text += "}";
            index += 2;
        }
        else if (char === "{") {
            const close = source.indexOf("}", index + 1);
            const nextOpen = source.indexOf("{", index + 1);
            if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
                const excerpt = source.slice(index, index + 20).split("\n")[0] ?? "";
                throw templateError(`The template has an unclosed '{' at "${excerpt}" (character ${index + 1}).`);
            }
            const name = source.slice(index + 1, close);
            if (!template_isPlaceholder(name))
                throw templateError(`The template uses an unknown placeholder {${name}}.`);
            if (text)
                parts.push({ kind: "text", text });
            text = "";
            parts.push({ kind: "placeholder", name });
            uses[name] += 1;
            index = close + 1;
        }
        else {
            text += char;
            index += 1;
        }
    }
    if (text)
        parts.push({ kind: "text", text });
    return { parts, uses };
}
// Lone surrogates mark where values go while the skeleton is tidied: sanitizeText turns any lone
// surrogate in user text into U+FFFD, so these can only be ours.
const GONE = "\uD800";
const SLOT = "\uDBFF";
const template_SEPARATOR = "[\u2014\u2013\\-\u00B7|:,\u2022]";
const template_EMPTY_BRACKETS = new RegExp(`[(\\[<]\\s*((?:${GONE}\\s*)+)[)\\]>]`, "gu");
const DANGLING_AT_END = new RegExp(`[ \\t]*${template_SEPARATOR}[ \\t]*((?:${GONE}[ \\t]*)+)(?=\\n|$)`, "gu");
const DANGLING_AT_START = new RegExp(`(^|\\n)([ \\t]*(?:${GONE}[ \\t]*)+)${template_SEPARATOR}[ \\t]*`, "gu");
const DOUBLED = new RegExp(`[ \\t]*${template_SEPARATOR}[ \\t]*(?:${GONE}[ \\t]*)+(?=${template_SEPARATOR})`, "gu");
// "{version}: {notes} ({url})" without notes: the lead-in goes with the value.
const template_LEAD_IN = new RegExp(`[ \\t]*(?:[:,]|[ \\t][\u2014\u2013\u00B7|\u2022-])[ \\t]+(?=${GONE})`, "gu");
const GONE_RUN = new RegExp(`[ \\t]*(?:${GONE}[ \\t]*)+`, "gu");
/**
 * Fills the template. An empty value takes with it the brackets around it and the separator it would leave
 * dangling ("({tag})", "{name} — ", ": {notes}"), so no "()", " — " or double blank line remains.
 * `present` lists placeholders to treat as filled even when empty (used to measure the fixed parts).
 */
function renderTemplate(template, values, present = []) {
    const filled = [];
    let skeleton = "";
    for (const part of template.parts) {
        if (part.kind === "text")
            skeleton += part.text;
        else if (values[part.name] !== "" || present.includes(part.name)) {
            skeleton += SLOT;
            filled.push(values[part.name]);
        }
        else
            skeleton += GONE;
    }
    skeleton = skeleton
        .replace(template_EMPTY_BRACKETS, "$1")
        .replace(DOUBLED, " ")
        .replace(DANGLING_AT_END, "$1")
        .replace(DANGLING_AT_START, "$1$2")
        .replace(template_LEAD_IN, " ")
        .replace(GONE_RUN, (run, offset, whole) => {
        const before = whole[offset - 1];
        const after = whole[offset + run.length];
        const inside = before !== undefined && after !== undefined && !/\s/u.test(before) && !/\s/u.test(after);
        return inside ? " " : "";
    })
        .replace(/[ \t]+(?=\n|$)/g, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    let next = 0;
    return skeleton.replace(new RegExp(SLOT, "gu"), () => filled[next++] ?? "");
}

;// CONCATENATED MODULE: ./src/notes/setup-breaks.ts
// How hard a breaking change hits a running setup, for ranking breaking changes among themselves: one that makes a
// service fail at startup comes first, then one that takes away a config key, option, endpoint or API, or tells users
// what they must now change or migrate, and last one that only changes behaviour ("Schedule all workloads … instead of
// dropping …") or internals. A reader of the first post must see what stops their deployment. Pure word tests.
// A setup that stops: "agents with the removed key now fail at startup", "refuses to start", "will not boot".
const FAILS_TO_START = /\b(?:fail(?:s|ed)?|crash(?:es|ed)?|abort(?:s|ed)?|exit(?:s|ed)?)\s+(?:(?:at|on|during)\s+(?:start-?up|boot|launch|start)|to\s+(?:start|boot|launch|load))\b|\b(?:refuses?|will\s+not|won'?t|cannot|can'?t)\s+(?:start|boot|launch)\b|起動(?:に失敗|しなく|できなく)|启动(?:失败|时失败|时报错)|无法启动|시작(?:에 실패|되지 않|할 수 없)|기동(?:에 실패|되지 않)/iu;
// What was taken away or must change: a config key, option, flag, setting, endpoint, API or field removed or replaced;
// users who "must now" do something, or "must move / migrate"; something read or accepted no longer.
const TAKES_AWAY = /\b(?:remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|delet(?:e|es|ed))\b[^.;]{0,80}?\b(?:config(?:uration)?\s+(?:keys?|options?|fields?|scopes?|settings?)|keys?|options?|flags?|settings?|endpoints?|apis?|fields?|routes?|commands?|parameters?|drivers?|adapters?|backends?|plugins?|modules?|packages?)\b|\b(?:config(?:uration)?\s+)?(?:key|option|flag|setting|field|endpoint|parameter)\s+`[^`]+`\s+(?:is|has\s+been|was)\s+(?:now\s+)?(?:removed|replaced|renamed|dropped)\b|\bthe\s+removed\s+(?:key|option|flag|setting|field)\b|\b(?:must|need\s+to|have\s+to)\s+(?:now\s+)?(?:also\s+)?(?:pass|move|migrate|set|update|read|change|rename|use|switch|replace|add|re-?configure)\b|\bmust\s+(?:now\s+)?be\s+(?:migrated|changed|updated|renamed|moved|replaced|re-?configured)\b|\brenam(?:e|es|ed|ing)\b|\bno\s+longer\s+(?:reads?|accepts?|loads?|honou?rs?|supports?|recogni[sz]es?)\b/iu;
// A failure the change ends, not one it brings: "the agent no longer fails at startup when the key is missing".
const NO_LONGER_FAILS = /\b(?:no\s+longer|never|not|nor)\s+(?:\w+\s+){0,2}?(?:fail(?:s|ed)?|crash(?:es|ed)?|abort(?:s|ed)?|exit(?:s|ed)?)\s+(?:(?:at|on|during)\s+\S+|to\s+\S+)/giu;
/** 2 when a breaking change says a setup fails to start, 1 when it takes away config or API or says what users must
 *  change, 0 otherwise. */
function setupBreakage(text) {
    if (FAILS_TO_START.test(text.replace(NO_LONGER_FAILS, "")))
        return 2;
    return TAKES_AWAY.test(text) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/notes/empty-scopes.ts
// Scopes that set no change apart: "misc: Fix …", "[all packages]: Upgrade …", or one scope written before every
// change ("custom: add …" in a changelog whose only scope is "custom"). A post that repeats them says nothing more.

// "misc: x", "feat(custom): x" read as "custom: x". A scope is one short word or path, as conventional commits write it.
// A wildcard ("**\\*:** add …", every package) is one too.
const PLAIN_SCOPE = /^(\*|[\p{L}\p{N}][\w@$./-]{0,39}):\s+(?=\S)/u;
// "[all packages]: x", "[all packages] x": a changeset's note on which packages a change touched.
const BRACKET_SCOPE = /^\[([^\]\n]{1,40})\]:?\s+(?=\S)/u;
// Scopes that name no area: everything, or whatever did not fit elsewhere.
const NO_AREA = /^(?:\*|misc|miscellaneous|others?|general|all|all[ _-]packages|every(?:thing| package)|various|global)$/iu;
// A platform on every change says where the release matters ("windows: fix …" three times): it stays.
const empty_scopes_PLATFORM = /^(?:windows|win32|macos|mac|darwin|linux|android|ios|ipados|web|wasm|freebsd|openbsd)$/iu;
function scopeOf(entry) {
    if (entry.prose)
        return null;
    const match = PLAIN_SCOPE.exec(entry.text);
    if (match?.[1])
        return { scope: match[1].toLowerCase(), written: match[1], length: match[0].length };
    const bracket = BRACKET_SCOPE.exec(entry.text);
    // A bracketed area ("[core]") on every change is said once, with the label, elsewhere: only an empty one goes here.
    return bracket?.[1] && NO_AREA.test(bracket[1].trim()) ? { scope: bracket[1].trim().toLowerCase(), written: "", length: bracket[0].length } : null;
}
/** True when a change's words open with its scope's name, in code marks or not, as a word of its own. */
function repeatsScope(rest, scope) {
    const opening = rest.startsWith("`") ? rest.slice(1) : rest;
    return opening.startsWith(scope) && !/^[\p{L}\p{N}_]/u.test(opening.slice(scope.length));
}
/** A change's words without the scope before them, starting with a capital where the first word is a plain word. */
function withoutScope(text, length) {
    const rest = text.slice(length);
    return /^\p{Ll}/u.test(rest) && !/^\S*[\p{Lu}\d_.`]/u.test(rest.slice(1)) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}
/**
 * Scopes that every change of each group they stand in carries ("projects: …" on all of soybean-admin's features, its
 * one optimization and its one style change): they set no change apart from its neighbours under the same label.
 * Only the changes users get are weighed: the docs and chores beside them were filed under scopes of their own
 * ("docs: …") that the notes already read as their kind. Three changes at least carry the scope.
 */
function scopesOfWholeGroups(listed) {
    const weighed = listed.filter((entry) => !isNoise(entry.kind));
    const groups = new Map();
    for (const entry of weighed) {
        const scope = scopeOf(entry);
        // A scope is written in lowercase ("custom"); a capital starts a label or a sentence ("Note: …").
        const written = scope !== null && scope.written !== "" && scope.written === scope.scope && !empty_scopes_PLATFORM.test(scope.scope) ? scope.written : null;
        const key = entry.label ?? "";
        groups.set(key, [...(groups.get(key) ?? []), written]);
    }
    const carried = new Map();
    const spread = new Map();
    const split = new Set();
    for (const scopes of groups.values()) {
        for (const scope of new Set(scopes)) {
            if (scope === null)
                continue;
            carried.set(scope, (carried.get(scope) ?? 0) + scopes.filter((other) => other === scope).length);
            spread.set(scope, (spread.get(scope) ?? 0) + 1);
            // Beside another scope, or a change with none, the scope says where this one is.
            if (scopes.some((other) => other !== scope))
                split.add(scope);
        }
    }
    return new Map([...spread].filter(([scope]) => (carried.get(scope) ?? 0) >= 3 && !split.has(scope)));
}
/** The entries without scopes that name no area, or a scope that every change of its groups carries (three at least):
 *  said once with the label where it fills one group only. */
function withoutEmptyScopes(entries) {
    const listed = entries.filter((entry) => !entry.prose);
    const whole = scopesOfWholeGroups(listed);
    const scopes = listed.map(scopeOf);
    const first = scopes[0];
    // One scope on every listed change, whatever its kind ("custom: add …" three times).
    const shared = first != null && first.written === first.scope && !empty_scopes_PLATFORM.test(first.scope) && listed.length >= 3 && scopes.every((scope) => scope?.written === first.written);
    return entries.map((entry) => {
        const scope = scopeOf(entry);
        // "tooltip.valueFormatter: `tooltip.valueFormatter` now gets…": the change's own words name its scope first.
        if (scope !== null && scope.written !== "" && repeatsScope(entry.text.slice(scope.length), scope.written))
            return { ...entry, text: entry.text.slice(scope.length) };
        const groups = scope !== null && scope.written === scope.scope ? (whole.get(scope.written) ?? 0) : 0;
        if (scope === null || !(NO_AREA.test(scope.scope) || shared || groups > 0))
            return entry;
        const text = withoutScope(entry.text, scope.length);
        // A scope that fills one group only ("runtime-vapor:" on every bug fix, none elsewhere) names that group's area:
        // said once, with its label ("Bug Fixes (runtime-vapor):"). One across groups is the whole project's, and goes.
        if (groups === 1 && !shared && !NO_AREA.test(scope.scope) && entry.label !== null && !entry.prose)
            return { ...entry, text, label: `${entry.label} (${scope.written})` };
        return { ...entry, text };
    });
}

;// CONCATENATED MODULE: ./src/notes/source-marks.ts
// Marks the source page wore that a post does not: a label's doubled decoration ("Enhancements ➕➕"), the gitmoji
// before each change under a label that already names the kind ("Features:" over "✨ Add …"), reference-link brackets
// around the rule a change opens with ("[`no-unknown-property`]: allow …"), and a commit subject's lower-case start
// ("use main instead of exports …"). Pure.

// One emoji: a ZWJ sequence ("👩‍💻") is one, two side by side ("➕➕") are two.
const source_marks_MARK = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*/gu;
const TRAILING_MARKS = /\s*(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\uFE0F\u200D]*\s*)+$/u;
const source_marks_LEADING_MARKS = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\uFE0F\u200D]*\s*)+/u;
/**
 * A label's words with one emoji at most: one before them stays ("🐞 Bug Fixes"), one after them stays when it is the
 * only one ("Bug Fixes 🐞"); a run of them ("➕➕", "🚀🚀") or a second one beside the first is decoration, and goes.
 */
function labelWithOneMark(label) {
    const words = label.replace(source_marks_LEADING_MARKS, "").replace(TRAILING_MARKS, "").trim();
    // A label of marks only has nothing else to show.
    if (words === "" || !/[\p{L}\p{N}]/u.test(words))
        return label;
    const before = label.match(source_marks_LEADING_MARKS)?.[0].match(source_marks_MARK) ?? [];
    const after = label.slice(label.length - (label.match(TRAILING_MARKS)?.[0].length ?? 0)).match(source_marks_MARK) ?? [];
    if (before.length + after.length <= 1)
        return label;
    // Marks inside the words ("C++ ➕ Rust") are the words' own: only the ends are trimmed.
    return before.length > 0 ? `${before[0]} ${words}` : words;
}
// Marks that warn: under any label they still tell the reader that this change breaks or is urgent.
const WARNING_MARK = /^(?:⚠|💥|🚨|❗|‼|🔥\s*BREAKING)/u;
/** A change's text without the gitmoji it opens with ("✨ Add …", "🐛 Fix …"), for one under a label that names its
 *  kind already: a warning sign stays, and so does a text that would be left without words. */
function withoutLeadingIcon(text) {
    const marks = source_marks_LEADING_MARKS.exec(text);
    if (marks === null || WARNING_MARK.test(text))
        return text;
    const rest = text.slice(marks[0].length);
    return /^[\p{L}\p{N}`"“'[(]/u.test(rest) ? rest : text;
}
// "[`no-unknown-property`]: allow …", "[Docs] [`button-has-type`]: …": a reference link's brackets around code,
// whose definition the notes' footer held (or never had). Not a link ("[`x`](…)", "[`x`][ref]").
const REFERENCE_CODE = /\[(`[^`\n\]]{1,80}`)\](?![([])/gu;
/** The text with reference brackets dropped from the code they hold, the code marks kept. */
const withoutReferenceBrackets = (text) => (text.includes("[`") ? text.replace(REFERENCE_CODE, "$1") : text);
/**
 * A listed change that opens with a plain lower-case word ("use main instead of …", "allow shadow root attrs …")
 * starts with a capital, as a sentence does. A name from code keeps its case: a word with a capital, digit, dot,
 * underscore or hyphen in it ("useId", "v2", "package.json", "x_y", "npm-run"), a word before a flag or call
 * ("bat --plain", "require()"), a command's name ("npm", "git"), a scope ("deps: …") and a word the notes write in
 * code marks elsewhere ("`debug` …").
 */
function sentenceStart(text, codeWords) {
    const word = /^\p{Ll}+(?=[\s,;!?]|\.(?!\w)|$)/u.exec(text)?.[0];
    if (word === undefined || LOWER_CASE_NAME.test(word) || codeWords.has(word))
        return text;
    if (/^\s+(?:--?\w|\()/u.test(text.slice(word.length)))
        return text;
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Every word the entries write in code marks, as written: words that keep their case at a change's start. */
function codeWordsOf(entries) {
    const words = new Set();
    for (const entry of entries)
        for (const span of entry.text.matchAll(/`([^`\n]+)`/gu))
            for (const word of span[1]?.split(/[^\p{L}\p{N}_]+/u) ?? [])
                words.add(word);
    return words;
}
/** The entries as a post shows them: labels with one mark at most, and each listed change without the source's
 *  icon (under a label), reference brackets or a commit subject's lower-case start. */
function withoutSourceMarks(entries) {
    const codeWords = codeWordsOf(entries);
    return entries.map((entry) => {
        const label = entry.label === null ? null : labelWithOneMark(entry.label);
        if (entry.prose)
            return label === entry.label ? entry : { ...entry, label };
        // Under a label of words ("Features"), the icon only repeats the kind; under one with its own mark ("✨ Added"),
        // a different one ("🐛 fix a crash") says this change is another kind, and stays (the layout drops the same one).
        const bare = withoutReferenceBrackets(label === null || source_marks_LEADING_MARKS.test(label) ? entry.text : withoutLeadingIcon(entry.text));
        // Only a commit or pull request's subject (the change carried its reference) is a sentence cut from a commit log;
        // a hand-written list in lower case ("- short one") is the author's style, and stays.
        const subject = entry.referenced === true || (entry.pulls?.length ?? 0) > 0;
        const text = subject ? sentenceStart(bare, codeWords) : bare;
        return text === entry.text && label === entry.label ? entry : { ...entry, text, label };
    });
}

;// CONCATENATED MODULE: ./src/notes/restatements.ts
// Changes the notes say twice: the same change listed once per area it touched, and changes the notes' opening
// summary already names. Launch posts open with what the release is about ("It includes
// upgrades to Chromium 130.0.6723.44, V8 13.0, and Node 20.18.0.") and then list it again, short ("Chromium
// `130.0.6723.44`") or at length ("Electron 33 upgrades Chromium from … to …"): a post that shows the summary and
// then its repeats says one thing three times.


const COMMON = new Set(["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "its", "into", "now", "new", "also"]);
/** A version or a dotted number ("130.0.6723.44", "13.0", "v2.1"): one name, not four numbers. */
const restatements_VERSION = /\bv?\d+(?:\.\d+)+\b/giu;
/** The names in a text: its versions, and its words of three letters or more (code marks aside), in lower case; and
 *  the numbers that follow a name ("Node 24", "Python 3.12"), which say which version it is. */
function names(text) {
    const words = new Set();
    const numbered = new Set();
    let versions = 0;
    const plain = text.replace(/`/gu, "");
    for (const match of plain.matchAll(NAMED_NUMBER))
        numbered.add(`${match[1]?.toLowerCase()} ${match[2]?.replace(/^v/iu, "")}`);
    const rest = plain.replace(restatements_VERSION, (version) => {
        words.add(version.toLowerCase().replace(/^v/u, ""));
        versions += 1;
        return " ";
    });
    for (const word of rest.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? []) {
        if (word.length >= 3 && !COMMON.has(word) && !/^\d+$/u.test(word))
            words.add(stem(word));
    }
    return { words, versions, numbered };
}
/** "moves", "moved", "move" and "moving" as one word. */
const stem = (word) => word.replace(/(?:ing|ed|es|s)$/u, "").replace(/e$/u, "");
// "Node 24", "Python 3.12", "Vite v8": a name and the version of it.
const NAMED_NUMBER = /\b(\p{L}+)\s+(v?\d+(?:\.\d+)*)\b/gu;
/**
 * The entries without those that say again what the opening summary says: an item whose every name the summary has
 * and that names a version the summary gives ("Node `20.18.0`"), and a sentence that shares most of its names with the
 * summary, three at least. A breaking change or security fix always stays: it is what users must read, under its label.
 */
function withoutSummaryRepeats(entries) {
    const summary = leadingSummary(entries);
    if (!summary)
        return [...entries];
    const said = names(summary.text);
    if (said.versions === 0 && said.numbered.size === 0)
        return [...entries];
    return entries.filter((entry) => {
        if (entry === summary || RANK[entry.kind] <= RANK.security)
            return true;
        const { words, versions, numbered } = names(entry.text);
        let shared = 0;
        for (const word of words)
            if (said.words.has(word))
                shared += 1;
        // "Move the action runtime and bundle target to Node 24" under "moves the action runtime from Node 20 to Node 24":
        // the same move, to the same version, said with most of the summary's words.
        const sameMove = numbered.size > 0 && [...numbered].every((name) => said.numbered.has(name)) && shared >= 3 && shared >= 0.6 * words.size;
        const listedAgain = !entry.prose && ((versions > 0 && said.versions > 0 && shared === words.size) || sameMove);
        const saidAgain = entry.prose && versions > 0 && said.versions > 0 && shared >= 3 && shared >= 0.6 * Math.min(words.size, said.words.size);
        return !(listedAgain || saidAgain);
    });
}
/** "modal: Fix …" or "modal, drawer: Fix …": the areas a change touched (conventional-changelog scopes), then the change. */
const SCOPED = /^([\w@$./-]{1,40}(?:,\s*[\w@$./-]{1,40})*):\s+(\S.*)$/su;
/**
 * The entries with a change listed once per area it touched ("modal: Fix error not propagated in onBeforeOk",
 * "drawer: Fix error not propagated in onBeforeOk") said once, with its areas together ("modal, drawer: Fix …"), where
 * its first listing stands: one change, one line.
 */
function withMergedScopes(entries) {
    const first = new Map();
    const merged = [];
    for (const entry of entries) {
        const match = entry.prose ? null : SCOPED.exec(entry.text);
        const scope = match?.[1];
        const change = match?.[2];
        if (!scope || !change) {
            merged.push(entry);
            continue;
        }
        const key = `${entry.label ?? ""}\u0000${entry.kind}\u0000${change.replace(/\s+/gu, " ").trim()}`;
        const seen = first.get(key);
        if (!seen) {
            first.set(key, { at: merged.length, scopes: [scope], change });
            merged.push(entry);
            continue;
        }
        seen.scopes.push(scope);
        const head = merged[seen.at];
        if (head)
            merged[seen.at] = { ...head, text: `${seen.scopes.join(", ")}: ${seen.change}` };
    }
    return merged;
}
/** How many names two texts share, versions included. */
function sharedNames(one, other) {
    const theirs = names(other).words;
    let shared = 0;
    for (const word of names(one).words)
        if (theirs.has(word))
            shared += 1;
    return shared;
}
/**
 * The entries with each change marked breaking in its own line ("feat!: ship lerna as ESM-only") said once when the
 * notes' breaking section explains it again ("Lerna is now shipped as ESM-only…"): the explanation stays, in the
 * marked line's place, and the count of breaking changes is the count of changes. A marked line and an explanation
 * are one change when they share two names; when some pair so and as many lines as explanations are left over,
 * those pair in order too (conventional-changelog lists both in commit order).
 */
function withBreakingExplained(entries) {
    const marked = entries.filter((entry) => entry.kind === "breaking" && entry.markedBreaking === true && !entry.prose);
    const explained = entries.filter((entry) => entry.kind === "breaking" && entry.markedBreaking !== true && !entry.prose);
    if (marked.length === 0 || explained.length === 0)
        return [...entries];
    const pairs = new Map();
    const candidates = marked
        .flatMap((line) => explained.map((note) => ({ line, note, shared: sharedNames(line.text, note.text) })))
        .filter(({ shared }) => shared >= 2)
        .sort((one, other) => other.shared - one.shared);
    const taken = new Set();
    for (const { line, note } of candidates) {
        if (pairs.has(line) || taken.has(note))
            continue;
        pairs.set(line, note);
        taken.add(note);
    }
    const lines = marked.filter((line) => !pairs.has(line));
    const notes = explained.filter((note) => !taken.has(note));
    if (pairs.size > 0 && marked.length === explained.length && lines.length === notes.length) {
        for (const [index, line] of lines.entries()) {
            const note = notes[index];
            if (note)
                pairs.set(line, note);
        }
    }
    if (pairs.size === 0)
        return [...entries];
    const placeOf = new Map([...pairs].map(([line, note]) => [note, line.order]));
    return entries.filter((entry) => !pairs.has(entry)).map((entry) => (placeOf.has(entry) ? { ...entry, order: placeOf.get(entry) ?? entry.order } : entry));
}
// A note that opens by pointing back ("these are now replaced by …", "this now requires …", "it no longer …"): it
// explains a commit listed elsewhere, and alone it names nothing.
const POINTS_BACK = /^(?:these|this|they|it|those)\b(?!\s+(?:release|version|project|package|library|plugin)\b)/iu;
// What such a commit does that its note explains: takes a name away or moves it.
const restatements_TAKES_AWAY = /^(?:remove|rename|replace|drop|delete|deprecate|move|change|split|merge)/iu;
/**
 * The entries with a breaking note that points back ("experimental: these are now replaced by `b`") said together
 * with the commit it explains ("experimental: remove `a`"), found by their shared scope, as one breaking change in
 * the note's place: "experimental: remove `a`; these are now replaced by `b`". conventional-changelog keys a commit's
 * BREAKING CHANGE footer by the commit's scope and lists the subject under its own type. Where the scope has several
 * commits, the one that takes something away is the one explained; where that is not one, the note stays as it is.
 */
function withBreakingAntecedents(entries) {
    const byScope = new Map();
    for (const entry of entries) {
        const match = entry.prose || entry.kind === "breaking" ? null : SCOPED.exec(entry.text);
        if (match?.[1] && match[2])
            byScope.set(match[1].toLowerCase(), [...(byScope.get(match[1].toLowerCase()) ?? []), entry]);
    }
    if (byScope.size === 0)
        return [...entries];
    const explains = new Map();
    const subjects = new Set();
    for (const note of entries) {
        const match = note.kind === "breaking" && !note.prose ? SCOPED.exec(note.text) : null;
        const scope = match?.[1];
        const said = match?.[2];
        if (!scope || !said || !POINTS_BACK.test(said))
            continue;
        const commits = (byScope.get(scope.toLowerCase()) ?? []).filter((entry) => !subjects.has(entry));
        const taking = commits.filter((entry) => restatements_TAKES_AWAY.test(SCOPED.exec(entry.text)?.[2] ?? ""));
        const subject = commits.length === 1 ? commits[0] : taking.length === 1 ? taking[0] : undefined;
        const change = subject ? SCOPED.exec(subject.text)?.[2]?.replace(/[.;:]\s*$/u, "") : undefined;
        if (!subject || !change)
            continue;
        explains.set(note, { subject, text: `${scope}: ${change}; ${said}` });
        subjects.add(subject);
    }
    if (explains.size === 0)
        return [...entries];
    return entries.filter((entry) => !subjects.has(entry)).map((entry) => {
        const joined = explains.get(entry);
        return joined ? { ...entry, text: joined.text } : entry;
    });
}
// Words that say a text is about which versions are supported or required.
const ABOUT_SUPPORT = /support|requir|minimum|below|older|earlier|미만|이상|지원|필수|以上|未満|以前|サポート|必須|支持|要求|最低|需要/iu;
/**
 * The entries with a raised runtime floor said once: notes often state it as the breaking change ("Java 21 필수: …"),
 * again among the highlights ("Java 21 지원: Java 21 is now the minimum…"), and again as advice for those below it.
 * The first breaking change that raises the floor stays; a later line about support for the same platform version goes.
 */
function withoutFloorRepeats(entries) {
    const floor = entries.find((entry) => entry.kind === "breaking" && !entry.prose && raisesPlatformFloor(entry.text));
    if (!floor)
        return [...entries];
    const raised = new Set(platformVersions(floor.text));
    if (raised.size === 0)
        return [...entries];
    return entries.filter((entry) => {
        if (entry === floor || RANK[entry.kind] > RANK.fix)
            return true;
        const same = platformVersions(entry.text).some((named) => raised.has(named));
        return !(same && ABOUT_SUPPORT.test(entry.text) && (entry.kind === "breaking" || raisesPlatformFloor(entry.text) || platformVersions(entry.text).length <= 2));
    });
}
// "Django 5.1.4 fixes one security issue with severity "high", one … and several bugs": a count of the fixes that the
// notes then list, each by its id.
const COUNTS_FIXES = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:(?:new|more|other|\w+-severity)\s+)?(?:security\s+(?:issues?|fix(?:es)?|vulnerabilit(?:y|ies)|bugs?|flaws?)|vulnerabilit(?:y|ies)|CVEs?)\b|\d+\s*(?:个|個|件|건|개)\s*(?:安全)?(?:漏洞|问题|問題|脆弱性|취약점)/iu;
/**
 * The entries without a sentence that counts the security fixes ("fixes one security issue with severity "high" …")
 * where the notes list each fix by its CVE or GHSA id: the list says it, and the count would open a thread ahead of it,
 * naming the release and its version a second time ("Django 5.1.4 is out!" then "Django 5.1.4 fixes…").
 */
function withoutAdvisoryCount(entries) {
    if (!entries.some((entry) => entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length > 0))
        return [...entries];
    return entries.filter((entry) => !(entry.prose && entry.kind === "security" && advisoryIds(entry.text).length === 0 && COUNTS_FIXES.test(entry.text)));
}
/**
 * The entries without an advisory's summary list where the same notes list each vulnerability by its id: Rails' "Two
 * potential DoS vulnerabilities in Active Storage related to range requests" over "CVE-2026-33174 Possible DoS
 * vulnerability in Active Storage proxy mode…" says the fixes twice, and "+14 more security fixes" would count 10 twice.
 * A run of security fixes without ids goes when at least three fixes have ids, the run is no longer than they are,
 * and most of its lines share two names or more with one of them. Fixes that name nothing the ids' lines name stay.
 */
function withoutAdvisorySummary(entries) {
    const identified = entries.filter((entry) => entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length > 0);
    if (identified.length < 3)
        return [...entries];
    // A summary restates a few fixes: the first hundred with ids are all it can name (and hostile notes stay linear).
    const identifiedNames = identified.slice(0, 100).map((entry) => names(entry.text).words);
    const inOrder = [...entries].sort((a, b) => a.order - b.order);
    const dropped = new Set();
    let run = [];
    const closeRun = () => {
        const summary = run;
        run = [];
        if (summary.length === 0 || summary.length > identifiedNames.length)
            return;
        const restated = summary.filter((entry) => {
            const words = [...names(entry.text).words];
            return identifiedNames.some((other) => words.filter((word) => other.has(word)).length >= 2);
        });
        if (restated.length * 2 > summary.length)
            for (const entry of summary)
                dropped.add(entry);
    };
    for (const entry of inOrder) {
        if (entry.kind === "security" && !entry.prose && advisoryIds(entry.text).length === 0)
            run.push(entry);
        else
            closeRun();
    }
    closeRun();
    return dropped.size === 0 ? [...entries] : entries.filter((entry) => !dropped.has(entry));
}
/** The title a section's entry carries: its label, and its own words before a key's colon or, for a title alone, all. */
function sectionTitle(entry) {
    const head = /^([^:：]{2,80})[:：]\s/u.exec(entry.text)?.[1];
    return `${entry.label ?? ""} ${entry.prose ? "" : (head ?? entry.text)}`;
}
/**
 * The entries without a pull request's line that restates a section the notes wrote earlier: ZenML's "AzureML
 * orchestrator" under "### AzureML Orchestrator Support", "Upload code to artifact store" under "### Reduced Docker
 * Builds with Code Uploads". Shown once, counted once: a line with few names that shares two with the section's
 * title and half of its names with the section, or one with the title and two thirds with the section, is the same
 * change. A breaking change or security fix always stays.
 */
function withoutSectionRestatements(entries) {
    const sections = entries.filter((entry) => entry.label !== null);
    if (sections.length === 0)
        return [...entries];
    return entries.filter((line) => {
        if (line.prose || line.label !== null || RANK[line.kind] <= RANK.security)
            return true;
        const { words } = names(line.text);
        if (words.size < 2 || words.size > 8)
            return true;
        return !sections.some((section) => {
            if (section.order >= line.order)
                return false;
            const title = names(sectionTitle(section)).words;
            const body = names(`${section.label ?? ""} ${section.text}`).words;
            let inTitle = 0;
            let inBody = 0;
            for (const word of words) {
                if (title.has(word))
                    inTitle += 1;
                if (body.has(word))
                    inBody += 1;
            }
            return (inTitle >= 2 && inBody >= words.size / 2) || (inTitle >= 1 && inBody >= 3 && inBody >= (2 * words.size) / 3);
        });
    });
}

;// CONCATENATED MODULE: ./src/notes/compose.ts
// Turns a release into the posts to send: reads the notes as a maintainer skims them, ranks what changed, and lays
// the most important changes out in one post or a thread, counted as the target network counts. Pure.





















/** The default post when no template is set: in it, {repo} stands for the project's name as readers know it. */
const DEFAULT_TEMPLATE = "{repo} {version} is out!\n\n{notes}\n\n{url}";

/** Throws ReleaseTweetError (code ETEMPLATE) naming an unknown or unclosed placeholder. */
function validateTemplate(template) {
    parseTemplate(template);
}
function fail(code, message, fix, docs = "templates") {
    return new errors/* ReleaseTweetError */.be(code, message, fix, { docs });
}
const PLUGIN_NAMES = { maxLength: "maxLength", thread: "thread", maxPosts: "maxPosts", numbering: "numbering" };
function checkBoolean(value, name) {
    if (value !== undefined && typeof value !== "boolean") {
        throw fail("ETHREAD", `${name} must be true or false, not ${JSON.stringify(value)}.`, `Set ${name} to true or false.`);
    }
    return value === true;
}
function checkOptions(options) {
    const names = { ...PLUGIN_NAMES, ...options.settingNames };
    const maxLength = options.maxLength ?? setting_rules/* DEFAULT_MAX_LENGTH */.mg;
    const problem = (0,setting_rules/* maxLengthProblem */.AX)(maxLength);
    if (problem !== undefined || typeof maxLength !== "number") {
        throw fail("EMAXLENGTH", `${names.maxLength} ${problem}, not ${JSON.stringify(maxLength)}.`, `Use 280 for a standard X account, or up to ${setting_rules/* MAX_LENGTH_LIMIT */.c} with X Premium.`);
    }
    const maxPosts = options.maxPosts ?? setting_rules/* DEFAULT_MAX_POSTS */.Pw;
    const postsProblem = (0,setting_rules/* maxPostsProblem */.Rt)(maxPosts);
    if (postsProblem !== undefined || typeof maxPosts !== "number") {
        throw fail("EMAXPOSTS", `${names.maxPosts} ${postsProblem}, not ${JSON.stringify(maxPosts)}.`, `Use ${setting_rules/* DEFAULT_MAX_POSTS */.Pw} (the default), or any number up to ${setting_rules/* MAX_POSTS_LIMIT */.tw}: the last post points at the full release notes.`);
    }
    return {
        template: template_parseTemplate(options.template ?? DEFAULT_TEMPLATE),
        defaultTemplate: options.template === undefined,
        maxLength,
        thread: checkBoolean(options.thread, names.thread),
        maxPosts,
        numbering: checkBoolean(options.numbering, names.numbering),
        names,
    };
}
const PREVIEW_API = /\b(?:beta|alpha|experimental|unstable|preview|canary|nightly)\b|\bunstable_|\bexperimental_/iu;
const previewOnly = (entry) => entry.kind === "breaking" && PREVIEW_API.test(entry.text);
// A security fix that names its vulnerability, ahead of a "Security" section's hardening and dependency updates.
const namedVulnerability = (entry) => entry.kind === "security" && closedVulnerability(entry.text) === "named";
// …and among those, one that names the attack ("RCE", "绕过 … 校验") before one only tagged a vulnerability fix.
// (Advisories with their own id keep their order: the notes rank them by severity.)
const namedAttack = (entry) => entry.kind === "security" && advisoryIds(entry.text).length === 0 && namesAttack(entry.text);
// "`a()`", "`a()` and `b()`", "`a()`, `b()`, and `c()`": names of code and nothing said of them.
const ONLY_CODE = /^`[^`]+`(?:,?\s*(?:and\s+)?`[^`]+`)*\.?$/u;
// A label that says what happened ("⚠️ Removed") is read with the change: "Removed: Support for PHP 8.2" drops a runtime.
// A breaking change that swaps a public API or the type every API takes ("Public APIs use `Uint8Array` instead of
// `Buffer`") meets every line of user code: it leads even a raised runtime floor, which the count can carry.
const swapsApi = (entry) => entry.kind === "breaking" && !entry.prose && swapsPublicApi(entry.text);
const everyUser = (entry) => entry.kind === "breaking" && !entry.prose && (touchesEveryUser(entry.text) || (entry.label !== null && touchesEveryUser(`${entry.label.replace(/^[^\p{L}]+/u, "")} ${entry.text}`)));
/**
 * Where an entry stands in a post: its group's rank (groupRank: the notes' "This is a security release" before all),
 * except that a listed change users must act on — one that says what to do ("you need to…", "has been renamed",
 * "升级后需要…"), that takes something away ("has been removed", "no longer supported", "No longer search for…"), or a
 * removal of what was deprecated — comes right after the highlights, and before the prose that only advises ("Be aware
 * that…", "Note that…"). A fix is never one: it acts for the user.
 */
function standing(entry) {
    // A notice of what a later release drops comes after this release's breaking changes and security fixes.
    if (entry.ahead === true)
        return AHEAD;
    const rank = groupRank(entry);
    // A section of what only nightly builds have ("Nightly only", "Unstable") comes after what every user gets, its
    // 🔥 marks notwithstanding.
    if (entry.label !== null && NIGHTLY_SECTION.test(entry.label) && rank > RANK.security && rank < RANK.fix)
        return NIGHTLY;
    if (entry.prose)
        return entry.advisory === true && rank >= RANK.highlight && !saysMustAct(entry.text) ? Math.max(ADVICE, rank) : rank;
    // "Add migration guide from version 2.x to 3.x": what users upgrading across the break read first, no ordinary doc.
    if (upgradeGuide(entry))
        return compose_MUST_ACT;
    // A fix of lost or overwritten data comes before the improvements; one that hardens the requests a server accepts
    // ("reject CONNECT requests with fast proxy") before the other fixes.
    if (entry.kind === "fix" && rank === RANK.fix)
        return fixesDataLoss(entry.text) ? DATA_LOSS_FIX : hardensRequests(entry.text) ? HARDENING_FIX : rank;
    const mayAct = rank > RANK.highlight && rank < RANK.docs && entry.kind !== "fix";
    if (!mayAct)
        return rank;
    // A default now stricter ("no longer loaded by default", "now rejects…") meets users as a removal does; a public API
    // rebuilt ("the `Storage` trait has been reworked") is a headline, whatever the section filed it as.
    // So does what a major release reworked or moved to a new major that users write or build with (Entry.weighty).
    if (saysMustAct(entry.text) || (entry.kind === "removal" && compose_DEPRECATED.test(entry.text)) || narrowsBehaviour(entry.text) || entry.weighty === true)
        return compose_MUST_ACT;
    return reworksApi(entry.text) ? RANK.highlight : rank;
}
const compose_MUST_ACT = RANK.highlight + 0.5;
const DATA_LOSS_FIX = RANK.feature - 0.25;
const HARDENING_FIX = RANK.fix - 0.25;
const AHEAD = RANK.security + 0.5;
const UPGRADE_GUIDE = /\b(?:migration|upgrad(?:e|ing)|porting)\s+(?:guide|notes|instructions)\b|迁移指南|升级指南|移行ガイド|マイグレーションガイド|마이그레이션 가이드/iu;
// "Document X in the migration guide" is one more page of docs, no guide: docs never lead the fixes.
const IN_GUIDE = /\b(?:in|to|into) (?:the |our )?(?:[\w./-]+ )?(?:migration|upgrad(?:e|ing)|porting) (?:guide|notes|instructions)\b|(?:迁移指南|升级指南)(?:中|里)|(?:移行ガイド|マイグレーションガイド)(?:に|へ)|마이그레이션 가이드에/iu;
const upgradeGuide = (entry) => entry.kind === "docs" && !entry.prose && UPGRADE_GUIDE.test(entry.text) && !IN_GUIDE.test(entry.text);
const NIGHTLY = RANK.fix + 0.5;
const UPDATE_INSTRUCTIONS = /^(?:update|upgrade|updating|upgrading|install(?:ation)?)\s+(?:instructions|steps|guide)$|^how to (?:update|upgrade)$|^(?:更新|アップデート|アップグレード)(?:手順|方法)$|^(?:升级|更新)(?:步骤|方法|指南|说明)$|^(?:업데이트|업그레이드) ?(?:방법|절차|안내)$/iu;
const isUpdateInstructions = (label) => UPDATE_INSTRUCTIONS.test(label.replace(/[:：]\s*$/u, "").trim());
const NIGHTLY_SECTION = /\b(?:nightly|unstable)\b|夜间版|ナイトリー/iu;
const ADVICE = RANK.highlight + 0.75;
// What users were told would go: removing it is what they were told to prepare for.
const compose_DEPRECATED = /\bdeprecated\b|废弃|弃用|非推奨|사용 중단|더 이상 사용되지/iu;
// How hard a listed breaking change hits a running setup (setup-breaks.ts), 0 for anything else.
const breakageOf = (entry) => (entry.kind === "breaking" && !entry.prose ? setupBreakage(entry.text) : 0);
// How far each level of breakage (0, 1, 2) lifts a breaking change's tier from 8 toward the 4 of one every user meets,
// never up to it: a taken-away key or API by 2, a startup failure by 3.
const BREAKAGE_LIFT = [0, 2, 3];
/**
 * Where a change stands in the ranking below, as one number: two changes with the same are equals there. A thread that
 * fills a post out of order takes only an equal (never a hardening note before a named vulnerability).
 */
// `standing` steps by a quarter (MUST_ACT, ADVICE): times 64, a step outweighs the sum of the tie-breakers (15).
// A security fix filed as a dependency update or chore comes after every other security fix.
// Among the other breaking changes, what stops a setup (setupBreakage) stands apart: a thread never fills post 1 with a
// change of behaviour where one that makes agents fail at startup did not fit. (Other kinds of the same standing stay
// equal to a breaking change that only changes behaviour.)
const tier = (entry) => standing(entry) * 64 + (swapsApi(entry) ? 0 : everyUser(entry) ? 4 : 8 - (BREAKAGE_LIFT[breakageOf(entry)] ?? 0)) + Number(previewOnly(entry)) * 2 + Number(entry.upkeep === true) * 3 + Number(entry.kind === "security" && !namedVulnerability(entry)) + Number(entry.kind === "security" && !withAdvisoryId(entry));
// An advisory's severity as its score says it ("CVSS 10.0", "CVSS スコアは 10.0", "CVSS: 7.5"), or its word ("Critical"), or 0.
const CVSS_SCORE = /\bCVSS(?:\s*v?[234](?:\.\d)?)?\s*(?:base\s+)?(?:score|スコア|评分|評分|점수)?\s*(?:は|is|of|:|：|=)?\s*(\d{1,2}(?:\.\d)?)\b/giu;
const CRITICAL = /\bcritical\b|緊急|严重|嚴重|심각|치명적/iu;
function severity(entry) {
    if (entry.kind !== "security" || !/cvss|critical|緊急|严重|嚴重|심각|치명/iu.test(entry.text))
        return 0;
    const scores = [...entry.text.matchAll(CVSS_SCORE)].map((match) => Number(match[1])).filter((score) => score <= 10);
    return scores.length > 0 ? Math.max(...scores) : CRITICAL.test(entry.text) ? 9.5 : 0;
}
/** The primary advisory of a security release — the gravest, by its score — leads, even told in prose ("この脆弱性は
 *  CVE-… として公開されており、CVSS スコアは 10.0 です") over a list of later, lesser ones (CVSS 7.5). */
const graver = (left, right) => (left > 0 && right > 0 ? right - left : 0);
// A fix of an advisory with its own CVE or GHSA id, ahead of those without one (hardening, a cipher retired).
const withAdvisoryId = (entry) => entry.kind === "security" && advisoryIds(entry.text).length > 0;
/**
 * Security notes often list a fix twice: once in the advisory summary ("(Critical) GHSA-… fix: …") and once among the
 * release's changes. A security fix whose advisories an earlier one already named is that fix again, and goes.
 */
function withoutRepeatedAdvisories(entries) {
    const named = new Set();
    return entries.filter((entry) => {
        if (entry.kind !== "security" || entry.prose)
            return true;
        const ids = advisoryIds(entry.text);
        if (ids.length > 0 && ids.every((id) => named.has(id)))
            return false;
        for (const id of ids)
            named.add(id);
        return true;
    });
}
/**
 * A release of docs, dependency updates and housekeeping only, said as one sentence that counts them, where the language
 * has one: a list of CI bumps or "Configure Renovate" then "Delete renovate.json" under "Features" tells users nothing,
 * and a maintainer would say what kind of release it is. Null when the release changes anything else.
 */
function maintenanceSummary(listed, phrases, chore) {
    // The repository's upkeep filed as a fix or a change ("修复 CI 配置") is housekeeping here too.
    if (!phrases.maintenance || listed.length === 0 || !listed.every((entry) => isNoise(entry.kind) || chore(entry)))
        return null;
    // A release that undoes a change users met says so: "Revert 'export CJS types from ESM'" is its news.
    if (listed.some((entry) => revertsUserChange(entry.text)))
        return null;
    const count = (kind) => listed.filter((entry) => entry.kind === kind).length;
    const text = phrases.maintenance({ docs: count("docs"), dependencies: count("dependencies"), internal: listed.length - count("docs") - count("dependencies") });
    return { text, kind: "other", label: null, order: 0, prose: true, paragraph: -1, fluff: false };
}
const REVERTS_LABEL = /\brevert|还原|回滚|撤销|取り消し|リバート|되돌/iu;
/** Under a "Reverts:" label a revert says what it undid, not "Revert" again: "Reverts: • Export CJS types from ESM". */
function withoutDoubledRevert(entries) {
    return entries.map((entry) => {
        const subject = entry.label !== null && REVERTS_LABEL.test(entry.label) ? revertedSubject(entry.text) : null;
        return subject === null ? entry : { ...entry, text: subject.charAt(0).toUpperCase() + subject.slice(1) };
    });
}
// A package or area named before a change in code or brackets: "`react-router` - Remove …", "[core] Fix …".
const NAMED_PREFIX = /^(?:`([^`\n]{1,60})`|\[([^\]\n]{1,40})\])\s*(?:[-–—:]\s+|\s)(?=\S)/u;
const bare = (name) => name.toLowerCase().replace(/^@[\w.-]+\//u, "").replace(/[^\p{L}\p{N}]+/gu, "");
/**
 * The listed changes without a prefix the post says already: one that names the project itself ("`react-router` - "
 * in React Router's notes, below an opener that names it), or one that every change under a label repeats ("[core] "
 * on all of them), said once with the label instead. Said on every line it only takes room.
 */
function withoutRepeatedPrefix(entries, project) {
    const names = new Set(project.map(bare).filter((name) => name !== ""));
    const prefix = (entry) => {
        const match = entry.prose ? null : NAMED_PREFIX.exec(entry.text);
        return match ? (match[1] ?? match[2] ?? null) : null;
    };
    const byLabel = new Map();
    const counts = new Map();
    for (const entry of entries) {
        if (entry.prose)
            continue;
        const key = entry.label ?? "";
        byLabel.set(key, (byLabel.get(key) ?? new Set()).add(prefix(entry)));
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const repeated = (entry) => {
        const key = entry.label ?? "";
        return (byLabel.get(key)?.size ?? 0) === 1 && (counts.get(key) ?? 0) >= 3;
    };
    return entries.map((entry) => {
        const name = prefix(entry);
        const own = name !== null && names.has(bare(name));
        if (name === null || !(own || repeated(entry)))
            return entry;
        const rest = entry.text.replace(NAMED_PREFIX, "");
        const text = rest.charAt(0).toUpperCase() + rest.slice(1);
        // Another package or area is said once, with the label: "Added (PostgreSQL Dialect):".
        return { ...entry, text, label: own ? entry.label : entry.label === null ? name : `${entry.label} (${name})` };
    });
}
/** The entries worth a post, most important first; noise (docs, dependencies, chores) and fluff only when there is
 *  nothing else, and then said as one sentence where the language has it. */
function rank(model, phrases, project = []) {
    // A paragraph that is only a code span ("`mymod/mypack coverage: 0.0% of statements`") is an example's output, shown
    // under the sentence that leads in to it: on its own it says no change.
    // "⚠️ Breaking changes: the release notes say what to change." stands for a breaking section whose content was only
    // links; where the notes list breaking changes elsewhere ("feat(runtime)!: drop Node 14"), those say it.
    const listsBreaking = model.entries.some((entry) => entry.kind === "breaking" && !entry.prose);
    const spoken = model.entries.filter((entry) => !(entry.prose && /^`[^`]+`[.:]?$/u.test(entry.text.trim())) && !(listsBreaking && entry.prose && entry.text === phrases.breakingSeeNotes));
    // The steps of "업데이트 방법" / "Update instructions" ("Back up the files and the DB", "Apply the patch") say how to
    // install the release, not what it changed: no post shows them, nor counts them among the changes left out.
    const step = (entry) => !entry.prose && entry.label !== null && RANK[entry.kind] > RANK.security && isUpdateInstructions(entry.label);
    const said = spoken.some((entry) => !entry.prose && !step(entry)) ? spoken.filter((entry) => !step(entry)) : spoken;
    const entries = withoutRepeatedPrefix(withMergedScopes(withBreakingAntecedents(withBreakingExplained(withoutFloorRepeats(withoutSummaryRepeats(withoutAdvisoryCount(withoutAdvisorySummary(withoutRepeatedAdvisories(withoutSectionRestatements(withoutEmptyScopes(withoutSourceMarks(said))))))))))), project);
    // The repository's upkeep (CI workflows, release tooling, tests) and fixes that repeat another's scope or subject are
    // counted, never shown: a thread ends when what users get runs out.
    const chore = choresAmong(entries);
    const again = nearDuplicates(entries);
    const meaningful = entries.filter((entry) => (!isNoise(entry.kind) || upgradeGuide(entry)) && !entry.fluff && !chore(entry) && !again.has(entry));
    const substantial = entries.filter((entry) => !entry.fluff);
    const pool = meaningful.length > 0 ? meaningful : substantial.length > 0 ? substantial : entries;
    const maintenance = meaningful.length > 0 ? null : maintenanceSummary(pool.filter((entry) => !entry.prose), phrases, chore);
    if (maintenance)
        return { ranked: [maintenance], unshown: model.truncated?.unreadItems ?? 0 };
    // Within a kind, the listed changes come before the prose around them.
    // Among breaking changes, those every user meets (a raised runtime floor, ESM only, a package or input removed)
    // lead, and those that only touch a beta or experimental API come last;
    // among security fixes, those that name a vulnerability come first, and one filed as a dependency update or chore
    // last. A change the notes cut mid-word comes after the
    // whole ones of its kind, and shows only its whole words.
    const cutByNotes = new Set();
    const whole = withoutDoubledRevert(pool).map((entry) => {
        const cut = entry.prose ? null : wholeWordsOfCut(entry.text);
        if (cut === null)
            return entry;
        const shown = { ...entry, text: cut };
        cutByNotes.add(shown);
        return shown;
    });
    const cutLast = (entry) => Number(cutByNotes.has(entry));
    // Read once per entry, not once per comparison.
    const standings = new Map(whole.map((entry) => [entry, standing(entry)]));
    const stands = (entry) => standings.get(entry) ?? RANK[entry.kind];
    const reachesAll = new Map(whole.map((entry) => [entry, everyUser(entry)]));
    const swaps = new Map(whole.map((entry) => [entry, swapsApi(entry)]));
    const locales = new Map(whole.map((entry) => [entry, onlyLocale(entry)]));
    // Among breaking changes, one that stops a running setup (fails at startup), then one that takes away config or API
    // or says what users must change, before one that only changes behaviour.
    const breakage = new Map(whole.map((entry) => [entry, breakageOf(entry)]));
    const severities = new Map(whole.map((entry) => [entry, severity(entry)]));
    // Among changes users must act on, or security fixes, every one reaches all: they keep the notes' order. So do the
    // notes' own highlights, picked and ordered by hand.
    const reach = reachAmong(whole);
    // Among those, a line that only names code ("`TestCase::iniSet()`" under "Removed") reaches only its callers, where
    // one that says what went ("Support for metadata in doc-comments") reaches everyone who relied on it.
    const reaches = (entry) => entry.kind === "breaking" || entry.kind === "security" ? 1 + Number(ONLY_CODE.test(entry.text)) : entry.kind === "highlight" ? (entry.important === true ? 0 : 1) : reach(entry);
    const ranked = whole.sort((a, b) => stands(a) - stands(b) ||
        Number(swaps.get(b) === true) - Number(swaps.get(a) === true) ||
        Number(reachesAll.get(b) === true) - Number(reachesAll.get(a) === true) ||
        Number(previewOnly(a)) - Number(previewOnly(b)) ||
        (breakage.get(b) ?? 0) - (breakage.get(a) ?? 0) ||
        Number(a.upkeep === true) - Number(b.upkeep === true) ||
        Number(namedVulnerability(b)) - Number(namedVulnerability(a)) ||
        Number(withAdvisoryId(b)) - Number(withAdvisoryId(a)) ||
        graver(severities.get(a) ?? 0, severities.get(b) ?? 0) ||
        Number(namedAttack(b)) - Number(namedAttack(a)) ||
        Number(a.prose) - Number(b.prose) ||
        cutLast(a) - cutLast(b) ||
        Number(locales.get(a) === true) - Number(locales.get(b) === true) ||
        reaches(a) - reaches(b) ||
        a.order - b.order);
    const pooled = new Set(pool);
    const unpooled = entries.filter((entry) => !entry.prose && !pooled.has(entry));
    // Their kinds: a fix the pool left out is counted among the fixes, not among the other changes. Docs, dependency
    // updates and upkeep stay "other changes": a count is no place to spell out the noise.
    const kinds = [...unpooled.filter((entry) => !isNoise(entry.kind)).map((entry) => entry.kind), ...unreadKinds(model)];
    return { ranked, unshown: unpooled.length + (model.countedOnly ?? 0) + (model.truncated?.unreadItems ?? 0), unshownKinds: kinds };
}
/** The kinds of the changes past what was read, as their own types or sections say (noise stays "other changes"). */
function unreadKinds(model) {
    const counts = model.truncated?.unreadKinds ?? {};
    return Object.entries(counts).filter(([kind]) => !isNoise(kind)).flatMap(([kind, count]) => Array(count).fill(kind));
}
/** Notes text made safe for the network: quiet mentions and accidental links, in the entry and its label alike. */
function quietEntry(entry, rules) {
    return { ...entry, text: quietText(entry.text, rules), label: entry.label === null ? null : quietText(entry.label, rules) };
}
function notices(model) {
    if (!model.truncated)
        return [];
    const { readChars, totalChars } = model.truncated;
    const size = (chars) => (chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MiB` : `${Math.round(chars / 1024)} KiB`);
    return [
        `The release notes are ${size(totalChars)}: the first ${size(readChars)} were read, more than the posts can use; the rest was counted, not read.`,
    ];
}
/** One post, or a thread when options.thread is set; every post within the network's limit. */
function composePosts(release, options = {}, network) {
    const settings = checkOptions(options);
    const rules = network ?? (0,notes_networks/* xRules */.WN)(settings.maxLength);
    // Several times what the posts can show is all the notes that can matter (Markdown, credits and links included).
    const room = rules.maxLength * (settings.thread ? settings.maxPosts : 1);
    const model = readNotesModel(settings.template.uses.notes > 0 ? release.notes : null, room * 12, release.version);
    const phrases = phrasesFor(model.language);
    // The default opener speaks the notes' language ("Ant Design 6.5.0 发布了！").
    const template = settings.defaultTemplate ? template_parseTemplate(`${phrases.opener}\n\n{notes}\n\n{url}`) : settings.template;
    // A name like "shields.rs" or "socket.io" is no link either: only {url} is one.
    const quiet = (value) => quietText(sanitizeField(value), rules);
    const values = {
        // Like the notes, the release's own fields come from GitHub or npm: an @handle there is not an account here.
        version: quiet(release.version),
        tag: quiet(release.tag),
        name: quiet(release.name),
        repo: quiet(settings.defaultTemplate ? projectName(release, release.notes ?? "") : release.repo),
        owner: quiet(release.owner),
        url: sanitizeField(release.url),
        notes: "",
    };
    const render = (notes) => renderTemplate(template, { ...values, notes });
    const { ranked: chosen, unshown, unshownKinds } = rank(model, phrases, [release.repo.split("/").at(-1) ?? "", projectName(release, release.notes ?? "")]);
    // A breaking change or security fix says so, even alone in a post: unlabelled, "CVE-2024-45590 in body-parser" or
    // "The `legacy` export is gone" reads as one more change.
    // A security fix under the advisory's update instructions ("更新手順", "Update instructions") is labelled by its kind:
    // the heading it happens to sit under says how to upgrade, not what was fixed.
    const ranked = chosen.map((entry) => RANK[entry.kind] <= RANK.security && !entry.prose && (entry.label === null || (entry.kind === "security" && isUpdateInstructions(entry.label))) ? { ...entry, label: phrases.label(entry.kind) } : entry);
    const fixed = render("");
    if (!rules.fits(fixed) && rules.length(fixed) > rules.maxLength) {
        throw fail("ETEMPLATETOOLONG", `The post without any notes is already ${rules.length(fixed)} characters as ${notes_networks/* NETWORK_NAME */.R6[rules.network]} counts them, over the limit of ${rules.maxLength}.`, 
        // Only X's limit is a setting; Bluesky's is fixed and Mastodon's is the instance's.
        rules.network === "x"
            ? `Shorten the template (or the release name), or raise ${settings.names.maxLength} if your account allows longer posts.`
            : `Shorten ${notes_networks/* NETWORK_NAME */.R6[rules.network]}'s template (or the release name): its limit of ${rules.maxLength} is ${rules.network === "bluesky" ? "Bluesky's own" : "the instance's"}.`);
    }
    const layout = layOut({
        ranked,
        prepare: (entry) => quietEntry(entry, rules),
        unshownChanges: unshown,
        ...(unshownKinds ? { unshownKinds } : {}),
        renderFirst: render,
        rules,
        phrases,
        language: model.language,
        standing: tier,
        thread: settings.thread,
        maxPosts: settings.maxPosts,
        numbering: settings.numbering,
    });
    const posts = layout.posts.map((text) => ({ text, weightedLength: rules.length(text) }));
    if (posts.every((post) => post.text.trim() === "")) {
        throw fail("EEMPTYPOST", "The post would be empty: the template's placeholders and the release notes are all empty.", "Pass a version, tag, URL or notes, or put fixed text in the template.");
    }
    return { posts, omitted: layout.omitted, notices: notices(model), language: model.language };
}
/** The posts for X (X's weighted length, options.maxLength). */
function compose(release, options = {}) {
    return composePosts(release, options).posts;
}

;// CONCATENATED MODULE: ./src/notes/sample-release.ts
const SAMPLE_RELEASE = {
    version: "2.4.0",
    tag: "v2.4.0",
    name: "v2.4.0",
    repo: "release-tweet",
    owner: "octo-org",
    url: "https://github.com/octo-org/release-tweet/releases/tag/v2.4.0",
    notes: `# [2.4.0](https://github.com/octo-org/release-tweet/compare/v2.3.1...v2.4.0) (2025-03-14)

### Bug Fixes

* **compose:** never cut a link or an emoji in half ([#141](https://github.com/octo-org/release-tweet/issues/141)) ([3f2a9c1](https://github.com/octo-org/release-tweet/commit/3f2a9c1d5e6b7a8c9d0e1f2a3b4c5d6e7f8a9b0c))
* **oauth:** sign query parameters of the media upload URL, closes [#138](https://github.com/octo-org/release-tweet/issues/138)

### Features

* **thread:** continue long release notes in replies ([#135](https://github.com/octo-org/release-tweet/issues/135)) ([9b8c7d6](https://github.com/octo-org/release-tweet/commit/9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c))
* **cli:** \`release-tweet preview\` shows the exact posts and their length 🎉
* **action:** new \`max-length\` input for X Premium accounts (up to 25,000 characters)

> [!NOTE]
> Threads are off by default; turn them on with \`thread: true\`.
`,
};

;// CONCATENATED MODULE: ./src/x/cost.ts
// What a run costs on X, said before it runs (and, in the job summary, what it sent): how many posts, which carry a
// link — X bills those in a dearer class since 2026-04-20 — and how many write requests go out. Pure.


/**
 * X's pay-per-use prices of 2026-04-20 in thousandths of a dollar (docs/costs.md links X's pricing page). Media
 * uploads are not on that list, so no estimate counts them.
 */
const X_PRICES = { date: "2026-04-20", post: 15, postWithUrl: 200, altText: 5 };
/** Whether X sees a link in the text (twitter-text's extraction: the same tokens X links, bare domains included). */
function carriesLink(text) {
    return (0,x_text/* urlRanges */.Q9)(text).length > 0;
}
function runCost(input) {
    const postsWithLink = input.posts
        .filter((post) => carriesLink(post.text) || (input.linkToCome === true && post.number === 1))
        .map((post) => post.number);
    const mediaUploadRequests = input.upload?.uploadRequests ?? 0;
    const altTextRequests = input.upload?.altTextRequests ?? 0;
    const plain = input.posts.length - postsWithLink.length;
    return {
        posts: input.posts.length,
        postsWithLink,
        writeRequests: input.posts.length + mediaUploadRequests + altTextRequests,
        mediaUploadRequests,
        altTextRequests,
        readRequests: input.readRequests ?? 0,
        estimateMills: postsWithLink.length * X_PRICES.postWithUrl + plain * X_PRICES.post + altTextRequests * X_PRICES.altText,
    };
}
/** The cost of sending every post of a composed thread (a dry run, a preview). */
function planCost(posts, upload, linkToCome = false) {
    return runCost({ posts: posts.map((post, index) => ({ text: post.text, number: index + 1 })), upload, linkToCome });
}
/** "$0.23", "$0.015", "$0.245". */
function formatDollars(mills) {
    const text = (mills / 1000).toFixed(3);
    return `$${text.endsWith("0") ? text.slice(0, -1) : text}`;
}
function count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** "none with a link", "with a link" (the only post), "all with a link", "posts 1, 3 with a link". */
function linkPart(cost) {
    const linked = cost.postsWithLink;
    if (linked.length === 0)
        return "none with a link";
    if (linked.length === cost.posts)
        return cost.posts === 1 ? "with a link" : "all with a link";
    return `${linked.length === 1 ? "post" : "posts"} ${linked.join(", ")} with a link`;
}
function requestParts(cost) {
    const parts = [count(cost.posts, "post")];
    if (cost.mediaUploadRequests > 0)
        parts.push(count(cost.mediaUploadRequests, "media upload request"));
    if (cost.altTextRequests > 0)
        parts.push(count(cost.altTextRequests, "alt text request"));
    return parts.join(", ");
}
/**
 * One line: "Cost on X: 3 posts (post 1 with a link) in 5 write requests (3 posts, 1 media upload request, 1 alt text
 * request); about $0.235 at X's prices of 2026-04-20, media uploads not included. See …/docs/costs.md."
 */
function describeCost(cost, tense = "will") {
    const lead = tense === "will" ? "Cost on X" : "Sent to X";
    const reads = cost.readRequests > 0 ? `, and ${count(cost.readRequests, "read request")} to find what an earlier run posted` : "";
    const uploads = cost.mediaUploadRequests > 0 ? ", media uploads not included" : "";
    return (`${lead}: ${count(cost.posts, "post")} (${linkPart(cost)}) in ${count(cost.writeRequests, "write request")} ` +
        `(${requestParts(cost)})${reads}; about ${formatDollars(cost.estimateMills)} at X's prices of ${X_PRICES.date}${uploads}. ` +
        `See ${(0,errors/* docsUrl */.fs)("costs")}`);
}

;// CONCATENATED MODULE: ./src/x/image.ts
// Checks the first post's image before any request: where the file is (never outside the folder a door allows), that
// it exists, its type by its first bytes (PNG, JPEG, GIF, WEBP — not its name), X's size limit for that type, and the
// alt text's length. Reads the file; sends nothing. Each problem names the setting as the door calls it.



const MIB = 1024 * 1024;
const IMAGE = { category: "tweet_image", maxBytes: 5 * MIB };
const IMAGE_TYPES = [
    { label: "PNG", mediaType: "image/png", ...IMAGE },
    { label: "JPEG", mediaType: "image/jpeg", ...IMAGE },
    { label: "GIF", mediaType: "image/gif", category: "tweet_gif", maxBytes: 15 * MIB },
    { label: "WEBP", mediaType: "image/webp", ...IMAGE },
];
/** X's limit for alt text (POST /2/media/metadata), in characters. */
const ALT_TEXT_MAX = 1_000;
/** The type by the file's first bytes (its magic number), or null when it is none X takes as an image. */
function sniffImageType(head) {
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    const find = (label) => IMAGE_TYPES.find((type) => type.label === label) ?? null;
    if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        return find("PNG");
    if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
        return find("JPEG");
    const ascii = bytes.subarray(0, 12).toString("latin1");
    if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a"))
        return find("GIF");
    if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP")
        return find("WEBP");
    return null;
}
/** "182 KB", "5.2 MB" (2^10 and 2^20 bytes, as X's limits are read). */
function formatSize(bytes) {
    if (bytes < MIB)
        return `${Math.max(1, Math.round(bytes / 1024))} KB`;
    return `${(bytes / MIB).toFixed(1).replace(/\.0$/, "")} MB`;
}
const bytes = (count) => `${count.toLocaleString("en-US")} bytes`;
const LIMITS_TEXT = `${formatSize(IMAGE.maxBytes)} for PNG, JPEG and WEBP, ${formatSize(15 * MIB)} for GIF`;
function problem(code, message, fix) {
    return new errors/* ReleaseTweetError */.be(code, message, fix, { docs: "configuration" });
}
function inside(folder, path) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === "" || (!rel.startsWith("..") && !(0,external_node_path_.isAbsolute)(rel));
}
/** The alt text's problem, if any; the alt text is counted in characters (code points) as a person counts them. */
function altProblem(alt, hasImage, names) {
    if (alt === "")
        return null;
    if (!hasImage) {
        return problem("EIMAGEALT", `${names.imageAlt} is set, but ${names.image} is not: alt text describes an image.`, `Set ${names.image} as well, or remove ${names.imageAlt}.`);
    }
    const length = Array.from(alt.normalize("NFC")).length;
    if (length <= ALT_TEXT_MAX)
        return null;
    return problem("EIMAGEALT", `${names.imageAlt} is ${length.toLocaleString("en-US")} characters long; X takes at most ${ALT_TEXT_MAX.toLocaleString("en-US")}.`, `Shorten ${names.imageAlt} to at most ${ALT_TEXT_MAX.toLocaleString("en-US")} characters.`);
}
/**
 * Reads and checks the image (null when none is set). Throws one ReleaseTweetError, or an AggregateError of them when
 * both the file and the alt text are wrong. Codes: EIMAGEPATH, EIMAGENOTFOUND, EIMAGETYPE, EIMAGETOOLARGE, EIMAGEALT.
 */
async function readImage(request, names) {
    const given = request.path?.trim() ?? "";
    const alt = request.alt?.trim() ?? "";
    const problems = [];
    const altIssue = altProblem(alt, given !== "", names);
    if (altIssue)
        problems.push(altIssue);
    let file = null;
    if (given !== "") {
        try {
            file = { path: given, alt, ...(await readChecked(given, request, names)) };
        }
        catch (error) {
            if (!(error instanceof errors/* ReleaseTweetError */.be))
                throw error;
            problems.push(error);
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new AggregateError(problems, `${problems.length} problems with the image settings.`);
    return file;
}
async function readChecked(given, request, names) {
    const where = `'${given}'`;
    const absolute = (0,external_node_path_.resolve)(request.baseDir, given);
    const confine = request.confineTo;
    const outside = () => problem("EIMAGEPATH", `${names.image} ${where} leads outside ${request.baseName}.`, `Keep the image inside ${request.baseName}, e.g. committed to the repository, and give its path relative to it (no '..', no link pointing out).`);
    // Checked on the path as written first, then with symbolic links followed.
    if (confine !== undefined && !inside((0,external_node_path_.resolve)(confine), absolute))
        throw outside();
    let size;
    try {
        const info = await (0,promises_.stat)(absolute);
        if (!info.isFile()) {
            throw problem("EIMAGEPATH", `${names.image} ${where} is ${info.isDirectory() ? "a directory" : "not a file"}, not an image file.`, `Give the path of an image file, relative to ${request.baseName}.`);
        }
        size = info.size;
        if (confine !== undefined && !inside(await (0,promises_.realpath)(confine), await (0,promises_.realpath)(absolute)))
            throw outside();
    }
    catch (error) {
        if (error instanceof errors/* ReleaseTweetError */.be)
            throw error;
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR") {
            throw problem("EIMAGENOTFOUND", `${names.image} ${where} does not exist (looked for ${absolute}).`, `Give the path of the image relative to ${request.baseName}, and make sure the file is there when the job runs (committed and checked out, or made by an earlier step).`);
        }
        throw problem("EIMAGEPATH", `${names.image} ${where} cannot be read (${code ?? "error"}).`, `Check that the file is readable by the job's user.`);
    }
    const handle = await (0,promises_.open)(absolute, "r").catch((error) => {
        throw problem("EIMAGEPATH", `${names.image} ${where} cannot be read (${error.code ?? "error"}).`, "Check that the file is readable by the job's user.");
    });
    let type;
    try {
        const head = Buffer.alloc(12);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        type = sniffImageType(head.subarray(0, bytesRead));
        if (type === null) {
            throw problem("EIMAGETYPE", `${names.image} ${where} is not a PNG, JPEG, GIF or WEBP image${size === 0 ? " (the file is empty)" : ""}.`, "X takes PNG, JPEG, GIF and WEBP images: save the image in one of these formats (the file's content decides, not its name).");
        }
        if (size > type.maxBytes) {
            throw problem("EIMAGETOOLARGE", `${names.image} ${where} is ${formatSize(size)} (${bytes(size)}); X takes ${type.label} images up to ${formatSize(type.maxBytes)} (${bytes(type.maxBytes)}).`, `Make the image smaller (fewer pixels, more compression) to fit X's limits: ${LIMITS_TEXT}.`);
        }
    }
    finally {
        await handle.close();
    }
    return { bytes: await (0,promises_.readFile)(absolute), type };
}
/** One line for dry runs and logs: what would be attached. */
function describeImage(file) {
    const alt = file.alt === "" ? "no alt text" : `alt text "${file.alt}"`;
    return `${file.path} (${file.type.label}, ${formatSize(file.bytes.length)}), ${alt}`;
}

// EXTERNAL MODULE: ./src/x/errors.ts
var x_errors = __webpack_require__(689);
;// CONCATENATED MODULE: ./src/x/media.ts
// Uploads the first post's image through X's v2 media endpoints (the v1.1 upload is retired for self-serve apps): one
// request for a small image, a chunked upload above ONE_SHOT_MAX_BYTES and for every GIF, waiting while X processes
// it, then the alt text. Also says beforehand which requests that takes (for dry runs and the cost lines).


/**
 * Up to 1 MiB an image goes in one request; above, in 1 MiB segments. Why 1 MiB: every media request has 30 s per
 * attempt (MEDIA_LIMITS), which 1 MiB fits down to ~300 kbit/s of upload while a 5 MB image would not below ~1.5
 * Mbit/s; a failed segment is sent again alone, not the whole file; and most release images (screenshots, banners)
 * stay under it and cost one write request instead of three or more.
 */
const ONE_SHOT_MAX_BYTES = 1024 * 1024;
const SEGMENT_BYTES = 1024 * 1024;
/** How long X may take processing a GIF before the run gives up, and the longest single wait X may ask for. */
const PROCESSING_BUDGET_MS = 60_000;
const LONGEST_CHECK_MS = 10_000;
/** The requests an image takes; STATUS checks while X processes a GIF are reads, and come on top. */
function planUpload(file) {
    const size = file.bytes.length;
    const altTextRequests = file.alt === "" ? 0 : 1;
    // A GIF is processed by X after the upload (async finalize), which only the chunked upload reports.
    if (file.type.category === "tweet_image" && size <= ONE_SHOT_MAX_BYTES) {
        return { mode: "one-shot", segments: 0, uploadRequests: 1, altTextRequests };
    }
    const segments = Math.max(1, Math.ceil(size / SEGMENT_BYTES));
    return { mode: "chunked", segments, uploadRequests: segments + 2, altTextRequests };
}
/** "one upload request and its alt text", "a chunked upload of 3 segments (5 requests)". */
function describePlan(plan) {
    const upload = plan.mode === "one-shot" ? "one upload request" : `a chunked upload in ${plan.segments} segment${plan.segments === 1 ? "" : "s"} (${plan.uploadRequests} requests)`;
    return plan.altTextRequests === 1 ? `${upload}, then one for the alt text` : upload;
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Uploads the image and sets its alt text; the media id goes on the first post. Throws ReleaseTweetError. */
async function uploadImage(client, file, options = {}) {
    const sleep = options.sleep ?? realSleep;
    const debug = options.debug ?? (() => undefined);
    const plan = planUpload(file);
    debug(`uploading the image: ${describePlan(plan)}`);
    let state;
    if (plan.mode === "one-shot") {
        state = await client.uploadMedia({ bytes: file.bytes, mediaType: file.type.mediaType, category: file.type.category });
    }
    else {
        const opened = await client.initializeMediaUpload({
            totalBytes: file.bytes.length,
            mediaType: file.type.mediaType,
            category: file.type.category,
        });
        for (let index = 0; index < plan.segments; index++) {
            const segment = file.bytes.subarray(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES);
            await client.appendMediaSegment(opened.id, index, segment);
        }
        state = await client.finalizeMediaUpload(opened.id);
    }
    state = await waitWhileProcessing(client, state, sleep, debug);
    if (file.alt !== "")
        await client.setMediaAltText(state.id, file.alt);
    return { mediaIds: [state.id], requests: plan.uploadRequests + plan.altTextRequests };
}
async function waitWhileProcessing(client, first, sleep, debug) {
    let state = first;
    let waited = 0;
    for (;;) {
        const processing = state.processing;
        if (processing === undefined || processing.state === "succeeded")
            return state;
        if (processing.state === "failed") {
            throw xError("EXMEDIAFAILED", { request: "GET /2/media/upload (STATUS)", detail: processing.error ?? "processing failed" });
        }
        const wait = Math.min(LONGEST_CHECK_MS, Math.max(1_000, processing.checkAfterSecs * 1_000));
        if (waited + wait > PROCESSING_BUDGET_MS) {
            throw new ReleaseTweetError("EXMEDIAFAILED", `X was still processing the image after ${Math.round(waited / 1_000)} s; nothing was posted.`, "Run the job again later, or use a PNG or JPEG image, which X does not need to process.", { docs: "troubleshooting" });
        }
        debug(`X is processing the image (${processing.state}); checking again in ${wait} ms`);
        await sleep(wait);
        waited += wait;
        state = await client.getMediaStatus(state.id);
    }
}

// EXTERNAL MODULE: ./src/mastodon/length.ts
var mastodon_length = __webpack_require__(183);
;// CONCATENATED MODULE: ./src/announce/network-modules.ts
const defaultLoaders = {
    loadBluesky: () => __webpack_require__.e(/* import() */ 282).then(__webpack_require__.bind(__webpack_require__, 901)),
    loadMastodon: () => __webpack_require__.e(/* import() */ 162).then(__webpack_require__.bind(__webpack_require__, 781)),
};

// EXTERNAL MODULE: ./src/announce/settings.ts
var announce_settings = __webpack_require__(105);
;// CONCATENATED MODULE: ./src/announce/plan.ts






/** Composes the posts of every configured network. Never throws for one network's problem: that network's plan holds it. */
async function planAnnouncement(release, settings, deps) {
    const plan = { release, settings, networks: [], warnings: [] };
    const networks = deps.only ? announce_settings/* NETWORKS */.Of.filter((network) => deps.only.includes(network)) : (0,announce_settings/* configuredNetworks */.E4)(settings);
    for (const network of networks) {
        let rules;
        if (network === "x")
            rules = (0,notes_networks/* xRules */.WN)(settings.compose.maxLength);
        else if (network === "bluesky")
            rules = (0,notes_networks/* blueskyRules */.FU)();
        else
            rules = (0,notes_networks/* mastodonRules */.rj)(await mastodonLimits(plan, deps));
        const limit = rules.maxLength;
        try {
            const composition = composePosts(release, { ...settings.compose, template: (0,announce_settings/* templateFor */.a3)(settings, network) }, rules);
            plan.networks.push({ network, composition, limit });
        }
        catch (error) {
            plan.networks.push({ network, limit, error });
        }
    }
    return plan;
}
async function mastodonLimits(plan, deps) {
    const target = plan.settings.mastodon;
    if (target === undefined || deps.readMastodonLimits === false)
        return { ...mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4 };
    try {
        const { MastodonClient } = await (deps.loadMastodon ?? defaultLoaders.loadMastodon)();
        const client = new MastodonClient({ url: target.url, accessToken: target.accessToken, dispatcher: await deps.dispatcher(), debug: deps.debug });
        plan.mastodonClient = client;
        return await client.instanceLimits();
    }
    catch (error) {
        const { maxCharacters, urlWeight } = mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4;
        plan.warnings.push(`Could not read the Mastodon instance's limits, so its posts are composed for Mastodon's defaults (${maxCharacters} characters, a link counting ${urlWeight}): ${(0,errors/* describeError */.Uc)(error)}`);
        return { ...mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4 };
    }
}

;// CONCATENATED MODULE: ./src/cli/preview-networks.ts
// `release-tweet preview` beyond X: which networks to show (--network, or X and every network the environment
// configures), their posts framed with their own lengths, and the JSON report of every network.




const UNIT = { x: "weighted, as X counts", bluesky: "graphemes, as Bluesky counts", mastodon: "characters, as the instance counts" };
/** The networks to preview: the one --network names, else X and each network whose credentials the environment has. */
function previewNetworks(flag, env) {
    if (flag !== undefined) {
        if (!announce_settings/* NETWORKS */.Of.includes(flag)) {
            throw new errors/* ReleaseTweetError */.be("EPREVIEWUSAGE", `--network must be one of ${announce_settings/* NETWORKS */.Of.join(", ")}, not '${flag}'.`, "Pass --network x, --network bluesky or --network mastodon.", {
                docs: "preview",
            });
        }
        return [flag];
    }
    return announce_settings/* NETWORKS */.Of.filter((network) => network === "x" ||
        (network === "bluesky" && (0,announce_settings/* anyGiven */.OB)([env[announce_settings/* BLUESKY_ENV */.Yy.identifier], env[announce_settings/* BLUESKY_ENV */.Yy.appPassword]])) ||
        (network === "mastodon" && (0,announce_settings/* anyGiven */.OB)([env[announce_settings/* MASTODON_ENV */.yv.url], env[announce_settings/* MASTODON_ENV */.yv.accessToken]])));
}
/**
 * Composes the release for the networks. Mastodon's limits are the instance's when MASTODON_URL and
 * MASTODON_ACCESS_TOKEN are set (one GET /api/v2/instance), else Mastodon's defaults; nothing is ever posted.
 */
async function previewPlan(release, compose, templates, networks, io) {
    const url = io.env[announce_settings/* MASTODON_ENV */.yv.url]?.trim();
    const accessToken = io.env[announce_settings/* MASTODON_ENV */.yv.accessToken]?.trim();
    const readLimits = networks.includes("mastodon") && Boolean(url) && Boolean(accessToken);
    const settings = {
        compose,
        templates,
        ...(readLimits ? { mastodon: { url: url, accessToken: accessToken, visibility: announce_settings/* DEFAULT_MASTODON_VISIBILITY */.nB } } : {}),
    };
    const plan = await planAnnouncement(release, settings, {
        only: networks,
        readMastodonLimits: readLimits,
        // The one dispatcher of the door (src/core/proxy-agent.ts), loaded only when the instance is asked.
        dispatcher: async () => {
            const { dispatcher, warning } = (await __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 519))).createDispatcher(io.env);
            if (warning)
                plan.warnings.push(warning);
            return dispatcher;
        },
    });
    if (networks.includes("mastodon") && !readLimits) {
        const { maxCharacters, urlWeight } = mastodon_length/* DEFAULT_MASTODON_LIMITS */.p4;
        plan.warnings.push(`Mastodon's posts are counted for Mastodon's defaults (${maxCharacters} characters, a link counting ${urlWeight}); set ${announce_settings/* MASTODON_ENV */.yv.url} and ${announce_settings/* MASTODON_ENV */.yv.accessToken} to use your instance's limits.`);
    }
    return plan;
}
/** Prints one network's posts, each framed with its length; a heading names the network when several are shown. */
function printNetwork(io, plan, withHeading) {
    const posts = plan.composition?.posts ?? [];
    if (withHeading)
        io.out(`═══ ${announce_settings/* NETWORK_NAME */.R6[plan.network]} (${UNIT[plan.network]}) ═══\n`);
    posts.forEach((post, index) => {
        io.out(`── post ${index + 1} of ${posts.length} ──`);
        io.out(post.text);
        io.out(`── ${post.weightedLength}/${plan.limit} ──\n`);
    });
}
/** One network in --json: its posts with their lengths, its limit, what was left out, the notes' language and notices. */
function networkReport(plan) {
    const composition = plan.composition;
    return {
        posts: composition.posts,
        limit: plan.limit,
        omitted: composition.omitted,
        language: composition.language,
        notices: composition.notices,
    };
}
/**
 * The --json report: `networks` holds every network shown; the top-level fields stay X's (as before there were
 * other networks), present when X is shown.
 */
function previewJson(plan) {
    const networks = Object.fromEntries(plan.networks.map((network) => [network.network, networkReport(network)]));
    const x = plan.networks.find((network) => network.network === "x");
    return { ...(x ? networkReport(x) : {}), networks, ...(plan.warnings.length > 0 ? { warnings: plan.warnings } : {}) };
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var cli_usage = __webpack_require__(485);
;// CONCATENATED MODULE: ./src/core/tag-version.ts
// The version a release tag names. Tags carry it plain ("1.2.0"), after a "v" ("v1.2.0"), or after the package's name
// in monorepos and multi-package repositories ("jackson-databind-2.18.2", "tauri-v2.0.0-rc.0", "@scope/pkg@1.2.0").
// A name and its separator, then the version: at least "major.minor", to the end of the tag.
const NAMED = /^.*?[-@/_]v?(?=\d+\.\d+(?:[.\-+][\w.+-]*)?$)/u;
/** The version in `tag`: without a leading "v" or package name; the tag itself when it names no version. */
function versionOfTag(tag) {
    const plain = tag.replace(/^v(?=\d)/u, "");
    if (/^\d/u.test(plain))
        return plain;
    return tag.replace(NAMED, "");
}

;// CONCATENATED MODULE: ./src/cli/preview.ts
// `release-tweet preview`: prints the exact posts the composer makes for a release, with X's weighted length.













const HELP = `Usage: release-tweet preview [options]

Shows the exact posts release-tweet would send, without posting anything.
With no options it previews a built-in sample release.

Options:
  --notes FILE|-        Release notes (Markdown) from FILE, or from stdin with '-'
  --version V           Version, e.g. 1.2.0 (default: --tag without a leading 'v')
  --tag T               Git tag, e.g. v1.2.0 (default: 'v' + --version)
  --name N              Release name (default: the tag)
  --url U               Release page URL (default: the GitHub release page, from --repo owner/name and the tag)
  --repo owner/name     Repository; fills {owner} and {repo}
  --project NAME        The project's name for the default opener (default: from --name or --repo)
  --template T          Post template (default: ${JSON.stringify(DEFAULT_TEMPLATE)})
                        Placeholders: {version} {tag} {name} {repo} {owner} {url} {notes}; {{ and }} are braces
  --thread              Continue long notes in replies instead of one post with the most important changes
  --max-posts N         A thread's cap, 1-${setting_rules/* MAX_POSTS_LIMIT */.tw} (default: ${setting_rules/* DEFAULT_MAX_POSTS */.Pw}); the last post points at the full notes
  --numbering           Number a thread's posts (1/4, 2/4, …)
  --max-length N        X's weighted limit per post, 1-${setting_rules/* MAX_LENGTH_LIMIT */.c} (default: ${setting_rules/* DEFAULT_MAX_LENGTH */.mg}; Premium allows more)
  --image FILE          An image for X's first post (PNG, JPEG, GIF or WEBP; checked, not uploaded)
  --image-alt TEXT      The image's alt text (at most 1,000 characters)
  --network NAME        Only this network: x, bluesky or mastodon (default: X, and Bluesky and Mastodon
                        when their credentials are in the environment)
  --bluesky-template T  Bluesky's own template (default: --template)
  --mastodon-template T Mastodon's own template (default: --template)
  --json                Print the posts as JSON: {"posts": [{"text", "weightedLength"}], "cost", "image", …,
                        "networks": {…}}; the fields beside "networks" are X's, "networks" holds each network shown
  -h, --help            Show this help

Exit status: 0 done, 1 failed, 2 bad arguments.`;
const OPTIONS = {
    notes: { type: "string" },
    version: { type: "string" },
    tag: { type: "string" },
    name: { type: "string" },
    url: { type: "string" },
    repo: { type: "string" },
    template: { type: "string" },
    project: { type: "string" },
    thread: { type: "boolean" },
    "max-length": { type: "string" },
    "max-posts": { type: "string" },
    numbering: { type: "boolean" },
    image: { type: "string" },
    "image-alt": { type: "string" },
    network: { type: "string" },
    "bluesky-template": { type: "string" },
    "mastodon-template": { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
/**
 * Errors in the command line itself, which exit 2: an unknown option, a missing or bad value, a notes file that cannot
 * be read, a --template that is no template. What the notes make of it (a thread too long) exits 1.
 */
const USAGE_CODES = new Set([
    "EPREVIEWUSAGE",
    "EINVALIDMAXLENGTH",
    "EINVALIDMAXPOSTS",
    "ETEMPLATE",
    "EIMAGEPATH",
    "EIMAGENOTFOUND",
    "EIMAGETYPE",
    "EIMAGETOOLARGE",
    "EIMAGEALT",
]);
/** A bad command line (exit 2); a setting every door has keeps its one code (EINVALIDMAXLENGTH, …). */
function usageError(message, fix, code = "EPREVIEWUSAGE") {
    return new errors/* ReleaseTweetError */.be(code, message, fix, { docs: "preview" });
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString("utf8");
}
async function readNotesFile(file, io) {
    if (file === "-")
        return readStream(io.stdin);
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), "utf8");
    }
    catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? "error"})`;
        throw usageError(`The notes file '${file}' ${why}.`, "Pass the path of a Markdown file with --notes, or '-' to read stdin.");
    }
}
function parseMaxPosts(value) {
    if (value === undefined)
        return undefined;
    const number = (0,setting_rules/* wholeNumberFromText */.mf)(value);
    const problem = (0,setting_rules/* maxPostsProblem */.Rt)(number);
    if (problem !== undefined) {
        throw usageError(`--max-posts ${problem}, not '${value}'.`, `Use ${setting_rules/* DEFAULT_MAX_POSTS */.Pw}, or any number up to ${setting_rules/* MAX_POSTS_LIMIT */.tw}.`, "EINVALIDMAXPOSTS");
    }
    return number;
}
function parseMaxLength(value) {
    if (value === undefined)
        return undefined;
    const number = (0,setting_rules/* wholeNumberFromText */.mf)(value);
    const problem = (0,setting_rules/* maxLengthProblem */.AX)(number);
    if (problem !== undefined) {
        throw usageError(`--max-length ${problem}, not '${value}'.`, `Use 280, or up to ${setting_rules/* MAX_LENGTH_LIMIT */.c} for X Premium.`, "EINVALIDMAXLENGTH");
    }
    return number;
}
/** Fills missing values from each other: tag ⇄ version, name = tag, url from repo and tag. A version is a number: "v1.2.0" gives "1.2.0". */
function releaseFrom(values, notes) {
    const tag = values.tag ?? (values.version ? `v${values.version.replace(/^v/, "")}` : "");
    const version = values.version?.replace(/^v(?=\d)/, "") ?? versionOfTag(tag);
    const [owner = "", repo = ""] = values.repo?.includes("/") ? values.repo.split("/", 2) : ["", values.repo ?? ""];
    if (values.repo !== undefined && !/^[\w.-]*\/?[\w.-]+$/.test(values.repo)) {
        throw usageError(`--repo must look like owner/name, not '${values.repo}'.`, "Pass --repo octo-org/my-project.");
    }
    // The page GitHub gives every release, so that a preview shows the link the real post will carry.
    const url = values.url ?? (owner && repo && tag ? `https://github.com/${owner}/${repo}/releases/tag/${encodeURIComponent(tag)}` : "");
    return { version, tag, name: values.name ?? tag, url, owner, repo, notes };
}
async function runPreview(argv, io) {
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
        }
        catch (error) {
            throw usageError((0,cli_usage/* argumentProblem */.Rs)(error), "Run 'release-tweet preview --help' for the options.");
        }
        const { values } = parsed;
        if (values.help) {
            io.out(HELP);
            return 0;
        }
        const maxLength = parseMaxLength(values["max-length"]);
        const maxPosts = parseMaxPosts(values["max-posts"]);
        const useSample = ["notes", "version", "tag", "name", "url", "repo", "project"].every((key) => values[key] === undefined);
        const release = useSample
            ? SAMPLE_RELEASE
            : releaseFrom(values, values.notes === undefined ? null : await readNotesFile(values.notes, io));
        const networks = previewNetworks(values.network, io.env);
        // The image is checked before anything is composed: a bad path is a bad command line.
        const image = await readImage({ path: values.image, alt: values["image-alt"], baseDir: io.cwd, baseName: "the current directory" }, { image: "--image", imageAlt: "--image-alt" });
        const upload = image ? planUpload(image) : null;
        const plan = await previewPlan(values.project ? { ...release, project: values.project } : release, {
            template: values.template,
            maxLength: maxLength ?? setting_rules/* DEFAULT_MAX_LENGTH */.mg,
            thread: values.thread,
            maxPosts,
            numbering: values.numbering,
            settingNames: { maxLength: "--max-length", thread: "--thread", maxPosts: "--max-posts", numbering: "--numbering" },
        }, { bluesky: values["bluesky-template"], mastodon: values["mastodon-template"] }, networks, io);
        const failed = plan.networks.find((network) => network.composition === undefined);
        if (failed)
            throw failed.error;
        const xPlan = plan.networks.find((network) => network.network === "x");
        const xPosts = xPlan?.composition?.posts;
        const cost = xPosts ? planCost(xPosts, upload) : null;
        if (values.json) {
            const attached = image && upload ? { path: image.path, type: image.type.label, bytes: image.bytes.length, alt: image.alt, upload } : null;
            const report = previewJson(plan);
            io.out(JSON.stringify(xPlan ? { ...report, image: attached, cost } : report, null, 2));
            return 0;
        }
        for (const warning of plan.warnings)
            io.err(`Warning: ${warning}`);
        if (useSample)
            io.out(`(No release given: previewing the built-in sample, ${release.repo} ${release.version}.)\n`);
        // The notes are read once, whatever the network: what they say about the reading is said once.
        for (const notice of plan.networks[0]?.composition?.notices ?? [])
            io.out(`(${notice})\n`);
        for (const network of plan.networks) {
            printNetwork(io, network, plan.networks.length > 1);
            if (network.network !== "x")
                continue;
            if (image && upload)
                io.out(`Image on post 1: ${describeImage(image)}; ${describePlan(upload)}.`);
            if (cost)
                io.out(describeCost(cost) + (plan.networks.length > 1 ? "\n" : ""));
        }
        return 0;
    }
    catch (error) {
        io.err(`release-tweet preview: ${(0,cli_usage/* sentence */.em)((0,errors/* describeError */.Uc)(error))}`);
        const usage = (e) => e instanceof errors/* ReleaseTweetError */.be && USAGE_CODES.has(e.code);
        return usage(error) || (error instanceof AggregateError && error.errors.every(usage)) ? cli_usage/* USAGE_STATUS */.x5 : 1;
    }
}


/***/ })

};
