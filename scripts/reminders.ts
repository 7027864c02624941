import { databasePath, migrateDatabase, openDatabase } from '../db/client';
import { sendReminders } from '../lib/reminders';
import { mailConfigured } from '../lib/mail/transport';

/** For a scheduled job: one reminder to each due e-mail invitation. Prints counts only. */
async function main() {
  if (!mailConfigured()) {
    console.log(JSON.stringify({ event: 'reminders', skipped: 'SMTP_URL and MAIL_FROM are not set' }));
    return;
  }
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    const baseUrl = (process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
    console.log(JSON.stringify({ event: 'reminders', ...(await sendReminders(db, baseUrl)) }));
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ event: 'reminders_failed', message: (error as Error).message }));
  process.exit(1);
});
