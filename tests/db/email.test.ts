import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createInvitations, getTokenState } from '@/db/queries/invitations';
import { submitResponse } from '@/db/queries/responses';
import { DAY_MS } from '@/lib/dates';
import { localePrefix, type Locale } from '@/lib/locales';
import { setOrganisation } from '@/db/queries/settings';
import { DEFAULT_ORGANISATION } from '@/lib/organisation';
import { surveyUrl } from '@/lib/survey/links';
import { sendInvitationEmail } from '@/server/mail/invitation-email';
import { sendReminders } from '@/server/reminders';
import { formatCode, normalizeCode } from '@/lib/tokens';
import { setUpFreshDatabase } from '../support/fresh-database';
import { startSmtpServer } from '../support/smtp';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let inbox: ParsedMail[];
beforeAll(async () => {
  smtp = await startSmtpServer();
  inbox = smtp.inbox;
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Jobcentret <noreply@jobcenter.test>';
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await smtp.close();
});

let db: Db;
setUpFreshDatabase((fresh) => ({ db } = fresh));
beforeEach(() => {
  inbox.length = 0;
});

const BASE = 'https://survey.example';
const linkIn = (mail: ParsedMail) =>
  /https:\/\/survey\.example(\/en|\/uk|\/ar|\/let)?\/s\/([0-9A-Z-]{19})/.exec(mail.text ?? '');

async function emailInvitation(language: Locale, now = new Date()) {
  const [created] = createInvitations(db, {
    targetGroup: 'dagpenge',
    channel: 'email',
    count: 1,
    email: 'borger@example.dk',
    language,
    now,
  });
  const code = formatCode(created!.token);
  await sendInvitationEmail(db, created!, {
    to: 'borger@example.dk',
    language,
    url: surveyUrl(BASE, code, language),
    code,
  });
  return created!;
}

const row = (id: number) =>
  db.$client.prepare('SELECT email, sent_at, reminded_at, answered FROM invitations WHERE id = ?').get(id) as Record<
    string,
    unknown
  >;

describe('invitation e-mails through a real SMTP server', () => {
  it('arrive in the right language with a working link; answering erases the address', async () => {
    const created = await emailInvitation('en');
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail!.subject).toBe('How do you experience the jobcentre?');
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('borger@example.dk');
    expect(mail!.html).toContain('<html lang="en" dir="ltr">');
    expect(mail!.html).not.toMatch(/<img|<script/i);
    const link = linkIn(mail!);
    expect(link?.[1]).toBe('/en');
    const token = normalizeCode(link![2]!)!;
    expect(getTokenState(db, token)).toBe('open');
    expect(row(created.id)).toMatchObject({ email: 'borger@example.dk', reminded_at: null });
    expect(row(created.id).sent_at).not.toBeNull();

    expect(submitResponse(db, token, { clear_purpose: '4' }, 'en')).toEqual({ ok: true });
    expect(row(created.id)).toMatchObject({ email: null });
    expect(row(created.id).answered).toBe(1);
  });

  it('a Danish invitation is in Danish', async () => {
    await emailInvitation('da');
    expect(inbox[0]!.subject).toBe('Hvordan oplever du Jobcentret?');
    expect(inbox[0]!.text).toContain('Svar her: https://survey.example/s/');
  });

  it('in Ukrainian, Arabic and easy-read Danish, each in its own words, signed by the municipality', async () => {
    setOrganisation(db, { ...DEFAULT_ORGANISATION, name: 'Eksempel Kommune', unit: 'Jobcenter Eksempel' }, 'test');
    for (const language of ['uk', 'ar', 'let'] as const) {
      inbox.length = 0;
      const created = await emailInvitation(language);
      const [mail] = inbox;
      const code = formatCode(created.token);
      // In Arabic the code is isolated as left to right inside the sentence, elsewhere plain.
      expect(mail!.text).toContain(language === 'ar' ? `\u2066${code}\u2069` : ` ${code}`);
      const { Email } = (await import(`@/messages/${language}.json`)).default;
      expect(mail!.subject).toBe(Email.subject);
      expect(linkIn(mail!)?.[1]).toBe(localePrefix(language));
      expect(mail!.text).toContain('Eksempel Kommune');
      expect(mail!.text).toContain('Jobcenter Eksempel');
      expect(mail!.text).not.toContain('Lyngby-Taarbæk');
      expect(mail!.html).toContain(
        { uk: '<html lang="uk" dir="ltr">', ar: '<html lang="ar" dir="rtl">', let: '<html lang="da" dir="ltr">' }[
          language
        ],
      );
    }
  });

  it('a reminder arrives once and only once, with a new working link', async () => {
    const sentAt = new Date(Date.now() - 8 * DAY_MS);
    const created = await emailInvitation('da', sentAt);
    db.$client.prepare('UPDATE invitations SET sent_at = ? WHERE id = ?').run(sentAt.getTime(), created.id);
    const first = linkIn(inbox[0]!)![2]!;

    // Not yet due for an invitation sent today.
    const fresh = await emailInvitation('da');
    expect(await sendReminders(db, BASE)).toEqual({ sent: 1, failed: 0 });
    expect(await sendReminders(db, BASE)).toEqual({ sent: 0, failed: 0 });
    const reminders = inbox.filter((mail) => mail.subject?.startsWith('Påmindelse'));
    expect(reminders).toHaveLength(1);
    const second = linkIn(reminders[0]!)![2]!;
    expect(second).not.toBe(first);
    expect(getTokenState(db, normalizeCode(second)!)).toBe('open');
    expect(getTokenState(db, normalizeCode(first)!)).toBe('unavailable');
    expect(row(created.id).reminded_at).not.toBeNull();
    expect(row(fresh.id).reminded_at).toBeNull();
  });

  it('no reminder after an answer', async () => {
    const sentAt = new Date(Date.now() - 8 * DAY_MS);
    const created = await emailInvitation('da', sentAt);
    db.$client.prepare('UPDATE invitations SET sent_at = ? WHERE id = ?').run(sentAt.getTime(), created.id);
    submitResponse(db, normalizeCode(linkIn(inbox[0]!)![2]!)!, { clear_purpose: '5' }, 'da');
    expect(await sendReminders(db, BASE)).toEqual({ sent: 0, failed: 0 });
  });

  it('a refused reminder is released: the first link works again and a later run retries', async () => {
    const sentAt = new Date(Date.now() - 8 * DAY_MS);
    const created = await emailInvitation('da', sentAt);
    db.$client.prepare('UPDATE invitations SET sent_at = ? WHERE id = ?').run(sentAt.getTime(), created.id);
    const first = normalizeCode(linkIn(inbox[0]!)![2]!)!;
    const working = process.env.SMTP_URL;
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    try {
      expect(await sendReminders(db, BASE)).toEqual({ sent: 0, failed: 1 });
    } finally {
      process.env.SMTP_URL = working;
    }
    expect(getTokenState(db, first)).toBe('open');
    expect(row(created.id).reminded_at).toBeNull();
    expect(await sendReminders(db, BASE)).toEqual({ sent: 1, failed: 0 });
  });
});
