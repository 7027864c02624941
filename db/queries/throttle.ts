import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { signInFailures } from '../schema';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures within the window before a key is refused: an account is stricter than a shared address. */
const THROTTLE_LIMITS = { account: 5, address: 20 } as const;

/**
 * What an attempt is counted against: the account (an e-mail address for the password step,
 * a user id for the code step) and the client's address.
 */
type ThrottleKeys = { account: string; address: string };

/** The failures an attempt reserved; released when the attempt turns out right. */
type Reservation = { ids: number[]; account: string };

const accountKey = (account: string) => `account:${account.trim().toLowerCase()}`;
const keysOf = (keys: ThrottleKeys) => [
  { key: accountKey(keys.account), limit: THROTTLE_LIMITS.account },
  { key: `address:${keys.address}`, limit: THROTTLE_LIMITS.address },
];

/**
 * Reserves one attempt before the slow check (the password hash, the code): counted as a
 * failure at once, in one immediate transaction with the count, so that 40 attempts at the
 * same moment get at most the limit's worth of checks. Null when the account or the address
 * has used up its attempts.
 */
export function reserveAttempt(db: Db, keys: ThrottleKeys, now = new Date()): Reservation | null {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return db.transaction(
    (tx) => {
      tx.delete(signInFailures).where(lt(signInFailures.at, since)).run();
      const counted = keysOf(keys);
      for (const { key, limit } of counted) {
        const used = tx
          .select({ id: signInFailures.id })
          .from(signInFailures)
          .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)))
          .all().length;
        if (used >= limit) return null;
      }
      const ids = counted.map(
        ({ key }) => tx.insert(signInFailures).values({ key, at: now }).returning({ id: signInFailures.id }).get().id,
      );
      return { ids, account: keys.account };
    },
    { behavior: 'immediate' },
  );
}

/**
 * The attempt was right: its reservation is no failure, and the account's earlier failures
 * are forgiven (not the address's: others may share it).
 */
export function releaseAttempt(db: Db, reservation: Reservation): void {
  db.transaction((tx) => {
    tx.delete(signInFailures).where(inArray(signInFailures.id, reservation.ids)).run();
    tx.delete(signInFailures)
      .where(eq(signInFailures.key, accountKey(reservation.account)))
      .run();
  });
}
