import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

/** E-mail is on only when both SMTP_URL and MAIL_FROM are set; otherwise its options are hidden. */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL && process.env.MAIL_FROM);
}

let cached: { url: string; transport: Transporter } | undefined;

function transport(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url || !process.env.MAIL_FROM) throw new Error('E-mail is not configured (SMTP_URL and MAIL_FROM)');
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export type Mail = { to: string; subject: string; text: string; html: string };

export async function sendMail(mail: Mail): Promise<void> {
  await transport().sendMail({ from: process.env.MAIL_FROM, ...mail });
}
