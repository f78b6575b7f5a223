// The one dispatcher of every door: which proxy variables it reads and how, and where requests really go. Routing is
// proven on loopback (a CONNECT proxy that records its tunnels, and two origins); nock shows the NO_PROXY bypass
// for a host that is not on this machine. Each door's own end-to-end proof is in its e2e tests.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { request } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher, readProxySettings } from "../../src/core/proxy-agent.js";
import { startConnectProxy, type ConnectProxy } from "../support/connect-proxy.js";

describe("readProxySettings", () => {
  it("reads nothing when no proxy variable is set", () => {
    expect(readProxySettings({ PATH: "/usr/bin", NO_PROXY: "example.com" })).toEqual({
      httpProxy: "",
      httpsProxy: "",
      noProxy: "example.com",
      warning: undefined,
      route: "http:// direct, https:// direct",
    });
  });

  it("reads 'host:port' without a scheme as http://, like curl and @actions/http-client", () => {
    const settings = readProxySettings({ HTTPS_PROXY: "proxy.corp:3128", NO_PROXY: "localhost" });
    expect(settings).toMatchObject({ httpProxy: "", httpsProxy: "http://proxy.corp:3128/", noProxy: "localhost", warning: undefined });
    expect(settings.route).toBe("http:// direct, https:// via proxy.corp:3128 (HTTPS_PROXY); direct for NO_PROXY hosts (localhost)");
  });

  it("prefers the lower-case name, like curl, and sends https:// through HTTP_PROXY when HTTPS_PROXY is unset", () => {
    const settings = readProxySettings({ http_proxy: "http://lower:1", HTTP_PROXY: "http://upper:2", no_proxy: "a", NO_PROXY: "b" });
    expect(settings).toMatchObject({ httpProxy: "http://lower:1/", httpsProxy: "http://lower:1/", noProxy: "a" });
    expect(settings.route).toBe("http:// via lower:1 (http_proxy), https:// via lower:1 (http_proxy); direct for NO_PROXY hosts (a)");
  });

  it("ignores blank values, as CI systems pass unset variables", () => {
    expect(readProxySettings({ HTTPS_PROXY: "  ", HTTP_PROXY: "" })).toMatchObject({ httpProxy: "", httpsProxy: "", warning: undefined });
  });

  it("a value it cannot use is a warning naming the variable, never its value (it may hold a password), and no proxy", () => {
    for (const value of ["http://build:Sup3rSecret@proxy corp:3128", "socks5://build:Sup3rSecret@proxy.corp:1080", "http://:Sup3rSecret@"]) {
      const settings = readProxySettings({ HTTP_PROXY: value, HTTPS_PROXY: "http://fine.example:3128" });
      expect(settings.warning).toBe("HTTP_PROXY is not a proxy URL release-tweet can use (expected http://host:port); connecting directly.");
      expect(JSON.stringify(settings)).not.toContain("Sup3rSecret");
      expect(settings).toMatchObject({ httpProxy: "", httpsProxy: "" });
    }
  });

  it("the route for debug logs names hosts only, never a proxy's user or password", () => {
    const settings = readProxySettings({ HTTPS_PROXY: "http://build:Sup3rSecret@proxy.corp:3128" });
    expect(settings.httpsProxy).toBe("http://build:Sup3rSecret@proxy.corp:3128/");
    expect(settings.route).toBe("http:// direct, https:// via proxy.corp:3128 (HTTPS_PROXY)");
  });
});

describe("createDispatcher: where requests go", () => {
  let proxy: ConnectProxy;
  let origin: Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    proxy = await startConnectProxy();
    origin = createServer((req, res) => {
      hits.push(`${req.headers.host ?? ""}${req.url ?? ""}`);
      res.end("ok");
    });
    await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
    port = (origin.address() as AddressInfo).port;
  });
  afterEach(() => {
    proxy.tunnels.length = 0;
    hits.length = 0;
  });
  afterAll(async () => {
    await proxy.close();
    origin.closeAllConnections();
    await new Promise((resolve) => origin.close(resolve));
  });

  async function get(url: string, env: Record<string, string>): Promise<string> {
    const { dispatcher } = createDispatcher(env);
    try {
      const response = await request(url, { dispatcher });
      return await response.body.text();
    } finally {
      await dispatcher.close();
    }
  }

  it("with HTTP_PROXY set, a plain-http origin is reached through the proxy's tunnel", async () => {
    expect(await get(`http://127.0.0.1:${port}/a`, { HTTP_PROXY: proxy.url })).toBe("ok");
    expect(proxy.tunnels).toEqual([`127.0.0.1:${port}`]);
    expect(hits).toEqual([`127.0.0.1:${port}/a`]);
  });

  it("a host listed in NO_PROXY (any case of the name, with or without its port) is reached directly", async () => {
    const envs: Record<string, string>[] = [
      { HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" },
      { http_proxy: proxy.url, no_proxy: `example.com, 127.0.0.1:${port}` },
      { HTTP_PROXY: proxy.url, NO_PROXY: "*" },
    ];
    for (const env of envs) {
      expect(await get(`http://127.0.0.1:${port}/b`, env)).toBe("ok");
    }
    expect(proxy.tunnels).toEqual([]);
    expect(hits).toHaveLength(3);
  });

  it("NO_PROXY for one host does not exempt another: localhost listed, 127.0.0.1 still tunnelled", async () => {
    expect(await get(`http://127.0.0.1:${port}/c`, { HTTP_PROXY: proxy.url, NO_PROXY: "localhost" })).toBe("ok");
    expect(await get(`http://localhost:${port}/d`, { HTTP_PROXY: proxy.url, NO_PROXY: "localhost" })).toBe("ok");
    expect(proxy.tunnels).toEqual([`127.0.0.1:${port}`]);
  });

  it("HTTPS_PROXY alone leaves plain http direct", async () => {
    expect(await get(`http://127.0.0.1:${port}/e`, { HTTPS_PROXY: proxy.url })).toBe("ok");
    expect(proxy.tunnels).toEqual([]);
  });

  it("an unusable proxy value leaves every request direct", async () => {
    const { warning } = createDispatcher({ HTTP_PROXY: "socks5://proxy.corp:1080" });
    expect(warning).toMatch(/^HTTP_PROXY is not a proxy URL/);
    expect(await get(`http://127.0.0.1:${port}/f`, { HTTP_PROXY: "socks5://proxy.corp:1080" })).toBe("ok");
    expect(proxy.tunnels).toEqual([]);
  });
});

describe("createDispatcher with nock: a NO_PROXY host that is not on this machine", () => {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });

  it("goes straight to the host (nock answers it) although HTTPS_PROXY names a proxy that does not exist", async () => {
    const scope = nock("https://api.x.com").get("/2/users/me").reply(200, { data: { id: "1", username: "direct" } });
    const { dispatcher } = createDispatcher({ HTTPS_PROXY: "http://proxy.invalid:3128", NO_PROXY: ".x.com" });
    const response = await request("https://api.x.com/2/users/me", { dispatcher });
    expect(await response.body.json()).toEqual({ data: { id: "1", username: "direct" } });
    expect(scope.isDone()).toBe(true);
  });
});
