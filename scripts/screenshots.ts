/**
 * Takes screenshots of pages of a running site at phone and desktop widths, for looking at what
 * we make. Debian's Chromium, driven by playwright-core.
 *
 *   node scripts/screenshots.ts [--base http://127.0.0.1:4321] [--out /tmp/shots] [--dark] PATH...
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    out: { type: 'string', default: '/tmp/shots' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});

const WIDTHS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    const page = await browser.newPage({ viewport, colorScheme: values.dark ? 'dark' : 'light' });
    for (const path of positionals) {
      await page.goto(`${values.base}${path}`, { waitUntil: 'networkidle' });
      const file = `${values.out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}${values.dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
