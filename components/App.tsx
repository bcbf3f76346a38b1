import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysisResult, Settings } from '../utils/schema';
import {
  allThreadIds,
  FILTERS,
  indexTree,
  initiallyCollapsed,
  matchesFilter,
  visibleRows,
  type Filter,
} from '../utils/view/tree-view';
import type { I18n } from '../utils/view/i18n';
import { noteText } from '../utils/view/reader-notes';
import { CommentTree } from './CommentTree';
import { I18nContext, RichText, useI18n } from './i18n';
import { SettingsPanel } from './SettingsPanel';
import { SummaryLine } from './SummaryLine';
import { Toolbar } from './Toolbar';
import type { PopupActions, PopupPhase } from './types';

export const FIRST_RENDER_MARK = 'threadwise:first-render';

export interface AppProps {
  phase: PopupPhase;
  settings: Settings;
  siteOrigin: string | null;
  /** A short confirmation ("Copied") or problem to show for a moment. */
  notice: string | null;
  now: number;
  actions: PopupActions;
  /** The reader's language: every text the popup shows comes from it. */
  i18n: I18n;
  /** The keyboard shortcut that opens the popup as the browser has it (a user may change it); '' when none is set, null when unknown. */
  shortcut?: string | null;
  /** Which browser's way of changing the shortcut to describe. */
  browserFamily?: 'chrome' | 'firefox';
}

function ResultView({ result, now, actions }: { result: AnalysisResult; now: number; actions: PopupActions }) {
  const i18n = useI18n();
  const tree = useMemo(() => indexTree(result.comments), [result.comments]);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(() => initiallyCollapsed(result.comments, tree));
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const rows = useMemo(() => visibleRows(result.comments, tree, { filter, query, collapsed }), [result.comments, tree, filter, query, collapsed]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(FILTERS.map((f) => [f, 0])) as Record<Filter, number>;
    for (const c of result.comments) for (const f of FILTERS) if (matchesFilter(c, f)) out[f] += 1;
    return out;
  }, [result.comments]);
  const collapsible = filter === 'all' && query.trim() === '';
  // `npm run bench` reads this mark: the time from opening the popup to the first tree on screen.
  useEffect(() => {
    performance.mark(FIRST_RENDER_MARK);
  }, []);

  const toggle = (id: string, collapse: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (collapse) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <Toolbar
        filter={filter}
        query={query}
        counts={counts}
        collapsible={collapsible}
        onFilter={setFilter}
        onQuery={setQuery}
        onCollapseAll={() => setCollapsed(allThreadIds(result.comments, tree))}
        onExpandAll={() => setCollapsed(new Set())}
      />
      {rows.length === 0 ? (
        <p class="empty-filter" role="status">{i18n.t('no_match')}</p>
      ) : (
        <CommentTree
          comments={result.comments}
          rows={rows}
          collapsible={collapsible}
          focusedId={focusedId}
          onFocus={setFocusedId}
          onToggle={toggle}
          onReveal={(id) => {
            setFocusedId(id);
            actions.reveal(id);
          }}
        />
      )}
      <footer class="foot">
        <span class="sr-only" role="status">{i18n.n('rows_shown', rows.length)}</span>
        <button type="button" class="ghost small" onClick={actions.exportJson} data-action="export">
          {i18n.t('export_json')}
        </button>
        <button type="button" class="ghost small" onClick={actions.copyJson} data-action="copy">
          {i18n.t('copy_json')}
        </button>
      </footer>
    </>
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return origin;
  }
}

/** Comment frames from other sites stay closed until the reader allows those sites. */
function UnreadFrames({ origins, onAllow }: { origins: string[]; onAllow: (origins: string[]) => void }) {
  const i18n = useI18n();
  const hosts = [...new Set(origins.map(hostOf))];
  return (
    <section class="frames-note" role="note">
      <p>
        <RichText name="frames_note" parts={[<b>{hosts.join(', ')}</b>]} />
      </p>
      <button type="button" class="ghost small" data-action="allow-frames" onClick={() => onAllow(origins)}>
        {hosts.length === 1 ? i18n.t('allow_site', [hosts[0]!]) : i18n.t('allow_sites')}
      </button>
    </section>
  );
}

/** The popup: header, then one of the states (analysing, nothing found, cannot analyse, result), or settings. */
export function App({ i18n, ...props }: AppProps) {
  return (
    <I18nContext.Provider value={i18n}>
      <Popup {...props} />
    </I18nContext.Provider>
  );
}

function Popup({ phase, settings, siteOrigin, notice, now, actions, shortcut = null, browserFamily = 'chrome' }: Omit<AppProps, 'i18n'>) {
  const i18n = useI18n();
  const [showSettings, setShowSettings] = useState(false);
  const result = phase.kind === 'ready' ? phase.state.result : null;
  const busy = phase.kind === 'analysing' || phase.kind === 'starting';
  return (
    <main class="popup" data-phase={phase.kind}>
      <header class="bar">
        <span class="brand" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="16" height="16"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="currentColor" /></svg>
        </span>
        <h1>Threadwise</h1>
        <button type="button" class="ghost small" onClick={actions.reanalyse} disabled={busy} data-action="reanalyse">
          {i18n.t('reanalyse')}
        </button>
        <button
          type="button"
          class={`ghost small icon${showSettings ? ' on' : ''}`}
          aria-pressed={showSettings}
          aria-label={i18n.t('settings')}
          title={i18n.t('settings')}
          data-action="settings"
          onClick={() => setShowSettings(!showSettings)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path fill="currentColor" d="M6.5 1h3l.4 2 1.4.8 1.9-.7 1.5 2.6-1.5 1.3v1.6l1.5 1.3-1.5 2.6-1.9-.7-1.4.8-.4 2h-3l-.4-2-1.4-.8-1.9.7L1.3 11.9l1.5-1.3V9L1.3 7.7 2.8 5.1l1.9.7L6.1 5zM8 5.8A2.2 2.2 0 1 0 8 10.2 2.2 2.2 0 0 0 8 5.8z" />
          </svg>
        </button>
      </header>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {showSettings ? (
        <SettingsPanel
          settings={settings}
          siteOrigin={siteOrigin}
          shortcut={shortcut}
          browserFamily={browserFamily}
          actions={actions}
          onClose={() => setShowSettings(false)}
        />
      ) : null}
      {!showSettings && busy ? (
        <section class="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />
          <p>{i18n.t('analysing')}</p>
          {phase.kind === 'analysing' && phase.slow ? (
            <p class="hint">{i18n.t('slow_hint')}</p>
          ) : null}
        </section>
      ) : null}
      {!showSettings && (phase.kind === 'unsupported' || phase.kind === 'error') ? (
        <section class="state" role="status">
          <p class="headline">{phase.kind === 'unsupported' ? i18n.t('cannot_analyse') : i18n.t('something_wrong')}</p>
          <p class="hint">{noteText(phase.reason, i18n)}</p>
        </section>
      ) : null}
      {!showSettings && result ? (
        <>
          <section class="article">
            <h2 title={result.article?.title ?? undefined} dir="auto">
              {result.article?.title || i18n.t('no_article')}
            </h2>
            <SummaryLine result={result} now={now} />
          </section>
          {result.unreadFrames?.length ? <UnreadFrames origins={result.unreadFrames} onAllow={actions.allowFrames} /> : null}
          {result.comments.length === 0 ? (
            <section class="state" role="status">
              <p class="headline">{i18n.t('no_comments')}</p>
              <p class="hint">{result.error ? noteText(result.error, i18n) : i18n.t('no_comments_hint')}</p>
            </section>
          ) : (
            <ResultView key={result.url} result={result} now={now} actions={actions} />
          )}
        </>
      ) : null}
    </main>
  );
}
