import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "kit", owner: "acme", version: "0.26.0" };

describe("a change's label says the kind the notes' own section gives it", () => {
  it("keeps a memory bug's class under Bug Fixes a fix, with no security label the notes never claimed", () => {
    const notes = `## Bug Fixes

- Avoid potential integer overflow in \`kit.morphology.reconstruction\`
- Handle negative axis lengths in \`axis_major_length\`
`;
    const post = single(notes, PROJECT);
    expect(post).not.toMatch(/Security/u);
    expect(post).toMatch(/integer overflow/u);
  });

  it("keeps a way of going faster under Performance, not under New Features", () => {
    const notes = `## New Features

- Add new property \`intensity_median\` to \`regionprops\`

## Performance

- Add lazy loading to kit.segmentation
`;
    const post = single(notes, PROJECT);
    expect(post).toMatch(/Performance:\n• Add lazy loading/u);
  });

  it("labels a changesets entry's items by the bold sub-headings in its body, a feature among patch changes as one", () => {
    const notes = `## 0.13.5

### Patch Changes

- aa6f894e: ## v0.13.5 (August 27, 2024)

  **New features**

  - Tooltip: add skipDelayDuration prop

  **Bug fixes**

  - NumberField: only format when enabled
  - Combobox: close list on outside click
`;
    const post = single(notes, { ...PROJECT, version: "0.13.5" });
    expect(post).toMatch(/New features:\n• Tooltip: add skipDelayDuration prop/u);
    expect(post).toMatch(/Bug fixes:\n• NumberField/u);
    expect(post).not.toMatch(/Fixes:\n• Tooltip/u);
  });

  it("reads a bare verb section (Keep a Changelog's \"Add\") as its kind's label, never \"Add: Add …\"", () => {
    const notes = `## [4.0.0] - 2025-03-09

### Add

- Add \`command\` filter to \`tool status\`.

### Fixed

- Fix a crash on empty groups.
`;
    const post = single(notes, { ...PROJECT, version: "4.0.0" });
    expect(post).not.toMatch(/^Add:/mu);
    expect(post).toMatch(/• Add `command` filter/u);
  });
});
