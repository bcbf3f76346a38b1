/**
 * The background under size pressure and navigation: results too big for storage.session are
 * kept in a smaller form that says so, a full storage is survived, stale results are dropped on
 * navigation but not a single-page site's fresh one; and readings are fitted to the schema.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  TAB_STATE_BUDGET_BYTES,
  fitResult,
  forgetStaleTab,
  receiveExtraction,
  storedSize,
} from '../../../utils/background/controller';
import { getTabState } from '../../../utils/background/tab-store';
import {
  COMMENTS_DROPPED_NOTICE,
  FRAMES_NOT_KEPT_NOTICE,
  NOT_KEPT_REASON,
  TEXTS_SHORTENED_NOTICE,
  TRIMMED_TEXT_CHARS,
} from '../../../utils/view/reader-notes';
import { AnalysisResult, Extraction, fitExtraction, LIMITS, type ExtractedComment } from '../../../utils/schema';

const URL_A = 'http://127.0.0.1/a.html';

function comment(i: number, text: string): ExtractedComment {
  return { id: `c${i}`, parentId: null, level: null, author: 'ann', time: null, text, links: [], locator: `#c${i}` };
}

function extraction(comments: ExtractedComment[], url = URL_A): Extraction {
  return { url, article: null, comments, platform: 'wordpress', replySource: 'nesting', partial: false, detectMs: 1 };
}

describe('keeping huge results', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('leaves a result that fits untouched', () => {
    const result: AnalysisResult = { url: URL_A, article: null, comments: [], timings: { detectMs: 0, analyzeMs: 0 } };
    expect(fitResult(result, 1_000)).toBe(result);
  });

  it('shortens texts first, then drops comments from the end, and says so', () => {
    const long = 'x'.repeat(50_000);
    const result: AnalysisResult = {
      url: URL_A,
      article: null,
      comments: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, parentId: null, depth: 0, author: null, time: null, text: long, marks: [] })),
      timings: { detectMs: 0, analyzeMs: 0 },
    };
    const shortened = fitResult(result, 200_000);
    expect(storedSize(shortened)).toBeLessThanOrEqual(200_000);
    expect(shortened.partial).toBe(true);
    expect(shortened.comments).toHaveLength(40);
    expect(shortened.comments[0]!.text).toHaveLength(TRIMMED_TEXT_CHARS + 1);
    expect(shortened.notices).toEqual([TEXTS_SHORTENED_NOTICE]);
    const dropped = fitResult(result, 20_000);
    expect(storedSize(dropped)).toBeLessThanOrEqual(20_000);
    expect(dropped.comments.length).toBeLessThan(40);
    expect(dropped.comments.length).toBeGreaterThan(0);
    expect(dropped.notices).toEqual([TEXTS_SHORTENED_NOTICE, COMMENTS_DROPPED_NOTICE]);
    expect(AnalysisResult.safeParse(dropped).success).toBe(true);
  });

  it('keeps a page bigger than the budget without the frames copy, shortened, and says so', async () => {
    // 60 comments of 150,000 characters: 9 MB, over the per-tab budget.
    const big = extraction(Array.from({ length: 60 }, (_, i) => comment(i, `comment ${i} `.padEnd(150_000, 'y'))));
    expect(storedSize(big)).toBeGreaterThan(TAB_STATE_BUDGET_BYTES);
    const reply = await receiveExtraction(3, 0, URL_A, big);
    expect(reply.ok).toBe(true);
    const state = await getTabState(3);
    expect(state?.status).toBe('ready');
    expect(state?.result?.partial).toBe(true);
    expect(state?.result?.notices).toEqual(expect.arrayContaining([TEXTS_SHORTENED_NOTICE, FRAMES_NOT_KEPT_NOTICE]));
    expect(state?.result?.comments).toHaveLength(60);
    expect(storedSize(state)).toBeLessThanOrEqual(TAB_STATE_BUDGET_BYTES + 1_000);
    expect(await browser.storage.session.get('frames:3')).toEqual({});
  });

  it('survives a full storage: drops other tabs\' frame copies and retries; if that fails too, says why', async () => {
    await receiveExtraction(7, 0, URL_A, extraction([comment(1, 'the council budget')]));
    expect(await browser.storage.session.get('frames:7')).toHaveProperty('frames:7');
    const set = browser.storage.session.set.bind(browser.storage.session);
    let failures = 1;
    vi.spyOn(browser.storage.session, 'set').mockImplementation(async (items) => {
      if (failures-- > 0) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      return set(items);
    });
    await receiveExtraction(8, 0, URL_A, extraction([comment(2, 'the tram budget')]));
    expect((await getTabState(8))?.status).toBe('ready');
    expect(await browser.storage.session.get('frames:7')).toEqual({});
    expect((await getTabState(7))?.status).toBe('ready');

    failures = 2;
    await receiveExtraction(9, 0, URL_A, extraction([comment(3, 'the ferry budget')]));
    expect(await getTabState(9)).toMatchObject({ status: 'error', reason: NOT_KEPT_REASON, result: null });
  });
});

describe('navigation', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('drops a result on reload or navigation, but keeps one that already describes the new URL', async () => {
    await receiveExtraction(4, 0, URL_A, extraction([comment(1, 'text')]));
    // A single-page site reported its new URL before the browser's event arrived: keep it.
    await receiveExtraction(4, 0, `${URL_A}?p=2`, extraction([comment(2, 'new')], `${URL_A}?p=2`));
    await forgetStaleTab(4, `${URL_A}?p=2`);
    expect((await getTabState(4))?.result?.comments.map((c) => c.id)).toEqual(['c2']);
    // The old page's result when the tab moves on, and any result on a reload (no new URL).
    await forgetStaleTab(4, 'http://127.0.0.1/elsewhere');
    expect(await getTabState(4)).toBeNull();
    await receiveExtraction(4, 0, URL_A, extraction([comment(1, 'text')]));
    await forgetStaleTab(4, undefined);
    expect(await getTabState(4)).toBeNull();
    expect(await browser.storage.session.get('frames:4')).toEqual({});
  });

  it('a new top-frame URL replaces what other frames said about the old page', async () => {
    await receiveExtraction(5, 0, URL_A, extraction([comment(1, 'top')]));
    await receiveExtraction(5, 2, URL_A, extraction([comment(9, 'frame')]));
    expect((await getTabState(5))?.result?.comments.map((c) => c.id)).toEqual(['c1', 'f2:c9']);
    await receiveExtraction(5, 0, `${URL_A}?p=2`, extraction([comment(3, 'new page')], `${URL_A}?p=2`));
    expect((await getTabState(5))?.result?.comments.map((c) => c.id)).toEqual(['c3']);
  });
});

describe('fitExtraction', () => {
  it('clips fields to the limits so one oversized comment cannot invalidate the report', () => {
    const hostile = extraction([
      { ...comment(1, 'x'.repeat(LIMITS.textLength + 10)), author: 'a'.repeat(5_000), links: Array.from({ length: 500 }, () => ({ href: 'https://x.org/'.padEnd(9_000, 'q'), text: 'x' })) },
      { ...comment(2, 'fine'), id: 'i'.repeat(LIMITS.idLength + 1) },
      { ...comment(3, 'reply'), parentId: 'p'.repeat(LIMITS.idLength + 1), locator: 'l'.repeat(LIMITS.urlLength + 1) },
    ]);
    expect(Extraction.safeParse(hostile).success).toBe(false);
    const fitted = fitExtraction(hostile);
    expect(Extraction.safeParse(fitted).success).toBe(true);
    expect(fitted.comments.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(fitted.comments[0]!.text).toHaveLength(LIMITS.textLength);
    expect(fitted.comments[1]).toMatchObject({ parentId: null, locator: '' });
  });

  it('stops at the text budget and marks the reading partial', () => {
    const fitted = fitExtraction(extraction(Array.from({ length: 10 }, (_, i) => comment(i, 'y'.repeat(1_000)))), 4_500);
    expect(fitted.comments).toHaveLength(4);
    expect(fitted.partial).toBe(true);
    expect(fitExtraction(extraction([comment(1, 'short')])).partial).toBe(false);
  });
});
