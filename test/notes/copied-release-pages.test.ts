// GitHub's generated release notes copied from the release page as text have lost their Markdown: headings stand alone
// between the change lines, and Markdown would read the whole as one run-on paragraph. The lines are read as the list
// they were.
import { describe, expect, it } from "vitest";
import { changeLinesAsItems } from "../../src/notes/formats/issue-lines.js";
import { posts } from "../support/composed.js";

const PROJECT = { repo: "widget", version: "1.3.0" };

const copied = `What's Changed
🚀 Features
Add dark mode to the settings page by @alice in #101
🐛 Bug Fixes
Fix crash when the config file is empty by @bob in https://github.com/o/widget/pull/102
Bump lodash from 4.17.20 to 4.17.21 by @dependabot in #103
New Contributors
@carol made their first contribution in #104
Full Changelog: v1.2.0...v1.3.0
`;

describe("generated notes copied from a release page as text", () => {
  it("each change is an item under its heading, and the page's frame goes", () => {
    const single = posts(copied, PROJECT)[0] ?? "";
    expect(single).toContain("• Add dark mode to the settings page");
    expect(single).toContain("• Fix crash when the config file is empty");
    expect(single).not.toMatch(/What's Changed|New Contributors|made their first contribution|Full Changelog|@\u200b?(?:alice|bob|carol)/u);
  });

  it("writes the headings as headings and the field as a paragraph of its own", () => {
    const markdown = changeLinesAsItems(copied);
    expect(markdown).toContain("### 🐛 Bug Fixes");
    expect(markdown).toContain("- @carol made their first contribution in #104");
    expect(markdown).toMatch(/\n\nFull Changelog: v1\.2\.0\.\.\.v1\.3\.0\n/u);
  });

  it("leaves a prose paragraph that only mentions a pull request as it is", () => {
    const prose = "We reworked the settings page\nThe new layout groups the options by task by @alice in #101\nThanks to everyone who tested it.\n";
    expect(changeLinesAsItems(prose)).toBe(prose);
  });
});
