import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const NOTES = `Features
--------

- \`#1027 <https://github.com/octo/lantern/pull/1027>\`_:\`\`glowd\`\` workers now run in the main thread, due to some internal \`execnet\`\` details.
- :pr:\`12\`:\`\`glow\`\` now works with :func:\`beam\` and :py:meth:\`Lamp.lit\`.
`;

describe("RST roles and literals leave no colon and glue no span", () => {
  it("takes a glued reference's colon with it and closes a half literal", () => {
    const text = posts(NOTES, { thread: true }).join("\n");
    expect(text).toContain("• `glowd` workers now run");
    expect(text).toContain("internal `execnet` details");
    expect(text).toContain("• `glow` now works with `beam` and `Lamp.lit`");
    expect(text).not.toMatch(/:`|`details/u);
  });
});
