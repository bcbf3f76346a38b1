import type { AnalysisResult } from '../utils/schema';
import { coverageWarning, summarize } from '../utils/view/summary';
import { describeAnalysedAt } from '../utils/view/tree-view';

export function SummaryLine({ result, now }: { result: AnalysisResult; now: number }) {
  const s = summarize(result);
  const when = describeAnalysedAt(result.analyzedAt, now);
  const warning = coverageWarning(result);
  // The warning is also in `notices` (for the JSON); show it once, as the warning.
  const notices = (result.notices ?? []).filter((n) => n !== warning?.text);
  return (
    <div class="summary-block">
      <ul class="summary" aria-label="Summary">
        <li data-count="comments"><b>{s.comments}</b> comments</li>
        <li data-count="threads"><b>{s.threads}</b> threads</li>
        <li data-count="deepest" title="Deepest reply level"><b>{s.deepest}</b> deep</li>
        <li data-count="off-topic" class={s.offTopic ? 'warn' : ''}><b>{s.offTopic}</b> off-topic</li>
        <li data-count="link-only" class={s.linkOnly ? 'info' : ''}><b>{s.linkOnly}</b> link-only</li>
      </ul>
      <p class="status-line">
        {when ? <span class="when">{when}</span> : null}
        {result.moreLoading ? <span class="loading-more" role="status">more comments are still loading on the page</span> : null}
        {result.partial ? <span class="partial" role="status">partial: the page has more comments than could be read in time</span> : null}
      </p>
      {warning ? (
        <p class="notices coverage-warning" role="status" data-code={warning.code}>
          {warning.text}
        </p>
      ) : null}
      {notices.length ? (
        <ul class="notices" aria-label="Notes on this result">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
