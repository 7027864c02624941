import { describe, expect, it } from 'vitest';
import { formatCode, generateToken, hashToken, normalizeCode, TOKEN_LENGTH } from '@/lib/tokens';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

describe('generateToken', () => {
  it('gives 16 Crockford base32 characters (80 bits)', () => {
    const token = generateToken();
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(token).toMatch(CROCKFORD);
    expect(TOKEN_LENGTH * 5).toBeGreaterThanOrEqual(80);
  });

  it('does not repeat over many draws and uses the whole alphabet', () => {
    const tokens = new Set(Array.from({ length: 20_000 }, generateToken));
    expect(tokens.size).toBe(20_000);
    const chars = new Set([...tokens].join(''));
    expect(chars.size).toBe(32);
  });
});

describe('normalizeCode', () => {
  const token = 'ABCDEFGHJKMNPQRS';

  it('accepts the canonical and the printed form', () => {
    expect(normalizeCode(token)).toBe(token);
    expect(normalizeCode(formatCode(token))).toBe(token);
    expect(formatCode(token)).toBe('ABCD-EFGH-JKMN-PQRS');
  });

  it('forgives case, spaces and dashes anywhere', () => {
    expect(normalizeCode(' abcd efgh-jkmn – pqrs ')).toBe(token);
    expect(normalizeCode('a-b-c-d-e-f-g-h-j-k-m-n-p-q-r-s')).toBe(token);
  });

  it('reads look-alikes: O as 0, I and L as 1', () => {
    expect(normalizeCode('OOOO-IIII-LLLL-oil0')).toBe('0000111111110110');
  });

  it('reads what Ukrainian and Arabic keyboards type: Cyrillic look-alikes, Arabic digits', () => {
    // а, в, с, е, н, к, м, р, т, х and і on a Ukrainian keyboard; the rest Latin.
    expect(normalizeCode('авсd-еfgн-jкмn-рqrs')).toBe(token);
    expect(normalizeCode('ТХ00-1111-2222-333і')).toBe('TX00111122223331');
    expect(normalizeCode('٠١٢٣-٤٥٦٧-٨٩AB-۰۱۲۳')).toBe('0123456789AB0123');
    // Cyrillic letters with no Latin twin stay what they are: not a code.
    expect(normalizeCode('ЖЖЖЖ-EFGH-JKMN-PQRS')).toBeNull();
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('ABCD-EFGH-JKMN-PQR')).toBeNull(); // 15 characters
    expect(normalizeCode('ABCD-EFGH-JKMN-PQRST')).toBeNull(); // 17 characters
    expect(normalizeCode('ABCD-EFGH-JKMN-PQRU')).toBeNull(); // U is not in the alphabet
    expect(normalizeCode("' OR 1=1; --")).toBeNull();
    expect(normalizeCode('A'.repeat(10_000))).toBeNull();
    expect(normalizeCode('ÆØÅÆ-EFGH-JKMN-PQRS')).toBeNull();
  });
});

describe('hashToken', () => {
  it('is SHA-256 in hex and differs from the token', () => {
    const hash = hashToken('ABCDEFGHJKMNPQRS');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken('ABCDEFGHJKMNPQRS'));
    expect(hash).not.toBe(hashToken('ABCDEFGHJKMNPQRT'));
  });
});

describe('normalizeCode, for any way a person may type a code', () => {
  it('gives back the token', async () => {
    const fc = await import('fast-check');
    const lookAlike: Record<string, string[]> = { '0': ['0', 'O', 'o'], '1': ['1', 'I', 'i', 'L', 'l'] };
    const typed = fc
      .tuple(
        fc.constant(null).map(() => generateToken()),
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 16, maxLength: 16 }),
      )
      .map(([token, choices]) => {
        const text = [...token]
          .map((char, i) => {
            const n = choices[i]!;
            const variants = lookAlike[char] ?? [char, char.toLowerCase()];
            const spacer = n % 7 === 0 ? ' ' : n % 11 === 0 ? '-' : '';
            return variants[n % variants.length] + spacer;
          })
          .join('');
        return { token, text };
      });
    fc.assert(
      fc.property(typed, ({ token, text }) => normalizeCode(text) === token),
      { numRuns: 2000 },
    );
  });
});
