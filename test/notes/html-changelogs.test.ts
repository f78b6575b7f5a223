import { describe, expect, it } from "vitest";
import { single } from "../support/composed.js";

const PROJECT = { repo: "ui-kit", owner: "acme", version: "0.8.0" };

describe("a docs site's HTML changelog whose class names mark headings and items", () => {
  const notes = `<div class="change-log">
  <h2 id="0.8.0" class="version">0.8.0</h2>
  <div class="date">2026-05-13</div>
  <div class="type">Feats</div>
  <p class="log-item"><i>🍀</i>新增国际化方案</p>
  <p class="log-item"><i>🍀</i>新增黑色模式</p>
  <div class="type">Update</div>
  <p class="log-item"><i>🛠️</i>优化 TypeScript 校验</p>
  <p class="log-item"><i>🛠️</i>更新组件样式</p>
  <p class="log-item"><i>🛠️</i>更新依赖包</p>
</div>`;

  it("shows the features as items under a label, never a bare heading line", () => {
    const post = single(notes, PROJECT);
    expect(post).toMatch(/• [^\n]*新增国际化方案/u);
    expect(post).toMatch(/• [^\n]*新增黑色模式/u);
    expect(post).not.toMatch(/^(?:Feats|Update)$/mu);
  });
});
