// What every release page of a project says besides its changes (issue 11: prose names a change or goes): where to
// follow install instructions, where the latest release is always listed.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const NOTES = `# Lantern 1.22

Follow the instructions in [Installing Lantern](https://example.org/install) to install the components you require.
The latest 1.x release is always listed at [Lantern Releases](https://example.org/releases).

## Serving

- The deprecated \`DefaultPartition\` configuration option has been removed.
- Minimal supported version of Kubernetes is now 1.34.
`;

describe("install and listing pointers", () => {
  it("are no part of the post", () => {
    const post = single(NOTES, { version: "1.22" });
    expect(post).toContain("DefaultPartition");
    expect(post).not.toMatch(/Follow the instructions|always listed/u);
  });
});
