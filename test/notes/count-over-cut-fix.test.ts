// A single post that leaves breaking changes out says how many, rather than keep room for a security fix it can only
// show cut: "Compile with Go 1.12.9…" is not worth losing "(35 breaking)".
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "keystore", owner: "acme", version: "3.4.0" };

describe("the count of breaking changes left out", () => {
  it("stays in the closing line when the security fix could only show cut", () => {
    const breaking = Array.from({ length: 12 }, (_, i) => `- Remove the deprecated \`--legacy-flag-${i}\` option from the server command.`);
    const notes = [
      "### Breaking Changes",
      "",
      ...breaking,
      "",
      "### Security",
      "",
      "- Compile with Go 1.12.9 including Go 1.12.8 security fixes for the HTTP/2 server and the URL parser.",
      "",
      "### Features",
      "",
      "- Add learner members",
      "",
    ].join("\n");
    // A tight limit, where the closing line's long wording and the shortest cut of the fix do not both fit.
    const text = single(notes, { ...PROJECT, maxLength: 156 });
    expect(text).toMatch(/\+\d+ more changes \(\d+ breaking/u);
  });
});
