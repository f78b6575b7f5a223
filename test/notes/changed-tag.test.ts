// A "[changed]" tag (Sphinx's ":tags: change", Keep a Changelog's "Changed") files a change: it breaks only when its
// words take something away or tell users to act, never for adding a step. (Shiguredo's "[CHANGE]" stays breaking.)
import { describe, expect, it } from "vitest";
import { readItem } from "../../src/notes/kinds/kinds.js";
import { thread } from "../support/composed.js";

const PROJECT = { repo: "orm", owner: "acme", version: "2.1.0" };

const SPHINX = `.. changelog::
    :version: 2.1.0

    .. change::
        :tags: change, asyncio

        Added an initialize step to the import of
        \`\`orm.ext.aio\`\` so that \`\`greenlet\`\` will be imported only when the extension is first imported.

    .. change::
        :tags: change, platform

        The \`\`greenlet\`\` dependency no longer installs by default.
        Use the \`\`orm[asyncio]\`\` install target to include this dependency.

    .. change::
        :tags: change, orm

        The \`\`first_init\`\` event has been removed.
`;

describe("a [changed] tag", () => {
  it("reads an added step as a change and a removal as breaking", () => {
    expect(readItem("[changed] Added an initialize step to the import of `orm.ext.aio` so that `greenlet` is imported lazily.").kind).toBe("change");
    expect(readItem("[changed] The `first_init` event has been removed.").kind).toBe("breaking");
    expect(readItem("[CHANGE] Remote-write: default enable_http2 to false.").kind).toBe("breaking");
  });

  it("keeps an added step out of the breaking changes", () => {
    const text = thread(SPHINX, PROJECT).join("\n");
    const breaking = text.slice(text.indexOf("Breaking"));
    expect(text).toContain("Breaking");
    expect(breaking.split("\n\n")[0]).not.toContain("initialize step");
  });
});
