// CONTRACT STUB (owned by the composer work): `release-tweet preview`.
import type { CliIo } from "./io.js";

export function runPreview(_argv: string[], io: CliIo): Promise<number> {
  io.err("preview: not implemented yet");
  return Promise.resolve(1);
}
