import { databasePath, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { sendReminders } from '../server/reminders';
import { mailConfigured } from '../server/mail/transport';
import { logError, logEvent } from '../lib/log';

/** For a scheduled job: one reminder to each due e-mail invitation. Prints counts only. */
async function main() {
  if (!mailConfigured()) {
    logEvent('reminders', { skipped: 'SMTP_URL and MAIL_FROM are not set' });
    return;
  }
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    const baseUrl = (process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
    logEvent('reminders', await sendReminders(db, baseUrl));
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  // The code only: a mail server's message can quote a recipient's address.
  logError('reminders_failed', error);
  process.exit(1);
});
