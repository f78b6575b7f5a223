import { describe, expect, it } from "vitest";
import { posts, thread } from "../support/composed.js";

const PROJECT = { repo: "tool", owner: "acme", version: "3.9.0" };

describe("announcement-style notes show what changed, not their headings", () => {
  it("shows a part's first sentence where its title only names a kind of change", () => {
    const notes = `Kong Gateway 3.9.0 ships the new expressions router and built-in OpenTelemetry tracing.

## New experimental features

We added a preview of the WebAssembly filter runtime. It can run filters written in Rust.

## Performance: speed-up

Routing is now 30% faster on large configurations.
`;
    const [single] = posts(notes, PROJECT);
    expect(single).not.toContain("• New experimental features");
    expect(single).not.toContain("• Performance: speed-up");
    expect(single).toContain("preview of the WebAssembly filter runtime");
    expect(single).toContain("Routing is now 30% faster");
  });

  it("does so in Korean too", () => {
    const notes = `## 새로운 실험적 기능

WebAssembly 필터 런타임의 미리보기를 추가했습니다. Rust로 작성된 필터를 실행할 수 있습니다.

## Bug fixes

- Fixed a crash when the config file is empty
`;
    const [single] = posts(notes, PROJECT);
    expect(single).not.toContain("• 새로운 실험적 기능");
    expect(single).toContain("미리보기를 추가했습니다");
  });

  it("makes a titled change breaking when its part quotes a breaking note, in the first post", () => {
    for (const [notes, word] of [
      [
        `This release focuses on tooling improvements.

## REPL becomes a separate artifact

The REPL now ships in its own artifact, scala3-repl.

> **Breaking Change:** tools that depended on scala3-compiler for the REPL must add scala3-repl.

## Faster compilation

Incremental compilation is now up to 20% faster.
`,
        "REPL becomes a separate artifact",
      ],
      [
        `## REPL 成为独立构件

REPL 现在以独立构件 scala3-repl 发布。

> **破坏性变更：** 依赖 scala3-compiler 提供 REPL 的工具需要添加 scala3-repl。

## 编译更快

增量编译现在最多快 20%。
`,
        "REPL 成为独立构件",
      ],
    ] as const) {
      for (const thread of [false, true]) {
        const [first] = posts(notes, { ...PROJECT, thread });
        expect(first).toMatch(/⚠️ (?:Breaking changes|破坏性变更)/u);
        expect(first).toContain(word);
      }
    }
  });

  it("keeps a known regression that tells users what to do, as a notice in the first post", () => {
    const notes = `## Highlights

- Added support for streaming responses
- Faster startup by lazy loading plugins

## Known regression

Known regression: uploads larger than 2 GB fail on Windows. If you rely on large uploads, please use 3.8.1 until 3.9.1 is out.

## Bug fixes

- Fixed a crash when the config file is empty
`;
    for (const thread of [false, true]) {
      const [first] = posts(notes, { ...PROJECT, thread });
      expect(first).toContain("please use 3.8.1");
      if (first!.includes("streaming")) expect(first!.indexOf("Known regression")).toBeLessThan(first!.indexOf("streaming"));
      expect(first).not.toContain("Known regression: Uploads");
    }
    const chinese = `## 新功能

- 新增流式响应支持

## 已知问题

Windows 上超过 2 GB 的上传会失败。如需上传大文件，请暂时使用 3.8.1。
`;
    expect(posts(chinese, PROJECT)[0]).toContain("请暂时使用 3.8.1");
  });

  it("still drops a list of open issues that asks nothing of users", () => {
    const notes = `## Features

- Added support for streaming responses

## Known issues

- The progress bar flickers on some terminals
`;
    expect(posts(notes, PROJECT)[0]).not.toContain("flickers");
  });

  it("never shows a part about a feature that did not ship as a highlight", () => {
    const notes = `This release brings a new cache layer and better error messages.

## New cache layer

A persistent cache now speeds up repeated builds by up to 3x.

## Parallel builds

Parallel builds were postponed and did not make it into this release. It will ship in the next version.

## Better error messages

Errors now point to the exact line and column.
`;
    for (const thread of [false, true]) expect(posts(notes, { ...PROJECT, thread }).join("\n")).not.toMatch(/parallel/iu);
    const chinese = `## 新的缓存层

持久化缓存让重复构建最多快 3 倍。

## 并行构建

并行构建推迟到下一个版本发布。
`;
    expect(posts(chinese, PROJECT).join("\n")).not.toContain("并行构建");
  });
});

describe("an opening summary keeps its headline and its leaning sentences", () => {
  it("leads with the summary's first sentence when the whole paragraph is too long", () => {
    const notes = `Kong Gateway 3.9 introduces a new router based on expressions and native distributed tracing with OpenTelemetry for every plugin. Furthermore, the Admin API gains pagination for all endpoints. Furthermore, several plugins were rewritten for speed and lower memory use across the board.

## Breaking changes

${Array.from({ length: 8 }, (_, at) => `- Removed \`legacy_${at}\``).join("\n")}

## Features

${Array.from({ length: 8 }, (_, at) => `- Added the \`feature_${at}\` option to the proxy configuration`).join("\n")}
`;
    for (const thread of [false, true]) {
      const all = posts(notes, { ...PROJECT, thread });
      expect(all[0]).toContain("new router based on expressions");
      // No post opens with a sentence that leans on one it does not show.
      for (const text of all.slice(1)) expect(text).not.toMatch(/^Furthermore/u);
    }
  });

  it("never opens a thread post with a sentence that leans on the one before it", () => {
    const notes = `Version 2.0 brings a redesigned plugin API that makes writing extensions much simpler than before and a new configuration format based on TOML that replaces the old INI files. It also includes a migration tool that converts old configuration files automatically. This makes upgrading painless for most users.

## Features

- Redesigned plugin API
- TOML configuration
- Migration tool

## Fixes

- Fixed memory leak in watcher
- Fixed crash on empty input
- Fixed wrong exit code on failure
`;
    const all = thread(notes, PROJECT);
    // A paragraph too long for its post is shown by its leading sentences: the rest never opens the next post.
    for (const text of all.slice(1)) expect(text).not.toMatch(/^(?:It also|This makes)/u);
    expect(all[0]).toContain("redesigned plugin API");
  });
});
