import { countDistribution } from '@/db/queries/results';
import { buildAllBreakdowns } from '@/server/results/report';
import { resultTables } from '@/server/results/export-tables';
import { exportWords } from '@/server/results/export-words';
import { exportResponse } from '@/server/results/request';

export const dynamic = 'force-dynamic';

/** The results of a period as XLSX (a sheet per table) or CSV, in Danish or English (`lang`); managers and admins. */
export async function GET(request: Request) {
  return exportResponse(request, async ({ locale, period, db }) => {
    const { results, breakdowns } = buildAllBreakdowns(db, period);
    const distribution = results.responses >= results.minCellSize ? countDistribution(db, period) : null;
    const words = await exportWords(db, locale);
    const { sheets, csv } = await resultTables(locale, words, { period, results, breakdowns, distribution });
    return { name: 'vaerdig-resultater', sheets, csv, audit: { target: 'results' } };
  });
}
