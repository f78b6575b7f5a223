// The core's own requests (undici's request()): answers read whole, headers lowercased, redirects returned, codes read.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MockAgent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import { networkCause, networkCode, requestText } from "../../src/core/http.js";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const GET = () => ({ method: "GET" as const, headers: {}, signal: AbortSignal.timeout(5_000) });

describe("requestText", () => {
  it("lowercases header names, joins repeats with ', ', and keeps Object-like names as plain entries", async () => {
    const url = await serve((_req, res) => {
      res.setHeader("X-Rate-Limit-Reset", "1700000000");
      res.setHeader("Set-Cookie", ["a=1", "b=2"]);
      res.setHeader("Constructor", "c");
      res.setHeader("__proto__", "p");
      res.writeHead(429).end("{}");
    });
    const answer = await requestText(url, GET());
    expect(answer.status).toBe(429);
    expect(answer.body).toBe("{}");
    expect(answer.headers["x-rate-limit-reset"]).toBe("1700000000");
    expect(answer.headers["set-cookie"]).toBe("a=1, b=2");
    expect(answer.headers.constructor).toBe("c");
    expect(Object.getOwnPropertyDescriptor(answer.headers, "__proto__")?.value).toBe("p");
    expect(Object.getPrototypeOf(answer.headers)).toBe(Object.prototype);
  });

  it("reads a body sent in many chunks whole, as UTF-8 text", async () => {
    const text = "é🎉".repeat(50_000);
    const url = await serve((_req, res) => {
      const bytes = Buffer.from(text);
      res.writeHead(200, { "content-type": "application/json" });
      for (let at = 0; at < bytes.length; at += 1000) res.write(bytes.subarray(at, at + 1000));
      res.end();
    });
    expect((await requestText(url, GET())).body).toBe(text);
  });

  it("returns a redirect as the answer instead of following it", async () => {
    let followed = false;
    const target = await serve((_req, res) => {
      followed = true;
      res.end("moved here");
    });
    const url = await serve((_req, res) => res.writeHead(302, { location: `${target}/elsewhere` }).end());
    const answer = await requestText(url, GET());
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe(`${target}/elsewhere`);
    expect(followed).toBe(false);
  });

  it("sends through the undici dispatcher it is given (a MockAgent here)", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    let seen: Record<string, string> = {};
    agent
      .get("https://api.example")
      .intercept({ path: "/thing", method: "PUT", body: '{"a":1}' })
      .reply((options) => {
        seen = options.headers as Record<string, string>;
        return { statusCode: 204, data: "" };
      });
    const answer = await requestText("https://api.example/thing", {
      method: "PUT",
      headers: { authorization: "Bearer t", "content-type": "application/json" },
      body: '{"a":1}',
      signal: AbortSignal.timeout(5_000),
      dispatcher: agent,
    });
    expect(answer.status).toBe(204);
    expect(seen.authorization).toBe("Bearer t");
    agent.assertNoPendingInterceptors();
    await agent.close();
  });
});

describe("networkCause / networkCode", () => {
  it("read the system error's code when nothing listens", async () => {
    const url = await serve(() => undefined);
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve));
    const error = await requestText(url, GET()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(networkCode(error)).toBe("ECONNREFUSED");
  });

  it("read undici's code when the connection drops mid-body", async () => {
    const url = await serve((req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("partial");
      setTimeout(() => req.socket.destroy(), 20);
    });
    const error = await requestText(url, GET()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(networkCode(error)).toBe("UND_ERR_SOCKET");
  });

  it("find the error under fetch's 'fetch failed' (octokit's path), and leave anything else as it is", () => {
    const socket = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
    const wrapped = new TypeError("fetch failed", { cause: socket });
    expect(networkCause(wrapped)).toBe(socket);
    expect(networkCode(wrapped)).toBe("UND_ERR_SOCKET");
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(networkCause(timeout)).toBe(timeout);
    expect(networkCode(timeout)).toBe("");
    const plain = new TypeError("Invalid URL");
    expect(networkCause(plain)).toBe(plain);
    expect(networkCode("text")).toBe("");
  });
});
