import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("what a cleaned change leaves behind", () => {
  it("a trailing 'See <url>' goes: the post has the release link already", () => {
    expect(cleanText("Added a `shutdown_timeout` setting. See https://docs.example.org/en/stable/advanced.html#graceful-shutdown")).toBe("Added a `shutdown_timeout` setting.");
    expect(cleanText("Added a `shutdown_timeout` setting (see https://docs.example.org/advanced.html).")).toBe("Added a `shutdown_timeout` setting.");
  });

  it("dashes left at the end when the name after them went, and a full stop typed twice after a quotation", () => {
    expect(cleanText("Fixed a crash for a request that has a location --.")).toBe("Fixed a crash for a request that has a location.");
    expect(cleanText('"tool help -a" shows the aliases, as does "tool help --no-verbose -a"..')).toBe('"tool help -a" shows the aliases, as does "tool help --no-verbose -a".');
    expect(cleanText("Runs `tool help -a`.. Then exits.")).toBe("Runs `tool help -a`. Then exits.");
  });

  it("a reference and its author in plain brackets at the end go; other brackets stay", () => {
    expect(cleanText("Remove CSRF code, use `Sec-Fetch-Site` header [#6874, deve1212]")).toBe("Remove CSRF code, use `Sec-Fetch-Site` header");
    expect(cleanText("Fix a crash in the scheduler (#12, #13, Jane Doe).")).toBe("Fix a crash in the scheduler.");
    expect(cleanText("Keep [brackets, like these] in prose")).toBe("Keep [brackets, like these] in prose");
    expect(cleanText("Sort by (name, date)")).toBe("Sort by (name, date)");
  });

  it("two dots inside code are code: a parent directory, a range", () => {
    expect(cleanText("Reject names with `..` segments")).toBe("Reject names with `..` segments");
    expect(cleanText("Paths like `../x` and '..' are refused")).toBe("Paths like `../x` and '..' are refused");
  });
});
