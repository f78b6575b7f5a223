// A sentence whose whole point was a link: "[Click here](…) for the migration guide.", "See the [docs](…) for
// details.", "点击查看 [使用说明](…)。", "[点击这里](…)查看详情。", "Weitere Infos [hier](…).". The post cannot carry the
// link (only the release's), so what is left ("Click here for the migration guide.") points at nothing. The sentence
// goes; the change before it stays. Runs while the links are still marked (LINK_OPEN … LINK_CLOSE). Pure.
import { LINK_CLOSE, LINK_OPEN } from "../formats/markdown.js";

// Words that send the reader to a page, in the languages notes come in: imperatives ("click here", "see", "read",
// "check out", "visit", "refer to"), "for more details", and their Chinese, Japanese, Korean, German, French, Spanish and
// Portuguese counterparts.
const LATIN_SENDING =
  String.raw`(?:(?:please\s+)?(?:click|tap)(?:\s+(?:here|this|on\s+this|the\s+link|below))?|(?:please\s+)?(?:see|read|check(?:\s+out)?|visit|refer\s+to|consult|head\s+(?:over\s+)?to|go\s+to)|(?:for\s+)?more\s+(?:details|info(?:rmation)?)|details|` +
  String.raw`hier\s+klicken|klicke?n?(?:\s+sie)?\s+hier|siehe|weitere\s+(?:infos?|informationen|details)|mehr\s+(?:dazu|infos?)|` +
  String.raw`cliquez\s+ici|voir|voyez|consultez|plus\s+d['’]informations|` +
  String.raw`haz\s+clic\s+aquí|haga\s+clic\s+aquí|consulta|consulte|ver|más\s+información|` +
  String.raw`clique\s+aqui|veja|mais\s+informações)(?![\p{L}])`;
const CJK_SENDING =
  String.raw`(?:请?(?:点击|點擊|点此|點此)(?:这里|此处|這裡|此處)?(?:查看|了解|阅读|閱讀)?|(?:详情|詳情|更多(?:信息|详情|內容|内容)?)?请?(?:见|參見|参见|参考|參考|参阅|參閱|查看|阅读|閱讀)|详见|詳見|` +
  String.raw`詳しくは|詳細は|こちら|자세한\s*(?:내용|사항)은)`;
const SENDING = `(?:${LATIN_SENDING}|${CJK_SENDING})`;
// A hand or arrow set before the sending words ("👉 Voir le [changelog complet](…)", "➡️ See the [guide](…)").
const POINTING = String.raw`(?:[👉👇➡→⇒▶►🔗📖]\uFE0F?\s*)?`;
const LINK = `${LINK_OPEN}[^${LINK_OPEN}${LINK_CLOSE}]{1,120}${LINK_CLOSE}`;
// The link's own words may do the sending ("[Click here](…) for …", "[点击这里](…)查看详情"), when what follows only says
// what the page is for: "[Details page](…) now shows the logs" is a change.
const SENDING_LINK = `${LINK_OPEN}\\s*${SENDING}[^${LINK_OPEN}${LINK_CLOSE}]{0,60}${LINK_CLOSE}`;
const STOP = "[.!?。！？]";
// (A stop inside a word, "v2.0.0", "e.g", ends no sentence.)
const NOT_STOP = `(?:[^.!?。！？${LINK_OPEN}\\n]|[.!?](?=[^\\s${LINK_OPEN}]))`;
const END = "(?:[.!?](?=\\s|$)|[。！？]|$)";
// The sentence: after a stop (or at the start, or a Chinese clause after a comma that ends the text: "…安全，点击查看
// [使用说明](…)。"), the sending words and the link, or a sending link, then a short rest.
const POINTER_SENTENCE = new RegExp(
  String.raw`(?:(?<=${STOP})\s*|^\s*|[，,]\s*(?=${CJK_SENDING}[^${LINK_OPEN}]{0,40}?${LINK}${NOT_STOP}{0,20}(?:。|[.]?$)))${POINTING}(?:${SENDING}${NOT_STOP}{0,40}?${LINK}|${SENDING_LINK}(?=\s*(?:for|to|about|on|zu|für|pour|para|sobre|查看|了解|阅读|閱讀|をご覧|を参照|${STOP}|$)))${NOT_STOP}{0,60}?${END}`,
  "giu",
);

// What such a sentence names: the page or the more it holds. "Read [config](…) files from XDG dirs" names neither: a
// change whose verb is "read".
const PAGE_WORDS =
  /click|tap|klick|cliquez|clic|clique|点击|點擊|点此|點此|详见|詳見|详情|詳情|詳しくは|詳細は|こちら|자세한|\b(?:more|details|guide|docs?|documentation|instructions|change ?log|release notes|notes de version|journal des modifications|änderungsprotokoll|registro de cambios|info(?:rmation)?|page|post|article|wiki|readme|here|hier|ici|aquí|aqui|anleitung|dokumentation|infos?|informationen|guía|guia|documentación|documentação|página|seite)\b|文档|文檔|说明|說明|指南|更新日志|更新日誌|ドキュメント|ガイド|変更履歴|문서|가이드|변경\s?로그/iu;

/** The text without sentences that only send the reader to a linked page. */
export function withoutLinkSentences(text: string): string {
  if (!text.includes(LINK_OPEN)) return text;
  // (A clause after a comma leaves the sentence its stop.)
  const gone = (sentence: string): string => (/^[，,]/u.test(sentence) ? (/[。.]$/u.exec(sentence)?.[0] ?? "") : "");
  return text.replace(POINTER_SENTENCE, (sentence) => (PAGE_WORDS.test(sentence) ? gone(sentence) : sentence)).trim();
}
