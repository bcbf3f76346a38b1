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

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function isLetterLike(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code > 0x7f;
}

const MAYBE_EMAIL = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\./u;

/**
 * Could linkify-it find a link here? Every link it finds has a scheme ("x://", "mailto:"),
 * an e-mail "@", or a dot with a name before it and a top-level domain after it. Most
 * comments have none of these, and a full linkify-it scan costs tens of microseconds.
 */
function mayHaveLink(text: string): boolean {
  if (text.includes('://')) return true;
  // An e-mail address needs a name before its "@" and a dot after it; a handle ("@anna", in
  // most replies on some sites) has neither and would send every comment through linkify-it.
  if (text.includes('@') && MAYBE_EMAIL.test(text)) return true;
  if (text.includes(':') && /mailto:/i.test(text)) return true;
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    if (
      isLetterLike(text.charCodeAt(dot - 1)) &&
      isLetterLike(text.charCodeAt(dot + 1)) &&
      isLetterLike(text.charCodeAt(dot + 2))
    ) {
      return true;
    }
  }
  return false;
}

/** Texts recently scanned: analysis asks for the same comment's links more than once. */
const recentLinks = new Map<string, FoundLink[]>();
const MAX_RECENT_LINKS = 5_000;

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
  if (!text || !mayHaveLink(text)) return [];
  const cached = recentLinks.get(text);
  if (cached) return cached.map((l) => ({ ...l }));
  const found = (linkifier().match(text) ?? []).map((m) => ({
    raw: m.raw,
    url: m.url,
    domain: domainOf(m.url),
    index: m.index,
    lastIndex: m.lastIndex,
  }));
  if (recentLinks.size >= MAX_RECENT_LINKS) recentLinks.clear();
  recentLinks.set(text, found);
  return found.map((l) => ({ ...l }));
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

/** A URL lower-cased without its scheme, a leading "//" or "www.": the part two spellings of one link share. */
export function withoutScheme(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\/\//, '')
    .replace(/^www\./, '');
}
