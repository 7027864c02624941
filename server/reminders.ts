import 'server-only';
import type { Db } from '@/db/client';
import { claimReminder, dueReminders, releaseReminder } from '@/db/queries/reminders';
import { getOrganisation, getSettings } from '@/db/queries/settings';
import { invitationEmail } from './mail/invitation-email';
import { sendMail } from './mail/transport';
import { formatCode } from '@/lib/tokens';
import { surveyUrl } from '@/lib/survey/links';

/** Sends the one reminder each due e-mail invitation gets. Returns counts only. */
export async function sendReminders(
  db: Db,
  baseUrl: string,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const organisation = getOrganisation(db);
  for (const id of dueReminders(db, getSettings(db).reminderDays, now)) {
    const claimed = claimReminder(db, id, now);
    if (!claimed) continue;
    const code = formatCode(claimed.token);
    const url = surveyUrl(baseUrl, code, claimed.language);
    try {
      await sendMail(
        invitationEmail(
          { to: claimed.email, language: claimed.language, url, code, expires: claimed.expiresAt },
          'reminder',
          organisation,
        ),
      );
      sent++;
    } catch {
      releaseReminder(db, claimed);
      failed++;
    }
  }
  return { sent, failed };
}
