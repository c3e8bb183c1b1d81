// Mail addresses as configured ("Name <address>"): kept apart from config.ts so sending loads nothing else.

/** The address part of `Name <address>`. */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
