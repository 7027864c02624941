import { listResponsesForExport } from '@/db/queries/results';
import { getSettings } from '@/db/queries/settings';
import { exportResponse } from '@/server/results/request';

export const dynamic = 'force-dynamic';

/** The period's anonymous responses in the import format; comments only when asked (managers and admins). */
export async function GET(request: Request) {
  return exportResponse(request, async ({ params, period, db }) => {
    const comments = params.get('comments') === '1';
    const rows = listResponsesForExport(db, period, getSettings(db).minCellSize, comments);
    return {
      name: 'vaerdig-besvarelser',
      sheets: [{ name: 'responses', rows }],
      csv: rows,
      audit: { target: 'responses', details: { comments, rows: rows.length - 1 } },
    };
  });
}
