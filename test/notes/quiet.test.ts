import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { xRules } from "../../src/notes/networks.js";
import { compose } from "../../src/notes/compose.js";
import { quietBareDomains, quietMentions, quietTags } from "../../src/notes/text/quiet.js";
import { mentionOffsets, weightedLength } from "../../src/notes/text/x-text.js";

const release = { version: "2.0.0", tag: "v2.0.0", name: "v2.0.0", repo: "tool", owner: "acme", url: "https://github.com/acme/tool/releases/tag/v2.0.0" };

describe("quietBareDomains", () => {
  it("keeps X from linking file names and dotted names that were plain text in the notes", () => {
    const rules = xRules();
    for (const text of ["see release-notes.md", "run translate.py", "use datetime.date", "the Radio.Group component", "example.co.uk"]) {
      const quiet = quietBareDomains(text, rules);
      expect(twitterText.extractUrls(quiet), text).toEqual([]);
      expect(quiet.replaceAll("\u2024", ".")).toBe(text);
      expect(quiet).not.toMatch(/\u200B/u);
    }
  });

  it("a dotted name a link would only start gets a leader for each of its dots, so it reads the same throughout", () => {
    const quiet = quietBareDomains("use `structlog.dev.ConsoleRenderer` now", xRules());
    expect(quiet).toBe("use `structlog\u2024dev\u2024ConsoleRenderer` now");
    expect(twitterText.extractUrls(quiet)).toEqual([]);
  });

  it("leaves links written with their scheme alone", () => {
    const text = "docs at https://example.com/guide.md";
    expect(quietBareDomains(text, xRules())).toBe(text);
  });

  it("quiets a URL with its scheme that stands in a code span: an example command, which GitHub shows as text", () => {
    const text = "attach to remote sessions (eg. `zellij attach https://example.com/my-cool-session`) or https://zellij.dev/news";
    const quiet = quietBareDomains(text, xRules());
    expect(twitterText.extractUrls(quiet)).toEqual(["https://zellij.dev/news"]);
    expect(quiet.replaceAll("\u2024", ".")).toBe(text);
    expect(twitterText.extractUrls(quietBareDomains("`curl https://api.x.com/2/tweets`", xRules()))).toEqual([]);
  });
});

describe("quietTags", () => {
  it("leaves X no hashtag or cashtag that the notes did not mean, and reads the same", () => {
    const text = "Respect $TERM and `#ifdef` guards; C# and #123 and $1.00 stay as they are";
    expect(twitterText.extractHashtags(text)).toEqual(["ifdef"]);
    expect(twitterText.extractCashtags(text)).toEqual(["TERM"]);
    const quiet = quietTags(text);
    expect(twitterText.extractHashtags(quiet)).toEqual([]);
    expect(twitterText.extractCashtags(quiet)).toEqual([]);
    expect(quiet.replaceAll("\u200B", "")).toBe(text);
  });

  it("applies to the notes on X, not to the template's own hashtags", () => {
    const [post] = compose({ ...release, notes: "- read $TERM for colours" }, { template: "{repo} {version} #release\n\n{notes}" });
    expect(twitterText.extractHashtags(post!.text)).toEqual(["release"]);
    expect(twitterText.extractCashtags(post!.text)).toEqual([]);
  });
});

describe("quietMentions", () => {
  it("leaves X no mention to notify, for GitHub handles and npm scopes alike", () => {
    const text = "Thanks @octocat! Bumped @semantic-release/github and ＠fullwidth";
    expect(mentionOffsets(text)).toHaveLength(3);
    const quiet = quietMentions(text);
    expect(mentionOffsets(quiet)).toEqual([]);
    // Only zero-width spaces were added: the text reads the same.
    expect(quiet.replaceAll("\u200B", "")).toBe(text);
  });

  it("does not touch an @ inside a URL or an e-mail address", () => {
    const text = "See https://example.com/@user/post and mail me@example.com";
    expect(quietMentions(text)).toBe(text);
  });

  it("costs one weighted character per mention", () => {
    const text = "by @a and @b";
    expect(weightedLength(quietMentions(text))).toBe(weightedLength(text) + 2);
  });

  it("applies to the notes, not to the template the maintainer wrote", () => {
    const [post] = compose(
      { ...release, notes: "- fix the parser for @someone/plugin users" },
      { template: "{repo} {version} by @acme_hq\n\n{notes}" },
    );
    expect(post!.text).toContain("by @acme_hq");
    expect(post!.text).toContain("@\u200Bsomeone/plugin");
    expect(mentionOffsets(post!.text)).toEqual([post!.text.indexOf("@acme_hq")]);
  });

  it("applies to the release's own fields too (a GitHub release title is not written for X)", () => {
    const [post] = compose(
      { ...release, name: "@scope/tool 2.0 — thanks @octocat", notes: null },
      { template: "{name} is out, cc @acme_hq {url}" },
    );
    expect(post!.text).toContain("@\u200Bscope/tool 2.0 — thanks @\u200Boctocat");
    // Only the template's own mention is left for X to see.
    expect(mentionOffsets(post!.text)).toEqual([post!.text.indexOf("@acme_hq")]);
    expect(post!.text).toContain(release.url);
  });
});
