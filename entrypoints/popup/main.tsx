import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { PopupActions, PopupPhase } from '../../components/types';
import { splitCommentId } from '../../utils/frames';
import { DEFAULT_SETTINGS, MaybeTabState, tabStateFromStored, tabStateKey, type Settings, type TabState } from '../../utils/schema';
import { readSettings, settingsItem } from '../../utils/settings';
import { siteOriginOf, sitePattern } from '../../utils/sites';
import { createI18n, type GetMessage } from '../../utils/view/i18n';
import './style.css';

/** After this long without an answer from the page, the popup says so instead of spinning on. */
const SLOW_MS = 6_000;
/**
 * While analysing, the popup asks the worker for the tab's state this often: the worker ends a
 * wait past its deadline when asked, so a worker stopped mid-wait (its timers lost) cannot leave
 * the popup analysing for ever. Results themselves arrive through storage.session.
 */
const STATUS_ASK_MS = 3_000;
const NOTICE_MS = 2_500;
const OPEN_FROM_TOOLBAR = 'Open Threadwise from its toolbar button while a page with comments is showing.';
/** The reader's language: the browser chose the messages from `_locales` by its own UI language. */
const i18n = createI18n(browser.i18n.getMessage as GetMessage);
/** The built-in command that opens the popup (MV3 and Firefox MV2 name it differently). */
const OPEN_POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);
const BROWSER_FAMILY: 'chrome' | 'firefox' = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/** The shortcut that opens the popup as the browser has it now (a user may have changed it); '' when none. */
async function readShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => OPEN_POPUP_COMMANDS.has(c.name ?? ''))?.shortcut ?? '';
  } catch {
    return null;
  }
}

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
      return { kind: 'unsupported', reason: state.reason ?? i18n.t('reason_cannot_read') };
    case 'error':
      return { kind: 'error', reason: state.reason ?? i18n.t('reason_failed') };
  }
}

async function request(message: unknown): Promise<TabState | null> {
  const parsed = MaybeTabState.safeParse(await browser.runtime.sendMessage(message));
  return parsed.success ? parsed.data : null;
}

async function readStoredState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return tabStateFromStored((await browser.storage.session.get(key))[key]);
}

/**
 * Asks the worker to analyse the tab. Chrome may stop the worker while it waits on the page (an
 * MV3 worker idle for 30 s), and the answer is then lost with a browser error ("the message
 * channel closed…") that means nothing to a reader. The analysis it started is in
 * storage.session: follow that (the popup's status asks end its wait in time); with nothing
 * stored, ask once more, which starts the worker again.
 */
async function askForAnalysis(tabId: number, force = false): Promise<TabState | null> {
  const message = { type: 'analyze-tab', tabId, ...(force ? { force } : {}) };
  try {
    return await request(message);
  } catch {
    return (await readStoredState(tabId)) ?? request(message);
  }
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
  const [shortcut, setShortcut] = useState<string | null>(null);

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
        const initial = await askForAnalysis(found.id);
        if (!cancelled && initial) setState((current) => current ?? initial);
      })
      .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    void readSettings().then(setSettings);
    void readShortcut().then((found) => !cancelled && setShortcut(found));
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
      const next = tabStateFromStored(changes[key]?.newValue);
      if (next) setState(next);
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
    if (!analysing || tabId === null) return;
    const timer = setInterval(() => {
      void request({ type: 'get-tab-state', tabId })
        .then((next) => next && next.status !== 'analysing' && setState(next))
        .catch(() => undefined);
    }, STATUS_ASK_MS);
    return () => clearInterval(timer);
  }, [analysing, tabId]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const phase: PopupPhase = failure
    ? failure === OPEN_FROM_TOOLBAR
      ? { kind: 'unsupported', reason: i18n.t('reason_open_from_toolbar') }
      : { kind: 'error', reason: failure }
    : phaseOf(state, slow);
  useEffect(() => {
    document.body.dataset.phase = phase.kind;
  }, [phase.kind]);

  const resultJson = () => (state?.result ? JSON.stringify(state.result, null, 2) : null);
  const reanalyse = () => {
    if (tabId === null) return;
    setFailure(null);
    askForAnalysis(tabId, true)
      .then((next) => next && setState(next))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };

  const actions: PopupActions = {
    reveal(commentId) {
      if (tabId === null) return;
      const { frameId, localId } = splitCommentId(commentId);
      browser.tabs
        .sendMessage(tabId, { type: 'reveal-comment', commentId: localId }, { frameId })
        .then((reply) => {
          if (!(reply as { found?: boolean } | undefined)?.found) setNotice(i18n.t('notice_not_on_page'));
        })
        .catch(() => setNotice(i18n.t('notice_page_gone')));
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
      setNotice(i18n.t('notice_exported'));
    },
    copyJson() {
      const json = resultJson();
      if (!json) return;
      navigator.clipboard.writeText(json).then(
        () => setNotice(i18n.t('notice_copied')),
        () => setNotice(i18n.t('notice_copy_refused')),
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
        .then((granted) => (granted ? reanalyse() : setNotice(i18n.t('notice_frame_not_granted'))));
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
          setNotice(i18n.t('notice_permission_not_granted'));
          return;
        }
        const current = await readSettings();
        const autoSites = enabled
          ? [...new Set([...current.autoSites, origin])]
          : current.autoSites.filter((site) => site !== origin);
        await settingsItem.setValue({ ...current, autoSites });
      });
    },
    openShortcutSettings() {
      // Firefox opens its shortcut page for us; Chromium lets an extension open chrome://extensions.
      const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
      const opened = BROWSER_FAMILY === 'firefox' && commands.openShortcutSettings
        ? commands.openShortcutSettings()
        : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      void Promise.resolve(opened).catch(() => undefined);
    },
  };

  return (
    <App
      i18n={i18n}
      phase={phase}
      settings={settings}
      siteOrigin={siteOriginOf(tab?.url)}
      notice={notice}
      now={now}
      actions={actions}
      shortcut={shortcut}
      browserFamily={BROWSER_FAMILY}
    />
  );
}

document.documentElement.lang = i18n.locale;
const root = document.getElementById('app');
if (root) render(<Popup />, root);
