import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

describe("attribute lists after headings and spans", () => {
  it("drops spaced and unspaced ids and classes, and kramdown's lines of attributes", () => {
    const notes = "## Lantern 3.0: Bye, Bye IE { #lantern-3.0 }\n\nLantern 3.0 drops IE11.\n\n## Faster rendering {#compiler .wide}\n\nThe new compiler makes templates 20% faster.\n{: .notice--info}\n\n## Glow [new]{.badge}\n\n- Add `{#id}` parsing to the glow renderer\n";
    const text = posts(notes, { version: "3.0.0", thread: true }).join("\n");
    expect(text).not.toMatch(/\{ ?#lantern|\{#compiler|\.notice--info|\{\.badge\}/u);
    expect(text).toMatch(/`\{#\u200B?id\}`/u);
  });
});
