import { describe, expect, it } from 'vitest';
import { missingPageMatcher, readRouteTable } from '@/scripts/lib/not-found';

/** A route table in the shape `next build` writes it, with a few of the app's routes. */
const TABLE = {
  staticRoutes: [
    { page: '/_not-found', regex: '^/_not\\-found(?:/)?$' },
    { page: '/api/health', regex: '^/api/health(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/[locale]', regex: '^/([^/]+?)(?:/)?$' },
    { page: '/[locale]/privatliv', regex: '^/([^/]+?)/privatliv(?:/)?$' },
    { page: '/[locale]/s/[token]', regex: '^/([^/]+?)/s/([^/]+?)(?:/)?$' },
    { page: '/[locale]/log-ind', regex: '^/([^/]+?)/log\\-ind(?:/)?$' },
  ],
};

const matcher = () => missingPageMatcher(TABLE);

describe('the paths no page answers', () => {
  it('are those no route takes, in every language', () => {
    const isMissing = matcher();
    for (const missing of [
      '/findes-ikke',
      '/en/nothing',
      '/uk/privatliv/x',
      '/s/ABCD/more',
      '/xx/privatliv',
      '/robots.txt',
    ])
      expect(isMissing(missing), missing).toBe(true);
  });

  it('never include a page, nor anything Next answers before routing or redirects', () => {
    const isMissing = matcher();
    const pages = ['/', '/en', '/privatliv', '/ar/privatliv', '/s/ABCD-EFGH', '/let/s/x', '/uk/log-ind'];
    const others = [
      '/da/findes-ikke',
      '/findes-ikke/',
      '//findes-ikke',
      '/%ZZ',
      '/api/nothing',
      '/_next/static/x.js',
      '/_not-found',
      '/_global-error',
      '/favicon.ico',
      '/icon.svg',
      '/EN/privatliv',
      '/Ar/s',
      '/en\\privatliv',
      '/en/../privatliv',
      '/./privatliv',
      '/uk/admin/findes-ikke',
    ];
    for (const path of [...pages, ...others]) expect(isMissing(path), path).toBe(false);
  });

  it('is nothing at all without a route table', () => {
    expect(readRouteTable('/no/such/routes-manifest.json')).toBeNull();
  });
});
