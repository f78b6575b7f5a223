import { describe, expect, it } from "vitest";
import { DEFAULT_MASTODON_LIMITS, countableText, mastodonLength } from "../../src/mastodon/length.js";

describe("mastodonLength (Mastodon's StatusLengthValidator)", () => {
  it("counts grapheme clusters, not code units or code points", () => {
    expect(mastodonLength("héllo")).toBe(5);
    expect(mastodonLength("e\u0301")).toBe(1);
    expect(mastodonLength("👨‍👩‍👧‍👦🇯🇵")).toBe(2);
    expect(mastodonLength("日本語")).toBe(3);
  });

  it("counts every http(s) URL as the instance's characters_reserved_per_url, short or long", () => {
    expect(mastodonLength("https://x.io")).toBe(23);
    expect(mastodonLength(`see https://github.com/octo/widget/releases/tag/v1.2.0 now`)).toBe(4 + 23 + 4);
    expect(mastodonLength("https://x.io", { urlWeight: 30 })).toBe(30);
    expect(DEFAULT_MASTODON_LIMITS).toEqual({ maxCharacters: 500, urlWeight: 23 });
  });

  it("counts a bare domain as text (Mastodon extracts URLs with their scheme only)", () => {
    expect(mastodonLength("release-notes.md")).toBe(16);
    expect(mastodonLength("example.com")).toBe(11);
  });

  it("counts a mention without its domain", () => {
    expect(countableText("thanks @alice@mastodon.social!")).toBe("thanks @alice!");
    expect(mastodonLength("@alice@example.org")).toBe(6);
    expect(countableText("mail me: a@b.example")).toBe("mail me: a@b.example");
    expect(countableText("see example.org/@alice@other.example")).toBe("see example.org/@alice@other.example");
  });

  it("adds the content warning", () => {
    expect(mastodonLength("body", { spoilerText: "cw" })).toBe(6);
  });
});
