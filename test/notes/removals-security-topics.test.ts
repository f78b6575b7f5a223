// Public API a section of removals says went is breaking (and stands after the security fixes); features filed under a
// "Security" heading are features of a security topic, not security fixes.
import { describe, expect, it } from "vitest";
import { readNotesModel, type Entry } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "gizmo", owner: "acme", version: "5.3.0" };
const kindOf = (notes: string, words: string): string | undefined =>
  readNotesModel(notes, 20000, "5.3.0").entries.find((entry: Entry) => entry.text.includes(words))?.kind;
const rst = (heading: string, items: readonly string[]): string => [heading, "-".repeat(heading.length), "", ...items.map((item) => `- ${item}`)].join("\n");
const md = (heading: string, items: readonly string[]): string => [`### ${heading}`, ...items.map((item) => `- ${item}`)].join("\n");

describe("public API removed under a section of removals is breaking, in any release", () => {
  const towncrier = [
    "Gizmo 5.3.0 (2026-01-10)\n========================\n",
    rst("Features", ["gizmo.net.Client now reuses HTTP/2 connections. (#1201)", "gizmo.cli gained a `--quiet` option. (#1203)"]),
    rst("Bugfixes", ["gizmo.io.read no longer hangs on empty pipes. (#1190)"]),
    rst("Deprecations and Removals", [
      "`gizmo.legacy.soap` was removed. (#1180)",
      "gizmo.util.parse_date has been removed; use gizmo.dates.parse instead. (#1181)",
      "gizmo.io.open_stream is deprecated and will be removed in 6.0. (#1182)",
      "The `gizmo-accel` package is no longer a hard dependency on Windows. (#1183)",
    ]),
  ].join("\n\n");

  it("towncrier's removed API is breaking, a deprecation stays one, and a dependency made optional takes nothing away", () => {
    expect(kindOf(towncrier, "gizmo.legacy.soap")).toBe("breaking");
    expect(kindOf(towncrier, "parse_date has been removed")).toBe("breaking");
    expect(kindOf(towncrier, "open_stream is deprecated")).toBe("deprecation");
    expect(kindOf(towncrier, "no longer a hard dependency")).not.toBe("breaking");
  });

  it("a Keep a Changelog \"Removed\" in a minor release, in other languages too, says it breaks", () => {
    const notes = [md("Added", ["Add a `--watch` flag."]), md("Removed", ["The `legacy` export has been removed.", "`oldApi()` 已被移除。"])].join("\n\n");
    expect(kindOf(notes, "The `legacy` export")).toBe("breaking");
    expect(kindOf(notes, "oldApi")).toBe("breaking");
    expect(single(notes, PROJECT)).toContain("⚠️ Removed:");
  });

  it("the removals stand after the security fixes in a single post, and the count says they break", () => {
    const notes = [
      rst("Security Advisories", [
        "gizmo.web.redirect now escapes the URL in its fallback body (CVE-2026-11111). The escaping covers every attribute and element the fallback page writes, including the meta refresh tag.",
        "The HTTP server could answer pipelined requests out of order, disclosing one client's response to another (CVE-2026-22222).",
      ]),
      towncrier,
    ].join("\n\n");
    const post = single(notes, PROJECT);
    expect(post.indexOf("CVE-2026-11111")).toBeGreaterThan(-1);
    expect(post.indexOf("CVE-2026-11111")).toBeLessThan(post.indexOf("gizmo.legacy.soap"));
    expect(post).toMatch(/\(1 breaking[,)]/u);
  });
});

describe("a \"Security\" heading that files features", () => {
  const notes = [
    md("Security", ["Support TLS cipher suite allow-lists.", "Add `--client-crl-file` flag.", "Fix header injection in the proxy handler (CVE-2026-1111)."]),
    md("Features", ["Add a `--watch` mode to the CLI.", "Add streaming responses."]),
  ].join("\n\n");

  it("reads them as features of a security topic; a fix of a hole stays a security fix", () => {
    expect(kindOf(notes, "cipher suite")).toBe("feature");
    expect(kindOf(notes, "client-crl-file")).toBe("feature");
    expect(kindOf(notes, "header injection")).toBe("security");
  });

  it("does not count them as security fixes", () => {
    const many = [md("Security", [...Array.from({ length: 6 }, (_, i) => `Support key exchange method number ${i} for the TLS handshake of outbound connections.`), "Fix header injection in the proxy handler (CVE-2026-1111)."]), md("Features", ["Add a `--watch` mode to the CLI."])].join("\n\n");
    expect(single(many, PROJECT)).not.toMatch(/[2-9] security fix/u);
  });
});

describe("a thread that security fixes and removals would fill", () => {
  it("still names a feature", () => {
    const notes = [
      rst("Security Advisories", [
        "gizmo.web.redirect now HTML-escapes the provided URL in the fallback response body it returns (GHSA-aaaa-bbbb-cccc, CVE-2026-11111).",
        "The HTTP 1.0 and 1.1 server provided by gizmo.web could process pipelined HTTP requests out-of-order, possibly resulting in information disclosure (CVE-2026-22222)",
      ]),
      rst("Features", ["gizmo.net.Client now supports the IPv6 extensions defined in RFC 2428. (#1201)", "gizmo.defer.inline can now yield a coroutine. (#1202)"]),
      rst("Deprecations and Removals", [
        "gizmo.old.soap was removed. The SOAP support was already broken, for at least the last 4 years. The SOAP support in Gizmo has no active maintainer. (#1180)",
        "gizmo.manhole.Interpreter.write, gizmo.manhole.Interpreter.addOutput and the gizmo.mail.Server.sendUntagged `async` argument, deprecated since 18.9.0, have been removed. (#1181)",
        "gizmo.web.util.ChildRedirector, which has never worked on Python 3, has been removed. (#1182)",
        "gizmo.web.Request.setCode() no longer validates its inputs; use a type checker. The long-deprecated gizmo.web.date_string() API was removed altogether. (#1183)",
      ]),
    ].join("\n\n");
    const posts = thread(notes, { ...PROJECT, maxPosts: 5 });
    expect(posts.join("\n")).toMatch(/IPv6|coroutine/u);
  });
});
