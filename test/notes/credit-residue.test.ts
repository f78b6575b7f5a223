// Credits go whole, with their separators and brackets: changesets' " - Thanks [@user](…)!" after a change, a bot or a
// person credited by name after a linked reference ("[#12](…) by Copilot"), a Chinese bracket that opens by thanking
// ("（感谢 [@algolia](…) 团队的协助）"); and a date line is release metadata in any of the ways English writes a date.
import { describe, expect, it } from "vitest";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { single, posts } from "../support/composed.js";

const PROJECT = { repo: "widgets", owner: "acme", version: "1.5.0" };
const text = (notes: string): string => posts(notes, PROJECT).join("\n");

describe("credit residue", () => {
  it("drops changesets' trailing thanks with its dash and its bang", () => {
    const out = text(
      "## 1.5.0\n\n### Minor Changes\n\n- add new `ToggleGroup` component ([#628](https://github.com/acme/widgets/pull/628)) - Thanks [@noahchoii](https://github.com/noahchoii)!\n\n- add new `Toggle` component ([#629](https://github.com/acme/widgets/pull/629)) - Thanks [Jane Doe](https://github.com/jdoe)!\n",
    );
    expect(out).toContain("• Add new `ToggleGroup` component\n");
    expect(out).toContain("• Add new `Toggle` component\n");
    expect(out).not.toMatch(/-\s*!|Thanks|noahchoii|Jane/u);
  });

  it("keeps a sentence's own bang when the thanks was not the end", () => {
    const out = text("## Features\n\n- Faster builds! Thanks @alice for the idea, and more to come\n- Other thing\n");
    expect(out).toContain("Faster builds!");
  });

  it("drops a name credited after a linked reference, a bot's too", () => {
    const out = text(
      "### What's fixed\n- Fix `Invalid ISO 8601 date time string` error from Date Fieldtype [#13701](https://github.com/acme/widgets/issues/13701) by Copilot\n- Fix missing Live Preview function [#13733](https://github.com/acme/widgets/issues/13733) by Jane Doe\n",
    );
    expect(out).toContain("• Fix `Invalid ISO 8601 date time string` error from Date Fieldtype\n");
    expect(out).toContain("• Fix missing Live Preview function\n");
    expect(out).not.toMatch(/\bby\b/u);
  });

  it("keeps 'by' that names no author after a reference", () => {
    const out = text("### Fixes\n- Sort the table by Name [#12](https://github.com/acme/widgets/issues/12) and by date\n- Other fix\n");
    expect(out).toContain("Sort the table by Name and by date");
  });

  it("drops a Chinese bracket that opens by thanking, whatever it names", () => {
    const out = text(
      "## 新功能\n\n- **@rspress/plugin-algolia**：支持替换内置搜索为 [Algolia DocSearch](https://docsearch.algolia.com/)（感谢 [@algolia](https://x.com/algolia) 团队的协助）。\n- 支持 foo。\n",
    );
    expect(out).toContain("支持替换内置搜索为 Algolia DocSearch。");
    expect(out).not.toMatch(/感谢|协助|（|）/u);
  });
});

describe("date lines", () => {
  it.each(["19th August, 2026", "August 19th, 2026", "3. März 2025", "1st of May 2024", "19 August 2026"])("reads %s as the release's date", (line) => {
    expect(isReleaseMetadata(line)).toBe(true);
  });

  it("keeps a sentence that mentions a date", () => {
    expect(isReleaseMetadata("Support ends on 19th August, 2026 for v1")).toBe(false);
  });

  it("does not run a date line into the last item", () => {
    const out = single("## 1.0.16\n\n19th August, 2026\n\n### Fixed\n\n- Restoring a revision no longer loses it to a later deletion.\n", PROJECT);
    expect(out).not.toMatch(/August|2026/u);
    expect(out).toContain("Restoring a revision no longer loses it");
  });

  it("takes the comma before a trailing reference with it, and a dropped bracket after a full stop with its own stop", () => {
    const out = text(
      "## 1.5.0\n\n### Fixed\n\n- mount: make up volname if not given (macOS), #7690.\n  macFUSE supports a volname mount option.\n- Fix the foo, #7691\n- The server ignores `Content-Length` when the `Transfer-Encoding` header is present. (commit [c948b31]).\n\n[c948b31]: https://github.com/acme/widgets/commit/c948b31\n",
    );
    expect(out).toContain("• mount: make up volname if not given (macOS). macFUSE supports a volname mount option.");
    expect(out).toContain("• Fix the foo\n");
    expect(out).toContain("header is present.\n");
    expect(out).not.toMatch(/,\.|\.\.|#769/u);
  });
});
