// A change whose own words say it takes away part of an API or the support for a platform or version: "Remove
// `useQueryEditor`, `useVariableEditor` hooks", "replace `onCopyQuery` hook with `copyQuery` function", "去掉vue2的兼容",
// "删除 `foo` 属性", "`bar` オプションを削除", "Timer, Topic API 삭제", "Option `--x` entfernt", "suppression de la méthode
// `x`", "se elimina el soporte de Node 16", "removido o suporte ao Python 3.8". Whatever section files it (changesets'
// "Patch Changes" read as fixes, a "Features" list), it is a removal: users of it must change their code or setup. What
// is removed decides, not the verb: a stray log line, a warning, a bug, dead or internal code is no API ("Remove stray log
// line" stays a fix). Pure word tests on one change's text; model.ts decides the kind.

// The parts of an API or a setup, in the languages release notes are written in.
const API_THING_EN = String.raw`(?:hooks?|props?|property|properties|options?|flags?|methods?|functions?|components?|exports?|parameters?|params?|arguments?|args?|apis?|endpoints?|commands?|subcommands?|settings?|config(?:uration)? (?:keys?|fields?|options?)|fields?|classes|class|interfaces?|types?|events?|attributes?|directives?|helpers?|builds?|entry ?points?)`;
const CODE = String.raw`\x60[^\x60\n]+\x60`;
const CODE_LIST = String.raw`${CODE}(?:\s*(?:,|and|&|or)\s*(?:and\s+)?${CODE})*`;
// "Remove `a`, `b` hooks", "remove the deprecated `x` option", "drop support for Node 16", "remove UMD builds",
// "replace `onCopyQuery` hook with …", "`x` prop was removed".
const EN = new RegExp(
  [
    String.raw`^(?:remove[sd]?|drop(?:s|ped)?|delete[sd]?)\s+(?:the\s+|all\s+)?(?:(?:deprecated|legacy|old|obsolete|experimental|public|internal-only)\s+)?(?:support\s+for\b|${CODE_LIST}\s+${API_THING_EN}\b|(?:\S+\s+){0,2}${API_THING_EN}\s+${CODE_LIST})`,
    String.raw`^replace[sd]?\s+(?:the\s+)?${CODE_LIST}\s+${API_THING_EN}\s+with\b`,
    String.raw`${CODE_LIST}\s+${API_THING_EN}\s+(?:was|were|has been|have been|is|are)\s+(?:now\s+)?(?:removed|dropped|deleted)\b`,
  ].join("|"),
  "iu",
);
// Chinese: "去掉vue2的兼容", "移除对 IE 11 的支持", "删除 `foo` 属性", "废弃并移除 `x` 方法".
const ZH = /^(?:去掉|去除|移除|删除|删掉|刪除|移除了|删除了|去掉了)[^，。；,;]{0,40}?(?:的)?(?:兼容(?:性)?|支持|支援|属性|屬性|选项|選項|参数|參數|方法|钩子|鉤子|组件|組件|接口|API|api|导出|配置项|事件|指令)(?=$|[\s，。；,;)）])/u;
// Japanese: "`bar` オプションを削除", "Node 16 のサポートを終了", "API を廃止".
const JA = /(?:サポート|対応|互換性|オプション|API|メソッド|プロパティ|引数|フック|コンポーネント|関数|コマンド|パラメータ)(?:を|の|が)?(?:削除|廃止|終了|除去)/u;
// Korean: "Timer, Topic 삭제", "API를 제거했습니다", "지원 종료": named API (Latin names or code) or the words for it.
const KO = /(?:API|옵션|메서드|메소드|속성|파라미터|매개변수|훅|컴포넌트|함수|명령|지원|호환)(?:을|를|이|가)?\s*(?:삭제|제거|중단|종료|폐지)|(?:\x60[^\x60\n]+\x60|\b[A-Z][\w.]*)(?:\s*,\s*(?:\x60[^\x60\n]+\x60|\b[A-Z][\w.]*))*\s*(?:을|를)?\s*(?:삭제|제거)(?:했|되었|됨|합니다|하였)?/u;
// German, French, Spanish, Portuguese: the thing and the verb of removal within a clause, in either order.
const EU_THING = String.raw`(?:unterstützung|support|option|methode|parameter|api|schnittstelle|eigenschaft|hook|komponente|befehl|argument|funktion|prise en charge|méthode|paramètre|propriété|composant|commande|fonction|soporte|compatibilidad|opción|método|parámetro|propiedad|componente|comando|función|suporte|compatibilidade|opção|propriedade|função)`;
// The thing then a participle ("Option `--x` entfernt", "soporte de Node 16 eliminado"), or the removal opening the
// change ("Suppression de la méthode `x`", "Se elimina el soporte…"). (Not a noun of removal after the thing: "Soporte
// para la eliminación de archivos" adds support for deleting files.)
const EU_DONE = String.raw`(?:entfernt|gestrichen|supprimée?s?|retirée?s?|eliminad[oa]s?|quitad[oa]s?|removid[oa]s?)`;
const EU_OPENS = String.raw`(?:entfernt|entfernung|suppression|supprimée?s?|retrait|se elimina|eliminaci[óo]n|eliminad[oa]s?|quitad[oa]s?|remo[çc][ãa]o|removid[oa]s?|foi removid[oa])`;
const EU = new RegExp(String.raw`\b${EU_THING}\b[^.;:!?]{0,60}?\b${EU_DONE}\b|^${EU_OPENS}\b[^.;:!?]{0,40}?\b${EU_THING}\b`, "iu");

// What users never used: a log line, a warning, a bug, dead, unused or internal code, the project's tests and tooling.
const NOTHING_USERS_HAD =
  /\b(?:logs?|logging|warnings?|bugs?|typos?|dead code|unused|unnecessary|redundant|internal(?:ly)?|tests?|examples?|docs?|documentation|readme|ci|lint(?:er|ing)?|debug)\b|日志|警告|无用|多余|冗余|未使用|内部|内部的|ログ|テスト|로그|경고|내부|테스트/iu;

/** True when the change's words say it takes away part of an API or the support for a platform or version. */
export function removesApiOrSupport(text: string): boolean {
  // A commit's scope ("vue-runtime-help: ", "**core:** ") names where, not what went.
  const said = text.replace(/^\s*(?:[-*•]\s*)?(?:\*\*)?[\w@/.-]{1,40}(?:\([^)\n]{0,40}\))?!?(?:\*\*)?[:：]\s*(?:\*\*)?\s*/u, "");
  if (NOTHING_USERS_HAD.test(said.replace(/`[^`]*`/gu, "`x`"))) return false;
  return EN.test(said) || ZH.test(said) || JA.test(said) || KO.test(said) || EU.test(said);
}
