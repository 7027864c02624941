import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const noStore = [{ key: 'Cache-Control', value: 'no-store' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    serverActions: {
      // The survey form is a few kilobytes; anything far larger is hostile.
      bodySizeLimit: '100kb',
    },
  },
  async headers() {
    return [
      // Survey pages show personal state (a token's status): never cache them anywhere.
      { source: '/s/:path*', headers: noStore },
      { source: '/en/s/:path*', headers: noStore },
    ];
  },
};

export default withNextIntl(nextConfig);
