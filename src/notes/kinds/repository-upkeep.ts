// Work on the project's repository that changelogs of pull-request titles list beside the changes users meet, in the
// languages notes come in (en, zh, ja, ko, de, fr, es, pt): a test added or mended, an edit confined to a test file, the
// editor settings and linters the maintainers work with, a merge of one branch into another, a workflow file updated,
// a build-output folder deleted, a contributing guide written. Users of the release meet none of it, so it ranks
// with housekeeping. (kinds.ts reads the commoner forms; these are the ones it read as features or removals.)

// Tests named as the object: "Add regression test capturing need for `withCause` call", "Add unit tests for X", "try to
// fix mac tests with …", "Remove full_stream_decompression from TestServiceClient.kt". (Not "Add snapshot support in
// tests" nor "Add a `test` command": what a test library or a CLI gives its users.)
const TESTS_EN = String.raw`^(?:try(?:ing)? to\s+)?(?:add|adds|added|write|wrote|fix|fixes|fixed|update|updated|improve|improved|rework|reworked)\s+(?:(?:a|an|the|some|more|missing|new|failing|flaky|broken)\s+)*(?:(?!(?:in|for|of|on|with|when|crash|bug|error)\b)[\w-]+\s+){0,2}(?:regression\s+|unit\s+|integration\s+|e2e\s+|smoke\s+|snapshot\s+)?tests?(?:\s+cases?)?(?=\s*[.!]?$|\s+(?:for|of|to cover|covering|capturing|that|which|on|when|with|in|under|against)\b)(?![^.!?]*\bsupport\b)|\b(?:from|in|to)\s+(?:[\w/-]*\/)?\x60?(?:Test\w+|\w+(?:Test|Tests|Spec|_test|_spec|\.test|\.spec))\.\w{1,5}\x60?[.!]?$`;
// The same in other languages, the tests being the whole line ("测试用例补充", "添加单元测试", "パーサーのテストを追加",
// "테스트 추가", "Tests hinzugefügt", "ajout de tests", "añadir pruebas", "adicionar testes"). A line that goes on after
// the verb ("接口测试更新为支持 GraphQL 请求", "测试用例添加附件功能") tells what a test product's users get.
const TESTS_OTHER = String.raw`^(?:(?:添加|增加|补充|修复|更新)(?:了)?\s*(?:回归|单元|集成)?测试(?:用例)?|(?:回归|单元|集成)?测试(?:用例)?(?:的)?(?:添加|增加|补充|修复|更新)(?:了)?|(?:[^。\n]{1,30}の)?(?:E2E ?)?テスト(?:コード)?(?:の|を)?(?:追加|修正|更新|作成)(?:しました|します)?|(?:[^.\n]{1,30}(?:의|에 대한) )?테스트(?:를|을)?\s*(?:추가|수정|업데이트|작성)(?:했습니다|합니다|함)?)[。.]?$|^(?:tests?\s+(?:hinzugefügt|ergänzt|repariert)|(?:ajout|correction)\s+(?:de|des)\s+tests|(?:añadir|agregar|corregir)\s+(?:las\s+)?pruebas|(?:adicionar|corrigir)\s+(?:os\s+)?testes)\b`;

// The editor settings the maintainers share: "Visual Studio Code用のコンフィグの追加", "Add VS Code settings", "添加 vscode
// 配置", "VSCode 설정 추가".
const EDITORS = String.raw`(?:visual studio code|vs ?code|\.vscode|intellij(?: idea)?|\.idea|jetbrains|devcontainer|dev container)`;
const EDITOR_CONFIG = String.raw`^(?:add|adds|added|update|updated|create|created|添加|增加|新增|更新)?\s*(?:the\s+)?${EDITORS}\s*(?:用の?|の|向け(?:の)?|的|용)?\s*(?:config(?:uration)?s?|settings?|workspace(?: settings)?|launch (?:config(?:uration)?|settings)|コンフィグ|設定(?:ファイル)?|配置(?:文件)?|设置|설정)(?:\s*(?:の|を|을|를))?\s*(?:追加|更新|作成|添加|增加|추가|업데이트)?[.。!]?$`;

// A linter or formatter brought in or set up: "ESLintの導入", "Introduce ESLint", "Add prettier", "引入 ESLint",
// "ESLint 도입", "ESLint einführen". (Not "Add ruff support": what a tool that runs linters gives its users.)
const LINTERS = String.raw`(?:eslint|prettier|stylelint|biome|oxlint|tslint|commitlint|ruff|flake8|pylint|black|isort|mypy|golangci-lint|rubocop|clippy|ktlint|detekt|spotless|checkstyle|editorconfig)`;
const LINTER_SETUP = String.raw`^(?:introduce[sd]?|add(?:s|ed)?|set ?up|configure[sd]?|adopt(?:s|ed)?|enable[sd]?|use|switch(?:es|ed)? to|migrate[sd]? to)\s+(?:the\s+)?${LINTERS}(?:\s+(?:config(?:uration)?|rules?|setup|and\s+${LINTERS}))?[.!]?$|^${LINTERS}\s*(?:の|を|을|를|的)?\s*(?:導入|追加|設定|도입|추가|설정|引入|接入|配置|einführen|eingeführt|hinzugefügt)|^(?:引入|接入|添加|增加|配置)\s*${LINTERS}`;

// One branch merged into another: "v1.1 を main ブランチにマージするためのPR", "Merge develop into main", "合并 dev 到 main
// 分支", "develop 브랜치를 main에 병합", "Merge von develop in main", "Fusion de develop dans main".
const BRANCHES = String.raw`(?:main|master|develop|dev|trunk|release|stable|v?\d+(?:\.\d+)*(?:\.x)?)`;
const BRANCH_MERGE = String.raw`^(?:merge[sd]?|merging)\s+(?:(?:branch|the)\s+)?\x60?[\w./-]+\x60?\s+(?:branch\s+)?(?:in)?to\s+(?:the\s+)?\x60?${BRANCHES}\x60?(?:\s+branch)?\b|${BRANCHES}\s*(?:を|の)?\s*\S{0,20}?${BRANCHES}\s*ブランチ(?:に|へ)?\s*マージ|合并\s*\S{0,20}?\s*(?:到|至|进)\s*${BRANCHES}\s*分支|${BRANCHES}\s*(?:브랜치)?(?:에|로)\s*(?:병합|머지)|^(?:merge|fusion|fusionar|mesclar)\s+(?:von|de|del?)\s+\S+\s+(?:in|dans|en|em|na|no)\s+${BRANCHES}\b`;

// A workflow file of the repository's CI and release runs, edited by name: "Update release.yml", "Fix ci.yaml", "Edit
// .github/workflows/docs.yml", "Update .gitlab-ci.yml". Any YAML file under a workflows or CI folder, or one whose name
// says CI (a CI service's own file, or a CI word among the parts of its name: "docker-publish.yml", "nightly-build.yaml").
const CI_NAME_PART = String.raw`(?:ci|cd|workflows?|pipelines?|release|build|tests?|lint|deploy|publish|nightly|codeql|dependabot)`;
const WORKFLOW_PATH = String.raw`(?:[\w.-]+\/)*(?:workflows|\.circleci|\.buildkite|\.woodpecker|\.ci)\/[\w.-]+\.ya?ml`;
const CI_NAMED_FILE = String.raw`(?:\.?(?:gitlab-ci|travis|appveyor|azure-pipelines|bitbucket-pipelines|cloudbuild|codecov)|(?:[\w-]+[-_.])?${CI_NAME_PART}(?:[-_.][\w-]+)?)\.ya?ml`;
const WORKFLOW_FILE = String.raw`^(?:update|updated|fix|fixed|add|added|tweak|change|edit|modify)\s+(?:the\s+)?\x60?(?:${WORKFLOW_PATH}|${CI_NAMED_FILE})\x60?(?:\s+(?:workflow|file))?[.!]?$`;

// The build output folder taken out of the repository: "Buildディレクトリの削除", "Remove dist folder", "删除 build 目录",
// "build 디렉터리 삭제".
const OUTPUT_DIRS = String.raw`(?:build|dist|out|output|target|bin|obj|tmp|lib)`;
const BUILD_DIR_REMOVED = String.raw`^(?:#\d+\s+)?(?:(?:remove[sd]?|delete[sd]?|drop(?:s|ped)?)\s+(?:the\s+)?\x60?${OUTPUT_DIRS}\/?\x60?\s+(?:directory|folder|dir)\b|\x60?${OUTPUT_DIRS}\/?\x60?\s*(?:ディレクトリ|フォルダ|目录|文件夹|디렉터리|디렉토리|폴더)\s*(?:の|を|을|를)?\s*(?:削除|删除|移除|삭제)|(?:删除|移除|清理)\s*\x60?${OUTPUT_DIRS}\/?\x60?\s*(?:目录|文件夹))`;

// The repository's own guides written or edited, in words other than English: "CONTRIBUTION.mdとCONTRIBUTION.ja.mdの作成",
// "添加 CONTRIBUTING.md", "CONTRIBUTING.md 추가".
const GUIDE_FILES = String.raw`(?:CONTRIBUT(?:ING|ION|IONS|ORS)|CODE_OF_CONDUCT|SECURITY|GOVERNANCE|MAINTAINERS)(?:\.[a-z]{2})?\.md`;
const GUIDE_WRITTEN = String.raw`^(?:(?:添加|增加|新增|更新|创建)\s*)?${GUIDE_FILES}(?:\s*(?:と|和|及|및|,|、)\s*${GUIDE_FILES})*\s*(?:の|を|을|를)?\s*(?:作成|追加|更新|修正|添加|추가|작성|업데이트)?[.。]?$`;

// Leftovers of the code named only vaguely: "Remove unneeded concurrency things".
const VAGUE_LEFTOVERS = String.raw`^(?:remove[sd]?|delete[sd]?|drop(?:s|ped)?|clean(?:s|ed)? up)\s+(?:some\s+)?(?:unneeded|unused|unnecessary|old|obsolete|redundant|leftover)\s+(?:[\w-]+\s+){0,2}(?:things|stuff|bits|pieces)[.!]?$`;

// A setting of the project's own compiler, linter or test runner: 'Set "importsNotUsedAsValues": "error" in tsconfig',
// "Enable strict mode in tsconfig.json", "更新 tsconfig 配置". How the code is checked, not what it does. (Not "Add support
// for `moduleResolution: bundler` in tsconfig": what a TypeScript tool reads from its users' tsconfig.)
const DEV_CONFIG_FILES = String.raw`(?:tsconfig|jsconfig|\.?eslintrc|eslint\.config|\.?prettierrc|babel\.config|\.?babelrc|jest\.config|vitest\.config)(?:\.[\w.]+)?`;
const DEV_CONFIG_SETTING = String.raw`^(?![^.!?]*\bsupport)(?:set|sets|enable[sd]?|disable[sd]?|turn(?:s|ed)? (?:on|off)|update[sd]?|tweak(?:s|ed)?|change[sd]?|add(?:s|ed)?|remove[sd]?)\b[^.!?]{1,80}\b(?:in|to|from) (?:the |our )?\x60?${DEV_CONFIG_FILES}\x60?(?:\s+files?)?[.!]?$|^(?:更新|修改|调整|优化)\s*\x60?${DEV_CONFIG_FILES}\x60?\s*(?:的)?(?:配置|设置)?[。.]?$`;

/** A line that tells of the repository's upkeep, which no user of the release meets. */
export const REPOSITORY_UPKEEP = new RegExp(
  [TESTS_EN, TESTS_OTHER, EDITOR_CONFIG, LINTER_SETUP, BRANCH_MERGE, WORKFLOW_FILE, BUILD_DIR_REMOVED, GUIDE_WRITTEN, VAGUE_LEFTOVERS, DEV_CONFIG_SETTING].join("|"),
  "iu",
);
