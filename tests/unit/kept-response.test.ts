import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { chosenEncoding, gzipAfter, keptStart } from '@/scripts/lib/kept-response';

describe('a page gzipped once up to a point, and per visit after it', () => {
  const page = (size: number) =>
    Array.from({ length: size }, (_, i) => `<p>Række ${i}: spørgsmål, svar og «${i % 7}»</p>`).join('');

  it('is one gzip stream of the whole page, whatever the sizes', () => {
    for (const [start, rest] of [
      [page(10), page(5)],
      [page(2000), page(300)], // a start longer than deflate's 32 KB window
      [page(3), ''],
      ['', page(3)],
      [page(50), 'ABCD-EFGH-JKMN-PQRS</form><script>self.__next_f.push([1,"ABCDEFGHJKMNPQRS"])</script>'],
    ]) {
      const kept = keptStart(Buffer.from(start!, 'utf8'));
      const body = gzipAfter(kept, Buffer.from(rest!, 'utf8'));
      // As a browser reads it: one member, its own CRC and length checked by the decoder.
      expect(zlib.gunzipSync(body).toString('utf8')).toBe(start! + rest!);
      expect(body.length).toBeLessThan(Buffer.byteLength(start! + rest!) + 64);
    }
  });

  it('compresses the rest against the start it follows', () => {
    const start = page(200);
    const rest = page(20);
    const spliced = gzipAfter(keptStart(Buffer.from(start)), Buffer.from(rest)).length;
    const alone = zlib.deflateRawSync(Buffer.from(rest), { level: 6 }).length;
    const startAlone = keptStart(Buffer.from(start)).deflated.length;
    expect(spliced - startAlone).toBeLessThan(alone);
  });
});

describe('the encoding a kept page is sent in', () => {
  const asking = (acceptEncoding: string) => ({ headers: { 'accept-encoding': acceptEncoding } }) as IncomingMessage;

  it('is the first preferred one the client takes, refusals counted', () => {
    expect(chosenEncoding(asking('gzip, deflate, br, zstd'))).toBe('br');
    expect(chosenEncoding(asking('gzip, deflate, br, zstd'), ['gzip', 'br'])).toBe('gzip');
    expect(chosenEncoding(asking('br, gzip;q=0'), ['gzip', 'br'])).toBe('br');
    expect(chosenEncoding(asking('br;q=0, gzip;q=0'))).toBe('identity');
    expect(chosenEncoding(asking(''))).toBe('identity');
  });
});
