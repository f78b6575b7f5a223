// The checks' input, their defects and the context every check gets: one shape for all check families.
export interface CheckInput {
  posts: string[]; // the composed posts, in order
  notes: string; // the release notes Markdown the posts were made from
  releaseUrl: string; // the release link the template put in ({url}); "" if none
  mode: "single" | "thread";
  maxLength: number; // 280 by default
  threadCap?: number; // the composer's thread cap (posts), when mode is thread
}
export interface Defect {
  check: string;
  post: number; // 0-based
  detail: string;
}

/** What every check gets: the input plus facts about the notes computed once. */
export interface Context extends CheckInput {
  notesUrls: Set<string>;
  notesWords: Set<string>;
  notesAuthors: Set<string>;
  leadIns: LeadIn[];
  breaking: BreakingMarkers;
}
export type Check = (context: Context) => Defect[];

export interface LeadIn {
  tail: string; // the normalized end of the paragraph or item that ends with ":"
  follows: "code" | "list" | "text" | "none";
  followers: string[]; // normalized lines of the block that follows it
}

export interface BreakingMarkers {
  present: boolean;
  words: string[]; // the notes' own words for it, lower case
}
