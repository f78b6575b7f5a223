// Whether a lowercase word is said as a word or typed as a name: "npm", "pnpm", "tmux" and "ffmpeg" are commands,
// written in lowercase even where a sentence starts; "flask" or "new" are words, which a sentence capitalises.

// How English words start: a vowel, a consonant before a vowel, or a cluster that English starts words with.
const SPOKEN_START = /^(?:[aeiouy]|[b-df-hj-np-tv-z][aeiouy]|[bcfgkp][lr]|[dt][rw]|s[chklmnpqtvw]|[cgpstw]h|qu|kn|wr)/u;

/** A lowercase word said as a word: it has a vowel and starts as English words do. A name without a vowel is said
 *  letter by letter ("httpx", "pnpm"), and one that starts otherwise ("tmux", "ffmpeg") is typed, not said. */
export function saidAsWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /[aeiouy]/u.test(lower) && SPOKEN_START.test(lower);
}
