// The one error type the core throws for expected failures: what went wrong, what to do, where to read more.
// Doors print `message` and `fix`; semantic-release shows `details` (Markdown). Nothing here may hold a secret.

// The reference docs live in the repository's docs/ folder; GitHub renders every heading with an anchor (its slug).
export const DOCS_URL = "https://github.com/release-tweet/release-tweet/blob/main/docs/";

/** A link to a docs page, or to one of its headings: docsUrl("errors", "exduplicate"). */
export function docsUrl(page: string, anchor?: string): string {
  return `${DOCS_URL}${page}.md${anchor ? `#${anchor}` : ""}`;
}

/** Each error code is a heading of docs/errors.md (test/troubleshooting.test.ts checks it), so its anchor is the code. */
export function errorDocsUrl(code: string): string {
  return docsUrl("errors", code.toLowerCase());
}

export interface ErrorOptions {
  /** The README section of the error's subject, e.g. "authorize". Links no longer use it: they go to the code's entry. */
  docs?: string;
  cause?: unknown;
}

export class ReleaseTweetError extends Error {
  override readonly name = "ReleaseTweetError";
  /** `E` + noun, e.g. ENOTWITTERAPIKEY, EXDUPLICATE. */
  readonly code: string;
  /** What the user should do, in their terms. */
  readonly fix: string;
  readonly docs: string;

  constructor(code: string, message: string, fix: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fix = fix;
    this.docs = options.docs ?? "troubleshooting";
  }

  /** Markdown for semantic-release's error report and the job summary: what to do, then the code's docs entry. */
  get details(): string {
    const link = `See [${this.code}](${errorDocsUrl(this.code)}).`;
    return this.fix ? `${this.fix}\n\n${link}` : link;
  }

  /** The one-paragraph form the CLI and the Action print. */
  get summary(): string {
    return this.fix ? `${this.message} ${this.fix}` : this.message;
  }
}

/** A human line for any thrown value; unexpected errors keep their message but never their stack. */
export function describeError(error: unknown): string {
  if (error instanceof ReleaseTweetError) return error.summary;
  if (error instanceof AggregateError) return error.errors.map(describeError).join("\n");
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}
