import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

describe("a conventional 'types' commit", () => {
  it("keeps its type as the place of the change, as a scope would be kept", () => {
    const notes = "### Bug Fixes\n\n- **types:** require unwrapped state in patch\n- **router:** keep the hash on reload\n";
    const post = single(notes);
    expect(post).toContain("• types: require unwrapped state in patch");
    expect(post).toContain("• router: keep the hash on reload");
  });

  it("reads 'types:' as a line of its own too", () => {
    expect(single("- types: accept readonly arrays in `defineStore`\n- fix: keep the hash on reload\n")).toContain("types: accept readonly arrays");
  });
});
