/**
 * Runs `astro build --force`, passing its output through, and fails when Astro logged an error:
 * Astro's content loaders log a file they cannot load (and leave it out of the site) but exit 0.
 *
 *   node scripts/build-site.ts [astro build options, e.g. --outDir DIR]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const astro = 'node_modules/astro/bin/astro.mjs';
// --force: Astro's content cache keys rendered Markdown on the content, not on the plugins.
const child = spawn(process.execPath, [astro, 'build', '--force', ...process.argv.slice(2)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});

const errors: string[] = [];
for (const [stream, out] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
] as const) {
  createInterface({ input: stream }).on('line', (line) => {
    out.write(`${line}\n`);
    // Astro prefixes its log lines with the level ("[ERROR] [glob-loader] …").
    if (/\[ERROR\]/.test(line)) errors.push(line.replace(/\x1b\[[0-9;]*m/g, '').trim());
  });
}

child.on('close', (code) => {
  if (code !== 0) {
    process.exitCode = code ?? 1;
  } else if (errors.length > 0) {
    console.error(`build-site: Astro logged ${errors.length} error(s); the site would lack what they name:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
  }
});
