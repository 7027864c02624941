export const dynamic = 'force-dynamic';

/** The lightest possible answer from the same server: the baseline `npm run bench` compares submissions with. */
export function GET() {
  return new Response('ok', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
