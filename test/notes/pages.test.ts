import { describe, expect, it } from "vitest";
import { readNotesModel } from "../../src/notes/model.js";

const texts = (notes: string): string[] => readNotesModel(notes).entries.map((entry) => entry.text);

describe("a docs page's scaffolding is never content", () => {
  it("drops Writerside meta elements with their text, attribute lines and template tags", () => {
    const notes = [
      "[//]: # (title: What's new in Frob 3.1)",
      "",
      "<web-summary>Read the Frob 3.1 release notes covering parser and CLI updates.</web-summary>",
      "",
      "{% include banner.html %}",
      "",
      "<Cta />",
      "",
      "- Add a `--watch` flag",
      "",
      "> Tables may now end with a comma.",
      ">",
      '{style="tip"}',
    ].join("\n");
    const all = texts(notes).join("\n");
    expect(all).not.toMatch(/web-summary|release notes covering|style=|include banner|Cta/u);
    expect(all).toContain("Add a `--watch` flag");
  });
});

describe("a page's own highlight list of anchors", () => {
  it("is the page's highlights when its lead-in says so and each anchor says a change", () => {
    const notes = [
      "Frob 3.1 is out. Here are some highlights from this release:",
      "",
      "* [The parser now accepts trailing commas in tables](#commas)",
      "* [Plugins can register their own subcommands](#plugins)",
      "",
      "## Parser",
      "",
      "### Commas",
      "",
      "Details about commas.",
    ].join("\n");
    expect(texts(notes).slice(0, 2)).toEqual(["The parser now accepts trailing commas in tables", "Plugins can register their own subcommands"]);
  });

  it("a section that says nothing changed is no highlight", () => {
    const notes = "## Editor support\n\nThe extension that supports 3.1 is bundled. You don't need to update the extension.\n\n## Plugin subcommands\n\nPlugins can now register subcommands.";
    expect(texts(notes)).not.toContain("Editor support");
  });
});

describe("a blog post's framing is no change", () => {
  it("lead-ins, outros and questions to the reader go", () => {
    const notes = [
      "Read on for an overview of the changes to the core and the plugin API.",
      "",
      "In this post we'll look at what is new.",
      "",
      "- [ ] Do you want one dashboard for all your services?",
      "- [ ] Are you a backend developer who wants charts?",
      "",
      "## Offline mode",
      "",
      "Dashboards now keep working offline.",
      "",
      "You can try out these exciting features in Widgetly 4.0 today!",
    ].join("\n");
    expect(texts(notes).join("\n")).not.toMatch(/Read on|In this post|Do you want|Are you|try out/u);
  });

  it("the answer to 'What is X?' and how an X application works define the project", () => {
    const notes = "## What is Widgetly?\n\nWidgetly is a toolkit for building dashboards.\n\nIn a Widgetly application the layout is written in YAML.\n\n## Offline mode\n\nDashboards now keep working offline.";
    expect(texts(notes).join("\n")).not.toMatch(/toolkit for building|In a Widgetly application/u);
  });
});
