// A release post from the project's website, blog or docs repository ("docsite", "lantern-blog") is the product's: the
// post names the product as its notes do beside this version, and a configured name still wins.
import { describe, expect, it } from "vitest";
import { projectName } from "../../src/notes/project-name.js";
import { namedRelease as release, single } from "../support/composed.js";

describe("a site-only repository", () => {
  const notes = "Welcome back, grab a coffee, Lantern 0.4 just dropped.\n\nLantern 0.4 adds server functions.\n\n## Server functions\n\nYou can now call the server from a component.\n";

  it("is named for the product its notes announce beside this version, which the owner's name holds", () => {
    expect(projectName(release("0.4.0", "LanternLabs", "docsite"), notes)).toBe("Lantern");
    expect(single(notes, { owner: "LanternLabs", repo: "docsite", version: "0.4.0" })).toMatch(/^Lantern 0\.4\.0 is out!/u);
  });

  it("(guard) keeps its slug where the notes name nothing the owner's name holds", () => {
    const other = "Welcome back, Beacon 0.4 just dropped.\n\n- Adds server functions.\n";
    expect(projectName(release("0.4.0", "LanternLabs", "docsite"), other)).not.toBe("Beacon");
  });

  it("(guard) a configured name wins", () => {
    expect(projectName(release("0.4.0", "LanternLabs", "docsite", { project: "Lantern UI" }), notes)).toBe("Lantern UI");
  });
});

describe("a blog's repository", () => {
  const notes = "---\ntitle: Lantern 6.8 Released\ndate: 2025-10-25\n---\n\nThe Lantern project is excited to announce Lantern v6.8.\n\n## Key Features\n\n- Adds `renderWidget` for rendering into any element.\n";

  it("is named as the post's title names the product ('lantern-blog' → 'Lantern')", () => {
    expect(projectName(release("6.8.0", "lantern-learn", "lantern-blog"), notes)).toBe("Lantern");
  });

  it("(guard) an ordinary repository keeps its own name", () => {
    expect(projectName(release("6.8.0", "lantern-learn", "lantern-blogger"), notes)).not.toBe("Lantern");
  });
});
