import type { ActionState } from '@/lib/action-state';
import type { Locale } from '@/lib/locales';

export type CardText = { title: string; why: string; how: string };

/** A new invitation as its creator sees it: link, code, QR code, the card's texts and what the e-mail did. */
export type CreatedInvitation = {
  id: number;
  sentTo?: string;
  sendFailed?: boolean;
  url: string;
  address: string;
  code: string;
  qrSvg: string;
  expires: string;
  language: Locale;
  card: { first: CardText; second: CardText };
  /** The form's choices, kept for the next invitation. */
  choices: Record<string, string>;
};

export type CreatorState = ActionState<CreatedInvitation>;
