import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xRules } from "../../src/notes/networks.js";
import { clauseHead, ELLIPSIS, shorten } from "../../src/notes/text/shorten.js";

const rules = xRules();

describe("shorten", () => {
  it("keeps whole leading sentences when they fit", () => {
    expect(shorten("Adds the engine. It is fast. It is described here at length.", 30, rules)).toBe("Adds the engine. It is fast.");
  });

  it("cuts after whole words with '…', never after punctuation or a dangling little word", () => {
    const text = "Adds a new priority attribute for the image components, which sets loading and decoding";
    const cut = shorten(text, 60, rules)!;
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[,.;:] ?…$|\b(?:and|the|for|a)…$/u);
  });

  it("never cuts inside brackets, quotes, code or a link, nor right before the number it is about", () => {
    expect(shorten("Adds support for nested configuration files (a very-long-parenthetical-remark) now", 60, rules)).toBe("Adds support for nested configuration files…");
    expect(shorten('Renames the option "very long quoted option name here" to something', 40, rules)).toBe(null);
    expect(shorten("Adds experimental initial support for Python 3.15 in the runner", 50, rules)).toBe("Adds experimental initial support…");
    expect(shorten("Adds initial support for Python 3.15 in the runner", 36, rules)).toBe(null);
    expect(shorten("Use the `--experimental-feature-flag` option to try it out today", 30, rules)).toBe(null);
  });

  it("stops at the end of a clause near the best cut rather than mid-clause before a list", () => {
    const text = "added `isUseRefLikeCall` and a new `additionalRefHooks` setting for custom ref-creating hooks; the following rules now recognize them: `a`, `b`";
    expect(shorten(text, 120, rules)).toBe("added `isUseRefLikeCall` and a new `additionalRefHooks` setting for custom ref-creating hooks…");
    // Nor right before a colon: that leaves its lead-in dangling.
    expect(shorten(`${text.slice(0, 99)}, the following rules now recognize them: \`a\`, \`b\``, 150, rules)).not.toMatch(/them…$/u);
  });

  it("keeps enough to mean something, or gives up", () => {
    expect(shorten("runtime-core: fix the scheduler when jobs are queued twice", 18, rules)).toBe(null);
  });

  it("cuts CJK text between words, never inside a Latin word in it", () => {
    const text = "修复了在严格模式下构建时因为深层导入导致的构建报错问题fixed并且改进了性能";
    const cut = shorten(text, 40, rules, "zh");
    expect(cut).not.toBeNull();
    expect(cut).not.toMatch(/[a-z]…$/u);
  });

  it("never produces a prefix that is not the text's own, and always fits", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("alpha", "beta,", "(gamma)", "delta.", "日本語", "👩‍👩‍👧", "https://example.com/x", "`code`"), { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 120 }), (words, room) => {
        const text = words.join(" ");
        const cut = shorten(text, room, rules);
        if (cut === null) return;
        expect(rules.length(cut)).toBeLessThanOrEqual(room);
        expect(text.startsWith(cut.replace(/…$/u, ""))).toBe(true);
        expect(cut).not.toMatch(/[.,;:!?]…$/u);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe("clauseHead: where a thread cuts a change to carry the rest of its sentence on", () => {
  const text = "`acme.dev.plain_traceback` for colourless rendering of exceptions and add support for it throughout the console renderer when the user asks for no colors.";

  it("ends at the last clause that fits: before a word that starts one, never between any two words", () => {
    expect(clauseHead(text, 140, rules)).toBe("`acme.dev.plain_traceback` for colourless rendering of exceptions and add support for it throughout the console renderer…");
    expect(clauseHead(text, 120, rules)).toBe("`acme.dev.plain_traceback` for colourless rendering of exceptions…");
  });

  it("never cuts a list of names, nor leaves a head or a rest of a few words", () => {
    expect(clauseHead("Added return types and parameter types throughout traits, middleware, exceptions, contracts, and the console commands", 100, rules)).toBe(null);
    expect(clauseHead("Fix the cache when it is empty", 20, rules)).toBe(null);
    expect(clauseHead("Allow the new options in the config file when it runs", 60, rules)).toBe(null);
  });
});

describe("shorten and clauseHead: no piece that leans on what was cut before it", () => {
  it("a continuation cut to its conjunction and a name is no item: '…and XML_SetParamEntityParsing to reject…'", () => {
    const tail = `${ELLIPSIS}and XML_SetParamEntityParsing to reject external entities whenever the application has not asked for them explicitly`;
    expect(shorten(tail, 45, rules)).toBeNull();
    // With room for a phrase of its own, the piece stays.
    expect(shorten(tail, 90, rules)).toMatch(/^…and XML_SetParamEntityParsing to reject external entities/u);
  });

  it("a thread does not split a sentence where the rest would be a conjunction, a name and a crumb", () => {
    const text = "Harden the parser against billion laughs attacks in every configuration it supports and XML_SetParamEntityParsing in it.";
    expect(clauseHead(text, 110, rules)).toBeNull();
  });
});
