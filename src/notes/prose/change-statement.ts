// Whether a sentence of prose (a blog post, a launch post, the paragraphs under a heading) states what changed, or only
// frames a change: a connective that leans on the sentence before it ("为此，…", "However, …", "That's because…"),
// background and history ("In the past few years…", "Bazel started out with…", "As with every major release…"), a
// lead-in ("Here are some highlights from…"), or filler ("Neovim is the world's most-loved editor.", "We hope you enjoy
// it!", "모두 감사합니다."). A step users must take ("ensure you take a full backup") is never framing. In prose the first sentence of a
// part is often one of these; the sentence that states the change should stand for the part. Pure text rules.

import { requiresUpgradeStep } from "../kinds/upgrade-steps.js";
import { tellsStep, tellsUsers } from "../kinds/user-steps.js";
import { opensMidArgument } from "./mid-argument.js";
import { straightApostrophes } from "../text/apostrophes.js";

// A discourse connective that only links to the sentence before ("为此，我们引入了 X" = "for this, we introduced X"): the
// rest may still state a change on its own, said without it.
// "To solve this, we're adding X": the problem it solves was told before, and may not be shown; X is the change.
const SOLVES_EN = String.raw`to (?:solve|fix|address|tackle|remedy|overcome|work around|get around|mitigate) (?:this|that|these|those|it|them|(?:this|that|the) (?:problem|issue|limitation)s?)`;
const SOLVES = new RegExp(`^(?:${SOLVES_EN}|um (?:dies|das)|pour (?:résoudre|corriger|régler)|para (?:resolver|solucionar)|为了解决|問題を解決|이 문제를 해결)`, "iu");
const CONNECTIVE_EN = new RegExp(
  String.raw`^(?:however|but|so|thus|therefore|hence|consequently|as a result|as such|to (?:this|that) end|for (?:this|that) reason|because of (?:this|that)|with (?:this|that)(?: in mind)?|in (?:this|that) (?:case|way)|that said|having said that|nevertheless|nonetheless|still|yet|instead|meanwhile|in turn|accordingly|${SOLVES_EN})\s*[,，:]\s*`,
  "iu",
);
const CONNECTIVE_OTHER =
  /^(?:deshalb|daher|darum|dadurch|allerdings|jedoch|trotzdem|stattdessen|pour (?:cela|ce faire)|cependant|toutefois|ainsi(?=\s*,)|donc|par conséquent|c'est pourquoi|en revanche|sin embargo|por (?:eso|lo tanto)|así que|no entanto|portanto|por isso|um (?:dies(?:es problem)?|das problem) zu (?:lösen|beheben)|pour (?:résoudre|corriger|régler) (?:ce problème|cela)|para (?:resolver|solucionar) (?:esto|este problema|isso|esse problema))\s*[,，]?\s+/iu;
const CONNECTIVE_CJK =
  /^(?:(?:为此|為此|因此|因而|所以|于是|於是|不过|不過|但是|然而|可是|因为这样|因為這樣|这样一来|這樣一來|そのため|そこで|しかし|ですが|ところが|それで|したがって|그래서|하지만|그러나|그런데|다만|따라서|그러므로|이를 위해(?:서)?|이에 따라|为了解决(?:这个|這個|该|該)?(?:问题|問題)|(?:この)?問題を解決するため(?:に)?|이 문제를 해결하기 위해(?:서)?)\s*[，,、]?\s*|(?:但|只是|だが|ただ|よって)\s*[，,、]\s*)/u;

// A sentence that explains or points back and needs the one before it: the mid-argument openers thread-order.ts keeps
// beside their antecedent ("That's because…", "This means…", "这意味着…", "つまり…"), and the ones that only ever frame
// ("The reason is…", "Otherwise…", "即…", "Cela signifie…"). Said alone it states no change.
const FRAMES_ONLY =
  /^(?:the reason (?:is|being)|this (?:was|is) (?:done|needed) (?:because|to)|failure to do so|if you don'?t|otherwise|put simply|to put it (?:simply|another way)|das (?:bedeutet|heißt)|cela (?:signifie|veut dire)|c'est parce que)\b|^(?:换句话说|換句話說|すなわち|言い換えれば|これは[^。]{0,20}ためです|즉[,，]?\s|다시 말해|이는 [^.]{0,30}때문)/iu;
const pointsBack = (text: string): boolean => opensMidArgument(text) || FRAMES_ONLY.test(text);

// History and background: what was, not what this release does ("In the past 3 years, …", "Over the last year…", "Bazel
// started out with many rulesets built in.", "Back in 2021, we introduced Bzlmod", "As with every major release…",
// "过去几年", "これまで", "그동안").
const BACKGROUND =
  /^(?:in (?:the )?(?:past|last) (?:few |couple of |several |\d+ )?(?:years?|months?|decades?|releases?)|over (?:the )?(?:past|last|years)|for (?:many |several |a few )?(?:years|months|decades|a long time)|back (?:in|when)|historically|originally|traditionally|years ago|long ago|since (?:its|the) (?:inception|beginning|start|early days)|as with (?:every|each|all|any) (?:\w+ )?(?:release|version)s?|like (?:every|each|all) (?:\w+ )?(?:release|version)s?|when (?:we|\S+) (?:first )?(?:started|began|launched|created))\b|\b(?:started (?:out|off) (?:as|with|by)|was (?:originally|initially|first) (?:built|designed|written|created|introduced)|has (?:long )?been (?:a )?(?:long[- ]standing|pain point)|(?:has|have) been a long time coming)\b|^(?:过去(?:几|的)?|過去(?:幾|的)?|以前|以往|一直以来|一直以來|长期以来|長期以來|早在|多年来|多年來|これまで|以前は|従来(?:は|の)|かつて|長年|그동안|예전에는|이전에는|지금까지|오랫동안)/iu;

// A lead-in to a list or part that follows (or is gone): "Here are some highlights from Neovim 2022 development.", "The
// following…", "If you're upgrading an existing app,
// jump straight to the migration notes.", "以下是…", "以下の…", "다음은…". A sentence ending with ":" is one too.
const LEAD_IN =
  /^(?:here (?:are|is)|here'?s|below (?:are|is|you(?:'ll| will) find)|the following\b|following (?:are|is)\b|we(?:'ll| will) (?:now )?(?:go over|look at|cover|walk through|highlight)|let'?s (?:look|go over|walk through|start)|please read (?:this|the following|the section)|(?:if|when) you(?:'re| are) (?:upgrading|migrating|coming from)\b[^.!?]{0,60}\b(?:jump|skip|head|go|see|read|refer|check)\b|(?:jump|skip|head) (?:straight |directly )?to\b|[^!?]{0,100}\b(?:worth (?:checking|a look|a read|knowing about)|(?:good|important) to (?:check|know about|be aware of)|to be aware of|you should know about)(?: (?:when|before|after) (?:you )?upgrad(?:e|ing))?[.!:]?$|以下(?:是|为|為|列出)|下面(?:是|列出)|以下(?:の|に|は)|次の(?:とおり|通り)|다음은|아래는|아래와 같)/iu;

// Filler a launch post adds around its changes: self-praise ("Neovim is the world's most-loved editor.", "one of the
// biggest releases we've done"), hope and sentiment ("We look forward to what you build with it!", "we're excited to see
// these efforts finally land", "자랑스럽게 생각한다", "楽しんでください"), and a closing thanks or sign-off ("Thanks
// everyone!", "모두 감사합니다.", "깃헙에서 또 봐요!", "谢谢大家！"). Filler only with no change said (CHANGE_VERB).
const SELF_PRAISE =
  /\b(?:is|are) (?:the |our )?(?:world'?s|most[- ](?:loved|popular|beloved|used)|best[- ]loved|number one|#1)\b|\b(?:is|was|marks) the culmination of\b|\b(?:biggest|largest|most (?:impactful|ambitious|significant|exciting))\b[^.!?]{0,40}\breleases?\b/iu;
const SENTIMENT =
  /\bwe (?:all )?(?:look forward to|can'?t wait (?:to|for)|hope\b)|\b(?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really )?(?:excited|thrilled|proud|happy|glad|delighted|pleased)\b|\bhappy (?:coding|hacking|building)\b|\benjoy\b|자랑스럽|기쁘게 생각|기대(?:합니다|된다|한다|하세요|해 주세요)|즐겨 (?:주세요|주시기)|(?:楽しんで|お楽しみ)(?:ください|いただければ|いただけると)|嬉しく思います|(?:期待|希望)(?:大家|你们|您)(?:的|能|会)?(?:使用|喜欢|反馈)/iu;
const CLOSING =
  /^(?:(?:thanks?|thank you),? (?:again,? )?(?:everyone|all|y'?all|so much)\b|see you (?:on|at|in|next|soon)\b|(?:(?:모두|여러분|다들)\s*)?(?:정말\s*)?(?:감사합니다|감사드립니다|고맙습니다)|[^.!?。！？]{0,20}(?:또 봐요|또 만나요|다음에 (?:또 )?만나요)|(?:(?:皆さん|みなさん)[、,]?\s*)?(?:本当に)?ありがとうございました|また(?:次回|お会いしましょう)|(?:谢谢|感谢|謝謝|感謝)(?:大家|各位)|下次(?:见|見)|danke,? (?:an )?alle|merci (?:à tous|a tous)|gracias a todos|obrigad[oa] a todos)/iu;
const FILLER = { test: (text: string): boolean => (SELF_PRAISE.test(text) || SENTIMENT.test(text) || CLOSING.test(text)) && !CHANGE_VERB.test(text) };

// Words that say something was done in this release, in the languages the composer reads.
const CHANGE_VERB =
  /\b(?:now|no longer|add(?:s|ed)?|introduc(?:es|ed)|remov(?:es|ed)|replac(?:es|ed)|renam(?:es|ed)|drop(?:s|ped)|deprecat(?:es|ed)|support(?:s|ed)?|ships?|landed|fix(?:es|ed)|improv(?:es|ed)|rewr(?:ote|itten)|reworked|enabl(?:es|ed)|switch(?:es|ed)|mov(?:es|ed)|upgrad(?:es|ed)|bump(?:s|ed)|provid(?:es|ed)|expos(?:es|ed)|allow(?:s|ed)|new)\b|(?:新增|新加|加入|添加|增加|支持|引入|移除|删除|刪除|弃用|棄用|废弃|廢棄|替换|替換|改为|改為|提供|修复|修復|优化|優化|改进|改進|追加|対応|削除|廃止|置き換え|変更|導入|サポート|改善|修正|추가|지원|제거|삭제|변경|도입|개선|수정|교체)/iu;

// The same words in German, French, Spanish and Portuguese, whose connectives CONNECTIVE_OTHER cuts, and a change said as
// a comparison ("builds are 2x faster"). Accented letters end words here, so no \b.
const CHANGE_VERB_OTHER =
  /(?<![\p{L}\p{N}])(?:jetzt|nun|neue?[nrs]?|hinzugefügt|entfernt|ersetzt|unterstützt|behoben|verbessert|eingeführt|umbenannt|geändert|désormais|maintenant|nouvel(?:le)?s?|nouveaux?|ajouté(?:e|s|es)?|supprimé(?:e|s|es)?|remplacé(?:e|s|es)?|pris en charge|corrigé(?:e|s|es)?|amélioré(?:e|s|es)?|introduit(?:e|s|es)?|renommé(?:e|s|es)?|ahora|nuev[oa]s?|añadid[oa]s?|agregad[oa]s?|eliminad[oa]s?|reemplazad[oa]s?|corregid[oa]s?|mejorad[oa]s?|agora|nov[oa]s?|adicionad[oa]s?|removid[oa]s?|substituíd[oa]s?|corrigid[oa]s?|melhorad[oa]s?|(?:plus|más|mais) rápid[oa]s?|plus rapides?|schneller|\d+(?:[.,]\d+)?\s?[x×] (?:faster|smaller|quicker|lighter|less)|(?:faster|quicker|smaller|lighter) than)(?![\p{L}\p{N}])|\b(?:are|is) (?:now |much |significantly |\d+(?:\.\d+)?\s?[x×] )?(?:faster|quicker|smaller|lighter)\b/iu;

/** Whether a sentence says a change by one of its words, in any language the composer reads. */
export const saysChange = (text: string): boolean => CHANGE_VERB.test(text) || CHANGE_VERB_OTHER.test(text);

// After an opening that tells history, a later clause that says what is so now ("Originally, `parse()` returned null; it
// now throws.", "以前的版本不支持 Windows，现在支持了。"), or a sentence that ends on its change ("これまで手動だった設定が、
// 自動で行われるようになりました。", "그동안 요청이 많았던 다크 모드를 추가했습니다."): the sentence states that change.
const NOW_AFTER = /[;,，、]\s*(?:and |but )?[^;]*\b(?:now|no longer)\b|\band (?:\w+ )?(?:now|no longer)\b|[，,；;]\s*(?:现在|現在|如今|现已|現已)/iu;
const ENDS_ON_CHANGE =
  /(?:ようになりました|(?:追加|対応|削除|廃止|変更|導入|改善|修正|サポート)(?:しました|されました|しています))[。.!！]?$|(?:추가|지원|제거|삭제|변경|도입|개선|수정|교체)(?:했습니다|하였습니다|되었습니다|됐습니다|했어요|합니다)[.。!]?$/u;
const statesChangeLater = (text: string): boolean => NOW_AFTER.test(text) || ENDS_ON_CHANGE.test(text);

// A preposition left alone before a comma once the reference after it went ("With [#8565](…), viewer axis labels now…"
// reads "With, viewer axis labels now…").
const BARE_PREPOSITION = /^(?:with|in|via|through|after|since|per|from|thanks to|as of|following)\s*,\s*/iu;

/** The connective that opens a sentence and only links it to the one before ("为此，", "However, ", "そのため、"), or null. */
export function openingConnective(sentence: string): string | null {
  const text = sentence.trim();
  return CONNECTIVE_EN.exec(text)?.[0] ?? CONNECTIVE_OTHER.exec(text)?.[0] ?? CONNECTIVE_CJK.exec(text)?.[0] ?? BARE_PREPOSITION.exec(text)?.[0] ?? null;
}

/** History or background rather than what this release does: unless a later clause says what is so now. */
export const tellsBackground = (sentence: string): boolean => BACKGROUND.test(sentence.trim()) && !statesChangeLater(sentence.trim());

/** Filler around the changes: self-praise, hopes, sentiment. */
export const isFillerSentence = (sentence: string): boolean => FILLER.test(straightApostrophes(sentence).trim()) && !/`[^`]+`/u.test(sentence) && !statesChangeLater(sentence.trim());

// A lead-in that names no change itself ("The following APIs have been removed:" does, with its list).
const leadInOnly = (text: string): boolean => LEAD_IN.test(text) && !saysChange(text);

/** A sentence that never states a change, wherever it stands in its paragraph: a lead-in or filler. */
export const onlyFrames = (sentence: string): boolean => leadInOnly(sentence.trim()) || isFillerSentence(sentence);

/**
 * A sentence that points back ("That's because…"), tells history, leads in or fills, said without a connective that
 * only links it ("为此，我们引入了 `session.guild` 属性。" → "我们引入了 `session.guild` 属性。") when what is left states a
 * change; null when the sentence states no change by itself. The sentence as it is when it frames nothing.
 */
export function statedChange(sentence: string): string | null {
  const text = sentence.trim();
  // What users must do ("ensure you take a full backup before upgrading", "Instead, use `fetch()`.") is said whole.
  if (tellsUsers(text) || tellsStep(text) || requiresUpgradeStep(text)) return sentence;
  if (pointsBack(text) || tellsBackground(text) || leadInOnly(text) || isFillerSentence(text)) return null;
  const connective = openingConnective(text);
  if (connective === null) return sentence;
  const rest = text.slice(connective.length).trim();
  // What solves the problem told before is the change, whatever its verb ("To solve this, we're adding X").
  const solves = SOLVES.test(connective);
  if (rest === "" || (!saysChange(rest) && !solves) || tellsBackground(rest) || pointsBack(rest)) return null;
  // A German connective stands before the verb ("Deshalb wurde die Option entfernt."): cut, the rest reads as a question.
  if (/^(?:deshalb|daher|darum|dadurch|allerdings|jedoch|trotzdem|stattdessen|um )\b/iu.test(connective)) return sentence;
  return /^[a-z]/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}
