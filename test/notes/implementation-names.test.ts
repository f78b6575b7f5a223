import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, tag: string, about?: string): Release => ({
  version: "0.19.0",
  tag,
  name: tag,
  owner,
  repo,
  url: "",
  notes: "",
  ...(about ? { about } : {}),
});
const notes = "## 0.19.0\n\n### Minor Changes\n\n- b6c803c: API update\n";

describe("names of one implementation of a project", () => {
  it("reads a tag named for a language as the repository's release, not a package called js", () => {
    expect(projectName(release("portone-io", "server-sdk", "js-v0.19.0"), notes)).toBe("portone-io/server-sdk");
    expect(projectName(release("acme", "widgets", "py-v0.19.0"), notes)).toBe("widgets");
  });

  it("still reads a package's tag in a monorepo as that package", () => {
    expect(projectName(release("formatjs", "formatjs", "react-intl@0.19.0"), notes)).toBe("react-intl");
  });

  it("goes with its owner where every word of the repository's name is generic", () => {
    expect(projectName(release("acme", "server-sdk", "v0.19.0"), notes)).toBe("acme/server-sdk");
    expect(projectName(release("acme", "server-kit", "v0.19.0"), notes)).toBe("acme/server-kit");
  });

  it("drops a Node.js ending from a many-word repository name, as its package does", () => {
    expect(projectName(release("googleapis", "google-auth-library-nodejs", "v10.0.0"), notes)).toBe("google-auth-library");
    expect(projectName(release("googleapis", "google-auth-library-nodejs", "v10.0.0", "Google Auth Library for Node.js"), "Google Auth Library now needs Node 18.")).toBe("Google Auth Library");
    // One word before it is the product's name plus its platform, said as people say it.
    expect(projectName(release("acme", "sqlite-node", "v1.0.0"), notes)).not.toBe("sqlite");
  });
});
