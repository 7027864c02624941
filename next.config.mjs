import createNextIntlPlugin from 'next-intl/plugin';

// Kept in step with lib/security-headers.ts, which the proxy uses for pages.
const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
];

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `NEXT_OUTPUT=standalone npm run build` makes .next/standalone/server.js for production (README).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    serverActions: {
      // Batch files are the largest posts; the proxy holds survey posts to 64 KB.
      bodySizeLimit: '1mb',
      // Behind a reverse proxy whose public host differs from the Host header Next sees.
      allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/^https?:\/\//, ''))
        .filter(Boolean),
    },
  },
  async headers() {
    return [
      // Pages get these and a nonce-based policy from proxy.ts; this covers API routes and files.
      { source: '/:path*', headers: common },
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
