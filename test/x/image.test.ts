// The image is checked before any request: type by content, X's size limits, existence, the workspace, the alt text.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { describeImage, readImage, sniffImageType, type ImageRequest } from "../../src/x/image.js";
import { imageBytes, MAGIC, writeImage, writeSparseImage } from "../support/images.js";
import { makeTempDir } from "../support/temp-dir.js";

const NAMES = { image: "Input 'image'", imageAlt: "Input 'image-alt'" };
let workspace: string;
let outside: string;

beforeAll(() => {
  workspace = makeTempDir("image-workspace");
  outside = makeTempDir("image-outside");
  mkdirSync(join(workspace, "assets"));
  writeImage(workspace, "assets/logo.png", "png", 2_000);
  writeImage(workspace, "assets/photo.jpg", "jpeg", 3_000);
  writeImage(workspace, "assets/anim.gif", "gif", 4_000);
  writeImage(workspace, "assets/pic.webp", "webp", 5_000);
  writeImage(workspace, "assets/logo-as.gif", "png", 2_000);
  writeFileSync(join(workspace, "assets/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(workspace, "assets/empty.png"), "");
  writeSparseImage(workspace, "assets/huge.png", "png", 5 * 1024 * 1024 + 1);
  writeSparseImage(workspace, "assets/big.gif", "gif", 6 * 1024 * 1024);
  writeSparseImage(workspace, "assets/huge.gif", "gif", 15 * 1024 * 1024 + 1);
  writeImage(outside, "secret.png", "png", 100);
  symlinkSync(join(outside, "secret.png"), join(workspace, "assets/link.png"));
});

const request = (path: string | undefined, alt?: string): ImageRequest => ({
  path,
  alt,
  baseDir: workspace,
  baseName: "the workspace (GITHUB_WORKSPACE)",
  confineTo: workspace,
});

async function problem(promise: Promise<unknown>): Promise<ReleaseTweetError> {
  const error = await promise.then(() => new Error("expected a failure"), (e: unknown) => e);
  expect(error).toBeInstanceOf(ReleaseTweetError);
  return error as ReleaseTweetError;
}

describe("sniffImageType", () => {
  it("knows PNG, JPEG, GIF (87a and 89a) and WEBP by their first bytes, and nothing else", () => {
    expect(sniffImageType(MAGIC.png)?.label).toBe("PNG");
    expect(sniffImageType(MAGIC.jpeg)?.label).toBe("JPEG");
    expect(sniffImageType(Buffer.from("GIF87a"))?.category).toBe("tweet_gif");
    expect(sniffImageType(MAGIC.webp)?.mediaType).toBe("image/webp");
    for (const other of [Buffer.from("<svg"), Buffer.from("BM6\u0000"), Buffer.from("RIFF\u0000\u0000\u0000\u0000WAVE"), Buffer.alloc(0), MAGIC.png.subarray(0, 7)]) {
      expect(sniffImageType(other)).toBeNull();
    }
  });
});

describe("readImage", () => {
  it("reads a PNG, JPEG, GIF and WEBP with their type and X's category", async () => {
    const png = await readImage(request("assets/logo.png", "  The logo  "), NAMES);
    expect(png).toMatchObject({ path: "assets/logo.png", alt: "The logo", type: { label: "PNG", category: "tweet_image" } });
    expect(png!.bytes.equals(imageBytes("png", 2_000))).toBe(true);
    expect((await readImage(request("assets/photo.jpg"), NAMES))?.type.mediaType).toBe("image/jpeg");
    expect((await readImage(request("assets/anim.gif"), NAMES))?.type.category).toBe("tweet_gif");
    expect((await readImage(request("assets/pic.webp"), NAMES))?.type.label).toBe("WEBP");
    expect(await readImage(request("./assets/../assets/logo.png"), NAMES)).not.toBeNull();
    expect(await readImage(request(join(workspace, "assets/logo.png")), NAMES)).not.toBeNull();
  });

  it("goes by the content, not the name: a PNG called .gif is a PNG, an SVG called .png is refused", async () => {
    expect((await readImage(request("assets/logo-as.gif"), NAMES))?.type.label).toBe("PNG");
    const svg = await problem(readImage(request("assets/logo.svg"), NAMES));
    expect(svg.code).toBe("EIMAGETYPE");
    expect(svg.message).toBe("Input 'image' 'assets/logo.svg' is not a PNG, JPEG, GIF or WEBP image.");
    expect((await problem(readImage(request("assets/empty.png"), NAMES))).message).toContain("(the file is empty)");
  });

  it("applies X's limits by type: 5 MB for an image, 15 MB for a GIF", async () => {
    const huge = await problem(readImage(request("assets/huge.png"), NAMES));
    expect(huge.code).toBe("EIMAGETOOLARGE");
    expect(huge.message).toBe("Input 'image' 'assets/huge.png' is 5 MB (5,242,881 bytes); X takes PNG images up to 5 MB (5,242,880 bytes).");
    expect(huge.fix).toContain("5 MB for PNG, JPEG and WEBP, 15 MB for GIF");
    expect((await readImage(request("assets/big.gif"), NAMES))?.bytes.length).toBe(6 * 1024 * 1024);
    expect((await problem(readImage(request("assets/huge.gif"), NAMES))).code).toBe("EIMAGETOOLARGE");
  });

  it("a missing file names the input, the path it looked for and where the path is read from", async () => {
    const missing = await problem(readImage(request("assets/nope.png"), NAMES));
    expect(missing.code).toBe("EIMAGENOTFOUND");
    expect(missing.message).toBe(`Input 'image' 'assets/nope.png' does not exist (looked for ${join(workspace, "assets/nope.png")}).`);
    expect(missing.fix).toContain("relative to the workspace (GITHUB_WORKSPACE)");
    expect((await problem(readImage(request("assets/logo.png/x.png"), NAMES))).code).toBe("EIMAGENOTFOUND");
    expect((await problem(readImage(request("assets"), NAMES))).message).toBe("Input 'image' 'assets' is a directory, not an image file.");
  });

  it("refuses a path out of the workspace, written out or through a link, before reading it", async () => {
    for (const path of ["../secret.png", join(outside, "secret.png"), "assets/link.png", "assets/../../x.png"]) {
      const escape = await problem(readImage(request(path), NAMES));
      expect(escape.code, path).toBe("EIMAGEPATH");
      expect(escape.message, path).toContain("leads outside the workspace (GITHUB_WORKSPACE)");
    }
    // Without a confinement (the plugin, the CLI) a link is followed.
    expect(await readImage({ ...request("assets/link.png"), confineTo: undefined }, NAMES)).not.toBeNull();
  });

  it("counts alt text in characters (an emoji is one) up to X's 1,000, and wants an image with it", async () => {
    expect(await readImage(request("assets/logo.png", "🎉".repeat(1000)), NAMES)).not.toBeNull();
    const long = await problem(readImage(request("assets/logo.png", "a".repeat(1001)), NAMES));
    expect(long.code).toBe("EIMAGEALT");
    expect(long.message).toBe("Input 'image-alt' is 1,001 characters long; X takes at most 1,000.");
    const lonely = await problem(readImage(request(undefined, "a description"), NAMES));
    expect(lonely.message).toBe("Input 'image-alt' is set, but Input 'image' is not: alt text describes an image.");
  });

  it("reports a bad file and a bad alt text together", async () => {
    const both = await readImage(request("assets/nope.png", "a".repeat(1001)), NAMES).then(
      () => null,
      (e: unknown) => e,
    );
    expect(both).toBeInstanceOf(AggregateError);
    expect((both as AggregateError).errors.map((e: ReleaseTweetError) => e.code)).toEqual(["EIMAGEALT", "EIMAGENOTFOUND"]);
  });

  it("no image set: null; describeImage says what would be attached", async () => {
    expect(await readImage(request(undefined), NAMES)).toBeNull();
    expect(await readImage(request("  "), NAMES)).toBeNull();
    const file = await readImage(request("assets/photo.jpg", "A photo"), NAMES);
    expect(describeImage(file!)).toBe('assets/photo.jpg (JPEG, 3 KB), alt text "A photo"');
  });
});
