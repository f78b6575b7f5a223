// `release-tweet preview` for Bluesky and Mastodon: which networks it shows, their own lengths, and --json's networks.
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { runPreview } from "../../src/cli/preview.js";
import { toRichText } from "../../src/bluesky/rich-text.js";
import { startFakeMastodon, FAKE_MASTO, type FakeMastodon } from "../support/fake-mastodon.js";

function fakeIo(env: NodeJS.ProcessEnv = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), stdin: Readable.from([stdin]), env, cwd: process.cwd() };
  return { io, out, err };
}

const NOTES = Array.from({ length: 14 }, (_, i) => `* 🎉 新功能 ${i + 1}: supports the frobnicator in mode ${i + 1}, see https://example.com/docs/modes/${i + 1}`).join("\n");
const RELEASE_ARGS = ["--notes", "-", "--version", "2.0.0", "--repo", "acme/widget", "--url", "https://github.com/acme/widget/releases/tag/v2.0.0"];

interface JsonPost {
  text: string;
  weightedLength: number;
}
interface JsonReport {
  posts?: JsonPost[];
  limit?: number;
  networks: Record<string, { posts: JsonPost[]; limit: number; language: string }>;
  warnings?: string[];
}

let mastodon: FakeMastodon | undefined;
afterEach(async () => {
  await mastodon?.close();
  mastodon = undefined;
});

describe("release-tweet preview for several networks", () => {
  it("shows X alone when no other network is configured, exactly as before", async () => {
    const { io, out } = fakeIo();
    expect(await runPreview([], io)).toBe(0);
    expect(out.join("\n")).not.toContain("═══");
  });

  it("shows X and Bluesky when BLUESKY_IDENTIFIER is set, each headed and counted by its own rules", async () => {
    const { io, out, err } = fakeIo({ BLUESKY_IDENTIFIER: "bot.bsky.social" }, NOTES);
    expect(await runPreview([...RELEASE_ARGS, "--thread"], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("═══ X (weighted, as X counts) ═══");
    expect(text).toContain("═══ Bluesky (graphemes, as Bluesky counts) ═══");
    expect(text).toMatch(/── \d+\/280 ──/u);
    expect(text).toMatch(/── \d+\/300 ──/u);
    expect(err).toEqual([]);
  });

  it("--network bluesky --json: posts valid for Bluesky's graphemes and bytes; top-level fields stay X's (absent here)", async () => {
    const { io, out } = fakeIo({}, NOTES);
    expect(await runPreview([...RELEASE_ARGS, "--thread", "--network", "bluesky", "--json"], io)).toBe(0);
    const report = JSON.parse(out.join("\n")) as JsonReport;
    expect(report.posts).toBeUndefined();
    expect(Object.keys(report.networks)).toEqual(["bluesky"]);
    const { posts, limit, language } = report.networks.bluesky!;
    expect(limit).toBe(300);
    expect(language).toBe("en");
    expect(posts.length).toBeGreaterThan(1);
    const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
    for (const post of posts) {
      const shown = toRichText(post.text).text;
      expect([...segmenter.segment(shown)].length).toBe(post.weightedLength);
      expect(post.weightedLength).toBeLessThanOrEqual(300);
      expect(Buffer.byteLength(shown)).toBeLessThanOrEqual(3000);
    }
  });

  it("--json with several networks: `posts` is still X's, `networks` holds each", async () => {
    const { io, out } = fakeIo({ BLUESKY_IDENTIFIER: "bot.bsky.social", MASTODON_URL: "https://m.example" }, NOTES);
    expect(await runPreview([...RELEASE_ARGS, "--json"], io)).toBe(0);
    const report = JSON.parse(out.join("\n")) as JsonReport;
    expect(Object.keys(report.networks)).toEqual(["x", "bluesky", "mastodon"]);
    expect(report.posts).toEqual(report.networks.x!.posts);
    expect(report.limit).toBe(280);
    expect(report.networks.mastodon!.limit).toBe(500);
    // Without a token the instance is not asked: the report says its limits are Mastodon's defaults.
    expect(report.warnings?.join(" ")).toMatch(/Mastodon's defaults/);
  });

  it("--network mastodon reads the instance's limit when MASTODON_URL and MASTODON_ACCESS_TOKEN are set", async () => {
    mastodon = await startFakeMastodon({ statusesConfig: { max_characters: 150, characters_reserved_per_url: 23 } });
    const { io, out, err } = fakeIo({ MASTODON_URL: mastodon.url, MASTODON_ACCESS_TOKEN: FAKE_MASTO.token }, NOTES);
    expect(await runPreview([...RELEASE_ARGS, "--thread", "--network", "mastodon"], io)).toBe(0);
    const text = out.join("\n");
    const lengths = [...text.matchAll(/── (\d+)\/150 ──/gu)].map((match) => Number(match[1]));
    expect(lengths.length).toBeGreaterThan(1);
    for (const length of lengths) expect(length).toBeLessThanOrEqual(150);
    expect(err).toEqual([]);
    expect(mastodon.requests.map((request) => `${request.method} ${request.path}`)).toEqual(["GET /api/v2/instance"]);
    expect(mastodon.statuses).toEqual([]);
  });

  it("a network's own template is used for it alone", async () => {
    const { io, out } = fakeIo({ BLUESKY_IDENTIFIER: "bot.bsky.social" });
    expect(await runPreview(["--version", "1.0.0", "--template", "X says {version}", "--bluesky-template", "Bluesky says {version}"], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain("X says 1.0.0");
    expect(text).toContain("Bluesky says 1.0.0");
  });

  it("an unknown --network exits 2 naming the three", async () => {
    const { io, err } = fakeIo();
    expect(await runPreview(["--network", "threads"], io)).toBe(2);
    expect(err.join("\n")).toContain("--network must be one of x, bluesky, mastodon, not 'threads'");
  });
});
