// Uploads the first post's image through X's v2 media endpoints (the v1.1 upload is retired for self-serve apps): one
// request for a small image, a chunked upload above ONE_SHOT_MAX_BYTES and for every GIF, waiting while X processes
// it, then the alt text. Also says beforehand which requests that takes (for dry runs and the cost lines).
import { ReleaseTweetError } from "../core/errors.js";
import type { MediaState, XClient } from "./client.js";
import { xError } from "./errors.js";
import type { ImageFile } from "./image.js";
import type { MediaUpload } from "./publish-thread.js";

/**
 * Up to 1 MiB an image goes in one request; above, in 1 MiB segments. Why 1 MiB: every media request has 30 s per
 * attempt (MEDIA_LIMITS), which 1 MiB fits down to ~300 kbit/s of upload while a 5 MB image would not below ~1.5
 * Mbit/s; a failed segment is sent again alone, not the whole file; and most release images (screenshots, banners)
 * stay under it and cost one write request instead of three or more.
 */
export const ONE_SHOT_MAX_BYTES = 1024 * 1024;
export const SEGMENT_BYTES = 1024 * 1024;

/** How long X may take processing a GIF before the run gives up, and the longest single wait X may ask for. */
const PROCESSING_BUDGET_MS = 60_000;
const LONGEST_CHECK_MS = 10_000;

export interface UploadPlan {
  mode: "one-shot" | "chunked";
  /** Appended segments (chunked only). */
  segments: number;
  /** Write requests of the upload itself: 1, or initialize + segments + finalize. */
  uploadRequests: number;
  /** 1 when there is alt text (POST /2/media/metadata). */
  altTextRequests: 0 | 1;
}

/** The requests an image takes; STATUS checks while X processes a GIF are reads, and come on top. */
export function planUpload(file: Pick<ImageFile, "bytes" | "type" | "alt">): UploadPlan {
  const size = file.bytes.length;
  const altTextRequests = file.alt === "" ? 0 : 1;
  // A GIF is processed by X after the upload (async finalize), which only the chunked upload reports.
  if (file.type.category === "tweet_image" && size <= ONE_SHOT_MAX_BYTES) {
    return { mode: "one-shot", segments: 0, uploadRequests: 1, altTextRequests };
  }
  const segments = Math.max(1, Math.ceil(size / SEGMENT_BYTES));
  return { mode: "chunked", segments, uploadRequests: segments + 2, altTextRequests };
}

/** "one upload request and its alt text", "a chunked upload of 3 segments (5 requests)". */
export function describePlan(plan: UploadPlan): string {
  const upload = plan.mode === "one-shot" ? "one upload request" : `a chunked upload in ${plan.segments} segment${plan.segments === 1 ? "" : "s"} (${plan.uploadRequests} requests)`;
  return plan.altTextRequests === 1 ? `${upload}, then one for the alt text` : upload;
}

export type MediaClient = Pick<
  XClient,
  "uploadMedia" | "initializeMediaUpload" | "appendMediaSegment" | "finalizeMediaUpload" | "getMediaStatus" | "setMediaAltText"
>;

export interface UploadOptions {
  /** For tests: replaces real waiting while X processes. */
  sleep?: (ms: number) => Promise<void>;
  debug?: (line: string) => void;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Uploads the image and sets its alt text; the media id goes on the first post. Throws ReleaseTweetError. */
export async function uploadImage(client: MediaClient, file: ImageFile, options: UploadOptions = {}): Promise<MediaUpload> {
  const sleep = options.sleep ?? realSleep;
  const debug = options.debug ?? (() => undefined);
  const plan = planUpload(file);
  debug(`uploading the image: ${describePlan(plan)}`);
  let state: MediaState;
  if (plan.mode === "one-shot") {
    state = await client.uploadMedia({ bytes: file.bytes, mediaType: file.type.mediaType, category: file.type.category });
  } else {
    const opened = await client.initializeMediaUpload({
      totalBytes: file.bytes.length,
      mediaType: file.type.mediaType,
      category: file.type.category,
    });
    for (let index = 0; index < plan.segments; index++) {
      const segment = file.bytes.subarray(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES);
      await client.appendMediaSegment(opened.id, index, segment);
    }
    state = await client.finalizeMediaUpload(opened.id);
  }
  state = await waitWhileProcessing(client, state, sleep, debug);
  if (file.alt !== "") await client.setMediaAltText(state.id, file.alt);
  return { mediaIds: [state.id], requests: plan.uploadRequests + plan.altTextRequests };
}

async function waitWhileProcessing(
  client: MediaClient,
  first: MediaState,
  sleep: (ms: number) => Promise<void>,
  debug: (line: string) => void,
): Promise<MediaState> {
  let state = first;
  let waited = 0;
  for (;;) {
    const processing = state.processing;
    if (processing === undefined || processing.state === "succeeded") return state;
    if (processing.state === "failed") {
      throw xError("EXMEDIAFAILED", { request: "GET /2/media/upload (STATUS)", detail: processing.error ?? "processing failed" });
    }
    const wait = Math.min(LONGEST_CHECK_MS, Math.max(1_000, processing.checkAfterSecs * 1_000));
    if (waited + wait > PROCESSING_BUDGET_MS) {
      throw new ReleaseTweetError(
        "EXMEDIAFAILED",
        `X was still processing the image after ${Math.round(waited / 1_000)} s; nothing was posted.`,
        "Run the job again later, or use a PNG or JPEG image, which X does not need to process.",
        { docs: "troubleshooting" },
      );
    }
    debug(`X is processing the image (${processing.state}); checking again in ${wait} ms`);
    await sleep(wait);
    waited += wait;
    state = await client.getMediaStatus(state.id);
  }
}
