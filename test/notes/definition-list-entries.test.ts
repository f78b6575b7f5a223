// RST changelogs that list their changes as a definition list — a term at the margin, its body indented under it —
// read each entry as one change: its term (or "term: first sentence" for a bare name), never its body as a change of
// its own or run into the term, and "+N more" counts entries.
import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";
import { single, thread } from "../support/composed.js";

const PROJECT = { repo: "tunnel", owner: "acme", version: "3.1.0" };
const NOTES = [
  "Overview of changes in 3.1",
  "==========================",
  "New features",
  "------------",
  "Multi-socket support for servers",
  "    Servers now can listen on multiple sockets at the same time.",
  "    Multiple ``--local`` statements can be used to configure this.",
  "",
  "Support for user-defined routing tables on Linux",
  "    See the ``--route-table`` option in the manpage",
  "",
  "PQE support for WolfSSL",
  "",
  "TLS alerts",
  "    Servers now send TLS alerts to peers when the session shuts down. This improves",
  "    the user experience.",
  "",
  "Using ``--push`` in a mode that is not ``--mode server`` will now print a",
  "    clear warning that this is an unsupported operation.",
  "",
  "Deprecated features",
  "-------------------",
  "``secret`` support has been removed (by default).",
  "    static key mode (non-TLS) is no longer considered secure enough.",
  "",
  "mbedTLS 2.x support has been removed",
  "    Support for building with mbedTLS 2.x has been removed.",
  "",
  "See `the manual <https://example.org/manual>`_ for details.",
  "",
].join("\n");

describe("an RST definition list", () => {
  const entries = readNotesModel(NOTES).entries.map((entry) => entry.text);

  it("reads each entry as one change, its body no change of its own", () => {
    expect(entries).toEqual(expect.arrayContaining(["Multi-socket support for servers", "Support for user-defined routing tables on Linux", "PQE support for WolfSSL", "mbedTLS 2.x support has been removed"]));
    expect(entries.join("\n")).not.toMatch(/See the `--route-table`|^Servers now can listen/mu);
  });

  it("says what a bare name is with its body's first sentence, and keeps a hanging sentence whole", () => {
    expect(entries).toContain("TLS alerts: Servers now send TLS alerts to peers when the session shuts down.");
    expect(entries.some((entry) => /will now print a clear warning that this is an unsupported operation/u.test(entry))).toBe(true);
  });

  it("never runs a term into its body, and counts the entries", () => {
    const text = thread(NOTES, PROJECT).join("\n");
    expect(text).not.toMatch(/removed Support for building|\(by default\)\. static key|See the `--route-table`/u);
    const post = single(NOTES, PROJECT);
    const shown = post.match(/•/gu)?.length ?? 0;
    const more = Number(/\+(\d+) more/u.exec(post)?.[1] ?? "0");
    expect(shown + more).toBe(7);
  });
});

describe("a definition alone in its part", () => {
  it("is one change, its term, never the term run into its body", () => {
    const notes = ["Changes", "~~~~~~~", "", "Added ``--fast`` mode", "    It skips checksum validation.", "", "Fixed a crash on empty input (:issue:`12`).", ""].join("\n");
    const post = single(notes, PROJECT);
    expect(post).toContain("Added `--fast` mode");
    expect(post).not.toMatch(/mode It skips/u);
    expect(post).toContain("Fixed a crash on empty input");
  });
});

