// scripts/self-test.js, the script CI's self-test job runs: it passes on the bundle in dist/ and fails on a bundle that
// does not behave like the Action, and its `check` part fails on outputs a dry run cannot have.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const script = join(root, "scripts", "self-test.js");
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function selfTest(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
}

/** A stand-in Action entry that writes the given GITHUB_OUTPUT text and exits with `status`. */
function fakeEntry(outputs: string, status = 0): string {
  const dir = mkdtempSync(join(tmpdir(), "release-tweet-self-test-entry-"));
  made.push(dir);
  const entry = join(dir, "index.mjs");
  writeFileSync(
    entry,
    `import { appendFileSync } from "node:fs";\nappendFileSync(process.env.GITHUB_OUTPUT, ${JSON.stringify(outputs)});\nprocess.exitCode = ${status};\n`,
  );
  return entry;
}

describe("scripts/self-test.js", () => {
  it("passes on dist/action/index.js, run as the runner runs it on a synthetic release event", () => {
    const result = selfTest([]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("self-test: passed");
    expect(result.status).toBe(0);
  });

  it("fails on an entry that sets no outputs, and on one that exits 1", () => {
    const silent = selfTest(["--entry", fakeEntry("")]);
    expect(silent.status).toBe(1);
    expect(silent.stderr).toContain("output 'texts' is not JSON");
    expect(silent.stderr).toContain("input 'api-key' was not masked");

    const failing = selfTest(["--entry", fakeEntry("", 1)]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("the Action exited with 1");
  });

  it("check: passes a dry run's outputs and fails on inconsistent ones", () => {
    const posts = ["widget 1.2.0 is out!\n\n• one", "• two"];
    const good = { TEXT: posts.join("\n\n"), TEXTS: JSON.stringify(posts), EXPECT_IN_TEXT: "widget 1.2.0" };
    expect(selfTest(["check"], good).status).toBe(0);

    const split = selfTest(["check"], { ...good, TEXT: posts.join("\n") });
    expect(split.status).toBe(1);
    expect(split.stderr).toContain("'text' is not the posts of 'texts' joined by a blank line");

    const posted = selfTest(["check"], { ...good, TWEET_ID: "1445880548472328192" });
    expect(posted.status).toBe(1);
    expect(posted.stderr).toContain("'tweet-id' is set on a dry run");

    const other = selfTest(["check"], { ...good, EXPECT_IN_TEXT: "https://github.com/acme/widget/releases/tag/v1.2.0" });
    expect(other.status).toBe(1);
  });

  it("refuses unknown arguments with status 2", () => {
    expect(selfTest(["frobnicate"]).status).toBe(2);
  });
});
