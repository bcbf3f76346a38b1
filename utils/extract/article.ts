/**
 * The article a comment section is about: title, body text and language.
 * Readability mutates the document it parses, so it always gets a clone, and comment sections
 * are removed from that clone first so no comment text leaks into the article.
 */
import { Readability } from '@mozilla/readability';
import { LIMITS, type ExtractedArticle } from '../schema';
import { foldSpace, textLines } from './text';

/** Comment sections by their common names (removed from the clone before Readability). */
export const COMMENT_SECTION_SELECTOR = [
  '#comments', '#respond', '.comments-area', '.comment-list', '.commentlist', '#commentlist', '.comment-respond',
  '#disqus_thread', '.comments-section', '#comments-section', '.comment-section', '[data-comments]',
].join(', ');

/** Page titles often end with the site's name after one of these. */
const TITLE_SEPARATOR = /\s+[|–—·:»-]\s+/;

export interface ReadArticleOptions {
  /** Elements of `doc` that are not the article (found comments); removed from the clone. */
  exclude?: Element[];
}

/** Child-index path from the document element, to find the same node in a clone. */
function pathOf(el: Element): number[] | null {
  const path: number[] = [];
  for (let cur: Element = el; cur.parentElement; cur = cur.parentElement) {
    path.unshift(Array.prototype.indexOf.call(cur.parentElement.children, cur));
  }
  return el.ownerDocument.documentElement.contains(el) ? path : null;
}

function atPath(doc: Document, path: number[]): Element | null {
  let cur: Element | null = doc.documentElement;
  for (const i of path) cur = cur?.children[i] ?? null;
  return cur;
}

function metaContent(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content');
  return v ? foldSpace(v) || null : null;
}

/** Language as the page states it: BCP 47 primary subtag, lowercase. */
export function readLang(doc: Document): string | null {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    metaContent(doc, 'meta[http-equiv="content-language" i]'),
    metaContent(doc, 'meta[name="language" i]'),
    metaContent(doc, 'meta[property="og:locale"]'),
  ];
  for (const c of candidates) {
    const primary = (c ?? '').split(',')[0]?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (/^[a-z]{2,8}$/.test(primary)) return primary;
  }
  return null;
}

function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  if (siteName && foldSpace(last).toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' | ');
  return title;
}

/** The headline: og:title or the page's h1 when they agree with <title>, else Readability's pick. */
export function readTitle(doc: Document, readabilityTitle: string | null): string {
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const docTitle = foldSpace(doc.title ?? '');
  const og = metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]');
  if (og) return stripSiteSuffix(og, siteName);
  const headings = (selector: string): string[] =>
    Array.from(doc.querySelectorAll(selector))
      .filter((h) => !h.closest(COMMENT_SECTION_SELECTOR))
      .map((h) => foldSpace(h.textContent ?? ''))
      .filter((t) => t.length > 0 && t !== siteName);
  // A heading is the headline when <title> carries it before the site-name suffix (themes also
  // use h1 for the site name, which <title> carries too, after the separator).
  const parts = docTitle.split(TITLE_SEPARATOR);
  const head = (parts.length > 1 ? parts.slice(0, -1).join(' ') : docTitle).toLowerCase();
  const matchesHead = (t: string): boolean =>
    head.length > 0 &&
    (head === t.toLowerCase() ||
      (head.includes(t.toLowerCase()) && t.length >= head.length / 2) ||
      t.toLowerCase().includes(head));
  const inTitle =
    headings('h1').find(matchesHead) ??
    headings('.entry-title, [itemprop="headline"], h2').find(matchesHead);
  if (inTitle) return inTitle;
  const inArticle = doc.querySelector('article h1, main h1');
  if (inArticle) {
    const t = foldSpace(inArticle.textContent ?? '');
    if (t) return t;
  }
  if (readabilityTitle) return foldSpace(readabilityTitle);
  return stripSiteSuffix(docTitle, siteName);
}

export function readArticle(doc: Document, opts: ReadArticleOptions = {}): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const paths = (opts.exclude ?? []).map(pathOf).filter((p): p is number[] => p !== null);
  // Resolve every path before removing anything: removal shifts child indexes.
  const excluded = paths.map((p) => atPath(clone, p)).filter((e): e is Element => e !== null);
  for (const el of [...excluded, ...Array.from(clone.querySelectorAll(COMMENT_SECTION_SELECTOR))]) el.remove();

  let parsed: { title?: string | null; content?: string | null } | null = null;
  try {
    parsed = new Readability(clone).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  if (parsed?.content) {
    const holder = doc.implementation.createHTMLDocument('');
    holder.body.innerHTML = parsed.content;
    text = textLines(holder.body).join('\n');
  }
  const title = readTitle(doc, parsed?.title ?? null);
  // Readability keeps a headline it does not recognise as the title; the body starts after it.
  const lines = text ? text.split('\n') : [];
  while (lines.length > 0 && title && lines[0]?.toLowerCase() === title.toLowerCase()) lines.shift();
  text = lines.join('\n');
  if (!title && !text) return null;
  return {
    title: title.slice(0, LIMITS.fieldLength),
    text: text.slice(0, LIMITS.articleTextLength),
    lang: readLang(doc),
  };
}
