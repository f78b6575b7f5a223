// The version a release tag names. Tags carry it plain ("1.2.0"), after a "v" ("v1.2.0"), or after the package's name
// in monorepos and multi-package repositories ("jackson-databind-2.18.2", "tauri-v2.0.0-rc.0", "@scope/pkg@1.2.0").

// A name and its separator, then the version: at least "major.minor", to the end of the tag.
const NAMED = /^.*?[-@/_]v?(?=\d+\.\d+(?:[.\-+][\w.+-]*)?$)/u;

/** The version in `tag`: without a leading "v" or package name; the tag itself when it names no version. */
export function versionOfTag(tag: string): string {
  const plain = tag.replace(/^v(?=\d)/u, "");
  if (/^\d/u.test(plain)) return plain;
  return tag.replace(NAMED, "");
}
