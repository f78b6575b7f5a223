// Whether a sentence of prose (a blog post, a launch post, the paragraphs under a heading) states what changed, or only
// frames a change: a connective that leans on the sentence before it ("为此，…", "However, …", "That's because…"),
// background and history ("In the past few years…", "Bazel started out with…", "As with every major release…"), a
// lead-in ("Here are some highlights from…", "IT IS VERY IMPORTANT THAT YOU READ THIS SECTION…"), or filler ("Neovim is
// the world's most-loved editor.", "We look forward to what y'all build with it!"). In prose the first sentence of a
// part is often one of these; the sentence that states the change should stand for the part. Pure text rules.

// A discourse connective that only links to the sentence before ("为此，我们引入了 X" = "for this, we introduced X"): the
// rest may still state a change on its own, said without it.
const CONNECTIVE_EN =
  /^(?:however|but|so|thus|therefore|hence|consequently|as a result|as such|to (?:this|that) end|for (?:this|that) reason|because of (?:this|that)|with (?:this|that)(?: in mind)?|in (?:this|that) (?:case|way)|that said|having said that|nevertheless|nonetheless|still|yet|instead|meanwhile|in turn|accordingly)\s*[,，:]\s*/iu;
const CONNECTIVE_OTHER =
  /^(?:deshalb|daher|darum|dadurch|allerdings|jedoch|trotzdem|stattdessen|pour (?:cela|ce faire)|cependant|toutefois|ainsi|donc|par conséquent|c'est pourquoi|en revanche|sin embargo|por (?:eso|lo tanto)|así que|no entanto|portanto|por isso)\s*[,，]?\s+/iu;
const CONNECTIVE_CJK =
  /^(?:(?:为此|為此|因此|因而|所以|于是|於是|不过|不過|但是|然而|可是|因为这样|因為這樣|这样一来|這樣一來|そのため|そこで|しかし|ですが|ところが|それで|したがって|그래서|하지만|그러나|그런데|다만|따라서|그러므로|이를 위해(?:서)?|이에 따라)\s*[，,、]?\s*|(?:但|只是|だが|ただ|よって)\s*[，,、]\s*)/u;

// A sentence that explains or points back and needs the one before it: "That's because…", "This means…", "Which is
// why…", "这是因为…", "つまり…", "즉…". Said alone it states no change.
const POINTS_BACK =
  /^(?:that'?s because|this is because|that is because|this means|that means|which (?:means|is why)|that'?s why|this is why|that is why|the reason (?:is|being)|this (?:was|is) (?:done|needed) (?:because|to)|failure to do so|if you don'?t|otherwise|in other words|put simply|to put it (?:simply|another way)|das (?:bedeutet|heißt)|cela (?:signifie|veut dire)|c'est parce que)\b|^(?:这是因为|這是因為|这意味着|這意味著|也就是说|也就是說|换句话说|換句話說|つまり|すなわち|言い換えれば|これは[^。]{0,20}ためです|즉[,，]?\s|다시 말해|이는 [^.]{0,30}때문)/iu;

// History and background: what was, not what this release does ("In the past few years, Bzlmod has gained…", "Bazel
// started out with many rulesets built in.", "Back in 2021, we introduced Bzlmod", "As with every major release…",
// "过去几年", "これまで", "그동안").
const BACKGROUND =
  /^(?:in (?:the )?(?:past|last) (?:few |couple of |several |\d+ )?(?:years?|months?|decades?|releases?)|over (?:the )?(?:past|last|years)|for (?:many |several |a few )?(?:years|months|decades|a long time)|back (?:in|when)|historically|originally|traditionally|years ago|long ago|since (?:its|the) (?:inception|beginning|start|early days)|as with (?:every|each|all|any) (?:\w+ )?(?:release|version)s?|like (?:every|each|all) (?:\w+ )?(?:release|version)s?|when (?:we|\S+) (?:first )?(?:started|began|launched|created))\b|\b(?:started (?:out|off) (?:as|with|by)|was (?:originally|initially|first) (?:built|designed|written|created|introduced)|has (?:long )?been (?:a )?(?:long[- ]standing|pain point)|has gained (?:a lot of )?(?:traction|popularity|momentum)|(?:has|have) been a long time coming)\b|^(?:过去(?:几|的)?|過去(?:幾|的)?|以前|以往|一直以来|一直以來|长期以来|長期以來|早在|多年来|多年來|これまで|以前は|従来(?:は|の)|かつて|長年|그동안|예전에는|이전에는|지금까지|오랫동안)/iu;

// A lead-in to a list or part that follows (or is gone): "Here are some highlights from Neovim 2022 development.", "The
// following…", "IT IS VERY IMPORTANT THAT YOU READ THIS SECTION BEFORE UPGRADING", "If you're upgrading an existing app,
// jump straight to the migration notes.", "以下是…", "以下の…", "다음은…". A sentence ending with ":" is one too.
const LEAD_IN =
  /^(?:here (?:are|is)|here'?s|below (?:are|is|you(?:'ll| will) find)|the following\b|following (?:are|is)\b|we(?:'ll| will) (?:now )?(?:go over|look at|cover|walk through|highlight)|let'?s (?:look|go over|walk through|start)|(?:it is|it's) (?:very |really |extremely )?important (?:that )?you read|please read (?:this|the following|the section)|(?:if|when) you(?:'re| are) (?:upgrading|migrating|coming from)\b[^.!?]{0,60}\b(?:jump|skip|head|go|see|read|refer|check)\b|(?:jump|skip|head) (?:straight |directly )?to\b|[^!?]{0,100}\b(?:worth (?:checking|a look|a read|knowing about)|(?:good|important) to (?:check|know about|be aware of)|to be aware of|you should know about)(?: (?:when|before|after) (?:you )?upgrad(?:e|ing))?[.!:]?$|以下(?:是|为|為|列出)|下面(?:是|列出)|以下(?:の|に|は)|次の(?:とおり|通り)|다음은|아래는|아래와 같)/iu;

// Filler a launch post adds around its changes: self-praise ("Neovim is the world's most-loved editor."), hopes and
// sentiment ("We look forward to what y'all build with it!", "we're excited to see these efforts finally land", "…is the
// culmination of…"), and the comfort a reader will feel ("…마치 집에 있는 것처럼 편안하게 느껴질 것이다.").
const FILLER =
  /\b(?:is|are) (?:the |our )?(?:world'?s|most[- ](?:loved|popular|beloved|used)|best[- ]loved|number one|#1)\b|\bwe (?:all )?(?:look forward to|can'?t wait (?:to|for)|hope (?:you|that you|y'?all|everyone))\b|\b(?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really )?(?:excited|thrilled|proud|happy|glad|delighted) (?:to see|about|for|that|with)\b|\b(?:is|was|marks) the culmination of\b|\bone of,? (?:if not the,? )?(?:the |our )?(?:biggest|largest|most (?:impactful|ambitious|significant|exciting))\b[^.!?]{0,40}\breleases\b|\b(?:y'?all|you(?:'ll| will)) (?:build|create|make) with (?:it|this)\b|\bhappy (?:coding|hacking|building)\b|(?:편안하게|편하게) 느껴질|집에 있는 것처럼|(?:楽しんで|お楽しみ)(?:ください|いただければ)|(?:期待|希望)(?:大家|你们|您)(?:的|能|会)?(?:使用|喜欢|反馈)/iu;

// Words that say something was done in this release, in the languages the composer reads.
const CHANGE_VERB =
  /\b(?:now|no longer|add(?:s|ed)?|introduc(?:es|ed)|remov(?:es|ed)|replac(?:es|ed)|renam(?:es|ed)|drop(?:s|ped)|deprecat(?:es|ed)|support(?:s|ed)?|ships?|landed|fix(?:es|ed)|improv(?:es|ed)|rewr(?:ote|itten)|reworked|enabl(?:es|ed)|switch(?:es|ed)|mov(?:es|ed)|upgrad(?:es|ed)|bump(?:s|ed)|provid(?:es|ed)|expos(?:es|ed)|allow(?:s|ed)|new)\b|(?:新增|新加|加入|添加|增加|支持|引入|移除|删除|刪除|弃用|棄用|废弃|廢棄|替换|替換|改为|改為|提供|修复|修復|优化|優化|改进|改進|追加|対応|削除|廃止|置き換え|変更|導入|サポート|改善|修正|추가|지원|제거|삭제|변경|도입|개선|수정|교체)/iu;

// A preposition left alone before a comma once the reference after it went ("With [#8565](…), viewer axis labels now…"
// reads "With, viewer axis labels now…").
const BARE_PREPOSITION = /^(?:with|in|via|through|after|since|per|from|thanks to|as of|following)\s*,\s*/iu;

/** The connective that opens a sentence and only links it to the one before ("为此，", "However, ", "そのため、"), or null. */
export function openingConnective(sentence: string): string | null {
  const text = sentence.trim();
  return CONNECTIVE_EN.exec(text)?.[0] ?? CONNECTIVE_OTHER.exec(text)?.[0] ?? CONNECTIVE_CJK.exec(text)?.[0] ?? BARE_PREPOSITION.exec(text)?.[0] ?? null;
}

/** A sentence that needs the one before it: a connective opening or a back-reference ("That's because…"). */
export const leansOnBefore = (sentence: string): boolean => openingConnective(sentence) !== null || POINTS_BACK.test(sentence.trim());

/** History or background rather than what this release does. */
export const tellsBackground = (sentence: string): boolean => BACKGROUND.test(sentence.trim());

/** A lead-in to what follows (a list, a section, a link): it states nothing by itself. */
export const leadsIn = (sentence: string): boolean => LEAD_IN.test(sentence.trim()) || /[:：]\s*$/u.test(sentence);

/** Filler around the changes: self-praise, hopes, sentiment. */
export const isFillerSentence = (sentence: string): boolean => FILLER.test(sentence.replace(/[’‘]/gu, "'").trim()) && !/`[^`]+`/u.test(sentence);

// A lead-in that names no change itself ("The following APIs have been removed:" does, with its list).
const leadInOnly = (text: string): boolean => LEAD_IN.test(text) && !CHANGE_VERB.test(text);

/** A sentence that never states a change, wherever it stands in its paragraph: a lead-in or filler. */
export const onlyFrames = (sentence: string): boolean => leadInOnly(sentence.trim()) || isFillerSentence(sentence);

/**
 * A sentence that points back ("That's because…"), tells history, leads in or fills, said without a connective that
 * only links it ("为此，我们引入了 `session.guild` 属性。" → "我们引入了 `session.guild` 属性。") when what is left states a
 * change; null when the sentence states no change by itself. The sentence as it is when it frames nothing.
 */
export function statedChange(sentence: string): string | null {
  const text = sentence.trim();
  if (POINTS_BACK.test(text) || tellsBackground(text) || leadInOnly(text) || isFillerSentence(text)) return null;
  const connective = openingConnective(text);
  if (connective === null) return sentence;
  const rest = text.slice(connective.length).trim();
  if (rest === "" || !CHANGE_VERB.test(rest) || tellsBackground(rest) || POINTS_BACK.test(rest)) return null;
  return /^[a-z]/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/**
 * How well a sentence states what changed: above 0 when it says a change by a verb of change (more with code or a
 * number), 0 when it names none, below 0 when it only frames one (leans on the sentence before, tells history, leads
 * in, fills, asks).
 */
export function changeStatementScore(sentence: string): number {
  const text = sentence.trim();
  if (text === "" || isFillerSentence(text) || leadInOnly(text) || /[?？]$/u.test(text)) return -2;
  if (POINTS_BACK.test(text) || tellsBackground(text)) return -1;
  const said = statedChange(text);
  if (said === null) return -1;
  let score = CHANGE_VERB.test(said) ? 2 : 0;
  if (score > 0 && /`[^`]+`/u.test(said)) score += 1;
  if (/[:：]\s*$/u.test(said)) score -= 2;
  return score;
}
