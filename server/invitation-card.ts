import 'server-only';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { dateInWords } from '@/lib/dates';
import { inLine, type Locale } from '@/lib/locales';
import { logoPath, type Organisation } from '@/lib/organisation';
import { surveyAddress, surveyUrl } from '@/lib/survey/links';

/** One language's text on a card: what it asks and why, how to answer, until when, whom to ask. */
export type CardFace = { language: Locale; title: string; why: string; how: string; expires: string; contact: string };

/** Who asks, printed at the top of every card. */
export type CardIssuer = { name: string; unit: string; logo: string | null };

/** A printable card: its QR code and code, and its text in the invitation's language and Danish. */
export type CardData = { code: string; qrSvg: string; faces: CardFace[] };

/** The most cards one batch prints (50 A4 sheets); a larger batch gets its CSV only. */
export const MAX_PRINTED_CARDS = 200;

export const cardIssuer = (organisation: Organisation): CardIssuer => ({
  name: organisation.name,
  unit: organisation.unit,
  logo: logoPath(organisation),
});

/** The invitation's language first, then Danish (a Danish invitation adds English, as before). */
const cardLanguages = (language: Locale): Locale[] => (language === 'da' ? ['da', 'en'] : [language, 'da']);

async function face(language: Locale, base: string, expiresAt: Date, organisation: Organisation): Promise<CardFace> {
  const t = await getTranslations({ locale: language, namespace: 'Card' });
  const o = await getTranslations({ locale: language, namespace: 'Organisation' });
  const contact = [
    organisation.phone && o('phone', { phone: inLine(language, organisation.phone) }),
    organisation.email && inLine(language, organisation.email),
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    language,
    title: t('title'),
    why: t('why'),
    how: t('how', { address: inLine(language, surveyAddress(base, language)) }),
    expires: t('expires', { date: dateInWords(expiresAt, language) }),
    contact: contact ? t('contact', { contact }) : '',
  };
}

/** A card for one invitation, its QR code leading to the survey with the code filled in. */
export async function invitationCard(
  invitation: { code: string; language: Locale; expiresAt: Date },
  base: string,
  organisation: Organisation,
): Promise<CardData> {
  const url = surveyUrl(base, invitation.code, invitation.language);
  return {
    code: invitation.code,
    qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    faces: await Promise.all(
      cardLanguages(invitation.language).map((language) => face(language, base, invitation.expiresAt, organisation)),
    ),
  };
}
