import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DKFDS_CSS, USED_CSS, usedDkfdsCss } from '@/scripts/lib/dkfds-css';

describe('app/dkfds.css, the part of DKFDS the pages use', () => {
  it('is what the source needs now (run `npm run css:dkfds` after using a new DKFDS class)', async () => {
    expect(fs.readFileSync(USED_CSS, 'utf8')).toBe(await usedDkfdsCss());
  });

  it('is a fraction of the whole and keeps what the survey is built from', () => {
    const used = fs.readFileSync(USED_CSS, 'utf8');
    expect(used.length).toBeLessThan(fs.readFileSync(DKFDS_CSS, 'utf8').length / 2);
    for (const selector of ['.form-radio', '.alert-error', '.form-error', '.button-primary', '.skipnav', '.table'])
      expect(used, selector).toContain(selector);
    // Its fonts are ours (app/fonts.css), its images the package's.
    expect(used).not.toContain('@font-face');
    expect(used).not.toMatch(/url\(['"]?\.\.\/(img|fonts)\//);
  });
});
