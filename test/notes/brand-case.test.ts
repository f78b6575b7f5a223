import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string): Release => ({ version: "2.0.0", tag: "v2.0.0", name: "v2.0.0", owner, repo, url: "", notes: "" });
const name = (owner: string, repo: string, notes: string): string => projectName(release(owner, repo), notes);

describe("project name: the brand's case as the notes write it", () => {
  it("a name in capitals in lowercase sentences is its spelling, not shouting: 'QUUXD'", () => {
    expect(name("acme", "quuxd", "- QUUXD now retries on timeouts.\n- Requests made by QUUXD carry a user agent.")).toBe("QUUXD");
  });

  it("a commit subject's lowercase does not outvote the capital the sentences give: 'Gadgetron'", () => {
    const notes = ["- feat!: ship gadgetron as ESM-only (#12)", "", "### BREAKING CHANGES", "", "- Gadgetron is now ESM-only.", "- Gadgetron now needs Node 22."].join("\n");
    expect(name("gadgetron", "gadgetron", notes)).toBe("Gadgetron");
  });

  it("a name with no vowel is no word to capitalise: 'grpcx', not 'Grpcx'", () => {
    expect(name("acme", "grpcx", "### Fixed\n- Handle empty headers. (#12)")).toBe("grpcx");
  });
});

describe("project name: the product the notes' title names, of which the repository's name is short", () => {
  it("a title's words that the slug abbreviates name the product: 'Google Calendar Group Switcher'", () => {
    expect(name("acme", "gcal-group-switcher", "# Google Calendar Group Switcher 2.0.0\n\n- Add a menu")).toBe("Google Calendar Group Switcher");
    expect(name("acme", "tq-cli", "## TypeScript Query CLI v2.0.0\n- Add a menu")).toBe("TypeScript Query CLI");
  });

  it("a title the slug does not spell is not the product's name", () => {
    expect(name("acme", "gcal-group-switcher", "# Google Calendar Tools 2.0.0\n\n- Add a menu")).toBe("gcal-group-switcher");
  });
});
