// The runner's HTTP proxy (HTTPS_PROXY/HTTP_PROXY, NO_PROXY) for every fetch of the Action's process, through Node's
// own proxy support: no proxy library in the bundle. An Action cannot start Node with NODE_USE_ENV_PROXY, so the
// same switch is made at run time with http.setGlobalProxyFromEnv (Node 24.x; feature-detected).
// node:http (with net and the stream stack) is loaded only when a proxy is set: a dry run or a direct post never
// pays for it at start-up (~3-15 ms).

const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

type SetGlobalProxyFromEnv = (env: NodeJS.ProcessEnv) => unknown;

/**
 * Sends this process's fetch calls through the proxy that `env` names, if any.
 * Returns a warning for the log when a proxy is set but this Node cannot use it (the calls then go direct).
 */
export function routeThroughProxy(env: NodeJS.ProcessEnv): string | undefined {
  const variable = PROXY_VARIABLES.find((name) => env[name]);
  if (variable === undefined) return undefined;
  const http: { setGlobalProxyFromEnv?: SetGlobalProxyFromEnv } = process.getBuiltinModule("node:http");
  const setGlobalProxyFromEnv = http.setGlobalProxyFromEnv;
  if (typeof setGlobalProxyFromEnv !== "function") {
    return `${variable} is set, but Node.js ${process.version} cannot send fetch requests through a proxy at run time; connecting directly.`;
  }
  setGlobalProxyFromEnv(env);
  return undefined;
}
