// Lines that look like a letter's close, a user's question, a tracker's topic or a ChangeLog's author line, but say a
// change: each stays in the post. (The rules that drop the real ones: sign-offs-and-questions.test.ts.)
import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const post = (notes: string): string => single(notes, { repo: "tool", version: "2.0.0" });

describe("a change that reads like no change", () => {
  it("a security fix that opens with a call to upgrade stays under its label", () => {
    const text = post("## Security\n\n- We strongly recommend all users upgrade: fixes CVE-2024-21626\n- Bump golang.org/x/net to 0.23.0\n\n## Fixes\n\n- Fix panic on shutdown\n");
    expect(text).toContain("fixes CVE-2024-21626");
  });

  it("a breaking migration step that asks users to upgrade stays", () => {
    for (const step of ["Please upgrade the agent first; older agents will fail to report", "Please upgrade to Node 18; Node 16 support has ended"]) {
      const text = post(`## Breaking changes\n\n- ${step}\n- Remove the deprecated \`legacy\` option\n\n## Features\n\n- Add \`--watch\` flag\n`);
      expect(text, step).toContain(step);
    }
  });

  it("a change written as a question, or a short noun phrase ending in 'maintainers', stays", () => {
    expect(post("## What's Changed\n\n- Drop support for Python 3.8?\n- Add `--json` output\n- Faster search\n")).toContain("Drop support for Python 3.8?");
    expect(post("## Features\n\n- The new dashboard for maintainers\n- Add `--json` output\n- Faster search\n")).toContain("The new dashboard for maintainers");
  });

  it("a Japanese change said as 'about X' stays when X is a change", () => {
    expect(post("## 変更点\n\n- 通知設定の仕様変更について\n- ダークモードを追加\n- 検索を高速化\n")).toContain("通知設定の仕様変更について");
  });

  it("a dated change is no ChangeLog author line", () => {
    const text = post("15 March 2024: Drop support for OpenSSL\n\t- Fix CVE-2024-1234, out of bounds read in the DNS\n\t  message parser.\n\t- Add the `tls-use-system-policy` option.\n");
    expect(text).toContain("Drop support for OpenSSL");
  });
});
