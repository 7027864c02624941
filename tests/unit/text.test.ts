import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBatchCsv } from '@/lib/batch';
import { normaliseText } from '@/lib/text';
import { email, referenceKey, trimmed } from '@/lib/validation/forms';
import { surveyAnswersSchema } from '@/lib/validation/survey';

/** What may never be stored: control characters other than tab and newline, and bidi controls. */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const C0_C1 = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((code) =>
  String.fromCharCode(code),
);
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('normaliseText', () => {
  it('composes to NFC: "e" + combining acute is "é", "A" + ring is "Å"', () => {
    expect(normaliseText('Caf\u0065\u0301 med A\u030Ase')).toBe('Café med Åse');
    expect(normaliseText('Café med Åse')).toBe('Café med Åse');
  });

  it('removes every C0 and C1 control character and DEL, except tab and newline', () => {
    for (const control of C0_C1) {
      const expected = control === '\t' || control === '\n' ? `a${control}b` : control === '\r' ? 'a\nb' : 'ab';
      expect(normaliseText(`a${control}b`), `U+${control.charCodeAt(0).toString(16)}`).toBe(expected);
    }
  });

  it('makes every line break a newline: CRLF (a browser textarea) and a lone CR (old Mac files)', () => {
    expect(normaliseText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('removes bidirectional embeddings, overrides and isolates, keeping the text they wrap', () => {
    for (const bidi of BIDI) expect(normaliseText(`tak ${bidi}lave${bidi} tak`)).toBe('tak lave tak');
    // The "Trojan source" trick: an override makes the text read differently from what it is.
    expect(normaliseText('godt \u202Etdårlig\u202C møde')).toBe('godt tdårlig møde');
    // Marks that only set a direction (LRM, RLM) are ordinary in Arabic and Hebrew text.
    expect(normaliseText('\u200Fمرحبا\u200E')).toBe('\u200Fمرحبا\u200E');
  });

  it('composes across a removed character', () => {
    expect(normaliseText('e\u0007\u0301')).toBe('é');
  });

  it('leaves spaces, letters, emoji and Danish text alone', () => {
    expect(normaliseText('  Æbler, øl og blåbær 👍🏽  ')).toBe('  Æbler, øl og blåbær 👍🏽  ');
  });

  it('never lets a forbidden character through, is idempotent and is NFC', () => {
    const unit = fc.constantFrom(...C0_C1, ...BIDI, 'e', '\u0301', 'A', '\u030A', 'ø', ' ', '\u200F', '👍');
    fc.assert(
      fc.property(
        fc.array(unit).map((units) => units.join('')),
        fc.string({ unit: 'binary' }),
        (mixed, any) => {
          for (const input of [mixed, any]) {
            const output = normaliseText(input);
            expect(output).not.toMatch(FORBIDDEN);
            expect(output).toBe(output.normalize('NFC'));
            expect(normaliseText(output)).toBe(output);
          }
        },
      ),
    );
  });
});

const NASTY = '  Caf\u0065\u0301\u0000 med A\u030Ase\u0085 \u202Eevil\u202C\r\nlinje 2\tslut\u0007  ';
const CLEAN = 'Café med Åse evil\nlinje 2\tslut';

describe('text is normalised where it comes in', () => {
  it('in the survey comment', () => {
    expect(surveyAnswersSchema.parse({ comment: NASTY }).comment).toBe(CLEAN);
    // Nothing but controls is no comment at all.
    expect(surveyAnswersSchema.safeParse({ comment: '\u0000\u202E\r\n' }).success).toBe(false);
  });

  it('in staff text fields, e-mail addresses and keys', () => {
    expect(trimmed().parse(NASTY)).toBe(CLEAN);
    expect(trimmed().safeParse('\u0007\u202E').success).toBe(false);
    expect(email.parse('\u202Aanna@Jobcenter.dk\u0000 ')).toBe('anna@jobcenter.dk');
    expect(referenceKey.parse('nord\u0000')).toBe('nord');
  });

  it('in the batch invitation file', () => {
    const known = { groups: new Set(['dagpenge']), teams: new Set(['nord']), mailEnabled: true };
    const result = parseBatchCsv(
      'target_group,language,team,email\r\ndag\u202Epenge,da\u0000,nord\u0085,a\u0007@b.dk\r\n',
      known,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([{ line: 2, email: 'a@b.dk', targetGroup: 'dagpenge', language: 'da', team: 'nord' }]);
  });
});
