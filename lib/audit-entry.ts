import { createTranslator } from 'use-intl/core';
import da from '../messages/staff/da.json';
import en from '../messages/staff/en.json';
import type { StaffLocale } from './locales';
import { quarterOfDay, quarterPeriod, type ResultPeriod } from './periods';
import { isRole } from './auth/roles';
import { SETTING_KEYS } from './settings';
import { ORGANISATION_KEYS } from './organisation';
import { GOALS } from './goals';
import { isBreakdown } from './results/types';

const translators = (locale: StaffLocale) => {
  const messages = locale === 'da' ? da : en;
  return {
    t: createTranslator({ locale, messages, namespace: 'AdminAudit' }),
    roles: createTranslator({ locale, messages, namespace: 'Staff.roles' }),
    settings: createTranslator({ locale, messages, namespace: 'AdminSettings' }),
    identity: createTranslator({ locale, messages, namespace: 'Identity' }),
    goals: createTranslator({ locale, messages, namespace: 'Goals.short' }),
    by: createTranslator({ locale, messages, namespace: 'Results.byColumn' }),
  };
};
const TRANSLATORS = { da: translators('da'), en: translators('en') };

/** An audit log entry as stored: `details` is the JSON the writer gave, if any. */
export type AuditEntry = { action: string; actorEmail: string | null; target: string | null; details: string | null };

/** Names the log may show instead of keys, as they are now (a renamed group shows its new name). */
export type AuditNames = {
  targetGroup: (key: string) => string | undefined;
  team: (key: string) => string | undefined;
  apiToken: (id: string) => string | undefined;
  /** A period of whole months in words ("2. kvartal 2019"), in the page's language. */
  period: (period: ResultPeriod) => string;
};

export type AuditDetail = { label: string; value: string };
export type AuditText = { who: string; what: string; target: string; details: AuditDetail[] };

/** The stored actor of the command-line tools (scripts/lib/cli.ts). */
const COMMAND_LINE = 'command line';

type Actions = (typeof da)['AdminAudit']['actions'];
const isAction = (action: string): action is keyof Actions => action in da.AdminAudit.actions;

/** The reasons the writers give, in English, and their message keys. */
const REASONS = new Map<string, keyof (typeof da)['AdminAudit']['reasons']>([
  ['throttled', 'throttled'],
  ['wrong current password', 'wrongPassword'],
  ['code reused', 'codeReused'],
  ['one-time password expired', 'oneTimePasswordExpired'],
  ['invalid or revoked', 'invalidToken'],
  ['tokens not accepted here', 'tokensNotAccepted'],
  ['no role from the identity provider', 'noRole'],
  ['no verified ID token', 'noIdToken'],
  ['passwords only for break-glass accounts', 'passwordsOff'],
  ['break-glass account', 'breakGlassAccount'],
  ['e-mail not verified', 'emailNotVerified'],
]);

/** The period of stored `from` and `to` days, named as a quarter or a year where it is one. */
function periodOf(from: string, to: string): ResultPeriod {
  const quarter = quarterPeriod(quarterOfDay(from));
  if (quarter.from === from && quarter.to === to) return quarter;
  const year = from.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) {
    return { kind: 'year', from, to, label: year, soFar: false };
  }
  return { kind: 'range', from, to, label: `${from.slice(0, 7)}–${to.slice(0, 7)}`, soFar: false };
}

function parseDetails(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    return { value: text };
  }
}

/**
 * One audit log entry in words, in the page's language: who (an e-mail, the command line or
 * another system by its API token's name), what (the action), on what (results, a person, a
 * group, a year …) and the details as labelled values, changes as "before → after". Details
 * of a shape this code does not know are still shown as readable `key: value` pairs.
 */
export function describeAuditEntry(entry: AuditEntry, locale: StaffLocale, names: AuditNames): AuditText {
  const words = TRANSLATORS[locale];
  return {
    who: who(entry, words.t),
    what: isAction(entry.action) ? words.t(`actions.${entry.action}`) : entry.action,
    target: targetName(entry, words.t, names),
    details: describeDetails(entry.action, parseDetails(entry.details), words, names),
  };
}

function describeDetails(
  action: string,
  details: Record<string, unknown>,
  { t, roles, settings, identity, goals, by }: (typeof TRANSLATORS)['da'],
  names: AuditNames,
): AuditDetail[] {
  const shown: AuditDetail[] = [];
  const used = new Set<string>();
  /** A labelled value, and the stored keys it tells, so that they are not shown again raw. */
  const add = (label: string, value: string, ...keys: string[]) => {
    shown.push({ label, value });
    keys.forEach((key) => used.add(key));
  };
  const change = (from: unknown, to: unknown) => t('changed', { from: String(from), to: String(to) });
  const role = (value: unknown) => (isRole(value) ? roles(value) : String(value ?? ''));
  const team = (value: unknown) =>
    typeof value === 'string' && value ? (names.team(value) ?? value) : t('values.noTeam');
  const { from, to, by: dimension, reason, step = details.twoFactor } = details;

  if (typeof from === 'string' && typeof to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(from)) {
    add(t('detail.period'), names.period(periodOf(from, to)), 'from', 'to');
  }
  if (action === 'logo_uploaded') add(t('detail.format'), String(details.format).toUpperCase(), 'format');
  else if ('format' in details)
    add(t('detail.format'), t(details.format === 'csv' ? 'values.csv' : 'values.xlsx'), 'format');
  if ('lang' in details) add(t('detail.language'), t(details.lang === 'en' ? 'values.en' : 'values.da'), 'lang');
  if (isBreakdown(dimension)) add(t('detail.by'), by(dimension), 'by');
  if (typeof details.rows === 'number') add(t('detail.rows'), String(details.rows), 'rows');
  if ('comments' in details) add(t('detail.comments'), t(details.comments ? 'values.yes' : 'values.no'), 'comments');
  if (typeof reason === 'string') {
    const key = REASONS.get(reason);
    add(t('detail.reason'), key ? t(`reasons.${key}`) : reason, 'reason');
  }
  if (step === 'totp' || step === 'backup') add(t('detail.twoFactor'), t(`values.${step}`), 'step', 'twoFactor');
  if (details.method === 'sso') add(t('detail.method'), t('values.sso'), 'method');
  if (details.providerMfa === true) add(t('detail.providerMfa'), t('values.yes'), 'providerMfa');

  if (action === 'settings_changed' || action === 'thresholds_changed') {
    const before = objectOf(from);
    const after = objectOf(to);
    const changed = (key: string) => before[key] !== after[key];
    if (action === 'settings_changed') {
      for (const key of SETTING_KEYS.filter(changed)) add(settings(key), change(before[key], after[key]));
    } else {
      for (const { key } of GOALS.filter((goal) => changed(goal.key))) {
        add(goals(key), change(`${before[key]} %`, `${after[key]} %`));
      }
    }
    if (shown.length === 0) add(t('detail.changes'), t('values.none'));
    used.add('from').add('to');
  } else if (action === 'organisation_changed') {
    const before = objectOf(from);
    const after = objectOf(to);
    const text = (value: unknown) => (typeof value === 'string' && value ? value : t('values.none'));
    for (const key of ORGANISATION_KEYS.filter((key) => key in after)) {
      add(identity(key), change(text(before[key]), text(after[key])));
    }
    if (shown.length === 0) add(t('detail.changes'), t('values.none'));
    used.add('from').add('to');
  } else if (action === 'password_policy_changed') {
    const before = objectOf(from);
    const after = objectOf(to);
    const onOff = (value: unknown) => settings(value ? 'on' : 'off');
    const list = (value: unknown) => (Array.isArray(value) && value.length ? value.join(', ') : t('values.none'));
    add(settings('breakGlassOnly'), change(onOff(before.breakGlassOnly), onOff(after.breakGlassOnly)));
    add(settings('breakGlassAccounts'), change(list(before.breakGlassAccounts), list(after.breakGlassAccounts)));
    used.add('from').add('to');
  } else if (action === 'user_role_changed') {
    add(t('detail.role'), change(role(from), role(to)), 'from', 'to');
  } else if (action === 'user_team_changed') {
    add(t('detail.newTeam'), team(to), 'to');
  } else if (action === 'user_created') {
    add(t('detail.role'), role(details.role), 'role');
    add(t('detail.team'), team(details.team), 'team');
  } else if (action === 'access_denied') {
    add(t('detail.role'), role(details.role), 'role');
    add(t('detail.required'), role(details.required), 'required');
  }
  for (const key of ['name', 'nameDa', 'nameEn'] as const) {
    if (typeof details[key] === 'string') add(t(`detail.${key}`), details[key], key);
  }
  for (const [key, value] of Object.entries(details)) {
    if (!used.has(key)) add(key, readable(value, t('values.yes'), t('values.no')));
  }
  return shown;
}

const objectOf = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

type AuditTranslator = (typeof TRANSLATORS)['da']['t'];

function who(entry: AuditEntry, t: AuditTranslator): string {
  if (entry.actorEmail === COMMAND_LINE) return t('actors.commandLine');
  if (entry.actorEmail) return entry.actorEmail;
  if (entry.action === 'api_token_used') return t('actors.apiToken', { name: entry.target ?? '' });
  if (entry.action === 'api_token_refused') return t('actors.unknownSystem');
  return t('actors.unknown');
}

function targetName(entry: AuditEntry, t: AuditTranslator, names: AuditNames): string {
  const { action, target } = entry;
  if (action === 'api_token_used' || action === 'api_results') return t('targets.results');
  if (target === null) return '';
  if (action === 'export') {
    return target === 'results' || target === 'responses' ? t(`targets.${target}`) : target;
  }
  if (action === 'access_denied' || action === 'api_token_refused') return t('targets.path', { path: target });
  if (action === 'api_token_created' || action === 'api_token_revoked') {
    const name = names.apiToken(target);
    return name ? t('targets.apiToken', { name }) : t('targets.apiTokenNumber', { id: target });
  }
  if (action.startsWith('target_group_')) return names.targetGroup(target) ?? target;
  if (action.startsWith('team_')) return names.team(target) ?? target;
  if (action === 'thresholds_changed') return t('targets.year', { year: target });
  return target;
}

/** Any JSON value as short text: yes/no, lists with commas, objects as `key: value` pairs. */
function readable(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.map((item) => readable(item, yes, no)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${readable(item, yes, no)}`)
      .join(', ');
  }
  return String(value);
}
