/**
 * URLs in plain text (with or without a scheme: "https://x.org/a", "www.x.org/a",
 * "x.org/a") found with linkify-it, and their domains.
 */
import { LinkifyIt } from 'linkify-it';

export interface FoundLink {
  /** The text as written. */
  raw: string;
  /** A full URL (linkify-it adds "http://" to scheme-less links). */
  url: string;
  /** Lowercased host without "www.", or null when the URL has none (mailto:). */
  domain: string | null;
  index: number;
  lastIndex: number;
}

let linkify: LinkifyIt | null = null;

function linkifier(): LinkifyIt {
  // Fuzzy links are off by default in linkify-it 6; comments often paste "www.x.org/…" or
  // "x.org/…". Fuzzy e-mail stays on (a bare address is also "just a link").
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });
  return linkify;
}

/** The host of a URL, lowercased and without "www.", or null. */
export function domainOf(url: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url.replace(/^\/\//, '')}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase();
    if (!host) return null;
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return null;
  }
}

/** Links in the text, in order. */
export function findLinks(text: string): FoundLink[] {
  if (!text) return [];
  const matches = linkifier().match(text) ?? [];
  return matches.map((m) => ({
    raw: m.raw,
    url: m.url,
    domain: domainOf(m.url),
    index: m.index,
    lastIndex: m.lastIndex,
  }));
}

/** True when the whole string (trimmed) is one URL, e.g. an <a> whose text is its href. */
export function isBareUrl(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const links = findLinks(t);
  const only = links[0];
  return links.length === 1 && only !== undefined && only.index === 0 && only.lastIndex === t.length;
}

/** The distinct domains of a list of URLs, in first-seen order. */
export function distinctDomains(urls: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const u of urls) {
    const d = domainOf(u);
    if (d) seen.add(d);
  }
  return [...seen];
}
