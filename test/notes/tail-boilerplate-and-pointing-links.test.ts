// What a release page says besides its changes (a sponsor's plea, where the binaries are, the container image) never
// reaches a post, and words that only pointed at a linked issue ("described [in this issue](…)") go with the link.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "widgets", owner: "acme", version: "1.2.0" };

describe("boilerplate lines around the changes", () => {
  it("a sponsor's plea, the binaries' place and the image are no news", () => {
    const notes = "This release adds retry support.\n\n- Add retry support to the HTTP client\n- Fix a panic when the config is empty\n\nLike widgets? Buy me a coffee ☕\nThe binaries are attached below.\nDocker image: `ghcr.io/acme/widgets:1.2.0`\n\nPlease consider sponsoring this project on GitHub Sponsors.\n";
    const post = single(notes, PROJECT);
    expect(post).toContain("Add retry support to the HTTP client");
    expect(post).not.toMatch(/coffee|binaries|Docker|ghcr|sponsor/iu);
  });

  it("a change about sponsors or images stays", () => {
    const post = single("### Features\n\n- Support the development server on Windows\n- Add a Docker image for arm64\n", PROJECT);
    expect(post).toContain("Support the development server on Windows");
    expect(post).toContain("Add a Docker image for arm64");
  });
});

describe("link words that only point at an issue", () => {
  it("go with the link, and the words that pointed", () => {
    const post = single("## Bug fixes\n\n- Fix the crash described [in this issue](https://github.com/acme/widgets/issues/12)\n- Follow redirects, see [this PR](https://github.com/acme/widgets/pull/13)\n", PROJECT);
    expect(post).toContain("• Fix the crash\n");
    expect(post).toContain("• Follow redirects\n");
    expect(post).not.toMatch(/this issue|this PR|described/u);
  });

  it("a page's own words stay", () => {
    const post = single("## Bug fixes\n\n- Fix [the issue](https://github.com/acme/widgets/issues/12) with nested configs\n", PROJECT);
    expect(post).toContain("Fix the issue with nested configs");
  });
});
