import { getDb } from '@/db/client';
import { audit } from '@/db/queries/audit';
import { BREAKDOWNS, isBreakdown } from '@/lib/results/types';
import { authoriseApi } from '@/server/auth/api';
import { buildResults } from '@/server/results/report';
import { badRequest, periodFromRequest } from '@/server/results/request';

export const dynamic = 'force-dynamic';

const KNOWN = new Set(['from', 'to', 'quarter', 'year', 'by']);

/** The five goals for a period, optionally broken down: DESIGN.md "Interfaces other systems rely on". */
export async function GET(request: Request) {
  const auth = await authoriseApi(request, 'manager', { tokens: true });
  if (!auth.ok) return auth.response;

  const params = new URL(request.url).searchParams;
  const unknown = [...params.keys()].filter((key) => !KNOWN.has(key));
  if (unknown.length) return badRequest(`unknown parameter: ${unknown.join(', ')}`);
  const parsed = periodFromRequest(params);
  if (!parsed.ok) return parsed.response;
  const by = params.get('by');
  if (by !== null && !isBreakdown(by)) return badRequest(`by must be one of ${BREAKDOWNS.join(', ')}`);

  const db = getDb();
  const results = buildResults(db, parsed.period, by ?? undefined);
  const details = { from: parsed.period.from, to: parsed.period.to, ...(by ? { by } : {}) };
  if (auth.caller.kind === 'token') audit(db, auth.caller.actor, 'api_token_used', auth.caller.tokenName, details);
  else audit(db, auth.caller.actor, 'api_results', null, details);
  return Response.json(results);
}
