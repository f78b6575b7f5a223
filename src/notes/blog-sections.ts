// A blog-style announcement's parts as a maintainer would sum them up: which parts only tell background (what the
// project is, its history, its people, where to get help) and which part the post calls its headline. Pure; the model
// (model.ts) decides where each applies.

// A part about the project or the post, not the release: "What is Tauri?", "How popular is X?", "How did we get to
// 2.0?", "Who made this release possible?", "About X", "Acknowledgements", "Getting help", "Call to action", "Trying
// out v8", "X란?", "X とは", "什么是 X", "关于 X". (A lowered, trimmed title is tested; each branch is anchored.)
const BACKGROUND =
  /^(?:what (?:is|are) [^?]{1,40}\?|how (?:popular|big|fast|old) (?:is|are) [^?]{1,40}\?|how did (?:we|it|this|[^?]{1,30}) (?:get|come|arrive)\b[^?]{0,40}\?|who (?:made|makes|built|is behind|are|worked on) [^?]{1,60}\?|why (?:should (?:i|you) )?use [^?]{1,40}\?|when should (?:i|you) use [^?]{1,40}\?|about(?: [^\s]{1,40}){1,3}|acknowledge?ments?|getting help|get(?:ting)? involved|(?:a )?call to action|(?:trying|try(?:ing)? it) out(?: [^\s]{1,20}){0,2}|how to (?:help|contribute|get help)|contributing)$/u;
const BACKGROUND_CJK = /^(?:.{1,30}(?:란|이란|은 무엇인가요|とは|って何)\s*[?？]?|(?:什么是|什麼是|关于|關於).{1,30}|.{1,30}(?:是什么|是什麼)\s*[?？]?|(?:致谢|鳴謝|鸣谢|感謝|お問い合わせ|サポート|获取帮助|獲取幫助|도움말|문의))$/u;

/** A part's title that only tells background: its part names no change of this release. */
export function isBackgroundHeading(title: string): boolean {
  const text = title.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "").replace(/[:：]$/u, "").trim();
  if (text === "" || text.length > 80) return false;
  return BACKGROUND.test(text.toLowerCase()) || BACKGROUND_CJK.test(text);
}

// A sentence calling its part the release's headline: "A very much awaited part of this release is…", "The biggest new
// feature…", "the long-awaited…", "最も待望の…", "대망의…", "期待已久的…".
const CALLS_HEADLINE =
  /\b(?:(?:very |long |much |most )*(?:much|long)[- ]awaited|most (?:requested|anticipated|awaited)|(?:the|our) (?:biggest|headline|main|star) (?:new )?(?:feature|change|addition|improvement)s?)\b/u;
const CALLS_HEADLINE_CJK = /待望の|期待已久|万众期待|萬眾期待|대망의|가장 큰 (?:변화|기능)|最大の(?:新機能|変更)|最大的(?:新功能|变化)/u;

/** The first sentences of a part call it the release's headline. */
export function callsHeadline(opening: string): boolean {
  return CALLS_HEADLINE.test(opening.toLowerCase()) || CALLS_HEADLINE_CJK.test(opening);
}
