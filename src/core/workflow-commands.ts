// GitHub's runner obeys workflow commands in anything a step prints: "::name::…" starting a line (after spaces) and
// the old "##[name]…" anywhere in one. Text from outside (release notes) is printed between
// "::stop-commands::TOKEN" and "::TOKEN::" when it holds either, under a token no text can know; a short quote
// (an error detail, a name) is defused instead, so it reads the same on a runner and everywhere else.
import { randomUUID } from "node:crypto";

export const WORKFLOW_COMMAND = /^\s*::|##\[/m;

/** The lines to print before and after `text` so the runner reads none of it as a command; null when not needed. */
export function commandPause(text: string): { before: string; after: string } | null {
  if (!WORKFLOW_COMMAND.test(text)) return null;
  const token = randomUUID();
  return { before: `::stop-commands::${token}`, after: `::${token}::` };
}

/** `text` with no command the runner would obey: a line's leading "::" becomes ": :", and "##[" becomes "## [". */
export function defuseCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, "$1: :").replaceAll("##[", "## [");
}
