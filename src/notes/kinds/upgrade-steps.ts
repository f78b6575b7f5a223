// A step the notes say users must take to upgrade, beyond installing the new version: a database upgrade or migration
// to run, a web-server or proxy configuration to change ("Dies erfordert eine Änderung der Webserver-Konfiguration.",
// "기존 설치는 파일 반영 후 관리자 DB업그레이드가 필요합니다."). Whoever upgrades without it meets a broken site, so it
// ranks with the breaking changes, in the first post. Pure word tests on one sentence or change; model.ts decides
// where they apply. (Not what a fix or a feature does for users: "Fix the DB upgrade for …", "Add a config option".)

// What must change or run: the database (its upgrade, migration, schema) or the server's configuration.
const EN_STEP = new RegExp(
  [
    // "A database upgrade is required", "a DB migration is needed", "the schema migration is necessary"
    String.raw`\b(?:(?:a|an|the)\s+)?(?:database|db|schema|data)\s+(?:upgrade|migration|update)s?\s+(?:is|are)\s+(?:now\s+)?(?:required|needed|necessary|mandatory)\b`,
    // "This requires a change to the web server configuration", "requires changes in your nginx config"
    String.raw`\brequires?\s+(?:a\s+|an\s+)?(?:change|changes|update|updates|modification|modifications|adjustment|adjustments)\s+(?:to|of|in)\s+(?:the\s+|your\s+)?(?:web\s*-?server|server|nginx|apache|caddy|proxy|reverse[\s-]proxy|httpd|php|database|db)\b`,
    // "Existing installations must run the database upgrade", "you need to run the migrations"
    String.raw`\b(?:existing\s+(?:installations?|installs?|deployments?|sites?|users)|you|admins?|administrators?)\s+(?:must|need\s+to|have\s+to|should)\s+(?:now\s+)?(?:run|apply|execute|perform)\s+(?:the\s+|all\s+)?(?:database|db|schema|pending)?\s*(?:upgrades?|migrations?|updates?)\b`,
    // "you must update your nginx configuration"
    String.raw`\b(?:must|need\s+to|have\s+to)\s+(?:update|change|adjust|modify)\s+(?:the\s+|your\s+)?(?:web\s*-?server|nginx|apache|caddy|proxy|httpd)\s+(?:config(?:uration)?|settings?|rules?)\b`,
  ].join("|"),
  "iu",
);

// German: "erfordert eine Änderung der Webserver-Konfiguration", "ein Datenbankupgrade ist erforderlich", "die
// Apache-Konfiguration muss angepasst werden".
const DE_STEP = new RegExp(
  [
    String.raw`\berforder[nt]\s+(?:eine\s+)?(?:Änderung|Anpassung|Aktualisierung)(?:en)?\s+(?:der|an\s+der|in\s+der)\s+[\p{L}-]*(?:server|apache|nginx|proxy|datenbank)[\p{L}-]*(?:konfiguration|config)?`,
    String.raw`\b(?:Datenbank|DB)[\s-]?(?:upgrade|update|aktualisierung|migration)\s+(?:ist\s+)?(?:erforderlich|notwendig|nötig)\b`,
    String.raw`\b[\p{L}-]*(?:server|apache|nginx|proxy)[\p{L}-]*konfiguration\s+(?:muss|müssen)\s+(?:\p{L}+\s+){0,3}(?:angepasst|geändert|aktualisiert)\s+werden\b`,
  ].join("|"),
  "iu",
);

// Korean, Japanese, Chinese: a DB upgrade or migration, or a server's settings change, is needed ("DB업그레이드가
// 필요합니다", "DB のアップグレードが必要です", "需要执行数据库升级", "需要修改 nginx 配置").
const CJK_STEP = new RegExp(
  [
    String.raw`(?:DB|데이터베이스|디비)\s*(?:업그레이드|마이그레이션|업데이트)(?:가|를|을|이)?\s*(?:필요|실행해야|적용해야|진행해야)`,
    String.raw`(?:웹\s*서버|서버|nginx|apache)\s*(?:설정|구성)(?:을|를|의)?\s*(?:변경|수정)(?:이|가)?\s*(?:필요|해야)`,
    String.raw`(?:DB|データベース)\s*(?:の)?\s*(?:アップグレード|マイグレーション|移行|更新)(?:作業)?\s*(?:が|を)\s*(?:必要|実行してください|行ってください)`,
    String.raw`(?:Web\s*サーバー?|サーバー?|nginx|apache)\s*(?:の)?\s*設定\s*(?:の)?\s*(?:変更|修正)\s*(?:が|を)\s*(?:必要|行ってください)`,
    String.raw`(?:需要|必须|须|请)(?:手动)?(?:执行|运行)?\s*(?:数据库|DB)\s*(?:升级|迁移)`,
    String.raw`(?:需要|必须|须|请)(?:手动)?(?:修改|调整|更新)\s*(?:web\s*服务器|服务器|nginx|apache)?\s*(?:的)?\s*配置`,
  ].join("|"),
  "iu",
);

// A fix of the step's own tooling ("Fix the DB upgrade failing on …", "修复数据库迁移…", "DB 업그레이드 오류 수정") is a
// fix, not a step.
const FIXES_IT = /^(?:fix(?:e[sd])?|repair(?:s|ed)?|resolve[sd]?)\b|^修复|(?:오류|버그)\s*수정|を修正(?:しました|する)?[。.]?$/iu;

// The step said not to be needed: "No database migrations are required", "Kein Datenbankupgrade ist erforderlich",
// "不需要执行数据库迁移", "DB 업그레이드가 필요하지 않습니다", "DB の移行は必要ありません". Read in the step's own words and the
// few before them, so "Run the DB upgrade; there is no downtime" still asks for it.
const NEGATED = /\b(?:no|not|without|neither|nor|never)\b|\bkein(?:e[nrs]?)?\b|\bnicht\b|不需要|无需|无须|無需|不必|不用|필요\s*(?:하지\s*않|없)|必要(?:は)?(?:ありません|ない|なし)|不要/iu;
const NEGATION_REACH = 30;

/** True when a change or sentence says users must run a DB upgrade or change a server's configuration to upgrade. */
export function requiresUpgradeStep(text: string): boolean {
  const plain = text.replace(/[*_]/gu, "").trim();
  if (plain.length > 600 || FIXES_IT.test(plain)) return false;
  for (const step of [EN_STEP, DE_STEP, CJK_STEP]) {
    const found = step.exec(plain);
    if (found === null) continue;
    // The step's words, the few before them, and a Korean or Japanese ending after them ("…필요하지 않습니다").
    const around = plain.slice(Math.max(0, found.index - NEGATION_REACH), found.index + found[0].length + 12);
    if (!NEGATED.test(around)) return true;
  }
  return false;
}
