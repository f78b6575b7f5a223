// The right items from structured notes: a monorepo's package bumps and package lists are no changes, what the notes file as test upkeep or as minor tweaks never takes the
// place of a change users meet.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "kiln", owner: "forge", version: "2026-06-05" };

// release-plan / lerna-changelog: a "Release (date)" heading over the packages published, then each section's pull
// requests grouped under the packages they touched.
const MONOREPO = [
  "## Release (2026-06-05)",
  "",
  "* @kiln/core 4.6.1 (patch)",
  "* @kiln/compat 4.1.20 (patch)",
  "* @kiln/vite 1.7.6 (patch)",
  "",
  "#### :bug: Bug Fix",
  "* `@kiln/compat`",
  "  * [#2758](https://github.com/forge/kiln/pull/2758) Fix a stack overflow on deep module graphs ([@ann](https://github.com/ann))",
  "* `@kiln/compat`, `@kiln/core`, `@kiln/vite`",
  "  * [#2760](https://github.com/forge/kiln/pull/2760) Stop spreading large arrays when resolving imports ([@ann](https://github.com/ann))",
  "",
  "#### :house: Internal",
  "* Other",
  "  * [#2762](https://github.com/forge/kiln/pull/2762) Tidy the release workflow ([@bo](https://github.com/bo))",
  "* `@kiln/vite`",
  "  * [#2763](https://github.com/forge/kiln/pull/2763) Move fixtures into one folder ([@bo](https://github.com/bo))",
  "",
  "#### Committers: 2",
  "- Ann ([@ann](https://github.com/ann))",
  "- Bo ([@bo](https://github.com/bo))",
  "",
].join("\n");

describe("a monorepo's release list", () => {
  it("shows no package version line and no release-date label, in the single post or the thread", () => {
    for (const text of [single(MONOREPO, PROJECT), ...thread(MONOREPO, PROJECT)]) {
      expect(text).not.toMatch(/\(patch\)/u);
      expect(text).not.toContain("Release (2026-06-05)");
    }
  });

  it("shows the change under a list of package names, not the list", () => {
    const text = thread(MONOREPO, PROJECT).join("\n");
    expect(text).toContain("Stop spreading large arrays");
    expect(text).not.toMatch(/`@\u200b?kiln\/compat`, `@\u200b?kiln\/core`/u);
  });

  it("files a change under the packages' list by its section, and lerna-changelog's \"Other\" labels nothing", () => {
    const text = thread(MONOREPO, PROJECT).join("\n");
    expect(text).toMatch(/Bug Fix:\n• Stop spreading large arrays/u);
    expect(text).not.toContain("Other:");
  });

  it("drops a paragraph of package bumps as it drops the list", () => {
    const notes = MONOREPO.replace("* @kiln/core 4.6.1 (patch)\n* @kiln/compat 4.1.20 (patch)\n* @kiln/vite 1.7.6 (patch)", "@kiln/core 4.6.1 (patch)\n@kiln/compat 4.1.20 (minor)");
    for (const text of thread(notes, PROJECT)) expect(text).not.toMatch(/\((?:patch|minor)\)/u);
  });
});

describe("test upkeep and minor tweaks", () => {
  it("never show a change to the project's own tests over a fix users meet", () => {
    const notes = [
      "## 1.25.0",
      "### Bug Fixes",
      "* **aws:** isolate tests from host AWS config files ([#7196](https://github.com/o/r/issues/7196))",
      "* **kube:** mock the kubeconfig in tests so they never read the user's file ([#7197](https://github.com/o/r/issues/7197))",
      "* **aws:** support `$duration` for `sso_session` ([#7100](https://github.com/o/r/issues/7100))",
      "* **direnv:** accept null loadedRC state ([#7317](https://github.com/o/r/issues/7317))",
      "* **helm:** remove the deprecated --client flag from the helm version command ([#7193](https://github.com/o/r/issues/7193))",
      "* **hg_state:** avoid a false-positive MERGING state ([#7329](https://github.com/o/r/issues/7329))",
      "* **install:** improve UX for the version option ([#7198](https://github.com/o/r/issues/7198))",
      "* **format:** allow empty text groups to set prev_fg/prev_bg ([#7201](https://github.com/o/r/issues/7201))",
      "",
    ].join("\n");
    const text = single(notes, { repo: "ship", owner: "o", version: "1.25.0" });
    expect(text).toContain("sso_session");
    expect(text).not.toContain("isolate tests");
    expect(text).not.toContain("kubeconfig");
  });

  it("file what the notes call minor after a change they list on its own line, in the single post and the thread", () => {
    const notes = [
      "## v0.39.0",
      "",
      "- Added a new \"SQL console\" section under _Settings > Debug_ that runs any raw SQL query from the UI.",
      "",
      "- Send system email alerts to superusers when an automated backup fails.",
      "",
      "- Various minor improvements and fixes:",
      "    - allowed word breaking in labels",
      "    - text contrast improvements",
      "    - fixed the logs bulk selection export error",
      "    - optimized the logs and records list rendering",
      "",
    ].join("\n");
    const options = { repo: "base", owner: "pocket", version: "0.39.0" };
    const text = single(notes, options);
    expect(text).toContain("SQL console");
    expect(text).toContain("email alerts");
    const after = (post: string): boolean => !post.includes("word breaking") || post.indexOf("email alerts") < post.indexOf("word breaking");
    expect(after(text)).toBe(true);
    const posts = thread(notes, options).join("\n");
    expect(posts).toContain("email alerts");
    expect(after(posts)).toBe(true);
  });
});
