const DAY_MS = 24 * 60 * 60 * 1000;

export async function register() {
  // Migrations run once at server start, in the Node.js runtime only.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb, migrateDatabase } = await import('./db/client');
    const { purge } = await import('./db/queries/follow-up');
    const { getSettings } = await import('./db/queries/settings');
    const { failInterruptedJobs } = await import('./db/queries/mail-jobs');
    migrateDatabase(getDb());
    failInterruptedJobs(getDb());
    // Privacy housekeeping at start and then once a day; counts only in the log.
    const runPurge = () => {
      try {
        const db = getDb();
        console.log(JSON.stringify({ event: 'purge', ...purge(db, getSettings(db).retentionMonths) }));
      } catch (error) {
        console.error(JSON.stringify({ event: 'purge_failed', code: (error as { code?: string }).code ?? 'unknown' }));
      }
    };
    runPurge();
    setInterval(runPurge, DAY_MS).unref();
  }
}
