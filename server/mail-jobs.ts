import 'server-only';
import type { Db } from '@/db/client';
import { finishMailJob, recordMailResult } from '@/db/queries/mail-jobs';
import { sendInvitationEmail } from './mail/invitation-email';
import type { Locale } from '@/lib/locales';

export type MailItem = {
  invitation: { id: number; expiresAt: Date };
  to: string;
  language: Locale;
  url: string;
  code: string;
};

/**
 * Sends a batch's e-mails one by one after the request has answered, counting
 * sent and failed in the database so that the progress page survives a reload.
 */
export function startMailJob(db: Db, jobId: number, items: MailItem[]): Promise<void> {
  const run = async () => {
    for (const item of items) {
      try {
        await sendInvitationEmail(db, item.invitation, {
          to: item.to,
          language: item.language,
          url: item.url,
          code: item.code,
        });
        recordMailResult(db, jobId, true);
      } catch {
        recordMailResult(db, jobId, false);
      }
    }
    finishMailJob(db, jobId);
  };
  return run();
}
