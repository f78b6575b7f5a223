// How a thread reads: group by group, each post filled, prose kept in order and with what it leans on.
import { describe, expect, it } from "vitest";
import { composePosts, DEFAULT_MAX_POSTS } from "../../src/notes/compose.js";
import { phrasesFor } from "../../src/notes/language.js";
import type { Entry } from "../../src/notes/model.js";
import { leansBack, threadBlocks } from "../../src/notes/thread-order.js";
import { posts, release } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const thread = (notes: string) => composePosts(release(notes, PROJECT), { thread: true }).posts;
const texts = (notes: string) => thread(notes).map((post) => post.text);

/** The label lines of each post, in order ("Fixes" for "Fixes:" above a bullet). */
function labelsOf(post: string): string[] {
  const lines = post.split("\n");
  return lines.filter((line, index) => /:$/u.test(line) && !line.startsWith("• ") && lines[index + 1] !== undefined && lines[index + 1] !== "").map((line) => line.slice(0, -1));
}

/** Sentences of `paragraph` found in the posts, with the post each one is in. */
function placed(posts: readonly string[], paragraph: readonly string[]): Array<{ sentence: number; post: number }> {
  return paragraph.flatMap((sentence, index) => {
    const post = posts.findIndex((text) => text.includes(sentence));
    return post < 0 ? [] : [{ sentence: index, post }];
  });
}

describe("a thread fills its posts", () => {
  const sentence = (text: string) => `- ${text}`;
  // Keep a Changelog with long "Added" items: a post that stopped at the first long one showed only them.
  const notes = [
    "### Removed",
    sentence("Python 3.8 and 3.9 support."),
    "### Added",
    sentence("Python 3.15 support."),
    sentence("`acme.dev.plain_traceback` for colourless rendering of exceptions in the console and add support for it throughout `acme.dev.ConsoleRenderer` when the user asks for no colors."),
    sentence("`acme.BytesSink` now has a `name` attribute which allows you to use it with the `acme.stdlib.add_sink_name()` processor without using the standard library integration."),
    sentence("`acme.processors.CallsiteAdder` now supports `Callsite.QUAL_MODULE` that adds the qualified import name of the module of the callsite, or `__main__` if the module is the entry point."),
    sentence("`acme.stdlib.BoundSink` now has `is_enabled_for()` and `get_effective_level()` methods that are snake_case aliases for its `isEnabledFor()` and `getEffectiveLevel()` methods."),
    "### Changed",
    sentence("`acme.dev.ConsoleRenderer` does not warn anymore when the `exception` key has a rendered value despite having a fancy formatter configured."),
    "### Fixed",
    sentence("`acme.WriteSink` is usable after unpickling."),
    sentence("`acme.processors.CallsiteAdder` now reports the calling thread's id and name for async log methods, instead of the thread from the executor pool."),
  ].join("\n\n");

  it("the sections after the long changes are shown, within the cap", () => {
    const posts = thread(notes);
    expect(posts.length).toBeLessThanOrEqual(DEFAULT_MAX_POSTS);
    const all = posts.map((post) => post.text).join("\n");
    expect(all).toContain("Changed:\n");
    expect(all).toContain("Fixed:\n");
  });

  it("a change that fits a reply whole is not split over two posts: it opens the next one", () => {
    const posts = texts(notes);
    for (const [index, post] of posts.entries()) {
      expect(post, `post ${index + 1}`).not.toMatch(/^• …/mu);
    }
    const all = posts.join("\n").replace(/\u2024/gu, ".");
    expect(all).toContain("`acme.dev.plain_traceback` for colourless rendering of exceptions in the console and add support for it throughout `acme.dev.ConsoleRenderer` when the user asks for no colors.");
  });
});

describe("a change of several sentences in a post with room", () => {
  it("shows its leading sentence and the post goes on with what follows; the details after it are not carried", () => {
    const first = "Use enquirer instead of inquirer for asking questions because it is smaller, faster and prettier.";
    const details = "Change the bump type questions from asking for each bump type individually per package to asking two questions where the user selects the packages with major and minor bumps. This dramatically cuts down the time it takes to create a changeset.";
    const posts = texts(`### Minor Changes\n\n- ${first} ${details}\n\n### Patch Changes\n\n- Update the package.json field so that each links into its own package\n- Fix misaligned CLI messages\n`);
    expect(posts[0]).toContain(first);
    expect(posts[0]).toMatch(/Fixes:\n• Update the package\.json field/u);
    expect(posts.join("\n")).not.toContain("Change the bump type questions");
  });
});

describe("a thread keeps each label's changes together", () => {
  const section = (name: string, lines: string[]) => `### ${name}\n\n${lines.map((line) => `- ${line}`).join("\n")}`;
  const long = (what: string) => `Fix ${what} when the connection pool is exhausted under heavy load and requests queue up behind a slow query on the primary`;
  // A long change left for the next post used to let the next group's short ones in: "Client" … "Server" … "Client".
  const notes = [
    section("General", ["Fix replies to direct notes", long("a timeout")]),
    section("Client", ["Fix the emoji picker search", "Fix the chart labels", long("a blank page"), long("a frozen dialog")]),
    section("Server", ["Fix broken notifications", "Fix nodeinfo fields", "Fix the keyword filter", long("a lost job")]),
  ].join("\n\n");

  it("a label comes back only at the top of the next post, to go on with its group", () => {
    const posts = texts(notes);
    const sequence = posts.flatMap(labelsOf);
    const done = new Set<string>();
    sequence.forEach((label, index) => {
      if (label !== sequence[index - 1]) expect(done.has(label), `${label} comes back: ${sequence.join(" / ")}`).toBe(false);
      done.add(label);
    });
    for (const post of posts) {
      const labels = labelsOf(post);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe("a label over a group that goes on from the post before", () => {
  const long = (what: string) => `${what}, so that large projects with hundreds of packages and deeply nested workspaces build in a fraction of the time they took before on every platform`;
  const section = (name: string, items: string[]) => `### ${name}\n\n${items.map((item) => `- ${item}`).join("\n")}`;

  it("is said again: the posts that go on with it open with it, as each post stands on its own", () => {
    const posts = texts(section("Features", [long("Add a build cache"), long("Add parallel type checking"), long("Add incremental linking"), long("Add a remote cache")]));
    expect(posts.length).toBeGreaterThan(2);
    for (const post of posts.slice(1)) expect(post, post).toMatch(/^Features:\n• /u);
  });

  it("is said again the same way whether or not the post opens another group too", () => {
    const fixes = Array.from({ length: 9 }, (_, index) => long(`Fix the watcher on platform ${index + 1}`));
    const posts = texts(`${section("Bug Fixes", fixes)}\n\n${section("Performance", ["Cache parsed configuration files"])}`);
    const withFixes = posts.filter((post) => post.includes("Fix the watcher"));
    expect(withFixes.length).toBeGreaterThan(2);
    for (const post of withFixes) expect(post, post).toMatch(/(?:^|\n)Bug Fixes:\n• Fix the watcher/u);
  });

  it("comes back over breaking changes, and where the post opens another group too", () => {
    const breaking = section("⚠ BREAKING CHANGES", [long("Drop the `legacy` builder: use `build`"), long("Rename `outDir` to `out`: update your config"), long("Require Node 20: older versions are no longer supported")]);
    const posts = texts(`${breaking}\n\n${section("Bug Fixes", ["Fix the watcher on macOS", "Fix colors in CI logs"])}`);
    for (const post of posts) if (post.includes("• ")) expect(post, post).toMatch(/^(?:[\s\S]*\n)?(?:⚠️ Breaking changes|Fixes|Bug Fixes):\n• /u);
    const mixed = texts(`${section("Features", [long("Add a build cache"), long("Add parallel type checking"), "Add a `--quiet` flag"])}\n\n${section("Bug Fixes", ["Fix the watcher on macOS", "Fix colors in CI logs"])}`);
    for (const post of mixed) {
      if (/Bug Fixes:/u.test(post) && post.indexOf("• ") < post.indexOf("Bug Fixes:")) expect(post).toMatch(/^Features:/u);
    }
  });
});

describe("the notes' one-line summary", () => {
  const breaking = (what: string) => `- ${what}: configuration files of the previous major version must be migrated by hand`;
  const notes = (summary: string) =>
    `${summary} The release also reworks the plugin loader, the cache layout and the way workspaces are discovered, and brings many smaller fixes.\n\n### ⚠ BREAKING CHANGES\n\n${Array.from({ length: 14 }, (_, index) => breaking(index === 0 ? "Rename `outDir`" : `Remove the \`legacy${index}\` option`)).join("\n")}\n\n### Features\n\n- Add a remote build cache\n`;

  it("opens the thread, before a breaking section that fills every post, with the first breaking change after it", () => {
    const summary = "A release of faster builds and a new plugin API.";
    const posts = texts(notes(summary));
    expect(posts[0]).toContain(summary);
    expect(posts[0]!.indexOf(summary)).toBeLessThan(posts[0]!.indexOf("Breaking changes"));
    expect(posts[0]).toContain("• Rename `outDir`");
  });

  it("never pushes the first breaking change out of the first post", () => {
    const long = (what: string) => `- ${what}: configuration files written for the previous major version must be migrated by hand before the first build, since the old keys are no longer read at all`;
    const posts = texts(`A release of faster builds and a new plugin API.\n\n### ⚠ BREAKING CHANGES\n\n${long("Rename `outDir`")}\n${long("Drop `legacyMode`")}\n`);
    expect(posts[0]).toContain("• Rename `outDir`");
  });

  it("is a short sentence: a long opening sentence keeps its place after the breaking changes", () => {
    const long = "This is a big release that brings faster builds, a new plugin API, a reworked cache, a new documentation site and many smaller changes that users have asked for over the past year.";
    const posts = texts(notes(long));
    expect(posts[0]).not.toContain(long.slice(0, 40));
  });
});

describe("the notes' one-line summary in a single post", () => {
  const single = (notes: string) => posts(notes, PROJECT);
  const breaking = "### ⚠ BREAKING CHANGES\n\n- Drop support for macOS 10.15\n- Native modules now require C++20\n\n### Features\n\n- Add a remote build cache\n- Add parallel type checking\n";

  it("leads the post, before the breaking changes, when a breaking change still follows it", () => {
    const summary = "It includes upgrades to Chromium 130.0.6723.44, V8 13.0, and Node 20.18.0.";
    const [post] = single(`${summary}\n\n${breaking}`);
    expect(post!.indexOf(summary)).toBeGreaterThan(0);
    expect(post!.indexOf(summary)).toBeLessThan(post!.indexOf("Breaking changes"));
    expect(post).toContain("• Drop support for macOS 10.15");
  });

  it("leads under a summary heading too", () => {
    const [japanese] = single("## 概要\n\nwidget v1.2.0 のリリースノートです。\n英語のドキュメント対応と不具合修正を行いました。\n\n## 不具合修正\n\n- ボタンの表示が崩れる不具合を修正\n- 入力欄の幅を修正\n");
    expect(japanese).toMatch(/^widget 1\.2\.0 をリリースしました！\n\n概要:\n英語のドキュメント対応と不具合修正を行いました。\n\n不具合修正:/u);
  });

  it("leads a long release it sums up, over a few of its many changes", () => {
    const summary = "The most significant changes since 4.2.0 are SBOM support, initial bottle attestation verification, new command analytics and uninstall autoremove by default.";
    const items = Array.from({ length: 30 }, (_, index) => `- \`brew command${index}\` is significantly faster when many taps are installed.`).join("\n");
    const [post] = single(`${summary}\n\n## Highlights\n\n${items}\n`);
    expect(post).toContain(`\n\n${summary}\n\n`);
    expect(post).toMatch(/\+30 more changes/u);
  });

  it("gives way when it would push the only breaking change out", () => {
    const summary = "A release of faster builds and a new plugin API.";
    const change = "Drop support for the legacy configuration format: configuration files written for the previous major version must be migrated by hand before the first build, since the old keys are no longer read at all";
    const [post] = single(`${summary}\n\n### ⚠ BREAKING CHANGES\n\n- ${change}\n`);
    expect(post).toContain("• Drop support for the legacy configuration format");
    expect(post).not.toContain(summary);
  });

  it("leads with the breaking change shown by its leading sentence when the whole of it leaves no room", () => {
    const summary = "This release brings a brand new web UI and UTF-8 metric names enabled by default.";
    const change =
      "Set the `GOMAXPROCS` variable automatically to match the Linux CPU quota. Use `--no-auto-gomaxprocs` to turn it off again, and note that the old `auto-gomaxprocs` feature flag was removed.";
    const [post] = single(`${summary}\n\n- [CHANGE] ${change}\n- [CHANGE] Remote-write: default enable_http2 to false.\n`);
    expect(post).toContain(summary);
    expect(post).toContain("• Set the `GOMAXPROCS` variable automatically to match the Linux CPU quota.\n");
  });
});

describe("changes the opening summary already names", () => {
  const summary = "It includes upgrades to Chromium 130.0.6723.44, V8 13.0, and Node 20.18.0.";
  const stack = "### Stack Changes\n\n- Chromium `130.0.6723.44`\n- Node `20.18.0`\n- V8 `13.0`\n\nElectron 33 upgrades Chromium from `128.0.6613.36` to `130.0.6723.44`, Node from `20.16.0` to `20.18.0`, and V8 from `12.8` to `13.0`.\n";
  const features = "### Features\n\n- Add a handler to unlock cryptographic devices when a PIN is needed\n- Extend the navigation history API\n";

  it("are not listed again, short or at length", () => {
    const all = texts(`${summary}\n\n${features}\n${stack}`).join("\n");
    expect(all).toContain(summary);
    expect(all).not.toContain("• Node `20.18.0`");
    expect(all).not.toContain("upgrades Chromium from");
    expect(all).toContain("Extend the navigation history API");
  });

  it("stay when the summary names no version, and when the repeat is a breaking change", () => {
    expect(texts(`It includes upgrades to Chromium, V8, and Node.\n\n${features}\n${stack}`).join("\n")).toContain("Node `20.18.0`");
    const breakingStack = stack.replace("### Stack Changes", "### Breaking Changes");
    expect(texts(`${summary}\n\n${features}\n${breakingStack}`).join("\n")).toContain("Node `20.18.0`");
  });
});

describe("prose in a thread", () => {
  const paragraph = [
    "This release makes the server start twice as fast on large repositories by caching the parsed configuration between runs.",
    "It also adds a `--watch` flag that reloads the configuration when it changes, so long-running servers pick up edits without a restart.",
    "These two changes were the most requested features of the last survey.",
  ];
  const fixes = ["a crash when the configuration file is empty or only holds comments", "the port option being ignored when it is given as a string", "log lines being written twice when both loggers are enabled"];
  const notes = `### Summary\n\n${paragraph.join(" ")}\n\n### Features\n\n- Add \`--watch\` to reload the configuration when it changes on disk, without restarting the server or dropping open connections\n- Add a \`cache.dir\` option to choose where the parsed configuration is cached between runs, defaulting to the system's cache directory\n\n### Bug Fixes\n\n${fixes.map((fix) => `- Fix ${fix}`).join("\n")}\n`;

  it("a sentence that leans on the one before it goes with it, or opens the post right after it, whole", () => {
    const posts = texts(notes);
    // No post opens with a fragment of a sentence ("…so long-running servers…"): prose goes over posts in whole sentences.
    for (const post of posts) expect(post.startsWith("…"), post).toBe(false);
    const where = placed(posts, paragraph);
    // The summary is over its room: it leads by its first sentence, and the sentences leaning on it that do not fit
    // go with it or not at all (announceT: a long summary keeps its headline).
    expect(where.map(({ sentence }) => sentence)[0]).toBe(0);
    for (const { sentence, post } of where) {
      if (sentence === 0 || !leansBack(paragraph[sentence]!)) continue;
      const before = where.find((other) => other.sentence === sentence - 1)?.post;
      if (before === post) continue;
      // The thread reads on: the sentence it leans on ends the post before (its link aside), and it opens this one.
      expect(before).toBe(post - 1);
      expect(posts[post]!.startsWith(paragraph[sentence]!)).toBe(true);
      expect(posts[post - 1]!.replace(/\n\nhttps:\S+$/u, "").endsWith(paragraph[sentence - 1]!)).toBe(true);
    }
  });

  it("a sentence longer than a post is shortened at a clause in one post, and the paragraph's rest is left out", () => {
    const long =
      "The new resolver walks the dependency graph once instead of three times, which makes installs of large monorepos with hundreds of workspace packages and deeply nested peer dependencies noticeably faster on every platform we tested, including the slow network file systems that many continuous integration services still use for their caches.";
    const next = "The `install` command now also removes packages that nothing depends on any more.";
    const posts = texts(`${long} ${next}\n\n### Features\n\n- Add a \`--frozen\` flag that refuses to change the lockfile\n- Add a \`why\` command that explains where a package comes from\n`);
    for (const post of posts) expect(post.startsWith("…"), post).toBe(false);
    const cut = posts.filter((post) => post.includes("The new resolver walks"));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/\p{L}…/u);
    expect(posts.join("\n")).not.toContain("continuous integration services still use");
    // A paragraph is shown whole or by its leading sentences: its rest would open a reply going on from a post ago.
    expect(posts.join("\n")).not.toContain(next);
    // The cut sentence ends its post: the next one after "…" would read as a splice of the two.
    expect(cut[0]).toMatch(/\p{L}…(?:\n|$)/u);
    expect(cut[0]).not.toContain(next);
  });

  it("a paragraph's sentences stay in order, though one of them says more than the others", () => {
    const intro = [
      "Version 2 is the first major revision of the format and of its tooling.",
      "It keeps the file layout, so every existing file stays valid.",
      "The breaking changes are listed below.",
    ];
    const notes2 = `${intro.join(" ")}\n\n### Changed\n\n- **Breaking:** Rename the \`check\` command to \`lint\`, which matches the other tools of the ecosystem\n- Add a \`--fix\` flag to the \`lint\` command that rewrites the files it can repair\n- Add a \`--quiet\` flag to the \`lint\` command that only reports errors\n`;
    const all = texts(notes2).join("\n");
    const at = intro.map((sentence) => all.indexOf(sentence.slice(0, 30))).filter((index) => index >= 0);
    expect(at.length).toBeGreaterThan(1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("a paragraph under a label is not split from it over two posts", () => {
    const summary = ["このリリースでは、エディタの起動時間を大幅に短縮し、大きなプロジェクトでも快適に作業できるようにしました。", "設定ファイルの読み込み方法を見直し、エラーが起きた場所を分かりやすく表示するようにしました。"];
    const items = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `- ${prefix}${index + 1}番目の問題を修正しました。`).join("\n");
    for (const count of [3, 6]) {
      const posts = texts(`## 修正\n\n${items("保存時にカーソル位置がずれることがある", count)}\n\n## 概要\n\n${summary.join("")}\n`);
      const holder = posts.find((post) => post.includes(summary[0]!.slice(0, 12)));
      expect(holder, `${count} fixes`).toBeDefined();
      expect(holder, `${count} fixes`).toContain(summary[1]!.slice(0, 12));
      expect(holder).toMatch(/概要:\nこのリリースでは/u);
    }
  });
});

describe("a security release in a thread", () => {
  it("the fixes that name a vulnerability come before hardening, as in the single post", () => {
    const notes = [
      "- Tighten the cookie flags of admin sessions (security fix)",
      "- Fix a stored XSS in the markdown preview of issue comments that let an attacker run scripts in a maintainer's session when they open a crafted issue (CVE-2024-31337)",
      "- Fix a path traversal in the attachment download endpoint that could read any file on the server (GHSA-abcd-efgh-ijkl)",
      "- Rotate the session signing keys on upgrade (security fix)",
      "- Fix the pagination of the audit log",
    ].join("\n");
    const all = texts(notes).join("\n");
    const first = (text: string) => all.indexOf(text);
    for (const vulnerability of ["Fix a stored XSS", "Fix a path traversal"]) {
      expect(first(vulnerability)).toBeGreaterThanOrEqual(0);
      for (const hardening of ["Tighten the cookie flags", "Rotate the session signing keys"]) {
        if (first(hardening) >= 0) expect(first(vulnerability)).toBeLessThan(first(hardening));
      }
    }
  });
});

describe("thread blocks", () => {
  const phrases = phrasesFor("en");
  const entry = (order: number, text: string, extra: Partial<Entry> = {}): Entry => ({ text, kind: "feature", label: null, order, prose: false, paragraph: -1, fluff: false, ...extra });
  const prose = (order: number, text: string, paragraph = 1) => entry(order, text, { prose: true, paragraph, kind: "highlight" });

  it("a lead-in goes with the change right after it, or not at all", () => {
    const leadIn = prose(0, "The following rules are now recommended:");
    const introduced = threadBlocks([leadIn, entry(1, "`noUnusedImports`"), entry(2, "`useDateNow`")], phrases);
    expect(introduced.map((block) => block.entries.map((item) => item.text))).toEqual([["The following rules are now recommended:", "`noUnusedImports`"], ["`useDateNow`"]]);
    // Its list is not what follows it in the thread (it was left out): alone it would dangle.
    const alone = threadBlocks([leadIn, entry(5, "`noUnusedImports`"), entry(6, "`useDateNow`")], phrases);
    expect(alone.map((block) => block.entries.map((item) => item.text))).toEqual([["`noUnusedImports`"], ["`useDateNow`"]]);
  });

  it("a sentence that leans on the one before it is in its block; a paragraph stands where its first sentence ranks", () => {
    // In rank order: the breaking change, the sentence that says "breaking", then the rest of its paragraph. The opening
    // sentence sums the release up and leads, with the sentence that leans on it.
    const ranked = [
      entry(5, "Drop Node 18", { kind: "breaking", label: "⚠️ Breaking changes" }),
      { ...prose(2, "The breaking changes are marked below."), kind: "breaking" as const },
      prose(0, "Version 2 is the first major revision."),
      prose(1, "It keeps the format."),
    ];
    const blocks = threadBlocks(ranked, phrases);
    expect(blocks.map((block) => block.entries.map((item) => item.order))).toEqual([[0, 1], [2], [5]]);
  });
});

describe("thread shares: a lesser change rides on no group's share", () => {
  it("a chore in a group that also holds a fix waits while the main group's fixes are left out", () => {
    const fix = (n: number) =>
      `- Fixed the parser number ${n} dropping the last character of a quoted value when the value ends with an escaped backslash and a space, which let control characters such as CR, LF and NUL through into the host`;
    const notes = [
      "### Bug fixes",
      ...Array.from({ length: 9 }, (_, n) => fix(n + 1)),
      "",
      "### Packaging",
      "- Fixed the build backend to import Cython at the point of use instead of at module load time",
      "- The setuptools build dependency lower bound has been restored to be at least 47 after an incorrect automated increase in an earlier release, which broke builds for downstream packagers on older distributions",
    ].join("\n");
    const all = texts(notes).join("\n");
    expect(all).toContain("parser number 4");
    expect(all).not.toContain("setuptools");
  });
});
