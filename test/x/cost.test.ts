// What a run costs on X: posts, which carry a link (twitter-text's extraction), write requests, the estimate.
import { describe, expect, it } from "vitest";
import { carriesLink, describeCost, formatDollars, planCost, runCost, X_PRICES } from "../../src/x/cost.js";

const DOC = "https://github.com/release-tweet/release-tweet/blob/main/docs/costs.md";
const posts = (...texts: string[]) => texts.map((text) => ({ text }));

describe("carriesLink", () => {
  it("sees what X links: URLs, and bare domains with a TLD (release-notes.md is one)", () => {
    expect(carriesLink("see https://github.com/acme/widget/releases/tag/v1.0.0")).toBe(true);
    expect(carriesLink("details in release-notes.md")).toBe(true);
    expect(carriesLink("no link here, version 1.2.3")).toBe(false);
  });
});

describe("runCost and describeCost", () => {
  it("a default thread: the link only in post 1, the dearer class once", () => {
    const cost = planCost(posts("widget 2.0 is out!\n\n• faster\n\nhttps://github.com/acme/widget/releases/tag/v2.0.0", "• fewer bugs", "+3 more changes in the full release notes."), null);
    expect(cost).toEqual({ posts: 3, postsWithLink: [1], writeRequests: 3, mediaUploadRequests: 0, altTextRequests: 0, readRequests: 0, estimateMills: 200 + 2 * 15 });
    expect(describeCost(cost)).toBe(`Cost on X: 3 posts (post 1 with a link) in 3 write requests (3 posts); about $0.23 at X's prices of 2026-04-20. See ${DOC}`);
  });

  it("an image adds its upload and alt text requests; uploads are not in the estimate, the alt text is", () => {
    const cost = planCost(posts("widget 2.0 is out!"), { mode: "chunked", segments: 2, uploadRequests: 4, altTextRequests: 1 });
    expect(cost).toMatchObject({ posts: 1, postsWithLink: [], writeRequests: 6, mediaUploadRequests: 4, altTextRequests: 1, estimateMills: 15 + 5 });
    expect(describeCost(cost)).toBe(
      `Cost on X: 1 post (none with a link) in 6 write requests (1 post, 4 media upload requests, 1 alt text request); about $0.02 at X's prices of 2026-04-20, media uploads not included. See ${DOC}`,
    );
  });

  it("a link still to come (the plugin's dry run: the release URL) counts for post 1", () => {
    expect(planCost(posts("widget 2.0 is out!"), null, true).postsWithLink).toEqual([1]);
    expect(describeCost(planCost(posts("a https://e.com", "b https://e.com/x"), null))).toContain("2 posts (all with a link)");
    expect(describeCost(planCost(posts("https://e.com"), null))).toContain("1 post (with a link)");
  });

  it("what a run sent: only the posts it made, with their numbers, and its reads", () => {
    const sent = runCost({ posts: [{ text: "4/5 • one", number: 4 }, { text: "5/5 see https://e.com", number: 5 }], readRequests: 2 });
    expect(describeCost(sent, "did")).toBe(
      `Sent to X: 2 posts (post 5 with a link) in 2 write requests (2 posts), and 2 read requests to find what an earlier run posted; about $0.215 at X's prices of 2026-04-20. See ${DOC}`,
    );
  });

  it("prices carry their date, and dollars print to the tenth of a cent", () => {
    expect(X_PRICES).toEqual({ date: "2026-04-20", post: 15, postWithUrl: 200, altText: 5 });
    expect([formatDollars(15), formatDollars(200), formatDollars(245), formatDollars(1_230), formatDollars(0)]).toEqual(["$0.015", "$0.20", "$0.245", "$1.23", "$0.00"]);
  });
});
