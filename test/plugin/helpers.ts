// Fake semantic-release context, logger and X client for the plugin's unit tests.
import { inspect } from "node:util";
import { format } from "node:util";
import { MockAgent } from "undici";
import type { Env, Logger, StepContext } from "../../src/plugin/context.js";
import type { Client, Deps } from "../../src/plugin/steps.js";
import type { PostResult, XClientOptions } from "../../src/x/client.js";
import { unusedXEndpoints } from "../support/x-client-stubs.js";

export const SECRETS = {
  TWITTER_API_KEY: "unitApiKeyVALUE0001",
  TWITTER_API_SECRET: "unitApiSecretVALUE0002",
  TWITTER_ACCESS_TOKEN: "2222-unitAccessTokenVALUE0003",
  TWITTER_ACCESS_TOKEN_SECRET: "unitTokenSecretVALUE0004",
} as const;

export interface LoggedLine {
  level: keyof Logger;
  text: string;
}

export function fakeLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const record =
    (level: keyof Logger) =>
    (message: string, ...args: unknown[]) => {
      lines.push({ level, text: format(message, ...args) });
    };
  return { lines, log: record("log"), warn: record("warn"), error: record("error"), success: record("success") };
}

export function fakeContext(overrides: Partial<StepContext> = {}): StepContext & { logger: ReturnType<typeof fakeLogger> } {
  return {
    env: { ...SECRETS },
    options: { dryRun: false, repositoryUrl: "https://github.com/acme/rocket.git" },
    branch: { name: "main", type: "release" },
    nextRelease: {
      version: "1.4.0",
      gitTag: "v1.4.0",
      name: "v1.4.0",
      channel: null,
      notes: "### Features\n\n* add lift-off countdown",
    },
    releases: [],
    ...overrides,
    logger: fakeLogger(),
  };
}

export interface SentPost {
  text: string;
  replyTo: string | undefined;
}

/** Answers postTweet from a script (one entry per call, then plain success) and records what was sent. */
export function fakeClient(script: (PostResult | Error)[] = []) {
  const sent: SentPost[] = [];
  const created: XClientOptions[] = [];
  let meCalls = 0;
  let nextId = 1000;
  const client: Client = {
    ...unusedXEndpoints(),
    postTweet(text: string, options: { replyTo?: string } = {}) {
      sent.push({ text, replyTo: options.replyTo });
      const step = script.shift();
      if (step instanceof Error) return Promise.reject(step);
      if (step) return Promise.resolve(step);
      const id = String(nextId++);
      return Promise.resolve({ id, url: `https://x.com/i/status/${id}`, alreadyPosted: false });
    },
    getMe() {
      meCalls++;
      return Promise.resolve({ id: "2222", username: "rocket_releases" });
    },
  };
  // The fake client never uses it; a request that reached it would be a bug.
  const dispatcher = new MockAgent();
  dispatcher.disableNetConnect();
  const dispatcherEnvs: Env[] = [];
  const deps: Deps = {
    createDispatcher: (env) => {
      dispatcherEnvs.push(env);
      return { dispatcher, warning: undefined, route: "direct" };
    },
    createClient: (options) => {
      created.push(options);
      return client;
    },
  };
  return { deps, sent, created, client, dispatcher, dispatcherEnvs, meCalls: () => meCalls };
}

/** Everything a user could see: logged lines and the thrown error with all its properties, causes and sub-errors. */
export function visibleText(lines: LoggedLine[], error?: unknown): string {
  const logged = lines.map((line) => line.text).join("\n");
  const thrown = error === undefined ? "" : inspect(error, { depth: Infinity, showHidden: true });
  return `${logged}\n${thrown}`;
}

export function expectNoSecret(text: string): void {
  for (const value of Object.values(SECRETS)) {
    if (text.includes(value)) throw new Error(`a credential value appears in output: ${value.slice(0, 6)}…`);
  }
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}
