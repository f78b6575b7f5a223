// A fix's subject that names only the fault keeps a verb of fixing once its type word goes (set X's review).
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds.js";

describe("a conventional fix that names only its fault", () => {
  it("reads as fixed, not as a fault added", () => {
    expect(readItem("fix(race): race condition in ControllerPublishVolume").text).toMatch(/\bfix race condition in ControllerPublishVolume$/iu);
    expect(readItem("fix: memory leak in the watcher").text).toBe("Fix memory leak in the watcher");
  });

  it("(guard) leaves a subject that says its own verb, or a fault that is now gone", () => {
    expect(readItem("fix: handle a crash when the cache is empty").text).toBe("Handle a crash when the cache is empty");
    expect(readItem("fix(ui): panic is no longer raised on empty input").text).not.toMatch(/fix panic/iu);
  });
});
