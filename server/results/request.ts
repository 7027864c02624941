import 'server-only';
import { getDb, type Db } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { CSV_TYPE, toExcelCsv, toXlsx, XLSX_TYPE, type Cell, type Sheet } from '@/lib/spreadsheet';
import { DEFAULT_LOCALE, isStaffLocale, STAFF_LOCALES, type StaffLocale } from '@/lib/locales';
import { authoriseApi } from '../auth/api';
import {
  lastCompleteQuarter,
  parsePeriod,
  PERIOD_ERROR_MESSAGES,
  quarterPeriod,
  type ResultPeriod,
} from '@/lib/periods';

/** The period of an API or export request, or a 400 answer saying what is wrong. */
export function periodFromRequest(
  params: URLSearchParams,
): { ok: true; period: ResultPeriod } | { ok: false; response: Response } {
  const parsed = parsePeriod(
    { quarter: params.get('quarter'), year: params.get('year'), from: params.get('from'), to: params.get('to') },
    () => quarterPeriod(lastCompleteQuarter()),
  );
  return parsed.ok ? parsed : { ok: false, response: badRequest(PERIOD_ERROR_MESSAGES[parsed.error]) };
}

export const badRequest = (message: string) => Response.json({ error: message }, { status: 400 });

/** A file download that is never cached. */
export function download(body: string | Buffer, type: string, fileName: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** What both export handlers read: the format (xlsx by default), the language (da by default) and the period. */
function exportRequest(
  request: Request,
):
  | { ok: true; params: URLSearchParams; format: 'xlsx' | 'csv'; locale: StaffLocale; period: ResultPeriod }
  | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') return { ok: false, response: badRequest('format must be xlsx or csv') };
  const locale = params.get('lang') ?? DEFAULT_LOCALE;
  if (!isStaffLocale(locale)) return { ok: false, response: badRequest(`lang must be ${STAFF_LOCALES.join(' or ')}`) };
  const parsed = periodFromRequest(params);
  return parsed.ok ? { ok: true, params, format, locale, period: parsed.period } : parsed;
}

type ExportFile = {
  /** The file's name before the period, e.g. `vaerdig-resultater`. */
  name: string;
  sheets: Sheet[];
  /** The same tables as one CSV table. */
  csv: Cell[][];
  audit: { target: string; details?: Record<string, unknown> };
};

/**
 * Both export downloads in one order: a manager's or admin's session (never an API token) →
 * the format, the language and the period → the file, written to the audit log → XLSX or CSV
 * (numbers written for Excel in that language), never cached.
 */
export async function exportResponse(
  request: Request,
  make: (input: { params: URLSearchParams; locale: StaffLocale; period: ResultPeriod; db: Db }) => Promise<ExportFile>,
): Promise<Response> {
  const auth = await authoriseApi(request, 'manager');
  if (!auth.ok) return auth.response;
  const parsed = exportRequest(request);
  if (!parsed.ok) return parsed.response;
  const { params, format, locale, period } = parsed;
  const db = getDb();
  const file = await make({ params, locale, period, db });
  audit(db, auth.caller.actor, 'export', file.audit.target, {
    format,
    lang: locale,
    from: period.from,
    to: period.to,
    ...file.audit.details,
  });
  const fileName = `${file.name}-${period.from}-${period.to}.${format}`;
  return format === 'xlsx'
    ? download(await toXlsx(file.sheets), XLSX_TYPE, fileName)
    : download(toExcelCsv(file.csv, locale), CSV_TYPE, fileName);
}
