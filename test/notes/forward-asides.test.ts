// An aside that points further into the notes has nothing to point at in a post.
import { expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

it("drops asides that point below or later, and keeps brackets that say something", () => {
  expect(cleanText("This is the first stable release (more on what that means later).")).toBe("This is the first stable release.");
  expect(cleanText("The cache moved (see below) to the data directory.")).toBe("The cache moved to the data directory.");
  expect(cleanText("New `serve` command (details below)")).toBe("New `serve` command");
  expect(cleanText("Drop support for old runtimes (below 3.8).")).toBe("Drop support for old runtimes (below 3.8).");
  expect(cleanText("Retry failed uploads (up to 3 times, later ones wait longer).")).toBe("Retry failed uploads (up to 3 times, later ones wait longer).");
});

it("closes a bracket's inner spaces outside code", () => {
  expect(cleanText("`rebuildFsCache` ( `JITI_REBUILD_FS_CACHE`)")).toBe("`rebuildFsCache` (`JITI_REBUILD_FS_CACHE`)");
  expect(cleanText("Fix the parser ( for nested lists )")).toBe("Fix the parser (for nested lists)");
  expect(cleanText("Print `( a )` as written")).toBe("Print `( a )` as written");
});
