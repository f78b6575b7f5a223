import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizationHeader, encodeForm, percentEncode, type SignRequest } from "../../src/x/oauth.js";

function headerParams(header: string): Record<string, string> {
  expect(header.startsWith("OAuth ")).toBe(true);
  const out: Record<string, string> = {};
  for (const part of header.slice(6).split(", ")) {
    const m = /^([a-z_]+)="([^"]*)"$/.exec(part);
    expect(m, part).not.toBeNull();
    out[m![1]!] = decodeURIComponent(m![2]!);
  }
  return out;
}

const fixed = (nonce: string, seconds: number) => ({ nonce: () => nonce, now: () => seconds * 1000 + 999 });

// X docs, "Creating a signature".
const X_DOCS: Omit<SignRequest, "url"> = {
  method: "POST",
  form: [["status", "Hello Ladies + Gentlemen, a signed OAuth request!"]],
  consumer: { key: "xvz1evFS4wEEPTGEFPHBog", secret: "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw" },
  token: { key: "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", secret: "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE" },
};
const X_DOCS_CLOCK = fixed("kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958);

describe("authorizationHeader: published vectors", () => {
  it("reproduces the X docs example on api.twitter.com", () => {
    const h = headerParams(
      authorizationHeader({ ...X_DOCS, url: "https://api.twitter.com/1.1/statuses/update.json?include_entities=true" }, X_DOCS_CLOCK),
    );
    expect(h.oauth_signature).toBe("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
    expect(h).toMatchObject({
      oauth_consumer_key: "xvz1evFS4wEEPTGEFPHBog",
      oauth_nonce: "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
      oauth_signature_method: "HMAC-SHA1",
      oauth_timestamp: "1318622958",
      oauth_token: "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
      oauth_version: "1.0",
    });
  });

  it("reproduces the same request on api.x.com (the host is part of the base string)", () => {
    const h = headerParams(
      authorizationHeader({ ...X_DOCS, url: "https://api.x.com/1.1/statuses/update.json?include_entities=true" }, X_DOCS_CLOCK),
    );
    expect(h.oauth_signature).toBe("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=");
  });

  it("normalizes an uppercase host and an explicit default port before signing", () => {
    const h = headerParams(
      authorizationHeader({ ...X_DOCS, url: "HTTPS://API.X.COM:443/1.1/statuses/update.json?include_entities=true" }, X_DOCS_CLOCK),
    );
    expect(h.oauth_signature).toBe("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=");
  });

  const rfcConsumer = { key: "dpf43f3p2l4k3l03", secret: "kd94hf93k423kf44" };

  it("reproduces RFC 5849 1.2 temporary credentials (oauth_callback, no token)", () => {
    const header = authorizationHeader(
      {
        method: "POST",
        url: "https://photos.example.net/initiate",
        consumer: rfcConsumer,
        protocolParams: { oauth_callback: "http://printer.example.com/ready" },
      },
      { ...fixed("wIjqoS", 137131200), version: null },
    );
    const h = headerParams(header);
    expect(h.oauth_signature).toBe("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
    expect(h.oauth_callback).toBe("http://printer.example.com/ready");
    expect(header).toContain('oauth_callback="http%3A%2F%2Fprinter.example.com%2Fready"');
    expect(h.oauth_version).toBeUndefined();
  });

  it("reproduces RFC 5849 1.2 token credentials (oauth_verifier)", () => {
    const h = headerParams(
      authorizationHeader(
        {
          method: "POST",
          url: "https://photos.example.net/token",
          consumer: rfcConsumer,
          token: { key: "hh5s93j4hdidpola", secret: "hdhd0244k9j7ao03" },
          protocolParams: { oauth_verifier: "hfdp7dh39dks9884" },
        },
        { ...fixed("walatlh", 137131201), version: null },
      ),
    );
    expect(h.oauth_signature).toBe("gKgrFCywp7rO0OXSjdot/IHF7IU=");
    expect(h.oauth_verifier).toBe("hfdp7dh39dks9884");
  });

  it("reproduces RFC 5849 1.2 resource request (query parameters signed)", () => {
    const h = headerParams(
      authorizationHeader(
        {
          method: "GET",
          url: "http://photos.example.net/photos?file=vacation.jpg&size=original",
          consumer: rfcConsumer,
          token: { key: "nnch734d00sl2jdk", secret: "pfkkdhi9sl3r4s00" },
        },
        { ...fixed("chapoH", 137131202), version: null },
      ),
    );
    expect(h.oauth_signature).toBe("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
  });
});

// Independent RFC 5849 signer for the properties below (not the code under test).
function referenceSignature(method: string, base: string, params: [string, string][], consumerSecret: string, tokenSecret: string): string {
  const norm = params
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .sort()
    .join("&");
  const text = `${method}&${percentEncode(base)}&${percentEncode(norm)}`;
  return createHmac("sha1", `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`).update(text).digest("base64");
}

describe("authorizationHeader: what is and is not signed", () => {
  const consumer = { key: "ck", secret: "cs" };
  const token = { key: "tk", secret: "ts" };
  const clock = fixed("n0nce", 1_700_000_000);
  const oauth: [string, string][] = [
    ["oauth_consumer_key", "ck"],
    ["oauth_nonce", "n0nce"],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", "1700000000"],
    ["oauth_token", "tk"],
    ["oauth_version", "1.0"],
  ];

  it("signs form body parameters, including repeated names and reserved characters", () => {
    const form: [string, string][] = [["b", "x y+z/é"], ["a", "2"], ["a", "1"]];
    const h = headerParams(authorizationHeader({ method: "POST", url: "https://api.x.com/p?q=%2B1", form, consumer, token }, clock));
    expect(h.oauth_signature).toBe(referenceSignature("POST", "https://api.x.com/p", [...oauth, ["q", "+1"], ...form], "cs", "ts"));
    // and the form is part of it: without it the signature differs
    expect(h.oauth_signature).not.toBe(referenceSignature("POST", "https://api.x.com/p", [...oauth, ["q", "+1"]], "cs", "ts"));
  });

  it("does not sign a JSON body: the signature only depends on method, URL and oauth params", () => {
    const h = headerParams(authorizationHeader({ method: "post", url: "https://api.x.com/2/tweets", consumer, token }, clock));
    expect(h.oauth_signature).toBe(referenceSignature("POST", "https://api.x.com/2/tweets", oauth, "cs", "ts"));
  });

  it("keeps the & of the key when there is no token secret yet", () => {
    const h = headerParams(authorizationHeader({ method: "POST", url: "https://api.x.com/oauth/request_token", consumer, protocolParams: { oauth_callback: "oob" } }, clock));
    const params = oauth.filter(([k]) => k !== "oauth_token");
    expect(h.oauth_signature).toBe(referenceSignature("POST", "https://api.x.com/oauth/request_token", [...params, ["oauth_callback", "oob"]], "cs", ""));
  });

  it("refuses protocol parameters in the query or the body (RFC 5849 3.5: header only)", () => {
    expect(() => authorizationHeader({ method: "POST", url: "https://api.x.com/oauth/access_token?oauth_verifier=1", consumer })).toThrow(/oauth_verifier/);
    expect(() => authorizationHeader({ method: "POST", url: "https://api.x.com/x", form: [["oauth_callback", "oob"]], consumer })).toThrow(/oauth_callback/);
  });

  it("uses a fresh crypto nonce and the real clock by default, and puts only oauth_* in the header", () => {
    const before = Math.floor(Date.now() / 1000);
    const a = headerParams(authorizationHeader({ method: "GET", url: "https://api.x.com/2/users/me?x=1", consumer, token }));
    const b = headerParams(authorizationHeader({ method: "GET", url: "https://api.x.com/2/users/me?x=1", consumer, token }));
    expect(a.oauth_nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(a.oauth_nonce).not.toBe(b.oauth_nonce);
    expect(Number(a.oauth_timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(a.oauth_timestamp)).toBeLessThanOrEqual(before + 2);
    expect(Object.keys(a).every((k) => k.startsWith("oauth_"))).toBe(true);
    expect(a.oauth_signature_method).toBe("HMAC-SHA1");
  });

  it("never puts a secret in the header and does not touch the caller's objects", () => {
    const request: SignRequest = { method: "POST", url: "https://api.x.com/a?b=c", form: [["d", "e"]], consumer: { key: "ck", secret: "consumer-SECRET" }, token: { key: "tk", secret: "token-SECRET" }, protocolParams: { oauth_verifier: "v" } };
    const snapshot = structuredClone(request);
    const header = authorizationHeader(request, clock);
    expect(header).not.toContain("SECRET");
    expect(request).toEqual(snapshot);
  });
});

describe("encodeForm", () => {
  it("uses RFC 3986 encoding (space is %20, reserved characters escaped)", () => {
    expect(encodeForm([["a b", "c+d&e=f*!"]])).toBe("a%20b=c%2Bd%26e%3Df%2A%21");
  });
});
