import fs from 'node:fs';
import path from 'node:path';
import { createInvitations } from '../../db/queries/invitations';
import { formatCode } from '../../lib/tokens';
import { withDatabase } from './cli';

/** A fresh database `name` in `dir` with `count` open invitations; returns the file and their printed codes. */
export async function databaseWithCodes(
  dir: string,
  count: number,
  name = 'vaerdig.db',
): Promise<{ file: string; codes: string[] }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const codes: string[] = [];
  await withDatabase((db) => {
    for (let made = 0; made < count; made += 10_000) {
      const batch = createInvitations(db, {
        targetGroup: 'dagpenge',
        channel: 'cli',
        count: Math.min(10_000, count - made),
      });
      for (const { token } of batch) codes.push(formatCode(token));
    }
  }, file);
  return { file, codes };
}
