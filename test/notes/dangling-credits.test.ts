// Credits that lose their link leave no preposition or mistyped "by" behind, and a sentence that only thanks people by
// handle is no change.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

describe("credits with a dangling preposition", () => {
  it("drops 'by @user in' before git-cliff's trailing tag", () => {
    const notes = "### Refactor\n\n- *(config)* Use the XDG folder by default on macOS by @jdoe in [#124](https://github.com/o/r/pull/124) [**breaking**]\n- *(ui)* Tidy the help bar by @jdoe in [#125](https://github.com/o/r/pull/125)\n";
    const post = single(notes);
    expect(post).toContain("Use the XDG folder by default on macOS");
    expect(post).not.toMatch(/@\u200b?jdoe|macOS in\b/u);
  });

  it("mends a mistyped 'by' before a handle the notes credit by 'by' elsewhere", () => {
    const notes = [
      "- Note: 編集を受信可能に by @mei [0832337](https://github.com/o/r/commit/0832337)",
      "- Note: 検索可能性を追加 by @mei [d8c8ddb](https://github.com/o/r/commit/d8c8ddb)",
      "- Polls: ローカルのみの投票を配信しないように bt @mei [c3e289d](https://github.com/o/r/commit/c3e289d)",
      "",
    ].join("\n");
    const post = single(notes);
    expect(post).toContain("ローカルのみの投票を配信しないように");
    expect(post).not.toMatch(/\bbt\b|@\u200b?mei/u);
  });

  it("keeps a two-letter word that is a word ('my') before a handle credited elsewhere", () => {
    const notes = "- Send the alerts to my @team\n- Add a pager by @team\n- Add a siren by @team\n";
    expect(single(notes)).toContain("Send the alerts to my");
  });
});

describe("thank-you sentences", () => {
  it("drops 'We sincerely thank @a and @b for their contributions.' and the praise after it", () => {
    const notes = "## v1.2.1\n\n- Fixed `AbortError` to fall back to `Error`.\n- Fixed missing `forEach` exports.\n\nWe sincerely thank @alice and @bob for their contributions. We appreciate your great efforts!\n";
    const posts = thread(notes).join("\n");
    expect(posts).toContain("forEach");
    expect(posts).not.toMatch(/thank|appreciate|@\u200b?alice/iu);
  });

  it("drops a thanks by handle in German, French and Chinese", () => {
    for (const thanks of ["Vielen Dank an @alice und @bob für ihre Beiträge!", "Merci à @alice pour sa contribution.", "特别感谢 @alice 的贡献。"]) {
      const posts = thread(`- Fixed the parser.\n\n${thanks}\n`).join("\n");
      expect(posts).toContain("Fixed the parser");
      expect(posts).not.toContain("alice");
    }
  });
});
