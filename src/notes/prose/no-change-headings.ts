// Headings of a blog post's parts that name no change: the story of how the release came about and what the team
// learned from it ("Lessons for future collaborations", "How did this happen?", "Looking back", "经验教训", "振り返り"),
// the steps after it ("Next steps", "Próximos pasos"), an invitation to try it or
// to give feedback ("Give it a try", "Feedback welcome", "試してみよう", "立即体验") and the post's close ("Final notes",
// "Funding acknowledgements"). An invitation that names what to try ("Go try out DataTree") names the change by that
// name: the heading is said without the invitation. Pure text rules on a lowered, trimmed title.
import { bareHeading } from "../labels/bare-heading.js";

// The story and its lessons, the motivation, the next steps and the close, in en, de, fr, es, pt.
const STORY =
  /^(?:(?:some |the |our |key )?lessons?(?: (?:learn(?:ed|t)|we learn(?:ed|t)))?(?: (?:for|from|on|about|of) [^?]{1,50})?|(?:what|things) we(?:'ve| have)? learn(?:ed|t)(?: [^?]{1,40})?|(?:a )?look(?:ing)? back(?: (?:at|on) [^?]{1,40})?|(?:a )?retrospective|behind the scenes(?: [^?]{1,40})?|(?:the|our) (?:journey|road|path|story) (?:to|behind|of) [^?]{1,40}|how (?:we|it) (?:got|came) (?:here|to be|about)|how did (?:this|it|we|[^?]{1,30}) (?:happen|come about|come together)\s?\?|how we (?:built|made|did) (?:it|this)|next steps|(?:final|closing|parting|concluding) (?:notes?|remarks|words|thoughts)|(?:[\p{L}-]+ )?acknowledge?ments?|funding|feedback(?: (?:welcome|wanted|please|needed))?|(?:we want|we'd love) (?:your|to hear)[^?]{0,30}|(?:give|send|share) (?:us )?(?:your )?feedback|let us know(?: [^?]{0,30})?|rückblick|(?:gelernte )?lektionen|was wir gelernt haben|nächste schritte|schlusswort|feedback erwünscht|(?:probiert es|probieren sie es|jetzt) aus(?:probieren)?|ausprobieren|leçons (?:apprises|tirées)|ce que nous avons appris|rétrospective|prochaines étapes|le mot de la fin|(?:donnez|faites)[- ]nous (?:votre avis|part de vos retours)|essayez(?:-le)?|lecciones aprendidas|lo que aprendimos|mirando (?:hacia )?atrás|próximos pasos|palabras finales|pruébalo|lições aprendidas|o que aprendemos|olhando para trás|próximos passos|considerações finais|experimente)[!.]?$/u;
const STORY_CJK =
  /^(?:经验教训|經驗教訓|经验总结|經驗總結|回顾|回顧|幕后(?:故事)?|幕後(?:故事)?|立即体验|立即體驗|快来试试|快來試試|欢迎(?:试用|反馈)|歡迎(?:試用|回饋)|反馈|回饋|教訓|学んだこと|振り返り|舞台裏|試してみ(?:よう|てください)|お試しください|フィードバック(?:をお待ちしています)?|次のステップ|교훈|회고|돌아보며|사용해 보세요|써 보세요|피드백|다음 단계)[!！。]?$/u;

// The post's closing line as a heading: "We're excited to see what you build with Lit!", "We can't wait to see what
// you make", "Happy coding!", "Enjoy!", "Wir sind gespannt, was ihr baut", "Nous avons hâte de voir ce que vous
// créerez", "Estamos deseando ver lo que construyes", "Mal podemos esperar para ver o que vocês vão criar",
// "期待看到你的作品", "皆さんが何を作るのか楽しみです", "여러분이 만들 것을 기대합니다". No change: the thread's close.
const OUTRO =
  /^(?:we(?:'re| are) (?:so |really |very )?(?:excited|thrilled|eager|happy) to see what (?:you|y'all|the community) (?:will )?(?:build|make|create|do)\b.*|we can(?:'t|not) wait to see what (?:you|y'all|the community) (?:will )?(?:build|make|create|do)\b.*|happy (?:coding|hacking|building|testing)|enjoy(?: the (?:release|update|new version))?|(?:now )?go (?:build|make|create) something\b.*|wir (?:sind|freuen uns) (?:schon )?(?:gespannt|darauf)[^?]{0,30}\bwas (?:ihr|sie|du)\b.*|nous avons hâte de voir ce que vous\b.*|(?:estamos deseando|tenemos ganas de|estamos emocionados de) ver lo que\b.*|mal podemos esperar para ver o que\b.*|(?:estamos|ficamos) (?:ansiosos|animados) para ver o que\b.*)[!.]?$/u;
const OUTRO_CJK = /^(?:(?:我们)?(?:期待|迫不及待(?:地)?想)看到(?:你|您|大家)(?:们)?.{0,20}|祝(?:大家|您)?使用愉快|.{0,20}(?:を作るのか|で何を作るか|を作るのを)楽しみ(?:にしています|です)|여러분이 .{0,20}(?:기대(?:됩니다|합니다)))[!！。]?$/u;

// An invitation to try something: "Go try out DataTree", "Try the new console today", "Check out `pyfetch`", "Take X for a
// spin". The words after the verb name what to try; "it", "this" or "them" name nothing.
const INVITES =
  /^(?:go |please |come |now )?(?:try(?: out)?|test[- ]drive|check out|play (?:around )?with|give|take) (.{1,50}?)(?: (?:a (?:try|spin|go|whirl)|for a (?:spin|test drive)|out))?(?: (?:today|now|yourself))?[!.]?$/u;
const NAMES_NOTHING = /^(?:it|this|that|them|these|us|the (?:release|update|new version))$/u;


/** A part's title that names no change of the release: its story, lessons, motivation, next steps, an invitation. */
export function namesNoChangeOfRelease(title: string): boolean {
  const text = bareHeading(title);
  if (text === "" || text.length > 80) return false;
  const lower = text.toLowerCase();
  if (STORY.test(lower) || STORY_CJK.test(text) || OUTRO.test(lower) || OUTRO_CJK.test(text)) return true;
  const invited = INVITES.exec(lower)?.[1];
  return invited !== undefined && NAMES_NOTHING.test(invited.trim());
}

/** What an inviting title asks readers to try ("Go try out DataTree" → "DataTree"), in the title's own case; null when
 *  the title invites nothing or names nothing to try. */
export function invitedTopic(title: string): string | null {
  const text = bareHeading(title);
  const match = INVITES.exec(text.toLowerCase());
  const topic = match?.[1]?.trim();
  if (match === null || topic === undefined || NAMES_NOTHING.test(topic)) return null;
  // "Give feedback", "Take part": a verb's object, not a name of what was made.
  if (/^(?:give|take)$/u.test(match[0].split(" ").find((word) => !/^(?:go|please|come|now)$/u.test(word)) ?? "") && !/\b(?:a (?:try|spin|go|whirl)|for a (?:spin|test drive))\b/u.test(match[0])) return null;
  const at = text.toLowerCase().indexOf(topic);
  const named = text.slice(at, at + topic.length);
  // A name ("DataTree", "`pyfetch`", "the new console", "Vite 6"), not the rest of a change ("Check out branches by name").
  return /[\p{Lu}`\d]|\bnew\b/u.test(named) ? named : null;
}

// "Why trees?", "Warum Bäume?", "为什么选择树？": the motivation for a change, whose part may still tell the change itself
// ("Why is startup faster?" over "Startup now loads plugins lazily"): the part goes only when none of it states one.
// "Why we built this", "Why we changed the config format", "Motivation" (no question): the team's motive, read the same way.
const ASKS_WHY = /^(?:why|warum|wieso|pourquoi|¿?por qu[ée]|por que)\b[^?？]{1,40}[?？]$|^why (?:we|i)(?:'ve| have)? [^?？.]{1,60}$|^(?:the |our )?motivation$|^(?:为什么|為什麼|なぜ|どうして|왜)[^?？]{0,30}[?？]$/iu;

/** True when a part's title asks why: its part is background unless a sentence of it states a change. */
export const asksWhy = (title: string): boolean => ASKS_WHY.test(bareHeading(title));
