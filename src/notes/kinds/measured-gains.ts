// A sentence that says what a change gained, by a figure: "Builds are now up to 4x faster", "The runtime is now 30%
// smaller", "cold starts dropped from 17 s to 5 s", "1.5x-2x dev startup time improvement". A launch post's strongest
// line: it names the change and how much users gain by it. Pure.

// A figure of gain: "4x", "1.5x-2x", "10×", "30%", "3 times".
const FIGURE = /(?:^|[\s(~≈-])\d+(?:\.\d+)?\s?(?:[x×](?=[\s,.;:)-]|$)|%|\s?times\b)/u;
// …next to what it measures: faster, smaller, less memory, fewer allocations, an improvement, a reduction.
const GAIN =
  /\b(?:faster|quicker|smaller|lighter|leaner|less|fewer|lower|shorter|cheaper|reduc(?:e[sd]?|tion|ing)|improv(?:e[sd]?|ement|ing)|speed(?:s|ed)?[ -]?ups?|boost(?:s|ed)?|cut(?:s)?|drop(?:s|ped)?|saves?|saving)\b/iu;

/** True when a sentence states a gain by a figure ("up to 4x faster", "30% smaller"). */
export const claimsMeasuredGain = (text: string): boolean => FIGURE.test(text) && GAIN.test(text);
