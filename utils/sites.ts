/** Pure: the sites automatic analysis can be turned on for, and their permission patterns. */

/** The origin of a web page ("https://news.example"), or null for anything that is not http(s). */
export function siteOriginOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.protocol}//${parsed.hostname}` : null;
  } catch {
    return null;
  }
}

/** The match pattern for every page of a site (any port: match patterns take none). */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}
