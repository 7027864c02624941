import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '@/scripts/lib/server';
import { submitWithoutJs } from '../support/no-js';
import { databaseWithCodes } from '@/scripts/lib/invitations';
import { tempDir } from '../support/db';

test('the server logs one JSON line per request or event, with no token, e-mail address or answer', async ({
  request,
}) => {
  const dir = tempDir('logs');
  const { file, codes } = await databaseWithCodes(dir, 2);
  const logFile = path.join(dir, 'server.log');
  const server = await startServer(file, { port: 3183, logFile });
  const comment = 'min hemmelige kommentar 4711';
  try {
    expect(await submitWithoutJs(server.url, codes[0]!, comment)).toBe('thanks');
    expect(await submitWithoutJs(server.url, codes[0]!, comment)).toBe('answered');
    await request.get(`${server.url}/en/s/${codes[1]}?utm=borger@example.com`);
    await request.post(`${server.url}/log-ind`, {
      headers: { Origin: 'https://evil.example' },
      form: { email: 'someone@example.com' },
    });
  } finally {
    // Every line is already in the file (a file as stdout is written synchronously).
    await server.kill('SIGKILL');
  }

  const lines = fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'));
  const events = lines.map((line) => JSON.parse(line) as { event: string; path?: string; status?: number });
  const text = lines.join('\n');
  for (const secret of [
    ...codes,
    ...codes.map((code) => code.replace(/-/g, '')),
    comment,
    'borger@example.com',
    'someone@example.com',
  ]) {
    expect(text).not.toContain(secret);
  }
  expect(events.some((e) => e.event === 'server_started')).toBe(true);
  expect(events.filter((e) => e.event === 'survey_submitted')).toHaveLength(1);
  expect(events.some((e) => e.event === 'request' && e.path === '/s/:token')).toBe(true);
  expect(events.some((e) => e.event === 'request' && e.path === '/en/s/:token')).toBe(true);
  expect(events.some((e) => e.event === 'request' && e.path === '/log-ind' && e.status === 403)).toBe(true);
});
