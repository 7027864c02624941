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
  /**
   * For a page used after loading: from the first key (Tab) to the form run by React, with the
   * CPU slowed four times (Lighthouse's phone), in ms.
   */
  readyMs?: number;
};

const KIND: Record<string, keyof Omit<Wire, 'label' | 'total'>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'fonts',
};

/**
 * Each page loaded; one with `firstUse` is then used (a Tab, which loads a kept survey page's
 * scripts: scripts/lib/first-use.ts) and counted with what that loads, until its form is hydrated.
 */
export async function wireWeights(
  url: string,
  pages: { label: string; path: string; firstUse?: boolean }[],
): Promise<Wire[] | null> {
  let browser;
  try {
    browser = await chromium.launch(chromiumLaunch);
  } catch {
    return null;
  }
  try {
    const weights: Wire[] = [];
    for (const { label, path, firstUse } of pages) {
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
      if (firstUse) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const pressed = Date.now();
        await page.keyboard.press('Tab');
        await page.waitForFunction(
          () => Object.keys(document.querySelector('form') ?? {}).some((key) => key.startsWith('__react')),
          undefined,
          { polling: 10, timeout: 60_000 },
        );
        wire.readyMs = Date.now() - pressed;
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.waitForLoadState('networkidle');
      }
      await Promise.all(finished);
      weights.push(wire);
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
