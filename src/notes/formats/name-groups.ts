// Plain-text notes that group their changes under bare component names (MPC-BE's "Source filters", "MP4Splitter",
// "Инсталлятор", "yt-dlp", each on its own line right above one-sentence lines): each name heads the sentences under
// it, as a heading over its items; never a paragraph or an item of its own. Pure: text in, text out.

import { FENCE } from "./line-blocks.js";

// Markdown an author writes: a heading of level one to three, a table row (a fence is FENCE). (Earlier steps write level four.)
const MARKDOWN_OWN = /^\s{0,3}(?:#{1,3}\s|\|)/u;
// A greeting or a sign-off on its own line ("Hallo zusammen", "Hi all", "Vielen Dank", "Thanks", "大家好"): it opens or
// closes the letter, never names a group of changes.
const GREETING =
  /^(?:hallo|hello|hi|hey|dear|greetings|bonjour|salut|hola|olá|ola|ciao|привет|здравствуйте|thanks?|thank you|many thanks|vielen dank|danke|merci|gracias|obrigad[oa]|grazie|спасибо|cheers|regards|best regards|viele grüße|大家好|各位好|你好|谢谢|感谢|致谢|こんにちは|ありがとう)(?:\s|$)/iu;
// A warning's label over its paragraph ("Warning", "Achtung", "注意"): the paragraph's own, which keeps its standing.
const ADMONITION =
  /^(?:warning|caution|attention|important|note|notice|heads up|achtung|warnung|hinweis|wichtig|atención|aviso|advertencia|nota|importante|внимание|важно|примечание|注意|警告|提示|重要|注)$/iu;
// A line that ends the group before it and heads none: the greeting, the sign-off, the warning's label.
const isAside = (line: string): boolean => GREETING.test(line.trim()) || ADMONITION.test(line.trim());
// A setext underline: the line above it is the release's heading, not a group's name.
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;
// A sentence on a line of its own: it ends as one.
const SENTENCE = /[.!?。！？]["'»”)）]?$/u;
// A line that carries on the one before it: it starts in lower case.
const CONTINUES = /^\p{Ll}/u;

/** A bare name: one to three words, no sentence's end, no colon, nothing but a name's characters. */
function isName(line: string): boolean {
  const text = line.trim();
  if (text === "" || text.length > 40 || line !== line.trimStart() || SENTENCE.test(text) || /[:：,;]/u.test(text)) return false;
  return /^[\p{L}\p{N}][\p{L}\p{N}._+#/-]*(?: [\p{L}\p{N}][\p{L}\p{N}._+#/-]*){0,2}$/u.test(text);
}

const isSentenceLine = (line: string): boolean => line === line.trimStart() && SENTENCE.test(line.trim()) && !CONTINUES.test(line.trim()) && !isName(line);

/**
 * The notes with their named groups as Markdown ("Source filters" then "Добавлена …." → "#### Source filters" then
 * "- Добавлена …."), and every other block of one-sentence lines among them as items of the group before it. Only notes
 * with no Markdown headings of their own and two or more such groups: one name over one line may be a paragraph's title.
 */
export function namedGroupsAsMarkdown(source: string): string {
  const lines = source.split("\n");
  // Markdown of the author's own (its headings of level one to three, a fence) groups its changes itself.
  if (lines.some((line) => MARKDOWN_OWN.test(line) || FENCE.test(line))) return source;
  const heads = new Set<number>();
  for (let at = 0; at + 1 < lines.length; at += 1) {
    const line = lines[at] ?? "";
    if (isName(line) && !isAside(line) && (at === 0 || (lines[at - 1] ?? "").trim() === "" || UNDERLINE.test(lines[at - 1] ?? "")) && isSentenceLine(lines[at + 1] ?? "") && !UNDERLINE.test(lines[at + 1] ?? "")) heads.add(at);
  }
  if (heads.size < 2) return source;
  const out: string[] = [];
  let grouped = false;
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    // The paragraph under an aside is prose of its own, no item of the group before.
    if (isAside(line)) grouped = false;
    if (heads.has(at)) {
      out.push("", `#### ${line.trim()}`, "");
      grouped = true;
      continue;
    }
    // "Обновлены библиотеки:" over indented lines ("\tdav1d 1.5.4;"): a group of its own, each line an item.
    const indented = lines.slice(at + 1).findIndex((next) => !/^(?:\t| {2,})\S/u.test(next));
    if (grouped && /[:：]$/u.test(line) && isName(line.slice(0, -1)) && indented !== 0) {
      const end = indented < 0 ? lines.length : at + 1 + indented;
      out.push("", `#### ${line.slice(0, -1).trim()}`, "", ...lines.slice(at + 1, end).map((item) => `- ${item.trim().replace(/[;；]$/u, "")}`), "");
      at = end - 1;
      continue;
    }
    // A block of one-sentence lines: the group's items; a wrapped paragraph (a line that does not end a sentence) stays.
    if (grouped && isSentenceLine(line)) {
      let end = at;
      while (end < lines.length && (lines[end] ?? "").trim() !== "") end += 1;
      const block = lines.slice(at, end);
      if (block.every(isSentenceLine)) {
        out.push(...block.map((item) => `- ${item.trim()}`));
        at = end - 1;
        continue;
      }
    }
    out.push(line);
  }
  return out.join("\n");
}
