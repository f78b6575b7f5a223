// A plain-text NEWS entry's header line — version, date, who made the release and their address — is frame, not a
// change: no post shows it, and no e-mail address ever reaches a post.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "chatter", owner: "chatter", version: "1.4.3" };

describe("a NEWS header line signed by a team and its address", () => {
  const notes = [
    "v1.4.3 2026-10-31  The Chatter team <staff@chatter.example.org>",
    "\t- Fix freeze on Alt+arrows (#1416, #1417)",
    "\t- Fix crash on /upgrade (#1399)",
    "",
  ].join("\n");
  it("shows neither the line, the team nor the address", () => {
    for (const text of [single(notes, PROJECT), thread(notes, PROJECT).join("\n")]) {
      expect(text).not.toMatch(/2026-10-31|Chatter team|staff|@chatter/u);
      expect(text).toContain("• Fix freeze on Alt+arrows");
    }
  });
  it("also when a person signs it", () => {
    const signed = notes.replace("The Chatter team", "Jane Q. Doe");
    expect(single(signed, PROJECT)).not.toMatch(/Jane|Doe|staff/u);
  });
});
