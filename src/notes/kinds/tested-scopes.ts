// What a release was tested on: a part titled "Tested on", "Verified hardware", "実機確認範囲", "测试环境", or a line
// that leads in to such a list ("Tested on:", "動作確認環境："). Its items say which device, OS or version the
// maintainers checked ("Windows 11, CSR8510 A10, firmware 22.5.0: pairing and reconnect confirmed"), not a change: no
// post shows them and no "+N more" counts them. (A "Tests" or "Testing" part lists changes to the tests: upkeep.)

// The words for having tested or verified something, then where or with what: "Tested on", "Verified with",
// "Hardware tested", "Testing matrix" (not "Test environment": a test runner's own feature area), "Compatibility (tested)",
// and a benchmark's set-up ("Specs and Versions for this performance run", "Benchmark setup").
const EN =
  /^(?:(?:hardware|devices?|platforms?|environments?|configurations?|setups?)\s+(?:tested|verified|validated|confirmed)|(?:tested|verified|validated|confirmed)\s+(?:on|with|against|using|platforms?|hardware|devices?|environments?|configurations?|setups?)|(?:test(?:ing)?|verification|validation)\s+(?:matrix|hardware|devices?|scope|coverage\s+on\s+hardware)|(?:verification|validation)\s+(?:environments?|setups?|platforms?)|(?:tested|verified)\s+(?:scope|configurations?)|(?:(?:specs?|specifications|versions|hardware|machines?|environments?|setups?)(?:\s+(?:and|&)\s+(?:specs?|versions|hardware|environments?))?\s+(?:for|of|used (?:for|in))\s+(?:this|the|these)\s+(?:performance|benchmark)\s+(?:runs?|tests?|results?)|benchmark\s+(?:setup|environment|machine|hardware|specs?)))\b/iu;
// German, French, Spanish, Portuguese: "Getestet mit", "Testumgebung", "Testé sur", "Environnement de test",
// "Probado en", "Entorno de pruebas", "Testado em", "Ambiente de teste".
const EU =
  /^(?:getestet\s+(?:mit|auf|unter)|test(?:umgebung|plattformen?|geräte)|verifiziert\s+(?:mit|auf)|test[ée]e?s?\s+(?:sur|avec)|v[ée]rifi[ée]e?s?\s+(?:sur|avec)|environnements?\s+de\s+test|mat[ée]riel\s+test[ée]|probad[oa]s?\s+(?:en|con)|verificad[oa]s?\s+(?:en|con|em|com)|entornos?\s+de\s+prueba|testad[oa]s?\s+(?:em|com)|ambientes?\s+de\s+teste)\b/iu;
// Chinese, Japanese, Korean: "测试环境", "實機測試", "验证范围", "実機確認範囲", "動作確認環境", "検証環境", "테스트 환경".
const CJK =
  /^(?:(?:实机|實機|真机|真機)?(?:测试|測試)(?:环境|環境|设备|設備|平台|范围|範圍)|(?:已|实机|實機|真机)(?:测试|測試|验证|驗證)|(?:验证|驗證)(?:环境|環境|范围|範圍|设备|設備)|実機(?:確認|検証|テスト)|動作確認(?:環境|済み|範囲|機種|端末)?|(?:検証|確認|テスト)(?:環境|範囲|済み環境|端末|機種)|(?:테스트|검증|동작\s*확인)\s*(?:환경|범위|기기|장비))/u;

/** True when `title` (a heading, or a line ending in a colon over a list) names what the release was tested on. */
export function namesTestedScope(title: string): boolean {
  const text = title
    .trim()
    .replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s#*_]+/u, "")
    .replace(/[:：]\s*$/u, "");
  return EN.test(text) || EU.test(text) || CJK.test(text);
}
