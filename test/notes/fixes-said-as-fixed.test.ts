// A security fix reads as fixed, in any language; a sentence that counts the fixes the notes list by id is not said
// ahead of them; a site's new domain is no package users must swap.
import { describe, expect, it } from "vitest";
import { composePosts } from "../../src/notes/compose.js";
import { mustActUnlabelled, readItem } from "../../src/notes/kinds/kinds.js";
import { release } from "../support/composed.js";

describe("a Chinese security tag on a change that names its hole", () => {
  it("says it was fixed where the change's words only name the hole", () => {
    const item = readItem("修复：OAuth2/SSO `redirect` 参数绕过 `allow-url` 校验的安全漏洞。  [重要]  [漏洞修复]");
    expect(item.kind).toBe("security");
    expect(item.text).toBe("漏洞修复：OAuth2/SSO `redirect` 参数绕过 `allow-url` 校验的安全漏洞。");
  });

  it("(guard) keeps the change's own words where they say the fix", () => {
    expect(readItem("修复：Jackson DefaultTyping 多态反序列化 RCE，新增白名单。  [重要]  [漏洞修复]").text).toBe("修复：Jackson DefaultTyping 多态反序列化 RCE，新增白名单。");
  });
});

describe("a site moved to a new domain", () => {
  it("is no package to swap", () => {
    expect(mustActUnlabelled("全仓库域名 sa-token.cc 统一迁移至 sa-token.com。")).toBe(false);
    expect(mustActUnlabelled("文档迁移至 docs.example.cn")).toBe(false);
    // (guard) a package still is.
    expect(mustActUnlabelled("日志改用 pino-pretty")).toBe(true);
    expect(mustActUnlabelled("客户端迁移至 socket.io-client")).toBe(true);
  });
});

describe("a sentence counting the security fixes listed by id", () => {
  const notes = [
    "Django 5.1.4 fixes one security issue with severity \"high\", one security issue with severity \"moderate\", and several bugs in 5.1.3.",
    "",
    "## CVE-2024-53907: Denial-of-service possibility in `strip_tags()`",
    "",
    "`strip_tags()` would be extremely slow to evaluate certain inputs containing large sequences of nested incomplete HTML entities.",
    "",
    "## CVE-2024-53908: Potential SQL injection via `HasKey(lhs, rhs)` on Oracle",
    "",
    "Direct usage of the `HasKey` lookup on Oracle was subject to SQL injection if untrusted data was used as a `lhs` value.",
    "",
    "## Bugfixes",
    "",
    "* Fixed a crash in `createsuperuser` on Python 3.13+ caused by an unhandled `OSError` when the username could not be determined.",
    "* Fixed a regression in Django 5.1 where relational fields were not updated when calling `Model.refresh_from_db()` on instances with deferred fields.",
  ].join("\n");

  it("does not open the thread: both fixes stand in the first post", () => {
    const posts = composePosts(release(notes, "django", "5.1.4"), { thread: true }).posts.map((post) => post.text);
    expect(posts[0]).toContain("CVE-2024-53907");
    expect(posts[0]).toContain("CVE-2024-53908");
    expect(posts.join("\n")).not.toContain("fixes one security issue");
  });

  it("(guard) stays where no fix is listed by id", () => {
    const plain = "Lantern 2.3.0 fixes two security issues in the session store.\n\n## Bugfixes\n\n* Fixed a crash on exit.\n";
    expect(composePosts(release(plain, "lantern", "2.3.0"), { thread: true }).posts[0]?.text).toContain("fixes two security issues");
  });
});
