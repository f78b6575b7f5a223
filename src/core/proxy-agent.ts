// The one HTTP dispatcher of every door: undici's EnvHttpProxyAgent over the door's own environment, so HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY mean the same in the Action, the plugin and the CLI on every Node version they run on.
import { EnvHttpProxyAgent, type Dispatcher } from "undici";

type Env = Readonly<Record<string, string | undefined>>;

/** The proxy settings read from an environment; a value is the proxy URL with its scheme, "" when unset. */
export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
  /** Set when a proxy variable holds a value no proxy agent can use: then every request goes direct. */
  warning: string | undefined;
  /** One line for a debug log: which proxy serves what, by host only (a proxy URL may carry a password). */
  route: string;
}

export interface HttpDispatcher {
  dispatcher: Dispatcher;
  warning: string | undefined;
  route: string;
}

// curl's order: the lower-case name first (it is the one curl reads for http://), then the upper-case one.
const HTTP_PROXY = ["http_proxy", "HTTP_PROXY"] as const;
const HTTPS_PROXY = ["https_proxy", "HTTPS_PROXY"] as const;
const NO_PROXY = ["no_proxy", "NO_PROXY"] as const;

function first(env: Env, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/**
 * Reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) from `env`. Pure. "proxy.corp:3128" without a scheme is
 * read as http://, as curl and @actions/http-client do. A value that is not an http(s) URL with a host makes all
 * requests go direct, with a warning that names the variable, never its value.
 */
export function readProxySettings(env: Env): ProxySettings {
  const found = { http: first(env, HTTP_PROXY), https: first(env, HTTPS_PROXY) };
  const noProxy = first(env, NO_PROXY)?.value ?? "";
  const urls: Record<"http" | "https", URL | undefined> = { http: undefined, https: undefined };
  for (const scheme of ["http", "https"] as const) {
    const variable = found[scheme];
    if (variable === undefined) continue;
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(variable.value) ? variable.value : `http://${variable.value}`;
    const url = URL.parse(withScheme);
    if (url === null || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
      return {
        httpProxy: "",
        httpsProxy: "",
        noProxy: "",
        warning: `${variable.name} is not a proxy URL release-tweet can use (expected http://host:port); connecting directly.`,
        route: "direct (a proxy variable is not usable)",
      };
    }
    urls[scheme] = url;
  }
  // As undici does: without HTTPS_PROXY, https:// goes through HTTP_PROXY too.
  const https = urls.https ?? urls.http;
  const via = (url: URL | undefined, name: string | undefined) => (url ? `via ${url.host} (${name})` : "direct");
  const route =
    `http:// ${via(urls.http, found.http?.name)}, https:// ${via(https, (found.https ?? found.http)?.name)}` +
    (noProxy && (urls.http || https) ? `; direct for NO_PROXY hosts (${noProxy})` : "");
  return { httpProxy: urls.http?.href ?? "", httpsProxy: https?.href ?? "", noProxy, warning: undefined, route };
}

/**
 * The dispatcher every request of one door goes through. The settings are passed explicitly ("" for unset), so the
 * door's environment decides (the plugin's context.env), not whatever process.env holds.
 */
export function createDispatcher(env: Env): HttpDispatcher {
  const settings = readProxySettings(env);
  try {
    const dispatcher = new EnvHttpProxyAgent({
      httpProxy: settings.httpProxy,
      httpsProxy: settings.httpsProxy,
      noProxy: settings.noProxy,
    });
    return { dispatcher, warning: settings.warning, route: settings.route };
  } catch {
    // undici refused a proxy URL; its message may quote the URL, password included, so only the names are said.
    const names = [...HTTPS_PROXY, ...HTTP_PROXY].filter((name) => env[name]?.trim()).join(", ");
    return {
      dispatcher: new EnvHttpProxyAgent({ httpProxy: "", httpsProxy: "", noProxy: "" }),
      warning: `${names} could not be used as a proxy (expected http://host:port); connecting directly.`,
      route: "direct (a proxy variable is not usable)",
    };
  }
}
