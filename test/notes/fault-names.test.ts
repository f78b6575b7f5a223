// A fix's subject that names only the fault keeps a verb of fixing once its type word goes (set X's review: outscale's
// "fix(race): race condition in ControllerPublishVolume" showed as "race condition in …" under "🐛 Fixed:").
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";

describe("a conventional fix that names only its fault", () => {
  it("reads as fixed, not as a fault added", () => {
    // The scope that names the same fault goes with it: "race: fix race condition …" would say it twice.
    expect(readItem("fix(race): race condition in ControllerPublishVolume").text).toBe("Fix race condition in ControllerPublishVolume");
    expect(readItem("fix: memory leak in the watcher").text).toBe("Fix memory leak in the watcher");
    expect(readItem("🧵 fix(store): a crash when the cache is cold").text).toBe("store: fix a crash when the cache is cold");
  });

  it("(guard) leaves a subject with its own verb, a fault said to be gone, and a capitalised type or subject", () => {
    expect(readItem("fix: handle a crash when the cache is empty").text).toBe("Handle a crash when the cache is empty");
    expect(readItem("fix(ui): panic is no longer raised on empty input").text).not.toMatch(/fix panic/iu);
    expect(readItem("Fix: the crash when the cache is cold").text).toBe("Fix: the crash when the cache is cold");
    expect(readItem("fix: Crash reporter uploads minidumps").text).not.toMatch(/fix crash/iu);
    expect(readItem("feat: leak detector for watchers").text).not.toMatch(/fix/iu);
  });
});
