// The headline of prose notes: the notes' own pointer to their headline ("The headline feature is X:", "The biggest
// change:") makes the changes under it lead their kind; a titled part's first sentence says its change when the
// title's words are split by punctuation ("Erlang/OTP support") or the sentence has its own verb ("Moving X to Y" over
// "X has been merged with Y"), so a dropped platform in prose reaches the breaking changes.
import { describe, expect, it } from "vitest";
import { compose } from "../../src/notes/compose.js";
import { pointsAtHeadline, readNotesModel } from "../../src/notes/model.js";
import { speaksOfBreakingInGeneral } from "../../src/notes/prose/prose.js";
import { release, single } from "../support/composed.js";

const PROJECT = { repo: "sprocket", owner: "acme", version: "3.0.0" };
const entries = (notes: string) => readNotesModel(notes).entries.filter((entry) => !entry.fluff);

describe("the notes' pointer to their headline", () => {
  it("is read in several languages, and not in other sentences", () => {
    for (const text of ["The headline feature is parallel fetching:", "The biggest change in this release is the new cache", "Our main feature:", "Most notably, the CLI starts twice as fast", "本次最大的变化是新的缓存", "今回の目玉は新しいキャッシュです", "이번 가장 큰 변화는 새 캐시입니다"]) {
      expect(pointsAtHeadline(text), text).toBe(true);
    }
    for (const text of ["The following changes are included:", "The main window now remembers its size", "Headline parsing is faster"]) {
      expect(pointsAtHeadline(text), text).toBe(false);
    }
  });

  it("makes the changes under it lead their kind", () => {
    const notes = "This release comes with many changes.\n\nThe headline feature is parallel fetching, built with help from the team:\n\n- Improved the `sync` command by fetching all remotes in parallel.\n- Improved the `status` command by checking remotes concurrently.\n\nAlso:\n\n- Add `--quiet` flag.\n";
    const headline = entries(notes).filter((entry) => entry.important === true).map((entry) => entry.text);
    expect(headline).toEqual(["Improved the `sync` command by fetching all remotes in parallel.", "Improved the `status` command by checking remotes concurrently."]);
    expect(entries(notes).find((entry) => entry.text.includes("--quiet"))?.important).not.toBe(true);
  });

  it("is no pointer in a plain lead-in", () => {
    const notes = "Some of the changes in this release:\n\n- Improved the `sync` command.\n- Improved the `status` command.\n";
    expect(entries(notes).some((entry) => entry.important === true)).toBe(false);
  });
});

describe("a titled part's first sentence", () => {
  it("says a dropped platform under a title split by a slash, and it is breaking", () => {
    const notes = "Sprocket 3.0 brings many things.\n\n## Erlang/OTP support\n\nThis release adds support for Erlang/OTP 27 and drops support for Erlang/OTP 24.\n\n## New cache\n\nA new cache makes builds twice as fast.\n";
    const post = single(notes, PROJECT);
    expect(post).toContain("drops support for Erlang/OTP 24");
    expect(post).not.toMatch(/• Erlang\/OTP support$/mu);
    expect(entries(notes).find((entry) => entry.text.includes("Erlang/OTP 24"))?.kind).toBe("breaking");
  });

  it("says a long title's change with its own verb", () => {
    const notes = "## Moving legacy plugins to the core package\n\nThe `legacy` plugin set has been merged with the `core` package. Remove the prefix from your config.\n\n## Faster startup\n\nStartup is now 30% faster.\n";
    const shown = entries(notes).map((entry) => entry.text);
    expect(shown).toContain("The `legacy` plugin set has been merged with the `core` package.");
    expect(shown).not.toContain("Moving legacy plugins to the core package");
  });

  it("leaves a title whose sentence never names it", () => {
    const notes = "## Plugin system\n\nWay back in 2019 we asked what users wanted most.\n\n## Faster startup\n\nStartup is now 30% faster.\n";
    expect(entries(notes).map((entry) => entry.text)).toContain("Plugin system");
  });
});

describe("a sentence about breaking changes in general", () => {
  it("is no breaking change, in a policy, a strategy or a promise", () => {
    for (const sentence of [
      "Our upgrade strategy aims to make major releases boring by introducing breaking changes ahead of time behind flags.",
      "We will be making every effort to ensure that Sprocket does not introduce breaking changes.",
      "Going forward, breaking changes only land in major versions.",
    ]) {
      expect(speaksOfBreakingInGeneral(sentence), sentence).toBe(true);
    }
    expect(speaksOfBreakingInGeneral("This release contains breaking changes to the `load` API.")).toBe(false);
  });

  it("leaves post 1 to the breaking changes", () => {
    const notes =
      "Sprocket v3 is here!\n\nOur upgrade strategy aims to make major releases boring by introducing breaking changes ahead of time behind flags. If you adopted every flag in v2, you are in good shape for v3, and every `future.v3_*` flag has been removed now that its behaviour is the default.\n\n### Breaking Changes\n\n- Update minimum Node version to 22\n- Remove the `sprocket-legacy` package\n";
    const first = compose(release(notes, PROJECT), { thread: true })[0]?.text ?? "";
    expect(first).toContain("Update minimum Node version to 22");
    expect(entries(notes).find((entry) => entry.text.startsWith("Our upgrade strategy"))?.kind).not.toBe("breaking");
  });
});
