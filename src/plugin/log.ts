// The plugin's only way to log: every line passes redact() first, since semantic-release's masking misses some names.
import { redact } from "../core/redact.js";
import type { Logger } from "./context.js";

export type LineLogger = Record<keyof Logger, (line: string) => void>;

export function safeLogger(logger: Logger, secrets: readonly string[]): LineLogger {
  // "%s" keeps user text such as "100% faster" away from signale's format placeholders.
  const wrap = (method: keyof Logger) => (line: string) => logger[method]("%s", redact(line, secrets));
  return { log: wrap("log"), warn: wrap("warn"), error: wrap("error"), success: wrap("success") };
}
