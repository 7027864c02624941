import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LOCALES } from '../lib/locales';

/** The target groups of the employment plan; admin-editable later, keys are stable. */
export const targetGroups = sqliteTable('target_groups', {
  key: text('key').primaryKey(),
  nameDa: text('name_da').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
});

export const teams = sqliteTable('teams', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
});

/**
 * A single-use survey invitation. It knows whether it was answered, never what:
 * there is deliberately no reference from a response back to this table.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    targetGroup: text('target_group')
      .notNull()
      .references(() => targetGroups.key),
    team: text('team').references(() => teams.key),
    language: text('language', { enum: LOCALES }).notNull(),
    channel: text('channel', { enum: ['link', 'card', 'email', 'batch', 'cli'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    // Whether, never when: a day or a moment here would match the day a response
    // was stored, and so link it to this invitation and its caseworker.
    opened: integer('opened', { mode: 'boolean' }).notNull().default(false),
    answered: integer('answered', { mode: 'boolean' }).notNull().default(false),
    /** The staff member who made it (user id); null for the command line. */
    createdBy: text('created_by'),
    /** Kept only until the invitation is answered or expires (reminders need it), then erased. */
    email: text('email'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('invitations_created_at').on(t.createdAt),
    index('invitations_created_by').on(t.createdBy, t.createdAt),
  ],
);

const likert = (name: string) => integer(name);
const likertCheck = (column: string) => sql.raw(`${column} IS NULL OR ${column} BETWEEN 0 AND 5`);

/**
 * An anonymous response. Likert answers: 1-5, 0 = "don't know", NULL = skipped.
 * It holds the day it was submitted, never the time, and nothing that points to
 * its invitation, its caseworker or a contact detail.
 *
 * The key is 128 random bits and the table is WITHOUT ROWID (migration 0005), so rows are
 * stored in key order: nothing in the storage order follows the order of submission.
 */
export const responses = sqliteTable(
  'responses',
  {
    id: blob('id', { mode: 'buffer' })
      .primaryKey()
      .default(sql`(randomblob(16))`),
    surveyVersion: text('survey_version').notNull(),
    language: text('language', { enum: LOCALES }).notNull(),
    targetGroup: text('target_group')
      .notNull()
      .references(() => targetGroups.key),
    team: text('team').references(() => teams.key),
    submittedOn: text('submitted_on').notNull(),
    source: text('source', { enum: ['survey', 'import'] })
      .notNull()
      .default('survey'),
    guidanceHelps: likert('guidance_helps'),
    guidanceKnowledge: likert('guidance_knowledge'),
    clearPurpose: likert('clear_purpose'),
    minPlanUse: text('min_plan_use', { enum: ['yes', 'no', 'unknown'] }),
    minPlanOverview: likert('min_plan_overview'),
    resourcesIncluded: likert('resources_included'),
    professionalsCooperate: likert('professionals_cooperate'),
    meetingChannel: text('meeting_channel', { enum: ['in_person', 'phone', 'video', 'dk'] }),
    comment: text('comment'),
  },
  (t) => [
    // Covers every column the results counts read, so a period's counts never visit the table
    // rows; at 1M rows this is 5x faster once rows are not stored in date order (imports). See bench:results.
    index('responses_results').on(
      t.submittedOn,
      t.targetGroup,
      t.team,
      t.meetingChannel,
      t.language,
      t.guidanceHelps,
      t.guidanceKnowledge,
      t.clearPurpose,
      t.minPlanUse,
      t.minPlanOverview,
      t.resourcesIncluded,
      t.professionalsCooperate,
    ),
    // The comments of a period, with what the dashboard shows beside them, read without visiting
    // the rows of the responses that have none. A purged comment leaves the index with its value.
    index('responses_comments').on(t.submittedOn, t.targetGroup, t.comment).where(sql.raw('comment IS NOT NULL')),
    check('guidance_helps_range', likertCheck('guidance_helps')),
    check('guidance_knowledge_range', likertCheck('guidance_knowledge')),
    check('clear_purpose_range', likertCheck('clear_purpose')),
    check('min_plan_overview_range', likertCheck('min_plan_overview')),
    check('resources_included_range', likertCheck('resources_included')),
    check('professionals_cooperate_range', likertCheck('professionals_cooperate')),
    check('min_plan_use_values', sql`${t.minPlanUse} IS NULL OR ${t.minPlanUse} IN ('yes', 'no', 'unknown')`),
    check(
      'meeting_channel_values',
      sql`${t.meetingChannel} IS NULL OR ${t.meetingChannel} IN ('in_person', 'phone', 'video', 'dk')`,
    ),
    check('submitted_on_format', sql`${t.submittedOn} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check('comment_length', sql`${t.comment} IS NULL OR length(${t.comment}) <= 2000`),
  ],
);

/**
 * The five goals' counts per month and cell (target group, team, meeting channel, language),
 * so that results read a few thousand rows however many responses there are. Triggers on
 * `responses` keep it, in the same transaction as every insert, update and delete (migration
 * 0009, written by db/roll-up.ts). A missing team or channel is '' here, part of the key.
 */
export const responseMonths = sqliteTable(
  'response_months',
  {
    month: text('month').notNull(),
    targetGroup: text('target_group').notNull(),
    team: text('team').notNull(),
    meetingChannel: text('meeting_channel').notNull(),
    language: text('language').notNull(),
    responses: integer('responses').notNull(),
    guidanceN: integer('guidance_n').notNull(),
    guidanceAgree: integer('guidance_agree').notNull(),
    clearPurposeN: integer('clear_purpose_n').notNull(),
    clearPurposeAgree: integer('clear_purpose_agree').notNull(),
    minPlanN: integer('min_plan_n').notNull(),
    minPlanAgree: integer('min_plan_agree').notNull(),
    resourcesN: integer('resources_n').notNull(),
    resourcesAgree: integer('resources_agree').notNull(),
    cooperationN: integer('cooperation_n').notNull(),
    cooperationAgree: integer('cooperation_agree').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.targetGroup, t.team, t.meetingChannel, t.language] })],
);

export type NewInvitation = typeof invitations.$inferInsert;
export type Response = typeof responses.$inferSelect;
export type NewResponse = typeof responses.$inferInsert;

/** Thresholds (percent) of the five goals per year; a year without rows uses the nearest earlier one. */
export const thresholds = sqliteTable(
  'thresholds',
  {
    year: integer('year').notNull(),
    goal: text('goal', { enum: ['guidance', 'clear_purpose', 'min_plan', 'resources', 'cooperation'] }).notNull(),
    threshold: integer('threshold').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.year, t.goal] }), check('threshold_range', sql`${t.threshold} BETWEEN 0 AND 100`)],
);

/** Admin settings as key and value; defaults live in lib/settings.ts. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedBy: text('updated_by'),
});

/** API tokens for other systems; only the hash is stored. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  createdBy: text('created_by'),
  lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
});

/** Who did what and when. Never holds a password, a token or an answer. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    target: text('target'),
    details: text('details'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_actor').on(t.actorEmail, t.at)],
);

/** Failed sign-ins per key (an account or an address) for throttling. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sign_in_failures_key_at').on(t.key, t.at)],
);

/** TOTP codes already accepted, so that none is accepted twice within its window. */
export const usedTotpCodes = sqliteTable(
  'used_totp_codes',
  {
    userId: text('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** Progress of a batch's e-mails, sent in the background; counts only, no addresses. */
export const mailJobs = sqliteTable('mail_jobs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  total: integer('total').notNull(),
  sent: integer('sent').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
});
