import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../utils/extract/extract-page';
import { createPageAnnotations } from '../utils/page/annotations';
import { PageExtractedReply, ToContentMessage, type PageMarks, type RevealReply } from '../utils/schema';
import { readSettings } from '../utils/settings';

/** Marks the isolated world once the script runs, so a second injection re-reads instead of doubling up. */
const RUNNING = Symbol.for('threadwise.content-script');

type Running = { reread: () => void };

export default defineContentScript({
  // Injected on demand (the toolbar button), never declared for all pages: no `matches`, so no
  // host permission is asked for.
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
      if (settings.showLabels) annotations.showMarks(elements, marks);
      else annotations.clear();
    }

    async function reread(): Promise<void> {
      const { extraction, elements: found } = readPage(document);
      elements = found;
      locators = new Map(extraction.comments.map((c) => [c.id, c.locator]));
      try {
        const reply = PageExtractedReply.safeParse(
          await browser.runtime.sendMessage({ type: 'page-extracted', extraction }),
        );
        if (reply.success && reply.data.ok) await showMarks(reply.data.marks);
      } catch (error) {
        // The extension was reloaded or updated under us: stop quietly.
        if (ctx.isInvalid) annotations.clear();
        else console.warn('Threadwise: could not reach the extension', error);
      }
    }

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
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      annotations.clear();
      delete world[RUNNING];
    });

    world[RUNNING] = { reread: () => void reread() };
    void reread();
  },
});
