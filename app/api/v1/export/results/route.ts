import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { countDistribution } from '@/db/queries/results';
import { authoriseApi } from '@/server/auth/api';
import { breakdownNames } from '@/server/results/names';
import { buildAllBreakdowns } from '@/server/results/report';
import { resultCsvRows, resultSheets } from '@/server/results/export-tables';
import { download, exportRequest } from '@/server/results/request';
import { CSV_TYPE, toExcelCsv, toXlsx, XLSX_TYPE } from '@/lib/spreadsheet';

export const dynamic = 'force-dynamic';

/** The results of a period as XLSX (a sheet per table) or CSV for Danish Excel; managers and admins. */
export async function GET(request: Request) {
  const auth = await authoriseApi(request, 'manager');
  if (!auth.ok) return auth.response;

  const parsed = exportRequest(request);
  if (!parsed.ok) return parsed.response;
  const { params, format, period } = parsed;
  const locale = params.get('lang') === 'en' ? 'en' : 'da';

  const db = getDb();
  const { results, breakdowns } = buildAllBreakdowns(db, period);
  const distribution = results.responses >= results.minCellSize ? countDistribution(db, period) : null;
  const survey = await getTranslations({ locale, namespace: 'Survey' });
  const names = breakdownNames(db, locale, (key) => survey(`items.meeting_channel.options.${key}`));
  const sheets = await resultSheets(locale, results, breakdowns, distribution, names);
  audit(db, auth.caller.actor, 'export', 'results', { format, from: period.from, to: period.to });

  const fileName = `vaerdig-resultater-${period.from}-${period.to}.${format}`;
  return format === 'xlsx'
    ? download(await toXlsx(sheets), XLSX_TYPE, fileName)
    : download(toExcelCsv(resultCsvRows(sheets)), CSV_TYPE, fileName);
}
