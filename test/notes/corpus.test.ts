// Runs the composer over the shared real-world corpus (../shared/corpus), when it is there. Never copied in.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compose, DEFAULT_MAX_POSTS } from "../../src/notes/compose.js";
import { checkPosts } from "../support/post-checks.js";
import { composerVocabulary } from "./vocabulary.js";
import { isValidPost } from "../../src/notes/text/x-text.js";

const CORPUS = join(import.meta.dirname, "../../../shared/corpus");
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((file) => file.endsWith(".md") && file !== "README.md").sort() : [];
const index = present ? (JSON.parse(readFileSync(join(CORPUS, "index.json"), "utf8")) as Array<{ file: string; version: string; repo: string }>) : [];
const VOCABULARY = composerVocabulary();
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

// A sweep over every file at two limits: seconds on an idle machine, more on a loaded one. Speed is the bench's job.
const SWEEP_TIMEOUT = 120_000;

describe.skipIf(!present)("corpus (../shared/corpus)", () => {
  it("every file composes into valid posts, single and thread, at 280 and 25000", () => {
    const fills: Record<number, number[]> = { 280: [], 25000: [] };
    let posts = 0;
    for (const file of files) {
      const entry = index.find((item) => item.file === file);
      const [owner = "", repo = ""] = (entry?.repo ?? "o/r").split("/");
      const version = entry?.version ?? "1.0.0";
      const url = `https://github.com/${owner}/${repo}/releases/tag/v${version}`;
      const notes = readFileSync(join(CORPUS, file), "utf8");
      // The opener may write a one-word repository name capitalised ("Vite"), and a change starts with a capital once
      // its commit type is gone ("fix: add x" shows "Add x").
      const source = new Set(graphemes(`${notes.normalize("NFC")} ${notes.normalize("NFC").toUpperCase()} ${repo} ${repo.toUpperCase()} ${version} is out! ${url}`));
      for (const maxLength of [280, 25_000]) {
        for (const thread of [false, true]) {
          const result = compose({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url, notes }, { maxLength, thread });
          expect(result.length, file).toBeLessThanOrEqual(thread ? DEFAULT_MAX_POSTS : 1);
          expect(result[0]!.text, file).toContain(url);
          // The release's own version heading is gone: the template carries the version.
          expect(result[0]!.text.split("\n").filter((line) => line.startsWith(`${version} (`) || line === `${version}:`), file).toEqual([]);
          for (const post of result) {
            posts += 1;
            expect(isValidPost(post.text, maxLength), file).toBe(true);
            expect(post.weightedLength, file).toBeLessThanOrEqual(maxLength);
            expect(post.text, file).not.toMatch(/\n{3}|[ \t]\n/u);
            expect(post.text.includes("\u0000"), file).toBe(false);
            // What dropped links could leave ("( )", "(, )", "[, , ]"), unless the notes say it themselves (in code:
            // "new URL(,import.meta.url)"); a bare "()" is code too ("useId()").
            for (const [leftover] of post.text.matchAll(/[([]\s+[)\]]|[([]\s*[,;]/gu)) expect(notes, file).toContain(leftover);
            for (const word of ["undefined", "null"]) if (post.text.includes(word)) expect(notes, file).toContain(word);
            for (const g of graphemes(post.text)) if (!VOCABULARY.has(g) && !/^\s$/u.test(g)) expect(source.has(g), `${file}: ${JSON.stringify(g)}`).toBe(true);
          }
          if (!thread) fills[maxLength]!.push(Math.round((100 * result[0]!.weightedLength) / maxLength));
        }
      }
    }
    const stats = Object.entries(fills).map(([limit, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `${limit}: min ${sorted[0]} median ${sorted[Math.floor(sorted.length / 2)]} max ${sorted.at(-1)}`;
    });
    console.log(`corpus: ${files.length} files, ${posts} posts; single-post fill % ${stats.join("; ")}`);
    expect(files.length).toBeGreaterThan(0);
  }, SWEEP_TIMEOUT);

  it("no post has an objective defect (POST-QUALITY.md), single or thread", () => {
    const defects: string[] = [];
    for (const file of files) {
      const entry = index.find((item) => item.file === file);
      const [owner = "", repo = ""] = (entry?.repo ?? "o/r").split("/");
      const version = entry?.version ?? "1.0.0";
      const url = `https://github.com/${owner}/${repo}/releases/tag/v${version}`;
      const notes = readFileSync(join(CORPUS, file), "utf8");
      const release = { version, tag: `v${version}`, name: `v${version}`, owner, repo, url, notes };
      for (const mode of ["single", "thread"] as const) {
        const posts = compose(release, { thread: mode === "thread" }).map((post) => post.text);
        for (const defect of checkPosts({ posts, notes, releaseUrl: url, mode, maxLength: 280, threadCap: DEFAULT_MAX_POSTS })) {
          defects.push(`${file} ${mode} post ${defect.post + 1}: ${defect.check}: ${defect.detail}`);
        }
      }
    }
    expect(defects).toEqual([]);
  }, SWEEP_TIMEOUT);
});
