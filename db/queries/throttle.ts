import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { signInFailures } from '../schema';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures within the window before a key is refused: an account is stricter than a shared address. */
export const THROTTLE_LIMITS = { account: 5, address: 20 } as const;

export type ThrottleKeys = { account: string; address: string };

const accountKey = (account: string) => `account:${account.trim().toLowerCase()}`;
const keysOf = (keys: ThrottleKeys) => ({ account: accountKey(keys.account), address: `address:${keys.address}` });

function failuresSince(db: Db, key: string, since: Date): number {
  return db
    .select({ key: signInFailures.key })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)))
    .all().length;
}

/** Whether either the account or the address has failed too often in the last window. */
export function isThrottled(db: Db, keys: ThrottleKeys, now = new Date()): boolean {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const { account, address } = keysOf(keys);
  return (
    failuresSince(db, account, since) >= THROTTLE_LIMITS.account ||
    failuresSince(db, address, since) >= THROTTLE_LIMITS.address
  );
}

export function recordFailure(db: Db, keys: ThrottleKeys, now = new Date()): void {
  const { account, address } = keysOf(keys);
  db.transaction((tx) => {
    tx.insert(signInFailures).values([{ key: account, at: now }, { key: address, at: now }]).run();
    tx.delete(signInFailures).where(lt(signInFailures.at, new Date(now.getTime() - THROTTLE_WINDOW_MS))).run();
  });
}

/** A successful sign-in clears the account's count (not the address's: others may share it). */
export function clearAccountFailures(db: Db, account: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, accountKey(account))).run();
}
