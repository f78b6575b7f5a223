// CONTRACT STUB (owned by the Action work).
import * as core from "@actions/core";

export async function run(): Promise<void> {
  core.setFailed("not implemented");
  return Promise.resolve();
}
