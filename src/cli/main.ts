// Subcommand dispatch for the release-tweet CLI; each subcommand module is loaded on demand.
import { standardIo, type CliIo } from "./io.js";

const USAGE = `Usage: release-tweet <command> [options]

Commands:
  preview     Show the exact posts for a release's notes, without posting
  authorize   Get access tokens for your X account and save them as GitHub secrets

Run 'release-tweet <command> --help' for a command's options.`;

export async function runCli(argv: string[], io: CliIo = standardIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "preview":
      return (await import("./preview.js")).runPreview(rest, io);
    case "authorize":
      return (await import("./authorize.js")).runAuthorize(rest, io);
    case undefined:
    case "-h":
    case "--help":
    case "help":
      io.out(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.err(`Unknown command '${command}'.\n\n${USAGE}`);
      return 1;
  }
}
