export async function register() {
  // Migrations run once at server start, in the Node.js runtime only.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb, migrateDatabase } = await import('./db/client');
    migrateDatabase(getDb());
  }
}
