// The project's name as its readers know it, for the default opener: the package name where a door knows it, the
// product name in the release title ("Ant Design 6.0.0"), else the repository — with its owner when the name alone
// says nothing ("core", "cli") — written the way the notes write it ("Vite", not "vite").
import { listItemText } from "./text/list-items.js";
import { nameAsNotesWrite } from "./written-name.js";
import { makersProduct } from "./makers-name.js";
import { reorderedName } from "./reordered-name.js";
import { partSpellings } from "./part-spellings.js";
import type { Release } from "../core/types.js";
import { escapeRegExp } from "./text/escape-regexp.js";
import { saidAsWord } from "./text/typed-words.js";

// Repository names that do not say which project they are.
const GENERIC = new Set(
  "core cms kit cli sdk api app apps lib libs server client web ui docs site website action actions plugin plugins main monorepo platform packages package js ts go py rs python node framework engine tools tool utils common shared runtime compiler react vue next mobile desktop backend frontend image images icons fonts content devtools router store schema config components theme themes http auth i18n test testing types css html styles style util helpers db data".split(" "),
);

// Generic names of a repository that holds the whole product.
const PRODUCT_ITSELF = new Set("core cms framework engine main monorepo platform runtime compiler packages".split(" "));

// A slug drops a Latin letter's accents ("trackdechets" for "Trackdéchets"): they say nothing against the name.
const unaccented = (text: string): string => text.normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC");
const squash = (text: string): string => unaccented(text).toLowerCase().replace(/[\s_.-]+/g, "");

/** What is left of a release title without its version, tag and filler ("Release", "v"): a product name or "". */
function nameInTitle(release: Release): string {
  let title = release.name;
  for (const part of [release.tag, release.version]) if (part) title = title.split(part).join(" ");
  title = title
    .replace(/\bv?\d+(?:\.\d+)+(?:[-+][\w.+-]*)?\b/g, " ")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")
    .replace(/\b(?:release[sd]?|version|is out|is here|available|now)\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  return title.split(" ").length <= 4 && /\p{L}/u.test(title) ? title : "";
}

/** All capitals on a name longer than an acronym is a heading shouting ("WHAT'S NEW IN HTOP"), not its spelling. */
const shouted = (spelling: string): boolean => !/\p{Ll}/u.test(spelling) && squash(spelling).length > 3;

// Where a sentence starts: a line's start after its list or heading marks, or after a sentence's end. A capital there
// says nothing about how a name is written ("Pipx now uses…" in notes that write "pipx" everywhere else).
const SENTENCE_START = /(?:^|\n)[ \t]*(?:[-*+>]|\d{1,3}[.)])?[ \t]*$|[.!?:;][\s"'“”]*$/u;
// A conventional commit's subject line: "feat!: …", "- fix(core): …".
const COMMIT_SUBJECT = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?[a-z]+(?:\([^)\n]*\))?!?(?:\*\*)?:[ \t]/u;
const HEADING_LINE = /(?:^|\n)[ \t]*#{1,6}[ \t][^\n]*$/u;

/**
 * How the notes write `name`, ignoring case and separators ("tailwindcss" → "Tailwind CSS", "rubocop" → "RuboCop");
 * null unless the people's words give it capitals that a sentence's start does not explain (all lowercase is how code
 * writes a name; "Pipx now…" is a sentence's capital): a capital inside the name, one in mid-sentence, or one in a
 * heading. Part of a longer name ("rubocop-ast", "@eslint/js") is not the name.
 */
function spellingIn(text: string, name: string): string | null {
  const counts = spellingCounts(text, name);
  if (counts === null) return null;
  return bestSpelling(counts, name);
}

interface SpellingCount {
  all: number;
  telling: number;
  calm: number;
  commit: number;
  /** Right after a quote mark: a quoted command ("git checkout -m"), written as it is typed. */
  quoted: number;
}

/** Each way the people's words write `name` (see spellingIn), with how often and where; null for a name too short. */
function spellingCounts(text: string, name: string): Map<string, SpellingCount> | null {
  const target = squash(name);
  if (target.length < 2) return null;
  // People's words only: link targets, URLs and code spell names the way machines do. A code span may open with more
  // than one backtick (RST's "``ASTROPY_CACHE_DIR``"): it ends with as many.
  const prose = text
    .slice(0, 32_768)
    .replace(/\]\([^)\s]*\)|https?:\/\/\S+|(`+)[^`\n]*?\1|<[^>\n]*>/g, " ");
  // A Latin name ends where another script starts: a Korean or Japanese particle joins it without a space
  // ("SQL2Excel가", "Kitexの").
  const words = [...prose.matchAll(/[\p{Script=Latin}\p{N}]+|[\p{L}\p{N}]+/gu)];
  const counts = new Map<string, SpellingCount>();
  for (let first = 0; first < words.length; first += 1) {
    const start = words[first]?.index ?? 0;
    if (/[-/@._]$/u.test(prose.slice(Math.max(0, start - 1), start))) continue;
    let squashed = "";
    // Up to three words joined by one space, dot or hyphen: "Tailwind CSS", "Ant Design", "Next.js".
    for (let last = first; last < Math.min(words.length, first + 3); last += 1) {
      const word = words[last];
      if (!word) break;
      if (last > first) {
        const gap = prose.slice((words[last - 1]?.index ?? 0) + (words[last - 1]?.[0].length ?? 0), word.index);
        if (!/^[ .-]$/.test(gap)) break;
      }
      squashed += unaccented(word[0]).toLowerCase();
      if (!target.startsWith(squashed)) break;
      if (squashed === target) {
        const end = word.index + word[0].length;
        if (/^[-/_][\p{L}\p{N}]/u.test(prose.slice(end, end + 2))) break;
        const spelling = prose.slice(start, end);
        const before = prose.slice(Math.max(0, start - 200), start);
        const telling = /\p{Lu}/u.test(spelling.slice(1)) || HEADING_LINE.test(before) || !SENTENCE_START.test(before);
        const lineStart = prose.lastIndexOf("\n", start) + 1;
        const lineEnd = prose.indexOf("\n", end);
        const line = prose.slice(lineStart, lineEnd === -1 ? prose.length : lineEnd);
        const count = counts.get(spelling) ?? { all: 0, telling: 0, calm: 0, commit: 0, quoted: 0 };
        counts.set(spelling, {
          all: count.all + 1,
          telling: count.telling + (telling ? 1 : 0),
          // A line in lowercase around "HTTPX" writes the name so, where no line all in capitals shouts it too
          // ("# HTOP 3.5.0" beside "HTOP now sorts…" may carry the heading's capitals over).
          calm: count.calm + (/\p{Ll}/u.test(line.replace(spelling, "")) ? 1 : 0),
          commit: count.commit + (COMMIT_SUBJECT.test(line) ? 1 : 0),
          quoted: count.quoted + (/["'“‘]$/u.test(before) ? 1 : 0),
        });
        break;
      }
    }
  }
  return counts;
}

/** The spelling among `counts` that tells how the project writes `name` (see spellingIn); null if none does. */
function bestSpelling(counts: Map<string, SpellingCount>, name: string): string | null {
  // Where the notes also write the name in lowercase, a sentence's capital does not tell ("Pipx now…" beside "pipx
  // installs…"); where they never do, it is all there is to go by ("Alacritty crashing at startup").
  // A commit's subject is lowercase by convention ("feat!: ship lerna as ESM-only"): it says nothing against the
  // capital the people's sentences give the name ("Lerna is now shipped…").
  const plainCount = counts.get(name);
  const plain = plainCount?.all ?? 0;
  const plainInProse = plain - (plainCount?.commit ?? 0);
  let best: string | null = null;
  let bestCount = { all: 0, telling: 0 };
  for (const [spelling, count] of counts) {
    if (!/\p{Lu}/u.test(spelling) || (shouted(spelling) && count.calm < count.all) || (plainInProse > 0 && count.telling === 0)) continue;
    if (count.telling > bestCount.telling || (count.telling === bestCount.telling && count.all > bestCount.all)) {
      best = spelling;
      bestCount = count;
    }
  }
  // A capitalised spelling much rarer than the plain one is not the product's name, unless it is written so more than
  // once where no sentence starts: a name that is also a word ("Task", "a task") is lowercase as the word.
  // A name written with its separator as the project writes it ("uni-app") is not outvoted by a rarer spelling that
  // drops it ("UniApp API"): the project's own spelling stands unless the other is written more often.
  if (best !== null && /[-._]/u.test(name) && best.toLowerCase() !== name.toLowerCase() && plainInProse > 0 && bestCount.all <= plain) return null;
  return best !== null && (bestCount.all >= plain / 2 || bestCount.telling >= 2) ? best : null;
}

/**
 * Whether the title's name ("Util-linux 2.38 Release Notes") has its capital only from opening the line, where the
 * people's sentences write the name in lowercase more often than anything gives it a telling capital ("the first
 * release with translated util-linux man-pages"): the project writes it so. A capital inside the name ("HAProxy") or
 * one the notes' headings and mid-sentence words give it as often ("## Gin v1.12.0" beside "feat(gin): …", whose
 * commit subjects are lowercase by convention) stands.
 */
function onlyTitleCapital(text: string, title: string, name: string): boolean {
  if (/\p{Lu}/u.test(title.slice(1))) return false;
  let lower = 0;
  let telling = 0;
  for (const [spelling, count] of spellingCounts(text, name) ?? []) {
    if (/\p{Lu}/u.test(spelling)) telling += count.telling;
    else lower += count.all - count.commit - count.quoted;
  }
  return lower > telling;
}

/** How often the notes' words (not link targets; code spans too unless `withCode` is false) write `name` as a word of
 *  its own: "k6 now runs…", "`k6 run`"; not "k6-operator" or ".k6rc". */
function timesWritten(text: string, name: string, withCode = true): number {
  const prose = text.slice(0, 16_384).replace(withCode ? /\]\([^)\s]*\)|https?:\/\/\S+/g : /\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/g, " ");
  const escaped = escapeRegExp(name);
  // A tag or package spec ("pinia@2.2.0", a release's title) writes it as code does, not as people do; so does a
  // file's or module's name ("ayame.ini", "structlog.processors").
  const word = new RegExp(`(?<![\\p{L}\\p{N}_/@.-])${escaped}(?![\\p{L}\\p{N}_/-]|@v?\\d|\\.[\\p{L}\\p{N}])`, "giu");
  return prose.match(word)?.length ?? 0;
}

/** True when the notes write `name`, in these very letters, as a file's or module's name ("nyagos.d", "esbuild.d.ts");
 *  a link or a web domain ("prettier.io") is the site's address, not the notes writing the name. */
function inFileName(text: string, name: string): boolean {
  const prose = text.slice(0, 16_384).replace(/\]\([^)\s]*\)|https?:\/\/\S+/g, " ");
  const file = new RegExp(`(?<![\\p{L}\\p{N}_@/.-])${escapeRegExp(name)}\\.(?!(?:io|com|org|net|dev|app|co|sh|ai|me|site|page|cloud)(?![\\p{L}\\p{N}.]))[\\p{L}\\p{N}]`, "u");
  return file.test(prose);
}

/** For a generic repository name, the product name the notes write that its owner and repository spell
 *  ("sveltejs/kit" → "SvelteKit", "ant-design/x" → "Ant Design X", "nodejs/node" → "Node.js"); null if none. */
function ownerSpelling(text: string, owner: string, repo: string): string | null {
  // Organisation names often add a "js", "-dev", "hq" or "lang" to the product's name.
  // An npm scope may add the product's major version too ("@keystone-6/core" is Keystone's).
  const base = owner.replace(/[-_.]\d+$/u, "").replace(/[-_.]?(?:js|dev|hq|lang|org|team|labs|inc)$/i, "");
  // The owner's name alone stands for the product only where the repository is the product itself ("vuejs/core",
  // "laravel/framework", "nodejs/node"); "stripe/cli" is not Stripe.
  // So does a repository named for the product's major version ("GladysAssistant/v4") or only for its site ("website").
  const itself = PRODUCT_ITSELF.has(repo.toLowerCase()) || squash(owner).startsWith(squash(repo)) || /^v\d{1,2}$/iu.test(repo) || SITE_ONLY.test(repo);
  const candidates = [`${owner}${repo}`, `${base}${repo}`, ...(itself ? [owner, base] : [])].filter((name) => squash(name).length > 2);
  for (const candidate of candidates) {
    const spelling = spellingIn(text, candidate);
    if (spelling) return spelling;
  }
  return null;
}

// Names of a repository that holds all of its owner's packages: they name no product but the owner's.
const ALL_PACKAGES = new Set("platform monorepo packages".split(" "));

/** The owner's name for a repository of all its packages ("ngrx/platform", where the notes spell it no other way): the
 *  product is the owner's, and "platform" names none. Null for any other repository ("vuejs/core" stays so). */
function ownerOfWhole(text: string, owner: string, repo: string): string | null {
  return ALL_PACKAGES.has(repo.toLowerCase()) && /^[\p{L}\p{N}-]{3,}$/u.test(owner) ? unwritten(text, owner) : null;
}

/**
 * "Vue Router" for "vuejs/router": where an organisation is named for its product plus an organisation's ending ("js",
 * "lang", "hq"), a generic repository is that product's part, named as its docs name it; and the repository of the
 * whole product ("stenciljs/core", where the notes never write "Stencil") is the product: "Stencil". Null for any other
 * owner ("stripe/cli" stays so: which of the owner's names is a product is not known).
 */
function ownersPart(owner: string, repo: string): string | null {
  const base = /^([a-z]{3,})[-_.]?(?:js|lang|hq)$/u.exec(owner)?.[1];
  if (!base || !/^[a-z]{3,}$/u.test(repo) || base === repo) return null;
  const product = `${base[0]?.toUpperCase() ?? ""}${base.slice(1)}`;
  // (A repository of all its packages, "gizmojs/platform", keeps its owner's name: ownerOfWhole.)
  if (PRODUCT_ITSELF.has(repo)) return ALL_PACKAGES.has(repo) ? null : product;
  const part = TOOL_ACRONYM.has(repo) ? repo.toUpperCase() : `${repo[0]?.toUpperCase() ?? ""}${repo.slice(1)}`;
  return `${product} ${part}`;
}

// Generic names that say which of its owner's tools a repository holds, written as acronyms: "npm/cli" is the npm CLI.
const TOOL_ACRONYM = new Set(["cli", "sdk", "api", "ui"]);

// Languages and platforms as a repository's name writes them ("go-sdk", "sdk-python"), spelled as their people do.
const LANGUAGE: Record<string, string> = {
  go: "Go", golang: "Go", python: "Python", py: "Python", js: "JS", javascript: "JavaScript", ts: "TypeScript",
  typescript: "TypeScript", node: "Node.js", nodejs: "Node.js", java: "Java", kotlin: "Kotlin", swift: "Swift",
  ruby: "Ruby", php: "PHP", rust: "Rust", rs: "Rust", dotnet: ".NET", net: ".NET", csharp: "C#", cpp: "C++",
  dart: "Dart", flutter: "Flutter", elixir: "Elixir", android: "Android", ios: "iOS", web: "Web", react: "React",
};

/** A repository's name that is only a language and a tool ("go-sdk", "sdk-python", "js-api"): it says which of its
 *  owner's tools it holds, not which project. Its parts, or null for any other name. */
function languageTool(repo: string, owner = ""): string[] | null {
  // The owner's name among them says whose tool it is, as the owner does ("stellar/js-stellar-sdk").
  const parts = repo.toLowerCase().split(/[-_.]+/u).filter((part) => part !== "" && part !== squash(owner));
  const tool = parts.filter((part) => TOOL_ACRONYM.has(part)).length === 1;
  return parts.length === 2 && tool && parts.some((part) => part in LANGUAGE) ? parts : null;
}

/** "npm CLI" for "npm/cli" and "OpenFeature Go SDK" for "open-feature/go-sdk", where the notes write the owner's
 *  name as a word of its own; null otherwise. */
function ownersTool(text: string, owner: string, repo: string): string | null {
  const parts = TOOL_ACRONYM.has(repo.toLowerCase()) ? [repo.toLowerCase()] : languageTool(repo, owner);
  if (!parts) return null;
  // A repository that names its owner ("js-stellar-sdk") is the owner's tool even where the notes never write the name.
  const named = repo.toLowerCase().split(/[-_.]+/u).includes(squash(owner));
  const written = spellingIn(text, owner) ?? (timesWritten(text, owner) > 0 ? owner : named ? unwritten(text, owner) : null);
  // The language first, as people say it: "Go SDK" for "sdk-go" too.
  const words = [...parts.filter((part) => part in LANGUAGE).map((part) => LANGUAGE[part]), ...parts.filter((part) => TOOL_ACRONYM.has(part)).map((part) => part.toUpperCase())];
  return written ? `${written} ${words.join(" ")}` : null;
}

/** A generic repository's name that the notes write capitalised right before this release's version ("React 19.2가
 *  npm에 공개되었습니다!" in facebook/react): the product itself. A repository of bindings for it ("owner/react") writes
 *  the name with another version ("requires React 18"), or none. */
function withThisVersion(text: string, repo: string, version: string): string | null {
  const parts = /^v?(\d+)\.(\d+)/u.exec(version.trim());
  if (!parts) return null;
  const escaped = escapeRegExp(repo);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/@.-])(${escaped})\\s+v?${parts[1]}\\.${parts[2]}(?![\\d])`, "giu");
  for (const match of text.slice(0, 4_096).matchAll(pattern)) {
    const name = match[1] ?? "";
    if (/^\p{Lu}/u.test(name) && !shouted(name)) return name;
  }
  return null;
}

// Words that open a sentence announcing a release, not part of the name before its version ("Introducing Foo Bar 2.0").
const NAME_FILLER =
  /^(?:the|a|an|our|new|welcome|to|introducing|announcing|release|releasing|version|today|meet|hello|hi|in|on|with|since|from|for|as|of|after|before|until|by|at|use|using|upgrade|upgrading|require|requires|install|installing|this|with|and|or|but|so|if|when|now|then|also|note|starting|changes|what's|whats|see)$/iu;

// A list item that holds a link and nothing else.
const LINK_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[^\]\n]*\]\([^)\s]*\)[ \t]*[,.;]?[ \t]*$/gmu;

/**
 * The multi-word name the notes put right before this version ("[JavaScript Primer](…) 2.0.0では…" for js-primer), when
 * it is the repository's: it holds one of the repository name's own words ("primer") or squashes to it. Every word
 * starts with a capital, as a product's name does; two to three words, after any announcing words; null if none.
 * `unknownSlug`: the notes never write the repository's name ("magento2" for "Adobe Commerce 2.4.8-p5 …"), so the
 * name they write beside this very version is the product's without sharing a word, where they write it again.
 */
function nameBeforeVersion(notes: string, owner: string, repo: string, version: string, unknownSlug = false): string | null {
  const bare = version.trim().replace(/^v/iu, "");
  if (!/^\d+(?:\.\d+)+/u.test(bare)) return null;
  const prose = notes
    .slice(0, 16_384)
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gmu, " ")
    // A list item that is only a link points elsewhere: "* [Gamebase Android SDK 2.70.0](./android)" in the Unity
    // SDK's notes names a sister product, not this one.
    .replace(LINK_ITEM, " ")
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/gu, "$1")
    .replace(/`[^`\n]*`|https?:\/\/\S+/gu, " ");
  const escaped = escapeRegExp(bare);
  const repoWords = repo.toLowerCase().split(/[-_.]+/u).filter((word) => word.length >= 3 && !GENERIC.has(word));
  // A word of the repository's name counts in lowercase too: "kintone UI Component 1.0.4".
  const own = repoWords.map(escapeRegExp).join("|");
  const word = own ? `(?:\\p{Lu}[\\p{L}\\p{N}+#]*|(?:${own})(?![\\p{L}\\p{N}]))` : "\\p{Lu}[\\p{L}\\p{N}+#]*";
  const named = new RegExp(`((?:${word}[ \\t]+){1,5})v?${escaped}(?![\\w.-])`, "gu");
  for (const match of prose.matchAll(named)) {
    const start = match.index ?? 0;
    if (start > 0 && /[\p{L}\p{N}_.-]/u.test(prose[start - 1] ?? "")) continue;
    const words = (match[1] ?? "").trim().split(/[ \t]+/u);
    while (words.length > 0 && NAME_FILLER.test(words[0] ?? "")) words.shift();
    if (words.length < 2 || words.length > 3) continue;
    const name = words.join(" ");
    const lower = words.map((word) => word.toLowerCase());
    if (repoWords.some((word) => lower.includes(word)) || squash(name) === squash(repo) || squash(name) === squash(`${owner}${repo}`)) return name;
    if (unknownSlug && !shouted(name) && timesWritten(prose, name, false) >= 2) return name;
  }
  return null;
}

/** The package a monorepo's tag names: "react-intl@10.1.20", "@scope/pkg@1.2.3" (changesets), "pkg-v1.2.3"
 *  (release-please), as its scope (or null) and bare name; null for a plain tag. */
function packageInTag(tag: string): { scope: string | null; name: string } | null {
  const match = /^(?:@([\w.-]+)\/)?([\w.-]+)@v?\d/u.exec(tag) ?? /^()([a-z][\w.-]*?)-v\d+\.\d/iu.exec(tag);
  return match?.[2] ? { scope: match[1] || null, name: match[2] } : null;
}

// A repository of the product's documentation or website ("cypress-documentation", "react-native-website",
// "docs-foo", "vitejs.github.io"): its releases are the product's, and so is the name readers know.
// A blog's repository ("ember-blog") publishes the product's release posts in the same way.
const DOCS_REPO = /^(?:(.+?)[-_.](?:documentation|docs?|website|site|homepage|blog)|(?:docs?|documentation|website)[-_.](.+)|(.+)\.github\.io)$/iu;

// A repository that is only a site, its docs or its blog, naming no product ("docsite", "website", "docs-site",
// "blog"): its notes are the product's, which they name beside this version.
// A knowledge base, handbook, wiki, help centre or developers' portal ("knowledge-base", "developers") is one too.
const SITE_ONLY =
  /^(?:docs?|documentation|website|web|site|homepage|blog|www|knowledge[-_.]?base|kb|handbook|manual|wiki|help(?:[-_.]?cent(?:er|re))?|developers?|dev[-_.]?portal)(?:[-_.]?(?:site|src|source|website|pages?|blog))?$/iu;

/** The name the notes write right before this version ("Dioxus 0.4 just dropped") that the owner's name holds
 *  ("DioxusLabs"): the product a site-only repository's notes announce; null if none. */
function ownersNameBesideVersion(notes: string, owner: string, version: string): string | null {
  // A version of one number ("i-doit 36") is written whole; a longer one may lose its patch ("Dioxus 0.4").
  const parts = /^v?(\d+)(?:\.(\d+))?/u.exec(version.trim());
  const ownerLetters = squash(owner);
  if (!parts || ownerLetters.length < 3) return null;
  const written = parts[2] === undefined ? `${parts[1]}(?![\\d.])` : `${parts[1]}\\.${parts[2]}(?![\\d])`;
  // The owner's spelling may open in lowercase ("i-doit"): the owner's letters say it is the name.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/@.-])(\\p{L}[\\p{L}\\p{N}.+-]*?)\\s+v?${written}`, "gu");
  for (const match of notes.slice(0, 8_192).matchAll(pattern)) {
    const name = match[1] ?? "";
    if (squash(name).length >= 3 && ownerLetters.includes(squash(name)) && !shouted(name)) return name;
  }
  return null;
}

/** The product a documentation or website repository is named for ("cypress" for "cypress-documentation"); null if
 *  the repository is not one, or names no product of its own ("docs-site"). */
function productOfDocsRepo(repo: string): string | null {
  const match = DOCS_REPO.exec(repo.trim());
  const product = match?.[1] ?? match?.[2] ?? match?.[3] ?? "";
  return product && /\p{L}/u.test(product) && !GENERIC.has(product.toLowerCase()) ? product : null;
}

// A language's code as a documentation repository's name ends or starts with it ("docs-cn", "ko.react.dev"): it says
// which translation the repository holds, not which product.
const LANGUAGE_CODE = /^(?:en|zh|cn|tw|hk|ja|jp|ko|kr|fr|de|es|pt|br|ru|it|tr|vi|id|pl|uk|nl|ar|fa|he|hi|th|sv|cs|hu|ro|el|bn|ta|ms)(?:[-_](?:[a-z]{2}|hans|hant))?$/iu;

// A repository named for the product's website's domain ("react.dev", "ko.react.dev", "vuejs.org",
// "www.ruby-lang.org"), with a translation's language code or "www" as its first label, or none.
// A docs or developers' subdomain ("developers.portone.io", "docs.foo.dev") names the site's part, not the product.
// A GitHub Pages site under its old domain ("elixir-lang.github.com") is one too. (Not ".js" or ".rs": "chart.js" and
// "tokio.rs"-like names are more often a product's own than a site's.)
const DOMAIN_REPO = /^(?:(?:www|docs?|developers?|dev|api|help|support|learn|blog|[a-z]{2}(?:-[a-z]{2,4})?)\.)?([a-z][\w-]*)(?:\.github)?\.(?:dev|org|com|net|site|io|ai|app|co|cloud|sh|me|so|xyz|tech|info|page|land|tools|eu|de|fr|jp|cn)$/iu;

/** The product a documentation repository's notes name in their title before this version ("title: TiDB 8.5.1 Release
 *  Notes", "## Gin v1.12.0", "Git v2.55 Release Notes"): one to three words, a capital in them, after any announcing
 *  words; null if the title names none. */
function nameInNotesTitle(notes: string, version: string, maxWords = 3): string | null {
  const bare = version.trim().replace(/^v/iu, "");
  const parts = /^(\d+)\.(\d+)/u.exec(bare);
  if (!parts) return null;
  const head = notes.replace(/^\uFEFF/u, "").slice(0, 4_096);
  const frontTitle = /^---\r?\n(?:[^\n]*\n)*?title:[ \t]*["']?([^"'\n]+)["']?[ \t]*\r?\n/u.exec(head)?.[1];
  const body = head.replace(/^---\r?\n[\s\S]*?\n---[ \t]*\r?\n/u, "");
  // The first line with words: a heading (ATX or setext) or a plain title line.
  const firstLine = /^[ \t]*(?:#{1,6}[ \t]+)?([^\n]*\p{L}[^\n]*)$/mu.exec(body)?.[1];
  for (const title of [frontTitle, firstLine]) {
    if (!title) continue;
    const plain = title.replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/gu, "$1").replace(/[*_`]/gu, "").trim();
    // The title's version is this one, whole or without its patch ("Git v2.55" for 2.55.0).
    const match = /^(.+?)[ \t]+v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)(?![\w.])/u.exec(plain);
    if (!match?.[1] || !match[2] || !bare.startsWith(match[2])) continue;
    const words = match[1].trim().split(/[ \t]+/u);
    while (words.length > 0 && NAME_FILLER.test(words[0] ?? "")) words.shift();
    // "Kitex Release v0.15.1": the word that says it is a release is no part of the name.
    while (words.length > 1 && TITLE_TAIL.test(words[words.length - 1] ?? "")) words.pop();
    // "Security Release v0.15.1", "Maintenance Release": the title names the kind of release, not a product.
    // "Release Notes 36", "Changelog 2.0": words that name the notes themselves are no product either.
    if (words.every((word) => RELEASE_KIND.test(word) || TITLE_TAIL.test(word) || NOTES_WORD.test(word))) continue;
    const name = words.join(" ");
    if (words.length >= 1 && words.length <= maxWords && /\p{Lu}/u.test(name) && !shouted(name) && !/[:：,;!?]/u.test(name)) return name;
  }
  return null;
}

// Words between a product's name and its version in a title that say it is a release: "Kitex Release v0.15.1".
const TITLE_TAIL = /^(?:release[sd]?|version|ver\.?|update|versi[oó]n|versão|発表|リリース|发布|版本|릴리스|릴리즈)$/iu;

// Words that name the notes themselves, in the languages notes come in: "Release Notes", "Changelog", "Versionshinweise".
const NOTES_WORD =
  /^(?:notes?|changes|changelog|news|what's|whats|new|nouveautés|notes?|änderungen|versionshinweise|hinweise|novedades|notas|novidades|更新日志|更新说明|变更|リリースノート|変更履歴|更新履歴|변경|사항|노트)$/iu;

// Words that say what kind of release a title announces, in the languages notes come in.
const RELEASE_KIND =
  /^(?:security|maintenance|patch|bug-?fix|hot-?fix|minor|major|feature|stable|lts|preview|beta|alpha|rc|nightly|new|final|first|sécurité|maintenance|correctif|sicherheits|wartungs|seguridad|mantenimiento|segurança|manutenção|安全|维护|修复|セキュリティ|メンテナンス|보안|유지보수)$/iu;

/** True when a site's name is the product's with a word before or after it ("joinlemmy", "rubylang"). */
const madeOf = (site: string, product: string): boolean => product.length >= 3 && site !== product && (site.startsWith(product) || site.endsWith(product));

export function projectName(release: Release, notes: string): string {
  if (release.project) return release.project;
  // (The repository's name, trimmed of its owner and tags, may be part of the one the notes write: written-name.ts.)
  return withoutDoubledNumber(nameAsNotesWrite(readersName(release, notes), release.owner, release.repo.trim(), notes, spellingIn), release.version);
}

/** "Scala" for "Scala 3" before 3.8.0: a name ending in the number its version starts with would say it twice
 *  ("Scala 3 3.8.0"); the version says it. A name that is only the number, or another number, keeps it. */
export function withoutDoubledNumber(name: string, version: string): string {
  const match = /^(.*\p{L}[^\s]*)[ \t]+v?(\d+)$/u.exec(name);
  const major = /^v?(\d+)(?:\.|$)/u.exec(version.trim())?.[1];
  return match?.[1] && major !== undefined && match[2] === major ? match[1] : name;
}

function readersName(release: Release, notes: string): string {
  release = { ...release, repo: withoutLocale(release.repo.trim()) };
  const domain = DOMAIN_REPO.exec(release.repo.trim());
  const product = domain?.[1] ?? productOfDocsRepo(release.repo);
  const titled = nameInNotesTitle(notes, release.version);
  if (SITE_ONLY.test(release.repo.trim())) {
    const announced = titled ?? ownersNameBesideVersion(notes, release.owner, release.version);
    if (announced) return announced;
  }
  if (product && !LANGUAGE_CODE.test(product)) {
    // The notes' title spells the product ("React 19.2" in ko.react.dev), or names the product the site's name is
    // made of ("Lemmy v0.19.4 Release" in joinlemmy-site, "Ruby 4.0.0 リリース" in www.ruby-lang.org).
    if (titled && (squash(titled) === squash(product) || madeOf(squash(product), squash(titled)))) return titled;
    // An organisation's GitHub Pages site ("cloudwego/cloudwego.github.io") hosts the notes of each of its products: the
    // one its title names beside this version ("Kitex Release v0.15.1"), and its text names again, is this release's.
    if (titled && /\.github\.io$/iu.test(release.repo) && squash(product) === squash(release.owner) && timesWritten(notes, titled, false) >= 2) return titled;
    // A site named for a short domain ("Homebrew/brew.sh"): the owner's name the site's is made of, written beside this
    // version in the notes ("announce Homebrew 6.0.0"), is the product's.
    const owners = domain ? ownersNameBesideVersion(notes, release.owner, release.version) : null;
    if (owners && madeOf(squash(owners), squash(product))) return owners;
    return nameOf({ ...release, repo: product }, notes, true, true);
  }
  // A translation's documentation named by its language alone ("pingcap/docs-cn") holds the product its notes name.
  if (product) return titled ?? spellingIn(notes, release.owner) ?? release.owner;
  // In a monorepo the release is the tagged package's, not the repository's ("formatjs/formatjs" tags react-intl@…).
  const tagged = packageInTag(release.tag.trim());
  // A tag named for a language ("js-v0.19.0", "py-v1.2.0") says which implementation of a repository of several was
  // released, not which package: the product is the repository's.
  if (tagged && tagged.scope === null && Object.hasOwn(LANGUAGE, tagged.name.toLowerCase())) return nameOf(renamed(release, notes), notes);
  // A generic package name ("@sveltejs/kit") is read like a generic repository, with its scope as the owner; where the
  // notes give no better name, it is the package's own, scope and all, as npm and its users write it
  // ("@keystone-6/core", "@monorepo-utils/package-utils", not "keystone-6/core" or "package-utils").
  if (tagged) {
    // A package named as its repository ("vuejs/pinia" tags "pinia@2.2.0") is the repository's product: its name
    // opens the post as the repository's would ("Pinia 2.2.0"); another package is written as code is.
    const own = tagged.scope === null && squash(tagged.name) === squash(release.repo) && !GENERIC.has(tagged.name.toLowerCase());
    // A package is named as it is installed: "auto-instrumentations-node" keeps the "-node" a repository's name drops.
    const read = nameOf({ ...release, owner: tagged.scope ?? release.owner, repo: tagged.name }, notes, own);
    const name = /[-_]node(?:js)?$/iu.test(tagged.name) && squash(read) !== squash(tagged.name) && squash(tagged.name).startsWith(squash(read)) ? tagged.name : read;
    if (!tagged.scope || (name !== `${tagged.scope}/${tagged.name}` && name !== tagged.name)) return name;
    // The product's own core in a scope named for the repository, maybe with the product's major ("@keystone-6/core"
    // in keystonejs/keystone): the release is the product's, named as the repository is ("Keystone").
    const scopeIsRepo = squash(tagged.scope.replace(/[-_.]\d+$/u, "")) === squash(release.repo);
    return scopeIsRepo && PRODUCT_ITSELF.has(tagged.name.toLowerCase()) ? nameOf(renamed(release, notes), notes, false) : `@${tagged.scope}/${tagged.name}`;
  }
  return nameOf(renamed(release, notes), notes);
}

/**
 * The release under the repository name its notes' heading links to ("## [1.9.0](https://github.com/googleapis/
 * mcp-toolbox/compare/…)" in googleapis/genai-toolbox): the notes were written under that name, and GitHub redirects a
 * renamed repository's old links. Only the owner's own repository counts: a fork's notes link upstream.
 */
function renamed(release: Release, notes: string): Release {
  const heading = /^[ \t]*(?:#{1,6}[ \t]+)?\[[^\]\n]*\]\(https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:compare|releases\/tag|tree)\/([^)\s]*)/u.exec(
    notes.replace(/^\uFEFF/u, "").trimStart().slice(0, 512),
  );
  const [owner, repo] = [heading?.[1], heading?.[2]];
  if (!owner || !repo || owner.toLowerCase() !== release.owner.toLowerCase() || repo.toLowerCase() === release.repo.toLowerCase()) return release;
  // A link into a monorepo whose tags name a package ("google-cloud-python/compare/google-cloud-bigquery-v3.38.0…")
  // says where the package is built, not what it is called: the package beside the version is the name.
  const escaped = escapeRegExp(release.version.trim().replace(/^v/u, ""));
  const tagged = new RegExp(`(?<=^|[./])([a-z][\\w-]*?)[-@]v?${escaped}(?![\\w.])`, "iu").exec(heading?.[3] ?? "")?.[1];
  if (tagged && /\p{L}{2}/u.test(tagged) && squash(tagged) !== squash(repo)) return { ...release, repo: tagged };
  return { ...release, repo };
}

// Words that say what kind of software a repository holds, not whose or for which framework.
const KIND_WORDS = new Set("server client sdk api cli core kit lib app ui web tools utils plugin service".split(" "));

/** A name made only of such words ("server-sdk", "client-api"): it says which kind of thing, not whose. */
const onlyGeneric = (repo: string): boolean => {
  const parts = repo.toLowerCase().split(/[-_.]+/u);
  return parts.length > 1 && parts.every((part) => KIND_WORDS.has(part));
};

// `capitalised`: a repository's name may take a product's name its notes write beside the version; a package's (a
// tag's) is written as code is. `site`: the name is a product's that has a documentation or website repository of its
// own, which a brand has (see ownedAsBrand).
function nameOf(release: Release, notes: string, capitalised = true, site = false): string {
  // An Apache podling's repository ("apache/incubator-seata") is named for the project after its "incubator-".
  // A JavaScript library's repository often says "for Node.js" in its name ("google-auth-library-nodejs") where its
  // package, the name its users install and write, does not.
  const repo = release.repo.trim().replace(/^incubator[-_](?=[\p{L}\p{N}])/iu, "").replace(/^([\p{L}\p{N}]+[-_][\p{L}\p{N}][\w-]*)[-_]node(?:js)?$/iu, "$1")
    // "-nodejs" says the same of a one-word name ("sql2excel-nodejs"): "-node" alone may be part of it ("vis-node").
    .replace(/^([\p{L}\p{N}]{3,})[-_]nodejs$/iu, "$1");
  // An Apache project is a brand, written capitalised ("Seata").
  const podling = repo !== release.repo.trim() && /^incubator/iu.test(release.repo.trim());
  const fromTitle = nameInTitle(release);
  if (fromTitle && (!repo || squash(fromTitle) === squash(repo) || squash(fromTitle).includes(squash(repo)))) return fromTitle;
  if (!repo) return fromTitle || release.owner;
  // A name too short or too common to say which project it is ("x", "core", "cli") goes with its owner; a two-letter
  // one the notes call the product by ("jj", "k6": a command's name) or its owner begins with ("jj-vcs") does not.
  // The repository's description, where the door knows it, writes the name as its people do ("SQLDelight - …").
  const text = `${release.name}\n${release.about ?? ""}\n${notes}`;
  const short = repo.length === 1 || (repo.length === 2 && !squash(release.owner).startsWith(squash(repo)) && timesWritten(text, repo) < 2);
  const generic = (GENERIC.has(repo.toLowerCase()) || short || onlyGeneric(repo) || languageTool(repo, release.owner) !== null) && release.owner;
  if (generic) return ownerSpelling(text, release.owner, repo) ?? ownersTool(text, release.owner, repo) ?? withThisVersion(text, repo, release.version) ?? (capitalised ? ownersPart(release.owner, repo) : null) ?? ownerOfWhole(text, release.owner, repo) ?? `${release.owner}/${repo}`;
  // A repository named for the tail of its owner's name ("Homebrew/brew"): the product is the owner's name where the
  // notes call it so.
  const owner = squash(release.owner);
  const ownerName = owner.length > squash(repo).length && owner.endsWith(squash(repo)) ? spellingIn(text, release.owner) : null;
  // The notes' title names the product before its version as they spell it ("## Gin v1.12.0" beside "feat(gin): …").
  const titled = nameInNotesTitle(notes, release.version);
  const longTitle = nameInNotesTitle(notes, release.version, 5);
  const ownTitle = titled && squash(titled) === squash(repo) && !onlyTitleCapital(text, titled, repo) ? titled : longTitle && abbreviates(repo, longTitle) ? longTitle : null;
  // A repository named for the tail of its owner ("Homebrew/brew") keeps its slug; one named like its owner
  // ("guzzle/guzzle") is the owner's one product, named as a product is.
  const tail = owner !== squash(repo) && owner.endsWith(squash(repo));
  // A slug the notes never write, where they name the product beside this version ("Adobe Commerce 2.4.8-p5" for
  // magento2): their name, not the slug.
  const besideVersion = capitalised && timesWritten(text.slice(release.name.length), repo) === 0 ? nameBeforeVersion(notes, release.owner, repo, release.version, true) : null;
  // "Changes with Apache 2.4.60" in apache/httpd: the title names the maker beside this version, not the product.
  const makers = capitalised ? makersProduct(notes, titled, release.owner, repo) : null;
  return ownerName ?? makers ?? nameBeforeVersion(notes, release.owner, repo, release.version) ?? ownTitle ?? spellingIn(text, repo) ?? spellingInCode(text, repo) ?? reorderedName(text, repo) ?? (capitalised ? partSpellings(repo, (part) => spellingIn(text, part), (word) => timesWritten(text, word, false) > 0) : null) ?? jsLibrary(text, repo) ?? firstWord(text, repo) ?? abbreviatedName(text, release.owner, repo) ?? besideVersion ?? withoutMajor(text, repo, release.version) ?? (!capitalised || tail ? repo : unwritten(text, repo, site || podling || ownedAsBrand(release.owner, repo)));
}

/**
 * Whether a repository's owner is an organisation named for its product ("prettier/prettier", "vitejs/vite",
 * "misskey-dev/misskey", "tokio-rs/tokio"): a brand with an account of its own, whose name opens a post capitalised where the notes never
 * write it. A person's or a company's account ("mvdan/gofumpt", "bodgit/sevenzip", "unjs/unbuild") holds a tool named
 * as it is typed: without the notes' word for a capital, the slug's spelling is the one its maintainer writes.
 */
function ownedAsBrand(owner: string, repo: string): boolean {
  return squash(owner).startsWith(squash(repo));
}

/** "NoneBot" for "nonebot2" at 2.5.0: a slug ending in its major version's number names the product with that
 *  number, which the notes often drop; their spelling of the rest is the name. Null where they give none. */
function withoutMajor(text: string, repo: string, version: string): string | null {
  const major = /^v?(\d+)(?:\.|$)/u.exec(version.trim())?.[1];
  const stem = /^(.*\p{L})[-_]?(\d+)$/u.exec(repo);
  return stem?.[1] && stem[2] === major && squash(stem[1]).length >= 3 ? spellingIn(text, stem[1]) : null;
}

/**
 * "VRC3CVR" where the notes write the name only inside code ("`VRC3CVR Avatar` コンポーネント"): a code span that gives
 * the name capitals inside it ("HAProxy", "VRC3CVR", not "Foo" or "foo") writes it as the project does, for code
 * writes names in lowercase unless they are the product's. Null where no code span does.
 */
function spellingInCode(text: string, name: string): string | null {
  const target = squash(name);
  if (target.length < 3) return null;
  const counts = new Map<string, number>();
  for (const span of text.slice(0, 16_384).matchAll(/`([^`\n]+)`/gu)) {
    for (const word of (span[1] ?? "").matchAll(/(?<![\p{L}\p{N}_/@.-])[\p{L}\p{N}]+(?:[ .-][\p{L}\p{N}]+){0,2}/gu)) {
      // The longest run of words from here that squashes to the name, and nothing joined to its end ("vrc3cvr-x").
      const parts = word[0].split(/(?=[ .-])/u);
      let spelling = "";
      for (const part of parts) {
        spelling += part;
        if (squash(spelling) === target) break;
      }
      const end = (word.index ?? 0) + spelling.length;
      // Nor a prefix of an identifier ("ASTROPY_" in "``ASTROPY_`` -prefixed variables"): an environment variable's
      // capitals are not the name's.
      if (squash(spelling) !== target || /^(?:[-/_.][\p{L}\p{N}]|_)/u.test((span[1] ?? "").slice(end, end + 2))) continue;
      if (/\p{Lu}/u.test(spelling.slice(1)) && /\p{Lu}/u.test(spelling[0] ?? "")) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best?.[0] ?? null;
}

// Endings a repository's name adds to the product's to say what kind of thing it holds ("fish-shell", "gleam-lang",
// "foo-js"): not part of the name its readers say. A language's whole name ("opentelemetry-go", "foo-sdk-python") and
// a tool ("cli", "sdk") say which of the product's implementations it is, and stay as words ("OpenTelemetry Go").
const KIND_SUFFIX = new Set("shell lang app js ts py rs rb".split(" "));
const LANGUAGE_SUFFIX = new Set("go golang python rust ruby java kotlin swift php dotnet node".split(" "));

/** "fish" for "fish-shell", "OpenTelemetry Go" for "opentelemetry-go": a repository named for its product plus kind
 *  endings, where the notes call the product by its first part, as a word of its own, several times (spelt as they
 *  spell it); null otherwise. */
function firstWord(text: string, repo: string): string | null {
  const [first = "", ...rest] = repo.toLowerCase().split(/[-_]/u);
  const known = (part: string): boolean => KIND_SUFFIX.has(part) || LANGUAGE_SUFFIX.has(part) || TOOL_ACRONYM.has(part);
  if (rest.length === 0 || first.length < 2 || GENERIC.has(first) || !rest.every(known)) return null;
  const written = spellingIn(text, first) ?? (timesWritten(text, first, false) >= 3 ? first : null);
  // The notes' people write the whole name more than once ("【uni-app x】", "uni-app 项目"): that is the name.
  if (!written || timesWritten(text, repo, false) >= 2) return null;
  const words = [...rest.filter((part) => LANGUAGE_SUFFIX.has(part)).map((part) => LANGUAGE[part] ?? part), ...rest.filter((part) => TOOL_ACRONYM.has(part)).map((part) => part.toUpperCase())];
  return [written, ...words].join(" ");
}

/** "Commander.js" for "commander.js", where the notes write its stem so ("Commander 14 requires Node.js v20"): a
 *  JavaScript library named with its ".js" ending; null where they do not. */
function jsLibrary(text: string, repo: string): string | null {
  const stem = /^(.{3,})\.js$/iu.exec(repo)?.[1];
  const spelling = stem ? spellingIn(text, stem) : null;
  return spelling ? `${spelling}.js` : null;
}

/**
 * Whether a repository's name is the title's product name in short: each of its parts is the next words' beginnings
 * ("gcal-group-switcher" for "Google Calendar Group Switcher": "g" + "cal", "group", "switcher"), every word used.
 */
function abbreviates(repo: string, name: string): boolean {
  const parts = repo.toLowerCase().split(/[-_.]+/u).filter(Boolean);
  const words = name.toLowerCase().split(/[\s-]+/u).filter(Boolean);
  if (parts.length === 0 || words.length <= parts.length) return false;
  // Can parts[part..] spell words[word..], taking each part from the beginnings of one or more whole words?
  const spells = (part: number, word: number): boolean => {
    if (part === parts.length) return word === words.length;
    const text = parts[part] ?? "";
    const fill = (at: number, next: number): boolean => {
      if (at === text.length) return next > word && spells(part + 1, next);
      const current = words[next];
      if (!current) return false;
      for (let length = Math.min(current.length, text.length - at); length >= 1; length -= 1) {
        if (current.startsWith(text.slice(at, at + length)) && fill(at + length, next + 1)) return true;
      }
      return false;
    };
    return fill(0, word);
  };
  return spells(0, 0);
}

/**
 * The notes without the list items written as lowercase commit subjects ("- explain how external modules work in
 * rolldown", "- fix(rolldown): …", "* **vite:** update …"): their writer lowercases every word, so a name's lowercase
 * there says nothing of its spelling. An item that opens with the name as its sentence's subject ("- pnpm reads …")
 * writes it so on purpose, and stays.
 */
function withoutLowercaseSubjects(text: string, name: string): string {
  // ("- fix: webpack no longer crashes…": after a commit type, the name is the sentence's subject too.)
  const opensWithName = new RegExp(`^(?:[a-z]+!?:[ \t]+)?${escapeRegExp(name)}[ \t]`, "u");
  return text
    .split("\n")
    .filter((line) => {
      const item = listItemText(line);
      if (item === null) return true;
      const words = item.replace(/!?\[([^\]\n]*)\]\([^)\s]*\)|`[^`\n]*`|[*_[\]]/gu, (match, linked: string | undefined) => linked ?? " ").trimStart();
      return !/^\p{Ll}/u.test(words) || opensWithName.test(words);
    })
    .join("\n");
}

// Endings of a command's name, typed in lowercase: a terminal UI, an environment manager, a control, format or lint tool; and
// a JavaScript library's ("formatjs"), written as its package is.
const TOOL_ENDING = /(?:ui|env|ctl|fmt|cli|js|lint)$/u;

/**
 * A one-word repository name the people's words never write ("flask" in notes that only list changes) opens the post
 * as a name does in prose, capitalised: "Flask 2.1.3 is out!", not "flask". A name the notes write in lowercase keeps
 * it ("pnpm"), and so does a short one, as command names are ("bat", "fd", "jq"), and one with digits or separators.
 * (Most such names in the reviewed sets are brands written capitalised, "Svelte", "Pydantic"; a few are not, "viem".)
 */
function unwritten(text: string, repo: string, brand = true): string {
  // A name without a vowel is said letter by letter ("httpx", "pnpm"), not as a word: it is no word to capitalise.
  // Nor is a tool's name built on a tool word ("gitui", "pyenv", "kubectl", "gofmt"): it is written as typed.
  // Nor is one that does not start as a spoken word does ("tmux", "ffmpeg", "rclone"), or a C library's ("libuv").
  const spoken = saidAsWord(repo) && !/^lib[a-z]{2}/u.test(repo);
  // A file's or module's name ("nyagos.d", "esbuild.d.ts") is no brand's spelling either: the notes write it lowercase.
  if (!brand || !/^[a-z]{4,}$/u.test(repo) || !spoken || TOOL_ENDING.test(repo) || timesWritten(withoutLowercaseSubjects(text, repo), repo, false) > 0 || inFileName(text, repo)) return repo;
  return `${repo[0]?.toUpperCase() ?? ""}${repo.slice(1)}`;
}

/**
 * "experience-manager-cloud-service" for "experience-manager-cloud-service.ko-KR": a translation's repository is named
 * for the original's with a locale after a dot, or a language and region after a hyphen ("-pt-BR"). The locale says
 * which translation, not which product; written in a post it is no name (and X may link "….de" as a web address).
 */
function withoutLocale(repo: string): string {
  // Only a region-qualified locale (".ko-KR", ".zh-Hans"): a bare ".el", ".it" or ".pl" is a file extension or a domain
  // more often than a language ("copilot.el" is an Emacs package).
  // English alone may go bare (".en": AdobeDocs' "campaign-standard.en"): no file type or domain ends so.
  const dotted = /^(.+?[\p{L}\p{N}])\.([a-z]{2}[-_](?:[A-Z]{2}|Hans|Hant)|en)$/u.exec(repo);
  if (dotted?.[1] && dotted[2] && LANGUAGE_CODE.test(dotted[2])) return dotted[1];
  const regional = /^(.+?[\p{L}\p{N}])[-_]([a-z]{2}[-_](?:[A-Z]{2}|Hans|Hant))$/u.exec(repo);
  return regional?.[1] && regional[2] && LANGUAGE_CODE.test(regional[2]) ? regional[1] : repo;
}

// Words between a product's acronym and the rest of its name: "AEM as a Cloud Service".
const ACRONYM_JOINER = String.raw`(?:\s+(?:as\s+an?|for(?:\s+the)?|on|in|of))?`;

/**
 * "AEM as a Cloud Service" for AdobeDocs' "experience-manager-cloud-service": a name of three words or more that the
 * notes write with its first words as their initials (the owner's too: Adobe Experience Manager is "AEM") and the rest
 * as words with capitals. Null where the notes write no such name.
 */
function abbreviatedName(text: string, owner: string, repo: string): string | null {
  const words = repo.toLowerCase().split(/[-_.]+/u);
  if (words.length < 3 || !words.every((word) => /^\p{Ll}{2,}$/u.test(word))) return null;
  const prose = text.slice(0, 32_768).replace(/\]\([^)\s]*\)|https?:\/\/\S+|(`+)[^`\n]*?\1|<[^>\n]*>/g, " ");
  // An owner named for its company plus what the account holds ("AdobeDocs", "googleapis"): the company's initial.
  const company = /^(\p{Lu})\p{Ll}+(?:Docs|Labs|Dev|HQ|Inc|Org|Team|apis)?$/u.exec(owner)?.[1] ?? "";
  for (let folded = words.length - 1; folded >= 2; folded -= 1) {
    const initials = words.slice(0, folded).map((word) => word[0] ?? "").join("").toUpperCase();
    const rest = words.slice(folded).map((word) => `${(word[0] ?? "").toUpperCase()}${escapeRegExp(word.slice(1))}`).join(String.raw`\s+`);
    for (const acronym of company ? [initials, `${company}${initials}`] : [initials]) {
      // A Korean or Japanese particle joins the name without a space ("AEM as a Cloud Service에서"): only Latin
      // letters would make it another word.
      const written = new RegExp(String.raw`(?<![\p{Script=Latin}\p{N}])${acronym}${ACRONYM_JOINER}\s+${rest}(?![\p{Script=Latin}\p{N}])`, "u").exec(prose);
      if (written) return written[0].replace(/\s+/gu, " ");
    }
  }
  return null;
}
