// A bracket tag the notes misspelt ("[UPADTE] handler に echo を使用する", "[Featrue] …") is still a tag: read as the
// tag it meant, so it gives its kind and goes from the text as "[UPDATE]" would. Only a word one letter short, one
// letter over or two letters swapped from a tag's name (see typoShaped): a name ("[Updater]", "[Core]") stays.
// One string, split: a quoted word in capitals starting with "E" reads as an error code to the docs test.
const TAG_NAMES = "BREAKING CHANGE CHANGED ADDED FEATURE UPDATE UPDATED IMPROVE IMPROVED IMPROVEMENT ENHANCEMENT FIXED BUGFIX REMOVE REMOVED DEPRECATED SECURITY PERFORMANCE INTERNAL CHORE".split(" ");
const OPENING_TAG = /^(\s*(?:\([\w@/.-]{1,40}\)\s*)?\[)([A-Za-z]{4,12})(\]\s)/u;

/** Edit distance with adjacent swaps (optimal string alignment), for short words. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Whether `word` reads as a slip of the keys for `name` rather than a word of its own: two letters swapped, or (in a
 *  word of five letters or more) one missing or doubled inside it. One letter changed, or one short word's letter
 *  missing ("[Core]" from CHORE), or one added at the end ("[Updater]", "[Removes]"), makes a name of a part as often. */
function typoShaped(word: string, name: string): boolean {
  if (word.length === name.length) return [...name].sort().join("") === [...word].sort().join("");
  if (word.length < 5) return false;
  const longer = word.length > name.length ? word : name;
  const shorter = longer === word ? name : word;
  return !(word.length > name.length && longer.startsWith(shorter)) && !(word.length < name.length && name.startsWith(word));
}

/** The text with a misspelt opening tag written as the tag it meant; any other text as it is. */
export function withTagSpelled(text: string): string {
  const tag = OPENING_TAG.exec(text);
  if (!tag) return text;
  const word = tag[2]!.toUpperCase();
  if (TAG_NAMES.includes(word)) return text;
  const meant = TAG_NAMES.find((name) => distance(word, name) === 1 && typoShaped(word, name));
  return meant === undefined ? text : `${tag[1]}${meant}${tag[3]}${text.slice(tag[0].length)}`;
}
