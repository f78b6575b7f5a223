// An area in brackets at a change's start: "[Button] fix focus ring", "[style]: switch the default font", "【Table】修复
// 表头错位", "[Table] - fix sticky header". It says where the change is, as a commit's scope does: it is written as one
// ("Button: fix focus ring"), never left in its brackets nor cut to a stray ":". Kind tags ("[Fix]", "【新增】") and
// branch tags ("[12.x]") are read elsewhere, before this. Pure.

// One to four words of a name, no link and no sentence; not a task box ("[ ]", "[x]") nor a number or version.
const AREA_HEAD = /^(?:\[([^[\]\n]{1,30})\]|【([^【】\n]{1,30})】)(?!\()[ \t]*(?:[:：][ \t]*|[-–—][ \t]+)?(?=[\p{L}\p{N}`"'“「])/u;
const NO_AREA = /^(?:[ xX✓✔-]?|v?\d[\d.x]*|wip|draft|skip ci|ci skip|#\d+)$/iu;

/** The bracketed area heading a change and the change after it ("[Button] fix x" → Button, "fix x"); null for other text. */
export function bracketedArea(text: string): { name: string; rest: string } | null {
  const head = AREA_HEAD.exec(text);
  if (!head) return null;
  const name = (head[1] ?? head[2] ?? "").trim();
  if (NO_AREA.test(name) || name.split(/\s+/u).length > 4 || /[.!?。！？]$/u.test(name)) return null;
  return { name, rest: text.slice(head[0].length) };
}
