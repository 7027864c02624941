import fs from 'node:fs';
import { runCommand } from './lib/cli';
import { USED_CSS, usedDkfdsCss } from './lib/dkfds-css';

/** Writes app/dkfds.css: the part of DKFDS's stylesheet the pages use (scripts/lib/dkfds-css.ts). */
runCommand(async () => {
  const css = await usedDkfdsCss();
  fs.writeFileSync(USED_CSS, css);
  console.log(`Wrote ${USED_CSS}: ${(css.length / 1024).toFixed(1)} KB`);
});
