// A sentence that only moves the reader on to the next part of a post: "And now on to the cool new features!",
// "Without further ado, …", "Let's dive in!", "Read on for the details." Its "now" says nothing was done: no change, no
// key sentence of a part. Pure.

const TRANSITION =
  /^(?:(?:and|so)\s+)?(?:now\s+)?on\s*to\s+(?:the|our|some|what)\b|^without further ado\b|^let'?s (?:dive|get|jump|move|take a look|look)\b|^(?:read|keep reading|scroll) (?:on|below)\b|^(?:more|details) (?:on|below)\b/iu;

/** True for a sentence that only leads on to what follows. */
export const isTransition = (sentence: string): boolean => TRANSITION.test(sentence.trim());
