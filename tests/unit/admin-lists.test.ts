import { describe, expect, it } from 'vitest';
import { filterReferences, peopleFilter, peopleQuery, referenceFilter } from '@/lib/admin-lists';
import { pageOf } from '@/lib/paging';
import { queryOf } from '@/lib/search-params';

describe('paging', () => {
  it('counts pages of 50 from 1, and shows the last page for a number past the end', async () => {
    expect(pageOf(undefined, 0)).toEqual({ page: 1, pages: 1, offset: 0, size: 50 });
    expect(pageOf('2', 300)).toEqual({ page: 2, pages: 6, offset: 50, size: 50 });
    expect(pageOf('99', 101)).toMatchObject({ page: 3, pages: 3, offset: 100 });
    for (const bad of ['0', '-1', '1.5', 'x', '']) expect(pageOf(bad, 300).page).toBe(1);
    // A repeated ?side= counts its first value.
    expect(pageOf((await queryOf(Promise.resolve({ side: ['3', '4'] }))).side, 300).page).toBe(3);
  });
});

describe('the people filter', () => {
  it('reads the Danish parameters and ignores anything else', () => {
    expect(
      peopleFilter({ q: '  Anna ', rolle: 'manager', team: 'nord', status: 'deaktiveret', tofaktor: 'nej' }),
    ).toEqual({ text: 'Anna', role: 'manager', team: 'nord', disabled: true, twoFactor: false });
    expect(peopleFilter({ rolle: 'boss', team: 'Nord; DROP', status: 'x', tofaktor: 'maybe' })).toEqual({
      text: '',
      role: undefined,
      team: undefined,
      disabled: undefined,
      twoFactor: undefined,
    });
    expect(peopleFilter({ team: '-', status: 'aktiv', tofaktor: 'ja' })).toMatchObject({
      team: null,
      disabled: false,
      twoFactor: true,
    });
    expect(peopleFilter({ q: 'x'.repeat(500) }).text).toHaveLength(100);
  });

  it('goes back to the same parameters, only those set', () => {
    const params = { q: 'Anna', rolle: 'admin', team: '-', status: 'aktiv', tofaktor: 'nej' };
    expect(peopleQuery(peopleFilter(params))).toEqual(params);
    expect(peopleQuery(peopleFilter({}))).toEqual({});
  });
});

describe('the target group and team filter', () => {
  const rows = [
    { key: 'dagpenge', names: ['Forsikrede ledige', 'Insured unemployed'], retired: false },
    { key: 'other', names: ['Andre', 'Other'], retired: true },
    { key: 'oest', names: ['Team Øst'], retired: false },
  ];

  it('finds the text in the key or any name, whatever the case, and filters status', () => {
    expect(filterReferences(rows, referenceFilter({ q: 'INSURED' })).map((r) => r.key)).toEqual(['dagpenge']);
    expect(filterReferences(rows, referenceFilter({ q: 'øst' })).map((r) => r.key)).toEqual(['oest']);
    expect(filterReferences(rows, referenceFilter({ q: 'oth' })).map((r) => r.key)).toEqual(['other']);
    expect(filterReferences(rows, referenceFilter({ status: 'udgaaet' })).map((r) => r.key)).toEqual(['other']);
    expect(filterReferences(rows, referenceFilter({ status: 'aktiv' }))).toHaveLength(2);
    expect(filterReferences(rows, referenceFilter({}))).toHaveLength(3);
  });
});
