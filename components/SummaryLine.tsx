import type { AnalysisResult } from '../utils/schema';
import { summarize } from '../utils/view/summary';

export function SummaryLine({ result }: { result: AnalysisResult }) {
  const s = summarize(result);
  return (
    <ul class="summary" aria-label="Summary">
      <li data-count="comments"><b>{s.comments}</b> comments</li>
      <li data-count="threads"><b>{s.threads}</b> threads</li>
      <li data-count="off-topic" class={s.offTopic ? 'warn' : ''}><b>{s.offTopic}</b> off-topic</li>
      <li data-count="link-only" class={s.linkOnly ? 'info' : ''}><b>{s.linkOnly}</b> link-only</li>
      {result.partial ? <li class="warn">partial</li> : null}
    </ul>
  );
}
