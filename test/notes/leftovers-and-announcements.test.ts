import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("an issue's number before a pull request's own title", () => {
  it("goes with its word when the title opens with the change's verb", () => {
    const post = single("## What's Changed\n\n* Fix #970: Block local file reads via UNC paths by @someone in https://github.com/octo/lantern/pull/972\n* Bump a dev tool by @dependabot[bot] in https://github.com/octo/lantern/pull/968\n");
    expect(post).toContain("• Block local file reads via UNC paths");
    expect(post).not.toContain("#970");
    expect(post).not.toMatch(/Fix\s*:/u);
  });

  it("keeps the fix's verb where the title names the problem", () => {
    expect(single("## Fixes\n\n- Fixes #12: crash on start when the config is empty\n")).toContain("• Fixes crash on start when the config is empty");
    expect(single("## Fixes\n\n- Fixed #12: Crash on start when the config is empty\n")).toContain("Fixed #12: Crash on start");
  });
});

describe("the word that introduced a reference", () => {
  it("goes with the reference and the commit's bracket after it", () => {
    const post = single(
      "### Bug Fixes\n\n* **treesitter:** `nvim-treesitter` no longer supports nvim-0.11, so pin when needed. Fixes [#7092](https://github.com/octo/lantern/issues/7092) ([ef272ff](https://github.com/octo/lantern/commit/ef272ff7cc9b53d48baf6544618b5923d65c0282))\n",
    );
    expect(post).toContain("so pin when needed.");
    expect(post).not.toMatch(/needed\.\s*Fixes/u);
  });
});

describe("a wildcard scope", () => {
  it("names no area and goes", () => {
    const post = single("### Features\n\n- **\\*:** add date adapter support ([#9858](https://github.com/octo/lantern/issues/9858))\n- **upload:** support custom actions\n");
    expect(post).toContain("• Add date adapter support");
    expect(post).not.toContain("*:");
  });
});

describe("security holes named by what they let an attacker do", () => {
  it("labels a blocked local file read as a security fix", () => {
    const post = single("## What's Changed\n\n* Block local file read bypasses via UNC paths by @someone in https://github.com/octo/lantern/pull/972\n* Improve the docs by @someone in https://github.com/octo/lantern/pull/973\n");
    expect(post).toMatch(/Security:\n• Block local file read bypasses via UNC paths/u);
  });
});

describe("an announcement that goes on to say what the release does", () => {
  it("says what it does without announcing the release again", () => {
    const notes =
      "The Lantern team has released lantern 1.20.6 and 2.3.0, addressing a denial of service vulnerability triggered by invalid `limit` values.\n\n## Fixes\n\n- Fix a crash in the router when a route has no name\n";
    const post = single(notes);
    expect(post).toContain("Addresses a denial of service vulnerability triggered by invalid `limit` values.");
    expect(post).not.toMatch(/has released/u);
  });

  it("is dropped when it says nothing more", () => {
    const post = single("The Lantern team has released lantern 2.3.0.\n\n## Fixes\n\n- Fix a crash in the router when a route has no name\n");
    expect(post).not.toMatch(/has released/u);
    expect(post).toContain("• Fix a crash in the router");
  });
});

describe("a security section's summary sentences", () => {
  const notes = [
    "Security",
    "--------",
    "",
    "Addressed high-severity security issues.",
    "Impact was limited to specific use cases detailed in the accompanying",
    "advisories; overall user exposure was estimated to be marginal.",
    "",
    "- Decompression-bomb safeguards of the streaming API were bypassed when the connection was drained.",
    "- Proxy pools did not strip sensitive headers when redirecting to a different host.",
    "",
    "Bugfixes",
    "--------",
    "",
    "- Fixed a bug where `read()` was ignoring buffered data.",
    "",
  ].join("\n");

  it("are not posted: the label and the items say it", () => {
    const all = thread(notes).join("\n");
    expect(all).toContain("Decompression-bomb safeguards");
    expect(all).not.toMatch(/Addressed high-severity|Impact was limited/u);
  });
});
