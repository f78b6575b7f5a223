// A paragraph of bare commit subjects ("build: bump librime to 1.13.0" / "build: set /utf-8 for source compilation" /
// "build: IntDir and OutDir set…, intermediary files will be always in `msbuild`."), one a line without list markers:
// each line is one change, even one that ends with a stop or runs long. Read as prose, the lines ran together into one
// paragraph ("build: bump … build: set …") that a post showed as one change. Pure.

import { COMMIT_TYPE } from "./commit-type.js";

// A conventional commit's type, an optional scope and "!", then its colon: the start only a listed change has.
const COMMIT_TYPED = new RegExp(`^${COMMIT_TYPE}\\s*\\S`, "iu");

/** True when every one of two or more lines opens with a conventional commit type: each is an item of its own. */
export const allCommitSubjects = (lines: readonly string[]): boolean =>
  lines.length >= 2 && lines.every((line) => line.length <= 400 && COMMIT_TYPED.test(line.trim()));
