import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { allowedHosts, setting } from './lib/env';
import { API_CSP, COMMON_HEADERS, HSTS } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `NEXT_OUTPUT=standalone npm run build` makes .next/standalone/server.js for production (README).
  ...(setting('NEXT_OUTPUT') === 'standalone' ? { output: 'standalone' } : {}),
  serverExternalPackages: ['better-sqlite3', '@resvg/resvg-js'],
  experimental: {
    serverActions: {
      // Batch files are the largest posts; the proxy holds survey posts to 64 KB.
      bodySizeLimit: '1mb',
      // Behind a reverse proxy whose public host differs from the Host header Next sees.
      allowedOrigins: allowedHosts(),
    },
  },
  async headers() {
    const common = {
      ...COMMON_HEADERS,
      ...(process.env.NODE_ENV === 'production' ? { 'Strict-Transport-Security': HSTS } : {}),
    };
    return [
      // Pages get these and a nonce-based policy from proxy.ts; this covers API routes and files.
      { source: '/:path*', headers: asList(common) },
      // Not the logo, which is public and cached: its route sets its own (a config header would win).
      {
        source: '/api/:path((?!logo$).*)',
        headers: asList({ 'Content-Security-Policy': API_CSP, 'Cache-Control': 'no-store' }),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
