import { describe, expect, it } from "vitest";
import { leansBack } from "../../src/notes/thread-order.js";
import { posts, thread } from "../support/composed.js";

const PROJECT = { repo: "widget", owner: "acme", version: "2.0.0" };

describe("a sentence that leans on its neighbour never stands alone", () => {
  it("reads a connective set after the subject as leaning back", () => {
    expect(leansBack("The website, however, will reference 2.0.")).toBe(true);
    expect(leansBack("Users, in turn, must pin the old version.")).toBe(true);
    expect(leansBack("The website now supports dark mode.")).toBe(false);
  });

  it("is left out of a single post that does not show the sentence before it", () => {
    const notes = `We keep publishing 1.x under the \`latest\` tag on npm because many users load it from unversioned CDN links and a forced upgrade would break their pages. The docs site, however, will document 2.0.

### Breaking changes

- All plugins moved out of the core package into their own repository and are now versioned on their own.
`;
    const [single] = posts(notes, PROJECT);
    expect(single).not.toContain("however");
    expect(single).toContain("All plugins moved");
  });

  it("goes with the opening summary it leans on, which leads the thread", () => {
    const notes = `This release adds a new router written in Rust. Furthermore, start-up is faster.

### Breaking changes

- Drop support for Node 16.
`;
    const [first] = thread(notes, PROJECT);
    expect(first!.indexOf("new router")).toBeGreaterThan(0);
    expect(first!.indexOf("new router")).toBeLessThan(first!.indexOf("Node 16"));
  });
});
