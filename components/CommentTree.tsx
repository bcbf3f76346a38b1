import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnalyzedComment } from '../utils/schema';
import { snippet } from '../utils/view/text-tree';
import { describeCommentTime, type Row } from '../utils/view/tree-view';
import { MARK_LABEL_KEYS } from '../utils/view/marks';
import { reasonText, replyLinkText, type I18n } from '../utils/view/i18n';
import { useI18n } from './i18n';

/** Long comments are cut for display only; the analysis and the export keep them whole. */
const SNIPPET_CHARS = 280;
/** Deeper replies stop indenting further so a 60-deep chain still fits the popup. */
const MAX_INDENT_LEVELS = 10;
/** Rows rendered at once: the first screenful comes up at once, the rest follow a chunk a frame. */
const FIRST_ROWS = 80;
const ROWS_PER_FRAME = 400;
/** Past this many rows, rows off screen skip layout and paint (CSS content-visibility). */
const LONG_LIST_ROWS = 150;

export interface CommentTreeProps {
  comments: readonly AnalyzedComment[];
  rows: readonly Row[];
  /** Whether collapsing applies (it does not while a filter or search shows matches only). */
  collapsible: boolean;
  focusedId: string | null;
  onFocus: (commentId: string) => void;
  onToggle: (commentId: string, collapse: boolean) => void;
  onReveal: (commentId: string) => void;
}

function rowLabel(comment: AnalyzedComment, row: Row, i18n: I18n): string {
  const parts = [`${comment.author ?? i18n.t('anonymous')}: ${snippet(comment.text, 120) || i18n.t('empty_comment')}`];
  for (const mark of comment.marks) parts.push(`${i18n.t(MARK_LABEL_KEYS[mark.kind])}: ${reasonText(mark, i18n)}`);
  if (row.replies > 0) parts.push(i18n.n('replies', row.replies));
  const replyText = replyLinkText(comment.reply, i18n);
  if (replyText) parts.push(replyText);
  return parts.join('. ');
}

/**
 * The reply tree as an ARIA tree: arrow keys move, Left/Right collapse and expand, Enter or a
 * click shows the comment on the page. One row is in the tab order at a time (roving tabindex).
 */
export function CommentTree({ comments, rows, collapsible, focusedId, onFocus, onToggle, onReveal }: CommentTreeProps) {
  const i18n = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (limit >= rows.length) return;
    const frame = requestAnimationFrame(() => setLimit((current) => current + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [limit, rows.length]);
  const focusedIndex = Math.max(0, rows.findIndex((r) => comments[r.index]!.id === focusedId));
  /** The row keyboard navigation asked for; focused once it is on screen. */
  const pendingFocus = useRef<string | null>(null);

  // A layout effect: focus follows the keys at once, not a frame later.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(id)}"]`);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });

  const focusRow = (position: number) => {
    const target = Math.min(Math.max(position, 0), rows.length - 1);
    const row = rows[target];
    if (!row) return;
    const id = comments[row.index]!.id;
    pendingFocus.current = id;
    setLimit((current) => Math.max(current, target + 1));
    onFocus(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows[focusedIndex];
    if (!row) return;
    const id = comments[row.index]!.id;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(focusedIndex + 1);
        break;
      case 'ArrowUp':
        focusRow(focusedIndex - 1);
        break;
      case 'Home':
        focusRow(0);
        break;
      case 'End':
        focusRow(rows.length - 1);
        break;
      case 'ArrowRight':
        if (collapsible && row.collapsed) onToggle(id, false);
        else if (row.replies > 0) focusRow(focusedIndex + 1);
        break;
      case 'ArrowLeft': {
        if (collapsible && row.replies > 0 && !row.collapsed) {
          onToggle(id, true);
          break;
        }
        for (let k = focusedIndex - 1; k >= 0; k--) {
          if (rows[k]!.depth < row.depth) {
            focusRow(k);
            break;
          }
        }
        break;
      }
      case 'Enter':
      case ' ':
        onReveal(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ol class={`tree${rows.length > LONG_LIST_ROWS ? ' long' : ''}`} role="tree" aria-label={i18n.t('tree_label')} ref={listRef} onKeyDown={onKeyDown}>
      {rows.slice(0, limit).map((row, position) => {
        const comment = comments[row.index]!;
        const time = describeCommentTime(comment.time, i18n.locale);
        const replied = replyLinkText(comment.reply, i18n);
        const expandable = collapsible && row.replies > 0;
        return (
          <li
            key={comment.id}
            class={`node${row.context ? ' context' : ''}`}
            role="treeitem"
            tabIndex={position === focusedIndex ? 0 : -1}
            aria-level={row.depth + 1}
            aria-expanded={expandable ? !row.collapsed : undefined}
            aria-label={rowLabel(comment, row, i18n)}
            data-comment-id={comment.id}
            data-depth={row.depth}
            data-marks={comment.marks.map((m) => m.kind).join(' ')}
            style={{ '--depth': Math.min(row.depth, MAX_INDENT_LEVELS) }}
            onFocus={(event) => {
              if (event.target === event.currentTarget && comment.id !== focusedId) onFocus(comment.id);
            }}
          >
            <div class="row" onClick={() => onReveal(comment.id)}>
              {expandable ? (
                <button
                  type="button"
                  class="twisty"
                  tabIndex={-1}
                  aria-hidden="true"
                  title={row.collapsed ? i18n.t('show_replies') : i18n.t('hide_replies')}
                  onClick={(event) => {
                    event.stopPropagation();
                    onToggle(comment.id, !row.collapsed);
                  }}
                >
                  {row.collapsed ? '▸' : '▾'}
                </button>
              ) : (
                <span class="twisty-space" aria-hidden="true" />
              )}
              <div class="body">
                <div class="meta">
                  <span class="author" dir="auto">{comment.author ?? i18n.t('anonymous')}</span>
                  {time ? <span class="time">{time}</span> : null}
                  {replied ? <span class="inferred">↳ {replied}</span> : null}
                  {row.collapsed ? (
                    <span class="replies">{i18n.n('replies_hidden', row.replies)}</span>
                  ) : null}
                </div>
                <div class="text" dir="auto">{snippet(comment.text, SNIPPET_CHARS) || <em class="empty">{i18n.t('empty_comment')}</em>}</div>
                {comment.marks.map((mark) => (
                  <p class="mark" data-kind={mark.kind} key={mark.kind}>
                    <span class="badge">{i18n.t(MARK_LABEL_KEYS[mark.kind])}</span>
                    <span class="reason">{reasonText(mark, i18n)}</span>
                  </p>
                ))}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
