import { describe, expect, it } from "vitest";
import { mustActUnlabelled } from "../../src/notes/kinds/kinds.js";

describe("a version range in a change", () => {
  it("raises the floor when it states what the package needs", () => {
    expect(mustActUnlabelled("chore: node >= `20.x`")).toBe(true);
    expect(mustActUnlabelled("engines: node >=20")).toBe(true);
  });
  it("raises nothing in a fix for the users of that version", () => {
    expect(mustActUnlabelled("Fix PO token sanitization for Python>=3.14.4")).toBe(false);
    expect(mustActUnlabelled("Fix a crash on Node >= 22.12")).toBe(false);
  });
});
