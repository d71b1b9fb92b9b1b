import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseReport } from '../pipeline/parse-report.ts';
import { toContentFiles } from '../pipeline/to-markdown.ts';
import type { ReportSettings } from '../../src/schemas/settings.ts';

/** Milliseconds, with the step's name. */
export interface Timing {
  step: string;
  ms: number;
}

/** The median of some numbers. */
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Time of the parser's pure pipeline on the real report, in this process: the median of `runs`. */
export function timeParse(source: string, settings: ReportSettings, runs = 5): number {
  const bytes = readFileSync(source);
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      toContentFiles(parseReport(bytes, settings));
      return performance.now() - start;
    }),
  );
}

/** Runs one step as a child process (as `npm run build` does), failing loudly, and times it. */
function timeStep(step: string, args: string[]): Timing {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_BUILD: '1' },
  });
  if (run.status !== 0) throw new Error(`${step} failed:\n${run.stderr}${run.stdout}`);
  return { step, ms: performance.now() - start };
}

/** The steps of `npm run build`, each timed, then their total: the full build. */
export function timeFullBuild(): Timing[] {
  const steps = [
    timeStep('parse the report into content/ (CLI: read, parse, validate, write)', ['scripts/build-content.ts']),
    timeStep('Astro build', ['scripts/build-site.ts']),
    timeStep('check that nothing of the report is lost', ['scripts/verify-site.ts']),
    timeStep('Pagefind index', ['scripts/index-search.ts']),
  ];
  return [...steps, { step: 'full build (parse + Astro + check + Pagefind)', ms: steps.reduce((sum, s) => sum + s.ms, 0) }];
}
