import { createHash } from 'node:crypto';
import { asc, desc, eq, inArray, lte } from 'drizzle-orm';
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
import { DEFAULT_ORGANISATION, ORGANISATION_KEYS, type Organisation, type OrganisationText } from '@/lib/organisation';
import type { GoalKey } from '@/lib/survey/definition';

/** The stored values of the given keys (a key not stored is absent). */
function readRows(db: Db, keys: readonly string[]): Map<string, string> {
  return new Map(
    db
      .select({ key: settings.key, value: settings.value })
      .from(settings)
      .where(inArray(settings.key, [...keys]))
      .all()
      .map((row) => [row.key, row.value]),
  );
}

/** Text rows of the settings table, written in one transaction. */
function upsert(db: Db, values: Record<string, string>, by: string, now: Date): void {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values)) {
      tx.insert(settings)
        .values({ key, value, updatedAt: now, updatedBy: by })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: by } })
        .run();
    }
  });
}

export function getSettings(db: Db): Settings {
  const stored = readRows(db, SETTING_KEYS);
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, stored.has(key) ? Number(stored.get(key)) : DEFAULT_SETTINGS[key]]),
  ) as Settings;
}

export function updateSettings(db: Db, values: Settings, by: string, now = new Date()): void {
  upsert(db, Object.fromEntries(SETTING_KEYS.map((key) => [key, String(values[key])])), by, now);
}

/** The break-glass setting's two rows in the settings table, beside the numeric settings. */
const POLICY_KEYS = { breakGlassOnly: 'passwordBreakGlassOnly', breakGlassAccounts: 'breakGlassAccounts' } as const;

export function getPasswordPolicy(db: Db): PasswordPolicy {
  const rows = readRows(db, Object.values(POLICY_KEYS));
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
  upsert(db, values, by, now);
}

/** The organisation's rows: `organisation.<field>`, the logo as base64 PNG and its version. */
const ORGANISATION_PREFIX = 'organisation.';
const LOGO_KEY = 'organisationLogo.png';
const LOGO_VERSION_KEY = 'organisationLogo.version';

/** The municipality's identity, each field its default until an admin sets it; the logo's version if one is uploaded. */
export function getOrganisation(db: Db): Organisation {
  const rows = readRows(db, [...ORGANISATION_KEYS.map((key) => `${ORGANISATION_PREFIX}${key}`), LOGO_VERSION_KEY]);
  const result: Organisation = { ...DEFAULT_ORGANISATION, logoVersion: rows.get(LOGO_VERSION_KEY) || null };
  for (const key of ORGANISATION_KEYS) {
    const stored = rows.get(`${ORGANISATION_PREFIX}${key}`);
    if (stored !== undefined) result[key] = stored;
  }
  return result;
}

export function setOrganisation(db: Db, values: OrganisationText, by: string, now = new Date()): void {
  upsert(
    db,
    Object.fromEntries(ORGANISATION_KEYS.map((key) => [`${ORGANISATION_PREFIX}${key}`, values[key]])),
    by,
    now,
  );
}

/** The stored logo (always a PNG, see server/logo.ts) with its version, or null. */
export function getLogo(db: Db): { png: Buffer; version: string } | null {
  const rows = readRows(db, [LOGO_KEY, LOGO_VERSION_KEY]);
  const png = rows.get(LOGO_KEY);
  const version = rows.get(LOGO_VERSION_KEY);
  return png && version ? { png: Buffer.from(png, 'base64'), version } : null;
}

/** Stores a PNG logo, or removes it with null. */
export function setLogo(db: Db, png: Buffer | null, by: string, now = new Date()): void {
  const version = png ? createHash('sha256').update(png).digest('hex').slice(0, 16) : '';
  upsert(db, { [LOGO_KEY]: png ? png.toString('base64') : '', [LOGO_VERSION_KEY]: version }, by, now);
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
