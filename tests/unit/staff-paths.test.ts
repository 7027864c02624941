import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAFF_SECTIONS, staffPathInDanish } from '@/lib/staff-paths';

describe('staff paths in languages staff pages do not have', () => {
  it('lead to the Danish page', () => {
    expect(staffPathInDanish('/uk/log-ind')).toBe('/log-ind');
    expect(staffPathInDanish('/ar/admin/teams/nord')).toBe('/admin/teams/nord');
    expect(staffPathInDanish('/let/resultater')).toBe('/resultater');
  });

  it('are left alone in Danish and English, and citizen paths in every language', () => {
    for (const path of ['/log-ind', '/en/log-ind', '/uk/s', '/ar/privatliv', '/let', '/uk/log-indx', '/uk']) {
      expect(staffPathInDanish(path), path).toBeNull();
    }
  });

  it('cover every folder of the staff pages', () => {
    const folders = fs
      .readdirSync('app/[locale]/(staff)', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...STAFF_SECTIONS].sort()).toEqual(folders.sort());
  });
});
