import { getDb } from '@/db/client';
import { databaseHealth } from '@/db/queries/health';
import { logError } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** 200 with the migration the database is at when it can be read, written and is up to date; 503 otherwise. */
export function GET() {
  try {
    const health = databaseHealth(getDb());
    const problem = health.pending > 0 ? 'migrations_pending' : !health.writable ? 'read_only' : null;
    const ok = problem === null;
    return Response.json(
      { status: ok ? 'ok' : 'error', database: problem ?? 'ok', ...health },
      { status: ok ? 200 : 503 },
    );
  } catch (error) {
    logError('health_failed', error);
    return Response.json({ status: 'error', database: 'unavailable' }, { status: 503 });
  }
}
