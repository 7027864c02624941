import { listResponsesForExport } from '@/db/queries/results';
import { getSettings } from '@/db/queries/settings';
import { exportWords } from '@/server/results/export-words';
import { exportResponse } from '@/server/results/request';
import { responseTables } from '@/server/results/response-tables';

export const dynamic = 'force-dynamic';

/**
 * The period's anonymous responses in the import format, with a legend in the export's language
 * in the XLSX; comments only when asked (managers and admins).
 */
export async function GET(request: Request) {
  return exportResponse(request, async ({ params, locale, period, db }) => {
    const comments = params.get('comments') === '1';
    const { minCellSize } = getSettings(db);
    const rows = listResponsesForExport(db, period, minCellSize, comments);
    const { sheets, csv } = responseTables(await exportWords(db, locale), rows, minCellSize);
    return {
      name: 'vaerdig-besvarelser',
      sheets,
      csv,
      audit: { target: 'responses', details: { comments, rows: rows.length - 1 } },
    };
  });
}
