import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/cleanup.js";

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

  it("two dots inside code are code: a parent directory, a range", () => {
    expect(cleanText("Reject names with `..` segments")).toBe("Reject names with `..` segments");
    expect(cleanText("Paths like `../x` and '..' are refused")).toBe("Paths like `../x` and '..' are refused");
  });
});
