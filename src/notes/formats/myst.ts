// MyST, the Markdown Sphinx reads (Pyodide, Jupyter, many Python projects' changelogs): a role is written
// "{pr}`5149`" rather than RST's ":pr:`5149`", and a change's kind is often a substitution at the item's start,
// "- {{ Enhancement }} Upgrade to Python 3.12.7.". Left as they are, the roles show as "{pr}" and a code span, and the
// kind is lost (a "{{ Breaking }}" item reads as an ordinary one). Written over as the Markdown they mean, the kind as a
// leading tag ("- [Breaking] …"), which the model reads as it reads "[fix]".
import { roleAsMarkdown } from "./rst.js";

// "{pr}`5149`", "{py:func}`pyodide.loadPackage`", "{user}`hoodmane`"; not "{x}`" inside a code span's own text.
const ROLE = /(?<![\w`{}])\{((?:[a-z][\w+.-]{0,40}:){0,2}[a-z][\w+-]{0,30})\}`([^`\n]{1,300})`(?!`)/giu;
// "- {{ Enhancement }} …", "* {{ Fix }} …": a substitution naming the kind, at a list item's start.
const KIND_SUBSTITUTION = /^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\{\{[ \t]*([A-Za-z][\w -]{0,30}?)[ \t]*\}\}[ \t]*/gmu;

/** The notes with MyST's roles and kind substitutions as Markdown; notes without them come back unchanged. */
export function mystAsMarkdown(source: string): string {
  if (!source.includes("}`") && !source.includes("{{")) return source;
  return source
    .replace(KIND_SUBSTITUTION, (_whole, marker: string, kind: string) => `${marker}[${kind}] `)
    .replace(ROLE, (_whole, role: string, content: string) => roleAsMarkdown(role.split(":").at(-1) ?? role, content));
}
