// A launch post gives its new features, never its frame: a recap of the old mechanism, credits, "what is X" for
// newcomers, the outlook, the close and the arrival line go with what they hold, also when every part of the post is a
// top-level heading; a titled part whose title only names a topic is said with the point of its first sentence, never
// as a bare heading; an intro that promises features without naming one, or that only says how to install, is no line.
import { describe, expect, it } from "vitest";
import { single, thread } from "../support/composed.js";

const feature = "## Native dialogs\n\nNative menus and dialogs are now supported on every platform.\n";

describe("a launch post's frame", () => {
  it("is no item in any language, at level 2 or as the top-level parts of a post", () => {
    const frames = ["Crédits & Remerciements", "Credits & Thanks", "Qu'est-ce que Proj ?", "Was ist Proj?", "Un regard tourné vers l'avenir", "Derniers mots", "A Proj recap", "Background", "Enjoy a much faster experience!", "Letzte Worte"];
    for (const frame of frames) {
      for (const hashes of ["##", "#"]) {
        const notes = ["Proj 2.0 is here.", "", `${hashes} C'est là!`, "", "Aujourd'hui marque la sortie de Proj v2.", "", feature.replace("##", hashes), `${hashes} ${frame}`, "", "It took a long road and many people joined us along the way, which shaped the project.", "", `${hashes} Other notes`, "", "Windows no longer needs CGO."].join("\n");
        const text = thread(notes).join("\n");
        expect(text, frame).toContain("Native menus");
        expect(text, frame).not.toContain("long road");
        expect(text, frame).not.toContain(frame.replace(/[?!]$/u, ""));
        expect(text, frame).not.toContain("Aujourd'hui");
      }
    }
  });
  it("keeps a part named like a frame word when it names a feature", () => {
    const text = thread(["# Proj 2.0", "", "## Background tasks", "", "Jobs can now run in the background with `proj.spawn()`."].join("\n")).join("\n");
    expect(text).toContain("Background tasks");
  });
});

describe("a titled part whose title only names a topic", () => {
  it("says the point of its first sentence, skipping a lead-in and a sub-part's label", () => {
    const notes = ["Proj 5.6 is available.", "", "## Memory Leak Fixes", "", "Two memory leaks have been fixed in this release:", "", "**Exception Handling Memory Leak**: Fixed a memory leak in task exception handling on Python 3.11.", "", "## Task Memory Limit", "", "New configuration option `task_limit` to prevent out-of-memory crashes on busy workers.", ""].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("Fixed a memory leak in task exception handling");
    expect(text).not.toMatch(/• Memory Leak Fixes\n/u);
    expect(text).toContain("`task_limit`");
    expect(text).not.toMatch(/• Task Memory Limit\n/u);
  });
  it("drops the words that only say the part is new or important", () => {
    const notes = ["# Proj 1.14", "", "## What's new: a better way to buffer bundles", "", "Proj now preloads bundles with `modulepreload` in place of a service worker.", "", "## Migration", "", "### 2. IMPORTANT: Configure your headers", "", "Set long-lived caching headers for the `/build` folder, since no service worker caches it any more and the browser needs them."].join("\n");
    const text = thread(notes).join("\n");
    expect(text).toContain("A better way to buffer bundles: Proj now preloads bundles");
    expect(text).not.toContain("What's new:");
    expect(text).not.toContain("IMPORTANT:");
  });
});

describe("a launch post's intro", () => {
  it("that promises features without naming one, or only tells how to install, is no line", () => {
    const notes = ["Proj 0.7 delivers on a number of promises we made to improve GUIs.", "", "In this release, we're shipping some incredible features.", "", "You can try it out on a new project with `npm create proj@latest` or update with `npm i proj@latest`.", "", feature, "## Hot reload", "", "Hot reload of Rust code at runtime is now built in."].join("\n");
    const posts = thread(notes);
    const text = posts.join("\n");
    expect(text).not.toContain("promises");
    expect(text).not.toContain("incredible");
    expect(text).not.toContain("npm create");
    expect(posts[0]).toContain("Native menus");
    expect(single(notes)).toContain("Hot reload");
  });
});
