// One vocabulary for the repository's own upkeep: the words that say a change is work on the project's repository, not
// on what its users install. reach.ts (what reaches no user) and kinds.ts (what is housekeeping) build their patterns
// from these families, so a word added to a family reaches every pattern that names it. Each family is a regular
// expression source without flags or anchors: the patterns that use it say where it stands (a whole line, anywhere,
// after a verb) and read it case-insensitively unless they say otherwise.

// Verbs of upkeep that take a shared ending: "add", "adds", "updated", "fixes". Upkeep lines start with them ("Update
// issue template", "Fix typo in README"); which verbs a pattern accepts stays its own.
export function upkeepVerbs(stems: readonly string[]): string {
  return String.raw`(?:${stems.join("|")})(?:s|es|ed|d)?`;
}

// Files only the repository has, which no package ships to users: its read-me, contributing guide, code of conduct,
// security policy, authors, changelog, notice and licence ("Update CONTRIBUTING.md", "Delete LICENSE-foo.txt").
export const REPOSITORY_DOC_FILES = String.raw`README|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|AUTHORS|CHANGELOG|NOTICE|LICEN[CS]E`;

// Files that say who owns, funds or helps the repository: GitHub reads them, users never do ("Update CODEOWNERS",
// "Add FUNDING.yml").
export const OWNERSHIP_FILES = String.raw`codeowners|funding\.yml`;

// Lists of the people behind the project, kept in its read-me ("Add X to the contributors list", "Update sponsors
// section"): thanks, not a change.
export const PEOPLE_LISTS = String.raw`contributors? list|sponsors? (?:section|list)`;

// Dotfiles that configure the repository's editors and git ("Add .editorconfig", "Update gitignore"): no user runs them.
// So do the instructions kept for coding agents that work on the repository ("add copilot-instructions.md to .github").
export const REPOSITORY_DOTFILES = String.raw`editorconfig|gitignore|copilot-instructions|AGENTS\.md|CLAUDE\.md`;

// Tools that only the repository's CI and release runs: coverage services, commit hooks, version bumpers and release
// bots ("Fix codecov token", "Update husky"). Mending them mends nothing users get.
export const CI_TOOLS = String.raw`codecov|coveralls|pre-commit|husky|lint-staged|bumpversion|bump2version|semantic-release|release-please|goreleaser`;

// The repository's CI named as a whole: GitHub Actions, its workflow folder, its configuration, in English, Chinese,
// Japanese and Korean ("Update CI config", "CIの設定を更新", "CI 설정", "持续集成"). Only the project's maintainers
// run it. A line that is only a verb and "CI" ("修复CI", "CI 수정") names it too.
export const CI_NAMED = String.raw`\bgithub actions?\b|\.github\/workflows\b|\bci\s*(?:config(?:uration)?|pipelines?|jobs?|settings?|workflows?|の|流程|配置|流水线|設定|设定|설정|워크플로|ワークフロー)|\bci\s*的\s*(?:配置|流程|脚本)|持续集成|^(?:修复|修正|更新|优化|调整)\s*ci\s*$|^ci\s*(?:수정|업데이트|개선)$`;

// Kinds of test suite a project keeps for itself ("Add e2e tests", "integration tests"): run by its CI, never installed.
export const TEST_SUITES = String.raw`unit|integration|e2e`;
// The same kinds of test in Chinese, Japanese and Korean, each with its word for a test ("E2E テスト", "单元测试",
// "통합 테스트").
export const TEST_SUITES_CJK = String.raw`(?:E2E|e2e|統合|単体|ユニット|結合|통합|단위|유닛|集成|单元|端到端)\s*(?:テスト|测试|테스트)`;

// The forms the repository asks issues and pull requests to be filed with ("Update issue template", "PR テンプレート",
// "이슈 템플릿"): only contributors meet them.
export const ISSUE_FORMS = String.raw`issue|bug[- ]report|feature[- ]request|pr|pull[- ]request`;
export const TEMPLATES_CJK = String.raw`(?:issue|PR|イシュー|プルリクエスト|议题|问题|이슈|PR)\s*(?:テンプレート|模板|템플릿)`;

// Licence headers at the top of the repository's source files, in English, Chinese, Japanese and Korean ("Add licence
// headers", "增加license header信息", "ライセンスヘッダ"): legal upkeep of the code, not a change in what it does.
export const LICENCE_HEADERS = String.raw`\blicen[cs]e\s+headers?\b|(?:licen[cs]e|许可证?|版权)\s*(?:header|头|声明)|ライセンスヘッダ|라이선스\s*헤더`;

// Cutting a release or readying the next one, said as a noun or a verb, in the languages notes come in: "Release
// preparation", "Dev version preparation", "Prepare release 2.3", "Preparing for the next release", "Start next
// development cycle", "Back to development", "Post-release version bump", "Vorbereitung des Releases", "Préparation de
// la version", "Preparación de la versión", "Preparação do release", "版本发布准备", "发布准备", "准备发布", "リリース準備",
// "릴리스 준비". A whole line: no user meets it.
export const RELEASE_PREPARATION = String.raw`^(?:(?:next |new |the )?(?:(?:dev(?:elopment)?|snapshot|patch|minor|major|pre-?release) )?(?:version|release|rc)(?: v?\d[\w.+-]*)? prep(?:aration|aring)?(?: (?:for|of) (?:the )?(?:next |new )?(?:dev(?:elopment)? )?(?:version|release|cycle)(?: v?\d[\w.+-]*)?)?|prep(?:are[sd]?|aring|aration)(?: (?:for|of))? (?:the )?(?:next |new )?(?:(?:dev(?:elopment)?|snapshot|patch|minor|major) )?(?:version|release|cycle|dev(?:elopment)? (?:version|cycle))(?: v?\d[\w.+-]*)?|(?:start|begin|open)(?:s|ed)? (?:the )?(?:next|new) (?:dev(?:elopment)?|release) cycle|back to (?:dev(?:elopment)?|snapshot)(?: version)?|post-?release (?:version )?bump|vorbereitung (?:des|der|für (?:das|die)) (?:releases?|version|veröffentlichung)(?: v?\d[\w.+-]*)?|release[- ]vorbereitung|préparation (?:de la|du|d'une) (?:version|release|publication)(?: v?\d[\w.+-]*)?|preparaci[óo]n (?:de la|del) (?:versi[óo]n|lanzamiento|release)(?: v?\d[\w.+-]*)?|prepara[çc][ãa]o (?:da|do) (?:vers[ãa]o|lan[çc]amento|release)(?: v?\d[\w.+-]*)?|(?:版本)?(?:发布|發佈|发版|發版)准备|(?:版本)?(?:发布|發佈)準備|准备(?:发布|发版|發佈)(?:\s*v?\d[\w.+-]*)?|リリース(?:の)?準備|릴리(?:스|즈)\s*준비)[.!。]?$`;

// What a refactor gives users, said in its own line ("重构 laytpl 模板引擎，增强对更多复杂模板结构的解析能力", "Refactor
// the parser to support nested blocks"): more it can do, or faster (en, zh, ja, ko). Such a refactor is no upkeep.
export const REFACTOR_GAIN = String.raw`[^.。\n]*(?:\b(?:to|and|for)\s+(?:better\s+)?(?:support|improve|speed|allow|enable)\w*|\b(?:faster|x\s*faster)\b|[，,；;]\s*(?:增强|提升|支持|加快|改善|提高|新增)|(?:强化|高速化|改善)(?:しました|する|した)?|(?:사용성|성능)\s*(?:개선|향상))`;
