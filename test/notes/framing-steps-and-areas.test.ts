import { describe, expect, it } from "vitest";
import type { Release } from "../../src/core/types.js";
import { areaLinesSetOff } from "../../src/notes/formats/area-lines.js";
import { isAreaName } from "../../src/notes/formats/area-name.js";
import { withAreaSaid } from "../../src/notes/kinds/area-security.js";
import { keySentence } from "../../src/notes/prose/blog-sections.js";
import { statedChange } from "../../src/notes/prose/change-statement.js";
import { allCommitSubjects } from "../../src/notes/formats/commit-lines.js";
import type { Entry } from "../../src/notes/model.js";
import { projectName } from "../../src/notes/project-name.js";

const release = (owner: string, repo: string, version: string): Release => ({ version, tag: `v${version}`, name: `v${version}`, owner, repo, url: "https://example.test/r", notes: "" });

describe("mendP: a step users must take is never framing", () => {
  it("keeps an upgrade step whole, however it opens", () => {
    for (const step of [
      "IT IS VERY IMPORTANT THAT YOU READ THIS SECTION BEFORE UPGRADING TO SPROCKET 4!",
      "As always for major upgrades, ensure you stop the server and take a full backup before upgrading!",
      "Instead, use the new `fetch()` API.",
    ]) expect(statedChange(step), step).toBe(step);
  });
});

describe("mendP: a sentence that opens on a connective or on history but states a change keeps the change", () => {
  it("reads change verbs in every language whose connectives are cut, and a change said as a comparison", () => {
    expect(statedChange("Still, builds are 2x faster thanks to the new cache.")).toBe("Builds are 2x faster thanks to the new cache.");
    expect(statedChange("Ainsi, l'option `--foo` a été supprimée.")).toBe("L'option `--foo` a été supprimée.");
    expect(statedChange("Pour cela, nous avons ajouté un cache.")).toBe("Nous avons ajouté un cache.");
    // German puts its verb right after the connective: the sentence is said whole.
    expect(statedChange("Deshalb wurde die Option `--foo` entfernt.")).toBe("Deshalb wurde die Option `--foo` entfernt.");
    // "Ainsi que…" is "as well as", no connective.
    expect(statedChange("Ainsi que la prise en charge de Python 3.12.")).toBe("Ainsi que la prise en charge de Python 3.12.");
  });

  it("a history opening followed by what is so now states that", () => {
    for (const sentence of [
      "Originally, `parse()` returned null; it now throws.",
      "In the past few years we rewrote the parser; Sprocket 9 now ships it by default.",
      "これまで手動だった設定が、自動で行われるようになりました。",
      "그동안 요청이 많았던 다크 모드를 추가했습니다.",
      "以前的版本不支持 Windows，现在支持了。",
      "Sprocket is the world's fastest gear and now supports HTTP/3.",
    ]) expect(statedChange(sentence), sentence).toBe(sentence);
    // History alone is still history, in its general shapes.
    expect(statedChange("In the past 3 years, the plugin API grew a lot.")).toBeNull();
    expect(statedChange("Over the last year, many people tried wheels.")).toBeNull();
  });

  it("a part's key sentence may open on a connective: the change is said without it", () => {
    expect(keySentence("Faster builds", ["However, the build cache now makes builds 2x faster."])).toBe("The build cache now makes builds 2x faster.");
    expect(keySentence("빌드 캐시", ["하지만 이번 릴리스에서는 빌드 캐시를 새로 추가하여 빌드가 빨라졌습니다."])).toBe("이번 릴리스에서는 빌드 캐시를 새로 추가하여 빌드가 빨라졌습니다.");
  });
});

describe("mendP: filler by its shape, not one release's words", () => {
  it("sentiment, hope, self-praise and closing thanks with no change verb are filler in every language", () => {
    for (const sentence of [
      "모두 감사합니다.",
      "깃헙에서 또 봐요!",
      "헬름 팀은 헬름 3를 발표하게 되어 자랑스럽게 생각한다.",
      "We hope you enjoy it as much as we do!",
      "Thanks everyone, and see you at the next release!",
      "皆さん、本当にありがとうございました。",
      "谢谢大家！",
      "This is easily one of the biggest releases we have ever made.",
    ]) expect(statedChange(sentence), sentence).toBeNull();
    // A hope that names the change is no filler.
    expect(statedChange("We hope the new `--watch` flag now saves you time.")).not.toBeNull();
  });
});

describe("mendP: a name written only inside a file's or module's name keeps its lowercase", () => {
  it("never guesses a capital the notes do not write", () => {
    expect(projectName(release("nyaosorg", "nyagos", "4.4.19_0"), "- `nyagos.d/catalog` gains a completion\n- `nyagos.eval` returns errors")).toBe("nyagos");
    expect(projectName(release("evanw", "esbuild", "0.25.1"), "- Fix types in `esbuild.d.ts`")).toBe("esbuild");
    // A site's address is no file: the name is still never written, and said as a word.
    expect(projectName(release("prettier", "prettier", "3.1.0"), "- See [the blog](https://prettier.io/blog) or prettier.io")).toBe("Prettier");
  });
});

describe("mendP: one area pattern, and a heading is no area", () => {
  const entry = (label: string): Entry => ({ label, text: "Removed deprecated `clearClassPermissions()` method", prose: false }) as unknown as Entry;

  it("prefixes a tool's area, never a heading or kind word", () => {
    expect(withAreaSaid(entry("libmount"), "Security").text).toBe("libmount: Removed deprecated `clearClassPermissions()` method");
    expect(withAreaSaid(entry("chsh, chfn"), "Security").label).toBe("Security");
    for (const heading of ["Note", "Cleanup", "Misc", "Fixes"]) {
      expect(isAreaName(heading), heading).toBe(false);
      expect(withAreaSaid(entry(heading), "Security").text, heading).toBe("Removed deprecated `clearClassPermissions()` method");
    }
    // A heading of the notes gives way to the kind's label; a kind heading keeps its own.
    expect(withAreaSaid(entry("Note"), "Security").label).toBe("Security");
    expect(withAreaSaid(entry("Fixes"), "Security").label).toBe("Fixes");
  });

  it("the plain-text reader and the label helper share it ('lib(core):' is an area to both)", () => {
    expect(isAreaName("lib(core)")).toBe(true);
    const source = ["lib(core):", "   - fix a leak", "   - fix a crash", "lib(io):", "   - add a reader"].join("\n");
    expect(areaLinesSetOff(source).split("\n")).toContain("");
  });

  it("one commit-type pattern: a scope with '!' and a full-width colon open a commit subject", () => {
    expect(allCommitSubjects(["feat(core)!: drop the old API", "docs(readme)：add an example"])).toBe(true);
  });
});
