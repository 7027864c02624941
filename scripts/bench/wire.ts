import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../lib/chromium';

/**
 * What a first visit costs on the wire, measured in a real browser with an empty cache: every
 * response's bytes as transferred (compressed body and headers), by kind. Chromium from Debian
 * when it is there, else Playwright's own; null when neither can start (the row says so).
 */

export type Wire = {
  label: string;
  html: number;
  js: number;
  css: number;
  fonts: number;
  other: number;
  total: number;
};

const KIND: Record<string, keyof Omit<Wire, 'label' | 'total'>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'fonts',
};

export async function wireWeights(url: string, pages: { label: string; path: string }[]): Promise<Wire[] | null> {
  let browser;
  try {
    browser = await chromium.launch(chromiumLaunch);
  } catch {
    return null;
  }
  try {
    const weights: Wire[] = [];
    for (const { label, path } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished: Promise<void>[] = [];
      const wire: Wire = { label, html: 0, js: 0, css: 0, fonts: 0, other: 0, total: 0 };
      page.on('requestfinished', (request) => {
        finished.push(
          request.sizes().then((sizes) => {
            const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
            wire[KIND[request.resourceType()] ?? 'other'] += bytes;
            wire.total += bytes;
          }),
        );
      });
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await Promise.all(finished);
      weights.push(wire);
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
