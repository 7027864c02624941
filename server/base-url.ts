import 'server-only';
import { setting } from '@/lib/env';

/** The site's public address for links in invitations: PUBLIC_BASE_URL, else the request's own host. */
export function publicBaseUrl(headers: Headers): string {
  const configured = setting('PUBLIC_BASE_URL');
  if (configured) return configured;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}
