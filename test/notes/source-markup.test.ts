import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

/** Each entry as "kind|label|text" ("-" for no label). */
const entries = (notes: string) => readNotesModel(notes).entries.map((entry) => `${entry.kind}|${entry.label ?? "-"}|${entry.text}`);

describe("credits and side lines the notes' source carries", () => {
  it("a bracketed name the sentence owns something by stays as a word: no '反代地址为 的' gap", () => {
    expect(entries("- 更新默认反代地址为 [[pengzhile](https://github.com/pengzhile)] 的 `https://x.dev/api` [[24min](https://github.com/o/r/pull/1567/files)]")).toEqual([
      "other|-|更新默认反代地址为 pengzhile 的 `https://x.dev/api`",
    ]);
    expect(entries("- Use (@alice)'s fork (@bob)")).toEqual(["other|-|Use @alice's fork"]);
  });

  it("a quote that opens with a link and says no change advertises another page: it is no change", () => {
    expect(entries("> [widget-plus](https://github.com/o/widget-plus) 新界面、完整用户管理\n\n## Fix\n- 修复默认语言错误")).toEqual(["fix|修复|修复默认语言错误"]);
    expect(entries("> [Node 18](https://nodejs.org) is no longer supported.\n\n- a fix")).toEqual(["breaking|⚠️ Breaking changes|Node 18 is no longer supported.", "other|-|a fix"]);
  });

  it("glob asterisks outside code spans stay: they are no emphasis", () => {
    expect(entries("- ignore *.ts and **/*.js files\n- copy src/*.js or lib/*.ts\n- support *real* emphasis")).toEqual([
      "other|-|ignore *.ts and **/*.js files",
      "other|-|copy src/*.js or lib/*.ts",
      "feature|-|support real emphasis",
    ]);
  });

  it("blog-style notes: a title explained in prose is the change, and its sub-headings over prose are its explanation", () => {
    const notes = `## Type system improvements

This release improves the type system by adding inference of anonymous functions. It also checks protocols.

### Type checking of protocol dispatch

Dispatching a protocol is now checked.

## Faster compile times in large projects

This release includes two compiler improvements.

The compiler could not always use all of the machine's cores.

### Code loading bottlenecks

Modules were loaded as soon as they were defined.

### Exposes \`partitions\` to the compiler

A new option.

## Erlang/OTP 28 support

Elixir now supports Erlang/OTP 28.
`;
    expect(entries(notes).map((entry) => entry.split("|")[2])).toEqual([
      "Type system improvements",
      "Faster compile times in large projects",
      "Exposes `partitions` to the compiler",
      "Elixir now supports Erlang/OTP 28.",
    ]);
  });
});
