import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string) => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a summary list of in-page anchors with descriptions", () => {
  const page = (items: string) => `Notable changes:

${items}

## New features

### Persistent cache

In v1.2 we introduced an experimental cache configuration, which supports persistent caching.

### Yarn PnP

Yarn PnP is a dependency resolution strategy of Yarn.
`;

  it("keeps what each entry says; the section it points to does not say the change twice", () => {
    const notes = page("- [Persistent cache](#persistent-cache): improves hot start performance by up to 250%.\n- [Yarn PnP](#yarn-pnp): adds support for Yarn PnP.");
    expect(texts(notes)).toEqual(["Persistent cache: improves hot start performance by up to 250%.", "Yarn PnP: adds support for Yarn PnP."]);
  });

  it("a pure list of anchors is still a table of contents: the sections say the changes", () => {
    const notes = page("- [Persistent cache](#persistent-cache)\n- [Yarn PnP](#yarn-pnp)");
    expect(texts(notes)).toEqual(["Persistent cache", "Yarn PnP"]);
  });
});
