import { chromium } from 'playwright-core';
const [, , url, out, w, h, dark, y] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: dark === 'dark' ? 'dark' : 'light' });
await page.goto(url, { waitUntil: 'load' });
if (y) await page.evaluate((y) => window.scrollTo(0, +y), y);
await page.waitForTimeout(200);
await page.screenshot({ path: out });
await browser.close();
