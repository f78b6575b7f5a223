// The Mastodon network as a door loads it: `await import("../mastodon/index.js")` only when Mastodon is configured, so
// an X-only run never loads masto. The composer imports length.ts directly (it needs only twitter-text).
export { OOB_REDIRECT_URI, authorizeUrl, exchangeCode, registerApp, verifyToken, type RegisteredApp } from "./authorize.js";
export { MastodonClient, VISIBILITIES, resolveInstanceUrl, type MastodonClientOptions, type Visibility } from "./client.js";
export { MASTODON_ENV, MASTODON_INPUT, MASTODON_SCOPES } from "./errors.js";
export { DEFAULT_MASTODON_LIMITS, mastodonLength, type MastodonLimits } from "./length.js";
export { idempotencyKey, publishMastodonThread, type MastodonThreadOptions, type MastodonThreadResult } from "./publish-thread.js";
