import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/** A port nobody listens on now, so that several checkouts can run their tests at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Serves the built dist/ (run `npm run build` first) for the browser tests, on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ is missing or has no search index: run `npm run build` before the browser tests');
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: await freePort() } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${process.env.BASE ?? '/'}`.replace(/\/$/, ''));
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
