import { FILTER_LABEL_KEYS, FILTERS, type Filter } from '../utils/view/tree-view';
import { useI18n } from './i18n';

export interface ToolbarProps {
  filter: Filter;
  query: string;
  counts: Record<Filter, number>;
  collapsible: boolean;
  onFilter: (filter: Filter) => void;
  onQuery: (query: string) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
}

/** Filters, search, and collapse/expand all. */
export function Toolbar({ filter, query, counts, collapsible, onFilter, onQuery, onCollapseAll, onExpandAll }: ToolbarProps) {
  const i18n = useI18n();
  return (
    <div class="toolbar">
      <div class="filters" role="radiogroup" aria-label={i18n.t('filters_label')}>
        {FILTERS.map((f) => (
          <button
            type="button"
            key={f}
            role="radio"
            aria-checked={filter === f}
            class={`chip${filter === f ? ' on' : ''}`}
            data-filter={f}
            title={f === 'unmarked' ? i18n.t('filter_unmarked_title') : undefined}
            onClick={() => onFilter(f)}
          >
            {i18n.t(FILTER_LABEL_KEYS[f])} <span class="n">{counts[f]}</span>
          </button>
        ))}
      </div>
      <div class="search-row">
        <input
          type="search"
          class="search"
          placeholder={i18n.t('search_label')}
          aria-label={i18n.t('search_label')}
          value={query}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="ghost small icon-button"
          onClick={onCollapseAll}
          disabled={!collapsible}
          data-action="collapse-all"
          title={i18n.t('collapse_all')}
          aria-label={i18n.t('collapse_all')}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 6l5-4 5 4M3 14l5-4 5 4" fill="none" stroke="currentColor" stroke-width="1.6" /></svg>
        </button>
        <button
          type="button"
          class="ghost small icon-button"
          onClick={onExpandAll}
          disabled={!collapsible}
          data-action="expand-all"
          title={i18n.t('expand_all')}
          aria-label={i18n.t('expand_all')}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 2l5 4 5-4M3 10l5 4 5-4" fill="none" stroke="currentColor" stroke-width="1.6" /></svg>
        </button>
      </div>
    </div>
  );
}
