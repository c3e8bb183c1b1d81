// The one normalisation of a recipient address: ledgers, outbox file names, Message-IDs, unsubscribe tokens
// and queue job ids all key a reader by it, so "Ana@Example.org" and "ana@example.org" are one reader.

/** The case-insensitive key of an address (addresses arrive trimmed from the subscribers reader). */
export function recipientKey(email: string): string {
  return email.toLowerCase();
}
