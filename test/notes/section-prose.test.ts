// Long prose notes in a thread: after the first post, a labelled section's prose takes one paragraph while listed
// changes wait, and a paragraph that leans on the one before it never opens a post.
import { describe, expect, it } from "vitest";
import { leansBack } from "../../src/notes/thread-order.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "gearbox", owner: "acme", version: "4.0.0" };

// A launch post: a section of three long paragraphs, then sections of listed features and fixes.
const LAUNCH = [
  "## Highlights",
  "",
  "Gearbox 4 adds a tracing view that records every gear change with the torque, the speed and the time it took to settle, so that slow shifts can be found at a glance in the timeline.",
  "",
  "The tracing view groups the records by shaft and by gear ratio, and it colours each record by how long the shift took compared with the average of the shifts before it in the same session.",
  "",
  "Behind the view, the recorder keeps a ring buffer of the last ten thousand records per shaft and writes them out in the background, which keeps its cost below one percent of a busy gearbox.",
  "",
  "## Features",
  "",
  "- Add a `clutch.slip()` helper that reports the slip ratio of a running clutch",
  "- Support reverse gears on planetary sets with more than three planets",
  "- Add a `--dry-run` flag to `gearbox tune` that prints the new ratios without writing them",
  "- Allow custom tooth profiles in `Gear.from_profile()`",
  "- Add Brazilian Portuguese translations of the command-line help",
  "",
  "## Fixes",
  "",
  "- Fix a crash when a shaft has no gears attached",
  "- Fix the torque unit shown in the summary table",
  "- Fix `gearbox tune` ignoring the `--ratio` option on Windows",
].join("\n");

describe("a labelled section's prose in a thread", () => {
  it("takes one paragraph while listed changes wait, and the changes take the room the others had", () => {
    const posts = thread(LAUNCH, PROJECT).join("\n\n");
    expect(posts).toContain("tracing view that records every gear change");
    expect(posts).not.toContain("groups the records by shaft");
    expect(posts).not.toContain("ring buffer");
    for (const change of ["clutch.slip()", "reverse gears", "--dry-run", "tooth profiles", "crash when a shaft"]) expect(posts).toContain(change);
  });

  it("keeps every paragraph when the section is all the notes have", () => {
    const prose = LAUNCH.split("## Features")[0] ?? "";
    const posts = thread(prose, PROJECT).join("\n\n");
    expect(posts).toContain("groups the records by shaft");
    expect(posts).toContain("ring buffer");
  });
});

describe("a paragraph that leans on the one before it", () => {
  it("never opens a post", () => {
    const long = (topic: string): string =>
      `The ${topic} of the gearbox was rewritten from scratch for this release, with a new data model, a new file format and a new set of checks that run before every shift is applied to the shaft.`;
    const notes = [
      long("shift planner"),
      "",
      long("ratio solver"),
      "",
      long("torque model"),
      "",
      "However, the old file format can still be read, and files in it are converted when they are first opened, so no project has to be migrated by hand before it moves to the new release.",
      "",
      long("clutch driver"),
    ].join("\n");
    const posts = thread(notes, PROJECT);
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts.slice(1)) expect(post.startsWith("However")).toBe(false);
  });
});

describe("words that lean back", () => {
  it("a sentence that names the release leans on nothing, in Japanese and Chinese as in English", () => {
    for (const text of ["このリリースでは起動が速くなりました。", "这个版本加快了启动速度。", "該版本加快了啟動速度。", "This release speeds up start-up."]) expect(leansBack(text), text).toBe(false);
    for (const text of ["この変更により起動が速くなりました。", "这使启动更快。", "This means start-up is faster."]) expect(leansBack(text), text).toBe(true);
  });
});
