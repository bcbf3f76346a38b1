/**
 * Per-tab state, kept in `storage.session`: it survives the MV3 worker being stopped, is
 * never written to disk, and is only readable by the extension's own pages (not content scripts).
 */
import { storage } from 'wxt/utils/storage';
import { tabStateFromStored, tabStateKey, toStoredTabState, type Extraction, type TabState } from '../schema';

const stateKey = (tabId: number) => `session:${tabStateKey(tabId)}` as const;
const framesKey = (tabId: number) => `session:frames:${tabId}` as const;
const pendingKey = (tabId: number) => `session:pending:${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return tabStateFromStored(await storage.getItem(stateKey(tabId)));
}

/** Kept with its result as one JSON text (see StoredTabState). */
export async function setTabState(state: TabState): Promise<void> {
  await storage.setItem(stateKey(state.tabId), toStoredTabState(state));
}

/** What each frame of the tab reported, by frame id. */
export type FrameExtractions = Record<string, Extraction>;

/** Kept as one JSON text, like the tab's state (see StoredTabState); read back only by this worker. */
export async function getFrameExtractions(tabId: number): Promise<FrameExtractions> {
  const value = await storage.getItem<string>(framesKey(tabId));
  if (typeof value !== 'string') return {};
  try {
    const frames: unknown = JSON.parse(value);
    return frames && typeof frames === 'object' && !Array.isArray(frames) ? (frames as FrameExtractions) : {};
  } catch {
    return {};
  }
}

export async function setFrameExtractions(tabId: number, frames: FrameExtractions): Promise<void> {
  await storage.setItem(framesKey(tabId), JSON.stringify(frames));
}

/** Forgets what the tab's frames reported (kept only to merge later frame reports). */
export async function dropFrameExtractions(tabId: number): Promise<void> {
  await storage.removeItem(framesKey(tabId));
}

/** Drops every tab's frame copies except `keep`'s: they are rebuilt by the next analysis. */
export async function dropOtherFrameExtractions(keep: number): Promise<void> {
  const all = await storage.snapshot('session');
  const keys = Object.keys(all)
    .filter((key) => key.startsWith('frames:') && key !== `frames:${keep}`)
    .map((key) => `session:${key}` as const);
  if (keys.length > 0) await storage.removeItems(keys);
}

/**
 * An analysis the popup asked for that is still waiting for frames: the content script was
 * injected into `frames` (null until the injection has answered), and `reported` have answered.
 */
export interface PendingAnalysis {
  startedAt: number;
  frames: number[] | null;
  reported: number[];
  /** A content script of this analysis said it is reading (the page is big, not silent). */
  reading?: boolean;
}

export async function getPendingAnalysis(tabId: number): Promise<PendingAnalysis | null> {
  const value = await storage.getItem<PendingAnalysis>(pendingKey(tabId));
  return value && typeof value === 'object' && Array.isArray(value.reported) ? value : null;
}

export async function setPendingAnalysis(tabId: number, pending: PendingAnalysis): Promise<void> {
  await storage.setItem(pendingKey(tabId), pending);
}

export async function dropPendingAnalysis(tabId: number): Promise<void> {
  await storage.removeItem(pendingKey(tabId));
}

/** Forgets everything about a tab (navigation, reload, close). */
export async function dropTab(tabId: number): Promise<void> {
  await storage.removeItems([stateKey(tabId), framesKey(tabId), pendingKey(tabId)]);
}
