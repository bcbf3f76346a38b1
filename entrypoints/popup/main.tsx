import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { PopupPhase } from '../../components/types';
import { splitCommentId } from '../../utils/frames';
import { TabState, tabStateKey } from '../../utils/schema';
import './style.css';

/** After this long without an answer from the page, the popup says so instead of spinning on. */
const SLOW_MS = 6_000;
const OPEN_FROM_TOOLBAR = 'Open Threadwise from its toolbar button while a page with comments is showing.';

/**
 * Which tab the popup is about: the active tab, or the one named by `?tab=N` (the tests and the
 * command line open the popup as a page of its own, where the active tab would be the popup).
 */
async function resolveTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  // Opened as a tab of its own rather than from the toolbar: there is no page to analyse.
  if (await browser.tabs.getCurrent()) throw new Error(OPEN_FROM_TOOLBAR);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(OPEN_FROM_TOOLBAR);
  return tab.id;
}

function phaseOf(state: TabState | null, slow: boolean): PopupPhase {
  if (!state) return { kind: 'starting' };
  switch (state.status) {
    case 'analysing':
      return { kind: 'analysing', slow };
    case 'ready':
      return { kind: 'ready', state };
    case 'unsupported':
      return { kind: 'unsupported', reason: state.reason ?? 'Threadwise cannot read this page.' };
    case 'error':
      return { kind: 'error', reason: state.reason ?? 'The analysis failed.' };
  }
}

async function request(message: unknown): Promise<TabState | null> {
  const parsed = TabState.nullable().safeParse(await browser.runtime.sendMessage(message));
  return parsed.success ? parsed.data : null;
}

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    let cancelled = false;
    resolveTabId()
      .then(async (id) => {
        if (cancelled) return;
        setTabId(id);
        const initial = await request({ type: 'analyze-tab', tabId: id });
        if (!cancelled && initial) setState((current) => current ?? initial);
      })
      .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, []);

  // The background writes each new result to storage.session; follow it for our tab.
  useEffect(() => {
    if (tabId === null) return;
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const parsed = TabState.safeParse(changes[key]?.newValue);
      if (parsed.success) setState(parsed.data);
    };
    browser.storage.onChanged.addListener(onChanged);
    void request({ type: 'get-tab-state', tabId }).then((current) => current && setState(current));
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);

  const analysing = state === null || state.status === 'analysing';
  useEffect(() => {
    setSlow(false);
    if (!analysing) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [analysing, state?.updatedAt]);

  const phase: PopupPhase = failure ? { kind: 'error', reason: failure } : phaseOf(state, slow);
  useEffect(() => {
    document.body.dataset.phase = phase.kind;
  }, [phase.kind]);

  const onReveal = (commentId: string) => {
    if (tabId === null) return;
    const { frameId, localId } = splitCommentId(commentId);
    browser.tabs
      .sendMessage(tabId, { type: 'reveal-comment', commentId: localId }, { frameId })
      .catch(() => setFailure('The page no longer answers; reload it and analyse again.'));
  };
  const onReanalyse = () => {
    if (tabId === null) return;
    setFailure(null);
    void request({ type: 'analyze-tab', tabId, force: true }).then((next) => next && setState(next));
  };

  return <App phase={phase} onReveal={onReveal} onReanalyse={onReanalyse} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
