import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A commit's date and short hash, from git: the same for every build of the same commit, so builds stay reproducible. */
export interface Revision {
  date: string;
  commit: string;
}

/** The last commit that changed some paths (or any, without paths), or nothing outside a git checkout. */
export function lastRevision(paths: string[] = []): Revision | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs %h', '--', ...paths], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [date, commit] = out.split(' ');
    return date && commit ? { date, commit } : undefined;
  } catch {
    return undefined;
  }
}

/** The code's licence, as package.json names it. */
export function codeLicence(): string | undefined {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string }).license;
}
