// Lines that frame the release and change nothing: its date under a label in any language ("Releasedatum: 8. April
// 2026", "Date de sortie : 8 avril 2026"), and a greeting that only says time has passed since the last release.
import { describe, expect, it } from "vitest";
import { isReleaseMetadata } from "../../src/notes/formats/metadata.js";
import { proseScore } from "../../src/notes/prose/prose.js";
import { single } from "../support/composed.js";

describe("a release-date line", () => {
  it("is metadata in every language the notes come in", () => {
    for (const line of ["Releasedatum: 8. April 2026", "Date de sortie : 8 avril 2026", "Fecha de lanzamiento: 8 de abril de 2026", "Data de lançamento: 8 de abril de 2026", "发布日期：2026年4月8日", "リリース日: 2026年4月8日", "출시일: 2026년 4월 8일", "Release date: April 8, 2026"])
      expect(isReleaseMetadata(line), line).toBe(true);
    for (const line of ["Fix a crash on dates like 8 avril 2026", "Releasedatum wird jetzt angezeigt."]) expect(isReleaseMetadata(line), line).toBe(false);
  });

  it("is no line of the post", () => {
    const notes = "Lantern 2.3.0\n^^^^^^^^^^^^^\n\n**Releasedatum:** 8. April 2026\n\n\nAnwender\n\"\"\"\"\"\"\"\"\n- Visuelle Anpassungen der Oberfläche.\n\n- iOS 16 wird nicht mehr unterstützt.\n";
    const post = single(notes);
    expect(post).toContain("iOS 16");
    expect(post).not.toContain("Releasedatum");
    expect(post).not.toContain("April 2026");
  });
});

describe("a greeting that says time has passed", () => {
  it("is no change, in any language", () => {
    for (const sentence of ["It has been some time since our last release, but version 2.3.0 brings plenty of improvements and bug fixes.", "It's been a while since the last release!", "Es ist schon eine Weile her seit dem letzten Release.", "Cela fait longtemps depuis la dernière version.", "Ha pasado un tiempo desde la última versión.", "Faz algum tempo desde a última versão.", "好久不见！", "距离上次发布已经过去了半年。", "久しぶりのリリースです。", "오랜만의 릴리스입니다."])
      expect(proseScore(sentence), sentence).toBeLessThan(0);
    expect(proseScore("It has been a while since `--watch` worked on Windows; it does again now.")).toBeGreaterThanOrEqual(0);
  });

  it("leaves the post to the changes", () => {
    const notes = "It has been some time since our last release, but version 2.3.0 brings plenty of improvements and bug fixes.\n\n## Breaking changes\n\n- The minimum supported iOS version is now 12.0.\n- Removed `Input#setCatchBackKey`.\n";
    const post = single(notes);
    expect(post).not.toContain("some time since");
    expect(post).toContain("iOS version is now 12.0");
    expect(post).toContain("setCatchBackKey");
  });
});
