/**
 * Read one page into an `Extraction`: the article and its comments as plain data, plus the
 * comment elements (by id) that the content script keeps to scroll to and label comments.
 * Never throws: a page that breaks a reader yields an empty result.
 */
import type { Extraction } from '../schema';
import { readArticle } from './article';
import { findComments } from './comments';
import { isCommentEmbed } from './platforms';
import type { OpenShadowRoot } from './roots';

export interface ReadPageOptions {
  now?: () => number;
  /** Milliseconds comment detection may take before it stops and reports `partial`. */
  budgetMs?: number;
  /**
   * Reach closed shadow roots: the content script passes `chrome.dom.openOrClosedShadowRoot`
   * (Chromium) or `(el) => el.openOrClosedShadowRoot()` (Firefox). Open roots are always read.
   */
  openShadowRoot?: OpenShadowRoot;
  /** Also read same-origin iframes (default true). */
  frames?: boolean;
  /**
   * The article as read before from this same page: reused instead of running Readability again
   * (re-reads for comments that arrive later do not need the article read afresh).
   */
  article?: Extraction['article'];
}

export interface ReadPageResult {
  extraction: Extraction;
  elements: Map<string, Element>;
}

function pageUrl(doc: Document): string {
  const url = doc.URL;
  if (url && url !== 'about:blank') return url;
  return (globalThis as { location?: { href?: string } }).location?.href ?? url ?? '';
}

export function readPage(doc: Document, opts: ReadPageOptions = {}): ReadPageResult {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const elements = new Map<string, Element>();
  let url = '';
  try {
    url = pageUrl(doc);
    const found = findComments(doc, { now, budgetMs: opts.budgetMs, openShadowRoot: opts.openShadowRoot, frames: opts.frames });
    let article: Extraction['article'] = null;
    try {
      // A widget's own frame (the disqus.com embed) holds comments only; the top frame has the article.
      // Only elements of this document's own tree can be removed from its clone (not shadow or frame ones).
      if (opts.article) {
        article = opts.article;
      } else if (!isCommentEmbed(doc)) {
        article = readArticle(doc, { exclude: found.comments.map((c) => c.element).filter((el) => el.getRootNode() === doc) });
      }
    } catch {
      article = null;
    }
    const comments = found.comments.map(({ element, ...comment }) => {
      elements.set(comment.id, element);
      return comment;
    });
    return {
      extraction: {
        url,
        article,
        comments,
        platform: found.platform,
        replySource: found.replySource,
        partial: found.partial,
        coverage: found.coverage,
        detectMs: Math.max(0, now() - start),
      },
      elements,
    };
  } catch {
    elements.clear();
    return {
      extraction: {
        url,
        article: null,
        comments: [],
        platform: null,
        replySource: 'none',
        partial: false,
        detectMs: Math.max(0, safeElapsed(now, start)),
      },
      elements,
    };
  }
}

function safeElapsed(now: () => number, start: number): number {
  try {
    const ms = now() - start;
    return Number.isFinite(ms) ? ms : 0;
  } catch {
    return 0;
  }
}
