// A tracker's keys on changes (Jira's "PROJ-12", Linear's "eng-42") are references a reader cannot open: they go, at a
// change's start or end, in brackets or before a colon; a change that was only its key goes too. Names that look like
// keys ("UTF-8", "SHA-256", "GPT-4") stay.
import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";
import { trackerKeys, withoutTrackerIds } from "../../src/notes/text/tracker-ids.js";

const post = (notes: string, thread = false): string => posts(notes, { owner: "acme", repo: "kit", version: "0.9.0", thread }).join("\n");

describe("tracker keys on changes", () => {
  it("go from a release-plz changelog's scopes, the change told from its first word", () => {
    const text = post(
      [
        "## [0.9.0] - 2025-07-30",
        "",
        "### Added",
        "",
        "- *(eng-798)* streaming tool calls ([#611](https://github.com/acme/kit/pull/611))",
        "- *(eng-819)* vector store index request struct ([#623](https://github.com/acme/kit/pull/623))",
        "- *(eng-830)* map documents to text for the Responses API ([#622](https://github.com/acme/kit/pull/622))",
        "",
        "### Fixed",
        "",
        "- *(eng-834)* wrong tracing log level ([#626](https://github.com/acme/kit/pull/626))",
      ].join("\n"),
    );
    expect(text).not.toMatch(/eng-\d/u);
    expect(text).toContain("• Vector store index request struct");
    expect(text).toContain("• Wrong tracing log level");
  });

  it("go in every form Jira's keys are written in, and an item left with nothing is no item", () => {
    const text = post(
      [
        "## Changes",
        "",
        "- PAY-1203: Retry failed webhooks with backoff",
        "- [PAY-1198] Show the refund reason on receipts",
        "- Export invoices as CSV (PAY-1187)",
        "- PAY-1190",
      ].join("\n"),
      true,
    );
    expect(text).not.toMatch(/PAY-\d/u);
    expect(text).toContain("• Retry failed webhooks with backoff");
    expect(text).toContain("• Show the refund reason on receipts");
    expect(text).toContain("• Export invoices as CSV");
    expect(text).not.toMatch(/^• *$/mu);
  });

  it("are known by the letters the notes repeat, and never a standard's or a model's name", () => {
    const keys = trackerKeys(["rig-12: a", "(rig-13) b", "UTF-8: c", "SHA-256: d", "SHA-1: e"]);
    expect([...keys]).toEqual(["rig"]);
    expect(withoutTrackerIds("UTF-8: decode surrogate pairs", keys)).toBe("UTF-8: decode surrogate pairs");
    expect(withoutTrackerIds("GPT-4: raise the token limit", keys)).toBe("GPT-4: raise the token limit");
    expect(withoutTrackerIds("Hash passwords with SHA-256", keys)).toBe("Hash passwords with SHA-256");
    // A lower-case name with a number said once is a name ("vue-3"), not a key.
    expect(withoutTrackerIds("(vue-3) support script setup", new Set())).toBe("(vue-3) support script setup");
    expect(withoutTrackerIds("(rig-14) `rig-wasm`", keys)).toBe("`rig-wasm`");
  });

  it("leave a standard's name and a platform's version that open a change, and a bare key said once", () => {
    const items = ["PSR-12 formatting for generated classes", "ERC-20 token transfers", "EIP-1559 fee estimates", "SQL-92 compliant `LIKE` escaping", "FIPS-140 mode for hashing", "MPEG-21 metadata"];
    const scopes = ["gtk-4: fix crash when closing the last window", "gtk-3: fix crash when closing the last window", "qt-6: fix HiDPI scaling", "qt-5: keep the old scaling"];
    const keys = trackerKeys([...items, ...scopes]);
    expect([...keys]).toEqual([]);
    for (const text of [...items, ...scopes]) expect(withoutTrackerIds(text, keys)).toBe(text);
    expect(post(["## Fixes", "", ...scopes.map((text) => `- ${text}`)].join("\n"), true)).toContain("qt-6");
    expect(post("## Changes\n\n- (PSR-4) autoload the plugins (PSR-4)\n- Faster builds")).toContain("(PSR-4)");
    // A bare key goes where the notes repeat its letters.
    expect(withoutTrackerIds("PAY-12 retry webhooks", trackerKeys(["PAY-12 retry webhooks", "PAY-13 show refunds"]))).toBe("Retry webhooks");
  });
});
