import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

describe("an address the notes write as a code span", () => {
  it("stays a real link when the span is the address alone", () => {
    const text = posts("- Default proxy is now `https://proxy.lantern.dev/api/conversation`\n").join("\n");
    expect(text).toContain("`https://proxy.lantern.dev/api/conversation`");
  });

  it("stays quiet inside a command or for an example host", () => {
    const text = posts("- Run `lantern attach https://proxy.lantern.dev/s` to join\n- Set `https://example.com/hook` as the hook\n").join("\n");
    expect(text).not.toContain("proxy.lantern.dev/s");
    expect(text).not.toContain("example.com/hook");
  });
});
