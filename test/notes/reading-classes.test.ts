// How notes are read and ranked, for classes of real notes: what users must act on before advice, breaking changes and
// removals said in Chinese, Japanese and Korean, notes written in two languages, asterisks that are code, and security
// fixes without a "Security" heading. The notes are real text (HTTPX, Alacritty, Easydict, Traefik), or built from it.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/notes/markdown.js";

describe("asterisks that are code, not emphasis", () => {
  it("'HostSNI(*) and Host(*)' keeps both asterisks; emphasis around words still goes", () => {
    // Traefik v3.7.7.
    const [fix] = readMarkdown("- **[rules]** Fix consistency between HostSNI(*) and Host(*) ([#13460](https://github.com/traefik/traefik/pull/13460) @juliens)").blocks;
    expect(fix!.text).toContain("Fix consistency between HostSNI(*) and Host(*)");
    const [plain] = readMarkdown("- keep *really* important, f(*x*) and _this_").blocks;
    expect(plain!.text).toBe("keep really important, f(x) and this");
  });
});
