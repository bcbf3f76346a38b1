/**
 * Hacker News (and the many clones of its markup). Comments are flat table rows,
 * `tr.athing.comtr` with the item id as the row's `id`; nesting is drawn, not structured: the
 * row's `td.ind` has an `indent` attribute (level), or, in older markup, a spacer image 40px
 * wide per level. So each comment gets a level and no parent id; the reply tree follows levels.
 */
import type { CommentPlatform, DetectContext, FoundComment, RawComment } from '../found-comment';
import { toFoundComments } from '../found-comment';
import { blockText, collectLinks } from '../text';
import { fieldText } from './nested-items';

/** One comment row. */
export const ROW_SELECTOR = 'tr.athing.comtr';

/** The indent cell: `indent="N"` in current markup, `<img width="40·N">` in older markup. */
export const INDENT_SELECTOR = 'td.ind';

/** Pixels of spacer image per level in the older markup. */
export const INDENT_PX_PER_LEVEL = 40;

export const AUTHOR_SELECTOR = '.comhead .hnuser, .hnuser';

/** `span.age` carries `title="<ISO time> <unix time>"`; its link text is relative ("3 hours ago"). */
export const TIME_SELECTOR = '.comhead .age, .age';

/** The comment text; `.commtext` also classes the colour of faded (downvoted) comments. */
export const BODY_SELECTOR = '.commtext';

/** In older markup the reply link sits inside the text's span. */
export const NOT_TEXT_SELECTOR = '.reply, .comhead, .togg';

function levelOf(row: Element): number {
  const cell = row.querySelector(INDENT_SELECTOR);
  const attr = cell?.getAttribute('indent');
  if (attr && /^\d+$/.test(attr.trim())) return Number(attr);
  const width = cell?.querySelector('img')?.getAttribute('width');
  if (width && /^\d+$/.test(width.trim())) return Math.round(Number(width) / INDENT_PX_PER_LEVEL);
  return 0;
}

function timeOf(row: Element): string | null {
  const age = row.querySelector(TIME_SELECTOR);
  // "2024-03-12T10:15:00 1710238500": the ISO part is what a reader (and Date.parse) wants.
  const title = age?.getAttribute('title')?.trim().split(/\s+/)[0];
  return title || fieldText(age);
}

export const hackernews: CommentPlatform = {
  name: 'hackernews',
  replySource: 'indent',
  detect(root: ParentNode, ctx?: DetectContext): FoundComment[] | null {
    const rows = Array.from(root.querySelectorAll(ROW_SELECTOR));
    if (rows.length === 0) return null;
    const raws: RawComment[] = [];
    for (const row of rows) {
      if (ctx && ctx.now() > ctx.deadline) {
        ctx.partial = true;
        break;
      }
      const body = row.querySelector(BODY_SELECTOR);
      const skip = (el: Element): boolean => el.matches(NOT_TEXT_SELECTOR);
      const text = body ? blockText(body, skip) : '';
      const author = fieldText(row.querySelector(AUTHOR_SELECTOR));
      // Deleted and flagged comments keep their row but have no text and no author.
      if (!text && !author) continue;
      raws.push({
        element: row,
        siteId: row.id.trim() || null,
        parentId: null,
        level: levelOf(row),
        author,
        time: timeOf(row),
        text,
        links: body ? collectLinks(body, skip) : [],
      });
    }
    return raws.length > 0 ? toFoundComments(raws, new Map()) : null;
  },
};
