import { describe, expect, it } from "vitest";
import { phraseRateLimitReset } from "../../src/bluesky/errors.js";

const NOW = Date.parse("2026-12-02T10:00:00Z");

describe("phraseRateLimitReset", () => {
  it("phrases a reset Bluesky could send, and treats one no server sends (1e20, a year ago) as absent", () => {
    expect(phraseRateLimitReset({ "ratelimit-reset": String(NOW / 1000 + 600) }, NOW)).toBe("at 2026-12-02T10:10:00.000Z (in 10 minutes)");
    expect(phraseRateLimitReset({ "ratelimit-reset": "1e20" }, NOW)).toBeUndefined();
    expect(phraseRateLimitReset({ "ratelimit-reset": String(NOW / 1000 - 365 * 86_400) }, NOW)).toBeUndefined();
    expect(phraseRateLimitReset({}, NOW)).toBeUndefined();
  });
});
