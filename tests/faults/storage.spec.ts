import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { startServer } from '@/scripts/lib/server';
import { submitWithoutJs } from '../support/no-js';
import { databaseWithCodes } from '@/scripts/lib/invitations';
import { tempDir } from '../support/db';
import { inspect } from '../support/faults';
import { answerInBrowser } from '../support/survey';

const TRY_AGAIN = 'Vi kunne ikke gemme dit svar lige nu';

const answerLong = (page: Page, url: string) => answerInBrowser(page, url, 'Enig', { comment: 'x'.repeat(1900) });

const spent = (file: string) => inspect(file).spent;

test('another process holding the write lock past the busy timeout gives a clear "try again", then the answer goes through', async ({
  page,
}) => {
  const { file, codes } = await databaseWithCodes(tempDir('lock'), 2);
  const server = await startServer(file, { port: 3180 });
  const holder = new Database(file);
  try {
    holder.exec('BEGIN IMMEDIATE');
    await answerLong(page, `${server.url}/s/${codes[0]}`);
    await expect(page.getByRole('alert', { name: 'Der er et problem' })).toContainText(TRY_AGAIN, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Tak for dine svar');
    expect(await submitWithoutJs(server.url, codes[1]!, 'uden js')).toBe('try_again');
    holder.exec('ROLLBACK');
    expect(spent(file)).toBe(0);

    await page.getByRole('button', { name: 'Send svar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
    expect(await submitWithoutJs(server.url, codes[1]!, 'uden js')).toBe('thanks');
    expect(inspect(file)).toMatchObject({ responses: 2, spent: 2, integrity: 'ok' });
  } finally {
    if (holder.inTransaction) holder.exec('ROLLBACK');
    holder.close();
    await server.kill();
  }
});

/** A small tmpfs when this machine lets the test mount one (root on Linux), else null. */
function mountTmpfs(dir: string, megabytes: number): (() => void) | null {
  if (process.env.FAULTS_NO_TMPFS) return null; // to try the fallback on a machine that could mount
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

test('a full disk gives a clear "try again", spends no token, writes nothing half, and recovers when space is back', async ({
  page,
}) => {
  const dir = tempDir('full');
  const unmount = mountTmpfs(dir, 4);
  // Without a tmpfs, the database's own size cap (DATABASE_MAX_SIZE_MB) plays the full disk.
  const { file, codes } = await databaseWithCodes(path.join(dir, 'db'), 40);
  const filler = path.join(dir, 'filler');
  const extraEnv: Record<string, string> = unmount
    ? {}
    : { DATABASE_MAX_SIZE_MB: ((fs.statSync(file).size + 24 * 1024) / 1024 / 1024).toFixed(4) };
  test.info().annotations.push({ type: 'disk', description: unmount ? 'tmpfs' : 'max_page_count' });
  const server = await startServer(file, { port: 3181, env: extraEnv });
  try {
    if (unmount) {
      // Fill every free block of the tmpfs.
      const fd = fs.openSync(filler, 'w');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch {
        // ENOSPC: full
      } finally {
        fs.closeSync(fd);
      }
    }
    // Answers go in until the disk is really full; then each is refused cleanly.
    let refused = -1;
    for (let i = 0; i < codes.length && refused < 0; i++) {
      const outcome = await submitWithoutJs(server.url, codes[i]!, `fuld-${i}-${'y'.repeat(1900)}`);
      expect(['thanks', 'try_again']).toContain(outcome);
      if (outcome === 'try_again') refused = i;
    }
    expect(refused).toBeGreaterThanOrEqual(0);
    const before = inspect(file);
    expect(before.responses).toBe(refused);
    expect(before.spent).toBe(refused);
    expect(before.integrity).toBe('ok');

    await answerLong(page, `${server.url}/s/${codes[refused]}`);
    await expect(page.getByRole('alert', { name: 'Der er et problem' })).toContainText(TRY_AGAIN);
    expect(spent(file)).toBe(refused);

    // Space back: the same answer now goes through.
    if (unmount) fs.rmSync(filler);
    else await server.kill();
    const again = unmount ? server : await startServer(file, { port: 3181 });
    try {
      if (!unmount) await answerLong(page, `${again.url}/s/${codes[refused]}`);
      else await page.getByRole('button', { name: 'Send svar' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak for dine svar');
      expect(inspect(file)).toMatchObject({ responses: refused + 1, spent: refused + 1, integrity: 'ok' });
    } finally {
      await again.kill();
    }
  } finally {
    await server.kill().catch(() => undefined);
    unmount?.();
  }
});

test('a read-only database gives a clear error page or "try again", never a false thank-you', async ({ page }) => {
  const dir = tempDir('readonly');
  const { file, codes } = await databaseWithCodes(path.join(dir, 'db'), 3);
  // Root writes anything, so as root the server runs as "nobody" for this test.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.dirname(file), 0o777);
  fs.chmodSync(file, 0o444);

  // The file read-only, its folder writable: pages read, answers are refused with "try again".
  let server = await startServer(file, { port: 3182, ...user, acceptUnhealthy: true });
  try {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'error', database: 'read_only', writable: false });
    await answerLong(page, `${server.url}/s/${codes[0]}`);
    await expect(page.getByRole('alert', { name: 'Der er et problem' })).toContainText(TRY_AGAIN);
    expect(await submitWithoutJs(server.url, codes[1]!, 'skrivebeskyttet')).toBe('try_again');
  } finally {
    await server.kill();
  }

  // The folder read-only as well: not even a page can be read, and the error page says so.
  fs.chmodSync(path.dirname(file), 0o555);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  server = await startServer(file, { port: 3182, ...user, acceptUnhealthy: true });
  try {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
    await page.goto(`${server.url}/s/${codes[2]}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Der opstod en fejl');
    await expect(page.getByText('Hvis du var ved at sende et svar, er det ikke gemt.')).toBeVisible();
    expect(await submitWithoutJs(server.url, codes[2]!, 'skrivebeskyttet')).not.toBe('thanks');
  } finally {
    await server.kill();
    fs.chmodSync(path.dirname(file), 0o755);
  }
  expect(inspect(file)).toMatchObject({ responses: 0, spent: 0, integrity: 'ok' });
});
