// An area in brackets at a change's start: "[Button] fix focus ring", "[style]: switch the default font", "【Table】修复
// 表头错位", "[Table] - fix sticky header", "(backend) improve the error". It says where the change is, as a commit's scope does: it is written as one
// ("Button: fix focus ring"), never left in its brackets nor cut to a stray ":". Kind tags ("[Fix]", "【新增】") and
// branch tags ("[12.x]") are read elsewhere, and so is an area every change repeats (said once, as
// their label): this runs last, on the text a post shows. Pure.

// One to four words of a name, no link and no sentence; not a task box ("[ ]", "[x]") nor a number or version.
const AREA_HEAD = /^(?:\[([^[\]\n]{1,30})\]|【([^【】\n]{1,30})】)(?!\()[ \t]*(?:[:：][ \t]*|[-–—][ \t]+)?(?=[\p{L}\p{N}`"'“「])/u;
// git-cliff's scope in parentheses ("**(backend)** improve the error", shown "(backend) improve the error"): a lowercase
// identifier before a lowercase change, as commits write scopes.
const PAREN_SCOPE = /^\(([a-z][\w./@-]{0,29})\)[ \t]+(?=\p{Ll})/u;
// Nor a word that says how ready the change is ("[Experimental]", "[Beta]"), nor one that sets nothing apart ("[all
// packages]", "[misc]"): those are read elsewhere.
const NO_AREA = /^(?:[ xX✓✔-]?|v?\d[\d.x]*|wip|draft|skip ci|ci skip|#\d+|experimental|beta|alpha|preview|unstable|deprecated|all(?: packages)?|misc|general|other)$/iu;

// A lowercase commit scope with its colon ("extension: ", "core："), before a bracketed area.
const OUTER_SCOPE = /^[a-z][\w./@-]{0,29}[:：][ \t]*(?=\[|【)/u;

/** The bracketed area heading a change and the change after it ("[Button] fix x" → Button, "fix x"); null for other text. */
export function bracketedArea(text: string): { name: string; rest: string } | null {
  const head = AREA_HEAD.exec(text) ?? PAREN_SCOPE.exec(text);
  if (!head) return null;
  const name = (head[1] ?? head[2] ?? "").trim();
  if (NO_AREA.test(name) || name.startsWith("!") || name.split(/\s+/u).length > 4 || /[.!?。！？]$/u.test(name)) return null;
  return { name, rest: text.slice(head[0].length) };
}

// A tag after the area that flags the change as a possible break ("【core】【可能的向下兼容问题】修复…"): the post's
// breaking label says it, so the flag goes and the area is written as the scope.
const COMPAT_FLAG = /^(?:【[^【】\n]{0,12}(?:兼容|互換|호환)[^【】\n]{0,12}】|\[[^[\]\n]{0,12}(?:兼容|互換|호환)[^[\]\n]{0,12}\])[ \t]*/u;
const AREA_BEFORE_FLAG = /^(?:\[([^[\]\n]{1,30})\]|【([^【】\n]{1,30})】)[ \t]*(?=【|\[)/u;

/** The change's text with a bracketed area still heading it written as a scope ("[Button] fix x" → "Button: fix x"). */
export function withAreaAsScope(text: string): string {
  const flagged = AREA_BEFORE_FLAG.exec(text);
  const flag = flagged === null ? null : COMPAT_FLAG.exec(text.slice(flagged[0].length));
  if (flagged !== null && flag !== null) {
    const name = (flagged[1] ?? flagged[2] ?? "").trim();
    const rest = text.slice(flagged[0].length + flag[0].length);
    if (name !== "" && !NO_AREA.test(name) && rest !== "") return `${name}: ${rest}`;
  }
  // A commit's scope over a narrower bracketed area ("extension: 【dynamic-group】修复…"): the area says where, and
  // two scopes in a row read as markup; the area alone stays ("dynamic-group: 修复…").
  const outer = OUTER_SCOPE.exec(text);
  const inner = outer === null ? null : bracketedArea(text.slice(outer[0].length));
  if (inner !== null) return `${inner.name}: ${inner.rest}`;
  const area = bracketedArea(text);
  return area === null ? text : `${area.name}: ${area.rest}`;
}
