/** The policy every built page states: a Content-Security-Policy that names its inline scripts by hash, and a referrer policy. */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { builtPages, readPage, select, selectAll } from './dist.ts';

/** The directives of a policy, name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The text of an element's children, as the browser hashes it. */
const textIn = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

describe.each(builtPages())('%s', (path) => {
  const page = readPage(path);
  const head = select('head', page)!;
  const metas = head.children.filter((c): c is Element => c.type === 'element');
  const policy = String(select('meta[http-equiv="Content-Security-Policy"]', head)?.properties.content ?? '');

  it('states the policy right after the charset, before anything it governs', () => {
    expect(metas[0].properties.charSet).toBe('utf-8');
    expect(metas[1].properties.httpEquiv).toEqual(['Content-Security-Policy']);
    expect(select('meta[name="referrer"]', head)?.properties.content).toBe('strict-origin-when-cross-origin');
  });

  it('allows only the site itself, its inline scripts by hash, and WebAssembly where Pagefind runs', () => {
    const d = directives(policy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    const inline = selectAll('script:not([src])', page).map(textIn);
    const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    const wasm = path === 'search/index.html' ? ["'wasm-unsafe-eval'"] : [];
    expect(d.get('script-src')).toEqual(["'self'", ...hashes, ...wasm]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
  });

  it('has no inline style or event-handler attribute, which the policy would block', () => {
    const attributes = selectAll('*', page).flatMap((element) =>
      Object.keys(element.properties).filter((name) => name === 'style' || /^on[A-Z]/.test(name)),
    );
    expect(attributes).toEqual([]);
  });
});
