import 'server-only';
import { createTranslator } from 'use-intl/core';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import type { Mail } from './transport';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The invitation (or its one reminder) in the citizen's language: plain text
 * and simple HTML, no images, nothing that tracks whether it was opened.
 */
export function invitationEmail(
  input: { to: string; language: 'da' | 'en'; url: string; code: string; expires: Date },
  kind: 'invitation' | 'reminder',
): Mail {
  const t = createTranslator({
    locale: input.language,
    messages: input.language === 'da' ? da : en,
    namespace: 'Email',
  });
  const expires = new Intl.DateTimeFormat(input.language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  }).format(input.expires);
  const subject = kind === 'reminder' ? t('reminderSubject') : t('subject');
  const lines = [
    kind === 'reminder' ? t('reminderIntro') : t('intro'),
    t('why'),
    t('linkLine', { url: input.url }),
    t('codeLine', { code: input.code }),
    t('expires', { date: expires }),
    ...(kind === 'reminder' ? [t('reminderNewLink')] : []),
    t('anonymous'),
    t('signature'),
  ];
  const text = lines.join('\n\n') + '\n';
  const html = `<!doctype html><html lang="${input.language}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head><body>${lines
    .map((line, index) =>
      index === 2
        ? `<p><a href="${escape(input.url)}">${escape(t('linkText'))}</a><br>${escape(input.url)}</p>`
        : `<p>${escape(line)}</p>`,
    )
    .join('')}</body></html>`;
  return { to: input.to, subject, text, html };
}
