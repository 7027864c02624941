import { getTranslations } from 'next-intl/server';
import { countDistribution } from '@/db/queries/results';
import { breakdownNames } from '@/server/results/names';
import { buildAllBreakdowns } from '@/server/results/report';
import { resultCsvRows, resultSheets } from '@/server/results/export-tables';
import { exportResponse } from '@/server/results/request';

export const dynamic = 'force-dynamic';

/** The results of a period as XLSX (a sheet per table) or CSV for Danish Excel; managers and admins. */
export async function GET(request: Request) {
  return exportResponse(request, async ({ params, period, db }) => {
    const locale = params.get('lang') === 'en' ? 'en' : 'da';
    const { results, breakdowns } = buildAllBreakdowns(db, period);
    const distribution = results.responses >= results.minCellSize ? countDistribution(db, period) : null;
    const survey = await getTranslations({ locale, namespace: 'Survey' });
    const names = breakdownNames(db, locale, (key) => survey(`items.meeting_channel.options.${key}`));
    const sheets = await resultSheets(locale, results, breakdowns, distribution, names);
    return { name: 'vaerdig-resultater', sheets, csv: resultCsvRows(sheets), audit: { target: 'results' } };
  });
}
