// Words after a stripped commit type: the change starts a sentence, so its first plain word takes a capital; names that
// are written in lower case (commands, files, code) keep theirs.
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds.js";

describe("a capital after a stripped commit type", () => {
  it("capitalises a plain first word, in any type", () => {
    expect(readItem("fix: anchors links for underscore character").text).toBe("Anchors links for underscore character");
    expect(readItem("feat!: drop Node 18").text).toBe("Drop Node 18");
    expect(readItem("perf: évite une copie").text).toBe("Évite une copie");
  });
  it("keeps a name from code, a file, a command or a product written in lower case", () => {
    for (const text of ["`npm` is found on Windows", "iOS builds no longer crash", "macOS: sign the app", "jQuery is gone", "useId works in SSR", "package.json keeps its order", "npm install works offline", "pnpm workspaces resolve", "git worktree paths", "bat --plain prints no header", "v2 config is read"]) {
      expect(readItem(`fix: ${text}`).text, text).toBe(text);
    }
  });
  it("leaves a scope's text as written", () => {
    expect(readItem("fix(cli): drop --foo").text).toBe("cli: drop --foo");
  });
});
