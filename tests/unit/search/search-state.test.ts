import { describe, expect, it } from 'vitest';
import { hasSearch, paramsFromState, stateFromParams } from '../../../src/scripts/search-state.ts';

describe('a search in the URL', () => {
  it('reads the words and the filters, trimmed, and ignores other parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=%20defamation%20&kind=recommendation&priority=yes&highlight=x&chapter='));
    expect(state).toEqual({ q: 'defamation', filters: { kind: 'recommendation', priority: 'yes' } });
  });

  it('writes them back in a fixed order, without empty parameters', () => {
    const params = paramsFromState({ q: 'ballot box stuffing', filters: { priority: 'yes', kind: 'recommendation', chapter: '' } });
    expect(params.toString()).toBe('q=ballot+box+stuffing&kind=recommendation&priority=yes');
  });

  it('round-trips', () => {
    const query = 'q=%22Nur+Otan%22&kind=footnote&chapter=media';
    expect(paramsFromState(stateFromParams(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('a filter alone is a search; nothing at all is not', () => {
    expect(hasSearch(stateFromParams(new URLSearchParams('kind=footnote')))).toBe(true);
    expect(hasSearch(stateFromParams(new URLSearchParams('q=%20%20')))).toBe(false);
  });
});
