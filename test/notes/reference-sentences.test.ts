import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

describe("references the notes carry for GitHub's readers", () => {
  it("a commit named in brackets goes", () => {
    expect(cleanText("Integer overflow in `copyString` (commit 16e2efd867ea8567ffa012210b52ef5918e20817)")).toBe("Integer overflow in `copyString`");
  });

  it("a sentence of references only goes, after the change's own sentence", () => {
    expect(cleanText("Hinting can be restored via the `freetype-load-flags` configuration. GH-9253")).toBe("Hinting can be restored via the `freetype-load-flags` configuration.");
  });

  it("an image left as text because its address is a site template goes", () => {
    expect(cleanText("The REPL prints long values better. ![REPL example]({{ site.baseurl }}/img/repl.png)")).toBe("The REPL prints long values better.");
  });
});
