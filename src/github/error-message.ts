// GitHub's own words from a REST error body ({ message, documentation_url }), for the Action's and authorize's errors.

/** The body's `message` as one short line ("" when there is none). Callers still redact it with their token. */
export function githubMessage(body: string): string {
  let message: unknown;
  try {
    message = (JSON.parse(body) as { message?: unknown } | null)?.message;
  } catch {
    return "";
  }
  if (typeof message !== "string") return "";
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
