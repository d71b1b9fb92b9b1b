/**
 * The security policy every page states in a `<meta>` tag: what may run and load on it. The hash
 * of each inline script is computed here, at build time, from the very text the page carries.
 */
import { createHash } from 'node:crypto';

/** The reader's choice of theme, applied before the first paint (no flash of the other theme). */
export const THEME_SCRIPT = `try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

/** The CSP source that allows one inline script: `'sha256-…'` of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What a page runs besides its own script files. */
export interface PolicyOptions {
  /** The texts of the page's inline scripts. */
  inlineScripts: readonly string[];
  /** Whether the page runs Pagefind, whose search compiles WebAssembly. */
  wasm?: boolean;
}

/**
 * The Content-Security-Policy of a page: everything from the site itself; scripts from its files
 * and the inline scripts named by hash; WebAssembly only where Pagefind runs; no plugins, no
 * `<base>` elsewhere, forms only to the site. (frame-ancestors has no effect in a meta tag: see public/_headers.)
 */
export function contentSecurityPolicy({ inlineScripts, wasm = false }: PolicyOptions): string {
  const scripts = ["'self'", ...inlineScripts.map(scriptHash), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return ["default-src 'self'", `script-src ${scripts.join(' ')}`, "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ');
}

/**
 * Links to other sites send only this site's origin, never the page or its `?q=` search; links within
 * the site send the whole address. (no-referrer would hide even the origin from the sites the report cites.)
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
