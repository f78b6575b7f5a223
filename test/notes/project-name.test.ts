import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string): Release => ({ version: "1.0.0", tag: "v1.0.0", name: "v1.0.0", owner, repo, url: "", notes: "" });
const name = (owner: string, repo: string, notes: string): string => projectName(release(owner, repo), notes);

describe("project name: the notes' spelling of a lowercase repository name", () => {
  it("a capital inside the name tells, and a longer name that starts with it ('rubocop-ast') is not the name", () => {
    const notes = ["- Fix an error for `Style/Foo` when RuboCop runs in server mode.", "- Require rubocop-ast 1.37 or later.", "- Work with rubocop-rails and rubocop-rspec."].join("\n");
    expect(name("rubocop", "rubocop", notes)).toBe("RuboCop");
  });

  it("a capital at a sentence's start does not tell where the notes also write the name in lowercase", () => {
    const notes = ["- `upgrade` options were removed. Pipx now uses the original options.", "- Prevent conflicts between pipx dependencies and package dependencies.", "- Pipx now shows a summary."].join("\n");
    expect(name("pypa", "pipx", notes)).toBe("pipx");
  });

  it("a capital in mid-sentence or a heading tells: 'Task'", () => {
    expect(name("go-task", "task", "## Task v3.40.0\n- Fixed a bug where a task's deps ran twice.")).toBe("Task");
    expect(name("go-task", "task", "- Fixed a crash when Task reads an empty file.\n- Each task now has a `prefix`.")).toBe("Task");
    const wordToo = ["- Fixed a crash when Task reads an empty file.", "- Each task, and each task's deps, now has a `prefix`.", "- A task runs once; a task can skip.", "- Task now prints the task name where Task used to print nothing."].join("\n");
    expect(name("go-task", "task", wordToo)).toBe("Task");
  });

  it("a capital at a sentence's start is all there is to go by where the notes never write it in lowercase", () => {
    expect(name("alacritty", "alacritty", "### Fixed\n- Alacritty crashing at startup when the font does not exist")).toBe("Alacritty");
  });

  it("a name the notes write only in lowercase, or not at all, stays as the repository spells it", () => {
    expect(name("pnpm", "pnpm", "- pnpm now reads `.npmrc` from the workspace root.\n- Pnpm is faster.")).toBe("pnpm");
    expect(name("sharkdp", "bat", "- Add a `--squeeze-blank` option")).toBe("bat");
    expect(name("acme", "widget-cli", "- Add a `--fast` option")).toBe("widget-cli");
    expect(name("acme", "vnpy2", "- Add a `--fast` option")).toBe("vnpy2");
  });

  it("a one-word name the notes never write in prose opens capitalised on an account named for it: 'Tokio'", () => {
    expect(name("flask", "flask", "- Fix a crash in `flask run` with `--reload`. :issue:`4640`")).toBe("Flask");
    expect(name("pallets", "flask", "- Fix a crash in `flask run` with `--reload`. :issue:`4640`")).toBe("flask");
    expect(name("tokio-rs", "tokio", "### Fixed\n- Fix a panic in [`tokio::select!`](https://docs.rs/tokio)")).toBe("Tokio");
    expect(name("pallets", "flask", "- flask now reads `.flaskenv` first.")).toBe("flask");
  });

  it("the repository's description, where the Action has it, spells the name", () => {
    const about = (repo: string, description: string, notes: string) => projectName({ ...release("acme", repo), about: description }, notes);
    expect(about("sqldelight", "SQLDelight - Generates typesafe Kotlin APIs from SQL", "### Added\n- Add `STRING_AGG`")).toBe("SQLDelight");
    expect(about("uuid", "Generate RFC-compliant uuid values in JavaScript", "- add `v7()`")).toBe("uuid");
    // What the notes write still counts: a description's sentence-start capital does not outweigh it.
    expect(about("pnpm", "Pnpm is a fast package manager", "- pnpm now reads `.npmrc` first.")).toBe("pnpm");
  });

  it("a '.js' library is named as the notes write its stem: 'Commander.js' where they say 'Commander 14'", () => {
    expect(name("tj", "commander.js", "### Changed\n- *Breaking:* Commander 14 requires Node.js v20 or higher")).toBe("Commander.js");
    expect(name("mrdoob", "three.js", "- Add `WebGPURenderer` support for three.js")).toBe("three.js");
  });

  it("a repository named for a language and a tool ('go-sdk') is its owner's, as the notes write the owner", () => {
    expect(name("open-feature", "go-sdk", "### Features\n- expose details structs")).toBe("open-feature/go-sdk");
    expect(name("open-feature", "go-sdk", "- OpenFeature hooks now run in order")).toBe("OpenFeature Go SDK");
    expect(name("acme", "sdk-python", "- Acme clients retry on 503")).toBe("Acme Python SDK");
    // Not a language and a tool: a product's own name.
    expect(name("vuejs", "vue-router", "- typed params")).toBe("vue-router");
  });
});

describe("a repository named for the tail of its owner's name", () => {
  it("'Homebrew/brew' is Homebrew where the notes call it so, and stays 'brew' where they do not", () => {
    const release = (notes: string) => ({ version: "4.4.0", tag: "4.4.0", name: "4.4.0", repo: "brew", owner: "Homebrew", url: "https://x.y", notes });
    expect(projectName(release("Homebrew 4.4.0 adds a new Ubuntu image. Thanks to all Homebrew maintainers."), release("").notes)).toBe("brew");
    const notes = "Homebrew 4.4.0 adds a new Ubuntu image. Thanks to all Homebrew maintainers.";
    expect(projectName(release(notes), notes)).toBe("Homebrew");
  });
});

describe("a multi-word name the notes put right before this version", () => {
  it("is the project's name when it holds a word of the repository's name: 'JavaScript Primer 1.0.0' for js-primer", () => {
    const notes = "# 1.0.0\n\n[JavaScript Primer](https://jsprimer.net/) 1.0.0ではECMAScript 2020に対応しています。\n";
    expect(name("asciidwango", "js-primer", notes)).toBe("JavaScript Primer");
    expect(name("acme", "widgetkit", "Introducing Widget Kit v1.0.0, a rewrite.")).toBe("Widget Kit");
  });

  it("is not when it shares no word with the repository, names another version, or is one word", () => {
    expect(name("acme", "js-primer", "Requires Node Runtime 1.0.0 or later.")).toBe("js-primer");
    expect(name("asciidwango", "js-primer", "JavaScript Primer 0.9.0 was the first edition.")).toBe("js-primer");
    expect(name("acme", "primer-kit", "Primer 1.0.0 is out.")).toBe("primer-kit");
  });
});

describe("a multi-word name before the version keeps the repository's own lowercase words", () => {
  it("'kintone UI Component 1.0.0' is the whole name, not 'UI Component'", () => {
    expect(name("kintone-labs", "kintone-ui-component", "kintone UI Component 1.0.0 をリリースしました。")).toBe("kintone UI Component");
  });
});

describe("a documentation or website repository announces its product", () => {
  it("'cypress-documentation' is Cypress where the notes write it so, and the product's own name otherwise", () => {
    const notes = "## 15.21.0\n\n- Added the `cypress tap` command, which gives your agent access to your open-mode Cypress session.";
    expect(name("cypress-io", "cypress-documentation", notes)).toBe("Cypress");
    expect(name("facebook", "react-native-website", "- The docs for React Native now cover the new architecture.")).toBe("React Native");
    expect(name("acme", "docs-widget", "- Document the `--fast` flag.")).toBe("Widget");
    expect(name("acme", "widget.github.io", "- New page on Widget plugins.")).toBe("Widget");
    expect(name("acme", "widget-site", "- Fix a typo.")).toBe("Widget");
  });

  it("a repository that names no product of its own stays as it is", () => {
    expect(name("acme", "docs-site", "- Fix a typo.")).toBe("docs-site");
    expect(name("acme", "docsify", "- docsify now loads faster.")).toBe("docsify");
    expect(name("acme", "website", "- Fix a typo.")).toBe("acme/website");
  });
});

describe("project name: documentation, translation and podling repositories, and the notes' title", () => {
  const at = (owner: string, repo: string, version: string, notes: string): string =>
    projectName({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "", notes }, notes);

  it("a repository named for the product's site ('<lang>.<product>.dev', '<product>.org') is the product, as the notes' title spells it", () => {
    expect(at("reactjs", "ko.react.dev", "19.2.0", '---\ntitle: "React 19.2"\n---\n\nReact 19.2가 npm에 공개되었습니다!')).toBe("React");
    expect(at("reactjs", "react.dev", "19.2.0", "## Fixes\n- Fix the thing in React DOM")).toBe("React");
    expect(at("vuejs", "vuejs.org", "3.5.0", "- The Vuejs guide now covers `defineModel`.")).toBe("Vuejs");
  });

  it("a site named for the product with a word beside it ('www.<product>-lang.org', 'join<product>-site') is the product its notes' title names", () => {
    expect(at("gemlang", "www.gem-lang.org", "4.0.0", '---\nlayout: news_post\ntitle: "Gem 4.0.0 リリース"\n---\n\nGem 4.0.0 をリリースしました。')).toBe("Gem");
    expect(at("LanternNet", "joinlantern-site", "0.19.4", "# Lantern v0.19.4 Release\n\n## What is Lantern?\n\nLantern is a link aggregator.")).toBe("Lantern");
    // Without a title naming it, the site's name stays what it was; a title naming another product does not count.
    expect(at("LanternNet", "joinlantern-site", "0.19.4", "## Changes\n\n- Faster feeds")).not.toBe("Lantern");
    expect(at("gemlang", "www.gem-lang.org", "4.0.0", '---\ntitle: "Ruby 4.0.0 released"\n---\n')).not.toBe("Ruby");
  });

  it("a documentation repository named by a language alone ('docs-cn') holds the product its notes' title names", () => {
    const notes = "---\ntitle: TiDB 8.5.1 Release Notes\nsummary: 了解 TiDB 8.5.1 版本\n---\n\n# TiDB 8.5.1 Release Notes\n\n发版日期：2025 年 1 月 17 日";
    expect(at("pingcap", "docs-cn", "8.5.1", notes)).toBe("TiDB");
    expect(at("pingcap", "docs-ja", "8.5.1", "- 修正")).toBe("pingcap");
  });

  it("an Apache podling's 'incubator-' prefix is not the project's name", () => {
    expect(at("apache", "incubator-seata", "1.7.1", "### feature:\n- [[#580](https://github.com/seata/seata/pull/580)] 支持")).toBe("Seata");
    expect(at("apache", "incubator-seata", "1.7.1", "- Seata now supports the `xa` mode in Seata Server.")).toBe("Seata");
  });

  it("the notes' title spells the name before its version, over conventional scopes in lowercase ('feat(gin)')", () => {
    const gin = "## Gin v1.12.0\n\n### Features\n- feat(gin): add option to use escaped path\n- fix(gin): literal colon routes\n- fix(gin): close os.File";
    expect(at("gin-gonic", "gin", "1.12.0", gin)).toBe("Gin");
    const git = 'Git v2.55 Release Notes\n=======================\n\n * "git checkout -m" now stashes.\n * "git log --graph" can now be told.\n * "git push" learned a thing.';
    expect(at("git", "git", "2.55.0", git)).toBe("Git");
    // Another version's title does not spell this release's name.
    expect(at("gin-gonic", "gin", "1.12.0", gin.replace("v1.12.0", "v1.11.0"))).toBe("gin");
    expect(at("git", "git", "2.55.0", git.replace("v2.55", "v2.54"))).toBe("git");
  });
});

describe("project name: a monorepo's package named for a generic thing", () => {
  const tagged = (tag: string, notes: string) => projectName({ version: "1.21.0", tag, name: tag, owner: "vanilla-extract-css", repo: "vanilla-extract", url: "", notes }, notes);

  it("is the scoped package ('@vanilla-extract/css'), not the thing it is about ('css')", () => {
    expect(tagged("@vanilla-extract/css@1.21.0", "- Add `createViewTransition` API")).toBe("@vanilla-extract/css");
  });

  it("a scoped package is named with its scope, as npm writes it, and an unscoped one as it is", () => {
    expect(tagged("@vanilla-extract/sprinkles@1.21.0", "- Add responsive arrays")).toBe("@vanilla-extract/sprinkles");
    expect(tagged("react-intl@1.21.0", "- Add responsive arrays")).toBe("react-intl");
  });
});

describe("project name: a generic repository the notes name before this very version", () => {
  const at = (owner: string, repo: string, version: string, notes: string) => projectName({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "", notes }, notes);

  it("is the product the notes announce ('React 19.2가 npm에 공개되었습니다!' in facebook/react)", () => {
    expect(at("facebook", "react", "19.2.0", "<Intro>\n\nReact 19.2가 npm에 공개되었습니다!\n\n</Intro>\n\n- `<Activity />`")).toBe("React");
  });

  it("stays owner/repo where the name comes with another version or none (bindings that support it)", () => {
    expect(at("acme", "react", "18.1.0", "- Support React 18 in `useForm`\n- React 19.2 works too")).toBe("acme/react");
    expect(at("acme", "react", "2.1.0", "- Fix a crash in the React adapter")).toBe("acme/react");
  });
});
