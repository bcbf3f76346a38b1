import type { AnalysisResult } from '../utils/schema';
import { noteText } from '../utils/view/reader-notes';
import { coverageWarning, summarize } from '../utils/view/summary';
import { describeAnalysedAt } from '../utils/view/tree-view';
import type { Param, PluralKey } from '../utils/view/i18n';
import { Message, RichText, useI18n } from './i18n';

export function SummaryLine({ result, now }: { result: AnalysisResult; now: number }) {
  const i18n = useI18n();
  const s = summarize(result);
  const when = describeAnalysedAt(result.analyzedAt, now, i18n.locale);
  /** A counted figure with its number in bold, worded as the language counts. */
  const counted = (key: PluralKey, count: number) => (
    <Message text={(markers) => i18n.t(i18n.plural(key, count), markers as Param[])} parts={[<b>{count}</b>]} />
  );
  const warning = coverageWarning(result);
  // The warning is also in `notices` (for the JSON); show it once, as the warning.
  const notices = (result.notices ?? []).filter((n) => n !== warning?.text);
  return (
    <div class="summary-block">
      <ul class="summary" aria-label={i18n.t('summary_label')}>
        <li data-count="comments">{counted('summary_comments', s.comments)}</li>
        <li data-count="threads">{counted('summary_threads', s.threads)}</li>
        <li data-count="deepest" title={i18n.t('summary_deepest_title')}>
          <RichText name="summary_deepest" parts={[<b>{s.deepest}</b>]} />
        </li>
        <li data-count="off-topic" class={s.offTopic ? 'warn' : ''}>
          <RichText name="summary_off_topic" parts={[<b>{s.offTopic}</b>]} />
        </li>
        <li data-count="link-only" class={s.linkOnly ? 'info' : ''}>
          <RichText name="summary_link_only" parts={[<b>{s.linkOnly}</b>]} />
        </li>
      </ul>
      <p class="status-line">
        {when ? <span class="when">{i18n.t(when.key, when.params)}</span> : null}
        {result.moreLoading ? <span class="loading-more" role="status">{i18n.t('more_loading')}</span> : null}
        {result.partial ? <span class="partial" role="status">{i18n.t('partial')}</span> : null}
      </p>
      {warning ? (
        <p class="notices coverage-warning" role="status" data-code={warning.code}>
          {i18n.lookup(warning.code, warning.params) ?? warning.text}
        </p>
      ) : null}
      {notices.length ? (
        <ul class="notices" aria-label={i18n.t('notices_label')}>
          {notices.map((notice) => (
            <li key={notice}>{noteText(notice, i18n)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
