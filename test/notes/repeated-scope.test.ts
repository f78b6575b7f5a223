import { describe, expect, it } from "vitest";
import { withoutEmptyScopes } from "../../src/notes/labels/empty-scopes.js";
import type { Entry } from "../../src/notes/model.js";

const item = (text: string): Entry => ({ text, kind: "fix", label: "Fixes", prose: false, paragraph: -1, order: 1 }) as Entry;
const texts = (...lines: string[]): string[] => withoutEmptyScopes(lines.map(item)).map((entry) => entry.text);

describe("a scope the change's words repeat", () => {
  it("goes, as the words name it first", () => {
    expect(texts("tooltip.valueFormatter: `tooltip.valueFormatter` 回调的第二个参数改为 `rawDataIndex`。")).toEqual(["`tooltip.valueFormatter` 回调的第二个参数改为 `rawDataIndex`。"]);
    expect(texts("router: router now waits for pending guards")).toEqual(["router now waits for pending guards"]);
  });
  it("stays where the words only start alike", () => {
    expect(texts("router: routerLink keeps the query string")).toEqual(["router: routerLink keeps the query string"]);
    expect(texts("core: fix a crash on start")).toEqual(["core: fix a crash on start"]);
  });
});
