/**
 * Pure: what rows the popup's tree shows for a result, a filter, a search and the collapsed
 * threads. Iterative throughout, so a 1,000-deep chain or 100,000 comments cost no recursion.
 */
import type { AnalyzedComment } from '../schema';
import type { MessageKey, Param } from './i18n';

export const FILTERS = ['all', 'marked', 'off-topic', 'link-only', 'unmarked'] as const;
export type Filter = (typeof FILTERS)[number];

/** The message naming each filter. */
export const FILTER_LABEL_KEYS: Record<Filter, MessageKey> = {
  all: 'filter_all',
  marked: 'filter_marked',
  'off-topic': 'filter_off_topic',
  'link-only': 'filter_link_only',
  unmarked: 'filter_unmarked',
};

/** Above this many comments, threads start collapsed so the first render stays quick. */
export const COLLAPSE_BY_DEFAULT_ABOVE = 300;

export interface TreeIndex {
  /** Comment indexes in tree pre-order (parents before replies, siblings in page order). */
  order: number[];
  /** Index of each comment's parent, or -1. */
  parent: Int32Array;
  /** How many replies (direct and indirect) each comment has. */
  descendants: Int32Array;
  /** Depth as shown: 0 for top level. */
  depth: Int32Array;
}

export function indexTree(comments: readonly AnalyzedComment[]): TreeIndex {
  const n = comments.length;
  const position = new Map<string, number>();
  comments.forEach((c, i) => {
    if (!position.has(c.id)) position.set(c.id, i);
  });
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = comments[i]!.parentId === null ? undefined : position.get(comments[i]!.parentId!);
    if (p === undefined || p === i) roots.push(i);
    else {
      parent[i] = p;
      children[p]!.push(i);
    }
  }
  // The analysis already broke cycles; guard anyway so a malformed result cannot loop forever.
  const order: number[] = [];
  const depth = new Int32Array(n);
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  const visit = (start: number) => {
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (seen[i]) continue;
      seen[i] = 1;
      order.push(i);
      depth[i] = parent[i]! >= 0 ? depth[parent[i]!]! + 1 : 0;
      const kids = children[i]!;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  };
  for (const r of roots) visit(r);
  for (let i = 0; i < n; i++) {
    if (!seen[i]) {
      parent[i] = -1;
      visit(i);
    }
  }
  const descendants = new Int32Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    if (parent[i]! >= 0) descendants[parent[i]!]! += descendants[i]! + 1;
  }
  return { order, parent, descendants, depth };
}

export interface ViewOptions {
  filter: Filter;
  query: string;
  /** Ids of comments whose replies are hidden. */
  collapsed: ReadonlySet<string>;
}

export interface Row {
  index: number;
  depth: number;
  replies: number;
  collapsed: boolean;
  /** Shown only because a reply below it matches the filter or search. */
  context: boolean;
}

export function matchesFilter(comment: AnalyzedComment, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'marked':
      return comment.marks.length > 0;
    case 'unmarked':
      return comment.marks.length === 0;
    default:
      return comment.marks.some((m) => m.kind === filter);
  }
}

function fold(text: string): string {
  return text.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

export function matchesQuery(comment: AnalyzedComment, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  return fold(comment.text).includes(foldedQuery) || (comment.author !== null && fold(comment.author).includes(foldedQuery));
}

/**
 * The rows to show. Unfiltered, it is the tree with collapsed threads folded away; filtered or
 * searched, it is every matching comment plus the ancestors that give it context (shown muted).
 */
export function visibleRows(comments: readonly AnalyzedComment[], tree: TreeIndex, options: ViewOptions): Row[] {
  const query = fold(options.query.trim());
  const rows: Row[] = [];
  if (options.filter === 'all' && !query) {
    let hideBelowDepth = Number.POSITIVE_INFINITY;
    for (const i of tree.order) {
      const depth = tree.depth[i]!;
      if (depth > hideBelowDepth) continue;
      hideBelowDepth = Number.POSITIVE_INFINITY;
      const collapsed = tree.descendants[i]! > 0 && options.collapsed.has(comments[i]!.id);
      if (collapsed) hideBelowDepth = depth;
      rows.push({ index: i, depth, replies: tree.descendants[i]!, collapsed, context: false });
    }
    return rows;
  }
  const include = new Uint8Array(comments.length); // 1 = match, 2 = context
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (!matchesFilter(c, options.filter) || !matchesQuery(c, query)) continue;
    include[i] = 1;
    for (let p = tree.parent[i]!; p >= 0 && include[p] === 0; p = tree.parent[p]!) include[p] = 2;
  }
  for (const i of tree.order) {
    if (include[i]) rows.push({ index: i, depth: tree.depth[i]!, replies: tree.descendants[i]!, collapsed: false, context: include[i] === 2 });
  }
  return rows;
}

/** Threads to start collapsed: none for ordinary sections, every thread with replies for huge ones. */
export function initiallyCollapsed(comments: readonly AnalyzedComment[], tree: TreeIndex): Set<string> {
  if (comments.length <= COLLAPSE_BY_DEFAULT_ABOVE) return new Set();
  const ids = new Set<string>();
  for (let i = 0; i < comments.length; i++) {
    if (tree.parent[i] === -1 && tree.descendants[i]! > 0) ids.add(comments[i]!.id);
  }
  return ids;
}

/** Ids of every comment that has replies (for "collapse all"). */
export function allThreadIds(comments: readonly AnalyzedComment[], tree: TreeIndex): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < comments.length; i++) if (tree.descendants[i]! > 0) ids.add(comments[i]!.id);
  return ids;
}

/** "just now", "5 min ago", "at 14:05", or a date: when the result was made, as a message and its params. */
export function describeAnalysedAt(
  iso: string | undefined,
  now: number,
  locale?: string,
): { key: MessageKey; params: Param[] } | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return { key: 'analysed_just_now', params: [] };
  if (seconds < 3600) return { key: 'analysed_minutes_ago', params: [Math.round(seconds / 60)] };
  const date = new Date(at);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  return sameDay
    ? { key: 'analysed_at', params: [date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })] }
    : { key: 'analysed_on', params: [date.toLocaleDateString(locale)] };
}

/** A comment time as a reader wants it: a readable date for machine times, the page's words otherwise. */
export function describeCommentTime(time: string | null, locale?: string): string | null {
  if (!time) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(time)) return time;
  const at = Date.parse(time);
  if (Number.isNaN(at)) return time;
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
