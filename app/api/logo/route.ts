import { getDb } from '@/db/client';
import { getLogo, getOrganisation } from '@/db/queries/settings';
import { defaultLogoSvg } from '@/lib/logo';
import { LOGO_CSP } from '@/lib/security-headers';

export const dynamic = 'force-dynamic';

/**
 * The municipality's logo for the citizens' header and the printed cards (public, like the
 * pages that show it). An upload is stored only as a checked PNG (server/logo.ts); without one,
 * the name as text in an SVG of our own. Nothing in either may run or load anything.
 */
export function GET(request: Request) {
  const db = getDb();
  const logo = getLogo(db);
  const versioned = new URL(request.url).searchParams.get('v') === logo?.version;
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': LOGO_CSP,
    // A versioned address never changes its content; the bare one may, after an upload.
    'Cache-Control': logo && versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    'Content-Disposition': 'inline',
  };
  if (logo) {
    return new Response(new Uint8Array(logo.png), { headers: { ...headers, 'Content-Type': 'image/png' } });
  }
  return new Response(defaultLogoSvg(getOrganisation(db).name), {
    headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
