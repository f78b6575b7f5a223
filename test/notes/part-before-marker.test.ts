// "[Rust] [BREAKING] x": a tag naming the part a change touches (a binding, a tool) before the breaking marker. The
// change breaks, and the part stays as its scope ("Rust: x"); a lone part tag marks nothing.
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "core", owner: "acme", version: "0.17.0", tag: "0.17.0" };

describe("a part's tag before a breaking marker", () => {
  it("breaks, with the part as its scope", () => {
    const post = single("### Changed\n\n- \\[Rust\\] \\[BREAKING\\] `Synthesizer::new` takes options\n- \\[C\\] \\[Downloader\\] \\[BREAKING\\] `voicevox_init` is removed\n- API docs improved\n", PROJECT);
    expect(post).toContain("⚠️ Breaking changes");
    expect(post).toContain("• Rust: `Synthesizer::new` takes options");
    expect(post).toContain("• C, Downloader: `voicevox_init` is removed");
    expect(post).not.toContain("[BREAKING]");
  });

  it("leaves a part's tag alone without a marker", () => {
    const post = single("### Changed\n\n- \\[Rust\\] \\[C\\] `Synthesizer::new` takes options\n", PROJECT);
    expect(post).not.toContain("Breaking");
    expect(post).toContain("[Rust] [C] `Synthesizer::new` takes options");
  });
});
