import { describe, expect, it } from "vitest";
import { routeThroughProxy } from "../../src/action/proxy.js";

// The proxy itself is proven end to end (test/action/action.e2e.test.ts spawns the bundle behind a CONNECT proxy):
// switching the proxy here would change the whole test worker's fetch.
describe("routeThroughProxy", () => {
  it("does nothing and says nothing when no proxy variable is set", () => {
    expect(routeThroughProxy({ NO_PROXY: "example.com", PATH: "/usr/bin" })).toBeUndefined();
  });

  /** A stand-in for http.setGlobalProxyFromEnv that records what it was given. */
  function recorder() {
    const calls: NodeJS.ProcessEnv[] = [];
    return { calls, setter: () => (env: NodeJS.ProcessEnv) => calls.push(env) };
  }

  it("reads 'host:port' without a scheme as http://, like curl and @actions/http-client", () => {
    const { calls, setter } = recorder();
    expect(routeThroughProxy({ HTTPS_PROXY: "proxy.corp:3128", NO_PROXY: "localhost" }, setter)).toBeUndefined();
    expect(calls).toEqual([{ HTTPS_PROXY: "http://proxy.corp:3128", NO_PROXY: "localhost" }]);
  });

  it("a proxy URL it cannot use is a warning naming the variable, never its value (it may hold a password)", () => {
    for (const value of ["http://build:Sup3rSecret@proxy corp:3128", "socks5://build:Sup3rSecret@proxy.corp:1080", "http://:Sup3rSecret@"]) {
      const { calls, setter } = recorder();
      const warning = routeThroughProxy({ HTTP_PROXY: value }, setter);
      expect(warning).toMatch(/^HTTP_PROXY is not a proxy URL Node\.js can use \(expected http:\/\/host:port\); connecting directly\.$/);
      expect(warning).not.toContain("Sup3rSecret");
      expect(calls).toEqual([]);
    }
  });

  it("a refusal from Node itself is a warning too, not a failed run", () => {
    const throwing = () => () => {
      throw new TypeError("Invalid URL http://build:Sup3rSecret@proxy.corp:3128");
    };
    const warning = routeThroughProxy({ HTTPS_PROXY: "http://build:Sup3rSecret@proxy.corp:3128" }, throwing);
    expect(warning).toMatch(/^HTTPS_PROXY could not be used as a proxy/);
    expect(warning).not.toContain("Sup3rSecret");
  });

  it("says so when this Node cannot proxy fetch at all", () => {
    expect(routeThroughProxy({ https_proxy: "http://proxy.corp:3128" }, () => undefined)).toMatch(/^https_proxy is set, but Node\.js .* connecting directly\.$/);
  });
});
