import 'server-only';
import { createTranslator } from 'use-intl/core';
import type { Db } from '@/db/client';
import { markSent } from '@/db/queries/reminders';
import { getOrganisation } from '@/db/queries/settings';
import { sendMail, type Mail } from './transport';
import { inLine, LANGUAGE_TAGS, textDirection, type Locale } from '@/lib/locales';
import { dateInWords } from '@/lib/dates';
import type { Organisation } from '@/lib/organisation';
import { CITIZEN_MESSAGES } from '@/lib/citizen-messages';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The invitation (or its one reminder) in the citizen's language, signed by the municipality
 * that asks: plain text and simple HTML, no images, nothing that tracks whether it was opened.
 */
export function invitationEmail(
  input: { to: string; language: Locale; url: string; code: string; expires: Date },
  kind: 'invitation' | 'reminder',
  organisation: Pick<Organisation, 'name' | 'unit'>,
): Mail {
  const t = createTranslator({
    locale: LANGUAGE_TAGS[input.language],
    messages: CITIZEN_MESSAGES[input.language],
    namespace: 'Email',
  });
  const expires = dateInWords(input.expires, input.language);
  const subject = kind === 'reminder' ? t('reminderSubject') : t('subject');
  const lines = [
    kind === 'reminder' ? t('reminderIntro') : t('intro'),
    t('why'),
    t('linkLine', { url: inLine(input.language, input.url) }),
    t('codeLine', { code: inLine(input.language, input.code) }),
    t('expires', { date: expires }),
    ...(kind === 'reminder' ? [t('reminderNewLink')] : []),
    t('anonymous'),
    t('signature', { unit: organisation.unit, name: organisation.name }),
  ];
  const text = lines.join('\n\n') + '\n';
  const html = `<!doctype html><html lang="${LANGUAGE_TAGS[input.language]}" dir="${textDirection(input.language)}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head><body>${lines
    .map((line, index) =>
      index === 2
        ? `<p><a href="${escape(input.url)}">${escape(t('linkText'))}</a><br>${escape(input.url)}</p>`
        : `<p>${escape(line)}</p>`,
    )
    .join('')}</body></html>`;
  return { to: input.to, subject, text, html };
}

/** Sends a new invitation by e-mail and records when; throws when the mail server refuses it. */
export async function sendInvitationEmail(
  db: Db,
  invitation: { id: number; expiresAt: Date },
  mail: { to: string; language: Locale; url: string; code: string },
): Promise<void> {
  await sendMail(invitationEmail({ ...mail, expires: invitation.expiresAt }, 'invitation', getOrganisation(db)));
  markSent(db, invitation.id);
}
