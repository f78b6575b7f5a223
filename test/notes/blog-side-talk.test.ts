// What a launch post says beside its changes is no item of the post: an introduction for newcomers, a community plug,
// statistics about the people, a tally of kinds of change, news of the ecosystem; nor is an article's bare chapter
// title, its appendix, or a sentence's "To solve this," whose problem is not shown.
import { describe, expect, it } from "vitest";
import { isSideTalk, withoutTallyClauses } from "../../src/notes/prose/side-talk.js";
import { single, thread } from "../support/composed.js";

describe("side talk of a launch post", () => {
  it.each([
    ["If you're new here: Lantern (lan•tern) is a library for building user interfaces in Rust."],
    ["For those who don't know, Lantern is a terminal UI toolkit."],
    ["Falls du neu hier bist: Lantern ist eine Bibliothek für Benutzeroberflächen."],
    ["Si vous découvrez Lantern, c'est une bibliothèque d'interfaces."],
    ["如果你是第一次接触 Lantern，它是一个界面库。"],
    ["Before we dive in, we want to make sure everyone knows that Lantern Labs now has weekly office hours."],
    ["Since the last release, more than 30 distinct contributors have worked on the package."],
    ["They account for more than 30% of the commits."],
    ["本次共有 25 位贡献者参与。"],
    ["We have also included one bugfix and there are no new deprecations."],
    ["There are also 3 minor features, 5 bugfixes, and 2 new deprecations introduced."],
    ["Custom executors and other features from Lantern 5.9 are making their way into the server ecosystem."],
    ["Lantern CLI 6.8 introduces 2 new deprecations."],
    ["Lantern Labs now runs a community call every other Tuesday at 5pm UTC."],
    ["Join the Lantern Labs Discord server!"],
    ["Join us on Matrix to chat with the maintainers."],
    ["Wir haben jetzt eine Sprechstunde jeden Freitag."],
    ["每周五都有社区会议。"],
  ])("%s", (sentence) => {
    expect(isSideTalk(sentence)).toBe(true);
  });

  it.each([
    ["Lantern now supports office-hour calendars in the scheduler widget"],
    ["The new `renderWidget` API renders widgets into any element."],
    ["Fixes one crash when the window closes."],
    ["Slack notifications now support threads."],
    ["If you're new to Lantern, the `init` wizard now walks you through setup."],
    ["Join our new Discord integration: posts go to any channel."],
    ["The office hours widget now shows the host's time zone."],
    ["Add a community call recorder."],
  ])("(guard) a change stays: %s", (sentence) => {
    expect(isSideTalk(sentence)).toBe(false);
  });

  const launch = [
    "Welcome back, Lantern 0.4 just dropped.",
    "",
    "If you're new here: Lantern (lan•tern) is a library for building user interfaces in Rust. Lantern supports many targets: web, desktop and mobile.",
    "",
    "## Weekly Office Hours",
    "",
    "Before we dive in, we want to make sure everyone knows that Lantern Labs now has weekly office hours, every Friday.",
    "",
    "## Streaming",
    "",
    "Rendering used to wait for every future before sending the page.",
    "",
    "To solve this, we're adding streaming `Suspense` integrated with server functions.",
    "",
    "## Router",
    "",
    "We designed a new router built around the Rust `enum`.",
    "",
  ].join("\n");

  it("leaves the newcomers' introduction and the plug out of the post", () => {
    const post = single(launch, { version: "0.4.0" });
    expect(post).not.toMatch(/new here|many targets|office hours/iu);
    expect(post).toContain("new router");
  });

  it("keeps a sentence of the newcomers' paragraph that says what the release does", () => {
    const notes = [
      "If you're new here: Lantern is a static site generator written in Rust. This release adds incremental builds, which cut rebuild times from minutes to seconds.",
      "",
      "## Fixes",
      "",
      "- Fix a crash when a page has no title",
      "",
    ].join("\n");
    const post = single(notes, { version: "1.0.0" });
    expect(post).toContain("incremental builds");
    expect(post).not.toMatch(/static site generator/u);
    expect(post.indexOf("incremental builds")).toBeLessThan(post.indexOf("Fix a crash"));
  });

  it("says the change of a 'To solve this,' sentence without the lean on a problem it does not show", () => {
    const posts = thread(launch, { version: "0.4.0" }).join("\n");
    expect(posts).not.toMatch(/To solve this/u);
    expect(posts).toMatch(/We(?:'|’)re adding streaming `Suspense`/u);
  });
});

describe("tallies among what a release introduces", () => {
  it.each([
    [
      "Lantern 6.8 introduces 3 key features, 2 new things for developers to use today and a new way to publish the `lantern` package.",
      "Lantern 6.8 introduces a new way to publish the `lantern` package.",
    ],
    ["Lantern CLI 6.8 introduces 2 key features, a brand-new app blueprint and a new default for templates.", "Lantern CLI 6.8 introduces a brand-new app blueprint and a new default for templates."],
  ])("%s", (sentence, said) => {
    expect(withoutTallyClauses(sentence)).toBe(said);
  });

  it.each([
    ["Lantern 6.8 introduces a new router and two new hooks for forms."],
    ["This release includes 3 fixes for the router, 2 for forms and a new `useForm` hook."],
    ["Lantern 6.8 introduces 3 key features."],
  ])("(guard) keeps a list that names its changes, or a whole tally, as it is: %s", (sentence) => {
    expect(withoutTallyClauses(sentence)).toBe(sentence);
  });

  it("leaves out such a sentence right before the parts that tell its changes", () => {
    expect(withoutTallyClauses("Lantern 6.8 introduces 2 key features, a new app blueprint and a new default for templates.", true)).toBeNull();
    expect(withoutTallyClauses("Lantern 6.8 introduces a new app blueprint and a new default for templates.", true)).toBe("Lantern 6.8 introduces a new app blueprint and a new default for templates.");
  });

  it("shows what the release introduces, not how many of each kind", () => {
    const notes = [
      "## Lantern v6.8",
      "",
      "Lantern 6.8 introduces 3 key features, 2 new things for developers to use today and a new way to publish the `lantern` package.",
      "",
      "- The new `renderWidget` API renders a widget into any element.",
      "",
    ].join("\n");
    const posts = thread(notes, { version: "6.8.0" }).join("\n");
    expect(posts).not.toMatch(/3 key features|2 new things/u);
    expect(posts).toContain("a new way to publish the `lantern` package");
  });
});

describe("an article's chapters", () => {
  const article = [
    "Lantern 5.9 is now available!",
    "",
    "This is a major release that adds an expressive macro system to the language.",
    "",
    "## Language and Standard Library",
    "",
    "Lantern's goal is clear and concise code.",
    "",
    "### Macros",
    "",
    "Lantern now has macros that expand at compile time into ordinary code.",
    "",
    "### Parameter packs",
    "",
    "Functions can now take parameter packs, so overloads are no longer needed.",
    "",
    "## Lantern Evolution Appendix",
    "",
    "The following proposals were accepted:",
    "",
    "- LE-0366: `consume` operator",
    "- LE-0380: `if` and `switch` expressions",
    "",
  ].join("\n");

  it("show no bare chapter title nor the appendix's title as items", () => {
    const posts = thread(article, { version: "5.9" }).join("\n");
    expect(posts).not.toMatch(/• Language and Standard Library|Appendix/u);
    expect(posts).toMatch(/macro/iu);
  });
});

describe("a launch post's gist list", () => {
  const notes = [
    "Welcome back, Lantern 0.4 just dropped.",
    "",
    "The gist of this release:",
    "",
    "- Server functions",
    "- Desktop hot reloading",
    "",
    "## Weekly Office Hours",
    "",
    "Lantern Labs now has weekly office hours, every Friday.",
    "",
    "## Bidirectional Eval",
    "",
    "You can now evaluate JavaScript and read its result back in Rust.",
    "",
  ].join("\n");

  it("holds the highlights: they lead the post", () => {
    const post = single(notes, { version: "0.4.0" });
    expect(post).toMatch(/• Server functions\n• Desktop hot reloading/u);
    expect(post).not.toMatch(/gist|office hours/iu);
  });
});
