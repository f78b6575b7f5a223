// Shared shapes that cross the core's boundary: releases in, posts out, credentials.

/** A release as the composer sees it. Every field may be empty; notes may be null (GitHub sends null bodies). */
export interface Release {
  version: string;
  tag: string;
  name: string;
  repo: string;
  owner: string;
  url: string;
  notes: string | null;
  /** The project's name as readers know it (the plugin's package name), for the default opener; optional. */
  project?: string;
  /** What the repository says about itself (its GitHub description), where a door knows it: it may spell the
   *  project's name ("SQLDelight - Generates typesafe Kotlin APIs from SQL"); optional. */
  about?: string;
}

export interface ComposeOptions {
  /** Placeholders: {version} {tag} {name} {repo} {owner} {url} {notes}. Defaults to DEFAULT_TEMPLATE. */
  template?: string;
  /** X's weighted limit; 280 for most accounts, up to 25,000 for Premium. */
  maxLength?: number;
  /** Continue long notes in replies instead of cutting them. */
  thread?: boolean;
  /** A thread's cap: at most this many posts, the last one pointing at the full notes. */
  maxPosts?: number;
  /** Number the posts of a thread ("1/4"). */
  numbering?: boolean;
  /** What the user calls these settings where they set them, for error messages (defaults: the plugin's names). */
  settingNames?: Partial<SettingNames>;
}

/** The name of each composer setting in one door: "max-length" (Action input), "--max-length" (CLI), "maxLength". */
export interface SettingNames {
  maxLength: string;
  thread: string;
  maxPosts: string;
  numbering: string;
}

/** One post, ready to send: its text and its length as X counts it. */
export interface Post {
  text: string;
  weightedLength: number;
}

/** The four OAuth 1.0a values of an X app and the account it posts as. */
export interface XCredentials {
  apiKey: string;
  apiSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

/** The names users see for each credential, the same in every door. */
export const CREDENTIAL_ENV = {
  apiKey: "TWITTER_API_KEY",
  apiSecret: "TWITTER_API_SECRET",
  accessToken: "TWITTER_ACCESS_TOKEN",
  accessTokenSecret: "TWITTER_ACCESS_TOKEN_SECRET",
} as const satisfies Record<keyof XCredentials, string>;

export const CREDENTIAL_INPUT = {
  apiKey: "api-key",
  apiSecret: "api-secret",
  accessToken: "access-token",
  accessTokenSecret: "access-token-secret",
} as const satisfies Record<keyof XCredentials, string>;

export const DEFAULT_API_BASE_URL = "https://api.x.com";
export const API_BASE_ENV = "TWITTER_API_BASE_URL";

/** GitHub's REST API; GitHub Enterprise Server sets GITHUB_API_URL to its own (https://HOST/api/v3). */
export const DEFAULT_GITHUB_API_URL = "https://api.github.com";
export const GITHUB_API_ENV = "GITHUB_API_URL";

/** A post that exists on X. `id` is null when X only told us the post already exists (duplicate after a retry). */
export interface PostedTweet {
  id: string | null;
  url: string | null;
  text: string;
  alreadyPosted: boolean;
}
