// reStructuredText notes (Sphinx docs, towncrier changelogs) written over as the Markdown they mean, before the one
// Markdown parse: underlined titles become headings, `text <url>`__ links and :role:`x` references become the Markdown
// a changelog in Markdown would have written. Only notes that use RST's own markup are touched, so Markdown keeps
// its meaning. Line by line and one regular expression pass per construct: linear in the notes' size.

import { definitionListsAsItems } from "./definition-lists.js";
import { releasesRolesAsTags } from "./releases-roles.js";

// Markup only RST has: a role (":issue:`12`", ":py:class:`x`"), a link ("`text <url>`__"), an explicit markup line
// (".. _target:", ".. note::").
// Domains may be chained and name an inventory: ":external+python:exc:`CookieError`", ":external:py:class:`x`".
const ROLE_MARK = /(?:^|[\s(（"'])(?::[a-z][\w+.-]{0,40}){0,2}:[a-z][\w+-]{0,30}:`[^`\n]{1,300}`/mu;
const LINK_MARK = /`[^`\n]{0,300}<[^<>`\s]{1,2000}>`__?(?![\w`])/u;
const EXPLICIT_MARK = /^\.\. (?:_[^:\n]{1,200}:|[\w-]{1,40}::)/mu;

// A title's adornment line: one punctuation character repeated ("=====", "-----", "~~~~~", "*****").
export const ADORNMENT = /^([=\-~^*#+`:'"._])\1{2,}[ \t]*$/u;
// A reference to a target defined elsewhere ("`#348`_", "`@oxygen-dioxide`_", "`#11`__"): Markdown has no "`x`_".
const REFERENCE_MARK = /(?<![\w`])`[^`\n<>]{1,200}`__?(?![\w`])/u;
// A substitution's definition (".. |logo| image:: …"), an anonymous target ("__ https://…").
const DEFINITION_MARK = /^(?:\.\. \|[^|\n]{1,100}\| [\w-]{1,40}::|__ [a-z][\w+.-]*:\/\/\S+[ \t]*$)/mu;

/** The notes use RST's own markup (a role, an RST link or reference, an explicit markup line, a title adorned as only
 *  RST adorns one): they are RST, not Markdown. */
export function looksLikeRst(source: string): boolean {
  return ROLE_MARK.test(source) || LINK_MARK.test(source) || EXPLICIT_MARK.test(source) || REFERENCE_MARK.test(source) || DEFINITION_MARK.test(source) || hasRstTitle(source);
}

/**
 * A title adorned as Markdown never writes one: underlined with "+++", "~~~", "^^^", "***", "###" (Markdown's setext
 * underlines are "===" and "---" only), or overlined and underlined alike. The adornment is at least as long as the
 * title, as RST asks; a tilde line must be followed by a blank line (a Markdown fence "~~~" is followed by its code).
 */
function hasRstTitle(source: string): boolean {
  if (!/^([=\-~^*#+:'"._])\1{2,}[ \t]*$/mu.test(source)) return false;
  const lines = source.split("\n");
  for (let at = 1; at < lines.length; at += 1) {
    const match = ADORNMENT.exec(lines[at] ?? "");
    if (!match) continue;
    const adornment = (lines[at] ?? "").trim();
    const title = (lines[at - 1] ?? "").trim();
    if (title === "" || ADORNMENT.test(title) || title.length > adornment.length || /^(?:[-*+]|\d+[.)])\s|^#{1,6}\s/u.test(title)) continue;
    const over = (lines[at - 2] ?? "").trim();
    if (over === adornment && match[1] !== "-") return true;
    const char = match[1] ?? "";
    if (char === "=" || char === "-" || char === "`") continue;
    if (char === "~" && (lines[at + 1] ?? "").trim() !== "") continue;
    if (at >= 2 && over !== "") continue;
    return true;
  }
  return false;
}

// Directives whose body is code or media: gone from a post, as a Markdown code block is (kept as an empty one, so that
// a lead-in to it is recognised).
const CODE_DIRECTIVES = /^(?:code|code-block|sourcecode|literalinclude|highlight|parsed-literal|doctest|testcode|prompt|console)$/iu;
// Directives whose body is prose beside the changes: read as a block quote, as a GitHub alert is.
const ADMONITIONS = /^(?:note|warning|attention|caution|danger|error|hint|important|tip|seealso|deprecated|versionadded|versionchanged|versionremoved|admonition)$/iu;

const indentOf = (line: string): number => /^[ \t]*/u.exec(line)?.[0].length ?? 0;

/** The lines of a directive's body: the indented (or blank) lines after `at`, up to the first line back at the
 *  directive's indentation. */
function bodyEnd(lines: readonly string[], at: number, indent: number): number {
  let end = at + 1;
  while (end < lines.length && ((lines[end] ?? "").trim() === "" || indentOf(lines[end] ?? "") > indent)) end += 1;
  // Trailing blank lines belong to what follows.
  while (end > at + 1 && (lines[end - 1] ?? "").trim() === "") end -= 1;
  return end;
}

/** A title's underline at `at` (with an overline of the same character two lines up, or none): its style, or null. */
function titleStyle(lines: readonly string[], at: number): string | null {
  const under = ADORNMENT.exec(lines[at] ?? "");
  const title = lines[at - 1] ?? "";
  if (!under || title.trim() === "" || ADORNMENT.test(title) || indentOf(title) > 0 && !ADORNMENT.test(lines[at - 2] ?? "")) return null;
  const over = lines[at - 2] ?? "";
  const overlined = ADORNMENT.test(over) && over.trim() === (lines[at] ?? "").trim();
  // An underline stands right under its title, after a blank line or an overline: a "----" under a paragraph's last
  // line is not one.
  if (!overlined && at >= 2 && over.trim() !== "") return null;
  return `${overlined ? "over" : ""}${under[1]}`;
}

/** Titles (underlined, maybe overlined) as ATX headings, levels in the order their styles first appear, as RST
 *  assigns them; explicit markup lines (targets, comments, directives) dropped or read as Markdown would. */
function blocksAsMarkdown(source: string): string {
  const lines = source.split("\n");
  const styles: string[] = [];
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const style = ADORNMENT.test(line) ? titleStyle(lines, at) : null;
    if (style !== null) {
      if (!styles.includes(style)) styles.push(style);
      const title = (out.pop() ?? "").trim();
      if (style.startsWith("over")) out.pop();
      out.push(`${"#".repeat(Math.min(6, styles.indexOf(style) + 1))} ${title}`);
      continue;
    }
    // An overline whose title and underline follow is read with them.
    if (ADORNMENT.test(line) && (lines[at + 2] ?? "").trim() === line.trim() && (lines[at + 1] ?? "").trim() !== "") {
      out.push(line);
      continue;
    }
    const explicit = /^([ \t]*)\.\.(?:[ \t]+(.*))?$/u.exec(line);
    if (explicit) {
      const indent = explicit[1]?.length ?? 0;
      const end = bodyEnd(lines, at, indent);
      const directive = /^([\w-]+)::/u.exec(explicit[2] ?? "")?.[1] ?? "";
      if (ADMONITIONS.test(directive)) {
        // Its argument (versionchanged's version) and body as a quote beside the changes.
        const body = lines.slice(at + 1, end).map((bodyLine) => bodyLine.trim());
        const argument = (explicit[2] ?? "").slice(directive.length + 2).trim();
        const quoted = [argument, ...body].filter((part, index) => index > 0 || part !== "");
        out.push(...quoted.map((part) => `${" ".repeat(indent)}> ${part}`));
      } else if (CODE_DIRECTIVES.test(directive)) out.push(`${" ".repeat(indent)}\`\`\``, `${" ".repeat(indent)}\`\`\``);
      at = end - 1;
      continue;
    }
    // An anonymous target ("__ https://…/issues/11") only says where a "`#11`__" before it points.
    if (/^[ \t]*__ \S+[ \t]*$/u.test(line)) continue;
    // "Example::" then an indented block: the block is code; the paragraph ends with one colon.
    out.push(line.replace(/(\S)[ \t]*::[ \t]*$/u, "$1:").replace(/^[ \t]*::[ \t]*$/u, ""));
  }
  return out.join("\n");
}

// Roles that name a person: the credit rules remove "-- by @name".
const PERSON_ROLES = /^(?:user|github-user|gh-user|ghuser|author|contributor|sponsor)$/iu;
// Roles that reference an issue, pull request or commit on the tracker: "#12", as a Markdown changelog writes them.
const REFERENCE_ROLES = /^(?:issue|issues|iss|pr|pull|pulls|bug|bpo|gh|ghissue|ghpull|gh-issue|gh-pr|merge|mr|ticket|commit|sha|cve|cwe|ghsa)$/iu;
// Only numbers: a project's own tracker role (":iss:`667`", ":ticket-ref:`12, 14`") whatever its name; no code is a bare number.
const NUMBERS_ONLY = /^#?\d+(?:\s*,\s*#?\d+)*$/u;
// Roles whose text is a word of the sentence (a glossary term, a menu label, an abbreviation).
const WORD_ROLES = /^(?:term|abbr|guilabel|menuselection|dfn|math|sub|sup|strong|emphasis|title-reference|t|pep|rfc)$/iu;

// A cross-reference's own words that name code: a dotted path, a decorator, a call.
const CODE_WORDS = /^(?:@[A-Za-z_][\w.]*|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Za-z_]\w*\(\))(?:\([^()\n]{0,60}\))?$/u;

/** One role as Markdown: a person as a handle, references as "#12", PEPs and RFCs by name, cross-references by
 *  their text, everything else (classes, functions, files, options) as a code span. */
export function roleAsMarkdown(role: string, content: string): string {
  const name = role.toLowerCase();
  const explicit = /^([^<]*?)\s*<([^<>]+)>$/su.exec(content);
  const text = explicit ? (explicit[1] ?? "") : content;
  const target = explicit ? (explicit[2] ?? "") : content;
  if (PERSON_ROLES.test(name)) return `@${target.trim()}`;
  if (REFERENCE_ROLES.test(name) || (!WORD_ROLES.test(name) && name !== "pep" && name !== "rfc" && NUMBERS_ONLY.test(target.trim()))) {
    // An advisory keeps its prefix: a bare "cpwx-vrp4-4pq7" names nothing a reader can look up.
    if (name === "cve" || name === "cwe" || name === "ghsa") return `${name.toUpperCase()}-${target.replace(/^(?:cve|cwe|ghsa)-/iu, "")}`;
    if (name === "commit" || name === "sha") return target;
    return target
      .split(/\s*,\s*/u)
      .map((number) => (/^\d+$/u.test(number) ? `#${number}` : number))
      .join(", ");
  }
  if (name === "pep" || name === "rfc") return explicit && text ? text : `${name.toUpperCase()} ${target.replace(/#.*$/u, "")}`;
  if (WORD_ROLES.test(name)) return text.replace(/\s*\([^()]*\)$/u, name === "abbr" ? "" : "$&");
  // A cross-reference with its own words shows them; one without shows its target's name.
  // Words that are code ("@pytest.mark.parametrize", "pytest.HIDDEN_PARAM", "fixture()") stay code.
  if ((name === "ref" || name === "doc" || name === "numref" || name === "any") && explicit && text) return CODE_WORDS.test(text.trim()) ? `\`${text.trim()}\`` : text;
  // "~pkg.mod.Class" shows "Class"; "!name" shows the name unlinked; ".mod.func" (Sphinx's "search from here") shows
  // "mod.func".
  const code = (explicit && text ? text : target).trim().replace(/^!/u, "").replace(/^~(?:[\w.]*\.)?/u, "").replace(/^\.(?=[A-Za-z_])/u, "");
  return code.includes("`") ? code : `\`${code}\``;
}

// A default-role span that searches from here (".name") or shows only the last part ("~pkg.mod.Class").
// A leading dot goes only before a Python object's path with a class in it ("`.EUIMap`", "`.GenericMap.date`"): a
// dotfile ("`.env`", "`.gitignore`", "`.eslintrc.json`") is a name as written.
const CLASS_PATH = /(?:^|\.)[A-Z]/u;
const DEFAULT_ROLE_TARGET = /(?<![\w`])`([.~])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)`(?![\w`])/gu;
const ROLE = /(?<![\w`]):((?:[a-z][\w+.-]{0,40}:){0,2})([a-z][\w+-]{0,30}):`([^`]{1,300})`(?!`)/giu;
// "`text <https://…>`__", "`text <https://…>`_", "`<https://…>`_"; a target name ("`text <target_>`_") has no address.
const LINK = /(?<![\w`])`([^`<>]{0,300}?)\s*<([^<>`\s]{1,2000})>`__?(?![\w`])/gu;
// "`execnet``": one backtick opens, two close, around one word.
const HALF_LITERAL = /(?<=^|[\s("'])`([\p{L}_][^`\s]{0,80})``(?!`)/gmu;
// A link, role or literal's end followed by a colon and then a word with no space between.
const GLUED_COLON = /(`__?|(?<![\w`]):[a-z][\w+.:-]{0,60}:`[^`\n]{1,300}`):(?=[`\p{L}\p{N}])/gu;
// "`Name`_": a reference to a target defined elsewhere in the document.
const NAMED_REFERENCE = /(?<![\w`])`([^`\n<>]{1,200})`__?(?![\w`])/gu;

// "name_", "name__": a reference by a simple name (letters and digits, with single ".", "-", "+", ":" or "_" inside);
// code spans and addresses come first so that they keep their underscores; a dunder ("__repr__") is no reference.
const SIMPLE_REFERENCE = /(``[^\n]*?``|`[^`\n]*`|<[^<>\s]*>|https?:\/\/\S+)|(?<![\w`.])([A-Za-z0-9](?:[A-Za-z0-9]|[.+:-](?=[A-Za-z0-9])|_(?=[A-Za-z0-9]))*)__?(?![\w`])/gu;

// ".. _PR#1457: https://…/pull/1457": a named target. One that points at a pull request, an issue or a commit makes its
// "`PR#1457`_" a reference, which the Markdown reading drops as it drops "[#1457](…/pull/1457)".
const TARGET_DEFINITION = /^[ \t]*\.\. _(`[^`\n]{1,200}`|[^:`\n]{1,200}):[ \t]+(\S{1,2000})[ \t]*$/gmu;
const CHANGE_ADDRESS = /^https?:\/\/\S+\/(?:pull|pulls|issues|commit|commits|merge_requests)\/[\w.-]+/iu;
// RST matches target names without case and with runs of spaces as one.
const targetKey = (name: string): string => name.replace(/^`|`$/gu, "").replace(/\s+/gu, " ").trim().toLowerCase();

/** The named targets that point at a change on a forge, by name. */
function changeTargets(source: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (!source.includes(".. _")) return targets;
  for (const [, name = "", address = ""] of source.matchAll(TARGET_DEFINITION)) if (CHANGE_ADDRESS.test(address)) targets.set(targetKey(name), address);
  return targets;
}

/** Inline markup as Markdown: links, roles, named references, escaped spaces. */
function inlineAsMarkdown(text: string, targets: ReadonlyMap<string, string> = new Map()): string {
  return text
    // A span opened with one backtick and closed with two ("internal `execnet`` details"): the literal it meant, or
    // the stray backtick would glue the span to the word after it.
    .replace(HALF_LITERAL, "``$1``")
    // A reference glued to the text by its colon ("`#1027 <…>`_:``pytest-xdist`` workers"): the colon separates the
    // two, so the reference, when it goes, takes the colon and leaves the text whole.
    .replace(GLUED_COLON, "$1: ")
    .replace(LINK, (_whole, words: string, address: string) => {
      const shown = words.trim().replace(/[[\]]/gu, (bracket) => `\\${bracket}`);
      if (address.endsWith("_")) return shown;
      return shown === "" ? address : `[${shown}](<${address}>)`;
    })
    .replace(ROLE, (_whole, _domain: string | undefined, role: string, content: string) => roleAsMarkdown(role, content))
    // Sphinx's default role reads "`.EUIMap`" and "`~sunpy.map.GenericMap`" as the roles do: "EUIMap", "GenericMap".
    .replace(DEFAULT_ROLE_TARGET, (whole, mark: string, name: string) => (mark === "." && !CLASS_PATH.test(name) ? whole : `\`${mark === "~" ? (name.split(".").at(-1) ?? name) : name}\``))
    .replace(NAMED_REFERENCE, (_whole, name: string) => {
      const address = targets.get(targetKey(name));
      return address === undefined ? name : `[${name.replace(/[[\]]/gu, (bracket) => `\\${bracket}`)}](<${address}>)`;
    })
    // "zope.interface_": a one-word reference, which RST writes without backticks (code keeps its underscores).
    .replace(SIMPLE_REFERENCE, (whole, kept: string | undefined, name: string | undefined) => kept ?? name ?? whole)
    // "word\ s": an escaped space joins what it stands between.
    .replace(/\\ /gu, "")
    // RST has no underscore emphasis: "Certificate.__repr__" keeps its underscores (outside code and addresses,
    // where Markdown reads no emphasis either).
    .replace(/(``[^\n]*?``|`[^`\n]*`|<[^<>\s]*>)|_/gu, (_whole, kept: string | undefined) => kept ?? "\\_");
}

// ".. |name| replace:: text", ".. |logo| image:: url": what "|name|" stands for in the text.
const SUBSTITUTION_DEFINITION = /^[ \t]*\.\. \|([^|\n]{1,100})\|[ \t]+([\w-]{1,40})::[ \t]*(.*)$/gmu;
// "|name|" in the text (its bars hug the name, so a table's "| a | b |" is none), maybe a reference too ("|name|_").
const SUBSTITUTION = /(?<![\w|`])\|([^|\s`](?:[^|\n`]{0,98}[^|\s`])?)\|(?:__?)?(?![\w|])/gu;

/** Each "|name|" as the text its definition gives: a replacement's words, nothing for an image or other directive,
 *  the name itself when the notes do not define it (Sphinx's "|version|"). */
function withSubstitutions(source: string): string {
  if (!source.includes("|")) return source;
  const meanings = new Map<string, string>();
  for (const [, name = "", directive = "", argument = ""] of source.matchAll(SUBSTITUTION_DEFINITION)) {
    meanings.set(name, directive === "replace" ? argument.trim() : "");
  }
  return source
    .split("\n")
    .map((line) => (/^[ \t]*\.\./u.test(line) ? line : line.replace(SUBSTITUTION, (_whole, name: string) => meanings.get(name) ?? name)))
    .join("\n");
}

/** RST notes as the Markdown they mean; other notes unchanged. */
export function rstAsMarkdown(source: string): string {
  if (!looksLikeRst(source)) return source;
  return inlineAsMarkdown(blocksAsMarkdown(definitionListsAsItems(changeBlocksAsItems(withSubstitutions(releasesRolesAsTags(source))))), changeTargets(source));
}

// Sphinx changelog's ".. change::" directive: one change, its fields, then its text. SQLAlchemy, Alembic and Mako
// write no title and say the kind in ":tags:"; Litestar-style changelogs title the change on the directive's line
// (".. change:: Fix the router") and say the kind in ":type:". Its ".. changelog::" wrapper (with or without a version
// after it) only holds them.
const CHANGE_DIRECTIVE = /^([ \t]*)\.\.[ \t]+change::[ \t]*(.*)$/u;
const CHANGELOG_DIRECTIVE = /^([ \t]*)\.\.[ \t]+changelog::(?:[ \t].*)?$/u;
// The fields that say a change's kind.
const KIND_FIELDS = new Set(["tags", "type"]);
const FIELD = /^[ \t]*:([\w-]+):[ \t]*(.*)$/u;
// A change's tags, in the words the item's leading tag takes ("[fix] …"): the first tag that names a kind.
const TAG_KINDS: Readonly<Record<string, string>> = {
  feature: "feature", usecase: "feature", bug: "fix", bugfix: "fix", fix: "fix", change: "changed", changed: "changed",
  removed: "removed", removal: "removed", deprecated: "deprecated", performance: "performance", security: "security",
  breaking: "breaking", doc: "docs", docs: "docs", documentation: "docs", tests: "internal", installation: "changed",
};

/** The kind word ("feature", "fix") of a change directive's ":tags:" value; null when no tag names one. */
export function changeTagKind(tags: string): string | null {
  for (const tag of tags.split(/[\s,]+/u)) {
    const kind = TAG_KINDS[tag.toLowerCase()];
    if (kind !== undefined) return kind;
  }
  return null;
}

/**
 * Each ".. change::" block as a Markdown list item with its kind as a leading tag ("- [fix] The `x` …"): its title, else
 * its first paragraph, is the change; later paragraphs (background, "seealso") stay in the notes. The ".. changelog::" wrapper and
 * its fields (":version:", ":released:") go.
 */
function changeBlocksAsItems(source: string): string {
  if (!/^[ \t]*\.\.[ \t]+change::/mu.test(source)) return source;
  const lines = source.split("\n");
  const out: string[] = [];
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    if (CHANGELOG_DIRECTIVE.test(line)) {
      while (FIELD.test(lines[at + 1] ?? "")) at += 1;
      continue;
    }
    const change = CHANGE_DIRECTIVE.exec(line);
    if (!change) {
      out.push(line);
      continue;
    }
    const end = bodyEnd(lines, at, change[1]?.length ?? 0);
    let body = at + 1;
    let kind: string | null = null;
    for (; body < end && FIELD.test(lines[body] ?? ""); body += 1) {
      const [, name = "", value = ""] = FIELD.exec(lines[body] ?? "") ?? [];
      if (KIND_FIELDS.has(name) && kind === null) kind = changeTagKind(value);
    }
    while (body < end && (lines[body] ?? "").trim() === "") body += 1;
    const paragraph: string[] = [];
    while (body < end && (lines[body] ?? "").trim() !== "" && !/^[ \t]*\.\./u.test(lines[body] ?? "")) paragraph.push((lines[body++] ?? "").trim());
    const said = change[2]?.trim() || paragraph.join(" ");
    if (said !== "") out.push("", `- ${kind === null ? "" : `[${kind}] `}${said}`, "");
    at = end - 1;
  }
  return out.join("\n");
}
