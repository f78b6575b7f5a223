import { describe, expect, it } from "vitest";
import { namesWhatChanged } from "../../src/notes/prose/prose.js";
import { thread } from "../support/composed.js";

const notes = [
  "## 22.0.0",
  "",
  "### Features",
  "",
  "- All components use the OnPush change detection strategy",
  "- add date adapter support",
  "- **upload:** support custom actions and extra fields on every request",
  "",
  "### Bug Fixes",
  "",
  "- **form:** signal form compatibility",
  "- **select:** keep the dropdown's scroll position when loading more options on scroll",
  "",
  "### ⚠ BREAKING CHANGES",
  "",
  "Date-related components no longer provide a default date engine adapter. Applications that use date-related components must configure a date adapter explicitly. To keep the previous date-fns based behavior, add `provideNzDateFnsAdapter()` in `app.config.ts`.",
  "",
  "`date-fns` has been upgraded to v4. Applications that use `date-fns` APIs directly should update their imports.",
  "",
].join("\n");

describe("a breaking section of several paragraphs", () => {
  it("says a dependency moved to a new major as a change of its own", () => {
    expect(namesWhatChanged("`date-fns` has been upgraded to v4.")).toBe(true);
    expect(namesWhatChanged("`date-fns` 已升级到 v4。")).toBe(true);
    expect(namesWhatChanged("Applications that use date-related components are affected.")).toBe(false);
  });

  it("shows every paragraph's breaking change in the thread, the second after the first's step", () => {
    const posts = thread(notes, "ng-zorro-antd");
    const all = posts.join("\n");
    expect(all).toContain("`date-fns` has been upgraded to v4.");
    expect(posts[0]).toContain("add `provideNzDateFnsAdapter()`");
    expect(all.indexOf("provideNzDateFnsAdapter")).toBeLessThan(all.indexOf("`date-fns` has been upgraded"));
  });
});
