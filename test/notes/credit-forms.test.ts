// Credits and references in forms set J showed: a person's full name or a reference link to one after the change's
// number, a commit's short hash in brackets, an issue number opening the change's words.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("cleaning credits and references", () => {
  it("drops \"(#N by Full Name)\" and \"(#N by [Name][label])\"", () => {
    expect(cleanText("Add a SET statement to the dialect (#4927 by Ann de Vries)")).toBe("Add a SET statement to the dialect");
    expect(cleanText("Add regex functions (#5025 by [Bob Stone][bstone])")).toBe("Add regex functions");
  });

  it("drops a commit's short hash in brackets, alone or listed", () => {
    expect(cleanText("Security: Fixed insecure ciphers when ext-curl is missing (5e71d77e)")).toBe("Security: Fixed insecure ciphers when ext-curl is missing");
    expect(cleanText("Fixed the lock file (6621d45, d836b90, 5e08c764)")).toBe("Fixed the lock file");
  });

  it("drops an issue number that opens the change's words", () => {
    expect(cleanText("feat: #1600 提高超大文档的性能")).toBe("feat: 提高超大文档的性能");
    expect(cleanText("#1234 Speed up large documents")).toBe("Speed up large documents");
  });

  it("(guard) keeps words in brackets that are no hash, and a sort by name", () => {
    expect(cleanText("Sort the list by Name (case-insensitive)")).toBe("Sort the list by Name (case-insensitive)");
    expect(cleanText("Use the defaced palette (deadbeef)")).toBe("Use the defaced palette (deadbeef)");
  });
});
