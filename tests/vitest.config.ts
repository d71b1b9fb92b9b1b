import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Two projects: `unit` (parser, plugins, helpers; no build needed) and `e2e` (the built dist/ in Chromium). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser-heavy file at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
