// The release `release-tweet preview` shows when given no notes: realistic semantic-release output.
import type { Release } from "../core/types.js";

export const SAMPLE_RELEASE: Release = {
  version: "2.4.0",
  tag: "v2.4.0",
  name: "v2.4.0",
  repo: "release-tweet",
  owner: "octo-org",
  url: "https://github.com/octo-org/release-tweet/releases/tag/v2.4.0",
  notes: `# [2.4.0](https://github.com/octo-org/release-tweet/compare/v2.3.1...v2.4.0) (2025-03-14)

### Bug Fixes

* **compose:** never cut a link or an emoji in half ([#141](https://github.com/octo-org/release-tweet/issues/141)) ([3f2a9c1](https://github.com/octo-org/release-tweet/commit/3f2a9c1d5e6b7a8c9d0e1f2a3b4c5d6e7f8a9b0c))
* **oauth:** sign query parameters of the media upload URL, closes [#138](https://github.com/octo-org/release-tweet/issues/138)

### Features

* **thread:** continue long release notes in replies ([#135](https://github.com/octo-org/release-tweet/issues/135)) ([9b8c7d6](https://github.com/octo-org/release-tweet/commit/9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c))
* **cli:** \`release-tweet preview\` shows the exact posts and their length 🎉
* **action:** new \`max-length\` input for X Premium accounts (up to 25,000 characters)

> [!NOTE]
> Threads are off by default; turn them on with \`thread: true\`.
`,
};
