import { describe, expect, it } from "vitest";
import { quoteOutside, withoutTerminalControls } from "../../src/core/outside-text.js";
import { defuseCommands, WORKFLOW_COMMAND } from "../../src/core/workflow-commands.js";
import { echoAt, leakedRun, offsets } from "../support/leaks.js";

const TOKEN = "ghs_0123456789abcdefghijklmnopqrstuvwxyzAB"; // 40 characters, like a GitHub token

/** A line the runner would obey: "::" first (after spaces) or "##[" anywhere. */
const obeyed = (text: string) => text.split("\n").filter((line) => WORKFLOW_COMMAND.test(line));

describe("quoteOutside", () => {
  it("redacts before it shortens: a token at any offset around the limit leaves no 8 of its characters", () => {
    const limit = 200;
    for (const offset of offsets(limit - TOKEN.length - 5, limit + 5)) {
      const quoted = quoteOutside(echoAt(offset, TOKEN), [TOKEN], { maxLength: limit });
      expect(Array.from(quoted).length).toBeLessThanOrEqual(limit);
      expect(leakedRun(quoted, TOKEN), `offset ${offset}: ${quoted}`).toBeUndefined();
    }
  });

  it("shortening alone would have leaked: the check above can fail", () => {
    const cutFirst = echoAt(170, TOKEN).slice(0, 199);
    expect(leakedRun(cutFirst, TOKEN)).toBeDefined();
  });

  it("finds a secret that a control character or a bidi mark splits in two", () => {
    const split = `${TOKEN.slice(0, 20)}\u0007${TOKEN.slice(20, 30)}\u200E${TOKEN.slice(30)}`;
    const quoted = quoteOutside(`echo: ${split}`, [TOKEN], { maxLength: 60 });
    expect(quoted).toBe("echo: ***");
  });

  it("strips C0 and C1 controls, ESC and BEL sequences' controls, DEL and bidi controls", () => {
    const hostile = "a\u001b[2Jb\u0007c\u009b31md\u007fe\u202Ef\u2066g\u061Ch\u200Fi\u0000j";
    expect(quoteOutside(hostile, [])).toBe("a[2Jbc31mdefghij");
  });

  it("folds every line break (CR, LF, VT, FF, NEL, U+2028) and whitespace run to one space", () => {
    expect(quoteOutside("  one\r\ntwo\rthree\u000bfour\u000cfive\u0085six\u2028seven\t\teight  ", [])).toBe(
      "one two three four five six seven eight",
    );
  });

  it("keeps lines when asked, and defuses each line's command", () => {
    const quoted = quoteOutside("first\r\n  ::set-output name=x::y\nthird ##[error]z", [], { oneLine: false });
    expect(quoted).toBe("first\n  : :set-output name=x::y\nthird ## [error]z");
    expect(obeyed(quoted)).toEqual([]);
  });

  it("leaves no command the runner would obey, even one a control character or a fold would make", () => {
    for (const hostile of ["::set-output name=a::b", "\u001b::error::x", "#\u0007#[warning]x", "  \n ::add-mask::x", "a\n##[group]b"]) {
      const quoted = quoteOutside(hostile, []);
      expect(obeyed(quoted), hostile).toEqual([]);
      expect(quoted).not.toContain("\n");
    }
  });

  it("cuts by characters, never inside a surrogate pair, and says it cut", () => {
    expect(quoteOutside("🚀".repeat(10), [], { maxLength: 5 })).toBe("🚀🚀🚀🚀…");
    expect(quoteOutside("short", [], { maxLength: 5 })).toBe("short");
    expect(quoteOutside("a\uD800b", [])).toBe("a\uFFFDb");
  });
});

describe("defuseCommands", () => {
  it("changes only what the runner would read as a command", () => {
    expect(defuseCommands("a::b ::c\n::d\n\t::e")).toBe("a::b ::c\n: :d\n\t: :e");
    expect(defuseCommands("x ##[y] ###[z]")).toBe("x ## [y] ### [z]");
  });
});

describe("withoutTerminalControls", () => {
  it("keeps newline, tab and every printable character, bidi marks included", () => {
    expect(withoutTerminalControls("a\tb\nc\u200Fd\r\u001b[1me\u0085")).toBe("a\tb\nc\u200Fd[1me");
  });
});
