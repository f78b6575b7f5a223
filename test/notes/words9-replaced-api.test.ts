// An API element one code name replaces ("The `output_intent` string entry replaces the `srgb` boolean") is gone:
// users of the old one must act, as with a flag "replaced by" another.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";

describe("a code-named API element replaced by another", () => {
  it("is a breaking change, in the active voice too", () => {
    expect(readItem("The `output_intent` string entry replaces the `srgb` boolean in default options.").kind).toBe("breaking");
    expect(readItem("`timeout_ms` now replaces the `timeout` parameter").kind).toBe("breaking");
  });

  it("is not when no API element is named: a library swapped, or prose without code", () => {
    expect(readItem("`fast-glob` replaces `glob` for file matching").kind).not.toBe("breaking");
    expect(readItem("The new parser replaces the old option handling").kind).not.toBe("breaking");
  });
});
