import { expect, test } from '@playwright/test';
import { startServer, type Server } from '@/scripts/lib/server';
import { submitWithoutJs, type Outcome } from '../support/no-js';
import { databaseWithCodes } from '@/scripts/lib/invitations';
import { tempDir } from '../support/db';
import { inspect } from '../support/faults';

const PORT = 3170;
const KILLS = 6;
const CLIENTS = 6;

test('SIGKILL during a stream of submissions loses no acknowledged answer and stores none twice', async () => {
  const { file, codes } = await databaseWithCodes(tempDir('kill'), 400);
  const acknowledged = new Set<string>();
  const outcomes: Record<string, number> = {};
  let next = 0;
  let server: Server = await startServer(file, { port: PORT });
  let alive = true;

  // Clients take codes one after another; a code whose answer was cut off is tried again later.
  const retry: string[] = [];
  const client = async () => {
    while (acknowledged.size < codes.length && (next < codes.length || retry.length)) {
      if (!alive) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      const index = retry.length ? codes.indexOf(retry.shift()!) : next++;
      const code = codes[index]!;
      let outcome: Outcome | 'cut_off';
      try {
        outcome = await submitWithoutJs(server.url, code, `svar-${index}`);
      } catch {
        outcome = 'cut_off';
        retry.push(code);
      }
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'thanks') acknowledged.add(code);
    }
  };

  const killer = async () => {
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1200));
      alive = false;
      await server.kill('SIGKILL');
      // Straight after the kill, before any server opens the file again.
      const state = inspect(file);
      expect(state.integrity).toBe('ok');
      expect(state.responses).toBe(state.spent);
      server = await startServer(file, { port: PORT });
      alive = true;
    }
  };

  await Promise.all([killer(), ...Array.from({ length: CLIENTS }, client)]);
  await server.kill('SIGKILL');

  const state = inspect(file);
  console.log(JSON.stringify({ kills: KILLS, acknowledged: acknowledged.size, ...outcomes }));
  expect(state.integrity).toBe('ok');
  // Every stored response belongs to a spent token and every spent token has its response.
  expect(state.responses).toBe(state.spent);
  // No answer was stored twice, and every thank-you page has its answer.
  expect(state.byComment.filter((row) => row.n !== 1)).toEqual([]);
  const stored = new Set(state.byComment.map((row) => row.comment));
  expect([...acknowledged].filter((code) => !stored.has(`svar-${codes.indexOf(code)}`))).toEqual([]);
  expect(acknowledged.size).toBeGreaterThan(20);
  expect(outcomes.cut_off ?? 0).toBeGreaterThan(0);
});
