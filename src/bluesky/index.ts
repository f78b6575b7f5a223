// The Bluesky network as a door loads it: `await import("../bluesky/index.js")` only when Bluesky is configured, so an
// X-only run never loads @atcute/client. The composer imports rich-text.ts directly (pure, no dependency).
export { checkBlueskyCredentials, type BlueskyAccount } from "./authorize.js";
export { BlueskyClient, MAX_THUMB_BYTES, postUrl, resolveService, type BlueskyClientOptions, type BlueskyCredentials } from "./client.js";
export { BLUESKY_ENV, BLUESKY_INPUT, DEFAULT_BLUESKY_SERVICE } from "./errors.js";
export { publishBlueskyThread, type BlueskyThreadOptions, type LinkCard } from "./publish-thread.js";
