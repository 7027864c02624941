import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Right-to-left readiness (Arabic, `dir="rtl"`): the stylesheet says start and end, not left and
 * right, wherever it means the start or end of a line, so a page mirrors with its direction.
 * Rules that are physical on purpose are listed here, each with its reason in the stylesheet.
 */
const PHYSICAL_ON_PURPOSE = [
  // Where the printed card sits on the sheet.
  '.print-card { left: 0 }',
  // Digits run left to right in every script: right-aligned numbers keep their units in line.
  '.numeric { text-align: right }',
];

const PHYSICAL =
  /^\s*((?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float|clear|text-align)\s*:\s*([^;]*)/;

function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Innermost blocks: a selector and its declarations (rules inside @media are matched too).
  for (const [, selector, body] of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const line of body!.split(';').map((part) => `${part.trim()};`)) {
      const match = PHYSICAL.exec(line);
      if (!match) continue;
      const [, property, value] = match;
      const isPhysical =
        property === 'text-align' || property === 'float' || property === 'clear'
          ? /\b(left|right)\b/.test(value!)
          : true;
      if (isPhysical) found.push(`${selector!.trim().replace(/\s+/g, ' ')} { ${property}: ${value!.trim()} }`);
    }
  }
  return found;
}

describe('app/styles.css', () => {
  it('finds physical declarations, the check itself', () => {
    expect(
      physicalDeclarations(
        '.a { margin-left: 1rem; color: red } @media print { .b { text-align: left; float: none } }',
      ),
    ).toEqual(['.a { margin-left: 1rem }', '.b { text-align: left }']);
  });

  it('uses logical properties for the start and end of a line, except where physical on purpose', () => {
    expect(physicalDeclarations(fs.readFileSync('app/styles.css', 'utf8'))).toEqual(PHYSICAL_ON_PURPOSE);
  });
});
