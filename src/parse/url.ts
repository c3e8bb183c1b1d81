// Links as pages print them: relative to the page, a feed's xml:base, or nothing at all.

/** `link` made absolute against `base`; null when either is missing or it cannot be read as a URL. */
export function absoluteUrl(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return null;
  }
}
