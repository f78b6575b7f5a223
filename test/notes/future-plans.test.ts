import { describe, expect, it } from "vitest";
import { plansAhead } from "../../src/notes/kinds/future-plans.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "6.0.0" };

describe("a section about what a later release will do is no breaking change of this one", () => {
  const notes = `## Highlights

- Add tap trust, so that third-party taps must be trusted before use

## Upcoming changes

- macOS 27 drops Intel support, so in September 2027 macOS Intel will be unsupported entirely and all related code deleted
- The \`master\` to \`main\` migration continues: more repositories no longer update \`master\`

## Bug fixes

- Fix \`brew info\` output for casks
`;

  it("never labels a planned item breaking, and ranks it after this release's changes", () => {
    const posts = thread(notes, PROJECT).join("\n---\n");
    expect(posts).not.toMatch(/Breaking/u);
    expect(posts.indexOf("tap trust")).toBeLessThan(posts.indexOf("Intel"));
    expect(posts.indexOf("brew info")).toBeLessThan(posts.indexOf("Intel"));
    expect(single(notes, PROJECT)).not.toMatch(/Breaking/u);
  });

  it("knows such headings in the languages notes come in, and not a change's title", () => {
    for (const heading of ["🔮 Upcoming changes", "Planned deprecations", "Roadmap", "What's next", "今后计划", "今後の予定", "예정된 변경 사항", "Geplante Änderungen", "À venir", "Próximamente", "Próximas mudanças"]) expect(plansAhead(heading), heading).toBe(true);
    for (const heading of ["Breaking changes", "Future-proof config loading", "次の不具合を修正", "Features"]) expect(plansAhead(heading), heading).toBe(false);
  });
});
