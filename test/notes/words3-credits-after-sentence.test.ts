import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("credits and bug numbers PHP's NEWS and mypy's notes write", () => {
  it("a bracket of only people after a finished sentence is a credit; content brackets stay", () => {
    expect(cleanText("Deprecated passing incorrect data types to ext/hash functions. (nielsdos)")).toBe("Deprecated passing incorrect data types to ext/hash functions.");
    expect(cleanText("Deprecated x in the core. (nielsdos) . Added y to the core.")).toBe("Deprecated x in the core. Added y to the core.");
    expect(cleanText("Added SSE2 and SHA-NI implementation of SHA-256. (timwolla, Colin Percival, Graham Percival)")).toBe("Added SSE2 and SHA-NI implementation of SHA-256.");
    expect(cleanText("Updated config.sub to 2024-05-27. (Peter Kokot)")).toBe("Updated config.sub to 2024-05-27.");
    // Not people: a qualifier, code, a version.
    expect(cleanText("Added a new sandbox mode. (experimental)")).toBe("Added a new sandbox mode. (experimental)");
    expect(cleanText("Fixed the serializer output. (html5_serializer)")).toBe("Fixed the serializer output. (html5_serializer)");
  });

  it("people with the pull request's number in one bracket go", () => {
    expect(cleanText("Add implicit module dependency if using t-string (Jukka Lehtosalo, PR 20900)")).toBe("Add implicit module dependency if using t-string");
    expect(cleanText("Add support for Python 3.14 t-strings (PEP 750) (Neil Schemenauer and Brian Schubert, PR 20850)")).toBe("Add support for Python 3.14 t-strings (PEP 750)");
  });

  it("a fixed bug's number goes and its bracketed title reads as what was fixed", () => {
    expect(cleanText("Fixed bug #51558 (Shared readline build fails).")).toBe("Fixed bug: Shared readline build fails.");
    expect(cleanText("Fixed bug GH-15192 (Segmentation fault in dom extension (html5_serializer)). (nielsdos)")).toBe("Fixed bug: Segmentation fault in dom extension (html5_serializer).");
    expect(cleanText("Fixed bug GH-15240 (Infinite recursion in trait hook). (ilutov)")).toBe("Fixed bug: Infinite recursion in trait hook.");
  });
});
