// Image files for tests: real headers (magic numbers) with filler after them, written to a temp directory, and large
// ones as sparse files (a size X refuses costs no disk).
import { closeSync, openSync, writeFileSync, ftruncateSync } from "node:fs";
import { join } from "node:path";

export const MAGIC = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  gif: Buffer.from("GIF89a", "latin1"),
  webp: Buffer.concat([Buffer.from("RIFF", "latin1"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 ", "latin1")]),
} as const;

/** Bytes that start like an image of `kind` and run to `size` bytes, each a function of its place (so a segment out of order shows). */
export function imageBytes(kind: keyof typeof MAGIC, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  MAGIC[kind].copy(bytes, 0);
  return bytes;
}

export function writeImage(dir: string, name: string, kind: keyof typeof MAGIC, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, imageBytes(kind, size));
  return path;
}

/** A file of `size` bytes that starts with the magic number and is sparse after it. */
export function writeSparseImage(dir: string, name: string, kind: keyof typeof MAGIC, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, MAGIC[kind]);
  const fd = openSync(path, "r+");
  try {
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
  return path;
}
