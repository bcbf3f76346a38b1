/**
 * The Slash engine (Slashdot, and its forks such as SoylentNews' rehash), as its `dispComment`
 * prints a comment (Slash.pm): `li#tree_CID.comment` holding `div.commentTop` (the subject as
 * `h4 > a#comment_link_CID`, `span.score`), `div.details` ("by" and `span.by` with the nickname
 * linked to `/~nick` and the uid in `span.uid`, or "Anonymous Coward" unlinked; `span.otherdetails`
 * with "on Tuesday July 24, @11:35AM (#CID)" and the homepage and journal links), `div.commentBody`
 * with the words, and the replies nested in `ul#commtree_CID` inside the item. The subject line,
 * the score and the details are the page's, not the commenter's words (most subjects are an
 * automatic "Re:"). Seen on dragnet 131, 232, 294, 317 and 360 (slashdot.org, tune half).
 */
import { platformFromSignature, type PlatformSignature } from './signature';

/** One comment, as `dispComment` opens it. */
export const ITEM_SELECTOR = 'li.comment[id^="tree_"]';

/** The nickname: `span.by` without its "by " and the uid. */
export const AUTHOR_SELECTOR = '.commentTop .details .by';

/** "on Tuesday July 24, @11:35AM (#40750343) Homepage Journal", an e-mail before it at times. */
export const TIME_SELECTOR = '.commentTop .otherdetails';

/** Everything before the "on" of the date and everything from the comment number on. */
const TIME_NOISE = /^[\s\S]*?(?:^|\s)on\s+|\s*\(#\d+\)[\s\S]*$/g;

export const SLASH: PlatformSignature = {
  name: 'slash',
  replySource: 'nesting',
  seenOn: [
    'https://github.com/SoylentNews/slashcode (the Slash engine; Slash.pm dispComment: li#tree_CID.comment, div.commentTop, span.by, span.otherdetails, div.commentBody, ul#commtree_CID)',
    'dragnet 131, 232, 294, 317, 360 (slashdot.org)',
  ],
  items: ITEM_SELECTOR,
  id: [{ attr: 'id', pattern: /^tree_(\d+)$/, format: 'tree_$1' }],
  author: { selectors: [AUTHOR_SELECTOR], skip: '.byby, .uid' },
  time: { selectors: [TIME_SELECTOR], attrs: [], strip: TIME_NOISE },
  body: ['.commentBody > div[id^="comment_body_"]', '.commentBody'],
  notText: '.commentTop, .commentSub',
};

export const slash = platformFromSignature(SLASH);
