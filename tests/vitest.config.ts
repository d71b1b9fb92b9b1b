import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Files that build a whole site (Astro, Pagefind) into a temporary folder. Astro's builds share its
 * cache in node_modules/.astro, so these run one at a time, beside the browser files.
 */
const BUILDS = [
  'tests/e2e/build-errors.test.ts',
  'tests/e2e/determinism.test.ts',
  'tests/e2e/links-base-path.test.ts',
  'tests/e2e/variants.test.ts',
];

/**
 * Three projects: `unit` (parser, plugins, helpers; no build needed), `e2e` (the built dist/ in
 * Chromium and on disk) and `e2e-build` (second builds of the site). The two e2e projects run at once.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    reporters: ['default', './tests/slowest-files-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: BUILDS,
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Browser files wait on the browser more than they compute: two at a time on two cores.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-build',
          include: BUILDS,
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One build at a time: they share Astro's cache.
          fileParallelism: false,
        },
      },
    ],
  },
});
