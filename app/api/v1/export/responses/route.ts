import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { listResponsesForExport } from '@/db/queries/results';
import { getSettings } from '@/db/queries/settings';
import { authoriseApi } from '@/server/auth/api';
import { download, exportRequest } from '@/server/results/request';
import { CSV_TYPE, toExcelCsv, toXlsx, XLSX_TYPE } from '@/lib/spreadsheet';

export const dynamic = 'force-dynamic';

/** The period's anonymous responses in the import format; comments only when asked (managers and admins). */
export async function GET(request: Request) {
  const auth = await authoriseApi(request, 'manager');
  if (!auth.ok) return auth.response;

  const parsed = exportRequest(request);
  if (!parsed.ok) return parsed.response;
  const { params, format, period } = parsed;
  const comments = params.get('comments') === '1';

  const db = getDb();
  const rows = listResponsesForExport(db, period, getSettings(db).minCellSize, comments);
  audit(db, auth.caller.actor, 'export', 'responses', {
    format,
    comments,
    from: period.from,
    to: period.to,
    rows: rows.length - 1,
  });

  const fileName = `vaerdig-besvarelser-${period.from}-${period.to}.${format}`;
  return format === 'xlsx'
    ? download(await toXlsx([{ name: 'responses', rows }]), XLSX_TYPE, fileName)
    : download(toExcelCsv(rows), CSV_TYPE, fileName);
}
