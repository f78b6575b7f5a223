import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { composePosts } from "../../src/notes/compose.js";
import { fieldItemText } from "../../src/notes/formats/field-items.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, version = "1.0.0", tag = `v${version}`): Release => ({ version, tag, name: tag, owner, repo, url: "https://example.test/r", notes: "" });

describe("nameZ: the project's name as the project writes it", () => {
  it("a title's capital that only opens its line gives way to the lowercase the notes' sentences write", () => {
    const notes = ["Util-linux 2.38 Release Notes", "", "This is the first release with translated util-linux man-pages.", "", "  - build: switch to the util-linux organization"].join("\n");
    expect(projectName(release("util-linux", "util-linux", "2.38", "v2.38"), notes)).toBe("util-linux");
    // A heading's capital beside lowercase commit subjects stands: "feat(gin): …" is lowercase by convention.
    const gin = ["## Gin v1.12.0", "", "- feat(gin): add a context option", "- fix(gin): close the body"].join("\n");
    expect(projectName(release("gin-gonic", "gin", "1.12.0"), gin)).toBe("Gin");
    // A title that writes the name so, with no lowercase sentence against it, stands.
    expect(projectName(release("acme", "widget", "2.0.0"), "Widget 2.0.0 Release Notes\n\n- Adds a `--fast` flag.")).toBe("Widget");
  });

  it("a file's or module's name ('zakuro.ini') is the notes writing the name in lowercase (mendP: no guessed capital)", () => {
    const notes = "- [CHANGE] The default config file moved from zakuro.ini to config.ini\n- [ADD] An `--fast` option";
    expect(projectName(release("shiguredo", "zakuro", "2025.2.0"), notes)).toBe("zakuro");
    expect(projectName(release("shiguredo", "zakuro", "2025.2.0"), "- zakuro now reads config.ini")).toBe("zakuro");
  });

  it("a scope named for the repository with the product's major ('@keystone-6/core') names the product", () => {
    const notes = "- Adds tracing for Keystone's internal operations\n- Removes the `keystone prisma` command";
    expect(projectName(release("keystonejs", "keystone", "8.0.0", "@keystone-6/core@8.0.0"), notes)).toBe("Keystone");
    // Where the notes never write it, the repository's slug, not a guessed capital.
    expect(projectName(release("urql-graphql", "urql", "6.0.2", "@urql/core@6.0.2"), "- Fix a cache miss")).toBe("urql");
    // Another package of the monorepo stays as npm writes it.
    expect(projectName(release("keystonejs", "keystone", "8.0.0", "@keystone-6/auth@8.0.0"), notes)).toBe("@keystone-6/auth");
  });
});

describe("nameZ: a date heading is the release's heading, never a group label", () => {
  it("'# 09/09/2024' over the notes' only list labels nothing", () => {
    const items = [
      "Mise en place d'optimisation sur la gestion des équipements transmis",
      "Ajout d'une sécurité pour éviter de mettre en topic racine un topic utilisé par un plugin",
      "Ajout d'un assistant pour lier deux serveurs facilement",
      "Activation de la découverte auto par défaut",
      "Correction d'un bug sur la création de la commande indiquant l'état d'un serveur distant",
      "Vérification du listener à chaque démarrage du démon",
    ];
    const notes = ["# 09/09/2024", "", ...items.map((item) => `- ${item}`)].join("\n");
    for (const thread of [false, true]) {
      const text = composePosts({ ...release("acme", "plugin-foo", "09/09/2024", ""), notes }, { thread }).posts.map((post) => post.text).join("\n");
      expect(text).toContain("• Mise en place d'optimisation");
      expect(text).not.toMatch(/09\/09\/2024\s*:/u);
    }
  });
});

describe("nameZ: a field's value keeps a name typed in lowercase", () => {
  it("'npm now…' stays lowercase; a plain word opens in capitals", () => {
    expect(fieldItemText("PR: #12 Summary: npm now installs peer dependencies")).toBe("npm now installs peer dependencies");
    expect(fieldItemText("PR: #12 Summary: pnpm reads the lockfile")).toBe("pnpm reads the lockfile");
    expect(fieldItemText("PR: #12 Summary: new `--json` flag")).toBe("New `--json` flag");
  });
});
