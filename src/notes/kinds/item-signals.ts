// What matters in a change, read from its own words rather than from the heading above it: a release's headline told
// as a change, a fix of lost or overwritten data, a fix that hardens what requests are accepted, and a tagged upgrade
// that tells users to act. Pure word tests on one change's text; model.ts, kinds.ts and compose.ts decide what follows.

// "First beta release of SDK v2 with support for…", "Initial release", "The first stable release of X", "首个正式版",
// "首次发布", "最初のリリース", "첫 번째 정식 릴리스": the release itself, its headline, whatever section filed it.
const FIRST_RELEASE =
  /^(?:the |this is the )?(?:first|initial)(?: (?:public|stable|official|beta|alpha|preview|major|release candidate|rc))*(?: (?:release|version))\b|^首(?:个|次)(?:正式|稳定|公开|测试)?(?:版本|发布|发行)|^最初の(?:安定版|正式版|ベータ版?)?リリース|^첫(?: 번째)? (?:정식 |안정 |베타 )?(?:릴리스|버전)/iu;

/** True when a change is the release announcing itself ("First beta release of SDK v2 …"): a headline, never a fix. */
export function announcesFirstRelease(text: string): boolean {
  const lower = text.trimStart().toLowerCase();
  return /first|initial|首|最初|첫/u.test(lower) && FIRST_RELEASE.test(lower);
}

// Data a user loses: "restored revision was overwritten by a deletion", "data loss", "corrupted the database",
// "数据丢失", "被覆盖", "データが消失", "上書きされ", "데이터 손실", "덮어쓰". (Not "overwrite" offered as an option, which
// only a fix's own words can tell: callers ask only of fixes.)
const DATA_LOSS =
  /\bdata[- ]loss\b|\blos(?:e|es|ing|t) (?:(?:the|their|your|user|local|unsaved|some) )?(?:data|changes|files?|notes?|edits|work|content|records|messages|documents?)\b|\b(?:was|were|being|been|get|got|is|are) (?:silently )?(?:overwritten|clobbered|wiped|truncated|corrupted)\b|\bcorrupt(?:s|ed|ing|ion)\b|数据(?:丢失|损坏)|丢失(?:数据|文件|内容)|被覆盖|(?:データ|ファイル)(?:が|の)?(?:消失|失われ|破損)|上書きされ|데이터 (?:손실|유실|손상)|덮어쓰(?:이|여|는)/u;

/** True when a fix says it stops data being lost, corrupted or overwritten: what users meet before any improvement. */
export function fixesDataLoss(text: string): boolean {
  const lower = text.toLowerCase();
  return /loss|los[eit]|overwrit|clobber|wiped|truncat|corrupt|丢失|损坏|覆盖|消失|失われ|破損|上書き|손실|유실|손상|덮어쓰/u.test(lower) && DATA_LOSS.test(lower);
}

// A fix that hardens what a server accepts: "reject CONNECT requests with fast proxy", "Discard CONNECT body",
// "validate the Host header", "sanitize request headers", "拒绝非法请求", "リクエストを検証", "요청 검증". Security-weighted:
// before the fixes of behaviour.
const HARDENS_REQUESTS =
  /\b(?:reject(?:s|ed|ing)?|discard(?:s|ed|ing)?|validat(?:e|es|ed|ing)|sanitiz(?:e|es|ed|ing)|strip(?:s|ped)?|deny|denies|block(?:s|ed)?)\b[^.;]{0,50}?\b(?:requests?|headers?|bod(?:y|ies)|payloads?|uris?|urls?|paths?|host)\b|\b(?:request|header)[- ]smuggling\b|(?:拒绝|校验|验证|过滤)[^。；;]{0,20}?(?:请求|请求头|参数)|(?:リクエスト|ヘッダー?)[^。]{0,20}?(?:を)?(?:拒否|検証)|(?:요청|헤더)[^.]{0,20}?(?:거부|검증)/u;

/** True when a fix hardens the requests or headers a server accepts (rejects, validates, discards, sanitizes them). */
export function hardensRequests(text: string): boolean {
  const lower = text.toLowerCase();
  return /reject|discard|validat|saniti|strip|den|block|smuggl|拒绝|校验|验证|过滤|拒否|検証|거부|검증/u.test(lower) && HARDENS_REQUESTS.test(lower);
}

// A tag that says what follows asks something of users: 【升级】, 【注意】, 【重要】, [Upgrade], [Action required].
const ACTION_TAG = /^(?:升级|注意|重要|必读|アップグレード|要対応|중요|주의|업그레이드|upgrade|upgrading|important|action required|attention|notice)$/iu;
// …and the words that say so: "executors must install PowerShell 7+", "you need to upgrade", "需要安装", "必须升级",
// "要インストール", "インストールが必要", "설치가 필요".
const TELLS_TO_INSTALL =
  /\b(?:must|need to|needs to|have to|has to|should) (?:first )?(?:install|upgrade|update|migrate|switch)\b|\brequires? (?:installing|upgrading|an? upgrade)\b|(?:需要|必须|须|务必|请)(?:先)?(?:安装|升级|更新|迁移)|要(?:インストール|アップグレード|更新)|(?:インストール|アップグレード|更新|移行)(?:が|する)?必要|(?:설치|업그레이드|업데이트|마이그레이션)(?:가|를|이)? ?필요|(?:설치|업그레이드)해야/iu;

/** True when a change tagged as an upgrade or a notice ("【升级】…需要安装 PowerShell 7") tells users to act. */
export function tagAsksToAct(tag: string, text: string): boolean {
  return ACTION_TAG.test(tag.trim()) && TELLS_TO_INSTALL.test(text);
}
