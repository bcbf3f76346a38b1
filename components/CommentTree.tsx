import type { AnalyzedComment, Mark } from '../utils/schema';
import { snippet } from '../utils/view/text-tree';

const KIND_TEXT: Record<Mark['kind'], string> = { 'off-topic': 'Off-topic', 'link-only': 'Link only' };
const SNIPPET_CHARS = 160;
/** Deeper replies stop indenting further so a 60-deep chain still fits the popup. */
const MAX_INDENT_LEVELS = 12;

export interface CommentTreeProps {
  comments: AnalyzedComment[];
  onReveal: (commentId: string) => void;
}

/** The reply tree, in page order, indented by depth; each row jumps to its comment on the page. */
export function CommentTree({ comments, onReveal }: CommentTreeProps) {
  return (
    <ol class="tree" aria-label="Comments">
      {comments.map((comment) => (
        <li
          key={comment.id}
          class="node"
          data-comment-id={comment.id}
          data-depth={comment.depth}
          data-marks={comment.marks.map((m) => m.kind).join(' ')}
          style={{ '--depth': Math.min(comment.depth, MAX_INDENT_LEVELS) }}
        >
          <button type="button" class="row" onClick={() => onReveal(comment.id)} aria-label={`Show comment by ${comment.author ?? 'anonymous'} on the page`}>
            <span class="meta">
              <span class="author">{comment.author ?? 'anonymous'}</span>
              {comment.time ? <span class="time">{comment.time}</span> : null}
              {comment.reply?.source === 'inferred' ? (
                <span class="inferred" title={comment.reply.cue ?? undefined}>reply inferred</span>
              ) : null}
            </span>
            <span class="text">{snippet(comment.text, SNIPPET_CHARS) || '(empty)'}</span>
          </button>
          {comment.marks.map((mark) => (
            <p class="mark" data-kind={mark.kind} key={mark.kind}>
              <span class="badge">{KIND_TEXT[mark.kind]}</span>
              <span class="reason">{mark.reason}</span>
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
