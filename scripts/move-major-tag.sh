#!/usr/bin/env bash
# Moves the major tag (v1) to the release semantic-release has just tagged at HEAD, as GitHub advises for Actions
# with immutable releases: vX.Y.Z is the release, vX a plain tag that follows the newest X.y.z, so `uses: …@v1` gets it.
# Does nothing when HEAD has no release tag (no release this run), for a prerelease (v2.0.0-rc.1), or when a newer
# release of the same major exists. Needs the tags (checkout with fetch-depth: 0).
# Usage: scripts/move-major-tag.sh [REMOTE]   (a remote name or URL; default origin)
set -euo pipefail
remote="${1:-origin}"
release='^v[0-9]+\.[0-9]+\.[0-9]+$'

tag="$(git tag --points-at HEAD | grep -E "$release" | sort -V | tail -n 1 || true)"
if [ -z "$tag" ]; then
  echo "No release tag on $(git rev-parse --short HEAD): the major tag stays where it is."
  exit 0
fi
major="${tag%%.*}"
newest="$(git tag --list "${major}.*" | grep -E "$release" | sort -V | tail -n 1)"
if [ "$newest" != "$tag" ]; then
  echo "${tag} is not the newest ${major} release (${newest} is): ${major} stays where it is."
  exit 0
fi
git tag --force "$major" "${tag}^{commit}"
git push --force "$remote" "refs/tags/${major}"
echo "Moved ${major} to ${tag}."
