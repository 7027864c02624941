import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import da from '@/messages/da.json';
import { SETTING_KEYS } from '@/lib/settings';
import { LOCALES } from '@/lib/locales';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

/** Every messages file, read from the folder: a language added there is checked without a change here. */
const FILES = Object.fromEntries(
  fs
    .readdirSync('messages')
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join('messages', name), 'utf8'))]),
) as Record<string, Record<string, unknown>>;

const text = (messages: Record<string, unknown>, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);

/**
 * The names an ICU message fills in ({name}, {count, plural, …}, {state, select, …}), read with a
 * small parser of the syntax, so that a branch's text (`=0 {Ingen}`, `empty {er tom}`) is text.
 */
function placeholders(message: unknown): string[] {
  const source = String(message);
  const found = new Set<string>();
  let at = 0;
  // Text until the closing brace of the branch it is in (or the end); arguments inside it.
  const text = (): void => {
    while (at < source.length && source[at] !== '}') {
      if (source[at] === '{') argument();
      else at += 1;
    }
  };
  const argument = (): void => {
    at += 1; // {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(source.slice(at))!;
    found.add(head[1]!);
    at += head[0].length;
    if (head[2] && ['plural', 'select', 'selectordinal'].includes(head[2])) {
      at += 1; // the comma before the branches
      while (at < source.length && source[at] !== '}') {
        if (source[at] === '{') {
          at += 1;
          text();
          at += 1; // the branch's }
        } else at += 1; // selector words, offsets
      }
    } else {
      while (at < source.length && source[at] !== '}') at += 1; // a format: {n, number}
    }
    at += 1; // }
  };
  text();
  return [...found].sort();
}

describe('messages', () => {
  it('are read from a file for every language, Danish among them', () => {
    expect(Object.keys(FILES)).toContain('da');
    expect(Object.keys(FILES).length).toBeGreaterThan(1);
    // Every language the site offers has its file.
    for (const locale of LOCALES) expect(Object.keys(FILES)).toContain(locale);
  });

  for (const [file, messages] of Object.entries(FILES)) {
    if (file === 'da') continue;
    it(`${file}.json has the same keys as da.json, with the same placeholders`, () => {
      expect(keys(messages).sort()).toEqual(keys(da).sort());
      for (const key of keys(da))
        expect(placeholders(text(messages, key)), `${file}: ${key}`).toEqual(placeholders(text(da, key)));
    });
  }

  it('have no empty text', () => {
    for (const [file, messages] of Object.entries(FILES)) {
      const empty = keys(messages).filter((key) => text(messages, key) === '');
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
