// A launch post's pride in its community and its questions to the reader name no change of the release.
import { expect, it } from "vitest";
import { isBoilerplateEntry } from "../../src/notes/prose/prose.js";

it("reads the community's size as no change", () => {
  expect(isBoilerplateEntry("Our Discord server currently has ~12,400 members.")).toBe(true);
  expect(isBoilerplateEntry("On GitHub the repository has ~2,100 pull requests and ~1,900 issues closed.")).toBe(true);
  // A change that counts something stays one.
  expect(isBoilerplateEntry("The server now handles 10,000 connections per core.")).toBe(false);
});

it("reads a question to the reader with an abbreviation inside as no change", () => {
  expect(isBoilerplateEntry("Do you want to reach users on every platform (eg. Windows, Linux, iOS)?")).toBe(true);
});
