/** Admin settings with their defaults and allowed ranges. */
export const SETTINGS = {
  minCellSize: { default: 5, min: 1, max: 100 },
  tokenExpiryDays: { default: 30, min: 1, max: 365 },
  reminderDays: { default: 7, min: 1, max: 60 },
  retentionMonths: { default: 24, min: 1, max: 120 },
  // ASVS 5 level 2 (V7.3): at most 30 minutes idle and 12 hours in all; an admin may only shorten them.
  sessionIdleMinutes: { default: 30, min: 5, max: 30 },
  sessionMaxHours: { default: 12, min: 1, max: 12 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = Record<SettingKey, number>;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as Settings;

/**
 * "Passwords only for break-glass accounts": while on (and single sign-on is set up), password
 * sign-in is refused for everyone but the listed e-mail addresses.
 */
export type PasswordPolicy = { breakGlassOnly: boolean; breakGlassAccounts: string[] };
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { breakGlassOnly: false, breakGlassAccounts: [] };

/** Addresses separated by commas, semicolons or white space; lower case, each once. */
export function emailList(text: string): string[] {
  const addresses = text
    .split(/[\s,;]+/)
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(addresses)];
}

/** Whether `email` may sign in with a password under `policy`. */
export function passwordSignInAllowed(policy: PasswordPolicy, email: string): boolean {
  return !policy.breakGlassOnly || policy.breakGlassAccounts.includes(email.trim().toLowerCase());
}
