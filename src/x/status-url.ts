// The web address of a post on X, from its id: what outputs, summaries and messages link to.

export function statusUrl(id: string): string {
  return `https://x.com/i/status/${id}`;
}
