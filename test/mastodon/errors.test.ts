import { describe, expect, it } from "vitest";
import { phraseResetHeader } from "../../src/mastodon/errors.js";

const NOW = Date.parse("2026-12-02T10:00:00Z");

describe("phraseResetHeader", () => {
  it("phrases a reset Mastodon could send, and treats one no server sends (year 275760, a year ago) as absent", () => {
    expect(phraseResetHeader("2026-12-02T10:05:00.000Z", NOW)).toBe("at 2026-12-02T10:05:00.000Z (in 5 minutes)");
    expect(phraseResetHeader("+275760-09-13T00:00:00.000Z", NOW)).toBeUndefined();
    expect(phraseResetHeader("2025-12-02T10:05:00.000Z", NOW)).toBeUndefined();
    expect(phraseResetHeader("soon", NOW)).toBeUndefined();
  });
});
