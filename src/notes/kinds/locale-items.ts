// A change that only adds or updates a language's strings ("新增 nnNO locale", "Add Georgian translation",
// "翻译日文 locale 中的 `DatePicker.weekPlaceholder`") reaches the readers of that one language: among the changes of its
// kind it comes after those every user meets, wherever the notes list it (Naive UI puts its "i18n" section first).
import type { Entry } from "../model.js";

const LOCALE_HEADING = /^(?:i18n|l10n|locales?|translations?|locali[sz]ations?|internationali[sz]ations?|国际化|本地化|多语言|翻译|語言|言語|翻訳|多言語|번역|다국어|현지화)$/iu;
// Said of the strings themselves: "Add Georgian translation", "Update nbNO locale", "翻译日文 locale 中的 …". (A fix "for
// certain locales" fixes code every locale runs.)
const LOCALE_WORDS =
  /^(?:(?:add(?:s|ed)?|new|update[sd]?|improve[sd]?|complete[sd]?|translate[sd]?|sync(?:ed)?)\s|新增|添加|增加|更新|补充|完善|翻译|翻訳)[^.!?。]{0,40}?(?:\b(?:locales?|translations?|i18n|l10n)\b|翻译|翻訳|번역|语言包|言語パック)/iu;

/** True when the entry is only a language's strings: under an i18n heading, or saying locale or translation. */
export function onlyLocale(entry: Pick<Entry, "label" | "text" | "kind">): boolean {
  if (entry.kind === "breaking" || entry.kind === "security") return false;
  return (entry.label !== null && LOCALE_HEADING.test(entry.label.trim())) || LOCALE_WORDS.test(entry.text);
}
