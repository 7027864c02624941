import type { CardData, CardIssuer } from '@/server/invitation-card';

/**
 * A batch as its creator gets it back: the links as a CSV to download, the e-mails' job if any,
 * printable cards for the invitations without e-mail (or, above the limit, only that limit), and
 * what the count form chose, which it keeps for the next batch.
 */
export type CreatedBatch = {
  mailJob?: { id: number; count: number };
  download: string;
  cards?: { issuer: CardIssuer; items: CardData[] } | { tooMany: number };
  choices?: Record<string, string>;
};
