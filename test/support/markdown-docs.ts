// Reads the repository's Markdown as GitHub renders it, for the docs tests: heading anchors, links, fenced blocks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
/** Links to the repository on GitHub that the docs tests resolve against the working tree. */
export const REPO_BLOB_URL = "https://github.com/release-tweet/release-tweet/blob/main/";

/** The Markdown files a reader reaches: README.md and docs/*.md, as paths relative to the repository. */
export function docFiles(): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`);
  return ["README.md", ...docs.sort()];
}

export function read(path: string): string {
  return readFileSync(join(root, path), "utf8");
}

/** The lines that are prose, not inside a fenced code block (``` or ~~~). */
function proseLines(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split("\n").map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      return "";
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return "";
    }
    return line;
  });
}

/** GitHub's heading anchor: inline Markdown reduced to its text, lower case, punctuation dropped, spaces to hyphens. */
export function githubSlug(heading: string): string {
  const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, "");
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a file's headings get on GitHub (a repeated heading gets -1, -2, …). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = githubSlug(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** The targets of inline links and images in prose (not in code), e.g. "docs/errors.md#exduplicate". */
export function links(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const text = line.replace(/(`+)[^`].*?\1/g, "");
    for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) targets.push(match[1]!);
  }
  return targets;
}

/** The fenced code blocks of a language, e.g. every ```yaml block. */
export function codeBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "gm");
  for (const match of markdown.matchAll(pattern)) blocks.push(match[1]!);
  return blocks;
}

/**
 * Why a link written in `from` does not resolve in this repository, or undefined when it does: a relative path (or a
 * link to the repository's main branch on GitHub) must name an existing file, and its #anchor an existing heading.
 * Other absolute URLs are not checked (no network in tests).
 */
export function brokenLink(from: string, target: string): string | undefined {
  let path: string;
  let anchor: string | undefined;
  if (target.startsWith(REPO_BLOB_URL)) {
    [path, anchor] = splitAnchor(target.slice(REPO_BLOB_URL.length));
  } else if (/^[a-z][a-z\d+.-]*:/i.test(target)) {
    return undefined;
  } else if (target.startsWith("#")) {
    [path, anchor] = [from, target.slice(1)];
  } else {
    const [file, hash] = splitAnchor(target);
    [path, anchor] = [relative(root, resolve(root, dirname(from), file)), hash];
  }
  if (!existsSync(join(root, path))) return `${from}: ${target} → no file ${path}`;
  if (anchor === undefined) return undefined;
  if (!path.endsWith(".md")) return `${from}: ${target} → an anchor in a file that is not Markdown`;
  return anchors(read(path)).has(anchor) ? undefined : `${from}: ${target} → no heading #${anchor} in ${path}`;
}

function splitAnchor(target: string): [string, string | undefined] {
  const at = target.indexOf("#");
  return at === -1 ? [target, undefined] : [target.slice(0, at), target.slice(at + 1)];
}
