import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

/** html-validate's recommended rules, which include the HTML standard's own, with one exception. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The page's own title comes first and the site's name after it ("XIII. Election Day · Kazakhstan
    // 2019 · ODIHR…"): where a search engine cuts a long title, only the site's name is lost.
    'long-title': 'off',
  },
});

describe('html-validate on every built page: zero errors', () => {
  const pages = builtPages();

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  for (const page of pages) {
    it(page, async () => {
      const report = await validator.validateFile(join('dist', page));
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
      expect(errors).toEqual([]);
    });
  }
});
