// Round 5 of reading the notes: a list told in one language and then again, item for item, in another, with no
// heading naming either language, shows each change once, in the language of the first telling.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { withoutTranslatedList } from "../../src/notes/formats/bilingual.js";

const PR = (n: number): string => `PR [#${n}](https://github.com/acme/trainer/pull/${n})`;

const englishThenJapanese = [
  "### v2.1.0",
  "",
  `- The cache of latents is now kept between runs. ${PR(210)} Thanks to alice!`,
  "  - Set `--cache_dir` to choose where it goes.",
  `- Multi-GPU sampling now uses every GPU. ${PR(214)} Thanks to bob!`,
  "- An option `--lowram` is added to the training scripts.",
  "",
  `- latents のキャッシュが実行間で保持されるようになりました。 ${PR(210)} alice 氏に感謝します。`,
  "  - `--cache_dir` で保存先を指定できます。",
  `- 複数 GPU でのサンプル生成がすべての GPU を使うようになりました。 ${PR(214)} bob 氏に感謝します。`,
  "- 学習スクリプトにオプション `--lowram` を追加しました。",
].join("\n");

const chineseThenEnglish = [
  `- 新增 \`export\` 命令，可导出全部配置 ${PR(31)}`,
  `- 修复 Windows 下路径解析错误 ${PR(32)}`,
  "- 优化启动速度",
  `- Add the \`export\` command to export every setting ${PR(31)}`,
  `- Fix path parsing on Windows ${PR(32)}`,
  "- Faster start-up",
].join("\n");

describe("a list told twice, in two languages, without language headings", () => {
  it("keeps the first telling (English, then Japanese) and reads in its language", () => {
    const model = readNotesModel(englishThenJapanese);
    const texts = model.entries.map((entry) => entry.text).join("\n");
    expect(model.language).toBe("en");
    expect(texts).toContain("The cache of latents is now kept between runs.");
    expect(texts).toContain("`--lowram`");
    expect(texts).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
  });

  it("keeps the first telling (Chinese, then English)", () => {
    const kept = withoutTranslatedList(chineseThenEnglish);
    expect(kept).toContain("新增 `export` 命令");
    expect(kept).toContain("优化启动速度");
    expect(kept).not.toContain("Add the `export` command");
    expect(kept).not.toContain("Faster start-up");
  });

  it("leaves a list whose English items are other changes, not translations", () => {
    const mixed = ["- 新增导出命令", "- 修复路径解析错误", "- Bump lodash from 4.17.20 to 4.17.21", "- Update CI workflow for Node 22"].join("\n");
    expect(withoutTranslatedList(mixed)).toBe(mixed);
  });

  it("leaves alike items that point to different pull requests: two changes, not one translated", () => {
    const plugin = (name: string, n: number): string => `- Plugin: ${name} [@noneflow](https://github.com/noneflow) ([#${n}](https://github.com/acme/bot/pull/${n}))`;
    const plugins = [plugin("海龟汤游戏", 3697), plugin("每日必应壁纸", 3721), plugin("pxchat", 3712), plugin("nonebot-plugin-memory", 3701)].join("\n");
    expect(withoutTranslatedList(plugins)).toBe(plugins);
  });

  it("leaves two runs of different lengths alone unless the shorter pairs item for item with the end of the first", () => {
    const unpaired = ["- 新增导出命令", "- 修复路径解析错误", "- 优化启动速度", "- Add a theme switcher to the settings page", "- Remove the legacy sync engine"].join("\n");
    expect(withoutTranslatedList(unpaired)).toBe(unpaired);
  });
});
