import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { runPreview } from "../../src/cli/preview.js";
import { writeImage } from "../support/images.js";
import { makeTempDir } from "../support/temp-dir.js";

function fakeIo(stdin = "", cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), stdin: Readable.from([stdin]), env: {}, cwd };
  return { io, out, err };
}

describe("release-tweet preview", () => {
  it("previews the built-in sample with no arguments", async () => {
    const { io, out, err } = fakeIo();
    expect(await runPreview([], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("── post 1 of 1 ──");
    expect(text).toContain("release-tweet 2.4.0 is out!");
    expect(text).toContain("https://github.com/octo-org/release-tweet/releases/tag/v2.4.0");
    expect(text).toMatch(/── (\d+)\/280 ──/u);
    expect(Number(/── (\d+)\/280 ──/u.exec(text)![1])).toBeLessThanOrEqual(280);
    // What posting it would cost: the sample's post ends with the release link.
    expect(out.at(-1)).toBe(
      "Cost on X: 1 post (with a link) in 1 write request (1 post); about $0.20 at X's prices of 2026-04-20. See https://github.com/release-tweet/release-tweet/blob/main/docs/costs.md",
    );
    expect(err).toEqual([]);
  });
  it("--image and --image-alt: says what would be attached and what it adds to the cost, in text and in --json", async () => {
    const dir = makeTempDir("preview-image");
    writeImage(dir, "shot.webp", "webp", 1_200_000);
    const { io, out } = fakeIo("", dir);
    expect(await runPreview(["--image", "shot.webp", "--image-alt", "The new dashboard"], io)).toBe(0);
    expect(out.at(-2)).toBe('Image on post 1: shot.webp (WEBP, 1.1 MB), alt text "The new dashboard"; a chunked upload in 2 segments (4 requests), then one for the alt text.');
    expect(out.at(-1)).toMatch(/^Cost on X: 1 post \(with a link\) in 6 write requests \(1 post, 4 media upload requests, 1 alt text request\); about \$0\.205 .*media uploads not included/u);
    const json = fakeIo("", dir);
    expect(await runPreview(["--json", "--image", "shot.webp", "--thread"], json.io)).toBe(0);
    const report = JSON.parse(json.out.join("\n")) as { image: unknown; cost: Record<string, unknown> };
    expect(report.image).toEqual({ path: "shot.webp", type: "WEBP", bytes: 1_200_000, alt: "", upload: { mode: "chunked", segments: 2, uploadRequests: 4, altTextRequests: 0 } });
    // The sample as a thread: two posts, the release link only in the first (the dearer class once).
    expect(report.cost).toEqual({ posts: 2, postsWithLink: [1], writeRequests: 6, mediaUploadRequests: 4, altTextRequests: 0, readRequests: 0, estimateMills: 215 });
  });
  it("an image that is missing, too large or no image exits 2 naming --image; alt text alone names --image-alt", async () => {
    const dir = makeTempDir("preview-bad-image");
    writeFileSync(join(dir, "notes.txt"), "not an image");
    for (const [argv, pattern] of [
      [["--image", "nope.png"], /^release-tweet preview: --image 'nope\.png' does not exist \(looked for .*nope\.png\)\./u],
      [["--image", "notes.txt"], /^release-tweet preview: --image 'notes\.txt' is not a PNG, JPEG, GIF or WEBP image\./u],
      [["--image-alt", "alone"], /^release-tweet preview: --image-alt is set, but --image is not/u],
    ] as const) {
      const { io, out, err } = fakeIo("", dir);
      expect(await runPreview([...argv], io), argv.join(" ")).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(pattern);
    }
  });
  it("reads notes from a file and derives tag and name from the version", async () => {
    const dir = makeTempDir("preview");
    writeFileSync(join(dir, "notes.md"), "## 3.1.0\n\n### Features\n\n* shiny thing\n");
    const { io, out } = fakeIo("", dir);
    const code = await runPreview(["--notes", "notes.md", "--version", "3.1.0", "--repo", "acme/rocket", "--template", "{owner}/{repo} {tag} ({name}): {notes}"], io);
    expect(code).toBe(0);
    expect(out[1]).toBe("acme/rocket v3.1.0 (v3.1.0): Features:\n• shiny thing");
  });
  it("takes a version written with its tag's 'v' as the number: {version} is 4.2.0, {tag} v4.2.0", async () => {
    const { io, out } = fakeIo("* shiny thing");
    expect(await runPreview(["--notes", "-", "--version", "v4.2.0", "--repo", "acme/rocket", "--template", "{version} {tag} {url}"], io)).toBe(0);
    expect(out[1]).toBe("4.2.0 v4.2.0 https://github.com/acme/rocket/releases/tag/v4.2.0");
  });
  it("reads notes from stdin with '-', threads and honours --max-length", async () => {
    const notes = Array.from({ length: 12 }, (_, index) => `* change number ${index} with some words`).join("\n");
    const { io, out } = fakeIo(notes);
    expect(await runPreview(["--notes", "-", "--tag", "v1.0.0", "--thread", "--max-length", "120"], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/── post 1 of [2-9] ──/u);
    expect(text).toContain("/120 ──");
    expect(text).toContain("1.0.0 is out!");
    for (let index = 0; index < 12; index += 1) expect(text).toContain(`change number ${index} with some words`);
  });
  it("a bad command line (option, value, file, template) exits 2 with one sentence saying what to do", async () => {
    for (const [argv, pattern] of [
      [["--notes", "nope.md"], /notes file 'nope\.md' does not exist.*--notes/u],
      [["--max-length", "lots"], /--max-length must be a whole number from 1 to 25000, not 'lots'/u],
      [["--max-length", "30000"], /--max-length must be a whole number from 1 to 25000, not '30000'/u],
      [["--max-length", "0"], /--max-length must be a whole number from 1 to 25000, not '0'/u],
      [["--frobnicate"], /^release-tweet preview: Unknown option '--frobnicate'\. Run 'release-tweet preview --help'/u],
      [["--notes"], /^release-tweet preview: Option '--notes <value>' argument missing\. Run/u],
      [["--thread=yes"], /^release-tweet preview: Option '--thread' does not take an argument\. Run/u],
      [["stray"], /^release-tweet preview: Unexpected argument 'stray'\. Run/u],
      [["--version", "1.0.0", "--template", "{nope}"], /unknown placeholder \{nope\}/u],
      [["--repo", "not a repo"], /--repo must look like owner\/name/u],
    ] as const) {
      const { io, out, err } = fakeIo();
      expect(await runPreview([...argv], io), argv.join(" ")).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(pattern);
      expect(err[0]).toMatch(/\.$/u);
      expect(err[0]).not.toMatch(/\n\s+at /u);
    }
  });
  it("the composer's own errors name the flags, not the plugin's option names", async () => {
    const { io, out, err } = fakeIo("* one change");
    // The command line is fine; the template cannot fit the limit: a failure (1), not a usage error (2).
    expect(await runPreview(["--notes", "-", "--tag", "v1.0.0", "--template", `${"x".repeat(300)} {notes}`], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/over the limit of 280\..*raise --max-length if your account allows longer posts/su);
    expect(err[0]).not.toMatch(/maxLength/u);
  });
  it("--help documents every option", async () => {
    const { io, out } = fakeIo();
    expect(await runPreview(["--help"], io)).toBe(0);
    for (const option of ["--notes", "--version", "--tag", "--name", "--url", "--repo", "--template", "--thread", "--max-length", "--image", "--image-alt", "--json", "--help"]) {
      expect(out.join("\n")).toContain(option);
    }
  });
  it("runs from the built CLI (dist/cli/index.js)", () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, "../../dist/cli/index.js"), "preview"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("release-tweet 2.4.0 is out!");
    expect(result.stdout).toMatch(/── \d+\/280 ──/u);
  });
});
