// Text from outside (X's and GitHub's answers, a proxy's, a git remote) made fit to quote in a message or a log: known
// secrets blanked first, then control characters stripped, workflow commands defused, folded to one line, and only
// then shortened, so a cut can never leave part of a secret that redaction would have caught whole (issue 16).
import { redact } from "./redact.js";
import { defuseCommands } from "./workflow-commands.js";

export interface QuoteOptions {
  /** Longest result in characters (code points), the closing "…" included. Default: no limit. */
  maxLength?: number;
  /** Line breaks and every run of whitespace become one space (default true); else line breaks are kept. */
  oneLine?: boolean;
}

// Every line break a terminal or a log viewer may honour, the vertical tab and form feed included.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
// C0 controls but tab and line feed (ESC, BEL, CR…), DEL, C1 (CSI U+009B, OSC U+009D), and the bidi controls that show
// text in another order than it has: ALM, LRM, RLM, the embeddings and overrides, the isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Half a surrogate pair is no character; terminals and JSON encoders garble it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// C0 controls but tab and newline (ESC, BEL, CR…), DEL and C1: what could drive a terminal or garble a log.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * A whole line of output without any control character but newline and tab: the last defence of the CLI's and the
 * plugin's printing, for text that should already have been quoted. Leaves everything else (posts) as it is.
 */
export function withoutTerminalControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, "");
}

/**
 * `text` as a message may quote it. Secrets are blanked before anything else and again once control characters are
 * gone (a control character inside an echoed secret must not hide it); the length is cut last.
 */
export function quoteOutside(text: string, secrets: Iterable<string | undefined>, options: QuoteOptions = {}): string {
  const known = [...secrets];
  let quoted = redact(text, known).replace(LINE_BREAKS, "\n").replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
  quoted = redact(quoted, known);
  quoted = options.oneLine === false ? quoted.trim() : quoted.replace(/\s+/g, " ").trim();
  return shorten(defuseCommands(quoted), options.maxLength);
}

/** At most `maxLength` code points, ending in "…" when cut; a surrogate pair is never split. */
function shorten(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined || text.length <= maxLength) return text;
  const points = Array.from(text);
  if (points.length <= maxLength) return text;
  return `${points.slice(0, Math.max(0, maxLength - 1)).join("").trimEnd()}…`;
}
