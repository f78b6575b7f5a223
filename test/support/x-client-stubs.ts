// The X client's reads and media endpoints for a hand-written fake client that only scripts postTweet: each one
// rejects, so a test that reaches one by surprise fails with the endpoint's name.
import type { XClient } from "../../src/x/client.js";

type Endpoints = Pick<
  XClient,
  "getMe" | "getOwnPosts" | "uploadMedia" | "initializeMediaUpload" | "appendMediaSegment" | "finalizeMediaUpload" | "getMediaStatus" | "setMediaAltText"
>;

export function unusedXEndpoints(): Endpoints {
  const unused = (name: string) => () => Promise.reject(new Error(`the fake client was not expected to call ${name}`));
  return {
    getMe: unused("getMe"),
    getOwnPosts: unused("getOwnPosts"),
    uploadMedia: unused("uploadMedia"),
    initializeMediaUpload: unused("initializeMediaUpload"),
    appendMediaSegment: unused("appendMediaSegment"),
    finalizeMediaUpload: unused("finalizeMediaUpload"),
    getMediaStatus: unused("getMediaStatus"),
    setMediaAltText: unused("setMediaAltText"),
  };
}
