import { describe, expect, it } from 'vitest';
import { foldName, isFiltering, matchesFilter, readFilter, writeFilter } from '../../../src/lib/observer-filter.ts';
import { listObservers } from '../../../src/lib/observer-list.ts';
import { realReport } from '../../report.ts';

const rows = listObservers(realReport().observers).map((r) => ({ ...r, name: `${r.givenName} ${r.surname}` }));
const none = { group: '', country: '', q: '' };
const GERMAN_CORE = ['Zarona ISMAILOVA'];

describe('filtering the real list of observers', () => {
  it('by group and country: the core team from Germany, everyone from Germany, the OSCE PA, everyone', () => {
    const germanCore = rows.filter((r) => matchesFilter(r, { ...none, group: 'odihr-eom-core-team', country: 'Germany' }));
    expect(germanCore.map((r) => r.name)).toEqual(GERMAN_CORE);
    expect(rows.filter((r) => matchesFilter(r, { ...none, country: 'Germany' }))).toHaveLength(46);
    expect(rows.filter((r) => matchesFilter(r, { ...none, group: 'osce-parliamentary-assembly' }))).toHaveLength(49);
    expect(rows.filter((r) => matchesFilter(r, none))).toHaveLength(334);
  });

  it('by name: any case, accents ignored, every word must match', () => {
    expect(rows.filter((r) => matchesFilter(r, { ...none, q: 'peci' })).map((r) => r.name)).toEqual(['Brunilda PEÇI']);
    expect(rows.filter((r) => matchesFilter(r, { ...none, q: 'urszula gacek' })).map((r) => r.name)).toEqual(['Urszula GACEK']);
    expect(rows.filter((r) => matchesFilter(r, { ...none, q: 'gacek tsereteli' }))).toEqual([]);
  });
});

describe('foldName', () => {
  it('folds case, accents and spaces', () => {
    expect(foldName('  Gudrun   MOSLER-TÖRNSTRÖM ')).toBe('gudrun mosler-tornstrom');
  });
});

describe('the filter in the URL', () => {
  it('reads group, country and q; missing ones filter nothing', () => {
    expect(readFilter(new URLSearchParams('group=odihr-eom-core-team&country=Germany&q=z'))).toEqual({
      group: 'odihr-eom-core-team',
      country: 'Germany',
      q: 'z',
    });
    expect(readFilter(new URLSearchParams(''))).toEqual(none);
    expect(isFiltering(none)).toBe(false);
    expect(isFiltering({ ...none, q: '  ' })).toBe(false);
    expect(isFiltering({ ...none, country: 'Korea' })).toBe(true);
  });

  it('writes only the fields in use, keeping other parameters', () => {
    const params = writeFilter(new URLSearchParams('sort=name&q=old'), { group: '', country: 'Kyrgyz Republic', q: '' });
    expect(params.toString()).toBe('sort=name&country=Kyrgyz+Republic');
  });
});
