// Checks the first post's image before any request: where the file is (never outside the folder a door allows), that
// it exists, its type by its first bytes (PNG, JPEG, GIF, WEBP — not its name), X's size limit for that type, and the
// alt text's length. Reads the file; sends nothing. Each problem names the setting as the door calls it.
import { open, readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { ReleaseTweetError } from "../core/errors.js";

export interface ImageType {
  label: "PNG" | "JPEG" | "GIF" | "WEBP";
  mediaType: string;
  /** X's media_category: a GIF is a tweet_gif, which X processes after the upload. */
  category: "tweet_image" | "tweet_gif";
  /** X's limit for this type in bytes (X's media best practices: image 5 MB, GIF 15 MB; MB read as 2^20 bytes). */
  maxBytes: number;
}

const MIB = 1024 * 1024;
const IMAGE = { category: "tweet_image", maxBytes: 5 * MIB } as const;

export const IMAGE_TYPES: readonly ImageType[] = [
  { label: "PNG", mediaType: "image/png", ...IMAGE },
  { label: "JPEG", mediaType: "image/jpeg", ...IMAGE },
  { label: "GIF", mediaType: "image/gif", category: "tweet_gif", maxBytes: 15 * MIB },
  { label: "WEBP", mediaType: "image/webp", ...IMAGE },
];

/** X's limit for alt text (POST /2/media/metadata), in characters. */
export const ALT_TEXT_MAX = 1_000;

/** How a door names its two settings in a message: "Input 'image'", `The release-tweet option "image"`, "--image". */
export interface ImageSettingNames {
  image: string;
  imageAlt: string;
}

export interface ImageRequest {
  /** The path as the user gave it; empty or undefined: no image. */
  path?: string;
  alt?: string;
  /** What a relative path is read against. */
  baseDir: string;
  /** How messages call baseDir: "the workspace (GITHUB_WORKSPACE)". */
  baseName: string;
  /** The folder the file must stay in (the Action's workspace), symbolic links followed; none: anywhere. */
  confineTo?: string;
}

export interface ImageFile {
  /** The path as given, for messages. */
  path: string;
  bytes: Buffer;
  type: ImageType;
  /** "" when none. */
  alt: string;
}

/** The type by the file's first bytes (its magic number), or null when it is none X takes as an image. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const find = (label: ImageType["label"]) => IMAGE_TYPES.find((type) => type.label === label) ?? null;
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return find("PNG");
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return find("JPEG");
  const ascii = bytes.subarray(0, 12).toString("latin1");
  if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) return find("GIF");
  if (ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP") return find("WEBP");
  return null;
}

/** "182 KB", "5.2 MB" (2^10 and 2^20 bytes, as X's limits are read). */
export function formatSize(bytes: number): string {
  if (bytes < MIB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / MIB).toFixed(1).replace(/\.0$/, "")} MB`;
}

const bytes = (count: number): string => `${count.toLocaleString("en-US")} bytes`;

const LIMITS_TEXT = `${formatSize(IMAGE.maxBytes)} for PNG, JPEG and WEBP, ${formatSize(15 * MIB)} for GIF`;

function problem(code: string, message: string, fix: string): ReleaseTweetError {
  return new ReleaseTweetError(code, message, fix, { docs: "configuration" });
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The alt text's problem, if any; the alt text is counted in characters (code points) as a person counts them. */
function altProblem(alt: string, hasImage: boolean, names: ImageSettingNames): ReleaseTweetError | null {
  if (alt === "") return null;
  if (!hasImage) {
    return problem("EIMAGEALT", `${names.imageAlt} is set, but ${names.image} is not: alt text describes an image.`, `Set ${names.image} as well, or remove ${names.imageAlt}.`);
  }
  const length = Array.from(alt.normalize("NFC")).length;
  if (length <= ALT_TEXT_MAX) return null;
  return problem(
    "EIMAGEALT",
    `${names.imageAlt} is ${length.toLocaleString("en-US")} characters long; X takes at most ${ALT_TEXT_MAX.toLocaleString("en-US")}.`,
    `Shorten ${names.imageAlt} to at most ${ALT_TEXT_MAX.toLocaleString("en-US")} characters.`,
  );
}

/**
 * Reads and checks the image (null when none is set). Throws one ReleaseTweetError, or an AggregateError of them when
 * both the file and the alt text are wrong. Codes: EIMAGEPATH, EIMAGENOTFOUND, EIMAGETYPE, EIMAGETOOLARGE, EIMAGEALT.
 */
export async function readImage(request: ImageRequest, names: ImageSettingNames): Promise<ImageFile | null> {
  const given = request.path?.trim() ?? "";
  const alt = request.alt?.trim() ?? "";
  const problems: ReleaseTweetError[] = [];
  const altIssue = altProblem(alt, given !== "", names);
  if (altIssue) problems.push(altIssue);
  let file: ImageFile | null = null;
  if (given !== "") {
    try {
      file = { path: given, alt, ...(await readChecked(given, request, names)) };
    } catch (error) {
      if (!(error instanceof ReleaseTweetError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new AggregateError(problems, `${problems.length} problems with the image settings.`);
  return file;
}

async function readChecked(given: string, request: ImageRequest, names: ImageSettingNames): Promise<Pick<ImageFile, "bytes" | "type">> {
  const where = `'${given}'`;
  const absolute = resolve(request.baseDir, given);
  const confine = request.confineTo;
  const outside = () =>
    problem(
      "EIMAGEPATH",
      `${names.image} ${where} leads outside ${request.baseName}.`,
      `Keep the image inside ${request.baseName}, e.g. committed to the repository, and give its path relative to it (no '..', no link pointing out).`,
    );
  // Checked on the path as written first, then with symbolic links followed.
  if (confine !== undefined && !inside(resolve(confine), absolute)) throw outside();
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) {
      throw problem("EIMAGEPATH", `${names.image} ${where} is ${info.isDirectory() ? "a directory" : "not a file"}, not an image file.`, `Give the path of an image file, relative to ${request.baseName}.`);
    }
    size = info.size;
    if (confine !== undefined && !inside(await realpath(confine), await realpath(absolute))) throw outside();
  } catch (error) {
    if (error instanceof ReleaseTweetError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw problem(
        "EIMAGENOTFOUND",
        `${names.image} ${where} does not exist (looked for ${absolute}).`,
        `Give the path of the image relative to ${request.baseName}, and make sure the file is there when the job runs (committed and checked out, or made by an earlier step).`,
      );
    }
    throw problem("EIMAGEPATH", `${names.image} ${where} cannot be read (${code ?? "error"}).`, `Check that the file is readable by the job's user.`);
  }
  const handle = await open(absolute, "r").catch((error: NodeJS.ErrnoException) => {
    throw problem("EIMAGEPATH", `${names.image} ${where} cannot be read (${error.code ?? "error"}).`, "Check that the file is readable by the job's user.");
  });
  let type: ImageType | null;
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    type = sniffImageType(head.subarray(0, bytesRead));
    if (type === null) {
      throw problem(
        "EIMAGETYPE",
        `${names.image} ${where} is not a PNG, JPEG, GIF or WEBP image${size === 0 ? " (the file is empty)" : ""}.`,
        "X takes PNG, JPEG, GIF and WEBP images: save the image in one of these formats (the file's content decides, not its name).",
      );
    }
    if (size > type.maxBytes) {
      throw problem(
        "EIMAGETOOLARGE",
        `${names.image} ${where} is ${formatSize(size)} (${bytes(size)}); X takes ${type.label} images up to ${formatSize(type.maxBytes)} (${bytes(type.maxBytes)}).`,
        `Make the image smaller (fewer pixels, more compression) to fit X's limits: ${LIMITS_TEXT}.`,
      );
    }
  } finally {
    await handle.close();
  }
  return { bytes: await readFile(absolute), type };
}

/** One line for dry runs and logs: what would be attached. */
export function describeImage(file: ImageFile): string {
  const alt = file.alt === "" ? "no alt text" : `alt text "${file.alt}"`;
  return `${file.path} (${file.type.label}, ${formatSize(file.bytes.length)}), ${alt}`;
}
