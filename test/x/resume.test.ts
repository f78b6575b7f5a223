// Finding an earlier run's posts: X's way of showing a text (t.co, escapes, media links, note_tweet) matched to what
// release-tweet sends, and the few reads it makes to find them.
import { describe, expect, it } from "vitest";
import { isSamePost, parseTimelinePage, ThreadLookup, type LookupClient, type OwnPost } from "../../src/x/resume.js";

const own = (text: string, urls: OwnPost["urls"] = [], replyTo: string | null = null, id = "1"): OwnPost => ({ id, text, replyTo, urls });

describe("isSamePost", () => {
  it("matches a link X shows as t.co by where its entity says it leads", () => {
    const sent = "widget 1.2.0 is out!\n\nhttps://github.com/acme/widget/releases/tag/v1.2.0";
    const shown = own("widget 1.2.0 is out!\n\nhttps://t.co/AbC123xyZ9", [
      { url: "https://t.co/AbC123xyZ9", expandedUrl: "https://github.com/acme/widget/releases/tag/v1.2.0", media: false },
    ]);
    expect(isSamePost(sent, shown)).toBe(true);
    // The same words with another release's link are another post (a template of only "{url}" differs only there).
    const other = own("widget 1.2.0 is out!\n\nhttps://t.co/AbC123xyZ9", [
      { url: "https://t.co/AbC123xyZ9", expandedUrl: "https://github.com/acme/widget/releases/tag/v1.1.0", media: false },
    ]);
    expect(isSamePost(sent, other)).toBe(false);
  });

  it("reads a bare domain as X links it (http:// added) and ignores scheme, www. and a final slash", () => {
    expect(isSamePost("docs at example.com/guide", own("docs at https://t.co/x1", [{ url: "https://t.co/x1", expandedUrl: "http://example.com/guide", media: false }]))).toBe(true);
    expect(isSamePost("see https://www.Example.com/a/", own("see https://t.co/x2", [{ url: "https://t.co/x2", expandedUrl: "https://example.com/a", media: false }]))).toBe(true);
  });

  it("undoes X's escapes of &, < and > (and only once: &amp;lt; stays &lt;)", () => {
    expect(isSamePost("Fish & chips <3 > all", own("Fish &amp; chips &lt;3 &gt; all"))).toBe(true);
    expect(isSamePost("write &lt; in HTML", own("write &amp;lt; in HTML"))).toBe(true);
    expect(isSamePost("Fish & chips", own("Fish and chips"))).toBe(false);
  });

  it("drops the link X appends for attached media", () => {
    const shown = own("New logo! https://t.co/pic99", [{ url: "https://t.co/pic99", expandedUrl: "https://x.com/bot/status/5/photo/1", media: true }]);
    expect(isSamePost("New logo!", shown)).toBe(true);
  });

  it("compares NFC text with white space runs made one (X stores NFC)", () => {
    expect(isSamePost("cafe\u0301  menu\n\n• one", own("café menu • one"))).toBe(true);
    expect(isSamePost("café menu", own("café menus"))).toBe(false);
  });

  it("a link without its entity is compared by place only; a missing or extra link is a difference", () => {
    expect(isSamePost("see https://example.com", own("see https://t.co/zz"))).toBe(true);
    expect(isSamePost("see https://example.com", own("see"))).toBe(false);
    expect(isSamePost("see", own("see https://t.co/zz"))).toBe(false);
  });
});

describe("parseTimelinePage", () => {
  it("takes note_tweet's whole text and entities for a long post, replied_to for the parent, meta.next_token", () => {
    const page = parseTimelinePage(
      JSON.stringify({
        data: [
          {
            id: "20",
            text: "cut…",
            note_tweet: { text: "the whole long text https://t.co/a", entities: { urls: [{ url: "https://t.co/a", expanded_url: "https://e.com/", display_url: "e.com" }] } },
            referenced_tweets: [{ type: "quoted", id: "7" }, { type: "replied_to", id: "19" }],
          },
          { id: "19", text: "head https://t.co/m", entities: { urls: [{ url: "https://t.co/m", expanded_url: "https://x.com/b/status/19/photo/1", display_url: "pic.x.com/abc", media_key: "3_1" }] } },
          { id: "not-digits", text: "ignored" },
        ],
        meta: { result_count: 3, next_token: "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i" },
      }),
    );
    expect(page).toEqual({
      posts: [
        { id: "20", text: "the whole long text https://t.co/a", replyTo: "19", urls: [{ url: "https://t.co/a", expandedUrl: "https://e.com/", media: false }] },
        { id: "19", text: "head https://t.co/m", replyTo: null, urls: [{ url: "https://t.co/m", expandedUrl: "https://x.com/b/status/19/photo/1", media: true }] },
      ],
      nextToken: "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i",
    });
  });

  it("an empty page has no data; something else is not a page", () => {
    expect(parseTimelinePage('{"meta":{"result_count":0}}')).toEqual({ posts: [], nextToken: null });
    expect(parseTimelinePage("<html>")).toBeNull();
    expect(parseTimelinePage('{"data":{"id":"1"}}')).toBeNull();
  });
});

/** A scripted account: pages of posts (newest first), recording each read. */
function account(pages: OwnPost[][]) {
  const reads: string[] = [];
  const client: LookupClient = {
    getMe: () => {
      reads.push("me");
      return Promise.resolve({ id: "42", username: "bot" });
    },
    getOwnPosts: (userId, options) => {
      reads.push(`page ${options.paginationToken ?? "first"} of ${userId} (${options.maxResults})`);
      const index = options.paginationToken ? Number(options.paginationToken) : 0;
      return Promise.resolve({ posts: pages[index] ?? [], nextToken: index + 1 < pages.length ? String(index + 1) : null });
    },
  };
  return { client, reads };
}

describe("ThreadLookup", () => {
  it("reads the account once and one page sized for the thread, then answers from it", async () => {
    const { client, reads } = account([[own("2/2", [], "1", "2"), own("1/2", [], null, "1")]]);
    const lookup = new ThreadLookup(client, { threadLength: 2 });
    expect((await lookup.find("1/2", null))?.id).toBe("1");
    expect((await lookup.find("2/2", "1"))?.id).toBe("2");
    expect(lookup.findKnown("2/2", "1")?.id).toBe("2");
    expect(reads).toEqual(["me", "page first of 42 (12)"]);
    expect(lookup.requests).toBe(2);
  });

  it("a reply must answer the post before it: the same text under another parent is not it", async () => {
    const { client } = account([[own("2/2", [], "999", "2"), own("1/2", [], null, "1")]]);
    const lookup = new ThreadLookup(client, { threadLength: 2 });
    expect(await lookup.find("2/2", "1")).toBeNull();
  });

  it("goes to older pages only for a thread's first post, and reads at most three pages in all", async () => {
    const filler = (from: number) => Array.from({ length: 3 }, (_, i) => own(`other ${from + i}`, [], null, String(100 + from + i)));
    const { client, reads } = account([filler(0), filler(3), filler(6), [own("head", [], null, "1")]]);
    const lookup = new ThreadLookup(client, { threadLength: 3 });
    expect(await lookup.find("head", null)).toBeNull();
    expect(reads).toEqual(["me", "page first of 42 (13)", "page 1 of 42 (13)", "page 2 of 42 (13)"]);
    expect(await lookup.find("a reply", "5")).toBeNull();
    expect(reads).toHaveLength(4);
  });

  it("after a post is made, the next search reads the newest page again", async () => {
    const pages: OwnPost[][] = [[own("1/2", [], null, "1")]];
    const { client, reads } = account(pages);
    const lookup = new ThreadLookup(client, { threadLength: 2 });
    await lookup.find("1/2", null);
    pages[0] = [own("2/2", [], "1", "2"), own("1/2", [], null, "1")];
    lookup.markPosted();
    expect((await lookup.find("2/2", "1"))?.id).toBe("2");
    expect(reads).toEqual(["me", "page first of 42 (12)", "page first of 42 (12)"]);
  });

  it("a failed read is thrown as it is", async () => {
    const client: LookupClient = { getMe: () => Promise.reject(new Error("boom")), getOwnPosts: () => Promise.reject(new Error("unused")) };
    await expect(new ThreadLookup(client, { threadLength: 2 }).find("x", null)).rejects.toThrow("boom");
  });
});
