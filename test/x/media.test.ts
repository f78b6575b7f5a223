// Uploading the first post's image through X's v2 media endpoints, against the fake X that verifies every signature.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReleaseTweetError } from "../../src/core/errors.js";
import { XClient } from "../../src/x/client.js";
import { IMAGE_TYPES, type ImageFile } from "../../src/x/image.js";
import { describePlan, ONE_SHOT_MAX_BYTES, planUpload, SEGMENT_BYTES, uploadImage } from "../../src/x/media.js";
import { publishPosts } from "../../src/x/publish-thread.js";
import { FAKE_CREDENTIALS, startFakeX, type FakeX } from "../support/fake-x.js";
import { imageBytes } from "../support/images.js";

let fake: FakeX;
let slept: number[];
const client = () => new XClient({ credentials: FAKE_CREDENTIALS, baseUrl: fake.url, sleep: () => Promise.resolve() });
const sleep = (ms: number) => {
  slept.push(ms);
  return Promise.resolve();
};
const type = (label: string) => IMAGE_TYPES.find((t) => t.label === label)!;
const file = (label: "PNG" | "JPEG" | "GIF" | "WEBP", size: number, alt = ""): ImageFile => ({
  path: "img",
  bytes: imageBytes(({ PNG: "png", JPEG: "jpeg", GIF: "gif", WEBP: "webp" } as const)[label], size),
  type: type(label),
  alt,
});
const lines = () => fake.requests.map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ""} ${r.status}`);

beforeEach(async () => {
  fake = await startFakeX();
  slept = [];
});
afterEach(async () => {
  // Every request the fake served had a valid signature: it answers 401 with a reason otherwise.
  expect(fake.requests.filter((r) => r.reason !== undefined && !r.reason.startsWith("fault"))).toEqual([]);
  await fake.close();
});

describe("planUpload", () => {
  it("one request up to 1 MiB, 1 MiB segments above it, always chunked for a GIF, plus one for the alt text", () => {
    expect(planUpload(file("PNG", ONE_SHOT_MAX_BYTES))).toEqual({ mode: "one-shot", segments: 0, uploadRequests: 1, altTextRequests: 0 });
    expect(planUpload(file("JPEG", ONE_SHOT_MAX_BYTES + 1, "alt"))).toEqual({ mode: "chunked", segments: 2, uploadRequests: 4, altTextRequests: 1 });
    expect(planUpload(file("GIF", 10))).toEqual({ mode: "chunked", segments: 1, uploadRequests: 3, altTextRequests: 0 });
    expect(describePlan(planUpload(file("PNG", 10, "alt")))).toBe("one upload request, then one for the alt text");
    expect(describePlan(planUpload(file("WEBP", 3 * SEGMENT_BYTES)))).toBe("a chunked upload in 3 segments (5 requests)");
  });
});

describe("uploadImage against the fake X", () => {
  it("a small PNG in one multipart request, then its alt text; the media id goes on the post", async () => {
    const c = client();
    const image = file("PNG", 20_000, "The widget's new logo: a blue gear");
    const upload = await uploadImage(c, image, { sleep });
    expect(upload.requests).toBe(2);
    expect(fake.media).toHaveLength(1);
    const [media] = fake.media;
    expect(upload.mediaIds).toEqual([media!.id]);
    expect(media).toMatchObject({ category: "tweet_image", mediaType: "image/png", altText: "The widget's new logo: a blue gear", state: "ready" });
    expect(media!.bytes.equals(image.bytes)).toBe(true);
    await publishPosts(c, [{ text: "widget 2.0", weightedLength: 10 }], { media: () => Promise.resolve(upload) });
    expect(fake.tweets[0]!.mediaIds).toEqual([media!.id]);
    expect(lines()).toEqual(["POST /2/media/upload 200", "POST /2/media/metadata 200", "POST /2/tweets 201"]);
    // multipart bodies are not signed (RFC 5849 3.4.1.3.1), and the fake verified the signatures without them
    expect(fake.requests[0]!.authorization).toMatch(/^OAuth /);
  });

  it("a 2.5 MiB JPEG in three 1 MiB segments, in order, that X reassembles byte for byte", async () => {
    const image = file("JPEG", 2.5 * 1024 * 1024);
    const upload = await uploadImage(client(), image, { sleep });
    expect(upload.requests).toBe(5);
    expect(fake.media[0]!.bytes.equals(image.bytes)).toBe(true);
    expect(fake.media[0]!.altText).toBeNull();
    const id = fake.media[0]!.id;
    expect(lines()).toEqual([
      "POST /2/media/upload/initialize 200",
      `POST /2/media/upload/${id}/append 200`,
      `POST /2/media/upload/${id}/append 200`,
      `POST /2/media/upload/${id}/append 200`,
      `POST /2/media/upload/${id}/finalize 200`,
    ]);
  });

  it("a GIF: chunked, then STATUS (a signed query) until X has processed it, waiting as X says", async () => {
    const upload = await uploadImage(client(), file("GIF", 50_000, "An animation"), { sleep });
    const id = fake.media[0]!.id;
    expect(upload.mediaIds).toEqual([id]);
    expect(fake.media[0]!.altText).toBe("An animation");
    expect(lines()).toEqual([
      "POST /2/media/upload/initialize 200",
      `POST /2/media/upload/${id}/append 200`,
      `POST /2/media/upload/${id}/finalize 200`,
      `GET /2/media/upload?command=STATUS&media_id=${id} 200`,
      `GET /2/media/upload?command=STATUS&media_id=${id} 200`,
      "POST /2/media/metadata 200",
    ]);
    expect(slept).toEqual([1_000, 1_000]);
    expect(upload.requests).toBe(4); // STATUS checks are reads, not counted as writes
  });

  it("X failing to process → EXMEDIAFAILED with X's words, and no post", async () => {
    fake.enqueueFor("GET /2/media/upload", { status: 200, body: { data: { processing_info: { state: "failed", error: { code: 1, name: "InvalidMedia", message: "Unsupported media encoding" } } } } });
    const error = await uploadImage(client(), file("GIF", 1_000), { sleep }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseTweetError);
    expect((error as ReleaseTweetError).code).toBe("EXMEDIAFAILED");
    expect((error as ReleaseTweetError).message).toContain("Unsupported media encoding");
  });

  it("a 503 on a segment is retried (the same segment again), and the upload completes", async () => {
    fake.enqueueFor("POST /2/media/upload/:id/append", { kind: "normal" }, { status: 503, body: "<html>busy</html>" });
    const image = file("PNG", 2 * 1024 * 1024);
    await uploadImage(client(), image, { sleep });
    expect(fake.media[0]!.bytes.equals(image.bytes)).toBe(true);
    expect(lines().filter((line) => line.includes("append")).map((line) => line.split(" ").at(-1))).toEqual(["200", "503", "200"]);
  });

  it("X refusing the upload is reported in the catalogue's words, naming the request", async () => {
    fake.enqueueFor("POST /2/media/upload", { status: 400, body: { title: "Invalid Request", detail: "Unsupported media type.", type: "about:blank", status: 400 } });
    const error = await uploadImage(client(), file("PNG", 100), { sleep }).then(() => null, (e: unknown) => e);
    expect((error as ReleaseTweetError).code).toBe("EXBADREQUEST");
    expect((error as ReleaseTweetError).message).toContain("Unsupported media type. (POST /2/media/upload → HTTP 400)");
  });
});
