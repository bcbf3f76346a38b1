import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../utils/extract/extract-page';
import { resolveLocator } from '../utils/extract/locator';
import { hasLoadMoreControl } from '../utils/extract/load-more';
import { findUnreadCommentFrames } from '../utils/extract/unread-frames';
import type { OpenShadowRoot } from '../utils/extract/roots';
import { createPageAnnotations, HIGHLIGHT_TAG, LABEL_TAG } from '../utils/page/annotations';
import type { CommentByline } from '../utils/page/label-place';
import {
  fitExtraction,
  PageExtractedReply,
  ToContentMessage,
  type Extraction,
  type PageMarks,
  type RevealReply,
} from '../utils/schema';
import { readSettings, settingsItem } from '../utils/settings';
import { createI18n, type GetMessage } from '../utils/view/i18n';

/** Marks the isolated world once the script runs, so a second injection re-reads instead of doubling up. */
const RUNNING = Symbol.for('threadwise.content-script');
/** Comments that arrive later ("Load more", lazy threads) are read once the page has been quiet this long… */
const QUIET_MS = 700;
/** …and at most this often, so a page that never stops changing cannot keep us busy. */
const MIN_INTERVAL_MS = 2_000;
/** For this long after a change the page counts as still loading comments. */
const STILL_LOADING_MS = 4_000;
/** Milliseconds comment detection may take before it stops and reports `partial`: the tab stays responsive. */
const READ_BUDGET_MS = 2_000;
/** After a slow reading, wait this many times as long before the next: a huge page is not kept busy. */
const SLOW_READ_FACTOR = 4;
/** How often an orphaned script (extension reloaded, updated or removed) checks that it still belongs. */
const ALIVE_CHECK_MS = 1_000;

type Running = { reread: () => void; isValid: () => boolean };

/** The browser's way into closed shadow roots (Chromium `chrome.dom`, Firefox `openOrClosedShadowRoot`). */
function shadowRootReader(): OpenShadowRoot | undefined {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') {
    const open = chromeDom.openOrClosedShadowRoot.bind(chromeDom);
    return (el) => open(el) ?? null;
  }
  // Firefox gives content scripts a read-only property (not a method) on every element.
  if (document.documentElement && 'openOrClosedShadowRoot' in document.documentElement) {
    return (el) => (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  }
  return undefined;
}

/** What identifies a reading: if it is unchanged, there is nothing new to send. */
function fingerprint(extraction: Extraction): string {
  let text = `${extraction.url}|${extraction.article?.title ?? ''}|${extraction.moreLoading ? 1 : 0}|`;
  for (const c of extraction.comments) text += `${c.id}:${c.parentId ?? ''}:${c.text.length};`;
  return text;
}

function isOwnNode(node: Node): boolean {
  const name = (node as Element).localName;
  return name === LABEL_TAG || name === HIGHLIGHT_TAG;
}

/**
 * Tells the worker at once that the script runs: reading a huge page takes longer than the
 * worker waits for a page that never answers.
 */
function sayReading(): void {
  void Promise.resolve(browser.runtime.sendMessage({ type: 'page-reading' })).catch(() => undefined);
}

export default defineContentScript({
  // Injected on demand (the toolbar button) or on sites the user opted into, never declared for
  // all pages: no `matches`, so no host permission is asked for.
  registration: 'runtime',
  main(ctx) {
    const world = globalThis as typeof globalThis & { [RUNNING]?: Running };
    const already = world[RUNNING];
    // An instance left by a reloaded extension shares this world in Chromium but can no longer
    // talk to it: replace it rather than hand it the work.
    if (already?.isValid()) {
      sayReading();
      setTimeout(() => already.reread(), 0);
      return;
    }

    // Labels on the page speak the browser's language, as the popup does.
    const i18n = createI18n(browser.i18n.getMessage as GetMessage);
    const annotations = createPageAnnotations(document, { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms) }, i18n);
    let elements = new Map<string, Element>();
    let locators = new Map<string, string>();
    /** Author and time as read, by comment id: where each comment's label goes. */
    let bylines = new Map<string, CommentByline>();
    let marks: PageMarks = [];
    let lastSent = '';
    let lastChange = 0;
    let lastRead = 0;
    let lastReadMs = 0;
    let timer: number | undefined;
    let quietTimer: number | undefined;
    let articleCache: { url: string; article: Extraction['article'] } | null = null;
    const openShadowRoot = shadowRootReader();

    /** The element read last time, or (if the site re-rendered it) whatever its locator finds now. */
    function findComment(id: string): Element | null {
      const element = elements.get(id);
      if (element?.isConnected) return element;
      const locator = locators.get(id);
      // Locators may reach into shadow roots and frames (`host >>> inner`); resolveLocator never throws.
      return locator ? resolveLocator(document, locator, openShadowRoot) : null;
    }

    async function showMarks(next: PageMarks): Promise<void> {
      marks = next;
      const settings = await readSettings();
      if (ctx.isInvalid) return;
      annotations.showMarks(elements, marks, settings, bylines);
    }

    async function reread(force = false): Promise<void> {
      if (ctx.isInvalid) return;
      lastRead = Date.now();
      const reuse = articleCache?.url === location.href ? articleCache.article : undefined;
      const { extraction: read, elements: found } = readPage(document, { budgetMs: READ_BUDGET_MS, openShadowRoot, article: reuse });
      // Only a page that has finished loading keeps its article for later re-reads.
      if (read.article && document.readyState === 'complete') articleCache = { url: location.href, article: read.article };
      lastReadMs = Date.now() - lastRead;
      // Clipped to the schema's bounds: one huge comment must not make the whole report invalid.
      const extraction = fitExtraction(read);
      // A document still loading (a stream that never ends, a comment frame that never answers)
      // is reported as far as it got, and said to be loading more.
      extraction.unreadFrames = findUnreadCommentFrames(document);
      const control = hasLoadMoreControl(document);
      const settling = Date.now() - lastChange < STILL_LOADING_MS;
      extraction.moreLoading = document.readyState !== 'complete' || settling || control;
      // Once the page has been quiet long enough, read again so "still loading" clears by itself.
      if (settling && !control) {
        if (quietTimer !== undefined) clearTimeout(quietTimer);
        quietTimer = ctx.setTimeout(() => {
          quietTimer = undefined;
          void reread();
        }, lastChange + STILL_LOADING_MS + QUIET_MS - Date.now());
      }
      const print = fingerprint(extraction);
      if (!force && print === lastSent) return;
      elements = found;
      locators = new Map(extraction.comments.map((c) => [c.id, c.locator]));
      bylines = new Map(extraction.comments.map((c) => [c.id, { author: c.author, time: c.time }]));
      try {
        const reply = PageExtractedReply.safeParse(await browser.runtime.sendMessage({ type: 'page-extracted', extraction }));
        lastSent = print;
        if (reply.success && reply.data.ok) await showMarks(reply.data.marks);
      } catch (error) {
        // The extension was reloaded, updated or disabled under us: stop quietly.
        if (ctx.isInvalid) annotations.clear();
        else console.warn('Threadwise: could not reach the extension', error);
      }
    }

    function schedule(): void {
      if (timer !== undefined) clearTimeout(timer);
      const interval = Math.max(MIN_INTERVAL_MS, lastReadMs * SLOW_READ_FACTOR);
      const wait = Math.max(QUIET_MS, lastRead + interval - Date.now());
      timer = ctx.setTimeout(() => {
        timer = undefined;
        void reread();
      }, wait);
    }

    // Comments that arrive later: watch the page, ignoring the labels we add ourselves.
    const observer = new MutationObserver((records) => {
      const foreign = records.some(
        (record) =>
          !isOwnNode(record.target) &&
          ([...record.addedNodes].some((n) => !isOwnNode(n)) || [...record.removedNodes].some((n) => !isOwnNode(n))),
      );
      if (!foreign) return;
      lastChange = Date.now();
      schedule();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // A page that was still loading when read is read again when it completes.
    ctx.addEventListener(document, 'readystatechange', () => schedule());

    const onMessage = (raw: unknown, sender: { id?: string }): Promise<RevealReply | { ok: boolean }> | undefined => {
      // Only our own extension may talk to us; anything else, or anything malformed, is ignored.
      if (sender?.id !== browser.runtime.id) {
        console.warn('Threadwise: ignored a message from an unexpected sender');
        return undefined;
      }
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) {
        console.warn(`Threadwise: ignored a malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})`);
        return undefined;
      }
      const message = parsed.data;
      if (message.type === 'reveal-comment') {
        const element = findComment(message.commentId);
        if (!element) return Promise.resolve({ found: false });
        annotations.reveal(element);
        return Promise.resolve({ found: true });
      }
      return showMarks(message.marks).then(() => ({ ok: true }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatchSettings = settingsItem.watch(() => void showMarks(marks));

    // A single-page site moved to another URL: that is another page; read it afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lastChange = Date.now();
      void reread(true);
    });
    // Read once more when a page that was still loading has finished.
    if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', () => schedule());
    // Nothing tells an orphaned script that the extension was reloaded or removed: check now and
    // then (ctx.setInterval checks validity on each tick), and clean up as soon as it is gone.
    ctx.setInterval(() => undefined, ALIVE_CHECK_MS);

    ctx.onInvalidated(() => {
      if (timer !== undefined) clearTimeout(timer);
      observer.disconnect();
      try {
        unwatchSettings();
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension APIs are already gone with the extension.
      }
      annotations.clear();
      if (world[RUNNING] === running) delete world[RUNNING];
    });

    const running: Running = { reread: () => void reread(true), isValid: () => ctx.isValid };
    world[RUNNING] = running;
    sayReading();
    // Read after the injection has answered: the worker then knows which frames it reached before
    // the first report arrives, and keeps that report as the finished result at once instead of
    // storing it as still waiting and writing it again when the injection's answer comes.
    ctx.setTimeout(() => void reread(true), 0);
  },
});
