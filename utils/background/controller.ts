/**
 * The background worker's jobs: inject the content script when asked, turn what the page
 * reports into an analysis, keep it per tab, and forget it when the tab moves on.
 * State lives in storage.session, never in module variables, so a stopped worker loses nothing.
 */
import { browser } from 'wxt/browser';
import { analyzeExtraction } from '../analysis/analyze';
import type { AnalysisResult, Extraction, PageExtractedReply, PageMarks, TabState } from '../schema';
import { readSettings } from '../settings';
import { splitCommentId, mergeFrameExtractions } from '../frames';
import { mergeCoverage } from '../analysis/coverage';
import {
  dropFrameExtractions,
  dropOtherFrameExtractions,
  dropPendingAnalysis,
  dropTab,
  getFrameExtractions,
  getPendingAnalysis,
  getTabState,
  setFrameExtractions,
  setPendingAnalysis,
  setTabState,
  type FrameExtractions,
  type PendingAnalysis,
} from './tab-store';
import {
  COMMENTS_DROPPED_NOTICE,
  FRAMES_NOT_KEPT_NOTICE,
  NOT_KEPT_REASON,
  SILENT_PAGE_REASON,
  TEXTS_SHORTENED_NOTICE,
  TRIMMED_TEXT_CHARS,
  UNSUPPORTED_REASON,
} from '../view/reader-notes';

/** Where WXT puts the runtime-registered content script. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** How long the page's content script may take to report before the popup is told it did not. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * How long in all a content script that said it is reading may take: a page of tens of
 * megabytes takes seconds to read, more on a busy machine (a 50,000-comment page under load
 * did not report within ANSWER_TIMEOUT_MS). Still bounded: the popup is never left waiting.
 */
export const READING_TIMEOUT_MS = 40_000;

/**
 * Chrome gives `storage.session` 10 MiB for the whole extension, shared by every tab. One tab's
 * result may take this much of it; the frames' copy (only needed to merge a later frame's report)
 * is kept only while the two together fit.
 */
export const TAB_STATE_BUDGET_BYTES = 5_000_000;


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
  // A wait past its deadline ends first; an analysis still within it is not started again (a
  // page that said it is reading would otherwise be read from the start at every ask).
  const existing = await tabStatus(tabId, now);
  if (existing && existing.status !== 'error' && !force) return existing;

  const analysing: TabState = { tabId, status: 'analysing', reason: null, result: null, updatedAt: now() };
  await queued(tabId, async () => {
    await setFrameExtractions(tabId, {});
    // The result is ready once every frame the script reaches has reported, not at the first
    // report: a comment frame from another site often answers after the page itself.
    await setPendingAnalysis(tabId, { startedAt: analysing.updatedAt, frames: null, reported: [] });
    await setTabState(analysing);
  });
  // Armed before injecting: an injection that never returns (a frame that never loads) must not
  // leave the tab analysing for ever either.
  setTimeout(() => void giveUpIfSilent(tabId, analysing.updatedAt, now), ANSWER_TIMEOUT_MS);
  try {
    // Immediately, not at "document idle": a page that never finishes loading is read as far as
    // it got, and the content script follows whatever arrives later.
    const injected = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [CONTENT_SCRIPT_FILE],
      injectImmediately: true,
    });
    // Firefox answers a privileged page (about:, the add-ons site) with no frames rather than an error.
    const reached = (injected as Array<{ error?: unknown; frameId?: number }> | undefined)?.filter((frame) => !frame.error) ?? [];
    if (reached.length === 0) throw new Error('the content script reached no frame');
    const frameIds = reached.map((frame) => frame.frameId).filter((id): id is number => typeof id === 'number');
    await queued(tabId, async () => {
      const pending = await getPendingAnalysis(tabId);
      if (pending?.startedAt !== analysing.updatedAt) return;
      await settlePending(tabId, { ...pending, frames: frameIds }, now);
    });
  } catch (error) {
    await dropPendingAnalysis(tabId).catch(() => undefined);
    const unsupported: TabState = {
      tabId,
      status: 'unsupported',
      reason: UNSUPPORTED_REASON,
      result: null,
      updatedAt: now(),
    };
    console.info('Threadwise: could not read tab', tabId, String(error));
    // A tab closed meanwhile keeps nothing: its state was dropped with it.
    if (!(await tabIsOpen(tabId))) {
      await dropTab(tabId);
      return unsupported;
    }
    await setTabState(unsupported);
    await updateBadge(tabId, null);
    return unsupported;
  }
  return (await getTabState(tabId)) ?? analysing;
}

/**
 * Records what is known of a pending analysis; once every injected frame has reported, the
 * result kept so far is ready. Runs inside the tab's queue.
 */
async function settlePending(tabId: number, pending: PendingAnalysis, now: () => number): Promise<boolean> {
  const waiting = pending.frames === null || pending.frames.some((frame) => !pending.reported.includes(frame));
  if (waiting) {
    await setPendingAnalysis(tabId, pending);
    return false;
  }
  await dropPendingAnalysis(tabId);
  const state = await getTabState(tabId);
  if (state?.status === 'analysing' && state.result) await setTabState({ ...state, status: 'ready', updatedAt: now() });
  return true;
}

/** When a pending analysis stops waiting for its frames: later once a content script said it is reading. */
function deadlineOf(pending: PendingAnalysis): number {
  return pending.startedAt + (pending.reading ? READING_TIMEOUT_MS : ANSWER_TIMEOUT_MS);
}

/**
 * The content script was injected but not every frame answered in time: what has arrived is the
 * result; if nothing did, say so rather than spin for ever. 'waiting' when `unlessReading` and a
 * content script said it is reading (the caller waits longer).
 */
async function giveUp(tabId: number, startedAt: number, now: () => number, unlessReading = false): Promise<'waiting' | 'done'> {
  return queued(tabId, async () => {
    const pending = await getPendingAnalysis(tabId);
    const state = await getTabState(tabId);
    if (pending?.startedAt !== startedAt && state?.updatedAt !== startedAt) return 'done';
    if (unlessReading && pending?.startedAt === startedAt && pending.reading) return 'waiting';
    if (pending?.startedAt === startedAt) await dropPendingAnalysis(tabId);
    if (state?.status !== 'analysing') return 'done';
    if (state.result) await setTabState({ ...state, status: 'ready', updatedAt: now() });
    else await setTabState({ tabId, status: 'error', reason: SILENT_PAGE_REASON, result: null, updatedAt: now() });
    return 'done';
  });
}

/** The worker's timer for a pending analysis: at ANSWER_TIMEOUT_MS, and once more for a page that is reading. */
async function giveUpIfSilent(tabId: number, startedAt: number, now: () => number, extended = false): Promise<void> {
  if ((await giveUp(tabId, startedAt, now, !extended)) === 'waiting') {
    setTimeout(() => void giveUpIfSilent(tabId, startedAt, now, true), READING_TIMEOUT_MS - ANSWER_TIMEOUT_MS);
  }
}

/**
 * The tab's state, with a wait past its deadline ended first. The timers that end a wait live in
 * the worker, and Chrome stops an idle MV3 worker (after 30 s without events), losing them; the
 * popup asks this while it shows "analysing", so a lost timer costs at most one ask's delay.
 */
export async function tabStatus(tabId: number, now = Date.now): Promise<TabState | null> {
  const pending = await getPendingAnalysis(tabId);
  if (pending) {
    if (now() >= deadlineOf(pending)) await giveUp(tabId, pending.startedAt, now);
  } else {
    // "Analysing" with nothing pending: the worker stopped between the two writes of analyzeTab.
    const state = await getTabState(tabId);
    if (state?.status === 'analysing' && now() - state.updatedAt >= ANSWER_TIMEOUT_MS) await giveUp(tabId, state.updatedAt, now);
  }
  return getTabState(tabId);
}

/** A frame's content script says it has started reading: the analysis waiting for it waits longer. */
export async function noteReading(tabId: number): Promise<{ ok: true }> {
  await queued(tabId, async () => {
    const pending = await getPendingAnalysis(tabId);
    if (pending && !pending.reading) await setPendingAnalysis(tabId, { ...pending, reading: true });
  });
  return { ok: true };
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
    // A report sent just before its tab closed can arrive after the tab's state was dropped: it
    // must not write that state back (a closed tab leaves nothing behind). Queued behind this
    // check, a removal that comes later still drops whatever this report keeps.
    if (!(await tabIsOpen(tabId))) return { ok: false, marks: [], reason: CLOSED_TAB_REASON };
    const frames = await getFrameExtractions(tabId);
    // A new document in the top frame means a new page: what other frames said belongs to the old one.
    const top = frames['0'];
    const nextFrames = frameId === 0 && top && top.url !== extraction.url ? {} : frames;
    nextFrames[String(frameId)] = extraction;
    const merged = { ...mergeFrameExtractions(tabUrl ?? extraction.url, nextFrames), coverage: mergeCoverage(Object.values(nextFrames)) };
    const settings = await readSettings();
    const analysed = analyzeExtraction(merged, { sensitivity: settings.sensitivity });
    const full = merged.unreadFrames?.length ? { ...analysed, unreadFrames: merged.unreadFrames } : analysed;
    // While the popup's analysis still waits for other frames, the result is kept as analysing.
    const pending = await getPendingAnalysis(tabId);
    let complete = true;
    if (pending) {
      const reported = pending.reported.includes(frameId) ? pending.reported : [...pending.reported, frameId];
      complete = await settlePending(tabId, { ...pending, reported }, now);
    }
    const result = await keepResult(tabId, full, nextFrames, now, complete ? 'ready' : 'analysing');
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

/** Why a report from a tab that has closed is not kept. */
export const CLOSED_TAB_REASON = 'the tab is closed';

/** False only when the browser says the tab does not exist (tabs.get rejects for a closed tab). */
async function tabIsOpen(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId);
    return true;
  } catch {
    return false;
  }
}

/** Rough UTF-8 size of a value as storage keeps it (JSON). */
export function storedSize(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  // Non-ASCII characters take 2-4 bytes; counting them exactly would cost a full encode.
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}

/**
 * Pure: a result that fits `budget` bytes: texts shortened first, then comments from the end
 * dropped; each step is said in `notices` and makes the result `partial`.
 */
export function fitResult(result: AnalysisResult, budget: number): AnalysisResult {
  if (storedSize(result) <= budget) return result;
  const notices = [...(result.notices ?? [])];
  const shortened: AnalysisResult = {
    ...result,
    partial: true,
    notices: [...notices, TEXTS_SHORTENED_NOTICE],
    comments: result.comments.map((c) =>
      c.text.length > TRIMMED_TEXT_CHARS ? { ...c, text: `${c.text.slice(0, TRIMMED_TEXT_CHARS)}…` } : c,
    ),
  };
  let size = storedSize(shortened);
  if (size <= budget) return shortened;
  const comments = [...shortened.comments];
  // Cut in proportion to the excess, then step down; a few passes at most.
  while (comments.length > 0 && size > budget) {
    comments.length = Math.floor(comments.length * Math.min(0.95, budget / size));
    size = storedSize({ ...shortened, comments });
  }
  return { ...shortened, comments, notices: [...(shortened.notices ?? []), COMMENTS_DROPPED_NOTICE] };
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(String(error));
}

/**
 * Keeps a tab's new result in storage.session, degrading rather than failing when it is huge:
 * without the frames' copy, then with shortened texts, then without the last comments; if the
 * browser still refuses (other tabs fill the quota), other tabs' frame copies are dropped and it
 * is tried once more; if that fails too, the tab says why instead of keeping an old result.
 */
async function keepResult(
  tabId: number,
  full: AnalysisResult,
  frames: FrameExtractions,
  now: () => number,
  status: 'ready' | 'analysing' = 'ready',
): Promise<AnalysisResult> {
  let result = fitResult(full, TAB_STATE_BUDGET_BYTES);
  const keepFrames = storedSize(result) + storedSize(frames) <= TAB_STATE_BUDGET_BYTES;
  if (!keepFrames) {
    result = { ...result, notices: [...(result.notices ?? []), FRAMES_NOT_KEPT_NOTICE] };
    console.warn(`Threadwise: tab ${tabId}'s result is large; keeping it without the frames' copy`);
  }
  const write = async () => {
    if (keepFrames) await setFrameExtractions(tabId, frames);
    else await dropFrameExtractions(tabId);
    await setTabState({ tabId, status, reason: null, result, updatedAt: now() });
  };
  try {
    await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    console.warn(`Threadwise: session storage is full; dropping other tabs' frame copies (${String(error)})`);
    try {
      await dropOtherFrameExtractions(tabId);
      await write();
    } catch (again) {
      console.warn(`Threadwise: could not keep tab ${tabId}'s result (${String(again)})`);
      await dropFrameExtractions(tabId).catch(() => undefined);
      await setTabState({ tabId, status: 'error', reason: NOT_KEPT_REASON, result: null, updatedAt: now() });
    }
  }
  return result;
}

/**
 * The tab started loading a new document or moved to another URL in the same document. Its
 * result is stale unless it already describes the new URL (a single-page site's content script
 * may report the new page before this event arrives).
 */
export async function forgetStaleTab(tabId: number, newUrl: string | undefined): Promise<void> {
  const kept = await queued(tabId, async () => {
    const state = await getTabState(tabId);
    if (!state) return false;
    if (newUrl !== undefined && state.result?.url === newUrl) return true;
    await dropTab(tabId);
    return false;
  });
  if (!kept) await updateBadge(tabId, null);
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
