import { describe, expect, it } from 'vitest';
import da from '@/messages/da.json';
import en from '@/messages/en.json';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('messages', () => {
  it('da.json and en.json have the same keys', () => {
    expect(keys(da).sort()).toEqual(keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [file, messages] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const empty = keys(messages).filter(
        (key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) === '',
      );
      expect(empty, file).toEqual([]);
    }
  });
});
