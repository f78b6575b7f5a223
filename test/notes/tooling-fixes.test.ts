// A fix of the project's own tooling (its linters, type checker, CI, tests) is housekeeping, not a fix users get; a fix
// that goes on to say whose errors, or of the build users run, stays a fix.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";

describe("fixes of the project's own tooling", () => {
  it("are housekeeping", () => {
    for (const text of ["fix: lint errors", "Fix eslint warnings", "Fix clippy warnings", "Fix mypy errors", "Fix CI", "Fix the build on CI", "Fix tests", "Update test snapshots", "Resolve remaining pyright errors"]) {
      expect(readItem(text).kind, text).toBe("internal");
    }
  });

  it("stay fixes when they name what users meet", () => {
    for (const text of ["Fix TypeScript errors when using strict mode", "Fix build on macOS", "fix: crash when the config is empty"]) {
      expect(readItem(text).kind, text).toBe("fix");
    }
  });
});
