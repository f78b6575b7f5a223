// Lines that name only kinds of work or a template's fields: a summary "we did new components, maintenance, docs
// updates", a stock first item "Évolution du système …", "Zones impactées :" — they introduce changes, they are none.
// Notes written for these tests.
import { describe, expect, it } from "vitest";
import { isAffectedField, namesOnlyAreaOfChange, namesOnlyWorkDone } from "../../src/notes/prose/work-summary.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.2.0" };
const joinedPosts = (notes: string, thread = false): string => posts(notes, { ...PROJECT, thread }).join("\n---\n");

describe("a summary that names only kinds of work", () => {
  it("is no change, in any language", () => {
    expect(namesOnlyWorkDone("新機能の追加, バグ修正, ドキュメントのアップデート, メンテナンス対応を行いました。")).toBe(true);
    expect(namesOnlyWorkDone("This release includes new features, bug fixes and documentation updates.")).toBe(true);
    expect(namesOnlyWorkDone("Widget コンポーネントに `size` プロパティを追加しました。")).toBe(false);
    expect(namesOnlyWorkDone("This release includes a new `--watch` flag.")).toBe(false);
  });
  it("leaves the post to the changes under it", () => {
    const notes = ["## 概要", "", "Widget v1.2.0 のリリースノートです。<br/>", "新機能の追加, バグ修正, ドキュメントのアップデート, メンテナンス対応を行いました。", "", "## アップデート内容", "### 新機能", "- Slider コンポーネントの追加", "### バグ修正", "- Dialog の表示崩れを修正", ""].join("\n");
    expect(joinedPosts(notes)).not.toContain("を行いました");
    expect(joinedPosts(notes, true)).not.toContain("を行いました");
    expect(joinedPosts(notes)).toContain("Slider");
  });
});

describe("a template's stock lines", () => {
  it("a verbless change-of-area item and an affected-field item are no changes", () => {
    expect(namesOnlyAreaOfChange("Évolution du système socio-fiscal.")).toBe(true);
    expect(namesOnlyAreaOfChange("Changes to the parser")).toBe(true);
    expect(namesOnlyAreaOfChange("Évolution du calcul de la prime d'activité pour les apprentis en 2024.")).toBe(false);
    expect(isAffectedField("Périodes concernées : du 01/01/2020 au 31/12/2021.")).toBe(true);
    expect(isAffectedField("Zones impactées :")).toBe(true);
    expect(isAffectedField("Fix the affected rows count: it was off by one")).toBe(false);
  });
  it("the change under Details leads the post", () => {
    const notes = ["# 12.0.0", "", "* Évolution du système socio-fiscal.", "* Périodes concernées : à partir du 01/01/2024.", "* Zones impactées :", "    - `widget/prestations/aides`", "* Détails :", "    - correction du taux de la prime pour Mayotte", "    - ajout du plafond 2024", ""].join("\n");
    const single = joinedPosts(notes);
    expect(single).not.toContain("Évolution du système");
    expect(single).not.toContain("Périodes concernées");
    expect(single).toContain("correction du taux");
  });
});

describe("a sentence that names the release's headline", () => {
  it("leads the single post, whatever its verb", () => {
    const notes = ["위젯 2는 파서의 새 주 버전이다. 위젯 1의 성공을 기반으로, 위젯 2도 생태계의 요구에 계속 부응하고 있다.", "", "Some old options were deprecated or reworked in ways that are not compatible with Widget 1.", "", "가장 눈에 띄는 변화는 틸러(Tiller)가 제거된 것이다.", "", "## Other news", "", "The website has a fresh look and the forum moved.", ""].join("\n");
    expect(joinedPosts(notes)).toContain("틸러(Tiller)");
  });
});

describe("a musing on the reader's question", () => {
  it("is no change: the answer is", () => {
    const notes = ["## What changes in Widget 2?", "", "You may be wondering what changed.", "", "The `--legacy` flag was removed.", "", "## 위젯 2에서 변경되는 사항은?", "", "이쯤에서 이런 의문이 들지도 모르겠다.", "", "`--fast` 옵션이 추가되었다.", ""].join("\n");
    const all = joinedPosts(notes, true);
    expect(all).not.toContain("wondering");
    expect(all).not.toContain("의문이 들지도");
  });
});
