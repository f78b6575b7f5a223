// Text that introduces or points at other text of the notes, which a post does not carry: "Here's what's new:",
// "以下是本次更新内容：", "These features are available now, but may change…" (which features? the ones around it in the
// notes), "…, which are documented below.", "详见下文". And an item opened with a conjunction ("And we've added…",
// "But…", "Also, …") that joined it to the sentence before it in the notes: in a list it starts a line of its own.
// Pure text rules, in the languages notes come in.

// A whole sentence that only introduces what follows it, or points below or above.
const INTRODUCES = new RegExp(
  [
    // "Here's what's new:", "Here are the highlights", "Here is what changed in this release:"
    String.raw`^here(?:'s|’s| is| are)\s+(?:what(?:'s|’s| is)?\s+(?:new|changed)|(?:the|some|a few)\s+(?:highlights|changes|details|new features|notable changes))\b[^.!?]{0,40}[:：.!]?$`,
    // "These features are available now, but may change…", "The following changes may …": a demonstrative with no
    // antecedent in a post.
    String.raw`^(?:these|those|the (?:above|following))\s+(?:new\s+|experimental\s+)?(?:features?|changes?|apis?|improvements?|options?|additions?)\s+(?:are|is|were|will|may|might|can|could|should|remain)\b`,
    String.raw`^(?:see|details|more)\s+(?:below|above)[.:：]?$`,
    // A launch post's intro that promises without naming: "In this release, we're shipping some incredible features.",
    // "Dioxus 0.7 delivers on a number of promises we made…". What they are, the parts after it say.
    String.raw`^(?:in|with) this (?:release|version|update),?\s+we(?:'re|’re| are|'ve|’ve| have)?\s+(?:shipping|bringing|introducing|adding|releasing|delivering|got)\s+(?:(?:some|so many|many|lots of|tons of|a (?:lot|ton|bunch|host|number|few) of|a few|several)\s+)?(?:(?:really|truly|incredible|amazing|exciting|great|awesome|big|huge|major|cool|fantastic|new|important|useful|long-awaited)\s+)*(?:features?|improvements?|changes|things|goodies|updates|additions)\b[^.!?]{0,30}[.!]?$`,
    String.raw`^\S+(?: \S+){0,4}\s(?:delivers|delivered|makes good|made good) on (?:a (?:number|lot|bunch|host) of |many |several |some |all (?:of )?)?(?:our |the |its |their )?(?:promises|commitments)\b`,
    // Chinese, Japanese, Korean, German, French, Spanish, Portuguese: "以下是本次更新内容", "详见下文", "主な変更点は以下の
    // 通りです", "주요 변경 사항은 다음과 같습니다", "Hier sind die Neuerungen", "Voici les nouveautés", "Estas son las
    // novedades", "Aqui estão as novidades".
    String.raw`^(?:以下(?:是|为|為)|下面是)[^。！？]{0,20}[:：。]?$|^(?:详见|詳見|详情见|参见|請見|请见)(?:下文|下方|下面|以下|上文|上方)[。.]?$|^[^。]{0,20}(?:は)?(?:以下|下記)の(?:通り|とおり)(?:です)?[。:：]?$|^[^.]{0,20}(?:은|는) 다음과 같습니다[.:：]?$`,
    String.raw`^(?:hier (?:sind|ist) (?:die|alle) (?:neuerungen|änderungen)|voici (?:les|ce qui) (?:nouveautés|changements|change)|estas son las (?:novedades|cambios)|aqui (?:estão|está) (?:as|o que) (?:novidades|mudanças|mudou))\b[^.!?]{0,30}[:：.!]?$`,
  ].join("|"),
  "iu",
);

// A clause that points below or above at the end of a change: "…, which are documented below", "(see below)",
// "，详见下文", "（詳細は後述）".
const POINTING_CLAUSE =
  /\s*(?:,\s*(?:which|that)\s+(?:is|are)\s+(?:documented|described|explained|listed|detailed|covered)\s+(?:below|above|further down)|\(\s*(?:see|details|more)\s+(?:below|above)\s*\)|\s+(?:as\s+)?(?:documented|described|explained|detailed)\s+below|[，,]\s*(?:详见|詳見|详情见|请见|請見)(?:下文|下方|下面|以下)|[（(]\s*(?:詳細は後述|详见下文|見下文)\s*[)）])(?=\s*[.。]?\s*$)/iu;

// A conjunction that tied the change to the sentence before it: "And", "But", "Also,", "Additionally,", "Plus,",
// German "Außerdem", French "De plus,", Spanish "Además,", Portuguese "Além disso,", Chinese "另外，", "此外，",
// Japanese "また、", Korean "또한".
// A Latin one goes only before its comma or a word that opens a clause ("And we've added…"): "Plus addressing is
// accepted", "And gate: new block" name something.
const CONJUNCTION_START = /^(?:(?:and|but|also|additionally|plus|außerdem|zudem|de plus|en outre|además|también|além disso|também)\s*,\s+|(?:and|but|also|additionally|plus)\s+(?=(?:we|i|you|they|it|this|these|that|there|now|then|the|a|an|our|your)\b)|(?:另外|此外|并且|而且|また|さらに)[，,、]\s*|또한[,]?\s+)(?=\S)/iu;

/** True for a sentence that only introduces or points at other text of the notes. */
export function onlyIntroduces(sentence: string): boolean {
  const text = sentence.trim();
  // "The following options are removed: --legacy, --fast", "These APIs are now async": what follows the colon, a code
  // span or a word of change says what changed; the sentence states the change, it does not point at it.
  if (/[:：]\s*\S/u.test(text) || text.includes("`") || /\b(?:(?:is|are|was|were)\s+now|no\s+longer|(?:is|are|was|were|been)\s+(?:removed|deprecated|renamed|replaced|dropped))\b/iu.test(text)) return false;
  return INTRODUCES.test(text);
}

/** The change without a closing clause that points below or above, and without a joining conjunction at its start. */
export function withoutPointingWords(text: string): string {
  let result = text.replace(POINTING_CLAUSE, "");
  if (result !== text && !/[.。!！?？]$/u.test(result) && /[.。]$/u.test(text)) result = `${result}${/。$/u.test(text) ? "。" : "."}`;
  const joined = CONJUNCTION_START.exec(result);
  if (!joined) return result;
  const rest = result.slice(joined[0].length);
  // "and/or", "But…" as a name ("Also-Ran"), or a conjunction joining code ("And `x`") is left as written.
  if (rest.startsWith("`") || /^\p{Ll}+[/-]/u.test(rest)) return result;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
