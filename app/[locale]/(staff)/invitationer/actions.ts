'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getFormatter, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { createInvitations, InvitationInputError, markCardChannel } from '@/db/queries/invitations';
import { requireRole } from '@/lib/auth/session';
import { publicBaseUrl } from '@/lib/base-url';
import { SETTINGS } from '@/lib/settings';
import { formatCode } from '@/lib/tokens';
import { formValues, wholeNumber } from '@/lib/validation/forms';
import type { CardText, CreatorState } from './state';

const schema = z.object({
  targetGroup: z.string({ error: 'unknownGroup' }).min(1, { error: 'unknownGroup' }),
  team: z.string().optional().transform((value) => value?.trim() || null),
  language: z.enum(['da', 'en'], { error: 'invalidRequest' }),
  expiresInDays: wholeNumber(SETTINGS.tokenExpiryDays.min, SETTINGS.tokenExpiryDays.max),
});

async function cardText(locale: 'da' | 'en', address: string): Promise<CardText> {
  const t = await getTranslations({ locale, namespace: 'Invitations' });
  return { title: t('cardTitle'), why: t('cardWhy'), how: t('cardHow', { address }) };
}

/** One invitation for the citizen in front of the caseworker: link, code, QR code and a card to print. */
export async function createInvitation(_state: CreatorState, formData: FormData): Promise<CreatorState> {
  const user = await requireRole('caseworker');
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  const t = await getTranslations('Invitations');
  const f = await getTranslations('Forms.errors');
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] ??=
        issue.message === 'unknownGroup'
          ? t('unknownGroup')
          : issue.message === 'invalidNumber'
            ? f('invalidNumber', SETTINGS.tokenExpiryDays)
            : f('invalidRequest');
    }
    return { status: 'error', fieldErrors, values };
  }
  const db = getDb();
  let created;
  try {
    [created] = createInvitations(db, { ...parsed.data, channel: 'link', count: 1, createdBy: user.id });
  } catch (error) {
    if (!(error instanceof InvitationInputError)) throw error;
    const field = error.message.startsWith('unknown team') ? 'team' : 'targetGroup';
    return { status: 'error', fieldErrors: { [field]: field === 'team' ? f('unknownTeam') : t('unknownGroup') }, values };
  }
  const base = publicBaseUrl(await headers());
  const code = formatCode(created!.token);
  const language = parsed.data.language;
  const address = `${base}${language === 'en' ? '/en' : ''}/s`;
  const url = `${address}/${code}`;
  const format = await getFormatter();
  revalidatePath('/[locale]/invitationer', 'page');
  return {
    status: 'created',
    id: created!.id,
    url,
    address,
    code,
    qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    expires: format.dateTime(created!.expiresAt, { dateStyle: 'long' }),
    language,
    card: {
      first: await cardText(language, address),
      second: await cardText(language === 'da' ? 'en' : 'da', `${base}${language === 'da' ? '/en' : ''}/s`),
    },
  };
}

/** Printing the card records the channel, for the caseworker's follow-up. */
export async function markPrinted(formData: FormData): Promise<void> {
  const user = await requireRole('caseworker');
  const id = Number(formValues(formData).id);
  if (Number.isInteger(id)) markCardChannel(getDb(), id, user.id);
  revalidatePath('/[locale]/invitationer', 'page');
}
