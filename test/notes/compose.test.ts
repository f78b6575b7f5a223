import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { compose, composePosts, DEFAULT_MAX_POSTS, DEFAULT_TEMPLATE } from "../../src/notes/compose.js";
import type { ReleaseTweetError } from "../../src/core/errors.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v1.2.0";
const release = (notes: string | null, extra: Partial<Release> = {}): Release => ({
  version: "1.2.0", tag: "v1.2.0", name: "v1.2.0", repo: "widget", owner: "octo", url: URL, notes, ...extra,
});
const failure = (run: () => unknown): ReleaseTweetError => {
  try {
    run();
  } catch (caught) {
    return caught as ReleaseTweetError;
  }
  throw new Error("expected an error");
};
const items = (count: number, word = "improvement") =>
  Array.from({ length: count }, (_, index) => `* ${word} number ${index + 1} for the widget parser`).join("\n");
const texts = (notes: string, options = {}) => compose(release(notes), options).map((post) => post.text);

describe("compose: one post", () => {
  it("uses the default template: the project, its version, the notes, the link", () => {
    const [post, ...rest] = compose(release("### Features\n\n* add dark mode ([#3](https://github.com/octo/widget/issues/3))"));
    expect(rest).toEqual([]);
    expect(post!.text).toBe(`widget 1.2.0 is out!\n\nFeatures:\n• Add dark mode\n\n${URL}`);
    expect(post!.weightedLength).toBe(twitterText.parseTweet(post!.text).weightedLength);
    expect(DEFAULT_TEMPLATE).toContain("{notes}");
  });

  it("null or empty notes collapse without blank lines", () => {
    expect(texts("")[0]).toBe(`widget 1.2.0 is out!\n\n${URL}`);
    expect(compose(release("  \n"), { template: "{repo} {version}: {notes} ({url})" })[0]!.text).toBe(`widget 1.2.0 (${URL})`);
    expect(compose(release(null, { url: "" }), { template: "{repo} {version}: {notes} ({url})" })[0]!.text).toBe("widget 1.2.0");
  });

  it("puts breaking changes and security fixes first, then features, then fixes; chores and bumps never", () => {
    const notes = `### Bug Fixes
* fix a crash on empty input
### Features
* add a --json flag
### Chores
* update CI workflow
### ⚠ BREAKING CHANGES
* drop Node 18
### Security
* escape titles in the HTML report`;
    expect(texts(notes)[0]).toBe(
      `widget 1.2.0 is out!\n\n⚠️ Breaking changes:\n• drop Node 18\n\nSecurity:\n• escape titles in the HTML report\n\nFeatures:\n• add a --json flag\n\nBug Fixes:\n• fix a crash on empty input\n\n+1 more change\n\n${URL}`,
    );
  });

  it("says how much it left out, in the notes' language", () => {
    const [post] = texts(`### Bug Fixes\n\n${items(40, "fix")}`);
    expect(post).toMatch(/\n\+\d+ more fixes\n\nhttps/u);
    const shown = post!.split("\n").filter((line) => line.startsWith("• ")).length;
    expect(Number(/\+(\d+) more/u.exec(post!)![1])).toBe(40 - shown);
    expect(texts(Array.from({ length: 30 }, (_, i) => `- 修复第 ${i + 1} 个组件的样式问题`).join("\n"))[0]).toMatch(/另有 \d+ 项更新/u);
    expect(texts(Array.from({ length: 30 }, (_, i) => `- コンポーネント ${i + 1} の不具合を修正しました`).join("\n"))[0]).toMatch(/ほか \d+ 件の変更/u);
  });

  it("shows whole changes: one too long is passed over for the next that fits, and counted", () => {
    const long = `* ${"a very long change description ".repeat(12)}`;
    const [post] = texts(`### Features\n${long}\n* short one\n* short two`);
    expect(post).toContain("• short one\n• short two");
    expect(post).not.toContain("a very long");
    expect(post).toContain("+1 more feature");
  });

  it("shortens the top change at a sentence, or after whole words with '…', when nothing fits whole", () => {
    const sentences = texts(`* Adds the new engine. ${"It is described at length here. ".repeat(20)}`)[0];
    expect(sentences).toContain("• Adds the new engine. It is described at length here.");
    expect(sentences).not.toMatch(/[.,;:!?]…/u);
    const words = texts(`* ${"word ".repeat(80)}(with a note) and \`code\` at the end`, { maxLength: 120 })[0];
    expect(words).toMatch(/• (word ){3,}word…\n/u);
  });

  it("fills a Premium post too", () => {
    const [post] = compose(release(items(2000)), { maxLength: 25_000 });
    expect(post!.weightedLength).toBeLessThanOrEqual(25_000);
    expect(post!.weightedLength).toBeGreaterThanOrEqual(0.85 * 25_000);
  });

  it("counts CJK and emoji as X does and never splits an emoji or a CJK word", () => {
    const [post] = compose(release(`* ${"日本語の長い説明文です。".repeat(30)}\n* 👩‍👩‍👧 family 🇯🇵 flag`));
    expect(post!.weightedLength).toBeLessThanOrEqual(280);
    expect(post!.weightedLength).toBe(twitterText.parseTweet(post!.text).weightedLength);
    expect(post!.text).toContain("• 👩‍👩‍👧 family 🇯🇵 flag");
  });

  it("never cuts inside a URL", () => {
    const link = "https://example.com/a/very/long/path/that/should/stay/whole";
    const notes = `* ${"word ".repeat(50)}${link} ${"tail ".repeat(50)}`;
    for (let max = 120; max < 360; max += 7) {
      const text = compose(release(notes), { maxLength: max, template: "{notes}" })[0]!.text;
      const found = text.match(/https:\/\/\S*/u)?.[0];
      if (found !== undefined) expect(found.replace(/…$/u, "")).toBe(link);
    }
  });

  it("keeps notes from mentioning or linking strangers: @handles and file names stay quiet", () => {
    const [post] = texts("* support `release-notes.md` and datetime.date, thanks @someone for the review of @scope/pkg");
    expect(twitterText.extractMentions(post!)).toEqual([]);
    expect(twitterText.extractUrls(post!)).toEqual([URL]);
    expect(post!.replaceAll("\u2024", ".")).toContain("support `release-notes.md` and datetime.date");
  });

  it("a project or release name that looks like a domain ('shields.rs') links nowhere; the release link stays", () => {
    const [post] = compose(release("* a change", { repo: "shields.rs", name: "shields.rs v1.2.0" }), { template: "{repo} {version} ({name}) {notes} {url}" });
    expect(twitterText.extractUrls(post!.text)).toEqual([URL]);
    expect(post!.text.replaceAll("\u2024", ".")).toContain("shields.rs 1.2.0 (shields.rs v1.2.0)");
    const [opener] = texts("* a change", {});
    expect(twitterText.extractUrls(compose(release("* a change", { repo: "shields.rs" }))[0]!.text)).toEqual([URL]);
    expect(opener).toContain("widget 1.2.0 is out!");
  });

  it("the template's own mentions and links are meant and stay", () => {
    const [post] = compose(release("* a change"), { template: "@widget {version} is out: see example.com {url}" });
    expect(twitterText.extractMentions(post!.text)).toEqual(["widget"]);
    expect(twitterText.extractUrls(post!.text)).toEqual(["example.com", URL]);
  });

  it("validates options with clear errors", () => {
    expect(failure(() => compose(release("x"), { maxLength: 0 })).code).toBe("EMAXLENGTH");
    expect(failure(() => compose(release("x"), { maxLength: 25_001 })).code).toBe("EMAXLENGTH");
    expect(failure(() => compose(release("x"), { maxLength: 12.5 })).code).toBe("EMAXLENGTH");
    expect(failure(() => compose(release("x"), { maxPosts: 0 })).code).toBe("EMAXPOSTS");
    expect(failure(() => compose(release("x"), { template: "{vershun}" })).code).toBe("ETEMPLATE");
    expect(failure(() => compose(release("x"), { maxLength: 30 })).code).toBe("ETEMPLATETOOLONG");
    expect(failure(() => compose(release(null, { version: "", repo: "", url: "" }), { template: "{repo}{notes}" })).code).toBe("EEMPTYPOST");
    expect(failure(() => compose(release("x"), { maxLength: 30 })).message).toMatch(/already \d+ characters as X counts them, over the limit of 30/u);
  });

  it("names the settings as the door calls them", () => {
    const names = { maxLength: "--max-length", thread: "--thread", maxPosts: "--max-posts", numbering: "--numbering" };
    const badLength = failure(() => compose(release("* a"), { maxLength: 0, settingNames: names }));
    expect(badLength.message).toMatch(/^--max-length /u);
    expect(failure(() => compose(release("* a"), { maxPosts: 99, settingNames: names })).message).toMatch(/^--max-posts must be a whole number from 1 to 25/u);
    const template = failure(() => compose(release("* a"), { template: `${"x".repeat(300)} {notes}`, settingNames: names }));
    expect(template.code).toBe("ETEMPLATETOOLONG");
    expect(template.fix).toMatch(/raise --max-length/u);
  });

  it("does not mutate the release", () => {
    const input = release("* a");
    const copy = structuredClone(input);
    compose(input, { thread: true });
    expect(input).toEqual(copy);
  });
});

describe("compose: what comes first", () => {
  it("a breaking change to a beta or experimental API comes after the breaking changes every user meets", () => {
    const notes = "### Major Changes\n\n- BREAKING CHANGE to the v6 beta Adapter API only: renames `entryType`\n- Removes the session `test` driver\n\n### Patch Changes\n\n- Fix a typo";
    const [post] = texts(notes);
    expect(post!.indexOf("Removes the session")).toBeGreaterThan(0);
    expect(post!.indexOf("Removes the session")).toBeLessThan(post!.indexOf("v6 beta Adapter API"));
    expect(post).not.toContain("Major Changes");
  });
});

describe("compose: labels", () => {
  it("an unlabelled change after a labelled group gets its kind's label: it must not read as part of that group", () => {
    const notes = "### Breaking Changes\n\n- Drop Python 3.8\n\n### Changes\n\n- Added support for Python 3.14\n- Fixed a crash on empty input\n";
    const [post] = texts(notes);
    expect(post).toContain("⚠️ Breaking changes:\n• Drop Python 3.8\n\nFeatures:\n• Added support for Python 3.14\n\nFixes:\n• Fixed a crash on empty input");
  });

  it("an item's leading marker that its label already shows is not shown twice", () => {
    const [post] = texts("### 🚨 Breaking Changes\n\n- ⚠️  Support custom `AbortSignal`\n\n### ✨ Added\n\n- ✨ allow setting total iops\n- 🐛 fix a crash\n");
    expect(post).toContain("⚠️ Breaking changes:\n• Support custom `AbortSignal`");
    expect(post).toContain("✨ Added:\n• allow setting total iops\n• 🐛 fix a crash");
  });

  it("a line that only says what the notes are is not posted, wherever it stands", () => {
    const [ja] = texts("## 概要\n\nkintone UI Component v1.0.4 のリリースノートです。\n\n## 修正\n\n- グループフィールド内でも動くように\n");
    expect(ja).not.toContain("リリースノートです");
    const [en] = texts("## Overview\n\nThese are the release notes for 2.1.\n\n## Fixes\n\n- Fix the parser\n");
    expect(en).not.toContain("release notes for");
  });

  it("with no label anywhere, the changes stand as a plain list", () => {
    const [post] = texts("- Add a cache\n- Fix a crash\n");
    expect(post).toContain("is out!\n\n• Add a cache\n• Fix a crash\n\n");
  });

  it("keeps the line that counts what is left out when a label takes room: a change goes back instead", () => {
    const long = (n: number) => `- Added support for feature number ${n} with a description long enough to fill a line`;
    const notes = `### Breaking Changes\n\n- Drop Python 3.8\n\n### Changes\n\n${[1, 2, 3, 4, 5].map(long).join("\n")}\n`;
    const [post] = texts(notes);
    expect(post).toMatch(/\+\d more features?/u);
  });
});

describe("compose: security first", () => {
  it("in a security section, the fixes that name a vulnerability come before hardening and dependency updates", () => {
    const notes = "### Security\n\n- Add finer permission requirements for managing webhooks\n- Update dependencies\n- Fix possible XSS in preview cards (CVE-2023-36459)\n- Fix arbitrary file creation through media processing (CVE-2023-36460)\n";
    const [post] = texts(notes);
    expect(post).toContain("Security:\n• Fix possible XSS in preview cards (CVE-2023-36459)\n• Fix arbitrary file creation through media processing (CVE-2023-36460)\n");
  });
});

describe("compose: the opener", () => {
  it("names the project as readers know it: the package, the title's product name, the notes' spelling, owner/repo", () => {
    expect(texts("")[0]).toMatch(/^widget 1\.2\.0 is out!/u);
    expect(compose(release("", { project: "@octo/widget" }))[0]!.text).toMatch(/^@\u200Bocto\/widget 1\.2\.0 is out!/u);
    expect(compose(release("", { name: "Widget Pro 1.2.0", repo: "widget-pro" }))[0]!.text).toMatch(/^Widget Pro 1\.2\.0 is out!/u);
    expect(compose(release("* Widget now starts faster. The Widget team thanks you.", {}))[0]!.text).toMatch(/^Widget 1\.2\.0 is out!/u);
    // The whole product's repository of an organisation named for it ("vuejs", "stenciljs") is the product.
    expect(compose(release("* faster", { repo: "core", owner: "vuejs" }))[0]!.text).toMatch(/^Vue 1\.2\.0 is out!/u);
    expect(compose(release("* faster", { repo: "core", owner: "acme" }))[0]!.text).toMatch(/^acme\/core 1\.2\.0 is out!/u);
    // A heading in capitals shouts the name; it does not spell it. An acronym is spelt so.
    expect(compose(release("# HTOP 3.5.0\n\n* HTOP now sorts by PSS", { repo: "htop" }))[0]!.text).toMatch(/^htop 1\.2\.0 is out!/u);
    expect(compose(release("* GCC 14 builds it", { repo: "gcc" }))[0]!.text).toMatch(/^GCC 1\.2\.0 is out!/u);
  });

  it("names a generic repository by the product its owner's name spells in the notes", () => {
    const opener = (notes: string, owner: string, repo: string) => compose(release(notes, { owner, repo }))[0]!.text.split("\n")[0];
    expect(opener("* SvelteKit now prerenders faster", "sveltejs", "kit")).toBe("SvelteKit 1.2.0 is out!");
    expect(opener("* Node.js now ships npm 11", "nodejs", "node")).toBe("Node.js 1.2.0 is out!");
    expect(opener("* Laravel now requires PHP 8.3", "laravel", "framework")).toBe("Laravel 1.2.0 is out!");
    // A two-letter name is the product when the notes call it so, or its owner starts with it; alone it says nothing.
    expect(opener("* k6 now runs TypeScript\n* `k6 cloud` is gone", "grafana", "k6")).toBe("k6 1.2.0 is out!");
    expect(opener("* faster", "jj-vcs", "jj")).toBe("jj 1.2.0 is out!");
    expect(opener("* faster", "octo", "ab")).toBe("octo/ab 1.2.0 is out!");
    expect(opener("* X now has themes", "ant-design", "x")).toBe("ant-design/x 1.2.0 is out!");
    // A CLI is not its company: it is the company's CLI, where the notes name the company.
    expect(opener("* Stripe webhooks can be replayed", "stripe", "cli")).toBe("Stripe CLI 1.2.0 is out!");
    expect(opener("* `npm install` no longer runs `prepare` twice\n* npm now needs Node 18", "npm", "cli")).toBe("npm CLI 1.2.0 is out!");
    expect(opener("* webhooks can be replayed", "stripe", "cli")).toBe("stripe/cli 1.2.0 is out!");
    expect(opener("* Nuxt Image now supports AVIF", "nuxt", "image")).toBe("Nuxt Image 1.2.0 is out!");
    expect(opener("* supports AVIF", "nuxt", "image")).toBe("nuxt/image 1.2.0 is out!");
  });

  it("names a monorepo's release by the package its tag names, as the notes spell it", () => {
    const opener = (notes: string, tag: string) => compose(release(notes, { owner: "formatjs", repo: "formatjs", tag }))[0]!.text.split("\n")[0];
    expect(opener("* faster plural rules", "react-intl@10.1.20")).toBe("react-intl 1.2.0 is out!");
    expect(opener("* React Intl now formats lists", "react-intl@10.1.20")).toBe("React Intl 1.2.0 is out!");
    expect(opener("* faster", "@formatjs/intl@2.0.0")).toBe("@\u200Bformatjs/intl 1.2.0 is out!");
    // The package's own name, its "@" kept from mentioning anyone.
    expect(opener("* faster", "@vue/core@2.0.0")).toBe("@\u200Bvue/core 1.2.0 is out!");
    expect(opener("* SvelteKit now prerenders", "@sveltejs/kit@2.0.0")).toBe("SvelteKit 1.2.0 is out!");
    expect(opener("* faster", "storage-v1.4.0")).toBe("storage 1.2.0 is out!");
    expect(opener("* faster", "v1.2.0")).toBe("formatjs 1.2.0 is out!");
  });

  it("drops the notes' own announcement instead of saying it twice", () => {
    const [post] = texts("v1.2.0 is here! 🎉\n\n- adds themes");
    expect(post).toBe(`widget 1.2.0 is out!\n\n• adds themes\n\n${URL}`);
  });

  it("speaks the notes' language", () => {
    expect(texts("- 修复了按钮的样式问题")[0]).toMatch(/^widget 1\.2\.0 发布了！/u);
    expect(texts("- ボタンの不具合を修正しました")[0]).toMatch(/^widget 1\.2\.0 をリリースしました！/u);
  });
});

describe("compose: thread", () => {
  it("puts the template first and continues in replies, keeping labels with their items", () => {
    const posts = texts(`### Features\n\n${items(12)}`, { thread: true });
    expect(posts.length).toBeGreaterThan(1);
    expect(posts[0]!.startsWith("widget 1.2.0 is out!\n\nFeatures:\n• improvement number 1")).toBe(true);
    expect(posts[0]!.endsWith(URL)).toBe(true);
    // The replies go on with the one group under its label: a reply read alone still says what its changes are.
    for (const post of posts.slice(1)) expect(post.startsWith("Features:\n• ")).toBe(true);
    const all = posts.join("\n");
    for (let index = 1; index <= 12; index += 1) expect(all).toContain(`• improvement number ${index} for the widget parser`);
  });

  it("never fails on long notes: it stops at its cap and points at the full notes", () => {
    const posts = compose(release(items(400)), { thread: true });
    expect(posts).toHaveLength(DEFAULT_MAX_POSTS);
    for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(280);
    const shown = posts.flatMap((post) => post.text.split("\n")).filter((line) => line.startsWith("• ")).length;
    expect(posts.at(-1)!.text).toMatch(new RegExp(`\\+${400 - shown} more changes in the full release notes\\.$`, "u"));
    expect(compose(release(items(400)), { thread: true, maxPosts: 2 })).toHaveLength(2);
  });

  it("leaves no crumb: the last post is not a leftover line", () => {
    for (let count = 6; count <= 14; count += 1) {
      const posts = compose(release(items(count)), { thread: true });
      if (posts.length > 1) expect(posts.at(-1)!.weightedLength, `${count} items`).toBeGreaterThanOrEqual(280 / 4);
    }
  });

  it("a long thread's last post that would hold one short change goes: the post before counts it in its pointer", () => {
    const long = (n: number) => `* add ${n} ${"long feature words ".repeat(10).trim()}`;
    const notes = `### Features\n\n${long(1)}\n${long(2)}\n${long(3)}\n\n### Bug Fixes\n\n* fix a short thing that broke in a corner case of the parser when reading input`;
    for (const numbering of [false, true]) {
      const posts = texts(notes, { thread: true, numbering });
      expect(posts).toHaveLength(3);
      expect(posts[2]).toMatch(/add 3 long[^]*\+1 more fix in the full release notes\.(?:\n\n3\/3)?$/u);
    }
  });

  it("numbers its posts when asked, counted in the length", () => {
    const posts = compose(release(items(20)), { thread: true, numbering: true });
    posts.forEach((post, index) => {
      expect(post.text.endsWith(`\n\n${index + 1}/${posts.length}`)).toBe(true);
      expect(post.weightedLength).toBeLessThanOrEqual(280);
    });
  });

  it("shortens a change longer than a whole post instead of splitting it over posts", () => {
    const long = Array.from({ length: 120 }, (_, index) => `w${index}`).join(" ");
    const posts = compose(release(`* ${long}`), { thread: true, maxLength: 100 });
    for (const post of posts) expect(post.weightedLength).toBeLessThanOrEqual(100);
    expect(posts.map((post) => post.text).join("\n")).toMatch(/w\d+…/u);
  });
});

describe("compose: what it reports", () => {
  it("counts what no post shows and says when the notes were too long to read whole", () => {
    const big = composePosts(release(`${items(20000)}\n`));
    expect(big.omitted).toBeGreaterThan(19_000);
    expect(big.notices[0]).toMatch(/^The release notes are \d+(?:\.\d)? (?:KiB|MiB): the first 16 KiB were read/u);
    expect(composePosts(release("* one")).notices).toEqual([]);
  });
});

describe("compose: one composer, each network's counting", () => {
  const notes = `### Features\n\n${items(30)}\n\n* see https://example.com/a/very/long/path/that/bluesky/shows/shortened/in/the/post`;

  it("a template too long for Bluesky says Bluesky's limit is its own, not a setting to raise", async () => {
    const { blueskyRules } = await import("../../src/notes/networks.js");
    const error = failure(() => composePosts(release(notes), { template: `${"word ".repeat(70)}{notes}` }, blueskyRules()));
    expect(error.code).toBe("ETEMPLATETOOLONG");
    expect(error.message).toContain("as Bluesky counts them");
    expect(error.fix).toContain("Bluesky's own");
    expect(error.fix).not.toMatch(/max-?length/i);
  });

  it("fills a Bluesky post to 300 graphemes (3,000 bytes), counting long links as shown", async () => {
    const { blueskyRules } = await import("../../src/notes/networks.js");
    const { blueskyLength, blueskyByteLength } = await import("../../src/bluesky/rich-text.js");
    for (const thread of [false, true]) {
      const { posts } = composePosts(release(notes), { thread }, blueskyRules());
      for (const post of posts) {
        expect(blueskyLength(post.text)).toBeLessThanOrEqual(300);
        expect(blueskyByteLength(post.text)).toBeLessThanOrEqual(3000);
        expect(post.weightedLength).toBe(blueskyLength(post.text));
      }
    }
    // The same notes fill more of a Bluesky post (300) than of an X post (280).
    const bullets = (text: string) => text.split("\n").filter((line) => line.startsWith("• ")).length;
    const short = Array.from({ length: 80 }, (_, i) => `* fix ${i + 1}`).join("\n");
    expect(bullets(composePosts(release(short), {}, blueskyRules()).posts[0]!.text)).toBeGreaterThan(bullets(compose(release(short))[0]!.text));
  });

  it("fits a Mastodon status to the instance's limit, as Mastodon counts", async () => {
    const { mastodonRules } = await import("../../src/notes/networks.js");
    const { mastodonLength } = await import("../../src/mastodon/length.js");
    const { posts } = composePosts(release(notes), { thread: true }, mastodonRules({ maxCharacters: 500, urlWeight: 23 }));
    for (const post of posts) expect(mastodonLength(post.text)).toBeLessThanOrEqual(500);
    expect(posts[0]!.weightedLength).toBeGreaterThan(400);
    const small = composePosts(release(notes), {}, mastodonRules({ maxCharacters: 200, urlWeight: 23 })).posts[0]!;
    expect(small.weightedLength).toBeLessThanOrEqual(200);
  });

  it("writes mentions quietly where they would notify, and leaves file names alone where nothing links them", async () => {
    const { blueskyRules, mastodonRules } = await import("../../src/notes/networks.js");
    const text = "* support `notes.md` for @scope/pkg users";
    expect(composePosts(release(text), {}, blueskyRules()).posts[0]!.text).toContain("support `notes.md` for @scope/pkg users");
    expect(composePosts(release(text), {}, mastodonRules()).posts[0]!.text).toContain("support `notes.md` for @\u200Bscope/pkg users");
  });
});

describe("compose: what the single post leaves out", () => {
  it("says how many of the changes left out break, where the room allows", () => {
    const breaking = Array.from({ length: 6 }, (_, index) => `* remove the deprecated option number ${index} that nobody should use any more at all`).join("\n");
    const [post] = texts(`### ⚠ BREAKING CHANGES\n\n${breaking}\n\n### Features\n\n* add themes`);
    expect(post).toMatch(/\+\d+ more changes \(\d+ breaking\)/u);
    expect(texts("### 破坏性变更\n\n" + Array.from({ length: 8 }, (_, index) => `- 移除旧的配置项第 ${index} 号，请改用新的配置文件格式并重新生成所有缓存目录`).join("\n"))[0]).toMatch(/另有 \d+ 项更新（含 \d+ 项破坏性变更）/u);
  });
});
