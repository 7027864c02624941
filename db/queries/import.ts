import type { Db } from '../client';
import { responses, targetGroups, teams, type NewResponse } from '../schema';
import { copenhagenDate } from '@/lib/dates';
import { importFailure, type ImportError, type ImportFailure, type ImportRow } from '@/lib/import';
import { SURVEY_VERSION } from '@/lib/survey/definition';
import { toResponseColumns } from './responses';

export type ImportResult = { ok: true; imported: number } | ImportFailure;

// 15 bound values a row: 7,500 a statement, under SQLite's 32,766 and PostgreSQL's 65,535.
const CHUNK_ROWS = 500;

/** The target groups and teams that exist (retired ones too): a file may name only these. */
export function knownKeys(db: Db) {
  // Retired groups and teams count: old answers keep the group they were given.
  return {
    targetGroups: new Set(
      db
        .select({ key: targetGroups.key })
        .from(targetGroups)
        .all()
        .map((row) => row.key),
    ),
    teams: new Set(
      db
        .select({ key: teams.key })
        .from(teams)
        .all()
        .map((row) => row.key),
    ),
  };
}

/**
 * Stores parsed rows as responses, all or none, in one immediate transaction.
 * The target groups and teams are checked again inside it, so the rows need not
 * come from `importFile`.
 */
export function importResponses(db: Db, rows: readonly ImportRow[], now = new Date()): ImportResult {
  const today = copenhagenDate(now);
  return db.transaction(
    (tx): ImportResult => {
      const known = knownKeys(tx as unknown as Db);
      const errors: ImportError[] = [];
      for (const row of rows) {
        if (row.submittedOn > today)
          errors.push({ line: row.line, reason: 'future_date', column: 'submitted_on', value: row.submittedOn });
        if (!known.targetGroups.has(row.targetGroup)) {
          errors.push({
            line: row.line,
            reason: 'unknown_target_group',
            column: 'target_group',
            value: row.targetGroup,
          });
        }
        if (row.team !== null && !known.teams.has(row.team))
          errors.push({ line: row.line, reason: 'unknown_team', column: 'team', value: row.team });
      }
      if (errors.length > 0) return importFailure(errors);

      const values = rows.map((row): NewResponse => ({
        surveyVersion: SURVEY_VERSION,
        // The earlier surveys were Danish; the file does not say, and every response needs a language.
        language: 'da',
        targetGroup: row.targetGroup,
        team: row.team,
        submittedOn: row.submittedOn,
        source: 'import',
        ...toResponseColumns(row.answers),
      }));
      for (let start = 0; start < values.length; start += CHUNK_ROWS) {
        tx.insert(responses)
          .values(values.slice(start, start + CHUNK_ROWS))
          .run();
      }
      return { ok: true, imported: values.length };
    },
    { behavior: 'immediate' },
  );
}
