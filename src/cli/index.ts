#!/usr/bin/env node
// The release-tweet command: dispatches to a subcommand, each loaded only when used.
import { endQuietlyOnClosedPipes } from "./io.js";
import { runCli } from "./main.js";

endQuietlyOnClosedPipes();
process.exitCode = await runCli(process.argv.slice(2));
