import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CLOSED_TAB_REASON, forgetTab } from '../../../utils/background/controller';
import { SILENT_PAGE_REASON, UNSUPPORTED_REASON } from '../../../utils/view/reader-notes';
import { handleBackgroundMessage } from '../../../utils/background/router';
import type { Extraction } from '../../../utils/schema';

const EXTENSION_ID = 'threadwise-test';
const ORIGIN = 'chrome-extension://threadwise-test/';
const popupSender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const contentSender = (tabId: number, frameId = 0) => ({
  id: EXTENSION_ID,
  url: 'http://127.0.0.1/page.html',
  frameId,
  tab: { id: tabId, url: 'http://127.0.0.1/page.html' },
});

const extraction: Extraction = {
  url: 'http://127.0.0.1/page.html',
  article: {
    title: 'Council approves cycle lanes on the riverside road',
    text: 'The council approved protected cycle lanes on the riverside road. Cyclists and bus passengers will share the road safely. Construction starts in autumn.',
    lang: 'en',
  },
  comments: [
    { id: 'c1', parentId: null, level: null, author: 'ann', time: null, text: 'Protected cycle lanes will make the riverside road safer for cyclists.', links: [], locator: '#c1' },
    {
      id: 'c2', parentId: 'c1', level: null, author: 'bob', time: null, text: 'https://example.org/report',
      links: [{ href: 'https://example.org/report', text: 'https://example.org/report' }], locator: '#c2',
    },
  ],
  platform: 'wordpress',
  replySource: 'nesting',
  partial: false,
  detectMs: 2,
};

const send = (message: unknown, sender: object) =>
  handleBackgroundMessage(message, sender as never, EXTENSION_ID, ORIGIN) as Promise<Record<string, unknown> | null>;

describe('background message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it('rejects messages from other extensions, malformed messages and oversized ones, with a reason', async () => {
    expect(await send({ type: 'get-tab-state', tabId: 1 }, { ...popupSender, id: 'someone-else' })).toEqual({ ok: false, reason: 'unexpected sender' });
    expect((await send({ type: 'get-tab-state', tabId: 'one' }, popupSender))?.reason).toMatch(/^malformed/);
    expect((await send({ type: 'launch-missiles' }, popupSender))?.reason).toMatch(/^malformed/);
    expect((await send(null, popupSender))?.reason).toMatch(/^malformed/);
    const huge = { type: 'page-extracted', extraction: { ...extraction, comments: [{ ...extraction.comments[0], text: 'x'.repeat(70_000_000) }] } };
    expect(await send(huge, contentSender(1))).toEqual({ ok: false, reason: 'message too large' });
    expect(console.warn).toHaveBeenCalled();
  });

  it('lets only extension pages ask for analyses and only content scripts report pages', async () => {
    expect((await send({ type: 'analyze-tab', tabId: 1 }, contentSender(1)))?.ok).toBe(false);
    expect((await send({ type: 'get-tab-state', tabId: 1 }, contentSender(1)))?.ok).toBe(false);
    expect((await send({ type: 'page-extracted', extraction }, popupSender))?.ok).toBe(false);
  });

  it('analyses a page report, keeps it per tab in session storage, and answers with the marks for the page', async () => {
    const reply = await send({ type: 'page-extracted', extraction }, contentSender(5));
    expect(reply?.ok).toBe(true);
    expect(reply?.marks).toEqual([{ id: 'c2', marks: [expect.objectContaining({ kind: 'link-only' })] }]);
    const state = await send({ type: 'get-tab-state', tabId: 5 }, popupSender);
    expect(state?.status).toBe('ready');
    const result = state?.result as { comments: Array<{ id: string; parentId: string | null }> };
    expect(result.comments.map((c) => [c.id, c.parentId])).toEqual([['c1', null], ['c2', 'c1']]);
    // The state lives in storage.session, not in the worker: a restarted worker reads it back.
    expect(await browser.storage.session.get('tab:5')).toHaveProperty('tab:5');
    await forgetTab(5);
    expect(await send({ type: 'get-tab-state', tabId: 5 }, popupSender)).toBeNull();
  });

  it('keeps nothing from a report that arrives after its tab closed', async () => {
    expect((await send({ type: 'page-extracted', extraction }, contentSender(7)))?.ok).toBe(true);
    // The tab closes: its state is dropped; then a report it sent just before arrives.
    await forgetTab(7);
    vi.spyOn(browser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await send({ type: 'page-extracted', extraction }, contentSender(7))).toEqual({ ok: false, marks: [], reason: CLOSED_TAB_REASON });
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('merges reports from a comment iframe with the top frame, prefixing the frame id', async () => {
    await send({ type: 'page-extracted', extraction: { ...extraction, comments: [] } }, contentSender(6, 0));
    const reply = await send({ type: 'page-extracted', extraction: { ...extraction, article: null } }, contentSender(6, 3));
    expect(reply?.marks).toEqual([{ id: 'c2', marks: [expect.objectContaining({ kind: 'link-only' })] }]);
    const state = await send({ type: 'get-tab-state', tabId: 6 }, popupSender);
    const result = state?.result as { article: unknown; comments: Array<{ id: string }> };
    expect(result.article).not.toBeNull();
    expect(result.comments.map((c) => c.id)).toEqual(['f3:c1', 'f3:c2']);
  });

  it('injects the content script into every frame when asked, and reuses a finished result', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: undefined }] as never);
    const first = await send({ type: 'analyze-tab', tabId: 8 }, popupSender);
    expect(first?.status).toBe('analysing');
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 8, allFrames: true }, files: ['/content-scripts/content.js'], injectImmediately: true });
    await send({ type: 'page-extracted', extraction }, contentSender(8));
    const again = await send({ type: 'analyze-tab', tabId: 8 }, popupSender);
    expect(again?.status).toBe('ready');
    expect(inject).toHaveBeenCalledTimes(1);
    await send({ type: 'analyze-tab', tabId: 8, force: true }, popupSender);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('reports a page the browser keeps from extensions as unsupported, with a reason', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const state = await send({ type: 'analyze-tab', tabId: 9 }, popupSender);
    expect(state).toMatchObject({ status: 'unsupported', reason: UNSUPPORTED_REASON, result: null });
    // Firefox answers privileged pages with no injected frame instead of an error.
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await send({ type: 'analyze-tab', tabId: 10 }, popupSender)).toMatchObject({ status: 'unsupported' });
  });

  it('tells the popup when the page never answers, instead of leaving it analysing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: undefined }] as never);
      expect((await send({ type: 'analyze-tab', tabId: 11 }, popupSender))?.status).toBe('analysing');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await send({ type: 'get-tab-state', tabId: 11 }, popupSender)).toMatchObject({ status: 'error', reason: SILENT_PAGE_REASON });
      // A page that answers in time is not touched by the timeout.
      await send({ type: 'analyze-tab', tabId: 12 }, popupSender);
      await send({ type: 'page-extracted', extraction }, contentSender(12));
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await send({ type: 'get-tab-state', tabId: 12 }, popupSender))?.status).toBe('ready');
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits longer for a page whose content script said it is reading, and still not for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: undefined }] as never);
      // Reading and reporting after 25 s: the result is kept, not an error.
      await send({ type: 'analyze-tab', tabId: 13 }, popupSender);
      expect(await send({ type: 'page-reading' }, contentSender(13))).toEqual({ ok: true });
      await vi.advanceTimersByTimeAsync(25_000);
      expect((await send({ type: 'get-tab-state', tabId: 13 }, popupSender))?.status).toBe('analysing');
      await send({ type: 'page-extracted', extraction }, contentSender(13));
      expect((await send({ type: 'get-tab-state', tabId: 13 }, popupSender))?.status).toBe('ready');
      // Reading and never reporting: an error after the longer wait.
      await send({ type: 'analyze-tab', tabId: 14 }, popupSender);
      await send({ type: 'page-reading' }, contentSender(14));
      await vi.advanceTimersByTimeAsync(39_000);
      expect((await send({ type: 'get-tab-state', tabId: 14 }, popupSender))?.status).toBe('analysing');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await send({ type: 'get-tab-state', tabId: 14 }, popupSender)).toMatchObject({ status: 'error', reason: SILENT_PAGE_REASON });
      // Only a content script may say so.
      expect((await send({ type: 'page-reading' }, popupSender))?.ok).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends a wait at its deadline when the popup asks, also after the worker was stopped mid-wait and its timers lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    // The worker stopped: its timers are gone (clearAllTimers also resets the fake clock: keep it).
    const loseTimers = (): void => {
      const at = Date.now();
      vi.clearAllTimers();
      vi.setSystemTime(at);
    };
    try {
      const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: undefined }] as never);
      await send({ type: 'analyze-tab', tabId: 15 }, popupSender);
      loseTimers();
      await vi.advanceTimersByTimeAsync(9_000);
      expect((await send({ type: 'get-tab-state', tabId: 15 }, popupSender))?.status).toBe('analysing');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await send({ type: 'get-tab-state', tabId: 15 }, popupSender)).toMatchObject({ status: 'error', reason: SILENT_PAGE_REASON });

      // A page that said it is reading: the longer deadline holds, and asking again meanwhile does
      // not start the reading over.
      await send({ type: 'analyze-tab', tabId: 16 }, popupSender);
      await send({ type: 'page-reading' }, contentSender(16));
      loseTimers();
      await vi.advanceTimersByTimeAsync(20_000);
      const calls = inject.mock.calls.length;
      expect((await send({ type: 'analyze-tab', tabId: 16 }, popupSender))?.status).toBe('analysing');
      expect(inject.mock.calls.length).toBe(calls);
      loseTimers();
      await vi.advanceTimersByTimeAsync(19_000);
      expect((await send({ type: 'get-tab-state', tabId: 16 }, popupSender))?.status).toBe('analysing');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await send({ type: 'get-tab-state', tabId: 16 }, popupSender)).toMatchObject({ status: 'error', reason: SILENT_PAGE_REASON });
      // After an error, asking again reads the page again.
      await send({ type: 'analyze-tab', tabId: 16 }, popupSender);
      expect(inject.mock.calls.length).toBe(calls + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});
