import 'server-only';
import type { Db } from '@/db/client';
import { markSent } from '@/db/queries/reminders';
import { invitationEmail } from './invitation-email';
import { sendMail } from './transport';

/** Sends a new invitation by e-mail and records when; throws when the mail server refuses it. */
export async function sendInvitationEmail(
  db: Db,
  invitation: { id: number; expiresAt: Date },
  mail: { to: string; language: 'da' | 'en'; url: string; code: string },
): Promise<void> {
  await sendMail(invitationEmail({ ...mail, expires: invitation.expiresAt }, 'invitation'));
  markSent(db, invitation.id);
}
