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

/**
 * An outlet's own name from what a page or feed calls itself: a section after a separator goes ("Atlas Wire |
 * World", "Polaris Review – Europe & World", "Harbour Gazette: World" → the outlet), and so does a domain
 * ending ("Le Monde.fr"). A name with nothing to take away stays as it is.
 */
export function outletName(name: string): string {
  const trimmed = name.trim();
  const parts = trimmed.split(/\s+(?:[|–—-]|:)\s+|(?<=\p{L}):\s+/u).map((p) => p.trim()).filter(Boolean);
  // "World : NPR" puts the section first: the outlet is the part that is not a section label
  const head = parts.length < 2 ? trimmed : SECTION.test(parts[0]!) ? parts[parts.length - 1]! : parts[0]!;
  const bare = withoutCompany(head.replace(/\.(?:com|net|org|fr|de|it|es|ru|ua|co\.uk|eu|info)$/i, ""));
  return /\p{L}/u.test(bare) && bare.length >= 2 ? bare : trimmed;
}

const COMPANY = /,?\s(?:Limited|Ltd\.?|Inc\.?|LLC|L\.L\.C\.|LLP|plc|PLC|GmbH|AG|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|Pty\.? Ltd\.?|Co\.,? Ltd\.?)$/;

/** True for a company's legal name ("Example Media Limited", "Times Media Ltd"): a copyright holder, not a masthead. */
export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim());
}

/** A company's name without its legal form ("Times Media Ltd" → "Times Media"). */
export function withoutCompany(name: string): string {
  const bare = name.trim().replace(COMPANY, "");
  return bare.length >= 2 ? bare : name.trim();
}

/** A section label that can stand in front of an outlet's name in a feed title. */
const SECTION = /^(?:world|news|latest|top stories|home|europe|international|politics|business|live|ukraine|headlines)$/i;
