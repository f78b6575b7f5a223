// A release of docs, dependency updates and housekeeping only is said as one sentence that counts them, in the notes'
// language: a list of CI bumps under "Dependencies", or "Configure Renovate" then "Delete renovate.json", tells users
// nothing. One real change and the post lists changes as before.
import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "mailer", version: "1.0.1" };

const HOUSEKEEPING = [
  "## What's Changed",
  "* build(deps): bump actions/checkout from 4 to 6 by @dependabot[bot] in https://github.com/octo/mailer/pull/1",
  "* build(deps): bump actions/setup-node from 4 to 5 by @dependabot[bot] in https://github.com/octo/mailer/pull/2",
  "* chore: configure Renovate by @renovate[bot] in https://github.com/octo/mailer/pull/3",
  "* docs: fix a broken link in the guide by @a in https://github.com/octo/mailer/pull/4",
].join("\n");

describe("a maintenance release", () => {
  it("is one sentence that counts its dependency updates, docs and housekeeping, in single and thread mode", () => {
    for (const thread of [false, true]) {
      const texts = posts(HOUSEKEEPING, { ...PROJECT, thread });
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain("A maintenance release: 2 dependency updates, 1 docs change and 1 housekeeping change.");
      expect(texts[0]).not.toContain("actions/checkout");
      expect(texts[0]).toContain("https://github.com/octo/mailer/releases/tag/v1.0.1");
    }
  });

  it("speaks the notes' language", () => {
    const notes = "## 更新内容\n\n- 升级依赖 lodash 到 4.17.21\n- 更新 README 文档说明\n- 调整 CI 工作流配置\n";
    expect(posts(notes, PROJECT)[0]).toMatch(/维护版本：/u);
  });

  it("lists its changes as before when one of them is a fix", () => {
    const text = posts(`${HOUSEKEEPING}\n* fix: retry a send when the server closes the connection by @b in https://github.com/octo/mailer/pull/5`, PROJECT)[0] ?? "";
    expect(text).not.toContain("maintenance release");
    expect(text).toContain("Retry a send when the server closes the connection");
  });
});
