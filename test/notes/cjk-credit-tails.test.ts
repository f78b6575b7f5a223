// changelogithub's Chinese lines end with the issue they close and a credit of two links: neither reaches a post.
import { expect, it } from "vitest";
import { cleanText } from "../../src/notes/text/cleanup.js";

it("drops the issue a Chinese change closes after its sentence", () => {
  expect(cleanText("添加错误处理程序。关闭 #587")).toBe("添加错误处理程序。");
  expect(cleanText("修复侧边栏折叠时的菜单。修复 #608")).toBe("修复侧边栏折叠时的菜单。");
  // A number that is the change's subject stays.
  expect(cleanText("修复 #608 号问题中的菜单错位")).toContain("#608");
});

it("drops what is left of a credit joined by 和", () => {
  expect(cleanText("配置是否支持自动更新。 - 和")).toBe("配置是否支持自动更新。");
});
