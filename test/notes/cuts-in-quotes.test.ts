// Cuts that leave a statement: never inside a quote as any language writes it, never on a word that only joins the
// next one (a German article, a Japanese particle, a Chinese joiner), and a CJK title said whole before its details.
import { describe, expect, it } from "vitest";
import { xRules } from "../../src/notes/networks.js";
import { ELLIPSIS, shorten } from "../../src/notes/text/shorten.js";
import { tidyHead } from "../../src/notes/text/cut-head.js";

const rules = xRules();

/** True when `cut` ends inside an open quote of `opener`. */
const insideQuote = (cut: string, opener: string, closers: string): boolean => cut.lastIndexOf(opener) > Math.max(...[...closers].map((closer) => cut.lastIndexOf(closer)));

describe("cuts and quotes", () => {
  const german = "Beim Bearbeiten einer Datei und bei Verwendung der Funktion zum Suchen und Ersetzen wird das Bedienfeld „Suchen und Ersetzen“ unten teilweise außerhalb des Bildschirms angezeigt.";
  const french = "Lors de la modification d'un fichier avec la fonction de recherche, le panneau «Rechercher et remplacer» s'affiche en partie hors de l'écran.";

  it("never ends a cut inside „…“ or «…»", () => {
    for (let room = 40; room < 170; room += 9) {
      const de = shorten(german, room, rules, "de");
      if (de !== null) expect(insideQuote(de, "„", "“”"), `${room}: ${de}`).toBe(false);
      const fr = shorten(french, room, rules, "fr");
      if (fr !== null) expect(insideQuote(fr, "«", "»"), `${room}: ${fr}`).toBe(false);
    }
  });

  it("still cuts after a separator that closes nothing", () => {
    const cut = shorten("Open Settings » Accounts » Security to find the new two-factor options for every account you manage today", 60, rules);
    expect(cut).not.toBeNull();
  });
});

describe("cuts end on a content word", () => {
  it("takes German and French articles and prepositions off a cut's end", () => {
    expect(tidyHead("überschreibt die Veröffentlichung der neuesten Zuordnung in Salesforce den", "de")).toBe("überschreibt die Veröffentlichung der neuesten Zuordnung in Salesforce");
    expect(tidyHead("affiche le panneau de recherche dans la", "fr")).toBe("affiche le panneau de recherche");
    expect(tidyHead("muestra el panel de búsqueda en la", "es-ES")).toBe("muestra el panel de búsqueda");
  });

  it("keeps an English word that is a function word elsewhere", () => {
    expect(tidyHead("Fix crashes when workers die", "en")).toBe("Fix crashes when workers die");
  });

  it("never ends a German cut on an article", () => {
    const text = "Wenn dasselbe Thema in mehreren Zuordnungen wiederverwendet wird, überschreibt die Veröffentlichung der neuesten Zuordnung in Salesforce den Themeninhalt, was dazu führt, dass falsche Daten angezeigt werden.";
    for (let room = 60; room < 200; room += 9) {
      const cut = shorten(text, room, rules, "de");
      if (cut !== null) expect(cut, `${room}`).not.toMatch(/\s(?:den|der|die|das|dem|des|ein|eine|in|zu|mit)…$/u);
    }
  });

  it("never ends a Japanese, Chinese or Korean cut on a particle or joiner", () => {
    const ja = "設定ファイルの読み込み時に発生する問題を修正し、キャッシュの有効期限を正しく計算するように変更して、起動時間を短縮しました";
    const zh = "修复了在某些情况下的崩溃问题和内存泄漏以及在旧版本浏览器中无法正确加载样式文件的问题";
    const ko = "설정 파일을 읽을 때 발생하는 오류를 수정하고 캐시 만료 시간을 올바르게 계산하도록 변경했습니다";
    for (let room = 20; room < 100; room += 5) {
      const jaCut = shorten(ja, room, rules, "ja", false, true);
      if (jaCut?.endsWith(ELLIPSIS)) expect(jaCut, `${room}`).not.toMatch(/(?:を|に|が|は|の|で|と)…$/u);
      const zhCut = shorten(zh, room, rules, "zh");
      if (zhCut?.endsWith(ELLIPSIS)) expect(zhCut, `${room}`).not.toMatch(/(?:的|了|和|在)…$/u);
      const koCut = shorten(ko, room, rules, "ko", false, true);
      if (koCut?.endsWith(ELLIPSIS)) expect(koCut, `${room}`).not.toMatch(/(?:을|를|는|은)…$/u);
    }
  });
});

describe("a CJK title before its details", () => {
  it("is said whole, without the details after its dash", () => {
    const text = "CDK テンプレート: `Config` 型に `appsyncEvents` と `notificationTransports` を追加 — `EventApi` をプロビジョニングし、Lambda/ECS に `NOTIFICATION_TRANSPORTS` と `APPSYNC_EVENTS_ENDPOINT` を注入、`grantPublish()` で IAM 権限を自動付与";
    expect(shorten(text, 110, rules, "ja", false, true)).toBe("CDK テンプレート: `Config` 型に `appsyncEvents` と `notificationTransports` を追加");
  });
});
