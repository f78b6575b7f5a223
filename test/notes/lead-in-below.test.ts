// A sentence that ends pointing at a code block ("…like below.", "…as follows.") goes with the block; the change it
// belongs to stays.
import { describe, expect, it } from "vitest";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "jobs", owner: "acme", version: "8.1.0" };
const text = (notes: string): string => thread(notes, PROJECT).join("\n");

describe("a lead-in to a code block that ends with a full stop", () => {
  it("goes in a list item, and the item stays", () => {
    const post = text("### Features\n\n- Add the job profiler. You can activate this beta feature like below.\n\n  ```ruby\n  Jobs.profiler = true\n  ```\n\n- Add a `--quiet` flag\n");
    expect(post).toContain("Add the job profiler.");
    expect(post).not.toMatch(/like below/u);
  });

  it("goes in mid-text too, and the sentences around it stay", () => {
    const post = text("### Features\n\n- Allow idle connection reaping. You can turn it on like below. It may be on by default in 9.0.\n\n  ```ruby\n  Jobs.reap = 60\n  ```\n\n- Add a `--quiet` flag\n");
    expect(post).toContain("Allow idle connection reaping. It may be on by default in 9.0.");
    expect(post).not.toMatch(/like below/u);
  });

  it("goes in a paragraph, in any of its forms", () => {
    const post = text("The scheduler now retries failed jobs with backoff. Configure it as follows.\n\n```yaml\nretries: 5\n```\n\n### Fixes\n\n- Fix a crash on empty queues\n");
    expect(post).toContain("retries failed jobs with backoff");
    expect(post).not.toMatch(/as follows/u);
  });

  it("stays where the sentence says where, not what comes next", () => {
    const post = text("### Features\n\n- Show the queue size below the job list.\n- Add a `--quiet` flag\n");
    expect(post).toContain("below the job list.");
  });
});
