// The suite's "leaves nothing behind" check can fail: it finds a leak inside the run's folder and one that escaped it.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, TEMP_PREFIX } from "./temp-dir.js";
import { isolateTempFolder } from "./temp-isolation.js";

describe("isolateTempFolder", () => {
  it("points TMPDIR, TEMP and TMP at a fresh folder and restores them", () => {
    const systemTemp = makeTempDir("isolation");
    const env: NodeJS.ProcessEnv = { TMPDIR: "/elsewhere" };
    const check = isolateTempFolder(systemTemp, env);
    expect(env.TMPDIR).toMatch(new RegExp(`^${systemTemp}/${TEMP_PREFIX}run-`));
    expect(env.TEMP).toBe(env.TMPDIR);
    expect(check()).toEqual([]);
    expect(env).toEqual({ TMPDIR: "/elsewhere" });
    expect(readdirSync(systemTemp)).toEqual([]);
  });

  it("reports (and removes) what a run left in its folder, and our entries that escaped it; others' and tool caches are not leaks", () => {
    const systemTemp = makeTempDir("isolation");
    writeFileSync(join(systemTemp, `${TEMP_PREFIX}from-before`), "");
    const env: NodeJS.ProcessEnv = {};
    const check = isolateTempFolder(systemTemp, env);
    const runTemp = env.TMPDIR!;
    mkdirSync(join(runTemp, "tool-leftover"));
    mkdirSync(join(runTemp, "node-compile-cache"));
    mkdirSync(join(systemTemp, `${TEMP_PREFIX}escaped`));
    mkdirSync(join(systemTemp, "another-program"));
    expect(check().sort()).toEqual([join(runTemp, "tool-leftover"), join(systemTemp, `${TEMP_PREFIX}escaped`)].sort());
    expect(readdirSync(systemTemp).sort()).toEqual(["another-program", `${TEMP_PREFIX}from-before`]);
  });
});
