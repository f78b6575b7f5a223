// A thread ends when what users get runs out: the repository's upkeep (CI workflows, release tooling, tests) is counted,
// never shown; of many fixes of one scope or subject a few are named and the rest counted; a fix of the project's
// website ranks under the product's fixes; a prefix that names the project, or that every change under a label repeats,
// is not said on each line.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("upkeep of the repository", () => {
  const notes = [
    "### Features",
    "* stream query results to the grid as they arrive",
    "* add a column picker to the results pane",
    "### Fixes",
    "* keep the cursor position when the editor reloads a file",
    "* show the row count for empty result sets",
    "* export dates in the user's time zone",
    "### Other",
    "* move the nightly build workflow to reusable jobs",
    "* use actions/setup-node v4",
    "* use pnpm cache in the lint job",
    "* Add bumpversion config",
  ].join("\n");

  it("never fills a thread post: the thread ends with the fixes and counts it", () => {
    const posts = thread(notes);
    const all = posts.join("\n");
    expect(all).not.toMatch(/workflow|setup-node|pnpm cache|bumpversion/u);
    expect(all).toContain("time zone");
    expect(posts.at(-1)).toMatch(/\+4 more/u);
  });

  it("never takes a line of the single post", () => {
    expect(single(notes)).not.toMatch(/workflow|setup-node|pnpm cache|bumpversion/u);
  });

  it("gives way to a user-facing change under the same heading", () => {
    const mixed = [
      "## What's Changed",
      "* Add contributors list by @a in https://github.com/octo/lantern/pull/1",
      "* Add bump2version for semantic versioning by @a in https://github.com/octo/lantern/pull/2",
      "* Check the printer is online before sending a job by @b in https://github.com/octo/lantern/pull/3",
      "* Add offline mode by @c in https://github.com/octo/lantern/pull/4",
      "* Add tests for the queue by @c in https://github.com/octo/lantern/pull/5",
      "* Print in duplex where the printer allows it by @d in https://github.com/octo/lantern/pull/6",
      "* Remember the last tray by @d in https://github.com/octo/lantern/pull/7",
    ].join("\n");
    const text = single(mixed);
    expect(text).toContain("printer is online");
    expect(text).not.toMatch(/contributors list|bump2version|tests for the queue/u);
  });

  it("keeps the lines of a project whose product is that tooling", () => {
    const tooling = ["### Features", "* add a cache for build workflows", "* GitHub Actions runner images support arm64", "* release workflow templates for monorepos"].join("\n");
    expect(single(tooling, "pipeline-kit")).toContain("GitHub Actions runner images");
  });
});

describe("many fixes of one scope or subject", () => {
  const notes = [
    "### Features",
    "* render footnotes in the preview",
    "### Bug Fixes",
    "* **slots:** keep slot order on reload",
    "* **slots:** type the default slot",
    "* **slots:** resolve slots from the root layout",
    "* **slots:** cache slot metadata",
    "* skip `Thumbs.db` in every folder",
    "* skip `Thumbs.db` when watching",
    "* **parser:** keep front matter comments",
    "* **server:** close the socket on shutdown",
    "* **i18n:** fall back to the default locale",
    "* **search:** rank exact titles first",
  ].join("\n");

  it("names a few and counts the rest, keeping every distinct fix", () => {
    const all = thread(notes).join("\n");
    expect(all.match(/slots:/gu)?.length).toBe(2);
    expect(all.match(/Thumbs\.db/gu)?.length).toBe(1);
    for (const distinct of ["front matter", "close the socket", "default locale", "exact titles"]) expect(all).toContain(distinct);
  });

  it("leaves the package most fixes are in alone", () => {
    const main = ["### Fixes", "* core: a", "* core: keep the order of plugins", "* core: read the config once", "* core: trim names", "* cli: print the version"].join("\n");
    const all = thread(main).join("\n");
    expect(all.match(/core:/gu)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });
});

describe("a fix of the project's website", () => {
  it("ranks under the product's fixes in the single post", () => {
    const notes = [
      "### Features",
      "* parser: [no-empty-rules] report rules with only comments",
      "### Fixes",
      "* parser: [indent-style] stop reporting tabs inside template literals that span several lines in nested blocks",
      "* website: search box is blank",
    ].join("\n");
    expect(single(notes)).not.toContain("search box is blank");
  });
});

describe("a repeated prefix", () => {
  it("is not said on each line when it names the project", () => {
    const notes = ["### Major Changes", "- `lantern` - Require Node 22", "- `lantern` - Remove the `legacy` export", "- `@lantern/cli` - Drop the `serve` alias"].join("\n");
    const text = single(notes);
    expect(text).not.toContain("`lantern` -");
    expect(text).toContain("Require Node 22");
    expect(text).toContain("`@​lantern/cli`");
  });

  it("is said once, with the label, where every change under a label repeats it", () => {
    const notes = ["### 新機能", "- [core] ストリーミング出力に対応", "- [core] 設定ファイルの再読み込み", "- [core] 起動時間を短縮"].join("\n");
    const text = single(notes, "kumo");
    expect(text).not.toContain("[core]");
    expect(text).toContain("ストリーミング出力に対応");
    expect(text.match(/core/gu)?.length).toBe(1);
  });
});

describe("a test tool's own features", () => {
  it("are no upkeep", () => {
    const notes = ["### Added", "* Add test execution time to the XML report", "* Show skipped tests in the HTML report", "### Fixed", "* Keep line numbers of traits"].join("\n");
    expect(single(notes, "coverage")).toContain("test execution time");
  });
});
