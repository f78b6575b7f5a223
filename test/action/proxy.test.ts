import { describe, expect, it } from "vitest";
import { routeThroughProxy } from "../../src/action/proxy.js";

// The proxy itself is proven end to end (test/action/action.e2e.test.ts spawns the bundle behind a CONNECT proxy):
// switching the proxy here would change the whole test worker's fetch.
describe("routeThroughProxy", () => {
  it("does nothing and says nothing when no proxy variable is set", () => {
    expect(routeThroughProxy({ NO_PROXY: "example.com", PATH: "/usr/bin" })).toBeUndefined();
  });
});
