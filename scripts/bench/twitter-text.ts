// Bench entry: load twitter-text as the Action bundles it and count one post (its URL pattern compiles on first use).
import { SAMPLE_RELEASE } from "../../src/notes/sample-release.js";
import { weightedLength } from "../../src/notes/text/x-text.js";

if (weightedLength(`${SAMPLE_RELEASE.repo} ${SAMPLE_RELEASE.version} is out! 🎉 ${SAMPLE_RELEASE.url}`) <= 0) process.exitCode = 1;
