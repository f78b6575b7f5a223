// A security post's own opener, naming several versions, says what the post's opener says.
import { expect, it } from "vitest";
import { announcesRelease } from "../../src/notes/prose/prose.js";

it("reads 'Versions … have been released!' as the release announced again", () => {
  expect(announcesRelease("Acme Versions 6.1.7.9, 7.0.8.5, and 7.2.1.1 have been released!")).toBe(true);
  expect(announcesRelease("The fixes for 7.0 have been released to the mailing list but not yet tagged.")).toBe(false);
});
