import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/** Serves the built dist/ (run `npm run build` first) for the browser tests, on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ is missing or has no search index: run `npm run build` before the browser tests');
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${process.env.BASE ?? '/'}`.replace(/\/$/, ''));
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
