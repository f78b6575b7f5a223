// The entries no post may pick (noise kept out of the pool: docs, upkeep) are still changes in "+N more", one per change:
// the parts of one change ("The documentation for the following sniffs has been improved:" over three sniff names,
// model.ts's partOf) count once, and not at all when a part of it stays in the pool, where layout.ts counts it.
import type { Entry } from "./model.js";

/** How many changes `unpooled` stands for, given the entries the posts may pick (`pooled`). */
export function unpooledChanges(unpooled: readonly Entry[], pooled: ReadonlySet<Entry>): number {
  const inPool = new Set([...pooled].map((entry) => entry.partOf).filter((part) => part !== undefined));
  const told = new Set<number>();
  let count = 0;
  for (const entry of unpooled) {
    if (entry.partOf === undefined) count += 1;
    else if (!inPool.has(entry.partOf) && !told.has(entry.partOf)) {
      told.add(entry.partOf);
      count += 1;
    }
  }
  return count;
}
