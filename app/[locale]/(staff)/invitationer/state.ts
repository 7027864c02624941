import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/locales';
import type { CardData, CardIssuer } from '@/server/invitation-card';

/** A new invitation as its creator sees it: link, code, QR code, the card's texts and what the e-mail did. */
export type CreatedInvitation = {
  id: number;
  sentTo?: string;
  sendFailed?: boolean;
  url: string;
  address: string;
  code: string;
  expires: string;
  language: Locale;
  /** The printable card and who it says asks. */
  card: CardData;
  issuer: CardIssuer;
  /** The form's choices, kept for the next invitation. */
  choices: Record<string, string>;
};

export type CreatorState = ActionState<CreatedInvitation>;
