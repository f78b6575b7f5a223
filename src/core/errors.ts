// The one error type the core throws for expected failures: what went wrong, what to do, where to read more.
// Doors print `message` and `fix`; semantic-release shows `details` (Markdown). Nothing here may hold a secret.

// The package page renders the README; its anchors are the README section ids.
export const README_URL = "https://www.npmjs.com/package/release-tweet#";

export interface ErrorOptions {
  /** README section anchor, e.g. "troubleshooting". */
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

  /** Markdown for semantic-release's error report and the job summary. */
  get details(): string {
    return `${this.fix}\n\nSee [${this.docs}](${README_URL}${this.docs}).`;
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
