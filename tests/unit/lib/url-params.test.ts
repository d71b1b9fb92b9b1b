import { describe, expect, it } from 'vitest';
import { fragmentId, readQuery, safeDecode } from '../../../src/lib/url-params.ts';

describe('safeDecode', () => {
  const cases: [string, string, string | null][] = [
    ['plain text as is', 'ballot', 'ballot'],
    ['UTF-8 escapes decoded', '%D0%9A%D0%B0%D0%B7', 'Каз'],
    ['a truncated UTF-8 sequence is malformed', '%E0%A4%A', null],
    ['a byte that starts no UTF-8 character is malformed', '%FF', null],
    ['an encoded lone surrogate is malformed', '%ED%A0%80', null],
    ['a lone percent sign stays a percent sign', '77.5%', '77.5%'],
    ['a percent sign before non-hex stays', '%ZZ', '%ZZ'],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(safeDecode(input)).toBe(expected));
});

describe('fragmentId', () => {
  it('names the element of a fragment', () => expect(fragmentId('#p-57')).toBe('p-57'));
  it('decodes an escaped fragment', () => expect(fragmentId('#caf%C3%A9')).toBe('café'));
  it('is null without a fragment', () => {
    expect(fragmentId('')).toBeNull();
    expect(fragmentId('#')).toBeNull();
  });
  it('is null for a malformed fragment, and never throws', () => expect(fragmentId('#%E0%A4%A')).toBeNull());
});

describe('readQuery', () => {
  it('reads parameters as URLSearchParams does', () => {
    const search = '?q=ballot+box%20stuffing&kind=recommendation&highlight=a&highlight=b&empty=&flag';
    expect([...readQuery(search)]).toEqual([...new URLSearchParams(search)]);
  });

  it('leaves out a parameter whose value or name is malformed, and keeps the others', () => {
    expect([...readQuery('?highlight=%E0%A4%A&highlight=ballot&q=%FF&%E0=x&kind=footnote')]).toEqual([
      ['highlight', 'ballot'],
      ['kind', 'footnote'],
    ]);
  });

  it('keeps a literal percent sign, as the URL standard does', () => {
    expect(readQuery('?q=77.5%').get('q')).toBe('77.5%');
  });

  it('reads an empty query as no parameters', () => {
    expect([...readQuery('')]).toEqual([]);
    expect([...readQuery('?')]).toEqual([]);
  });
});
