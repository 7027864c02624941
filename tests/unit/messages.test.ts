import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import da from '@/messages/da.json';
import staffDa from '@/messages/staff/da.json';
import { SETTING_KEYS } from '@/lib/settings';
import { LOCALES, STAFF_LOCALES } from '@/lib/locales';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

type Messages = Record<string, unknown>;

/** Every messages file of a folder, read from it: a language added there is checked without a change here. */
const filesIn = (folder: string) =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'))]),
  ) as Record<string, Messages>;

/** The citizens' files (every language) and the staff's (Danish and English), each group against its Danish. */
const GROUPS = [
  { folder: 'messages', files: filesIn('messages'), source: da as Messages, locales: LOCALES },
  { folder: 'messages/staff', files: filesIn('messages/staff'), source: staffDa as Messages, locales: STAFF_LOCALES },
];

const text = (messages: Messages, key: string) =>
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

for (const { folder, files, source, locales } of GROUPS) {
  describe(`messages in ${folder}/`, () => {
    it('are read from a file for every language, Danish among them', () => {
      expect(Object.keys(files)).toContain('da');
      expect(Object.keys(files).length).toBeGreaterThan(1);
      // Every language the site offers has its file, and no file is for a language it does not offer.
      expect(Object.keys(files).sort()).toEqual([...locales].sort());
    });

    for (const [file, messages] of Object.entries(files)) {
      if (file === 'da') continue;
      it(`${file}.json has the same keys as da.json, with the same placeholders`, () => {
        expect(keys(messages).sort()).toEqual(keys(source).sort());
        for (const key of keys(source))
          expect(placeholders(text(messages, key)), `${file}: ${key}`).toEqual(placeholders(text(source, key)));
      });
    }

    it('have no empty text', () => {
      for (const [file, messages] of Object.entries(files)) {
        const empty = keys(messages).filter((key) => text(messages, key) === '');
        expect(empty, file).toEqual([]);
      }
    });
  });
}

it('citizen and staff files never name the same namespace (the request merges them)', () => {
  const shared = Object.keys(da).filter((namespace) => Object.hasOwn(staffDa, namespace));
  expect(shared).toEqual([]);
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
    .concat('proxy.ts')
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
    expect([...keys(da), ...keys(staffDa)].filter((key) => !used(key))).toEqual([]);
  });
});
