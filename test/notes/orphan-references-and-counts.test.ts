// Orphaned references (a pointer whose link is gone, an advisory id standing as its own sentence) and counts that
// include a catch-all item.
import { describe, expect, it } from "vitest";
import { isOrphanPointer, withAdvisoryIdJoined } from "../../src/notes/prose/orphan-references.js";
import { single } from "../support/composed.js";

describe("orphaned references", () => {
  it("knows a sentence that only points at an entry or a page elsewhere, in several languages", () => {
    expect(isOrphanPointer("Siehe folgenden Eintrag.")).toBe(true);
    expect(isOrphanPointer("See the following entry.")).toBe(true);
    expect(isOrphanPointer("Voir ci-dessous.")).toBe(true);
    expect(isOrphanPointer("См. ниже.")).toBe(true);
    expect(isOrphanPointer("See below for the new `--watch` flag that reloads the config on change.")).toBe(false);
    expect(isOrphanPointer("Siehe Eintrag im Menü Hilfe jetzt auch für Linux verfügbar.")).toBe(false);
  });

  it("drops the pointer and keeps the change", () => {
    const notes = "# 14.4.0\n\n- **FEATURE:** Dialog *Merkliste verwalten* wurde völlig neu geschrieben. Siehe [folgenden Eintrag](https://forum.example.org/topic/6338).\n- **BUGFIX:** Absturz beim Start behoben.\n";
    const post = single(notes, "mediathek");
    expect(post).toContain("Dialog Merkliste verwalten wurde völlig neu geschrieben.");
    expect(post).not.toMatch(/Siehe|Eintrag/u);
  });

  it("names the fix with the advisory id that stood as its own sentence", () => {
    expect(withAdvisoryIdJoined("CVE-2026-26982. Fixed an issue where pasted text could run commands.")).toBe("CVE-2026-26982: Fixed an issue where pasted text could run commands.");
    expect(withAdvisoryIdJoined("CVE-2026-26982.")).toBe("CVE-2026-26982.");
    const notes = "## Security\n\n- [CVE-2026-26982](https://github.com/o/r/security/advisories/GHSA-4jxv-xgrp-5m3r).\n  Fixed an issue where control characters in pasted text could be used to execute arbitrary commands.\n\n## Features\n\n- Scrollback search\n";
    expect(single(notes, "term")).toMatch(/CVE-2026-26982: Fixed an issue where control characters/u);
  });
});

describe("a catch-all item in the count", () => {
  it("counts 'Various small fixes' among the changes left out, though no post shows it", () => {
    const items = Array.from({ length: 14 }, (_, at) => `- Add the ${["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi"][at]} exporter option for remote storage backends`);
    const notes = ["## Changes", "", ...items, "- Various small fixes.", ""].join("\n");
    const post = single(notes, "exporter");
    const shown = (post.match(/^• /gmu) ?? []).length;
    const more = Number(/\+(\d+) more/u.exec(post)?.[1] ?? "0");
    expect(post).not.toContain("Various small fixes");
    expect(shown + more).toBe(15);
  });
});
