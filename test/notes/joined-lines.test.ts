// Two lines of one item that say two changes are set apart; a hard-wrapped sentence runs on.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

describe("an item's second line", () => {
  it("that opens a change of its own is set apart", () => {
    const post = single("### Major Changes\n\n- [#4003](https://github.com/octo/lantern/pull/4003) Thanks [@dima](https://github.com/dima)! - remove `readOnly` prop\n  document `keyMap` prop was removed in migration guide\n");
    expect(post).toContain("`readOnly` prop; document `keyMap`");
  });

  it("that carries a wrapped sentence on runs on", () => {
    for (const notes of [
      "- Fix a crash in\n  update handling of the cache\n",
      "- Users can now\n  disable telemetry from the settings page\n",
      "- When the cache is full the server will\n  remove the oldest entries first\n",
      "- Fix a crash when the cache directory is missing and the user\n  removes the lock file by hand\n"]) {
      const post = single(`## Fixes\n\n${notes}`);
      expect(post).not.toContain(";");
    }
  });
});
