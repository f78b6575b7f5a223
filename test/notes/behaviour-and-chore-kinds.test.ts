// Behaviour changes users meet rank with changes; commit-shaped chores (reverts, branch names, badges, tests, lint
// configs, changelog) are internal; "Upgrade guide" is no dependency update.
import { describe, expect, it } from "vitest";
import { headingMeaning, readItem } from "../../src/notes/kinds/kinds.js";

const kind = (text: string) => readItem(text).kind;

describe("kinds of commit-shaped and behaviour items", () => {
  it("split, re-defaulted and updated rules are changes users meet", () => {
    expect(kind("Split `wrapConditionalBodies` into `wrapIfStatementBodies` and `wrapGuardStatementBodies`")).toBe("change");
    expect(kind("Updated `redundantSendable` rule to be disabled by default")).toBe("change");
    expect(kind("Updated `noGuardInTests` rule to apply to guard-like if statements")).toBe("change");
    expect(kind("Enabled `isEmpty` rule by default")).toBe("change");
    expect(kind("Update `lodash` to 4.17.21")).not.toBe("change");
  });

  it("reverts of commits, branch-name titles, badges, tests, lint configs and changelog are internal", () => {
    expect(kind('Revert "Add composite index to jobs table migration"')).toBe("internal");
    expect(kind("Fix/menudrawer tbd index")).toBe("internal");
    expect(kind("Add summary NuGet badges")).toBe("internal");
    expect(kind("add typed builder/guard tests and external limiter lifetime test")).toBe("internal");
    expect(kind("Delete actionlint config")).toBe("internal");
    expect(kind("Fix after-release and update CHANGELOG")).toBe("internal");
    expect(kind("Fix flaky mutants")).toBe("internal");
    // A badge generator's badges are its product.
    expect(kind("add for-the-badge style svg rendering")).not.toBe("internal");
  });

  it("'Respect …' fixes what was ignored", () => {
    expect(kind("Respect override for PipelineExecuting and PipelineExecuted")).toBe("fix");
  });

  it("an upgrade guide's heading is no dependency update", () => {
    expect(headingMeaning("Upgrade guide")).toBe("generic");
    expect(headingMeaning("Upgrade instructions")).toBe("generic");
    expect(headingMeaning("Upgrading")).toBeNull();
  });
});
