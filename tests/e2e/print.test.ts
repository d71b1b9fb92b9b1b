import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../scripts/pipeline/number-paragraphs.ts';
import { realReport } from '../report.ts';
import { launchBrowser, openPage } from './browser.ts';

const report = realReport();
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'print-'));
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page printed to an A4 PDF by Chromium: its number of pages and its text (poppler's pdfinfo and pdftotext, from Debian). */
async function print(path: string): Promise<{ pages: number; text: string }> {
  const { page } = await openPage(browser, path);
  const file = join(dir, `${path.replace(/\W+/g, '_') || 'home'}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

describe('printing', () => {
  it('a chapter prints in at most 8 A4 pages, with every ¶ number, printed page and note number', async () => {
    const { pages, text } = await print('/sections/election-day/');
    expect(pages).toBeLessThanOrEqual(8);
    const chapter = report.sections.filter((s) => s.slug === 'election-day' || s.parent === 'election-day');
    for (const p of chapter.flatMap(paragraphsOf)) expect(text, `¶ ${p.n}`).toMatch(new RegExp(`¶${p.n} pp?\\. ${p.pages!.from}`));
    for (const f of report.footnotes.filter((f) => chapter.some((s) => s.slug === f.section))) {
      expect(text, `footnote ${f.number}`).toMatch(new RegExp(`^\\s*${f.number} \\S`, 'm'));
    }
    // No interface: no buttons, no navigation, no search.
    expect(text).not.toMatch(/Copy link|Search the report|Skip to content/);
    // Each sheet numbered, "1 / 4".
    expect(text).toMatch(new RegExp(`1 ?/ ?${pages}`));
  });

  it('every other page type prints without interface chrome, the address of the page on its first sheet', async () => {
    for (const path of ['/', '/recommendations/7/', '/results/', '/about/']) {
      const { pages, text } = await print(path);
      expect(pages, path).toBeGreaterThan(0);
      expect(text, path).not.toMatch(/Copy citation|Search the report|Skip to content/);
      expect(text, path).toContain(`example.org${path}`);
    }
  }, 120_000);
});

describe('citing a chapter, or the paragraph the address points to', () => {
  it("the chapter is cited with its printed pages; #p-104 cites ¶ 104 on its page, with its link and the reader's date", async () => {
    const { page, problems } = await openPage(browser, '/sections/election-day/');
    expect(await page.locator('#cite-heading').innerText()).toBe('Cite this chapter');
    expect(await page.locator('#citation-text').innerText()).toMatch(
      /, Warsaw, 4 October 2019, chapter XIII, pp\. 21–24\. Accessed \d+ \w+ \d{4}\.$/,
    );
    await page.locator('#p-104 a.pnum').click();
    await expect.poll(() => page.locator('#cite-heading').innerText()).toBe('Cite ¶ 104');
    expect(await page.locator('#citation-text').innerText()).toContain(", ¶ 104 (this site's numbering), p. 22.");
    expect(await page.locator('#citation-link').innerText()).toMatch(/\/sections\/election-day\/#p-104$/);
    // The formats cite the paragraph too: files of their own, fetched when it is targeted, that read back with its page.
    await expect.poll(() => page.locator('#citation-ris').innerText()).toContain("N1  - ¶ 104 (this site's numbering)");
    expect(await page.locator('#citation-ris').innerText()).toContain('SP  - 22');
    expect(await page.locator('a[data-cite-file=".bib"]').getAttribute('href')).toMatch(/\/cite\/odihr2019kazakhstan-p104\.bib$/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
