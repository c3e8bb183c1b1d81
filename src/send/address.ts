// Mail addresses as configured ("Name <address>"): kept apart from config.ts so sending loads nothing else.

/** The address part of `Name <address>`. */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** The display name of `Name <address>` (quotes dropped), or null when there is none. */
export function displayNameOf(from: string): string | null {
  return /^(.*?)\s*</.exec(from)?.[1]?.replace(/^"|"$/g, "").trim() || null;
}
