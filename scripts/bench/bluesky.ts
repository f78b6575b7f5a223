// Bench entry: load the Bluesky client as the Action would bundle it, and build one post's rich text.
import { BlueskyClient } from "../../src/bluesky/index.js";
import { toRichText } from "../../src/bluesky/rich-text.js";
import { SAMPLE_RELEASE } from "../../src/notes/sample-release.js";

if (typeof BlueskyClient.signIn !== "function" || toRichText(`${SAMPLE_RELEASE.repo} is out! ${SAMPLE_RELEASE.url}`).facets.length !== 1) process.exitCode = 1;
