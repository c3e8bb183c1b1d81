// A source's fallback display name, from where it was read: shared by the parse stage and the digest's source list.

/** A display name from a URL host ("www.example.org" → "example.org") or a file name without extension. */
export function nameFromLocation(location: string): string {
  try {
    if (/^https?:\/\//i.test(location)) return new URL(location).hostname.replace(/^www\./, "");
  } catch {
    // not a URL after all: fall through to the file name
  }
  const base = location.split(/[\\/]/).pop() ?? location;
  return base.replace(/\.[^.]+$/, "") || "source";
}
