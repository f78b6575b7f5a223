// CONTRACT STUB (owned by the authorize work): `release-tweet authorize`.
import type { CliIo } from "./io.js";

export function runAuthorize(_argv: string[], io: CliIo): Promise<number> {
  io.err("authorize: not implemented yet");
  return Promise.resolve(1);
}
