// The product's name the notes write, over the repository's slug: beside this version in a knowledge base's or a
// developers' portal's notes, after the maker's name a title gives ("Changes with Apache 2.4.60"), as the slug's words
// in another order ("Material for MkDocs"), or part by part ("Flask-SQLAlchemy").
import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";
import { single } from "../support/composed.js";

const release = (owner: string, repo: string, version = "1.0.0"): Release => ({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "", notes: "" });
const name = (owner: string, repo: string, notes: string, version = "1.0.0"): string => projectName(release(owner, repo, version), notes);

describe("project name: a knowledge base's or a developers' portal's repository names no product", () => {
  const kb = [
    "---",
    "title: Release Notes 12",
    "lang: de",
    "---",
    "# Release Notes 12",
    "",
    "Wir freuen uns, die Veröffentlichung von a-lister 12 bekannt zu geben.",
    "",
    "## Neues Import-Add-on",
    "",
    "- Mit a-lister 12 führen wir das Import-Add-on ein.",
  ].join("\n");

  it("goes by the owner's name the notes write beside this version ('a-lister 12'), never 'Release Notes'", () => {
    expect(name("a-lister", "knowledge-base", kb, "12")).toBe("a-lister");
    expect(single(kb, { owner: "a-lister", repo: "knowledge-base", version: "12" })).toMatch(/^a-lister 12 /u);
  });

  it("(guard) a repository that names a product keeps it", () => {
    expect(name("a-lister", "importer", kb, "12")).not.toBe("a-lister");
  });

  it("a docs or developers' subdomain ('developers.paywell.io') is the product's site: named for the product", () => {
    const notes = "안녕하세요, 정산 자동화 팀입니다.\n\n## 거래처 관리 기능 신규 제공\n\n거래처 관리 기능이 추가되었습니다.\n";
    const named = name("paywell-io", "developers.paywell.io", notes, "2026-02-19");
    expect(named).not.toMatch(/\./u);
    expect(named.toLowerCase()).toBe("paywell");
  });
});

describe("project name: a title that names only the maker beside this version", () => {
  const notes = [
    "Changes with Acme 3.2.10",
    "",
    "  *) SECURITY: CVE-2026-0001: Acme Web Server: crash in mod_cache",
    "     A null pointer dereference in Acme Web Server 3.2.9 and earlier.",
    "",
    "  *) mod_cache: Fix a memory leak. [Jane Doe]",
  ].join("\n");

  it("gives the maker's longer name the notes repeat on the way to the slug ('Acme Web Server' for webd)", () => {
    expect(name("acme", "webd", notes, "3.2.10")).toBe("Acme Web Server");
  });

  it("else the maker's word and the slug ('Acme webd')", () => {
    expect(name("acme", "webd", "Changes with Acme 3.2.10\n\n  *) mod_cache: Fix a memory leak.", "3.2.10")).toBe("Acme webd");
  });

  it("(guard) a longer name that leads elsewhere ('Acme Software Foundation') is not the product", () => {
    const other = "Changes with Acme 3.2.10\n\nThe Acme Software Foundation thanks you.\nThe Acme Software Foundation.\n";
    expect(name("acme", "webd", other, "3.2.10")).toBe("Acme webd");
  });
});

describe("project name: the slug's words as the notes write them", () => {
  it("in another order, joined by a function word ('Material for Docsite' for docsite-material)", () => {
    const notes = "!!! warning \"Material for Docsite is now in maintenance mode\"\n\n    This is the last release of Material for Docsite with new features.\n\n- Added support for footnote tooltips\n";
    expect(name("jdoe", "docsite-material", notes, "9.7.0")).toBe("Material for Docsite");
    expect(single(notes, { owner: "jdoe", repo: "docsite-material", version: "9.7.0" })).toMatch(/^Material for Docsite 9\.7\.0 is out!/u);
  });

  it("(guard) a phrase written once, or inside code or a link, is not the name", () => {
    expect(name("jdoe", "docsite-material", "- Added Material for Docsite support\n- Fixed `Material for Docsite` in code", "9.7.0")).toBe("docsite-material");
  });

  it("part by part, where one part has a brand's capitals inside it ('Bottle-SQLWidget' for bottle-sqlwidget)", () => {
    const notes = "Version 3.1.0\n-------------\n\n-   Add support for the SQLWidget 2.x API.\n-   Bump minimum version of SQLWidget to 2.0.16.\n";
    expect(name("pallets-eco", "bottle-sqlwidget", notes, "3.1.0")).toBe("Bottle-SQLWidget");
  });

  it("(guard) not where the notes write the other part in lowercase, nor where no part has inner capitals", () => {
    const lower = "-   Add support for the SQLWidget 2.x API.\n-   Run bottle with the new widget.\n";
    expect(name("pallets-eco", "bottle-sqlwidget", lower, "3.1.0")).toBe("bottle-sqlwidget");
    expect(name("pallets-eco", "bottle-widgets", "-   Widgets render faster.\n", "3.1.0")).toBe("bottle-widgets");
  });
});
