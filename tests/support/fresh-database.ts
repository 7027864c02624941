import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Db } from '@/db/client';
import { freshDatabase } from './db';

/**
 * A fresh database (with these teams) for each test, or with `once` for the whole file, handed
 * to `receive` before the test and removed after it.
 */
export function setUpFreshDatabase(
  receive: (fresh: { db: Db; file: string }) => void,
  options: { teams?: { key: string; name: string }[]; once?: boolean } = {},
): void {
  let cleanup = () => {};
  (options.once ? beforeAll : beforeEach)(() => {
    const fresh = freshDatabase(options.teams);
    cleanup = fresh.cleanup;
    receive(fresh);
  });
  (options.once ? afterAll : afterEach)(() => cleanup());
}
