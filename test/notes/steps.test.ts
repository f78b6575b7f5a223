// A breaking change keeps what its paragraph tells users to do ("To keep X, add Y"), in a single and in a thread,
// past a sentence that only explains it.
import { describe, expect, it } from "vitest";
import { thread, posts } from "../support/composed.js";

const PROJECT = { repo: "widgets", owner: "acme", version: "3.0.0" };

const NOTES = `## 3.0.0

### Features

- add color picker
- support custom actions in upload

### ⚠ BREAKING CHANGES

Forms no longer register a default validator. Applications that use forms must configure a validator explicitly. To keep the previous behavior, add \`provideDefaultValidator()\` in \`app.config.ts\`.
`;

describe("a breaking change's step", () => {
  it("shows with the change in a single post", () => {
    const text = posts(NOTES, PROJECT).join("\n");
    expect(text).toContain("add `provideDefaultValidator()`");
  });
  it("shows with the change in a thread", () => {
    const text = thread(NOTES, PROJECT).join("\n");
    expect(text).toContain("Forms no longer register a default validator. To keep the previous behavior, add `provideDefaultValidator()`");
  });
  it("is only a step when the paragraph's change is breaking", () => {
    const notes = "## 3.0.0\n\n### Notes\n\nWe moved the docs site. Use the new address for bookmarks.\n";
    const text = posts(notes, PROJECT).join("\n");
    expect(text).not.toContain("Breaking");
  });
});
