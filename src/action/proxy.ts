// The runner's HTTP proxy (HTTPS_PROXY/HTTP_PROXY, NO_PROXY) for every fetch of the Action's process, through Node's
// own proxy support: no proxy library in the bundle. An Action cannot start Node with NODE_USE_ENV_PROXY, so the
// same switch is made at run time with http.setGlobalProxyFromEnv (Node 24.x; feature-detected).
// node:http (with net and the stream stack) is loaded only when a proxy is set: a dry run or a direct post never
// pays for it at start-up (~3-15 ms).

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

type SetGlobalProxyFromEnv = (env: NodeJS.ProcessEnv) => unknown;

function nodeProxySetter(): SetGlobalProxyFromEnv | undefined {
  const http: { setGlobalProxyFromEnv?: SetGlobalProxyFromEnv } = process.getBuiltinModule("node:http");
  return typeof http.setGlobalProxyFromEnv === "function" ? http.setGlobalProxyFromEnv.bind(http) : undefined;
}

/**
 * Sends this process's fetch calls through the proxy that `env` names, if any. Returns a warning for the log when a
 * proxy is set but cannot be used (the calls then go direct). Warnings name the variable, never its value: a proxy
 * URL may carry a password.
 */
export function routeThroughProxy(env: NodeJS.ProcessEnv, setGlobalProxy: () => SetGlobalProxyFromEnv | undefined = nodeProxySetter): string | undefined {
  const variable = PROXY_VARIABLES.find((name) => env[name]?.trim());
  if (variable === undefined) return undefined;
  const setter = setGlobalProxy();
  if (setter === undefined) {
    return `${variable} is set, but Node.js ${process.version} cannot send fetch requests through a proxy at run time; connecting directly.`;
  }
  const proxyEnv = { ...env };
  for (const name of PROXY_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    // "proxy.corp:3128" without a scheme is common on runners; curl and @actions/http-client read it as http://.
    const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    const url = URL.parse(withScheme);
    if (url === null || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
      return `${name} is not a proxy URL Node.js can use (expected http://host:port); connecting directly.`;
    }
    proxyEnv[name] = withScheme;
  }
  try {
    setter(proxyEnv);
  } catch {
    return `${variable} could not be used as a proxy by Node.js ${process.version} (expected http://host:port); connecting directly.`;
  }
  return undefined;
}
