// CONTRACT STUB (owned by the plugin work): semantic-release steps.
export function verifyConditions(): Promise<void> {
  return Promise.reject(new Error("release-tweet: the semantic-release plugin is not implemented yet"));
}
