#!/usr/bin/env node
// The release-tweet command: dispatches to a subcommand, each loaded only when used.
import { runCli } from "./main.js";

process.exitCode = await runCli(process.argv.slice(2));
