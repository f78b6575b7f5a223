// The Action's entry point: it only starts the run.
import { compileRegExpsEagerly } from "../core/regexp-tier.js";
import { run } from "./main.js";

compileRegExpsEagerly();
await run();
