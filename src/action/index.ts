// The Action's entry point: it only starts the run.
import { run } from "./main.js";

await run();
