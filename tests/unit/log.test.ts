import { describe, expect, it } from 'vitest';
import { errorCode, redactPath } from '@/lib/log';

describe('log lines', () => {
  it('never carry a survey token from the path', () => {
    expect(redactPath('/s/ABCD-EFGH-JKMN-PQRS')).toBe('/s/:token');
    expect(redactPath('/en/s/abcdefghjkmnpqrs')).toBe('/en/s/:token');
    expect(redactPath('/EN/s/ABCD-EFGH-JKMN-PQRS')).toBe('/EN/s/:token');
    for (const prefix of ['/uk', '/ar', '/let']) {
      expect(redactPath(`${prefix}/s/ABCD-EFGH-JKMN-PQRS`)).toBe(`${prefix}/s/:token`);
      expect(redactPath(`${prefix}/s/tak`)).toBe(`${prefix}/s/tak`);
    }
    // Not a language: the token is still hidden, the path kept as it is.
    expect(redactPath('/xx/s/ABCD')).toBe('/xx/s/ABCD');
    expect(redactPath('/s/tak')).toBe('/s/tak');
    expect(redactPath('/s')).toBe('/s');
    expect(redactPath('/invitationer/forsendelse/12')).toBe('/invitationer/forsendelse/:id');
  });

  it('name an error by its code, never its message', () => {
    expect(errorCode(Object.assign(new Error('answer: 5'), { code: 'SQLITE_FULL' }))).toBe('SQLITE_FULL');
    expect(errorCode(new TypeError('someone@example.com'))).toBe('TypeError');
    expect(errorCode('x')).toBe('unknown');
  });
});
