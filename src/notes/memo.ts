// Several rules ask the same question of the same line (is it boilerplate, a lead-in, which kind is it?), and some
// answers cost a long pattern's scan: each line is answered once. The store is bounded, so a long-running process (a
// test run, a watch) does not keep every line it ever read.

const KEPT = 4096;

/** `answer`, asked once per text. Its answers must not be changed by callers: they are shared. */
export function memoized<T>(answer: (text: string) => T, kept = KEPT): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    if (answers.size >= kept) answers.clear();
    const found = answer(text);
    answers.set(text, found);
    return found;
  };
}
