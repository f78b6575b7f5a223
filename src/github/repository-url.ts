// Reads a git remote or repository URL into its host and path segments: https, git+https, ssh, git+ssh, file and the
// scp-like user@host:owner/name form. Pure; user info (tokens in push URLs) never comes out.

export interface RepositoryUrl {
  /** Lowercased; "" for file:// URLs. */
  host: string;
  /** Path segments, decoded, without a trailing ".git". */
  segments: string[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)\/?(.+)$/;

export function readRepositoryUrl(text: string | undefined): RepositoryUrl | undefined {
  const value = text?.trim() ?? "";
  let host: string;
  let path: string;
  if (SCHEME.test(value)) {
    const url = URL.parse(value);
    if (url === null) return undefined;
    host = url.hostname;
    path = url.pathname;
  } else {
    const scp = SCP_LIKE.exec(value);
    if (scp === null) return undefined;
    host = scp[1] ?? "";
    path = scp[2] ?? "";
  }
  const segments = path
    .replace(/\/+$/, "")
    .replace(/\.git$/, "")
    .split("/")
    .filter(Boolean)
    .map(safeDecode);
  return { host: host.toLowerCase(), segments };
}

// A malformed %-escape stays as written rather than throwing.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
