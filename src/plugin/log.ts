// The plugin's only way to log: every line passes redact() first, since semantic-release's masking misses some names,
// then loses any control character (ESC, BEL, CR…) that quoting at the source should already have removed.
import { withoutTerminalControls } from "../core/outside-text.js";
import { redact } from "../core/redact.js";
import type { Logger } from "./context.js";

export type LineLogger = Record<keyof Logger, (line: string) => void>;

export function safeLogger(logger: Logger, secrets: readonly string[]): LineLogger {
  // "%s" keeps user text such as "100% faster" away from signale's format placeholders.
  const wrap = (method: keyof Logger) => (line: string) => logger[method]("%s", withoutTerminalControls(redact(line, secrets)));
  return { log: wrap("log"), warn: wrap("warn"), error: wrap("error"), success: wrap("success") };
}
