import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../utils/extract/extract-page';
import { hasLoadMoreControl } from '../utils/extract/load-more';
import { createPageAnnotations, HIGHLIGHT_TAG, LABEL_TAG } from '../utils/page/annotations';
import { PageExtractedReply, ToContentMessage, type Extraction, type PageMarks, type RevealReply } from '../utils/schema';
import { readSettings, settingsItem } from '../utils/settings';

/** Marks the isolated world once the script runs, so a second injection re-reads instead of doubling up. */
const RUNNING = Symbol.for('threadwise.content-script');
/** Comments that arrive later ("Load more", lazy threads) are read once the page has been quiet this long… */
const QUIET_MS = 700;
/** …and at most this often, so a page that never stops changing cannot keep us busy. */
const MIN_INTERVAL_MS = 2_000;
/** For this long after a change the page counts as still loading comments. */
const STILL_LOADING_MS = 4_000;

type Running = { reread: () => void };

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

export default defineContentScript({
  // Injected on demand (the toolbar button) or on sites the user opted into, never declared for
  // all pages: no `matches`, so no host permission is asked for.
  registration: 'runtime',
  main(ctx) {
    const world = globalThis as typeof globalThis & { [RUNNING]?: Running };
    const already = world[RUNNING];
    if (already) {
      already.reread();
      return;
    }

    const annotations = createPageAnnotations(document, { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms) });
    let elements = new Map<string, Element>();
    let locators = new Map<string, string>();
    let marks: PageMarks = [];
    let lastSent = '';
    let lastChange = 0;
    let lastRead = 0;
    let timer: number | undefined;

    /** The element read last time, or (if the site re-rendered it) whatever its locator finds now. */
    function findComment(id: string): Element | null {
      const element = elements.get(id);
      if (element?.isConnected) return element;
      const locator = locators.get(id);
      try {
        return locator ? document.querySelector(locator) : null;
      } catch {
        return null;
      }
    }

    async function showMarks(next: PageMarks): Promise<void> {
      marks = next;
      const settings = await readSettings();
      if (ctx.isInvalid) return;
      annotations.showMarks(elements, marks, settings);
    }

    async function reread(force = false): Promise<void> {
      lastRead = Date.now();
      const { extraction, elements: found } = readPage(document);
      extraction.moreLoading = Date.now() - lastChange < STILL_LOADING_MS || hasLoadMoreControl(document);
      const print = fingerprint(extraction);
      if (!force && print === lastSent) return;
      elements = found;
      locators = new Map(extraction.comments.map((c) => [c.id, c.locator]));
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
      const wait = Math.max(QUIET_MS, lastRead + MIN_INTERVAL_MS - Date.now());
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

    const onMessage = (raw: unknown): Promise<RevealReply | { ok: boolean }> | undefined => {
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
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

    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatchSettings();
      browser.runtime.onMessage.removeListener(onMessage);
      annotations.clear();
      delete world[RUNNING];
    });

    world[RUNNING] = { reread: () => void reread(true) };
    void reread(true);
  },
});
