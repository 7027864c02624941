import { describe, expect, it } from 'vitest';
import { ConfigurationError, env, setting } from '@/lib/env';

describe('configuration', () => {
  it('reads every setting with its default', () => {
    expect(env({})).toMatchObject({ ALLOWED_ORIGINS: [], IMPORT_MAX_ROWS: 100_000 });
    expect(env({}).PUBLIC_BASE_URL).toBeUndefined();
    expect(setting('ALLOWED_ORIGINS', { ALLOWED_ORIGINS: ' https://a.dk, ,b.dk ' })).toEqual(['https://a.dk', 'b.dk']);
    expect(setting('PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'https://vaerdig.ltk.dk//' })).toBe('https://vaerdig.ltk.dk');
  });

  it('names a bad setting, never its value, and a bad one stops only what reads it', () => {
    const source = { IMPORT_MAX_ROWS: 'mange', BETTER_AUTH_SECRET: 'hemmelig' };
    expect(() => setting('IMPORT_MAX_ROWS', source)).toThrow(ConfigurationError);
    expect(() => setting('IMPORT_MAX_ROWS', source)).toThrow(/IMPORT_MAX_ROWS/);
    expect(setting('BETTER_AUTH_SECRET', source)).toBe('hemmelig');
    expect(() => env({ PUBLIC_BASE_URL: 'not a url' })).toThrow(/^Invalid configuration: PUBLIC_BASE_URL/);
    expect(() => env({ DATABASE_MAX_SIZE_MB: 'lots' })).not.toThrow(/lots/);
  });
});
