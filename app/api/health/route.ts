import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

/** Answers 200 when the database can be read, 503 otherwise. */
export function GET() {
  try {
    getDb().$client.prepare('SELECT 1').get();
    return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'error', database: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
