// Rules kept to the notes they were written for (review R3): a Markdown list of a few upper-case tags is no commit log;
// a bug advisory or a ticket beside "security settings" is no security fix; a bracketed floor is a floor; only a pure
// explanation waits for the sentence before it; a branch's name as a pull request's title loses its owner.
import { describe, expect, it } from "vitest";
import { advisoryIdsIn } from "../../src/notes/kinds/advisory-ids.js";
import { cleanText } from "../../src/notes/text/cleanup.js";
import { isAdvisoryIdOnly, raisesPlatformFloor } from "../../src/notes/kinds/kinds.js";
import { opensMidArgument } from "../../src/notes/prose/mid-argument.js";
import { subjectLogAsMarkdown } from "../../src/notes/formats/subject-log.js";
import { leansBack } from "../../src/notes/thread-order.js";
import { single, thread } from "../support/composed.js";

describe("a Markdown list of tagged lines", () => {
  const notes = ["- BREAKING: `run()` now returns a Promise", "- FIX: crash when the config file is empty", "- FEAT: add a `--dry-run` flag", "- DEPRECATED: the `legacy` option", ""].join("\n");

  it("is read as Markdown, its breaking change and deprecation kept", () => {
    expect(subjectLogAsMarkdown(notes)).toBe(notes);
    const post = single(notes);
    expect(post).toMatch(/Breaking/u);
    expect(post).toContain("`run()` now returns a Promise");
  });

  it("a commit-subject log files its BREAKING, DEPRECATED, REMOVED and SECURITY subjects under their kinds", () => {
    const log = [
      "    - BREAKING: api: `run()` now returns a Promise",
      "    - DEPRECATED: config: the `legacy` option",
      "    - REMOVED: cli: the `--old` flag",
      "    - SECURITY: http: reject oversized headers",
      "    - BUG/MINOR: cache: fix cache tree iteration",
      "    - MINOR: stats: add a JSON export",
      "",
    ].join("\n");
    const markdown = subjectLogAsMarkdown(log);
    expect(markdown).toMatch(/### Breaking changes\n\n- \*\*api:\*\* `run\(\)` now returns a Promise/u);
    expect(markdown).toMatch(/### Deprecations\n\n- \*\*config:\*\* the `legacy` option/u);
    expect(markdown).toMatch(/### Removed\n\n- \*\*cli:\*\* the `--old` flag/u);
    expect(markdown).toMatch(/### Security fixes\n\n- \*\*http:\*\* reject oversized headers/u);
  });
});

describe("advisory ids", () => {
  it("a Red Hat bug or enhancement advisory is no security fix", () => {
    expect(advisoryIdsIn("Fix the packaging regression described in RHBA-2024:1234")).toEqual([]);
    expect(advisoryIdsIn("Ship the features of RHEA-2024:99")).toEqual([]);
    expect(advisoryIdsIn("Fix the flaw described in RHSA-2024:1234")).toEqual(["RHSA-2024:1234"]);
  });

  it("an id in lower case is a name, not an id", () => {
    expect(advisoryIdsIn("Rename the go-2024-1 branch and the dsa-2024-3 fixture")).toEqual([]);
  });

  it("an unknown family counts beside a vulnerability word, not beside 'security settings'", () => {
    expect(advisoryIdsIn("Close ticket OPS-2024-17: the security settings page no longer scrolls")).toEqual([]);
    expect(advisoryIdsIn("Fix the vulnerability tracked as ABC-2024-17")).toEqual(["ABC-2024-17"]);
    expect(advisoryIdsIn("ABC-2024-17: a security flaw in the parser")).toEqual(["ABC-2024-17"]);
  });

  it("an item of ids alone is one of any known family", () => {
    expect(isAdvisoryIdOnly("DSA-5678-1")).toBe(true);
    expect(isAdvisoryIdOnly("CVE 2023 45857, GHSA-5hvv-m4w4-gf6v.")).toBe(true);
    expect(isAdvisoryIdOnly("RHBA-2024:1234")).toBe(false);
  });
});

describe("a runtime floor in brackets", () => {
  it("is a floor", () => {
    expect(raisesPlatformFloor("Raise the minimum runtime (Node >= 20) and drop Node 18")).toBe(true);
    expect(raisesPlatformFloor("Update the `engines` field (node >= 22)")).toBe(true);
  });

  it("a dependency replaced per version range is not", () => {
    expect(raisesPlatformFloor("Replace runtime dependency on `zstandard` with `compression.zstd` (Python >=3.14) and `backports.zstd` (Python 3.10–3.13) for decompression.")).toBe(false);
  });
});

describe("a sentence that opens on a word pointing back", () => {
  it("is dropped only when it purely explains the sentence before", () => {
    expect(opensMidArgument("That's because napari used 0-based indexing.")).toBe(true);
    expect(opensMidArgument("This is because the cache was shared.")).toBe(true);
    expect(opensMidArgument("That means plugins must register again.")).toBe(true);
    expect(opensMidArgument("Which is why the option is gone.")).toBe(true);
    expect(opensMidArgument("Thus the editor now starts in under a second on most machines.")).toBe(false);
    expect(opensMidArgument("It also adds a `--dry-run` flag.")).toBe(false);
  });

  it("an explanation leans back in a thread's order too", () => {
    expect(leansBack("Which is why the option is gone.")).toBe(true);
  });

  it("a thread keeps a change stated after a turn word", () => {
    const notes = [
      "Lantern 2.3 brings a new renderer for every project.",
      "",
      "## Startup",
      "",
      "We rewrote how plugins are loaded.",
      "",
      "| a | b |",
      "|---|---|",
      "| 0 | 1 |",
      "",
      "Thus the editor now starts in under a second on most machines.",
      "",
      "## Features",
      "",
      "- Add a renderer for large point clouds",
      "",
    ].join("\n");
    expect(thread(notes).join("\n")).toContain("Thus the editor now starts in under a second");
  });
});

describe("a branch's name as a pull request's title", () => {
  it("loses the owner's part, its verb opens the item", () => {
    expect(cleanText("Doug/fix trivy socket results")).toBe("Fix trivy socket results");
    expect(cleanText("Doug/add node and socket back into container")).toBe("Add node and socket back into container");
  });

  it("leaves a path or a pair alone", () => {
    expect(cleanText("Read/write locks are now fair")).toBe("Read/write locks are now fair");
    expect(cleanText("src/fix.ts no longer ships")).toBe("src/fix.ts no longer ships");
  });
});
