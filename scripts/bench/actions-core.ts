// Bench entry: load @actions/core as the Action bundles it (its entry also loads an OIDC client and undici 6) and read one input.
import * as core from "@actions/core";

if (core.getInput("bench-probe") !== "") process.exitCode = 1;
