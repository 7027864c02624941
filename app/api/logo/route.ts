import { getDb } from '@/db/client';
import { getLogo } from '@/db/queries/settings';
import { API_CSP } from '@/lib/security-headers';

export const dynamic = 'force-dynamic';

/**
 * The municipality's uploaded logo for the citizens' header and the printed cards (public, like
 * the pages that show it), always the checked PNG that server/logo.ts stored; 404 without one
 * (the pages then show the name as text).
 */
export function GET(request: Request) {
  const logo = getLogo(getDb());
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': API_CSP };
  if (!logo) return new Response('Not found', { status: 404, headers: { ...headers, 'Cache-Control': 'no-store' } });
  // A versioned address (`?v=`, as the pages link it) never changes its content; the bare one may.
  const versioned = new URL(request.url).searchParams.get('v') === logo.version;
  return new Response(new Uint8Array(logo.png), {
    headers: {
      ...headers,
      'Content-Type': 'image/png',
      'Content-Disposition': 'inline',
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
  });
}
