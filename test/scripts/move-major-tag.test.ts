// scripts/move-major-tag.sh, the release workflow's last step: the major tag follows the newest vX.Y.Z at HEAD, as a
// plain tag, and stays put when there is no release, a prerelease, or a newer release of the same major.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "scripts", "move-major-tag.sh");
let base: string;
let work: string;
let remote: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@localhost", ...args], { cwd: work, encoding: "utf8" }).trim();
}

function commit(message: string): string {
  git("commit", "--allow-empty", "-q", "-m", message);
  return git("rev-parse", "HEAD");
}

function move() {
  return spawnSync("bash", [script, remote], { cwd: work, encoding: "utf8" });
}

function remoteTag(name: string): string | undefined {
  const line = execFileSync("git", ["ls-remote", remote, `refs/tags/${name}`], { encoding: "utf8" }).trim();
  return line ? line.split("\t")[0] : undefined;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "release-tweet-major-tag-"));
  work = join(base, "work");
  remote = join(base, "remote.git");
  mkdirSync(work);
  execFileSync("git", ["init", "-q", "--bare", remote]);
  git("init", "-q");
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("scripts/move-major-tag.sh", () => {
  it("does nothing when HEAD has no release tag", () => {
    commit("chore: no release");
    const result = move();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("the major tag stays where it is");
    expect(remoteTag("v1")).toBeUndefined();
  });

  it("points v1 at the first release, then moves it to the next one", () => {
    const first = commit("feat: first");
    git("tag", "v1.0.0");
    expect(move().status).toBe(0);
    expect(remoteTag("v1")).toBe(first);

    const second = commit("feat: second");
    git("tag", "-a", "v1.1.0", "-m", "v1.1.0");
    const result = move();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Moved v1 to v1.1.0.");
    // A plain tag on the release commit (an annotated release tag is peeled to its commit).
    expect(remoteTag("v1")).toBe(second);
    expect(git("cat-file", "-t", "v1")).toBe("commit");
  });

  it("leaves v1 alone for a prerelease and for an older release of the same major", () => {
    const current = remoteTag("v1");
    commit("feat!: next major");
    git("tag", "v2.0.0-rc.1");
    expect(move().status).toBe(0);
    expect(remoteTag("v2")).toBeUndefined();

    git("checkout", "-q", "v1.0.0");
    git("tag", "v1.0.1");
    const result = move();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("v1.0.1 is not the newest v1 release (v1.1.0 is)");
    expect(remoteTag("v1")).toBe(current);
  });
});
