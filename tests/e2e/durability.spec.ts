import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createInvitations } from '@/db/queries/invitations';
import { formatCode } from '@/lib/tokens';
import { startServer } from '@/scripts/lib/server';
import { answerInBrowser } from '../support/survey';

test('an acknowledged answer survives SIGKILL right after the thank-you page', async ({ page }) => {
  test.setTimeout(90_000);
  const file = path.resolve('test-results', `durability-${Date.now()}`, 'vaerdig.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const setup = openDatabase(file);
  migrateDatabase(setup);
  const code = formatCode(
    createInvitations(setup, { targetGroup: 'sygedagpenge', channel: 'cli', count: 1 })[0]!.token,
  );
  setup.$client.close();

  const port = 3100 + 50 + test.info().workerIndex;
  let server = await startServer(file, { port });
  try {
    await answerInBrowser(page, `${server.url}/s/${code}`, 'Helt enig', { comment: 'overlever et nedbrud' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
    await server.kill('SIGKILL');

    // Straight from the file, before any server touches it again.
    const direct = new Database(file, { readonly: true });
    expect(direct.prepare('SELECT target_group, clear_purpose, comment FROM responses').all()).toEqual([
      { target_group: 'sygedagpenge', clear_purpose: 5, comment: 'overlever et nedbrud' },
    ]);
    direct.close();

    server = await startServer(file, { port });
    await page.goto(`${server.url}/s/${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak, du har allerede svaret');
  } finally {
    await server.kill('SIGKILL');
  }
});
