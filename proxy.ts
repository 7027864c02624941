import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

const intl = createMiddleware(routing);

/** A survey post is a few kilobytes; anything this large is refused before it is read. */
const MAX_FORM_BYTES = 64 * 1024;

const tooLargePage = {
  da: ['Formularen er for stor', 'Det, du sendte, var for stort til at blive gemt. Intet er gemt. Gå tilbage, forkort din kommentar, og prøv igen.'],
  en: ['The form is too large', 'What you sent was too large to be saved. Nothing was saved. Go back, shorten your comment and try again.'],
} as const;

function tooLarge(request: NextRequest): NextResponse {
  const locale = request.nextUrl.pathname.startsWith('/en/') ? 'en' : 'da';
  const [heading, text] = tooLargePage[locale];
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}</title></head><body><main><h1>${heading}</h1><p>${text}</p></main></body></html>`;
  return new NextResponse(html, {
    status: 413,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' },
  });
}

export default function proxy(request: NextRequest) {
  if (request.method === 'POST' && Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) {
    return tooLarge(request);
  }
  return intl(request);
}

export const config = {
  // Everything except API routes, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
