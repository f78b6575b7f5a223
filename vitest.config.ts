import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Removes each test file's temporary directories when the file ends; global-setup checks none is left.
    setupFiles: ["test/support/remove-temp-dirs.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests spawn real processes and servers; two cores, so keep workers modest.
    maxWorkers: 2,
  },
});
