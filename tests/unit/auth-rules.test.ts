import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';
import { passwordProblem } from '@/lib/auth/passwords';
import { hasRole, isRole } from '@/lib/auth/roles';
import { copenhagenDate, copenhagenMidnight, dateInWords } from '@/lib/dates';

describe('roles', () => {
  it('each role includes the one before', () => {
    expect(hasRole('admin', 'manager')).toBe(true);
    expect(hasRole('admin', 'caseworker')).toBe(true);
    expect(hasRole('manager', 'caseworker')).toBe(true);
    expect(hasRole('manager', 'admin')).toBe(false);
    expect(hasRole('caseworker', 'manager')).toBe(false);
  });

  it('knows nothing of other roles', () => {
    expect(isRole('user')).toBe(false);
    expect(hasRole('user', 'caseworker')).toBe(false);
    expect(hasRole(null, 'caseworker')).toBe(false);
  });
});

describe('passwords', () => {
  it('needs at least 12 characters', () => {
    expect(passwordProblem('Kort-ord-9')).toBe('passwordTooShort');
    expect(passwordProblem('x'.repeat(129))).toBe('passwordTooLong');
  });

  it("refuses common passwords and the person's own details", () => {
    expect(passwordProblem('password1234')).toBe('passwordCommon');
    expect(passwordProblem('qwertyuiop12')).toBe('passwordCommon');
    expect(passwordProblem('123456789012')).toBe('passwordCommon');
    expect(passwordProblem('jobcenter2023')).toBe('passwordCommon');
    expect(passwordProblem('annasorensen1', ['anna.sorensen@kommune.dk', 'Anna Sorensen'])).toBe('passwordCommon');
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('korrekt hest batteri hæfteklamme')).toBeNull();
    expect(passwordProblem('Korrekt-Hest-Batteri-42')).toBeNull();
  });
});

describe('clientAddress', () => {
  const headers = (value?: string) => new Headers(value ? { 'x-forwarded-for': value } : {});

  it('takes the address the nearest hop saw: the last in X-Forwarded-For', () => {
    expect(clientAddress(headers('203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(headers('6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9');
    expect(clientAddress(headers('6.6.6.6 ,  203.0.113.9 '))).toBe('203.0.113.9');
  });

  it('has a fallback when there is none', () => {
    expect(clientAddress(headers())).toBe('unknown');
  });
});

describe('Copenhagen days', () => {
  it('starts a winter day at 23:00 UTC and a summer day at 22:00 UTC', () => {
    expect(copenhagenMidnight('2023-01-15').toISOString()).toBe('2023-01-14T23:00:00.000Z');
    expect(copenhagenMidnight('2023-07-01').toISOString()).toBe('2023-06-30T22:00:00.000Z');
    expect(copenhagenMidnight('2023-03-31', 1).toISOString()).toBe('2023-03-31T22:00:00.000Z');
  });

  it('writes the day in words in Copenhagen, in the language of the letter', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    expect(dateInWords(new Date('2026-12-31T23:30:00Z'), 'da')).toBe('1. januar 2027');
    expect(dateInWords(new Date('2026-12-31T23:30:00Z'), 'en')).toBe('1 January 2027');
    expect(dateInWords(new Date('2026-07-15T12:00:00Z'), 'da')).toBe('15. juli 2026');
  });

  it('names the day in Copenhagen', () => {
    expect(copenhagenDate(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(copenhagenDate(new Date('2023-06-30T21:59:59Z'))).toBe('2023-06-30');
  });
});
