// Subcommand dispatch for the release-tweet CLI; each subcommand module is loaded on demand.
import { standardIo, type CliIo } from "./io.js";

const USAGE = `Usage: release-tweet <command> [options]

Commands:
  preview     Show the exact posts for a release's notes, without posting
  authorize   Get access tokens for your X account (or Bluesky, Mastodon with --network) and save
              them as GitHub secrets

Options:
  -v, --version   Print the version of release-tweet
  -h, --help      Show this help

Run 'release-tweet <command> --help' for a command's options.
No command, or an unknown one, prints this to stderr and exits with status 2.`;

export async function runCli(argv: string[], io: CliIo = standardIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "preview":
      return (await import("./preview.js")).runPreview(rest, io);
    case "authorize":
      return (await import("./authorize.js")).runAuthorize(rest, io);
    case "-h":
    case "--help":
    case "help":
      io.out(USAGE);
      return 0;
    case "-v":
    case "--version":
      io.out((await import("./version.js")).packageVersion());
      return 0;
    // Usage errors exit 2, like a subcommand's bad arguments; the usage goes to stderr, not into a pipe.
    case undefined:
      io.err(USAGE);
      return 2;
    default:
      io.err(`Unknown command '${command}'.\n\n${USAGE}`);
      return 2;
  }
}
