import { describe, expect, it } from "vitest";
import { versionOfTag } from "../../src/core/tag-version.js";

describe("the version a release tag names", () => {
  it("drops a leading v, and a package name before the version", () => {
    expect(versionOfTag("v1.2.0")).toBe("1.2.0");
    expect(versionOfTag("1.2.0-rc-1")).toBe("1.2.0-rc-1");
    expect(versionOfTag("jackson-databind-2.18.2")).toBe("2.18.2");
    expect(versionOfTag("tauri-v2.0.0-rc.0")).toBe("2.0.0-rc.0");
    expect(versionOfTag("@scope/pkg@1.2.0")).toBe("1.2.0");
    expect(versionOfTag("release_2024.1")).toBe("2024.1");
  });

  it("keeps a tag that names no version as it is", () => {
    expect(versionOfTag("nightly")).toBe("nightly");
    expect(versionOfTag("latest-build")).toBe("latest-build");
    expect(versionOfTag("v2")).toBe("2");
  });
});
