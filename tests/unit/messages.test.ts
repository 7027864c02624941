import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import { SETTING_KEYS } from '@/lib/settings';

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

/** The source that may use messages: everything but tests. */
function sourceText(): string {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
    });
  return ['app', 'components', 'server', 'lib', 'i18n', 'scripts']
    .flatMap(walk)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('message keys in use', () => {
  const source = sourceText();
  // Every string literal, and every template literal's fixed start before its first `${`.
  const literals = new Set([...source.matchAll(/(['"`])([A-Za-z0-9_.]+)\1/g)].map((match) => match[2]!));
  const prefixes = [...source.matchAll(/`([A-Za-z0-9_.]*)\$\{/g)].map((match) => match[1]!);
  const suffixes = [...source.matchAll(/`\$\{\w+\}([A-Za-z0-9_.]+)`/g)].map((match) => match[1]!);
  const titled = new Set([...source.matchAll(/titleFrom\('(\w+)'\)/g)].map((match) => `${match[1]}.title`));
  // The settings page labels each setting by its key (lib/settings.ts).
  const settings = new Set(SETTING_KEYS.map((key) => `AdminSettings.${key}`));

  /** A key is used when some tail of its path is written out, or a template literal builds it. */
  const used = (key: string) => {
    if (titled.has(key) || settings.has(key)) return true;
    const parts = key.split('.');
    return parts.some((_, i) => {
      const tail = parts.slice(i).join('.');
      return (
        literals.has(tail) ||
        prefixes.some((prefix) => prefix !== '' && tail.startsWith(prefix)) ||
        suffixes.some((suffix) => tail.endsWith(suffix) && literals.has(tail.slice(0, -suffix.length)))
      );
    });
  };

  it('has no key that no code uses', () => {
    expect(keys(da).filter((key) => !used(key))).toEqual([]);
  });
});
