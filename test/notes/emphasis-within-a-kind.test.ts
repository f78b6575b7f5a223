// Emphasis inside one kind: when a post can show only some changes of a kind, it shows the broadest — a required move
// to a new major of a framework before a command removed, a deprecated flag removed last; request smuggling before a
// busy loop.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { impactOf } from "../../src/notes/kinds/impact.js";
import { movesMajorDependency, removesDeprecatedOption } from "../../src/notes/kinds/emphasis-words.js";
import type { Release } from "../../src/core/types.js";

const URL = "https://github.com/octo/widget/releases/tag/v2.0.0";
const release = (notes: string): Release => ({ version: "2.0.0", tag: "v2.0.0", name: "v2.0.0", repo: "widget", owner: "octo", url: URL, notes });
const single = (notes: string): string => composePosts(release(notes)).posts[0]?.text ?? "";

describe("breaking changes: a required major upgrade before a removed command, a deprecated flag last", () => {
  const notes = `### Major Changes

- Removes the deprecated \`--fix\` flag from \`widget postinstall\`
- Removes the \`widget serve\` command, you should use \`vite\` directly.
- Removes the \`widget migrate\` commands and the \`--with-migrations\` option, you should use \`prisma\` directly.
- Upgrades Prisma major version to 7. \`prisma\` and \`@prisma/client\` are now peer dependencies of \`widget\`.
- Changes field meta from \`{field}.path\` to \`{field}.key\`
- Changes the default port of the dev server from 3000 to 4000
- Renames the \`ui.hideCreate\` option to \`ui.hideCreateButton\`

### Minor Changes

- Adds support for cuid2 ids
- Adds a \`--watch\` flag to \`widget build\`
`;

  it("the post leads with the framework's new major", () => {
    const post = single(notes);
    expect(post).toContain("Upgrades Prisma major version to 7");
    expect(post.indexOf("Upgrades Prisma")).toBeLessThan(post.indexOf("Removes") === -1 ? Infinity : post.indexOf("Removes"));
    expect(post).not.toContain("deprecated `--fix`");
  });

  it("reads a major move of a framework, runtime or peer dependency, not a bump in passing", () => {
    expect(movesMajorDependency("Upgrades Next major version to 16, `next` is also now a peer dependency")).toBe(true);
    expect(movesMajorDependency("`react` is now a peer dependency so it must be installed directly")).toBe(true);
    expect(movesMajorDependency("The plugin now requires Vite 6")).toBe(true);
    expect(movesMajorDependency("Update lodash to 4.17.21")).toBe(false);
    expect(movesMajorDependency("Removes the `widget serve` command")).toBe(false);
  });

  it("a deprecated option or flag removed is the least of the breaking changes", () => {
    expect(removesDeprecatedOption("Removes the deprecated `--fix` flag from `keystone postinstall`")).toBe(true);
    expect(removesDeprecatedOption("Remove deprecated option `legacy`")).toBe(true);
    expect(removesDeprecatedOption("Deprecated option `legacy` has been removed")).toBe(true);
    expect(removesDeprecatedOption("Removes the `keystone prisma` command")).toBe(false);
    const flags = `### Breaking Changes

- Removes the deprecated \`--legacy\` flag from \`widget build\`
- Changes the default output directory from \`build\` to \`dist\`, update your deploy scripts

### Features

- Adds a \`--watch\` flag to \`widget build\`
- Adds a \`--port\` option to \`widget serve\`
`;
    const post = single(flags);
    expect(post.indexOf("Changes the default output directory")).toBeGreaterThan(-1);
    expect(post.indexOf("Changes the default output directory")).toBeLessThan(post.indexOf("--legacy") === -1 ? Infinity : post.indexOf("--legacy"));
  });
});

describe("security fixes: a hole that hands over requests or rights before a service slowed", () => {
  it("request smuggling, SQL injection and privilege escalation stand above a hang and below code run", () => {
    expect(impactOf("Fix a race condition that could lead to HTTP request smuggling.")).toBeGreaterThan(impactOf("Fix a denial of service in the parser"));
    expect(impactOf("closing a privilege-escalation hole where any user could create sessions")).toBeGreaterThan(impactOf("Fix a crash on startup"));
    expect(impactOf("Fix SQL injection in the search filter")).toBeLessThan(impactOf("Fix remote code execution in the template engine"));
  });

  it("a single post shows the smuggling fix over the busy loop, whichever has its advisory linked", () => {
    const notes = `Backward Incompatibilities
~~~~~~~~~~~~~~~~~~~~~~~~~~

- Python 3.8 is no longer supported.

Security
~~~~~~~~

- Fix a bug that would lead to the server busy looping on select() on a half-open socket.
  See https://github.com/octo/widget/security/advisories/GHSA-3f84-rpwh-47g6

- No longer strip the header values before passing them to the WSGI environ.

- Fix a race condition when lookahead is enabled that could lead to HTTP request smuggling.
`;
    const post = single(notes);
    expect(post).toContain("request smuggling");
    expect(post).not.toContain("busy looping");
  });
});
