import { asc, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { settings, thresholds } from '../schema';
import {
  DEFAULT_PASSWORD_POLICY,
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  emailList,
  type PasswordPolicy,
  type Settings,
} from '@/lib/settings';
import { DEFAULT_THRESHOLDS, GOALS } from '@/lib/goals';
import type { GoalKey } from '@/lib/survey/definition';

export function getSettings(db: Db): Settings {
  const stored = db.select().from(settings).all();
  const result = { ...DEFAULT_SETTINGS };
  for (const row of stored) {
    if ((SETTING_KEYS as string[]).includes(row.key)) result[row.key as keyof Settings] = Number(row.value);
  }
  return result;
}

export function updateSettings(db: Db, values: Settings, by: string, now = new Date()): void {
  db.transaction((tx) => {
    for (const key of SETTING_KEYS) {
      tx.insert(settings)
        .values({ key, value: String(values[key]), updatedAt: now, updatedBy: by })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: String(values[key]), updatedAt: now, updatedBy: by },
        })
        .run();
    }
  });
}

/** The break-glass setting's two rows in the settings table, beside the numeric settings. */
const POLICY_KEYS = { breakGlassOnly: 'passwordBreakGlassOnly', breakGlassAccounts: 'breakGlassAccounts' } as const;

export function getPasswordPolicy(db: Db): PasswordPolicy {
  const rows = new Map(
    db
      .select()
      .from(settings)
      .all()
      .map((row) => [row.key, row.value]),
  );
  const only = rows.get(POLICY_KEYS.breakGlassOnly);
  const accounts = rows.get(POLICY_KEYS.breakGlassAccounts);
  return {
    breakGlassOnly: only === undefined ? DEFAULT_PASSWORD_POLICY.breakGlassOnly : only === '1',
    breakGlassAccounts: accounts === undefined ? DEFAULT_PASSWORD_POLICY.breakGlassAccounts : emailList(accounts),
  };
}

export function setPasswordPolicy(db: Db, policy: PasswordPolicy, by: string, now = new Date()): void {
  const values = {
    [POLICY_KEYS.breakGlassOnly]: policy.breakGlassOnly ? '1' : '0',
    [POLICY_KEYS.breakGlassAccounts]: policy.breakGlassAccounts.join(','),
  };
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      tx.insert(settings)
        .values({ key, value, updatedAt: now, updatedBy: by })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: by } })
        .run();
    }
  });
}

type ThresholdYear = {
  year: number;
  thresholds: Record<GoalKey, number>;
  updatedAt: Date | null;
  updatedBy: string | null;
};

/** Every year with its own thresholds, newest first. */
export function listThresholdYears(db: Db): ThresholdYear[] {
  const rows = db.select().from(thresholds).orderBy(desc(thresholds.year), asc(thresholds.goal)).all();
  const years = new Map<number, ThresholdYear>();
  for (const row of rows) {
    const entry = years.get(row.year) ?? {
      year: row.year,
      thresholds: { ...DEFAULT_THRESHOLDS },
      updatedAt: null,
      updatedBy: null,
    };
    entry.thresholds[row.goal] = row.threshold;
    if (!entry.updatedAt || row.updatedAt > entry.updatedAt) {
      entry.updatedAt = row.updatedAt;
      entry.updatedBy = row.updatedBy;
    }
    years.set(row.year, entry);
  }
  return [...years.values()];
}

/** Whether a year has thresholds of its own (else it borrows an earlier year's). */
export function hasOwnThresholds(db: Db, year: number): boolean {
  return Boolean(db.select({ year: thresholds.year }).from(thresholds).where(eq(thresholds.year, year)).get());
}

/** The thresholds in force in a year: its own, else the nearest earlier year's, else the 2023 defaults. */
export function thresholdsForYear(db: Db, year: number): Record<GoalKey, number> {
  const latest = db
    .select({ year: thresholds.year })
    .from(thresholds)
    .where(lte(thresholds.year, year))
    .orderBy(desc(thresholds.year))
    .limit(1)
    .get();
  if (!latest) return { ...DEFAULT_THRESHOLDS };
  const rows = db.select().from(thresholds).where(eq(thresholds.year, latest.year)).all();
  const result = { ...DEFAULT_THRESHOLDS };
  for (const row of rows) result[row.goal] = row.threshold;
  return result;
}

export function setThresholds(
  db: Db,
  year: number,
  values: Record<GoalKey, number>,
  by: string | null,
  now = new Date(),
): void {
  db.transaction((tx) => {
    for (const goal of GOALS) {
      const threshold = values[goal.key];
      tx.insert(thresholds)
        .values({ year, goal: goal.key, threshold, updatedAt: now, updatedBy: by })
        .onConflictDoUpdate({
          target: [thresholds.year, thresholds.goal],
          set: { threshold, updatedAt: now, updatedBy: by },
        })
        .run();
    }
  });
}
