import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailSettings } from '@/lib/env';

/** E-mail is on only when both SMTP_URL and MAIL_FROM are set; otherwise its options are hidden. */
export function mailConfigured(): boolean {
  return mailSettings() !== null;
}

let cached: { url: string; transport: Transporter } | undefined;

function settings() {
  const configured = mailSettings();
  if (!configured) throw new Error('E-mail is not configured (SMTP_URL and MAIL_FROM)');
  if (cached?.url !== configured.url)
    cached = { url: configured.url, transport: nodemailer.createTransport(configured.url) };
  return { transport: cached.transport, from: configured.from };
}

export type Mail = { to: string; subject: string; text: string; html: string };

export async function sendMail(mail: Mail): Promise<void> {
  const { transport, from } = settings();
  await transport.sendMail({ from, ...mail });
}
