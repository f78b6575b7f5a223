// What users must act on reaches the first post: a "Removed" section opens a thread before the additions, and a version
// bump users meet survives a cut that drops the purpose before it.
import { describe, expect, it } from "vitest";
import { xRules } from "../../src/notes/networks.js";
import { shorten } from "../../src/notes/text/shorten.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "tracekit", owner: "acme", version: "2.8.0" };

describe("a Removed section in a thread", () => {
  const added = Array.from({ length: 6 }, (_, i) => `- \`tracekit-sdk\`: add the \`sampler_${i}\` option to the exporter so that spans can be sampled per route and per service name`);
  const notes = ["## 2.8.0", "", "### Added", "", ...added, "", "### Removed", "", "- `tracekit-api`: Removed the deprecated Metrics v1 API. Use `MeterProvider` instead.", "", "### Fixed", "", "- `tracekit-sdk`: flush pending spans on shutdown", ""].join("\n");

  it("stands before the additions, with its hint", () => {
    const posts = thread(notes, PROJECT);
    const first = posts[0] ?? "";
    expect(first).toContain("Removed the deprecated Metrics v1 API. Use `MeterProvider` instead.");
    if (first.includes("Added")) expect(first.indexOf("Removed")).toBeLessThan(first.indexOf("Added"));
  });

  it("does so in other languages", () => {
    const zh = ["## 2.8.0", "", "### 新增", "", ...Array.from({ length: 6 }, (_, i) => `- 新增导出器的采样选项 \`sampler_${i}\`，可以按路由和服务名分别设置采样率，并支持动态调整`), "", "### 移除", "", "- 移除已废弃的 Metrics v1 API，请使用 `MeterProvider`。", ""].join("\n");
    const first = thread(zh, PROJECT)[0] ?? "";
    expect(first).toContain("移除已废弃的 Metrics v1 API");
    if (first.includes("新增")) expect(first.indexOf("移除已废弃")).toBeLessThan(first.indexOf("新增"));
  });
});

describe("a version bump users meet", () => {
  it("is kept over the purpose before it when both do not fit (Japanese)", () => {
    const text = "Vite 7でビルドできるように、全パッケージのビルド設定を見直しました。ESMビルドのtargetを `es2017` から `es2022` に引き上げました。";
    expect(shorten(text, 90, xRules(), "ja")).toBe("ESMビルドのtargetを `es2017` から `es2022` に引き上げました。");
  });

  it("is kept over the purpose before it (English, Chinese, Korean)", () => {
    const en = "To build with the new toolchain, the package configuration was reworked across all of the workspace packages. The minimum Node.js version goes from 18 to 20.";
    expect(shorten(en, 80, xRules())).toBe("The minimum Node.js version goes from 18 to 20.");
    const zh = "为了支持新的构建工具链，我们重新整理了所有子包的构建配置和发布流程。最低 Node 版本从 18 升级到 20。";
    expect(shorten(zh, 40, xRules(), "zh")).toBe("最低 Node 版本从 18 升级到 20。");
    const ko = "새 빌드 도구를 지원하기 위해 모든 패키지의 빌드 설정과 배포 절차를 정리했습니다. 최소 Node 버전을 18에서 20으로 올렸습니다.";
    expect(shorten(ko, 50, xRules(), "ko")).toBe("최소 Node 버전을 18에서 20으로 올렸습니다.");
  });

  it("leaves a cut alone when no later sentence bumps anything", () => {
    const text = "全パッケージのビルド設定を見直しました。ドキュメントの誤字を修正しました。";
    expect(shorten(text, 45, xRules(), "ja")).toBe("全パッケージのビルド設定を見直しました。");
  });
});
