import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createInvitations } from '@/db/queries/invitations';
import { formatCode } from '@/lib/tokens';

/** A fresh database with `count` open invitations; returns the file and their codes. */
export function databaseWithCodes(dir: string, count: number): { file: string; codes: string[] } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'vaerdig.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  const codes = createInvitations(db, { targetGroup: 'dagpenge', channel: 'cli', count }).map(({ token }) =>
    formatCode(token),
  );
  db.$client.close();
  return { file, codes };
}

export const tempDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vaerdig-${name}-`));

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export type Outcome = 'thanks' | 'answered' | 'try_again' | `status_${number}`;

/**
 * Answers the survey the way a browser without JavaScript does: reads the form's
 * hidden fields from the page, posts them with the answers, and reads the answer.
 * Throws when the connection fails (the server was killed).
 */
export async function submitWithoutJs(baseUrl: string, code: string, comment: string): Promise<Outcome> {
  const page = await fetch(`${baseUrl}/s/${code}`, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) return `status_${page.status}`;
  if (!html.includes('name="token"')) return 'answered';
  const form = new FormData();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g))
    form.append(decode(match[1]!), decode(match[2] ?? ''));
  form.append('clear_purpose', '4');
  form.append('comment', comment);
  const response = await fetch(`${baseUrl}/s/${code}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { Origin: baseUrl },
  });
  const location = response.headers.get('location') ?? '';
  if (response.status === 303 && location.endsWith('/s/tak')) return 'thanks';
  if (response.status === 303 && location.includes(`/s/${code}`)) return 'answered';
  const body = await response.text();
  if (response.status === 200 && body.includes('Vi kunne ikke gemme dit svar')) return 'try_again';
  return `status_${response.status}`;
}

/** Straight from the file: responses per comment, answered invitations, and SQLite's own check. */
export function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      byComment: db.prepare('SELECT comment, COUNT(*) AS n FROM responses GROUP BY comment').all() as {
        comment: string;
        n: number;
      }[],
      responses: (db.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n,
      spent: (db.prepare('SELECT COUNT(*) AS n FROM invitations WHERE answered = 1').get() as { n: number }).n,
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}
