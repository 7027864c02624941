/** A batch as its creator gets it back: the links as a CSV to download, and the e-mails' job if any. */
export type CreatedBatch = { mailJob?: { id: number; count: number }; download: string };
