'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { LOCALES } from '@/lib/locales';
import { getDb } from '@/db/client';
import { createInvitations, InvitationInputError, markCardChannel } from '@/db/queries/invitations';
import { requireRole } from '@/server/auth/session';
import { publicBaseUrl } from '@/server/base-url';
import { SETTINGS } from '@/lib/settings';
import { sendInvitationEmail } from '@/server/mail/invitation-email';
import { mailConfigured } from '@/server/mail/transport';
import { sendReminders } from '@/server/reminders';
import { formatCode } from '@/lib/tokens';
import { surveyAddress, surveyUrl } from '@/lib/survey/links';
import type { ActionState } from '@/lib/action-state';
import { cleanText, formValues, wholeNumber } from '@/lib/validation/forms';
import type { CreatorState } from './state';
import { logError } from '@/lib/log';
import { getOrganisation } from '@/db/queries/settings';
import { cardIssuer, invitationCard } from '@/server/invitation-card';

const schema = z.object({
  email: z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? '').toLowerCase() || null)
    .pipe(z.email({ error: 'invalidEmail' }).nullable()),
  targetGroup: z.string({ error: 'unknownGroup' }).min(1, { error: 'unknownGroup' }),
  team: z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? '') || null),
  language: z.enum(LOCALES, { error: 'invalidRequest' }),
  expiresInDays: wholeNumber(SETTINGS.tokenExpiryDays.min, SETTINGS.tokenExpiryDays.max),
});

/** One invitation for the citizen in front of the caseworker: link, code, QR code and a card to print. */
export async function createInvitation(_state: CreatorState, formData: FormData): Promise<CreatorState> {
  const user = await requireRole('caseworker');
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  const t = await getTranslations('Invitations');
  const f = await getTranslations('Forms.errors');
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] ??=
        issue.message === 'unknownGroup'
          ? t('unknownGroup')
          : issue.message === 'invalidNumber'
            ? f('invalidNumber', SETTINGS.tokenExpiryDays)
            : issue.message === 'invalidEmail'
              ? f('invalidEmail')
              : f('invalidRequest');
    }
    return { status: 'error', fieldErrors, formErrors: [], values };
  }
  const db = getDb();
  const email = mailConfigured() ? parsed.data.email : null;
  let created;
  try {
    [created] = createInvitations(db, {
      ...parsed.data,
      email,
      channel: email ? 'email' : 'link',
      count: 1,
      createdBy: user.id,
    });
  } catch (error) {
    if (!(error instanceof InvitationInputError)) throw error;
    const field = error.message.startsWith('unknown team') ? 'team' : 'targetGroup';
    return {
      status: 'error',
      fieldErrors: { [field]: field === 'team' ? f('unknownTeam') : t('unknownGroup') },
      formErrors: [],
      values,
    };
  }
  const base = publicBaseUrl(await headers());
  const code = formatCode(created!.token);
  const language = parsed.data.language;
  const address = surveyAddress(base, language);
  const url = surveyUrl(base, code, language);
  const format = await getFormatter();
  const organisation = getOrganisation(db);
  let mail: { sentTo?: string; sendFailed?: boolean } = {};
  if (email) {
    try {
      await sendInvitationEmail(db, created!, { to: email, language, url, code });
      mail = { sentTo: email };
    } catch (error) {
      logError('invitation_mail_failed', error);
      mail = { sendFailed: true };
    }
  }
  revalidatePath('/[locale]/invitationer', 'page');
  return {
    status: 'done',
    message: t('createdHeading'),
    data: {
      ...mail,
      id: created!.id,
      url,
      address,
      code,
      expires: format.dateTime(created!.expiresAt, { dateStyle: 'long' }),
      language,
      card: await invitationCard({ code, language, expiresAt: created!.expiresAt }, base, organisation),
      issuer: cardIssuer(organisation),
      choices: {
        targetGroup: parsed.data.targetGroup,
        team: parsed.data.team ?? '',
        language,
        expiresInDays: String(parsed.data.expiresInDays),
      },
    },
  };
}

/** Printing the card records the channel, for the caseworker's follow-up. */
export async function markPrinted(formData: FormData): Promise<void> {
  const user = await requireRole('caseworker');
  const id = Number(formValues(formData).id);
  if (Number.isInteger(id)) markCardChannel(getDb(), id, user.id);
  revalidatePath('/[locale]/invitationer', 'page');
}

/** A manager's button for the reminders the scheduled job would send. */
export async function sendRemindersNow(_state: ActionState, _formData: FormData): Promise<ActionState> {
  await requireRole('manager');
  const t = await getTranslations('InvitationEmail');
  const result = await sendReminders(getDb(), publicBaseUrl(await headers()));
  revalidatePath('/[locale]/invitationer', 'page');
  return { status: 'done', message: t('remindersSent', result), data: undefined };
}
