// Within a kind, the change the notes themselves stress leads, not the first one listed: one explained at length (its
// own sub-items, paragraph or code block) before a bare one-liner, one qualified to a single platform after the rest.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { onOnePlatform } from "../../src/notes/kinds/stress.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "3.0.0" };
/** The notes part of the single post: what follows the opener. */
const single = (notes: string) => (posts(notes, PROJECT)[0] ?? "").split("\n\n").slice(1).join("\n\n");
const position = (text: string, words: string) => {
  const at = text.indexOf(words);
  return at < 0 ? Number.POSITIVE_INFINITY : at;
};

describe("a change the notes explain at length leads its kind", () => {
  const notes = `## Breaking changes

- Log lines are now written with the time in UTC, which the 2.0 rewrite of the logging layer had left local.
- The progress bar is now drawn on standard error, where the 2.0 rewrite of the output layer had moved it from.
- All of the bundle's contents except the executable now live in a \`_data\` sub-directory. What this breaks:
  - Code that finds its resources next to the executable must look in \`_data\` instead.
  - Scripts that post-process the bundle will need to be adjusted to the new layout.
`;

  it("the item with sub-items comes before the bare one-liners listed before it", () => {
    const text = single(notes);
    expect(position(text, "`_data` sub-directory")).toBeLessThan(position(text, "Log lines"));
  });

  it("the model records the stress on that item alone", () => {
    const stressed = readNotesModel(notes).entries.filter((entry) => (entry.stress ?? 0) > 0).map((entry) => entry.text);
    expect(stressed).toHaveLength(1);
    expect(stressed[0]).toMatch(/_data/u);
  });

  it("a credit under an item is no explanation", () => {
    const credited = "## Features\n\n- Add a `--json` output to the `list` command for scripts\n- Add a `--quiet` flag to the `sync` command\n  - @someone\n";
    expect(readNotesModel(credited).entries.some((entry) => (entry.stress ?? 0) > 0)).toBe(false);
  });
});

describe("a change for one platform comes after the changes for all", () => {
  const notes = `## Breaking changes

- (Windows) Removed the \`--win-private-assemblies\` and \`--win-no-prefer-redirects\` options of the side-by-side loader.
- Remove bytecode encryption and with it the \`--key\` option that set the key for the encrypted archive.
- Removed support for Python 3.7, which reached its end of life in June.
`;

  it("the unqualified removal leads, the Windows one follows", () => {
    const text = single(notes);
    expect(position(text, "bytecode encryption")).toBeLessThan(position(text, "--win-private-assemblies"));
  });

  it("reads the platform tag in the forms notes write it, and not a negated one", () => {
    expect(["(Windows) Removed X", "[macOS] Fix Y", "Linux: add Z", "Fix the tray icon on Windows only", "仅 Windows 修复托盘图标", "Windows のみ修正"].every(onOnePlatform)).toBe(true);
    expect(["(non-Windows) Preserve the directory layout", "Fix the Windows path handling and the Linux one", "Add Linux arm64 builds"].some(onOnePlatform)).toBe(false);
  });
});

describe("the notes' order stays where it was chosen by hand", () => {
  it("security fixes keep the notes' order, explained or not", () => {
    const notes = `## Security

- Fix a path traversal in the static file handler (CVE-2026-1111).
- Fix a header injection in redirects (CVE-2026-2222).
  - An attacker could add headers to any redirect response by putting a newline in the target URL.
`;
    const text = single(notes);
    expect(position(text, "CVE-2026-1111")).toBeLessThan(position(text, "CVE-2026-2222"));
  });
});

describe("paragraphs that say why a change is good do not make it the breaking change users must act on", () => {
  const why =
    "This change makes it easier to keep track of which queued entries belong to the final stable release and which to the next prerelease. Entries in the new folder can be edited or removed while the prerelease lasts, and they are cleaned up once the stable release is out, so the folder never grows without end. Tools that read the old `pre.json` list of versioned entries should read the folder instead; the list is no longer written.";
  // A changesets entry's head: its pull request, commit and credit.
  const pr = (n: number) => `[#${n}](https://github.com/o/widget/pull/${n}) [\`abc${n}ef\`](https://github.com/o/widget/commit/abc${n}ef) Thanks [@someone](https://github.com/someone)!`;
  const notes = `### Major Changes

- ${pr(21)} - Renamed the \`widget tag\` command to \`widget git-tag\`.
- ${pr(22)} - Move versioned prerelease entries to the \`.widget/pre/\` folder instead of the root.

  ${why}

- ${pr(23)} - Private packages are no longer versioned by default.

### Minor Changes

- ${pr(24)} - Added a \`--dry-run\` flag to the \`publish\` command.
`;

  it("the renamed command leads, the explained move follows it", () => {
    const text = single(notes);
    expect(position(text, "`widget tag`")).toBeLessThan(position(text, "prerelease entries"));
  });

  it("the explanation still counts among changes of one standing: the move comes before the bare one-liner after it", () => {
    const explained = readNotesModel(notes).entries.find((entry) => /prerelease entries/u.test(entry.text));
    expect(explained?.stress).toBeGreaterThan(0);
  });
});

describe("where the notes explain every change of a kind, the explanation is their habit, not stress", () => {
  const paragraph = (topic: string) =>
    `  Previously ${topic} was accepted silently and installed anyway. It is now rejected with an error that names the file and the rule it breaks, so that a broken artifact is found before it reaches a deployment. You cannot opt out of this check: fix the file and build it again.`;
  const notes = `## Breaking changes

- **Define a build system by default in new projects**

${paragraph("a project without a build system")}

- **Reject archives in legacy formats**

${paragraph("an archive in a legacy format")}

- **Reject invalid lock files**

  The tool now validates more of the lock file format:

  - The \`packages\` array must be present; a missing one was read as an empty lock file and could uninstall everything.
  - File names must be \`widget.lock\` or a single-name variant; names with two dots are rejected from now on.
  - An artifact whose declared size does not match the download is rejected even when its hash is right.
`;

  it("no change of that kind carries stress", () => {
    expect(readNotesModel(notes).entries.filter((entry) => entry.kind === "breaking").some((entry) => (entry.stress ?? 0) > 0)).toBe(false);
  });

  it("the notes' order holds: the change listed first leads", () => {
    const text = single(notes);
    expect(position(text, "Define a build system")).toBeLessThan(position(text, "invalid lock files"));
  });
});
