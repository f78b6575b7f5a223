// A heading whose body was dropped is never a bare item: a topic title ("🔐 Tap trust", "Mobile Support") is said with
// the sentence of its part that says what was done; a title over a one-sentence lead-in ("Homebrew published three
// security advisories:") groups the list under it, whose items are the changes.
import { describe, expect, it } from "vitest";
import { keySentence, titledWithKey } from "../../src/notes/prose/blog-sections.js";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a part titled by its topic", () => {
  it("is said with the sentence that says its change", () => {
    const key = keySentence("Getting Started Experience", ["One thing you always go through when starting with a new framework is the getting started process.", "This whole onboarding experience has been improved and now also bootstraps mobile templates."]);
    expect(key).toBe("This whole onboarding experience has been improved and now also bootstraps mobile templates.");
    expect(titledWithKey("Getting Started Experience", key ?? "")).toBe("Getting Started Experience: This whole onboarding experience has been improved and now also bootstraps mobile templates.");
    // A sentence that names every word of the title says the topic itself.
    expect(titledWithKey("Hot-Module Replacement", "We extended the Hot-Module Replacement to mobile devices.")).toBe("We extended the Hot-Module Replacement to mobile devices.");
    // History, a version's past or a sentence leaning on another says no change of this release.
    expect(keySentence("Config", ["Since v1.2 we added a config file."])).toBeNull();
    expect(keySentence("Persistent cache", ["In v1.2 we introduced an experimental cache configuration."])).toBeNull();
    expect(keySentence("Procedural macros", ["Now there are more kinds."])).toBeNull();
  });

  it("shows as that item, never as its bare title", () => {
    const notes = "## Highlights\n\n#### 🔐 Tap trust\n\nHomebrew 6.0.0 introduces tap trust. A third-party tap can contain arbitrary Ruby that runs on your machine.\n\n- Homebrew stops auto-tapping untrusted taps.\n\n#### Mobile Support\n\nTauri now runs on iOS and Android.\n";
    const shown = texts(notes);
    expect(shown).not.toContain("🔐 Tap trust");
    expect(shown).toContain("Homebrew 6.0.0 introduces tap trust.");
    expect(shown).toContain("Mobile Support: Tauri now runs on iOS and Android.");
  });

  it("(guard) a longer title already says its change and stays as it is", () => {
    expect(texts("## Path traversal in the permission model via symlinks\n\nA flaw in the permission model lets a symlink escape the allowed paths.\n")).toEqual(["Path traversal in the permission model via symlinks"]);
  });
});

describe("a title over a one-sentence lead-in to a list", () => {
  it("groups the list: its items are the changes, not the bare title", () => {
    const notes = "### 🔒 Security\n\n#### 🚨 Security advisories\n\nHomebrew published three security advisories:\n\n- Root code execution was possible via Git hooks in the postinstall (GHSA-6689-q779-c33m).\n- The installer trusted a user-controlled plist (GHSA-59v8-x8q4-px5c).\n";
    const shown = texts(notes);
    expect(shown).not.toContain("🚨 Security advisories");
    expect(shown.some((text) => text.includes("GHSA-6689-q779-c33m"))).toBe(true);
  });
});
