// A setup file of every test file (vitest.config.ts): whatever the file made with makeTempDir is removed when it ends.
import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dir.js";

afterAll(() => removeTempDirs());
