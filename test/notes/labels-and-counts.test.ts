// Labels, prefixes and counts agree: a security scope is a security fix only when its words name a hole or its guard,
// and then it drops the scope under the "Security" label; the "+N more" count reads the same kinds; a security fix
// filed as a dependency update comes after the others.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { thread, posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "2.4.0" };
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.text}`);

const SCOPED = [
  "### Features",
  "",
  "* **api:** add stream IDs ([#12](https://github.com/octo/widget/issues/12))",
  "",
  "### Bug Fixes",
  "",
  "* **audio:** reject spawn errors ([#13](https://github.com/octo/widget/issues/13))",
  "* **deps:** remediate Dependabot and fixture vulnerabilities ([#14](https://github.com/octo/widget/issues/14))",
  "* **security:** bound untrusted delta array indices ([#15](https://github.com/octo/widget/issues/15))",
  "* **security:** contain Bedrock credentials to the configured origin ([#16](https://github.com/octo/widget/issues/16))",
  "* **security:** prevent header injection in uploads ([#17](https://github.com/octo/widget/issues/17))",
  "* **security:** prevent prototype manipulation in stream snapshots ([#18](https://github.com/octo/widget/issues/18))",
  "* **security:** sanitize upload file names ([#19](https://github.com/octo/widget/issues/19))",
  "* **security:** escape the title in the login page ([#20](https://github.com/octo/widget/issues/20))",
  "* **security:** keep the proxy setting ([#21](https://github.com/octo/widget/issues/21))",
  "* **azure:** prevent API-key disclosure across HTTP redirects ([#22](https://github.com/octo/widget/issues/22))",
  "",
].join("\n");

describe("a security scope and the Security label", () => {
  it("a security-scoped fix whose words name a hole or its guard is a security fix, shown without the scope", () => {
    const read = entries(SCOPED);
    expect(read).toContain("security|contain Bedrock credentials to the configured origin");
    expect(read).toContain("security|prevent prototype manipulation in stream snapshots");
    expect(read).toContain("security|sanitize upload file names");
    expect(read).toContain("security|escape the title in the login page");
    expect(read).toContain("security|azure: prevent API-key disclosure across HTTP redirects");
    // Words that name neither: a fix of the area the scope names.
    expect(read.filter((line) => line.startsWith("fix|")).map((line) => line.split("|")[1])).toEqual([
      "audio: reject spawn errors",
      "Security: bound untrusted delta array indices",
      "Security: keep the proxy setting",
    ]);
  });

  it("fix(security): follows the same rule", () => {
    expect(entries("- fix(security): prevent token leak in redirects\n- fix(security): keep the proxy setting\n- feat: add a --quiet flag\n").map((line) => line.split("|")[0])).toEqual(["security", "fix", "feature"]);
  });

  it("no post shows 'Security:' under the Security label, and the count names every security fix left", () => {
    for (const thread of [false, true]) for (const post of posts(SCOPED, { ...PROJECT, thread })) expect(post).not.toMatch(/Security:\n(?:• .*\n)*• Security:/u);
    const [single] = posts(SCOPED, PROJECT);
    const shown = (single?.match(/^• /gmu) ?? []).length;
    // Seven security fixes; those the post shows under "Security" and those its count names add up to them.
    const counted = Number(/\((\d+) security fix(?:es)?\)/u.exec(single ?? "")?.[1] ?? 0);
    expect(single).toMatch(/^widget 2\.4\.0 is out!\n\nSecurity:\n/u);
    expect(single?.includes("Features:") ? shown - 1 + counted : shown + counted).toBe(7);
  });

  it("a thread shows the security fixes of the project's code before the one filed as a dependency update", () => {
    const text = thread(SCOPED, PROJECT).join("\n");
    const remediate = text.indexOf("Remediate Dependabot");
    expect(remediate).toBeGreaterThan(0);
    for (const fix of ["sanitize upload file names", "escape the title", "prevent header injection", "API-key disclosure"]) expect(text.indexOf(fix)).toBeLessThan(remediate);
  });
});
