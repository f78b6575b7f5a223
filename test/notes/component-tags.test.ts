// A tracker's export that ends each change with the component it touches, as code ("… token exchange `oidc`"): the tag
// goes, the sentence stays. Code that is a sentence's object ("Add support for `foo`") stays. Advisory ids are written
// the same way throughout ("CVE-…: title").
import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";
import { endsWithComponentTags, withoutComponentTag } from "../../src/notes/formats/component-tags.js";
import { withAdvisoryIdColon } from "../../src/notes/kinds/advisory-titles.js";

const post = (notes: string, thread = false): string => posts(notes, { owner: "acme", repo: "idp", version: "26.1.3", thread }).join("\n");

describe("component tags after a change", () => {
  it("go where the notes end their changes with them", () => {
    const text = post(
      [
        "<h2>Security fixes</h2>",
        "<ul>",
        '<li><a href="https://github.com/acme/idp/issues/1">#1</a> [CVE-2026-1111] Privilege escalation via token exchange <code>oidc</code></li>',
        '<li><a href="https://github.com/acme/idp/issues/2">#2</a> CVE-2026-2222 lodash vulnerable to code injection in templates <code>account/ui</code></li>',
        "</ul>",
        "<h2>Bugs</h2>",
        "<ul>",
        '<li><a href="https://github.com/acme/idp/issues/3">#3</a> Login page loops after password reset <code>login/ui</code></li>',
        '<li><a href="https://github.com/acme/idp/issues/4">#4</a> Realm export drops client scopes <code>admin/api</code></li>',
        "</ul>",
      ].join("\n"),
      true,
    );
    expect(text).not.toMatch(/`(?:oidc|account\/ui|login\/ui|admin\/api)`/u);
    expect(text).toContain("CVE-2026-1111: Privilege escalation via token exchange");
    expect(text).toContain("CVE-2026-2222: lodash vulnerable to code injection in templates");
  });

  it("stay where the code is the sentence's object, or where few changes end so", () => {
    expect(withoutComponentTag("Add support for `oidc`")).toBe("Add support for `oidc`");
    expect(withoutComponentTag("Deprecate `legacy`")).toBe("Deprecate `legacy`");
    expect(withoutComponentTag("Realm export drops client scopes `admin/api`")).toBe("Realm export drops client scopes");
    expect(endsWithComponentTags(["Realm export drops client scopes `admin/api`", "Add a flag", "Fix a crash", "Speed up login", "Rework the UI"])).toBe(false);
    expect(endsWithComponentTags(["Speed up the cache `store`", "Drop the old cache `store`", "Fix the cache key `store`"])).toBe(false);
    expect(endsWithComponentTags(["Speed up the cache `store`", "Drop the old cache `store`", "Fix the login loop `auth`"])).toBe(true);
  });

  it("stay after a preposition, a linking word or a participle that needs them as its object", () => {
    const fixes = ["Don't panic when calling `parse`", "Fix off-by-one error after `seek`", "Fix deadlock during `flush`", "Fix crash in `parse`"];
    const features = ["Stabilize the async API behind `tokio`", "Make the timeout configurable per `client`", "Allow colours under `tty`", "The default is `fast`"];
    for (const text of [...fixes, ...features]) expect(withoutComponentTag(text)).toBe(text);
    expect(endsWithComponentTags([...fixes, "Faster startup on Windows"])).toBe(false);
    expect(endsWithComponentTags(features)).toBe(false);
    expect(post(["## Fixes", "", ...fixes.map((text) => `- ${text}`)].join("\n"))).toContain("when calling `parse`");
    expect(withoutComponentTag("ContextNotActiveException during error handling `core`")).toBe("ContextNotActiveException during error handling");
  });

  it("leave an advisory id that goes on with its sentence as it is", () => {
    expect(withAdvisoryIdColon("CVE-2026-2222 lodash vulnerable")).toBe("CVE-2026-2222: lodash vulnerable");
    expect(withAdvisoryIdColon("CVE-2026-2222 is fixed in the parser")).toBe("CVE-2026-2222 is fixed in the parser");
    expect(withAdvisoryIdColon("CVE-2026-2222: lodash")).toBe("CVE-2026-2222: lodash");
    for (const text of ["CVE-2024-2222 let an attacker read files", "CVE-2024-3333 only affected Windows builds", "CVE-2024-4444 should no longer be reported"]) {
      expect(withAdvisoryIdColon(text)).toBe(text);
    }
    expect(withAdvisoryIdColon("CVE-2024-5555 body-parser denial of service")).toBe("CVE-2024-5555: body-parser denial of service");
  });
});
