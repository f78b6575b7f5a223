// Bench entry: load the Markdown reader (markdown-it) as the Action bundles it and read one changelog.
import { markdownToLines } from "../../src/notes/markdown.js";
import { SAMPLE_RELEASE } from "../../src/notes/sample-release.js";

if (markdownToLines(SAMPLE_RELEASE.notes).length === 0) process.exitCode = 1;
