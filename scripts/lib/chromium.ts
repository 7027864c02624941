import fs from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/**
 * How Værdig starts Chromium, for the tests and the benchmark alike: Debian's when it is there
 * (Playwright cannot download its own on this machine), else Playwright's, with the flags a
 * server without a display or network needs.
 */
export const chromiumLaunch = {
  executablePath: fs.existsSync(debianChromium) ? debianChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
