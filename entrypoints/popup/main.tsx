import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { PopupActions, PopupPhase } from '../../components/types';
import { splitCommentId } from '../../utils/frames';
import { DEFAULT_SETTINGS, MaybeTabState, TabState, tabStateKey, type Settings } from '../../utils/schema';
import { readSettings, settingsItem } from '../../utils/settings';
import { siteOriginOf, sitePattern } from '../../utils/sites';
import './style.css';

/** After this long without an answer from the page, the popup says so instead of spinning on. */
const SLOW_MS = 6_000;
const NOTICE_MS = 2_500;
const OPEN_FROM_TOOLBAR = 'Open Threadwise from its toolbar button while a page with comments is showing.';

/**
 * Which tab the popup is about: the active tab, or the one named by `?tab=N` (the tests and the
 * command line open the popup as a page of its own, where the active tab would be the popup).
 */
async function resolveTab(): Promise<{ id: number; url: string | undefined }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url };
  }
  // Opened as a tab of its own rather than from the toolbar: there is no page to analyse.
  if (await browser.tabs.getCurrent()) throw new Error(OPEN_FROM_TOOLBAR);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(OPEN_FROM_TOOLBAR);
  return { id: tab.id, url: tab.url };
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
  const parsed = MaybeTabState.safeParse(await browser.runtime.sendMessage(message));
  return parsed.success ? parsed.data : null;
}

async function readStoredState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const parsed = TabState.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

function exportFileName(url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  } catch {
    // keep the default
  }
  return `threadwise-${host}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

function Popup() {
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    let cancelled = false;
    resolveTab()
      .then(async (found) => {
        if (cancelled) return;
        setTab(found);
        // A finished result is read straight from session storage: no round trip to the worker.
        const stored = await readStoredState(found.id);
        if (cancelled) return;
        if (stored && (stored.status === 'ready' || stored.status === 'unsupported')) {
          setState((current) => current ?? stored);
          return;
        }
        const initial = await request({ type: 'analyze-tab', tabId: found.id });
        if (!cancelled && initial) setState((current) => current ?? initial);
      })
      .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    void readSettings().then(setSettings);
    const unwatch = settingsItem.watch((next) => next && setSettings(next));
    const clock = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      cancelled = true;
      unwatch();
      clearInterval(clock);
    };
  }, []);

  // The background writes each new result to storage.session; follow it for our tab.
  const tabId = tab?.id ?? null;
  useEffect(() => {
    if (tabId === null) return;
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const parsed = TabState.safeParse(changes[key]?.newValue);
      if (parsed.success) setState(parsed.data);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);

  const analysing = state === null || state.status === 'analysing';
  useEffect(() => {
    setSlow(false);
    if (!analysing) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [analysing, state?.updatedAt]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const phase: PopupPhase = failure
    ? failure === OPEN_FROM_TOOLBAR
      ? { kind: 'unsupported', reason: failure }
      : { kind: 'error', reason: failure }
    : phaseOf(state, slow);
  useEffect(() => {
    document.body.dataset.phase = phase.kind;
  }, [phase.kind]);

  const resultJson = () => (state?.result ? JSON.stringify(state.result, null, 2) : null);
  const reanalyse = () => {
    if (tabId === null) return;
    setFailure(null);
    void request({ type: 'analyze-tab', tabId, force: true }).then((next) => next && setState(next));
  };

  const actions: PopupActions = {
    reveal(commentId) {
      if (tabId === null) return;
      const { frameId, localId } = splitCommentId(commentId);
      browser.tabs
        .sendMessage(tabId, { type: 'reveal-comment', commentId: localId }, { frameId })
        .then((reply) => {
          if (!(reply as { found?: boolean } | undefined)?.found) setNotice('That comment is no longer on the page.');
        })
        .catch(() => setNotice('The page no longer answers; reload it and analyse again.'));
    },
    reanalyse,
    exportJson() {
      const json = resultJson();
      if (!json || !state?.result) return;
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName(state.result.url);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice('Exported');
    },
    copyJson() {
      const json = resultJson();
      if (!json) return;
      navigator.clipboard.writeText(json).then(
        () => setNotice('Copied to the clipboard'),
        () => setNotice('The browser did not allow copying'),
      );
    },
    updateSettings(patch) {
      const next = { ...settings, ...patch };
      setSettings(next);
      void settingsItem.setValue(next).then(() => {
        if (patch.sensitivity && patch.sensitivity !== settings.sensitivity) reanalyse();
      });
    },
    allowFrames(origins) {
      const patterns = [...new Set(origins.map((origin) => siteOriginOf(origin)).filter((o): o is string => o !== null))].map(sitePattern);
      // Asked for straight from the click, as browsers require.
      void browser.permissions
        .request({ origins: patterns })
        .catch(() => false)
        .then((granted) => (granted ? reanalyse() : setNotice('Permission not granted; the frame stays closed.')));
    },
    setAutoAnalyse(origin, enabled) {
      const origins = [sitePattern(origin)];
      // Asked for straight from the click: browsers grant permissions only during a user gesture.
      // Turning off always takes effect, even where the browser keeps the access (a required permission).
      const permission = enabled
        ? browser.permissions.request({ origins }).catch(() => false)
        : browser.permissions.remove({ origins }).then(
            () => true,
            () => true,
          );
      void permission.then(async (granted) => {
        if (enabled && !granted) {
          setNotice('Permission not granted; nothing changed.');
          return;
        }
        const current = await readSettings();
        const autoSites = enabled
          ? [...new Set([...current.autoSites, origin])]
          : current.autoSites.filter((site) => site !== origin);
        await settingsItem.setValue({ ...current, autoSites });
      });
    },
  };

  return <App phase={phase} settings={settings} siteOrigin={siteOriginOf(tab?.url)} notice={notice} now={now} actions={actions} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
