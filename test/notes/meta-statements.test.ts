// Blog and announcement prose: sentences about how the release is versioned, hosted or made are never a post's
// content; a section of source archives is how to get the release, not a change.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { isMetaStatement } from "../../src/notes/prose/meta-statements.js";
import { isBoilerplateEntry, proseScore } from "../../src/notes/prose/prose.js";

const post = (notes: string, thread = false): string =>
  compose({ version: "2.1.0", tag: "v2.1.0", name: "v2.1.0", repo: "acme/widget", owner: "acme", url: "https://example.org/notes", notes }, { thread })
    .map((item) => item.text)
    .join("\n");

describe("a sentence about the versioning scheme", () => {
  it.each([
    "Widget follows EffVer (Intended Effort Versioning); this is a **Macro** release containing awesome new features, but may require dedication of some significant time when upgrading.",
    "As you can see from the version number, this release is not a 1.0 release.",
    "Nevertheless, the increased version number reflects our growing confidence in the embedding API.",
    "This project adheres to Semantic Versioning.",
    "本项目遵循语义化版本规范。",
  ])("is no change: %s", (sentence) => {
    expect(isMetaStatement(sentence)).toBe(true);
    expect(proseScore(sentence)).toBeLessThan(0);
  });

  it("unless it says the scheme changed", () => {
    expect(isMetaStatement("Widget now follows Semantic Versioning.")).toBe(false);
    expect(isMetaStatement("The repository has moved to Codeberg and is hosted on codeberg.org.")).toBe(false);
  });
});

describe("hosting, archive formats and release process", () => {
  it.each([
    "The official development repo is hosted on GitHub.",
    "Also available in `.zip` format.",
    "In the 5 releases since our initial GitHub release, our release process has matured, with the main \"bottleneck\" now being the human-written monthly blog post.",
    "Since we're quite excited about this release, we decided to not wait for the monthly blog post to be finished.",
    "We currently do not have any plans of publishing our demo browser to crates.io.",
  ])("is no change: %s", (sentence) => {
    expect(isMetaStatement(sentence)).toBe(true);
    expect(isBoilerplateEntry(sentence)).toBe(true);
  });

  it("leaves changes of the same words alone", () => {
    for (const change of ["Wheels are now available for Python 3.13.", "Add a `--format zip` option to the exporter.", "Automate the release process with a workflow."]) {
      expect(isMetaStatement(change)).toBe(false);
    }
  });
});

describe("announcement prose", () => {
  const BLOG = [
    "Today the team has released v2.1.0 of the widget crate.",
    "This is our first crates.io release of the `widget` crate, so that it can be used as a library.",
    "",
    "In the 5 releases since our initial GitHub release, our release process has matured, with the main \"bottleneck\" now being the human-written monthly blog post.",
    "",
    "As you can see from the version number, this release is not a 1.0 release. In fact, we still haven't finished discussing what 1.0 means.",
    "",
  ].join("\n");

  it("posts the news, never the versioning or process remarks", () => {
    for (const thread of [false, true]) {
      const text = post(BLOG, thread);
      expect(text).toContain("first crates");
      expect(text).not.toMatch(/version number|bottleneck|1\.0 means/u);
    }
  });

  it("never posts a section of source archives", () => {
    const notes = [
      "## Bug fixes",
      "",
      "- Fix a crash when the cache is empty.",
      "- Fix the parser on long lines.",
      "",
      "## Source Distribution",
      "",
      "- A [tarball](https://example.org/2.1.0.tar.gz) for compilation under Unix and Windows.",
      "- Also available in [`.zip`](https://example.org/2.1.0.zip) format.",
      "- The official development repo is hosted on [GitHub](https://github.com/acme/widget).",
      "",
    ].join("\n");
    for (const thread of [false, true]) {
      const text = post(notes, thread);
      expect(text).toContain("Fix a crash when the cache is empty");
      expect(text).not.toMatch(/Source Distribution|tarball|compilation|zip|hosted/u);
    }
  });
});
