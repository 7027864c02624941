/** One decimal, always, in the page's language (62,5 in Danish). */
export const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
