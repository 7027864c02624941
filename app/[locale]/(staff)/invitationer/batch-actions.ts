'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { createInvitationBatch } from '@/db/queries/invitations';
import { listTargetGroups, listTeams } from '@/db/queries/reference';
import { getOrganisation, getSettings } from '@/db/queries/settings';
import { MAX_PRINTED_CARDS, cardIssuer, invitationCard, type CardData } from '@/server/invitation-card';
import { requireRole } from '@/server/auth/session';
import { publicBaseUrl } from '@/server/base-url';
import { MAX_BATCH_ROWS, parseBatchCsv, type BatchProblem, type BatchRow } from '@/lib/batch';
import { toCsv } from '@/lib/csv';
import { createMailJob } from '@/db/queries/mail-jobs';
import { startMailJob, type MailItem } from '@/server/mail-jobs';
import { mailConfigured } from '@/server/mail/transport';
import { formatCode } from '@/lib/tokens';
import { dateInWords } from '@/lib/dates';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales';
import { surveyUrl } from '@/lib/survey/links';
import { formValues } from '@/lib/validation/forms';
import type { ActionState } from '@/lib/action-state';
import { problems } from '@/server/form-results';
import type { CreatedBatch } from './batch-state';

const MAX_FILE_BYTES = 512 * 1024;

/** Many invitations at once, from a count for one group or from a CSV file: all rows or none. */
export async function createBatch(
  _state: ActionState<CreatedBatch>,
  formData: FormData,
): Promise<ActionState<CreatedBatch>> {
  const user = await requireRole('caseworker');
  const t = await getTranslations('Batch');
  const db = getDb();
  const known = {
    groups: new Set(listTargetGroups(db, { activeOnly: true }).map((g) => g.key)),
    teams: new Set(listTeams(db, { activeOnly: true }).map((team) => team.key)),
    mailEnabled: mailConfigured(),
  };
  const values = formValues(formData);
  const describe = (found: BatchProblem[]) =>
    problems(
      found.map((p) => t('problem', { line: p.line, reason: t(`reasons.${p.reason}`, { value: p.value ?? '' }) })),
    );

  let rows: BatchRow[];
  if (values.mode === 'count') {
    const count = Number(values.count);
    const language = isLocale(values.language) ? values.language : DEFAULT_LOCALE;
    const team = values.team ?? '';
    // The fields of the form, each with its own message beside it.
    const fieldErrors: Record<string, string> = {};
    if (!known.groups.has(values.targetGroup ?? '')) fieldErrors.targetGroup = t('chooseGroup');
    if (team !== '' && !known.teams.has(team)) fieldErrors.team = t('chooseTeam');
    if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH_ROWS)
      fieldErrors.count = t('countRange', { max: MAX_BATCH_ROWS });
    if (Object.keys(fieldErrors).length) return { status: 'error', fieldErrors, formErrors: [], values };
    rows = Array.from({ length: count }, (_, i) => ({
      line: i + 1,
      email: null,
      targetGroup: values.targetGroup!,
      language,
      team: team || null,
    }));
  } else {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) return describe([{ line: 1, reason: 'emptyFile' }]);
    if (file.size > MAX_FILE_BYTES) return describe([{ line: 1, reason: 'tooManyRows' }]);
    const parsed = parseBatchCsv(await file.text(), known);
    if (parsed.problems.length) return describe(parsed.problems);
    rows = parsed.rows;
  }

  const created = createInvitationBatch(db, rows, {
    createdBy: user.id,
    expiresInDays: getSettings(db).tokenExpiryDays,
  });
  const base = publicBaseUrl(await headers());
  const mailItems: MailItem[] = [];
  // The expiry twice: as a moment for machines, and as the day in the citizen's language for the letter.
  const lines = [['url', 'code', 'expires_at', 'expires', 'email', 'language', 'target_group', 'team']];
  for (const invitation of created) {
    const code = formatCode(invitation.token);
    const url = surveyUrl(base, code, invitation.language);
    lines.push([
      url,
      code,
      invitation.expiresAt.toISOString(),
      dateInWords(invitation.expiresAt, invitation.language),
      invitation.email ?? '',
      invitation.language,
      invitation.targetGroup,
      invitation.team ?? '',
    ]);
    if (invitation.email)
      mailItems.push({ invitation, to: invitation.email, language: invitation.language, url, code });
  }
  let mailJob: { id: number; count: number } | undefined;
  if (mailItems.length > 0) {
    // Sent after this response, in the background; the progress page reads the counts.
    const id = createMailJob(db, user.id, mailItems.length);
    void startMailJob(db, id, mailItems);
    mailJob = { id, count: mailItems.length };
  }
  // Cards for the invitations that get no e-mail: the letter to a whole group, or a pile for the desk.
  const printable = created.filter((invitation) => !invitation.email);
  let cards: CreatedBatch['cards'];
  if (printable.length > MAX_PRINTED_CARDS) cards = { tooMany: MAX_PRINTED_CARDS };
  else if (printable.length > 0) {
    const organisation = getOrganisation(db);
    const items: CardData[] = [];
    for (const invitation of printable) {
      items.push(await invitationCard({ ...invitation, code: formatCode(invitation.token) }, base, organisation));
    }
    cards = { issuer: cardIssuer(organisation), items };
  }
  revalidatePath('/[locale]/invitationer', 'page');
  // UTF-8 with BOM and ";" so that Danish Excel and Word's mail merge read it as it is.
  const csv = '\uFEFF' + toCsv(lines, ';');
  return {
    status: 'done',
    message: t('created', { count: created.length }),
    data: {
      mailJob,
      cards,
      download: `data:text/csv;charset=utf-8;base64,${Buffer.from(csv, 'utf8').toString('base64')}`,
      choices:
        values.mode === 'count'
          ? {
              targetGroup: values.targetGroup ?? '',
              team: values.team ?? '',
              language: values.language ?? '',
              count: values.count ?? '',
            }
          : undefined,
    },
  };
}
