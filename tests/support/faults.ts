import Database from 'better-sqlite3';

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
