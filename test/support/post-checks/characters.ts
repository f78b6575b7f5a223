// The characters themselves: length as X weighs it, invisible characters, mojibake; X refuses or shows them wrong.
import twitter from "twitter-text";
import configs from "twitter-text/dist/configs.js";
import type { Context, Defect } from "./types.ts";
import { ZWSP } from "./text.ts";

/** Each post fits as X counts it and X accepts it. */
export function length({ posts, maxLength }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const parsed = twitter.parseTweet(text, { ...configs.defaults, maxWeightedTweetLength: maxLength });
    if (parsed.weightedLength > maxLength) defects.push({ check: "length", post, detail: `weighted length ${parsed.weightedLength} > ${maxLength}` });
    else if (!parsed.valid) defects.push({ check: "length", post, detail: "X would refuse this text (empty or invalid characters)" });
  });
  return defects;
}

const INVISIBLE: Array<[RegExp, string]> = [
  [/[\u200E\u200F\u061C]/u, "a direction mark (LRM/RLM/ALM)"],
  [/[\u202A-\u202E\u2066-\u2069]/u, "a bidi control"],
  [/[\u2060-\u2064\u180E\uFEFF]/u, "a word joiner or invisible operator"],
  [/[\u3164\u115F\u1160\uFFA0]/u, "a Hangul filler"],
  [/\u00AD/u, "a soft hyphen"],
  [/\u034F/u, "a combining grapheme joiner"],
];
/** Characters a reader cannot see; the ZWSP that quiets a mention ("@\u200Buser") is the one allowed. */
export function invisibleCharacters({ posts }: Context): Defect[] {
  const defects: Defect[] = [];
  posts.forEach((text, post) => {
    const report = (what: string, at: number) => defects.push({ check: "invisible-characters", post, detail: `${what} at ${at}` });
    const chars = [...text];
    chars.forEach((char, i) => {
      const prev = chars[i - 1] ?? "";
      const next = chars[i + 1] ?? "";
      // After the sigil of a mention, hashtag or cashtag the notes never meant: the one place it belongs.
      if (char === ZWSP && (prev === "" || !"@＠#＃$".includes(prev))) report("a zero-width space (not after @, # or $)", i);
      else if (char === "\u200D" && !(/\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier}/u.test(prev) && /\p{Extended_Pictographic}/u.test(next)) && !(/\p{L}|\p{M}/u.test(prev) && /\p{L}|\p{M}/u.test(next)))
        report("a zero-width joiner outside an emoji", i);
      else if (char === "\u200C" && !(/\p{L}|\p{M}/u.test(prev) && /\p{L}|\p{M}/u.test(next))) report("a zero-width non-joiner outside a word", i);
      else if (/[\u{E0000}-\u{E007F}]/u.test(char)) {
        // Tag characters are allowed only inside a subdivision flag: 🏴 followed by tags up to CANCEL TAG.
        let start = i;
        while (start > 0 && /[\u{E0020}-\u{E007E}]/u.test(chars[start - 1]!)) start -= 1;
        if (chars[start - 1] !== "\u{1F3F4}") report("a tag character", i);
      } else for (const [pattern, what] of INVISIBLE) if (pattern.test(char)) report(what, i);
    });
  });
  return defects;
}

// UTF-8 read as Latin-1 or Windows-1252: "Ã©" for "é", "â€™" for "’", "â¦" for "…" (its C1 byte stripped).
const MOJIBAKE = /Ã[\u0080-\u00BF]|â(?:€|[\u0080-\u00BF])|Â[\u0080-\u00BF]/u;

/** Mojibake from a mis-decoded source: no one writes it, and the post must not print it. */
export function mojibake({ posts }: Context): Defect[] {
  return posts.flatMap((text, post) => {
    const found = MOJIBAKE.exec(text);
    return found ? [{ check: "mojibake", post, detail: `mis-decoded UTF-8 "${found[0]}"` }] : [];
  });
}
