// cut-with-room: a thread below its cap never cuts an item that fits a post whole.
import { describe, expect, it } from "vitest";
import { checkPosts, type CheckInput, type Defect } from "./post-checks.js";

const notes = [
  "## Changes",
  "- The LTS branch is supported for nine months while still receiving security updates from the main branch by @jdm in https://github.com/o/r/pull/1",
  "- " + "A very long explanation of the new renderer that goes on and on about its design, ".repeat(4) + "and ends here.",
].join("\n");
const run = (posts: string[], extra: Partial<CheckInput> = {}): Defect[] =>
  checkPosts({ posts, notes, releaseUrl: "", mode: "thread", maxLength: 280, threadCap: 5, ...extra }).filter((defect) => defect.check === "cut-with-room");

describe("cut-with-room", () => {
  it("flags an item cut in a thread that has posts left, when the whole item fits one", () => {
    expect(run(["Servo 0.1.0 is out!", "• The LTS branch is supported for nine months while still receiving security updates…"])).toHaveLength(1);
  });
  it("passes the cut at the cap, in a single post, and of a sentence longer than a post", () => {
    const cut = "• The LTS branch is supported for nine months while still receiving security updates…";
    expect(run(["a", "b", "c", "d", cut])).toEqual([]);
    expect(run([`Servo 0.1.0 is out!\n${cut}`], { mode: "single" })).toEqual([]);
    expect(run(["Servo 0.1.0 is out!", "• A very long explanation of the new renderer that goes on and on…"])).toEqual([]);
  });
  it("passes the item whole", () => {
    expect(run(["Servo 0.1.0 is out!", "• The LTS branch is supported for nine months while still receiving security updates from the main branch"])).toEqual([]);
  });
});
