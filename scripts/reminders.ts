import { sendReminders } from '../server/reminders';
import { mailConfigured } from '../server/mail/transport';
import { logError, logEvent } from '../lib/log';
import { publicBaseUrl, runCommand, withDatabase } from './lib/cli';

/** For a scheduled job: one reminder to each due e-mail invitation. Prints counts only. */
runCommand(
  async () => {
    if (!mailConfigured()) {
      logEvent('reminders', { skipped: 'SMTP_URL and MAIL_FROM are not set' });
      return;
    }
    await withDatabase(async (db) => logEvent('reminders', await sendReminders(db, publicBaseUrl())));
  },
  // The code only: a mail server's message can quote a recipient's address.
  (error) => logError('reminders_failed', error),
);
