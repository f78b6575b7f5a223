// Notes written on Windows ("\r\n") compose exactly as the same notes with "\n": the readers, and the cut of a long
// changelog with the count of what it did not read, all look for "\n".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { posts } from "../support/composed.js";

const notes = readFileSync(new URL("../golden/notes/54-git-git-2.21.0.md", import.meta.url), "utf8");
const PROJECT = { repo: "git", owner: "git", version: "2.21.0" };
const texts = (text: string, thread: boolean) => posts(text, { ...PROJECT, thread });

describe("line ends", () => {
  it("gives the same single post and thread for CRLF and old-Mac line ends", () => {
    for (const thread of [false, true]) {
      const expected = texts(notes, thread);
      expect(texts(notes.replaceAll("\n", "\r\n"), thread)).toEqual(expected);
      expect(texts(notes.replaceAll("\n", "\r"), thread)).toEqual(expected);
    }
  });
});
