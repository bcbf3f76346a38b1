/**
 * The background worker's jobs: inject the content script when asked, turn what the page
 * reports into an analysis, keep it per tab, and forget it when the tab moves on.
 * State lives in storage.session, never in module variables, so a stopped worker loses nothing.
 */
import { browser } from 'wxt/browser';
import { analyzeExtraction } from '../analysis/analyze';
import type { Extraction, PageExtractedReply, PageMarks, TabState } from '../schema';
import { readSettings } from '../settings';
import { splitCommentId, mergeFrameExtractions } from '../frames';
import { dropTab, getFrameExtractions, getTabState, setFrameExtractions, setTabState } from './tab-store';

/** Where WXT puts the runtime-registered content script. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** An "analysing" state older than this is taken as abandoned (the page never answered). */
const ANALYSING_STALE_MS = 15_000;

/** How long the page's content script may take to report before the popup is told it did not. */
const ANSWER_TIMEOUT_MS = 10_000;

export const SILENT_PAGE_REASON =
  'The page did not answer in time. It may still be loading or be blocking scripts; try Re-analyse in a moment.';

export const UNSUPPORTED_REASON =
  'Threadwise cannot read this page. Browsers keep their own pages (settings, new tab, add-on stores, the PDF viewer) closed to extensions.';

// Frames of one tab report concurrently; their read-modify-write of the tab's state is queued.
const tabQueues = new Map<number, Promise<unknown>>();
function queued<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(job);
  tabQueues.set(tabId, next);
  void next.finally(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  });
  return next;
}

/** Popup asks for a tab: reuse what we have, or inject the content script to read the page. */
export async function analyzeTab(tabId: number, force = false, now = Date.now): Promise<TabState> {
  const existing = await getTabState(tabId);
  const fresh =
    existing !== null &&
    (existing.status !== 'analysing' || now() - existing.updatedAt < ANALYSING_STALE_MS) &&
    existing.status !== 'error';
  if (existing && fresh && !force) return existing;

  const analysing: TabState = { tabId, status: 'analysing', reason: null, result: null, updatedAt: now() };
  await queued(tabId, async () => {
    await setFrameExtractions(tabId, {});
    await setTabState(analysing);
  });
  try {
    // Immediately, not at "document idle": a page that never finishes loading is read as far as
    // it got, and the content script follows whatever arrives later.
    const injected = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [CONTENT_SCRIPT_FILE],
      injectImmediately: true,
    });
    // Firefox answers a privileged page (about:, the add-ons site) with no frames rather than an error.
    const reached = (injected as Array<{ error?: unknown }> | undefined)?.filter((frame) => !frame.error) ?? [];
    if (reached.length === 0) throw new Error('the content script reached no frame');
  } catch (error) {
    const unsupported: TabState = {
      tabId,
      status: 'unsupported',
      reason: UNSUPPORTED_REASON,
      result: null,
      updatedAt: now(),
    };
    console.info('Threadwise: could not read tab', tabId, String(error));
    await setTabState(unsupported);
    await updateBadge(tabId, null);
    return unsupported;
  }
  setTimeout(() => void giveUpIfSilent(tabId, analysing.updatedAt, now), ANSWER_TIMEOUT_MS);
  return (await getTabState(tabId)) ?? analysing;
}

/** The content script was injected but nothing answered: say so rather than spin for ever. */
async function giveUpIfSilent(tabId: number, startedAt: number, now: () => number): Promise<void> {
  await queued(tabId, async () => {
    const state = await getTabState(tabId);
    if (state?.status !== 'analysing' || state.updatedAt !== startedAt) return;
    await setTabState({ tabId, status: 'error', reason: SILENT_PAGE_REASON, result: null, updatedAt: now() });
  });
}

/** A frame's content script reports what it read: merge with the tab's other frames, analyse. */
export async function receiveExtraction(
  tabId: number,
  frameId: number,
  tabUrl: string | undefined,
  extraction: Extraction,
  now = Date.now,
): Promise<PageExtractedReply> {
  return queued(tabId, async () => {
    const frames = await getFrameExtractions(tabId);
    // A new document in the top frame means a new page: what other frames said belongs to the old one.
    const top = frames['0'];
    const nextFrames = frameId === 0 && top && top.url !== extraction.url ? {} : frames;
    nextFrames[String(frameId)] = extraction;
    const merged = mergeFrameExtractions(tabUrl ?? extraction.url, nextFrames);
    const settings = await readSettings();
    const result = analyzeExtraction(merged, { sensitivity: settings.sensitivity });
    await setFrameExtractions(tabId, nextFrames);
    await setTabState({ tabId, status: 'ready', reason: null, result, updatedAt: now() });
    const markedCount = result.comments.filter((c) => c.marks.length > 0).length;
    await updateBadge(tabId, markedCount);
    const marks: PageMarks = [];
    for (const comment of result.comments) {
      if (comment.marks.length === 0) continue;
      const { frameId: commentFrame, localId } = splitCommentId(comment.id);
      if (commentFrame === frameId) marks.push({ id: localId, marks: comment.marks });
    }
    return { ok: true, marks, reason: null };
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  await queued(tabId, () => dropTab(tabId));
  await updateBadge(tabId, null);
}

/** The toolbar badge shows how many comments on the tab carry a mark. */
async function updateBadge(tabId: number, markedCount: number | null): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: markedCount ? String(markedCount) : '' });
    if (markedCount) await action.setBadgeBackgroundColor({ tabId, color: '#8a4b08' });
  } catch {
    // The tab is gone; nothing to show.
  }
}
