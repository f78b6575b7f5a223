// Post templates: parsing {placeholder} syntax and rendering with values, collapsing whatever an empty value leaves.
import { ReleaseTweetError } from "../core/errors.js";
import { sanitizeText } from "./text/sanitize.js";

export const PLACEHOLDERS = ["version", "tag", "name", "repo", "owner", "url", "notes"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

export type TemplatePart = { kind: "text"; text: string } | { kind: "placeholder"; name: Placeholder };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** How many times each placeholder appears. */
  uses: Record<Placeholder, number>;
}

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);
const LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(" ");

function templateError(message: string): ReleaseTweetError {
  return new ReleaseTweetError(
    "ETEMPLATE",
    message,
    `Use only the placeholders ${LIST}; write {{ and }} for literal braces.`,
    { docs: "templates" },
  );
}

/** Splits a template into text and placeholders. `{{` and `}}` are literal braces; a lone `}` is literal too. */
export function parseTemplate(template: unknown): ParsedTemplate {
  if (typeof template !== "string") throw templateError(`The template must be text, not ${typeof template}.`);
  const source = sanitizeText(template);
  if (source.trim() === "") throw templateError("The template is empty.");
  const parts: TemplatePart[] = [];
  const uses = Object.fromEntries(PLACEHOLDERS.map((name) => [name, 0])) as Record<Placeholder, number>;
  let text = "";
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === "{" && source[index + 1] === "{") {
      text += "{";
      index += 2;
    } else if (char === "}" && source[index + 1] === "}") {
      text += "}";
      index += 2;
    } else if (char === "{") {
      const close = source.indexOf("}", index + 1);
      const nextOpen = source.indexOf("{", index + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        const excerpt = source.slice(index, index + 20).split("\n")[0] ?? "";
        throw templateError(`The template has an unclosed '{' at "${excerpt}" (character ${index + 1}).`);
      }
      const name = source.slice(index + 1, close);
      if (!isPlaceholder(name)) throw templateError(`The template uses an unknown placeholder {${name}}.`);
      if (text) parts.push({ kind: "text", text });
      text = "";
      parts.push({ kind: "placeholder", name });
      uses[name] += 1;
      index = close + 1;
    } else {
      text += char;
      index += 1;
    }
  }
  if (text) parts.push({ kind: "text", text });
  return { parts, uses };
}

// Lone surrogates mark where values go while the skeleton is tidied: sanitizeText turns any lone
// surrogate in user text into U+FFFD, so these can only be ours.
const GONE = "\uD800";
const SLOT = "\uDBFF";
const SEPARATOR = "[\u2014\u2013\\-\u00B7|:,\u2022]";
const EMPTY_BRACKETS = new RegExp(`[(\\[<]\\s*((?:${GONE}\\s*)+)[)\\]>]`, "gu");
const DANGLING_AT_END = new RegExp(`[ \\t]*${SEPARATOR}[ \\t]*((?:${GONE}[ \\t]*)+)(?=\\n|$)`, "gu");
const DANGLING_AT_START = new RegExp(`(^|\\n)([ \\t]*(?:${GONE}[ \\t]*)+)${SEPARATOR}[ \\t]*`, "gu");
const DOUBLED = new RegExp(`[ \\t]*${SEPARATOR}[ \\t]*(?:${GONE}[ \\t]*)+(?=${SEPARATOR})`, "gu");
// "{version}: {notes} ({url})" without notes: the lead-in goes with the value.
const LEAD_IN = new RegExp(`[ \\t]*(?:[:,]|[ \\t][\u2014\u2013\u00B7|\u2022-])[ \\t]+(?=${GONE})`, "gu");
const GONE_RUN = new RegExp(`[ \\t]*(?:${GONE}[ \\t]*)+`, "gu");

/**
 * Fills the template. An empty value takes with it the brackets around it and the separator it would leave
 * dangling ("({tag})", "{name} — ", ": {notes}"), so no "()", " — " or double blank line remains.
 * `present` lists placeholders to treat as filled even when empty (used to measure the fixed parts).
 */
export function renderTemplate(
  template: ParsedTemplate,
  values: TemplateValues,
  present: readonly Placeholder[] = [],
): string {
  const filled: string[] = [];
  let skeleton = "";
  for (const part of template.parts) {
    if (part.kind === "text") skeleton += part.text;
    else if (values[part.name] !== "" || present.includes(part.name)) {
      skeleton += SLOT;
      filled.push(values[part.name]);
    } else skeleton += GONE;
  }
  skeleton = skeleton
    .replace(EMPTY_BRACKETS, "$1")
    .replace(DOUBLED, " ")
    .replace(DANGLING_AT_END, "$1")
    .replace(DANGLING_AT_START, "$1$2")
    .replace(LEAD_IN, " ")
    .replace(GONE_RUN, (run: string, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + run.length];
      const inside = before !== undefined && after !== undefined && !/\s/u.test(before) && !/\s/u.test(after);
      return inside ? " " : "";
    })
    .replace(/[ \t]+(?=\n|$)/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  let next = 0;
  return skeleton.replace(new RegExp(SLOT, "gu"), () => filled[next++] ?? "");
}
