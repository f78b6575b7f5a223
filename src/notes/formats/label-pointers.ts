// A Sphinx or MyST cross-reference to a label with no words of its own (":ref:`upgrading`", "{ref}`upgrading`",
// ":numref:`fig-speed`", ":doc:`install`") shows the target's title, which the notes do not hold: in a post it would read
// as the label's slug in code ("See `upgrading`."). Where the notes only point at it ("See :ref:`x`.", "(:ref:`x`)",
// "…, see :ref:`x` for numbers.", "Read more in :ref:`x`."), the pointer goes with it. A reference with its own words
// (":ref:`the guide <upgrading>`") is read as those words elsewhere (rst.ts). Pure: the notes in, the notes out.

const BT = "`";
// One reference to a label: RST's role (a domain before it allowed: ":std:ref:`x`") or MyST's; no "<" (own words).
const ROLE = String.raw`(?:(?<![\w${BT}]):(?:[a-z][\w+.-]{0,40}:)?(?:ref|numref|doc|any|keyword|label):|(?<![\w${BT}{}])\{(?:[a-z][\w+.-]{0,40}:)?(?:ref|numref|doc|any)\})${BT}[^${BT}<>\n]{1,200}${BT}`;
// Several: ":ref:`a` and :ref:`b`", ":ref:`a`, :ref:`b`".
const ROLES = String.raw`${ROLE}(?:\s*(?:,|\band\b|\bor\b)\s*${ROLE}){0,5}`;
// Words that only point: "see", "see also", "cf.", "refer to", "read more in", "details in", "as described in".
const POINTING = String.raw`(?:please\s+)?(?:see(?:\s+also)?|cf\.?|compare|refer\s+to|(?:read|learn)\s+more\s+(?:in|at|about\s+(?:it|this)\s+in)|(?:more\s+)?(?:details|information|info)\s+(?:are\s+|is\s+)?(?:in|at|on)|(?:as\s+)?(?:described|documented|explained)\s+in|for\s+(?:more\s+)?details,?\s+see)`;
// What a pointer may say after the reference: "for details", "for numbers", "on how to migrate", "to review it".
const AFTER = String.raw`(?:\s+(?:for|on|about|to)\s+[^.;!?()\n]{1,80})?`;

// "(:ref:`x`)", "(see :ref:`x`)": the bracket held only the pointer.
const BRACKETED = new RegExp(String.raw`[ \t]*\(\s*(?:${POINTING}\s+)?(?:the\s+)?${ROLES}${AFTER}\s*\)`, "giu");
// "…, see :ref:`x` for details." / "…; see :ref:`x`.": a clause after the change.
const CLAUSE = new RegExp(String.raw`\s*[,;—–]\s*${POINTING}\s+(?:the\s+)?${ROLES}${AFTER}(?=\s*(?:[.!?]|$))`, "gimu");
// "See :ref:`x`.", "Read more in :ref:`x` for details." : a sentence of its own, at a line's, an item's or a sentence's
// start.
const SENTENCE = new RegExp(String.raw`(?<=^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?|[.!?][ \t]+)${POINTING}\s+(?:the\s+)?${ROLES}${AFTER}\s*(?:[.!]|$)[ \t]*`, "gimu");

// "Widgets now nest. {ref}`nesting`": a reference standing alone after the sentence it would explain.
const AFTER_SENTENCE = new RegExp(String.raw`(?<=[.!?])[ \t]+${ROLES}[ \t]*\.?[ \t]*$`, "gmu");

/** The notes without the pointers to labels they cannot show; notes without such a reference come back unchanged. */
export function withoutLabelPointers(source: string): string {
  if (!/(?::|\{)(?:[a-z][\w+.-]{0,40}:)?(?:ref|numref|doc|any|keyword|label)(?::|\})`/iu.test(source)) return source;
  return source.replace(BRACKETED, "").replace(CLAUSE, "").replace(SENTENCE, "").replace(AFTER_SENTENCE, "");
}
