// The changelog of Sphinx's "releases" extension (Paramiko, Fabric, Invoke): each item opens with its kind as a role
// whose argument is its issue number or "-", maybe with "major", "backported" or a version range (":bug:`1234 major`",
// ":feature:`-`", ":support:`56 backported (1.2+)`"), and a ":release:`3.4.0 <2023-12-18>`" item titles the release.
// Read as the RST roles they look like, the argument would stay as text ("major Address CVE…"); as a changelog writes
// them, the kind is the item's leading tag ("- [fix] …") and the argument, only for the extension's own bookkeeping, goes.

const KIND_ROLE = /^([ \t]*[-*+][ \t]+):(bug|feature|support):`[^`\n]*`[ \t]*/gmu;
const RELEASE_ITEM = /^[ \t]*[-*+][ \t]+:release:`[^`\n]*`[ \t]*\n?/gmu;
// A support item (docs, packaging, internals) says its kind in its own words: no tag.
const TAGS: Readonly<Record<string, string>> = { bug: "[fix] ", feature: "[feature] ", support: "" };

/** The notes with the "releases" extension's roles read as a changelog's leading tags; other notes unchanged. */
export function releasesRolesAsTags(source: string): string {
  if (!source.includes(":`")) return source;
  return source.replace(RELEASE_ITEM, "").replace(KIND_ROLE, (_whole, marker: string, kind: string) => `${marker}${TAGS[kind] ?? ""}`);
}
