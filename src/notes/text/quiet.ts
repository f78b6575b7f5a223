// Keeps text from the notes from doing on the network what its author never meant: a GitHub @handle or an npm
// @scope is not the account of the same name there, and a file name ("notes.md") or dotted identifier
// ("datetime.date") is not a link to a stranger's domain. A zero-width space after the "@" keeps a handle as
// written while the network sees no mention; the last dot of a would-be domain becomes a one dot leader (U+2024),
// which reads as a dot but ends no domain name: no invisible character in the middle of a word. A "#ifdef" or
// "$TERM" gets the same zero-width space after its sigil: it is a hashtag or a stock ticker's cashtag there, not
// here. The template's own text is left alone: mentions and links there are meant.
import type { NetworkRules } from "../networks.js";
import { mentionOffsets, tagOffsets } from "./x-text.js";

const ZERO_WIDTH_SPACE = "\u200B";
const ONE_DOT_LEADER = "\u2024";

/** Inserts a zero-width space after each offset (ascending). */
function insertAfter(text: string, offsets: readonly number[]): string {
  let result = "";
  let from = 0;
  for (const at of offsets) {
    result += text.slice(from, at + 1) + ZERO_WIDTH_SPACE;
    from = at + 1;
  }
  return result + text.slice(from);
}

export function quietMentions(text: string): string {
  if (!text.includes("@") && !text.includes("\uFF20")) return text;
  return insertAfter(text, mentionOffsets(text));
}

/** Links the network would make from text without a scheme: the last dot of each becomes a one dot leader, until
 *  none is left ("a.co.uk" needs two rounds). */
export function quietBareDomains(text: string, rules: Pick<NetworkRules, "links">): string {
  // Only a dot between letters or digits can end a domain: most text has none and is not searched.
  if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(text)) return text;
  let result = text;
  for (let round = 0; round < 6 && result.includes("."); round += 1) {
    const next = quietLastDots(result, rules);
    if (next === result) break;
    result = next;
  }
  return result;
}

const DOTTED_TAIL = /^(?:\.[\p{L}\p{N}_-]+)+/u;

/** Whether `at` stands inside a `code span`: an odd number of backticks before it. */
const inCodeSpan = (text: string, at: number): boolean => (text.slice(0, at).match(/`/g)?.length ?? 0) % 2 === 1;

// Hosts that only stand for one in an example: the reserved example domains and names (RFC 2606/6761), local hosts and
// placeholders ("your-domain.com", "my-server.net", "xxx.com").
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|^localhost$|\b(?:your|my)[-_]?|x{3,}|^(?:\d{1,3}\.){3}\d{1,3}$/iu;

/** A code span that is one address with its scheme and nothing else ("`https://ai.fakeopen.com/api/conversation`"):
 *  the notes wrote an address to use (an endpoint to set), which a reader copies or opens; it stays a real link (X
 *  links it, backticks and all, as twitter-text's extractUrls finds it). Not an example host, which stays quiet. */
function isSpanAddress(text: string, start: number, end: number, host: string): boolean {
  return text[start - 1] === "`" && text[end] === "`" && (text[start - 2] ?? " ") !== "`" && !EXAMPLE_HOST.test(host);
}

function quietLastDots(text: string, rules: Pick<NetworkRules, "links">): string {
  const dots: number[] = [];
  for (const [start, end] of rules.links(text)) {
    const link = text.slice(start, end);
    // A URL with its scheme is the notes' own link, unless it stands in code: an example ("`zellij attach
    // https://example.com/s`") that GitHub shows as text.
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(link)?.[0] ?? "";
    const address = link.slice(scheme.length);
    const host = /^[^/?#:]+/.exec(address)?.[0] ?? address;
    if (scheme && (!inCodeSpan(text, start) || isSpanAddress(text, start, end, host))) continue;
    const dot = host.lastIndexOf(".");
    // A dotted name the link is only the head of ("structlog.dev.ConsoleRenderer"): every dot of it becomes a leader,
    // so the name reads the same throughout, not "structlog․dev.ConsoleRenderer".
    const rest = !scheme && host === link ? (DOTTED_TAIL.exec(text.slice(end))?.[0] ?? "") : "";
    if (rest) for (let at = text.indexOf(".", start); at !== -1 && at < end + rest.length; at = text.indexOf(".", at + 1)) dots.push(at);
    else if (dot > 0) dots.push(start + scheme.length + dot);
  }
  if (dots.length === 0) return text;
  const chars = text.split("");
  for (const at of dots) chars[at] = ONE_DOT_LEADER;
  return chars.join("");
}

export function quietTags(text: string): string {
  return insertAfter(text, tagOffsets(text));
}

/** One pass of each quieting, in turn. */
function quietOnce(text: string, rules: NetworkRules): string {
  const domainsQuiet = rules.linksBareDomains ? quietBareDomains(text, rules) : text;
  const tagsQuiet = rules.linksTags ? quietTags(domainsQuiet) : domainsQuiet;
  return rules.mentionsNotify ? quietMentions(tagsQuiet) : tagsQuiet;
}

/** Text from the notes, made safe for the network the post goes to. Each quieting can wake what another left quiet:
 *  the network links no domain right after an "@", "#" or "$" ("@builder.io/qwik@latest", "@math.lr"), so the
 *  zero-width space that quiets the mention opens a link; a domain made quiet can free the mention it held
 *  ("site.com/@alice"). So the passes go again until the text is still, the way the network reads the result. */
export function quietText(text: string, rules: NetworkRules): string {
  let result = text;
  for (let round = 0; round < 4; round += 1) {
    const next = quietOnce(result, rules);
    if (next === result) break;
    result = next;
  }
  return result;
}
