// The defects one objective check finds in a single post's text: what the post-checks tests assert, declared once.
import { checkPosts, type CheckInput, type Defect } from "./post-checks.js";

/** What `check` alone finds in `posts` (single mode, X's 280), against `notes`. */
export const defectsOf = (check: string, posts: string[], notes = "", extra: Partial<CheckInput> = {}): Defect[] =>
  checkPosts({ posts, notes, releaseUrl: "", mode: "single", maxLength: 280, ...extra }).filter((defect) => defect.check === check);
