/**
 * Hacker News (and the many clones of its markup). Comments are flat table rows,
 * `tr.athing.comtr` with the item id as the row's `id`; nesting is drawn, not structured: the
 * row's `td.ind` has an `indent` attribute (level), or, in older markup, a spacer image 40px
 * wide per level. So each comment gets a level and no parent id; the reply tree follows levels.
 */
import { fieldText, type OwnQuery } from './nested-items';
import { platformFromSignature, type PlatformSignature } from './signature';

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

/** "2024-03-12T10:15:00 1710238500": the ISO part of the title is what a reader (and Date.parse) wants. */
function timeOf(_row: Element, own: OwnQuery): string | null {
  const age = own(TIME_SELECTOR);
  const title = age?.getAttribute('title')?.trim().split(/\s+/)[0];
  return title || fieldText(age);
}

export const HACKERNEWS: PlatformSignature = {
  name: 'hackernews',
  replySource: 'indent',
  seenOn: ['https://news.ycombinator.com (its own markup: tr.athing.comtr, td.ind indent, span.age title)'],
  items: ROW_SELECTOR,
  id: [{ attr: 'id' }],
  level: [
    { on: INDENT_SELECTOR, attr: 'indent' },
    { on: `${INDENT_SELECTOR} img`, attr: 'width', per: INDENT_PX_PER_LEVEL },
  ],
  author: { selectors: [AUTHOR_SELECTOR] },
  body: [BODY_SELECTOR],
  notText: NOT_TEXT_SELECTOR,
  // Hook: the time is the first word of an attribute, which no selector can say.
  hooks: { time: (row, own) => timeOf(row, own) },
};

export const hackernews = platformFromSignature(HACKERNEWS);
