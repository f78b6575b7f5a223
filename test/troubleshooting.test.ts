// docs/errors.md must have a heading for every error code the product can report, and every error's link must land
// on it: ReleaseTweetError.details links the code's entry, and the link must resolve in this repository.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorDocsUrl, ReleaseTweetError } from "../src/core/errors.js";
import { announcementFailed } from "../src/plugin/errors.js";
import { CREDENTIAL_ENV } from "../src/core/types.js";
import { anchors, brokenLink, read, REPO_BLOB_URL, root } from "./support/markdown-docs.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

// Node's own system error codes appear in the sources where transport failures are recognized; they are not ours.
const SYSTEM_CODES = new Set(["EACCES", "EADDRINUSE", "EISDIR", "ENOENT", "ENOTDIR", "EPIPE"]);

function productCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(join(root, "src"))) {
    for (const [, code] of readFileSync(file, "utf8").matchAll(/"(E[A-Z]{3,})"/g)) if (!SYSTEM_CODES.has(code!)) codes.add(code!);
  }
  // Codes built from a name rather than written out: one per credential, one per plugin option.
  for (const env of Object.values(CREDENTIAL_ENV)) codes.add(`ENO${env.replaceAll("_", "")}`);
  for (const option of [
    "TEMPLATE",
    "THREAD",
    "MAXLENGTH",
    "MAXPOSTS",
    "NUMBERING",
    "APIBASEURL",
    "PRERELEASE",
    "VERIFYCREDENTIALS",
    "BLUESKYSERVICE",
    "BLUESKYTEMPLATE",
    "MASTODONTEMPLATE",
    "MASTODONVISIBILITY",
    "IMAGE",
    "IMAGEALT",
  ]) {
    codes.add(`EINVALID${option}`);
  }
  return codes;
}

const errorsPage = read("docs/errors.md");
const codeHeadings = [...errorsPage.matchAll(/^### (E[A-Z]{3,})$/gm)].map((match) => match[1]!);

/** The link a Markdown text holds to the repository's docs, e.g. from `details`. */
function docsLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((https:\/\/github\.com\/release-tweet\/release-tweet\/[^)\s]+)\)/g)].map((match) => match[1]!);
}

describe("docs/errors.md", () => {
  it("finds a realistic number of codes", () => {
    expect(productCodes().size).toBeGreaterThan(40);
    expect(codeHeadings.length).toBeGreaterThan(40);
  });

  it("has a heading for every error code the sources can produce", () => {
    const documented = anchors(errorsPage);
    const missing = [...productCodes()].filter((code) => !documented.has(code.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it("documents no code the sources no longer produce, and each once", () => {
    const codes = productCodes();
    expect(codeHeadings.filter((code) => !codes.has(code))).toEqual([]);
    expect(new Set(codeHeadings).size).toBe(codeHeadings.length);
  });

  it("says what to do for every code", () => {
    const entries = errorsPage.split(/^### /m).slice(1);
    const without = entries.filter((entry) => !entry.includes("**What to do:**")).map((entry) => entry.split("\n")[0]);
    expect(without).toEqual([]);
  });
});

describe("error links", () => {
  it("go from every code's details to its heading in docs/errors.md", () => {
    const broken: string[] = [];
    for (const code of productCodes()) {
      const [link] = docsLinks(new ReleaseTweetError(code, "What happened.", "What to do.").details);
      if (link !== errorDocsUrl(code)) broken.push(`${code}: details link ${String(link)}`);
      const problem = link && brokenLink("src/core/errors.ts", link);
      if (problem) broken.push(problem);
    }
    expect(broken).toEqual([]);
  });

  it("point at this repository's docs on its main branch", () => {
    expect(errorDocsUrl("EXDUPLICATE")).toBe(`${REPO_BLOB_URL}docs/errors.md#exduplicate`);
    // A link checker that cannot fail proves nothing: a code without a heading is caught.
    expect(brokenLink("src/core/errors.ts", errorDocsUrl("ENOSUCHCODE"))).toMatch(/no heading #enosuchcode/);
  });

  it("keep the fix first and the link last, also without a fix", () => {
    expect(new ReleaseTweetError("EXDUPLICATE", "m", "Change the template.").details).toBe(
      `Change the template.\n\nSee [EXDUPLICATE](${errorDocsUrl("EXDUPLICATE")}).`,
    );
    expect(new ReleaseTweetError("ECANCELLED", "Cancelled.", "").details).toBe(`See [ECANCELLED](${errorDocsUrl("ECANCELLED")}).`);
  });

  it("from the plugin's unexpected-failure error resolve too", () => {
    const error = announcementFailed(new Error("boom"), "widget v1.2.0", []);
    const found = docsLinks(error.details ?? "");
    expect(found).toEqual([errorDocsUrl("EANNOUNCEMENT")]);
    expect(brokenLink("src/plugin/errors.ts", found[0]!)).toBeUndefined();
  });
});
