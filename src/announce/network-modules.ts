// How the doors reach the Bluesky and Mastodon clients: by dynamic import only, so a run that does not announce on a
// network never loads (in the Action: never even parses) its client library. test/core/network-imports.test.ts and
// test/action/lean-bundle.test.ts hold the rest of the code to it.
import type * as BlueskyNetwork from "../bluesky/index.js";
import type * as MastodonNetwork from "../mastodon/index.js";

export type BlueskyModule = typeof BlueskyNetwork;
export type MastodonModule = typeof MastodonNetwork;

export interface NetworkLoaders {
  loadBluesky: () => Promise<BlueskyModule>;
  loadMastodon: () => Promise<MastodonModule>;
}

export const defaultLoaders: NetworkLoaders = {
  loadBluesky: () => import("../bluesky/index.js"),
  loadMastodon: () => import("../mastodon/index.js"),
};
