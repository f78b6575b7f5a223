import { readFileSync, writeFileSync } from "node:fs";
import { EOL } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../support/temp-dir.js";
import { createRunner, escapeData, escapeProperty, fileCommandEntry, inputEnvName } from "../../src/action/runner.js";

function harness(env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const exitCodes: number[] = [];
  const runner = createRunner(env, { writeLine: (line) => lines.push(line), setExitCode: (code) => exitCodes.push(code) });
  return { runner, lines, exitCodes };
}

function tempFile(name: string): string {
  const path = join(makeTempDir("runner"), name);
  writeFileSync(path, "");
  return path;
}

/** GITHUB_OUTPUT records as the runner reads them: name<<DELIM, value lines, DELIM. */
function parseRecords(text: string): { name: string; delimiter: string; value: string }[] {
  const records = [];
  const lines = text.split(EOL);
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const end = lines.indexOf(delimiter, i + 1);
    records.push({ name, delimiter, value: lines.slice(i + 1, end).join(EOL) });
    i = end;
  }
  return records;
}

describe("escaping", () => {
  it("escapes %, CR and LF in command data, % first so escapes are not escaped again", () => {
    expect(escapeData("50%\r\nnext %0A")).toBe("50%25%0D%0Anext %250A");
  });

  it("escapes ':' and ',' in command properties as well", () => {
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("names input variables as the runner does", () => {
    expect(inputEnvName("access-token-secret")).toBe("INPUT_ACCESS-TOKEN-SECRET");
    expect(inputEnvName("my input")).toBe("INPUT_MY_INPUT");
  });
});

describe("inputs", () => {
  it("reads INPUT_* trimmed, and '' when unset", () => {
    const { runner } = harness({ "INPUT_API-KEY": "  key \n", INPUT_MY_INPUT: "x" });
    expect(runner.input("api-key")).toBe("key");
    expect(runner.input("my input")).toBe("x");
    expect(runner.input("template")).toBe("");
  });
});

describe("workflow commands", () => {
  it("writes annotations and debug lines with escaped data", () => {
    const { runner, lines } = harness();
    runner.debug("a\nb");
    runner.notice("100% done");
    runner.warning("w\r");
    runner.error("e");
    runner.info("plain\nlines");
    expect(lines).toEqual(["::debug::a%0Ab", "::notice::100%25 done", "::warning::w%0D", "::error::e", "plain\nlines"]);
  });

  it("logs text holding command-like lines (release notes) with commands paused under a fresh random token", () => {
    const { runner, lines } = harness();
    const notes = "Post 1:\n::set-output name=tweet-url::https://evil.example\n  ##[error]forged\n::stop-commands::abc123";
    runner.info(notes);
    runner.info(notes);
    expect(lines).toHaveLength(6);
    const [stop, text, resume] = lines;
    const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(stop!)?.[1];
    expect(token).toBeDefined();
    expect(text).toBe(notes);
    expect(resume).toBe(`::${token}::`);
    expect(notes).not.toContain(token!);
    // A new token each time, so a text cannot learn one from an earlier log line.
    expect(lines[3]).not.toBe(stop);
  });

  it("pauses commands for the old '##[' form anywhere in a line, too (the runner finds it mid-line)", () => {
    const { runner, lines } = harness();
    runner.info("Fixed the ##[set-output name=tweet-url;]https://evil.example bug");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
    runner.info("plain text with ## and [brackets] and a::b");
    expect(lines.at(-1)).toBe("plain text with ## and [brackets] and a::b");
    expect(lines).toHaveLength(4);
  });

  it("masks each non-blank line of a secret on its own", () => {
    const { runner, lines } = harness();
    runner.mask("single");
    runner.mask("line one\r\nline two\n\n  \n");
    runner.mask("");
    expect(lines).toEqual(["::add-mask::single", "::add-mask::line one", "::add-mask::line two"]);
  });

  it("fail sets exit code 1 and writes an error annotation", () => {
    const { runner, lines, exitCodes } = harness();
    runner.fail("Input 'api-key' is required.\nSecond line");
    expect(exitCodes).toEqual([1]);
    expect(lines).toEqual(["::error::Input 'api-key' is required.%0ASecond line"]);
  });

  it("reads RUNNER_DEBUG for isDebug", () => {
    expect(harness({ RUNNER_DEBUG: "1" }).runner.isDebug).toBe(true);
    expect(harness({ RUNNER_DEBUG: "0" }).runner.isDebug).toBe(false);
  });
});

describe("outputs", () => {
  it("appends a heredoc record per output to GITHUB_OUTPUT, with a fresh random delimiter", () => {
    const path = tempFile("output");
    const { runner, lines } = harness({ GITHUB_OUTPUT: path });
    runner.output("text", "line 1\nline 2");
    runner.output("tweet-id", "123");
    const text = readFileSync(path, "utf8");
    const records = parseRecords(text);
    expect(records.map(({ name, value }) => [name, value])).toEqual([
      ["text", "line 1\nline 2"],
      ["tweet-id", "123"],
    ]);
    for (const { delimiter } of records) expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
    expect(records[0]!.delimiter).not.toBe(records[1]!.delimiter);
    expect(text.endsWith(EOL)).toBe(true);
    expect(lines).toEqual([]);
  });

  it("formats a record exactly: name<<DELIM, value, DELIM, each ending a line", () => {
    expect(fileCommandEntry("text", "a\nb", "D")).toBe(`text<<D${EOL}a\nb${EOL}D${EOL}`);
  });

  it("refuses a value that contains its delimiter, so release notes cannot forge another output", () => {
    expect(() => fileCommandEntry("text", "x\nD\ntweet-id<<E", "D")).toThrow(/contains its delimiter/);
    expect(() => fileCommandEntry("tDx", "v", "D")).toThrow(/contains its delimiter/);
  });

  it("falls back to the set-output command without GITHUB_OUTPUT", () => {
    const { runner, lines } = harness();
    runner.output("na:me", "a\nb%");
    expect(lines).toEqual(["", "::set-output name=na%3Ame::a%0Ab%25"]);
  });

  it("throws when GITHUB_OUTPUT names a missing file, instead of creating it", () => {
    const missing = join(makeTempDir("runner"), "nope");
    const { runner } = harness({ GITHUB_OUTPUT: missing });
    expect(() => runner.output("text", "x")).toThrow(/GITHUB_OUTPUT points to a missing file/);
  });
});

describe("job summary", () => {
  it("appends the Markdown and a line end to GITHUB_STEP_SUMMARY", () => {
    const path = tempFile("summary.md");
    const { runner } = harness({ GITHUB_STEP_SUMMARY: path });
    runner.summary("### One");
    runner.summary("Two");
    expect(readFileSync(path, "utf8")).toBe(`### One${EOL}Two${EOL}`);
  });

  it("throws without GITHUB_STEP_SUMMARY, so the caller can warn", () => {
    expect(() => harness().runner.summary("x")).toThrow(/GITHUB_STEP_SUMMARY is not set/);
  });
});
