import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

// A thread tells the release in the order of importance: post 1 carries what the single post leads with, a section of
// the notes opens with the change the notes list first, advisories come in the notes' order, and a lead-in that counts
// its list is never said over part of it. (Made-up notes of each class.)
describe("thread importance order", () => {
  const advisories = [
    "## Security",
    "",
    "Homebrew published three security advisories:",
    "",
    "- GHSA-aaaa-bbbb-cccc: `brew install` could follow a symlink out of the cache directory and overwrite arbitrary files owned by the user running the command, allowing local privilege escalation on shared machines.",
    "- GHSA-dddd-eeee-ffff: the bottle download step did not verify the manifest digest when a mirror was configured, so a malicious mirror could serve a tampered bottle to every user of that mirror.",
    "- GHSA-gggg-hhhh-iiii: `brew tap` passed untrusted remote names to git without quoting them, so a crafted tap name could run arbitrary shell commands on the machine that tapped it.",
    "",
    "## New features",
    "",
    "- `brew bundle` now supports `--cleanup` for casks installed outside the Brewfile",
    "- `brew services` gains a `kill` subcommand",
  ].join("\n");

  it("opens post 1 with the notes' first advisory and keeps their order", () => {
    const posts = thread(advisories, { version: "4.5.0" });
    expect(posts[0]).toContain("GHSA-aaaa-bbbb-cccc");
    const at = (id: string): number => posts.findIndex((post) => post.includes(id));
    expect(at("GHSA-aaaa-bbbb-cccc")).toBeLessThanOrEqual(at("GHSA-dddd-eeee-ffff"));
    expect(at("GHSA-dddd-eeee-ffff")).toBeLessThanOrEqual(at("GHSA-gggg-hhhh-iiii"));
  });

  it("never says a lead-in that counts its list over the part of it a post shows", () => {
    for (const post of [...thread(advisories, { version: "4.5.0" }), single(advisories, { version: "4.5.0" })]) expect(post).not.toContain("three security advisories");
    // The section's own label stands instead.
    expect(thread(advisories, { version: "4.5.0" })[1]).toMatch(/^Security:/u);
  });

  it("never opens a section in post 1 with a later change while its first waits for post 2", () => {
    const notes = [
      "### Features",
      "",
      "* Add support for injecting `HTTPConnection` (as `Request` and `WebSocket`). Useful for sharing app state in dependencies.",
      "* Export `WebSocketDisconnect` and add example handling WebSocket disconnections to docs.",
      "",
      "### Breaking Changes",
      "",
      "* Require Pydantic > `1.0.0`.",
      "* In `encoders.jsonable_encoder` remove parameter `sqlalchemy_safe`.",
      "",
      "### Docs",
      "",
      "* Add link to the course by TestDriven.io.",
      "* Fix empty log message in docs example about handling errors.",
    ].join("\n");
    const posts = thread(notes, { version: "0.61.0" });
    expect(posts[0]).toContain("Require Pydantic");
    expect(posts[0]).not.toContain("WebSocketDisconnect");
    const at = (text: string): number => posts.findIndex((post) => post.includes(text));
    expect(at("HTTPConnection")).toBeLessThanOrEqual(at("WebSocketDisconnect"));
  });

  it("says no made-up \"Highlights:\" over the changes a post opens with", () => {
    const notes = [
      "## Procedural Macros",
      "",
      "Procedural macros can now define attributes and function-like macros, which opens them up to many new uses.",
      "",
      "## Raw Identifiers",
      "",
      "You can now use keywords as identifiers with the new raw identifier syntax, `r#match`.",
      "",
      "## Other things",
      "",
      "### Library stabilizations",
      "",
      "A few new APIs were stabilized in this release, among them `Ipv4Addr::BROADCAST` and `Ipv6Addr::LOCALHOST`.",
    ].join("\n");
    for (const post of [single(notes, { version: "1.30.0" }), ...thread(notes, { version: "1.30.0", maxLength: 140 })]) expect(post).not.toMatch(/^Highlights:/mu);
  });
});

describe("thread lead-in sentences", () => {
  it("says a sentence that introduced a list only in the post that starts the list", () => {
    const notes = [
      "## Changes",
      "",
      "This release stabilizes these APIs:",
      "",
      "- `Iterator::step_by` returns an iterator that steps by the given amount at each iteration of the loop body",
      "- `Option::get_or_insert_with` inserts a value computed from a closure if the option is `None`",
      "- `String::retain` keeps only the characters specified by the predicate and removes the rest in place",
      "- `Vec::drain_filter` removes and yields every element of the vector that matches the given predicate",
    ].join("\n");
    const posts = thread(notes, { version: "1.30.0" });
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.filter((post) => post.includes("This release stabilizes these APIs"))).toHaveLength(1);
    expect(posts.find((post) => post.includes("This release stabilizes these APIs"))).toContain("`Iterator::step_by`");
  });
});
