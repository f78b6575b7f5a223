// Bench entry: load the Markdown reader (markdown-it) as the Action bundles it and read one changelog.
import { readMarkdown } from "../../src/notes/formats/markdown.js";
import { SAMPLE_RELEASE } from "../../src/notes/sample-release.js";

if (readMarkdown(SAMPLE_RELEASE.notes).blocks.length === 0) process.exitCode = 1;
