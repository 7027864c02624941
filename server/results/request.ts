import 'server-only';
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

/** What both export handlers read: the format (xlsx by default) and the period. */
export function exportRequest(
  request: Request,
):
  | { ok: true; params: URLSearchParams; format: 'xlsx' | 'csv'; period: ResultPeriod }
  | { ok: false; response: Response } {
  const params = new URL(request.url).searchParams;
  const format = params.get('format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') return { ok: false, response: badRequest('format must be xlsx or csv') };
  const parsed = periodFromRequest(params);
  return parsed.ok ? { ok: true, params, format, period: parsed.period } : parsed;
}
