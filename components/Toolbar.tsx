import { FILTER_LABELS, FILTERS, type Filter } from '../utils/view/tree-view';

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
  return (
    <div class="toolbar">
      <div class="filters" role="radiogroup" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            type="button"
            key={f}
            role="radio"
            aria-checked={filter === f}
            class={`chip${filter === f ? ' on' : ''}`}
            data-filter={f}
            onClick={() => onFilter(f)}
          >
            {FILTER_LABELS[f]} <span class="n">{counts[f]}</span>
          </button>
        ))}
      </div>
      <div class="search-row">
        <input
          type="search"
          class="search"
          placeholder="Search comments and authors"
          aria-label="Search comments and authors"
          value={query}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" class="ghost small" onClick={onCollapseAll} disabled={!collapsible} data-action="collapse-all">
          Collapse all
        </button>
        <button type="button" class="ghost small" onClick={onExpandAll} disabled={!collapsible} data-action="expand-all">
          Expand all
        </button>
      </div>
    </div>
  );
}
