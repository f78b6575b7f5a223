// The plugin's log has no raw control character and no line a GitHub runner would obey, whatever X answers: a hostile
// username, error details with line breaks, workflow commands, ESC and BEL (issue 16 item 4). The real X client talks
// to the loopback fake X; "the log" is every logger line plus what semantic-release prints of a thrown error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORKFLOW_COMMAND } from "../../src/core/workflow-commands.js";
import * as steps from "../../src/plugin/steps.js";
import { XClient } from "../../src/x/client.js";
import { startFakeX, type Fault, type FakeX } from "../support/fake-x.js";
import { pluginContext, settle } from "../reliability/harness.js";

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const HOSTILE = [
  "line one\n::set-output name=tweet-url::https://evil.example",
  "\u001b]8;;https://evil.example/\u0007Click here\u001b]8;;\u0007 \u001b[2J\u0007",
  "##[error]forged annotation\r\n  ::add-mask::nothing\u009b31m",
  "::stop-commands::abc\u2028::error::after a Unicode line separator",
];

/** What semantic-release prints of a failure: `code message` for each error, then its details (Markdown). */
function printedError(error: unknown): string {
  const errors = error instanceof AggregateError ? (error.errors as unknown[]) : [error];
  return errors
    .map((e) => {
      const { code, message, details } = e as { code?: string; message: string; details?: string };
      return `${code ?? ""} ${message}\n${details ?? ""}`;
    })
    .join("\n");
}

function expectSafeLog(where: string, log: string): void {
  expect(RAW_CONTROL.exec(log)?.[0], `${where}: a raw control character in the log`).toBeUndefined();
  const obeyed = log.split("\n").filter((line) => WORKFLOW_COMMAND.test(line));
  expect(obeyed, `${where}: lines a runner would obey`).toEqual([]);
}

let x: FakeX;
beforeAll(async () => {
  x = await startFakeX();
});
afterAll(async () => {
  await x.close();
});

// No waiting between retries: a 5xx is tried three times.
const deps: steps.Deps = {
  createDispatcher: steps.defaultDeps.createDispatcher,
  createClient: (options) => new XClient({ ...options, sleep: () => Promise.resolve() }),
};

async function logOf(run: (context: ReturnType<typeof pluginContext>["context"]) => Promise<unknown>): Promise<{ log: string; ok: boolean }> {
  const { context, logger } = pluginContext(x);
  const settled = await settle(run(context));
  const lines = logger.lines.map((line) => line.text);
  return { log: [...lines, settled.ok ? "" : printedError(settled.error)].join("\n"), ok: settled.ok };
}

describe("verifyConditions with verifyCredentials: X's username", () => {
  it.each(HOSTILE)("%j is never printed raw", async (username) => {
    x.username = username;
    try {
      const { log, ok } = await logOf((context) => steps.verifyConditions({ verifyCredentials: true }, context, deps));
      expect(ok).toBe(true);
      expect(log).toContain("X credentials work: release-tweet will post as the account of these credentials");
      expectSafeLog(JSON.stringify(username), log);
    } finally {
      x.username = "release_bot";
    }
  });

  it("a valid handle is named as @handle (the check above is not vacuous)", async () => {
    const { log } = await logOf((context) => steps.verifyConditions({ verifyCredentials: true }, context, deps));
    expect(log).toContain("will post as @release_bot.");
  });
});

describe("X's error details", () => {
  const answers = (detail: string): [string, Fault[]][] => [
    ["403 problem+json detail", [{ status: 403, body: { title: "Forbidden", type: "about:blank", status: 403, detail } }]],
    ["400 v1.1 errors", [{ status: 400, body: { errors: [{ code: 44, message: detail }, { message: detail }] } }]],
    ["429 usage cap", [{ status: 429, body: { title: "UsageCapExceeded", type: "https://api.twitter.com/2/problems/usage-capped", detail } }]],
    ["500 ×3", Array.from({ length: 3 }, () => ({ status: 500, body: { title: detail, status: 500 } }))],
    ["418 with only a title", [{ status: 418, body: { title: detail } }]],
  ];
  const cases = HOSTILE.flatMap((detail) => answers(detail).map(([name, faults]) => ({ name: `${name}: ${JSON.stringify(detail)}`, faults })));

  it.each(cases)("success, $name", async ({ name, faults }) => {
    x.clearFaults();
    x.enqueue(...faults);
    const { log, ok } = await logOf((context) => steps.success({}, context, deps));
    expect(ok).toBe(false);
    expect(log).toContain("only its announcement on X failed");
    expectSafeLog(name, log);
  });

  it.each(cases)("verifyConditions, $name", async ({ name, faults }) => {
    x.clearFaults();
    x.enqueue(...faults);
    const { log, ok } = await logOf((context) => steps.verifyConditions({ verifyCredentials: true }, context, deps));
    expect(ok).toBe(false);
    expectSafeLog(name, log);
  });

  it("the details reach the message, cleaned (the checks above are not vacuous)", async () => {
    x.clearFaults();
    x.enqueue({ status: 403, body: { title: "Forbidden", detail: HOSTILE[0] } });
    const { log } = await logOf((context) => steps.success({}, context, deps));
    expect(log).toContain("X refused the request: line one ::set-output name=tweet-url::https://evil.example (POST");
  });
});
