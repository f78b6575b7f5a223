import { describe, expect, it } from "vitest";
import { readRepositoryUrl } from "../../src/github/repository-url.js";

describe("readRepositoryUrl", () => {
  it.each([
    ["https://x-access-token:ghs_secret@github.com/acme/rocket.git", "github.com", ["acme", "rocket"]],
    ["git@GitHub.com:acme/rocket.git", "github.com", ["acme", "rocket"]],
    ["ssh://git@ghe.example:2222/group/sub/rocket.git/", "ghe.example", ["group", "sub", "rocket"]],
    ["file:///tmp/work/remote.git", "", ["tmp", "work", "remote"]],
    ["https://github.com/acme/r%C3%A9sum%C3%A9", "github.com", ["acme", "résumé"]],
  ])("reads %s", (url, host, segments) => {
    expect(readRepositoryUrl(url)).toEqual({ host, segments });
  });

  it("keeps a malformed %-escape as written instead of throwing", () => {
    expect(readRepositoryUrl("https://github.com/acme/bad%E0%A4%A")).toEqual({ host: "github.com", segments: ["acme", "bad%E0%A4%A"] });
  });

  it.each(["", "::::", "/local/path", "https://"])("returns undefined for %j", (url) => {
    expect(readRepositoryUrl(url)).toBeUndefined();
  });

  it("never returns the user info of a push URL", () => {
    expect(JSON.stringify(readRepositoryUrl("https://x-access-token:ghs_secret@github.com/acme/rocket"))).not.toContain("ghs_secret");
  });
});
