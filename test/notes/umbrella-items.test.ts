// An entry over a sub-list that only names what it touches ("Added support for X to the following sniffs:" over sniff
// names, and a credit line) is ONE change: a "+N more" counts it once, shown or not. Sub-items that say changes of their
// own under a short label ("Core:") stay separate changes (listed-parts.ts).
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const more = (text: string): number => Number(/\+(\d+) more/u.exec(text)?.[1] ?? 0);

const notes = `## [3.13.0] - 2025-05-11

### Added
- Added support for PHP 8.4 asymmetric visibility modifiers to the tokenizer. [#871]
- Added support for PHP 8.4 \`final\` properties to the following sniffs:
    - PSR2.Classes.PropertyDeclaration [#950]
    - Thanks to [Jane Doe][@jane] for the patches.

### Changed
- Improved Help information about the \`--reports\` CLI flag. [#1078]
- The documentation for the following sniffs has been improved:
    - PSR1.Files.SideEffects
    - PSR2.ControlStructures.SwitchDeclaration
    - PSR2.Namespaces.NamespaceDeclaration
    - Thanks to [John Roe][@john] for the patches.

### Fixed
- Fixed bug: Generic.Strings.UnnecessaryHeredoc - false positive for heredocs containing escape sequences. [#1001]
`;

describe("an entry over named parts is one change in the count", () => {
  it("never counts more changes than the notes' top-level entries left out", () => {
    // Five top-level entries in all.
    const text = single(notes);
    expect(more(text)).toBeGreaterThan(0);
    expect(more(text)).toBeLessThanOrEqual(5 - (text.match(/^• /gmu)?.length ?? 0) + 1);
    expect(more(text)).toBeLessThanOrEqual(4);
  });

  it("counts the documentation entry once in a thread too", () => {
    const last = thread(notes).at(-1) ?? "";
    expect(more(last)).toBeLessThanOrEqual(3);
  });
});

describe("a roll-up pull request shared by different items hides none of them", () => {
  // Long notes whose unread part lists two changes that cite the same roll-up PR as many read items do.
  const breaking = Array.from({ length: 60 }, (_, i) => `- **Reject invalid input of kind ${i} in the resolver**  ([#200](https://github.com/octo/lantern/pull/200))\n\n  Previously uv accepted input of kind ${i} silently, which led to confusing failures much later in the install.\n`).join("\n");
  const long = `## 0.12.0\n\n### Breaking changes\n\n${breaking}\n### Stabilizations\n\n- **TOML 1.0-compatible source distributions** ([#200](https://github.com/octo/lantern/pull/200))\n- **Automatic open-file limit adjustment on Unix** ([#200](https://github.com/octo/lantern/pull/200))\n\n### Bug fixes\n\n- Include extras activated by dependency groups ([#301](https://github.com/octo/lantern/pull/301))\n`;
  it("counts the unread stabilizations", () => {
    const text = single(long);
    const shown = text.match(/^• /gmu)?.length ?? 0;
    // 60 breaking + 2 stabilizations + 1 fix.
    expect(more(text) + shown).toBe(63);
  });
});
