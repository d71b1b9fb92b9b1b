import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Root URL of the site under test, without a trailing slash. */
export const baseUrl = (): string => inject('baseUrl');

/** Launches Debian's Chromium with the flags that work on this kind of machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records console errors and failed requests, for tests to assert there are none. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number; context?: BrowserContext } = {},
) {
  // A context of its own (axe opens a second page in it), closed with the page; or one the test shares between pages.
  const context =
    options.context ??
    (await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: options.width ?? 1280, height: 900 },
    }));
  const page = await context.newPage();
  // The browser may already be closing when a test's last page closes: nothing is left to close then.
  if (!options.context) page.on('close', () => context.close().catch(() => undefined));
  const problems: string[] = [];
  // The not-found page is meant to answer 404: Chromium logs that as an error, like any 404.
  const expected404 = (url: string) => url.endsWith('/does-not-exist/');
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && !expected404(message.location().url)) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected404(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // The load event: the page and its module scripts have run. (Network idle waits half a second more
  // on every page; a test that needs what loads later waits for the element it needs.)
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

/** The visible text of an element, white space collapsed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
}
