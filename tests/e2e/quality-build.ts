import { spawnSync } from 'node:child_process';

/**
 * The environment `npm run build` would have, as a local build: Vitest puts Vite's own variables
 * (BASE_URL, MODE, NODE_ENV=test…) into the environment, and Astro would build with them.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !/^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/.test(key));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', LOCAL_BUILD: '1', ...env };
}

/**
 * Builds the site into another folder than dist/ (Astro, the check, the Pagefind index, the .br/.gz copies), the way
 * `npm run build` does after parsing, so a gate can check a second build without touching dist/.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, { compress = true } = {}): void {
  const options = { encoding: 'utf8' as const, env: buildEnv(env) };
  // The steps of `npm run build` after the parse: Astro (failing on a logged error), the check that nothing is lost, the index,
  // the precompressed copies.
  const steps = [
    ['scripts/build-site.ts', '--outDir', outDir],
    ['scripts/verify-site.ts', '--site', outDir],
    ['scripts/index-search.ts', '--site', outDir],
    ...(compress ? [['scripts/compress-site.ts', '--site', outDir]] : []),
  ];
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, options);
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stderr}${run.stdout}`);
  }
}
