// The check every template option gets ("template", "blueskyTemplate", "mastodonTemplate"): a non-empty string whose
// placeholders compose.ts knows. Shared so that the three options fail with the same words.
import { ReleaseTweetError } from "../core/errors.js";
import { validateTemplate } from "../notes/compose.js";
import { describeValue, invalidOption } from "./errors.js";

/**
 * The template, undefined when the option is not set, or null when it is wrong (the problem is added to `problems`).
 * `unset` says what removing the option falls back to ("the default", `"template"`).
 */
export function checkTemplateOption(
  option: "template" | "blueskyTemplate" | "mastodonTemplate",
  value: unknown,
  problems: ReleaseTweetError[],
  unset: string,
): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    problems.push(
      invalidOption(
        option,
        `must be a non-empty string; got ${describeValue(value)}.`,
        `Set "${option}" to text with placeholders such as {repo} {version} {notes} {url}, or remove it to use ${unset}.`,
      ),
    );
    return null;
  }
  try {
    validateTemplate(value);
    return value;
  } catch (error) {
    if (!(error instanceof ReleaseTweetError)) throw error;
    problems.push(invalidOption(option, `is not valid: ${error.message}`, error.fix));
    return null;
  }
}
