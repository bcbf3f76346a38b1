import type { PopupPhase } from './types';
import { CommentTree } from './CommentTree';
import { SummaryLine } from './SummaryLine';

export interface AppProps {
  phase: PopupPhase;
  onReveal: (commentId: string) => void;
  onReanalyse: () => void;
}

/** The popup: header, then one of the states (analysing, nothing found, cannot analyse, result). */
export function App({ phase, onReveal, onReanalyse }: AppProps) {
  const result = phase.kind === 'ready' ? phase.state.result : null;
  return (
    <main class="popup" data-phase={phase.kind}>
      <header class="bar">
        <span class="brand" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="16" height="16"><path d="M2 3h12v7H7l-3 3v-3H2z" fill="currentColor" /></svg>
        </span>
        <h1>Threadwise</h1>
        <button type="button" class="ghost" onClick={onReanalyse} disabled={phase.kind === 'analysing' || phase.kind === 'starting'}>
          Re-analyse
        </button>
      </header>
      {phase.kind === 'starting' || phase.kind === 'analysing' ? (
        <section class="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />
          <p>Analysing the comments on this page…</p>
          {phase.kind === 'analysing' && phase.slow ? (
            <p class="hint">The page is slow to answer. It may still be loading; try Re-analyse in a moment.</p>
          ) : null}
        </section>
      ) : null}
      {phase.kind === 'unsupported' || phase.kind === 'error' ? (
        <section class="state" role="status">
          <p class="headline">{phase.kind === 'unsupported' ? 'This page cannot be analysed' : 'Something went wrong'}</p>
          <p class="hint">{phase.reason}</p>
        </section>
      ) : null}
      {result ? (
        <>
          <section class="article">
            <h2 title={result.article?.title ?? undefined}>{result.article?.title || 'No article found on this page'}</h2>
            <SummaryLine result={result} />
          </section>
          {result.comments.length === 0 ? (
            <section class="state" role="status">
              <p class="headline">No comments found on this page</p>
              <p class="hint">
                {result.error ??
                  'Threadwise looked for a comment section and found none. If comments load later, scroll to them and Re-analyse.'}
              </p>
            </section>
          ) : (
            <CommentTree comments={result.comments} onReveal={onReveal} />
          )}
        </>
      ) : null}
    </main>
  );
}
