// Plain-text logs of tagged commit subjects (HAProxy's CHANGELOG: "    - BUG/MEDIUM: ssl: …", "    - MINOR: quic: …",
// "    - CLEANUP: …", "    - BUILD: …"), written over as the Markdown they mean: each subject an item under the heading
// of the kind its upper-case tag says, its area a scope ("**ssl:** …"), fixes of graver severity first. Read as Markdown,
// such a log is indented past a list's depth and is one block of code: the post showed no change at all.
// Also any list indented as a whole (four spaces or more, no Markdown beside it): its items, not code.

// A tagged subject: an optional bullet, an upper-case tag with an optional "/LEVEL", then an optional area and the text.
// 'Revert "BUG/MEDIUM: …"' undoes a change of this release.
const SUBJECT = /^\s*(?:[-*+•]\s+)?(Revert\s+["“])?([A-Z][A-Z0-9_-]{1,15})(?:\/([A-Z][A-Z0-9_-]{1,15}))?:\s+(?:([\w.+/-]{1,40}(?:[ ,][\w.+/-]{1,40}){0,2}):\s+)?(\S.*?)["”]?\s*$/u;
// A line that says only when and which release ("2026/06/03 : 3.4.0", "2024-01-02  v1.2"): the post's opener says it.
const RELEASE_LINE = /^\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*[:\-–]?\s*v?\d+(?:\.\d+)+\S*\s*$/u;
const MARKDOWN_LINE = /^ {0,3}(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|`{3}|~{3}|>|\|)/u;

type Section = "breaking" | "security" | "deprecations" | "removals" | "fixes" | "features" | "improvements" | "performance" | "docs" | "internal" | "other";
// In the order a post weighs them; each heading is one kinds.ts reads as its kind.
const HEADINGS: Readonly<Record<Section, string>> = {
  breaking: "Breaking changes",
  security: "Security fixes",
  removals: "Removed",
  deprecations: "Deprecations",
  features: "Features",
  improvements: "Improvements",
  performance: "Performance",
  fixes: "Bug fixes",
  other: "Other changes",
  docs: "Documentation",
  internal: "Internal changes",
};

// Tags as projects write them, by the kind they mean.
const TAG_SECTIONS: ReadonlyArray<[RegExp, Section]> = [
  [/^(?:BREAKING|BREAKING-CHANGE|BREAK)$/u, "breaking"],
  [/^(?:DEPRECATED?|DEPRECATION|DEPRECATIONS)$/u, "deprecations"],
  [/^(?:REMOVED?|REMOVAL|REMOVALS)$/u, "removals"],
  [/^(?:SEC|SECURITY|CVE|VULN)$/u, "security"],
  [/^(?:BUG|BUGFIX|FIX|FIXES|FIXED|HOTFIX|REGRESSION)$/u, "fixes"],
  [/^(?:FEAT|FEATURE|FEATURES|NEW|ADD|ADDED)$/u, "features"],
  [/^(?:OPTIM|OPTIMIZE|OPTIMIZATION|PERF|PERFORMANCE)$/u, "performance"],
  [/^(?:DOC|DOCS|DOCUMENTATION)$/u, "docs"],
  [/^(?:CLEANUP|BUILD|REGTEST|REGTESTS|TEST|TESTS|CI|REORG|REFACTOR|CHORE|SCRIPTS?|DEV|CONTRIB|STYLE|CODING-STYLE|MERGE|RELEASE|EXAMPLES?)$/u, "internal"],
  [/^(?:MAJOR|MEDIUM|MINOR|IMPROVE|IMPROVEMENT|ENH|ENHANCEMENT|CHANGE|CHANGED|UPDATE)$/u, "improvements"],
];
// Severity levels, gravest first: the order fixes take within their section.
const LEVELS = ["CRITICAL", "MAJOR", "MEDIUM", "MINOR"];
const levelRank = (tag: string, level: string): number => {
  const at = LEVELS.indexOf(level || tag);
  return at === -1 ? LEVELS.length : at;
};

// What a subject's own words say: it keeps untrusted input out (a fix of an injection, a validation against one).
const CLOSES_HOLE = /\b(?:prevent|avoid|block|reject|stop|forbid)\w*\b[^.;]{0,40}\b(?:injection|smuggling|spoofing|traversal|overflow|use[- ]after[- ]free|out[- ]of[- ]bounds)\b|\b(?:injection|smuggling|traversal)\b/iu;
// What a tag-less improvement adds ("add …", "support …", "implement …"): a feature.
const ADDS = /^(?:add|adds|added|support|supports|implement|implements|introduce|introduces|new)\b/iu;
const SPEEDS = /^(?:optimi[sz]e|speed up|faster|reduce (?:the )?(?:cost|latency|overhead|memory))\b/iu;

interface Subject {
  section: Section;
  rank: number;
  order: number;
  subject: string;
  line: string;
}

function sectionOf(tag: string, level: string, text: string): Section {
  const section = TAG_SECTIONS.find(([pattern]) => pattern.test(tag))?.[1] ?? (level === "" ? null : TAG_SECTIONS.find(([pattern]) => pattern.test(level))?.[1]) ?? "other";
  if ((section === "fixes" || section === "improvements") && CLOSES_HOLE.test(text)) return "security";
  if (section === "improvements" && ADDS.test(text)) return "features";
  if (section === "improvements" && SPEEDS.test(text)) return "performance";
  return section;
}

// How many subjects make a log: a Markdown list of a few "- FIX: …" lines is a list that Markdown reads as it is.
const MIN_SUBJECTS = 5;

/** Whether `lines` are a log of tagged subjects: no Markdown at list depth, many tagged subjects making most of the
 *  filled lines, most of them in a commit subject's shape ("TAG/LEVEL: …" or "TAG: area: …", not any upper-case
 *  label), and a tag that the kinds above know. */
function isSubjectLog(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== "" && !RELEASE_LINE.test(line));
  if (filled.some((line) => MARKDOWN_LINE.test(line) && !SUBJECT.test(line))) return false;
  const subjects = filled.map((line) => SUBJECT.exec(line)).filter((match) => match !== null);
  if (subjects.length < MIN_SUBJECTS || subjects.length * 3 < filled.length * 2) return false;
  const shaped = subjects.filter((match) => match[3] !== undefined || match[4] !== undefined);
  if (shaped.length * 3 < subjects.length * 2) return false;
  return subjects.some((match) => TAG_SECTIONS.some(([pattern]) => pattern.test(match[2] ?? "")));
}

/** A log of tagged subjects as Markdown: one heading per kind, its subjects as items, fixes gravest first; other notes
 *  as they are. */
export function subjectLogAsMarkdown(source: string): string {
  const lines = source.split("\n");
  if (!isSubjectLog(lines)) return dedentedList(source);
  const subjects: Subject[] = [];
  const reverted = new Set<string>();
  const prose: string[] = [];
  for (const [order, line] of lines.entries()) {
    if (line.trim() === "" || RELEASE_LINE.test(line)) continue;
    const match = SUBJECT.exec(line);
    if (!match) {
      prose.push(line.trim());
      continue;
    }
    const [, revert, tag = "", level = "", area, text = ""] = match;
    // A subject reverted in the same log never shipped: neither it nor its revert is a change.
    if (revert !== undefined) {
      reverted.add(line.trim().replace(/^[-*+•]\s+Revert\s+["“]/u, "").replace(/["”]\s*$/u, ""));
      continue;
    }
    const section = sectionOf(tag, level, text);
    // The area is a scope where the change is one users meet; on housekeeping ("DOC: security: …") a scope such as
    // "security:" would read as the change's kind.
    const scope = area && section !== "docs" && section !== "internal" && section !== "other" ? `**${area}:** ` : "";
    subjects.push({ section, rank: section === "fixes" ? levelRank(tag, level) : 0, order, subject: line.trim().replace(/^[-*+•]\s+/u, ""), line: `- ${scope}${text}` });
  }
  const shipped = subjects.filter((subject) => !reverted.has(subject.subject));
  const out: string[] = prose.length > 0 ? [prose.join(" "), ""] : [];
  for (const section of Object.keys(HEADINGS) as Section[]) {
    const mine = shipped.filter((subject) => subject.section === section).sort((a, b) => a.rank - b.rank || a.order - b.order);
    if (mine.length > 0) out.push(`### ${HEADINGS[section]}`, "", ...mine.map((subject) => subject.line), "");
  }
  return out.join("\n");
}

// A bullet line indented past Markdown's list depth.
const DEEP_BULLET = /^( {4,}|\t+)[-*+•]\s+\S/u;

/** Notes whose only list is indented four spaces or more, with no Markdown line and no tab-free code beside it: the
 *  list as Markdown reads it, its common indentation gone. Else Markdown shows the list as code, and the post no change. */
function dedentedList(source: string): string {
  const lines = source.split("\n");
  const bullets = lines.filter((line) => DEEP_BULLET.test(line));
  // A label over the list ("    * xz:") makes an outline, which plain-outline.ts reads with its parts.
  if (bullets.length < 2 || lines.some((line) => MARKDOWN_LINE.test(line) || /[:：]\s*$/u.test(line))) return source;
  const indent = (line: string): number => /^[ \t]*/u.exec(line.replace(/\t/gu, "    "))?.[0].length ?? 0;
  const depth = Math.min(...bullets.map(indent));
  // Only a list block: every filled indented line is a bullet or continues one at least as deep.
  if (lines.some((line) => line.trim() !== "" && indent(line) > 0 && indent(line) < depth)) return source;
  return lines.map((line) => (indent(line) >= depth ? line.replace(/\t/gu, "    ").slice(depth) : line)).join("\n");
}
