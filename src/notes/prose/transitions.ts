// A sentence that only moves the reader on to the next part of a post: "And now on to the cool new features!",
// "Without further ado, …", "Let's dive in!", "Read on for the details." Its "now" says nothing was done: no change, no
// key sentence of a part. Pure.

// A connective a lead-in may open on: "For now, let's look at what's new.", "With that out of the way, here is…".
const LEAD = String.raw`(?:(?:for now|so|now|and|ok(?:ay)?|alright|that said|with that(?: out of the way| said)?|first(?: of all)?|next|but first|without further ado)\s*,?\s+)*`;
const TRANSITION = new RegExp(
  [
    String.raw`^(?:(?:and|so)\s+)?(?:now\s+)?on\s*to\s+(?:the|our|some|what)\b`,
    String.raw`^without further ado\b`,
    String.raw`^${LEAD}let'?s (?:dive|get|jump|move|take a look|look|see|talk|explore|check out|walk through|go (?:over|through)|review|start|begin)\b`,
    String.raw`^(?:read|keep reading|scroll) (?:on|below)\b`,
    String.raw`^(?:more|details) (?:on|below)\b`,
    // A pointer forward that is the whole sentence: "Here's what's new in Foo 3.0.", "This is what's new.", "Here is what
    // we shipped:". What follows it says the changes. ("Here's what's new: builds are 2x faster." says one: not whole.)
    String.raw`^${LEAD}(?:here(?:'s| is| are)|this is|these are) (?:what(?:'s| is| has)? (?:new|changed|in (?:it|store|this (?:release|version|update))|we(?:'ve| have)? (?:shipped|built|done|added|changed|got))|(?:a|an|the) (?:quick |short |brief )?(?:look|rundown|overview|summary|tour|list)(?: (?:at|of) (?:what(?:'s| is)? new|the (?:changes|highlights|new features)))?)(?:[^.!?:;]|\.(?=\d)){0,40}[.!:]*$`,
  ].join("|"),
  "iu",
);

/** True for a sentence that only leads on to what follows. */
export const isTransition = (sentence: string): boolean => TRANSITION.test(sentence.trim());
