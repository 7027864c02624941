import fs from 'node:fs';
import zlib from 'node:zlib';
import { decodeHtml } from '../lib/html';
import type { Send } from './load';

/** The survey page's weight: its HTML, and its JavaScript split into runtime, polyfills, shared and its own. */

type Weight = { label: string; files: number; raw: number; gzip9: number; sent: number };

/** Public pages whose common chunks count as shared by every page, not as the survey's own. */
export const OTHER_PAGES = ['/s', '/s/tak', '/privatliv', '/tilgaengelighed', '/log-ind'];
export const BROWSER = {
  Accept: 'text/html,application/xhtml+xml',
  'Accept-Encoding': 'gzip',
  'Accept-Language': 'da',
};

/** Raw bytes, zlib level 9, and what the server sends when the browser accepts gzip. */
async function weigh(send: Send, url: string, paths: string[], label: string): Promise<Weight> {
  const weight: Weight = { label, files: paths.length, raw: 0, gzip9: 0, sent: 0 };
  for (const file of paths) {
    const raw = await send(`${url}${file}`);
    const sent = await send(`${url}${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    if (raw.status !== 200) throw new Error(`${file}: ${raw.status}`);
    weight.raw += raw.body.length;
    weight.gzip9 += zlib.gzipSync(raw.body, { level: 9 }).length;
    weight.sent += sent.body.length;
  }
  return weight;
}

/** The JavaScript a page loads: its script tags and the chunks its RSC payload names for hydration. */
const chunksOf = (html: string) =>
  new Set([
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => decodeHtml(m[1]!)),
    ...[...html.matchAll(/static\/chunks\/[\w.~-]+\.js/g)].map((m) => `/_next/${m[0]}`),
  ]);

export async function pageWeight(send: Send, url: string, code: string): Promise<Weight[]> {
  const page = await send(`${url}/s/${code}`);
  const html = page.body.toString('utf8');
  const sentHtml = await send(`${url}/s/${code}`, { headers: BROWSER });
  if (page.status !== 200 || !html.includes('name="token"')) throw new Error(`survey page: ${page.status}`);
  const manifest = JSON.parse(fs.readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const asUrl = (file: string) => `/_next/${file}`;
  const polyfills = new Set(manifest.polyfillFiles.map(asUrl));
  const runtime = new Set(manifest.rootMainFiles.map(asUrl));
  const survey = chunksOf(html);
  let shared = new Set([...survey].filter((file) => !runtime.has(file) && !polyfills.has(file)));
  for (const other of OTHER_PAGES) {
    const reply = await send(`${url}${other}`);
    if (reply.status === 200)
      shared = new Set([...chunksOf(reply.body.toString('utf8'))].filter((file) => shared.has(file)));
  }
  const own = [...survey].filter((file) => !runtime.has(file) && !polyfills.has(file) && !shared.has(file));
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => decodeHtml(m[1]!));
  return [
    {
      label: 'Survey page HTML (GET /s/<code>)',
      files: 1,
      raw: page.body.length,
      gzip9: zlib.gzipSync(page.body, { level: 9 }).length,
      sent: sentHtml.body.length,
    },
    await weigh(
      send,
      url,
      [...survey].filter((file) => runtime.has(file)),
      'JS: Next/React runtime (rootMainFiles)',
    ),
    await weigh(
      send,
      url,
      [...survey].filter((file) => polyfills.has(file)),
      'JS: polyfills (noModule, skipped by modern browsers)',
    ),
    await weigh(send, url, [...shared], `JS: shared by every public page (${OTHER_PAGES.length + 1} pages: layouts)`),
    await weigh(send, url, own, "JS: the survey page's own"),
    await weigh(send, url, css, 'CSS'),
  ];
}
