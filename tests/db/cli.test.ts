import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { consumeApiToken } from '@/db/queries/api-tokens';
import { getTokenState } from '@/db/queries/invitations';
import { createAuth } from '@/server/auth/auth';
import { hashToken, normalizeCode } from '@/lib/tokens';
import { tempDir } from '../support/db';
import { runScript } from '../support/run-script';
import { dateInWords } from '@/lib/dates';
import { parseCsv } from '@/lib/csv';

let dir: string;
let env: NodeJS.ProcessEnv;
const run = (script: string, args: string[] = []) => runScript(`scripts/${script}.ts`, args, { env });
const lastLine = (text: string) => text.trim().split('\n').pop()!;
const withDb = <T>(fn: (db: Db) => T): T => {
  const db = openDatabase(path.join(dir, 'cli.db'));
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
};

beforeAll(() => {
  dir = tempDir('cli');
  env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'cli.db')}` };
  const migrated = run('migrate');
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('command line', () => {
  it('user:create prints a one-time password alone on the last line, and it signs in', async () => {
    const result = run('user-create', ['--email', 'ny@kommune.dk', '--name', 'Ny Person', '--role', 'manager']);
    expect(result.status).toBe(0);
    const password = lastLine(result.stdout);
    expect(password).toMatch(/^\S{16,}$/);
    const db = openDatabase(path.join(dir, 'cli.db'));
    try {
      const signedIn = await createAuth(db).api.signInEmail({ body: { email: 'ny@kommune.dk', password } });
      expect(signedIn.user).toMatchObject({ email: 'ny@kommune.dk', role: 'manager' });
      // It is one-time: to be changed at first sign-in, and void after 72 hours.
      const row = db.$client
        .prepare("SELECT one_time_password_expires_at AS until FROM user WHERE email = 'ny@kommune.dk'")
        .get() as { until: number };
      expect(Math.abs(row.until - (Date.now() + 72 * 60 * 60 * 1000))).toBeLessThan(60_000);
    } finally {
      db.$client.close();
    }
  });

  it('user:create refuses a bad role or a weak password with exit code 2', () => {
    expect(run('user-create', ['--email', 'x@kommune.dk', '--name', 'X', '--role', 'boss']).status).toBe(2);
    const weak = run('user-create', [
      '--email',
      'y@kommune.dk',
      '--name',
      'Y',
      '--role',
      'admin',
      '--password',
      'password1234',
    ]);
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('password refused');
  });

  it('token:create prints a working API token alone on the last line', () => {
    const result = run('token-create', ['--name', 'Økonomi BI']);
    expect(result.status).toBe(0);
    const token = lastLine(result.stdout);
    expect(withDb((db) => consumeApiToken(db, token))).toMatchObject({ name: 'Økonomi BI' });
  });

  it('invite prints url,code,expires_at CSV with working codes', () => {
    const result = run('invite', ['--group', 'integration', '--count', '3', '--base-url', 'https://survey.example/']);
    expect(result.status).toBe(0);
    const [header, ...rows] = result.stdout.trim().split(/\r?\n/);
    expect(header).toBe('url,code,expires_at,expires');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [url, code, expires, inWords] = parseCsv(row, ',')[0]!;
      expect(url).toBe(`https://survey.example/s/${code}`);
      expect(new Date(expires!).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
      // The day in Danish words, in Copenhagen: "1. januar 2027".
      expect(inWords).toBe(dateInWords(new Date(expires!), 'da'));
      expect(inWords).toMatch(/^\d{1,2}\. [a-z]+ \d{4}$/);
      expect(withDb((db) => getTokenState(db, normalizeCode(code!)!))).toBe('open');
    }
  });

  it('invite takes every citizen language: links under its prefix, the day in its words', () => {
    for (const language of ['uk', 'ar', 'let'] as const) {
      const result = run('invite', [
        '--group',
        'integration',
        '--count',
        '1',
        '--language',
        language,
        '--base-url',
        'https://survey.example',
      ]);
      expect(result.status, result.stderr).toBe(0);
      const [url, code, expires, inWords] = parseCsv(result.stdout.trim().split(/\r?\n/)[1]!, ',')[0]!;
      expect(url).toBe(`https://survey.example/${language}/s/${code}`);
      expect(inWords).toBe(dateInWords(new Date(expires!), language));
      const stored = withDb((db) =>
        db.$client
          .prepare('SELECT language FROM invitations WHERE token_hash = ?')
          .get(hashToken(normalizeCode(code!)!)),
      );
      expect(stored).toEqual({ language });
    }
    const refused = run('invite', ['--group', 'dagpenge', '--count', '1', '--language', 'fr']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--language must be da, en, uk, ar, let');
  });

  it('invite refuses an unknown group and a bad count', () => {
    expect(run('invite', ['--group', 'nope', '--count', '1']).status).toBe(2);
    expect(run('invite', ['--group', 'dagpenge', '--count', 'x']).status).toBe(2);
    expect(run('invite', ['--group', 'dagpenge']).status).toBe(2);
  });
});
