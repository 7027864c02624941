const DAY_MS = 24 * 60 * 60 * 1000;

export async function register() {
  // Migrations run once at server start, in the Node.js runtime only.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('./db/client');
    const { migrateDatabase } = await import('./db/migrate');
    const { purge } = await import('./db/queries/follow-up');
    const { getSettings } = await import('./db/queries/settings');
    const { failInterruptedJobs } = await import('./db/queries/mail-jobs');
    const { logError, logEvent } = await import('./lib/log');
    const { ConfigurationError, env } = await import('./lib/env');
    try {
      // A bad setting is named in the log at start, not first met by a citizen.
      env();
    } catch (error) {
      logError('configuration_invalid', error, error instanceof ConfigurationError ? { setting: error.setting } : {});
    }
    try {
      migrateDatabase(getDb());
      failInterruptedJobs(getDb());
      logEvent('server_started', { node: process.version });
    } catch (error) {
      // Serve anyway: pages show a clear error and /api/health answers 503 until the database is fixed.
      logError('database_unavailable', error);
    }
    // Privacy housekeeping at start and then once a day; counts only in the log.
    const runPurge = () => {
      try {
        const db = getDb();
        logEvent('purge', purge(db, getSettings(db).retentionMonths));
      } catch (error) {
        logError('purge_failed', error);
      }
    };
    runPurge();
    setInterval(runPurge, DAY_MS).unref();
  }
}
