/**
 * The tab state as storage.session keeps it: the result as one JSON text (fast to copy between
 * the worker, the storage and the popup), read back and validated, anything else refused.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { getFrameExtractions, getTabState, setFrameExtractions, setTabState } from '../../../utils/background/tab-store';
import { tabStateFromStored, toStoredTabState, type AnalysisResult, type TabState } from '../../../utils/schema';

const result: AnalysisResult = {
  url: 'https://news.example/a',
  article: { title: 'T', excerpt: 'e', wordCount: 3, lang: 'en' },
  comments: [{ id: 'c1', parentId: null, depth: 0, author: 'a', time: null, text: 'quote "this" \\ and ü', marks: [] }],
  timings: { detectMs: 1, analyzeMs: 1 },
  moreLoading: false,
  partial: false,
  analyzedAt: '2026-12-01T00:00:00.000Z',
};
const state: TabState = { tabId: 4, status: 'ready', reason: null, result, updatedAt: 5 };

describe('stored tab state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the result as one JSON text and reads the same state back', async () => {
    await setTabState(state);
    const raw = (await browser.storage.session.get('tab:4'))['tab:4'] as { result: unknown };
    expect(typeof raw.result).toBe('string');
    expect(await getTabState(4)).toEqual(state);
    expect(tabStateFromStored(toStoredTabState({ ...state, result: null, status: 'analysing' }))).toEqual({ ...state, result: null, status: 'analysing' });
  });

  it('refuses broken JSON, a result that is not an analysis, and the old object form', () => {
    expect(tabStateFromStored({ ...toStoredTabState(state), result: '{"url": ' })).toBeNull();
    expect(tabStateFromStored({ ...toStoredTabState(state), result: '{"url": 1}' })).toBeNull();
    expect(tabStateFromStored(state)).toBeNull();
    expect(tabStateFromStored(undefined)).toBeNull();
  });

  it('keeps the frames\' copy as JSON text and reads nothing from a broken one', async () => {
    await setFrameExtractions(4, { '0': { url: 'https://news.example/a', article: null, comments: [], platform: null, replySource: 'none', partial: false, detectMs: 0 } });
    expect(typeof (await browser.storage.session.get('frames:4'))['frames:4']).toBe('string');
    expect(Object.keys(await getFrameExtractions(4))).toEqual(['0']);
    await browser.storage.session.set({ 'frames:4': '[1,' });
    expect(await getFrameExtractions(4)).toEqual({});
  });
});
