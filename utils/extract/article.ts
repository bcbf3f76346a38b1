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

/** Page titles often end with the site's name after one of these (phpBB: "Site • View topic - Topic"). */
const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+/;
const TITLE_SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'g');
/** Runs of a title's parts are looked at only up to this many separators: real titles have a few; a hostile one could make the runs quadratic. */
const MAX_TITLE_SEPARATORS = 8;

export interface ReadArticleOptions {
  /** Elements of `doc` that are not the article (found comments); removed from the clone. */
  exclude?: Element[];
  /** Elements above which Readability is not run (default MAX_READABILITY_ELEMENTS). */
  maxElements?: number;
}

/** Whether `el` or one of its ancestors is in `set`. */
function withinAny(el: Element | null, set: ReadonlySet<Element>): boolean {
  for (let cur = el; cur; cur = cur.parentElement) if (set.has(cur)) return true;
  return false;
}

/**
 * The article as returned: leading lines that repeat the headline dropped (Readability keeps a
 * headline it does not recognise as the title), both fields cut to their limits; null when empty.
 */
function articleOf(doc: Document, title: string, lines: string[]): ExtractedArticle | null {
  while (lines.length > 0 && title && lines[0]?.toLowerCase() === title.toLowerCase()) lines.shift();
  const text = lines.join('\n');
  if (!title && !text) return null;
  return { title: title.slice(0, LIMITS.fieldLength), text: text.slice(0, LIMITS.articleTextLength), lang: readLang(doc) };
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

/**
 * The headline the reader sees when the page marks it as its schema.org `headline`: it wins over
 * og:title, which sites often write separately for social sharing.
 */
const MARKED_HEADLINE_SELECTOR = 'h1[itemprop="headline"], h2[itemprop="headline"], [itemprop="headline"]:not(meta)';

/**
 * Last resorts before Readability: the article's own h1, or the h2 in its header (themes whose
 * h1 is the logo put the headline there).
 */
const ARTICLE_HEADING_SELECTORS = ['article h1, main h1', 'article header h2'];

/** Longest plausible headline; longer "headings" are blocks of text marked up as one. */
const MAX_HEADLINE_CHARS = 300;

/** A heading that is only a link to the site's front page is the logo, not a headline. */
function isLogoHeading(h: Element): boolean {
  const links = h.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const a = links[0]!;
  if (foldSpace(a.textContent ?? '') !== foldSpace(h.textContent ?? '')) return false;
  try {
    return new URL(a.getAttribute('href') ?? '', h.ownerDocument.URL || undefined).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}

/** The headline: the visible marked-up headline, og:title, or a heading that <title> carries; else Readability's pick. */
export function readTitle(doc: Document, readabilityTitle: string | null): string {
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const docTitle = foldSpace(doc.title ?? '');
  const headingEls = (selector: string): Element[] =>
    Array.from(doc.querySelectorAll(selector)).filter((h) => !h.closest(COMMENT_SECTION_SELECTOR) && !isLogoHeading(h));
  const firstHeading = (selector: string): string | null => {
    for (const el of headingEls(selector)) {
      const t = foldSpace(el.textContent ?? '');
      if (t.length > 0 && t.length <= MAX_HEADLINE_CHARS && t !== siteName) return t;
    }
    return null;
  };
  const marked = firstHeading(MARKED_HEADLINE_SELECTOR);
  if (marked) return marked;
  const og = metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]');
  if (og) return stripSiteSuffix(og, siteName);
  const headings = (selector: string): string[] =>
    headingEls(selector)
      .map((h) => foldSpace(h.textContent ?? ''))
      .filter((t) => t.length > 0 && t !== siteName);
  // A heading is the headline when <title> carries it beside the site name, which themes put
  // after the separator ("Headline | Site") or, in older themes, before it ("Site » Headline").
  // The title's text on either side of the site name is tried first as written: a separator of
  // the headline's own stays in it ("Le pont : travaux en mai - Blog", French spacing before a
  // colon; Dotclear's documented `{{tpl:EntryTitle}} - {{tpl:BlogName}}`), else a heading holding
  // the site name matched the run "travaux en mai … Blog" before the headline was looked at;
  // then the parts joined by spaces, as before.
  const parts = docTitle.split(TITLE_SEPARATOR);
  const separators = parts.length > 2 ? Array.from(docTitle.matchAll(TITLE_SEPARATORS)) : [];
  const asWritten =
    separators.length > 1 && separators.length <= MAX_TITLE_SEPARATORS
      ? [docTitle.slice(0, separators.at(-1)!.index), docTitle.slice(separators[0]!.index + separators[0]![0].length)]
      : [];
  const heads = [...new Set((parts.length > 1 ? [...asWritten, parts.slice(0, -1).join(' '), parts.slice(1).join(' ')] : [docTitle]).map((h) => h.toLowerCase()))].filter(
    (h) => h.length > 0,
  );
  const matches = (head: string) => (t: string): boolean =>
    head === t.toLowerCase() || (head.includes(t.toLowerCase()) && t.length >= head.length / 2) || t.toLowerCase().includes(head);
  // The usual "Headline | Site" order first, so a site-name h1 never wins over the headline.
  for (const head of heads) {
    const inTitle =
      headings('h1').find(matches(head)) ?? headings('.entry-title, [itemprop="headline"], h2, h3').find(matches(head));
    if (inTitle) return inTitle;
  }
  // A headline with a dash of its own ("Rassemblement à Landerneau – 15 juin 2014") is cut apart
  // above: a heading equal to a run of two or more of the title's parts, as written, is the
  // headline (the longest, if several are).
  // (Found only here: most pages have returned above.)
  if (separators.length > 1 && separators.length <= MAX_TITLE_SEPARATORS) {
    const runs = new Set<string>();
    const cuts = [0, ...separators.flatMap((m) => [m.index, m.index + m[0].length]), docTitle.length];
    // Runs of two parts or more: a single part is matched above.
    for (let a = 0; a < cuts.length; a += 2) for (let b = a + 3; b < cuts.length; b += 2) runs.add(docTitle.slice(cuts[a], cuts[b]).toLowerCase());
    const inRuns = headings('h1, h2, h3, .entry-title')
      .filter((t) => runs.has(t.toLowerCase()))
      .sort((x, y) => y.length - x.length);
    if (inRuns[0]) return inRuns[0];
  }
  for (const selector of ARTICLE_HEADING_SELECTORS) {
    const t = firstHeading(selector);
    if (t) return t;
  }
  if (readabilityTitle) return foldSpace(readabilityTitle);
  return stripSiteSuffix(docTitle, siteName);
}

/**
 * Past this many elements the article is read without Readability, which clones the whole
 * document and scores it node by node: on a 35 MB page of 50,000 comments (740,000 elements)
 * that alone took seconds, and under load longer than the page may take to answer. Real pages
 * stay far below it (at most about 2,600 elements in ../shared/corpus, 10,500 in the 295 pages
 * of ../shared/corpus-dragnet; a generated 2,000-comment page has 30,000).
 */
export const MAX_READABILITY_ELEMENTS = 100_000;

/** Where an article's body is, most specific first: schema.org's `articleBody`, HTML's own elements. */
const ARTICLE_BODY_SELECTORS = ['[itemprop~="articleBody"]', 'article', 'main', '[role="main"]'];

/**
 * The article of a page too big for Readability: the title as usual, and the paragraphs of the
 * first article-like element outside the comments, read only up to the length kept.
 */
function readLargeArticle(doc: Document, notArticle: (el: Element) => boolean): ExtractedArticle | null {
  const title = readTitle(doc, null);
  let holder: Element | null = null;
  // The first match of each selector only: on a page of 50,000 comments, collecting every
  // `article` (one per comment) would cost what this path is there to avoid.
  for (const selector of ARTICLE_BODY_SELECTORS) {
    const first = doc.querySelector(selector);
    if (first && !notArticle(first)) {
      holder = first;
      break;
    }
  }
  const lines: string[] = [];
  let length = 0;
  for (const p of Array.from((holder ?? doc.body ?? doc.documentElement).querySelectorAll('p'))) {
    if (length >= LIMITS.articleTextLength) break;
    if (notArticle(p)) continue;
    const line = foldSpace(p.textContent ?? '');
    if (!line || line.toLowerCase() === title.toLowerCase()) continue;
    lines.push(line);
    length += line.length + 1;
  }
  return articleOf(doc, title, lines);
}

export function readArticle(doc: Document, opts: ReadArticleOptions = {}): ExtractedArticle | null {
  // `item(n)` walks only n elements; `.length` would count all of them.
  if (doc.getElementsByTagName('*').item(opts.maxElements ?? MAX_READABILITY_ELEMENTS) !== null) {
    const excluded = new Set(opts.exclude ?? []);
    return readLargeArticle(doc, (el) => el.closest(COMMENT_SECTION_SELECTOR) !== null || withinAny(el, excluded));
  }
  const clone = doc.cloneNode(true) as Document;
  // Only the outermost comments outside a named comment section need finding in the clone: the
  // sections go whole, and a reply goes with the comment it sits in.
  const excludedSet = new Set(opts.exclude ?? []);
  const outermost = (opts.exclude ?? []).filter((el) => {
    return !el.closest(COMMENT_SECTION_SELECTOR) && !withinAny(el.parentElement, excludedSet);
  });
  const paths = outermost.map(pathOf).filter((p): p is number[] => p !== null);
  // Resolve every path before removing anything: removal shifts child indexes.
  const excluded = paths.map((p) => atPath(clone, p)).filter((e): e is Element => e !== null);
  for (const el of [...excluded, ...Array.from(clone.querySelectorAll(COMMENT_SECTION_SELECTOR))]) el.remove();

  let parsed: { title?: string | null; content?: Node | null } | null = null;
  try {
    // The article element itself, not its HTML: serialising it and parsing the HTML back would
    // cost about as much again as Readability's own pass. It belongs to the clone, a document
    // without a browsing context, so nothing in it loads or runs; only its text is read.
    parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content;
  const text = content && content.nodeType === 1 ? textLines(content as Element).join('\n') : '';
  return articleOf(doc, readTitle(doc, parsed?.title ?? null), text ? text.split('\n') : []);
}
