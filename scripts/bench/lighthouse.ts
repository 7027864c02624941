import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../lib/chromium';
import { freePort } from '../lib/server';

/**
 * Lighthouse's scores (its default: a mobile phone on a simulated slow 4G link) for a few pages,
 * in the same Chromium as the tests, reached through its debugging port. Null when Chromium or
 * Lighthouse cannot start here (the table says so).
 */

export type Scores = { label: string; performance: number; accessibility: number; bestPractices: number };

export async function lighthouseScores(pages: { label: string; url: string }[]): Promise<Scores[] | null> {
  const port = await freePort();
  let browser;
  try {
    browser = await chromium.launch({
      ...chromiumLaunch,
      args: [...chromiumLaunch.args, `--remote-debugging-port=${port}`],
    });
  } catch {
    return null;
  }
  try {
    // Lighthouse is an ES module: a dynamic import from the benchmark's CommonJS.
    const { default: lighthouse } = await import('lighthouse');
    const scores: Scores[] = [];
    for (const { label, url } of pages) {
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const score = (category: string) => Math.round((result?.lhr.categories[category]?.score ?? NaN) * 100);
      scores.push({
        label,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
      });
    }
    return scores;
  } catch (error) {
    console.log(`Lighthouse could not run: ${(error as Error).message}`);
    return null;
  } finally {
    await browser.close();
  }
}
