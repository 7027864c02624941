/**
 * A batch as its creator gets it back: the links as a CSV to download, the e-mails' job if any,
 * and what the count form chose, which it keeps for the next batch.
 */
export type CreatedBatch = {
  mailJob?: { id: number; count: number };
  download: string;
  choices?: Record<string, string>;
};
