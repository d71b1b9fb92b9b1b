import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Lighthouse categories the budget covers, with the names the table prints. */
export const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };

/** Scores (0–100) by category, and the audits that cost points, for a failing budget to name. */
export interface LighthouseResult {
  scores: Record<keyof typeof CATEGORIES, number>;
  lost: string[];
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/** Runs the Lighthouse CLI (its default: a mid-range phone, simulated slow 4G) on a URL with Debian's Chromium. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kz-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    const args = ['node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', `--output-path=${out}`];
    args.push('--chrome-flags=--headless=new --no-sandbox --disable-gpu', `--only-categories=${Object.keys(CATEGORIES).join(',')}`);
    const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
    const code = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, args, { env, stdio: 'inherit' }).on('close', resolve),
    );
    if (code !== 0) throw new Error(`lighthouse ${url} exited with ${code}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const scores = Object.fromEntries(
      Object.keys(CATEGORIES).map((id) => [id, Math.round((report.categories[id].score ?? 0) * 100)]),
    ) as LighthouseResult['scores'];
    // The weighted audits that did not score full marks: what to fix to reach 100.
    const lost = Object.keys(CATEGORIES).flatMap((id) =>
      report.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${id}: ${report.audits[ref.id].title} ${report.audits[ref.id].displayValue ?? ''}`.trim()),
    );
    return { scores, lost };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
