import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../../src/lib/content-security.ts';

describe('content security policy', () => {
  it("hashes a script's exact text as CSP writes it (the value openssl gives)", () => {
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('alert(1) ')).not.toBe(scriptHash('alert(1)'));
  });

  it('names inline scripts by hash, and allows WebAssembly only when asked', () => {
    expect(contentSecurityPolicy({ inlineScripts: ['alert(1)'] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(contentSecurityPolicy({ inlineScripts: [], wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
