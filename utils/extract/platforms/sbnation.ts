/**
 * SB Nation's comment engine of the early 2010s (the team blogs of sbnation.com, each on its own
 * domain): `div.citem#comment_item_ID` holding `div.comment#comment_inner_ID` (an avatar
 * `a.pic`, the commenter's own title line `h5.comment_title`, the words in `div.cbody` with the
 * commenter's signature at their end in `div.sig`, then `p.by`: "by" and the name linked to
 * `sbnation.com/users/NAME`, "on", `span.time`, "via mobile", an "up" link that scrolls to the
 * parent, "reply", "actions" and the recommendation count), and the replies nested in the item
 * after `div#comment_form_container_ID`.
 *
 * The title is the commenter's (its first sentence, often the whole comment); the signature is not
 * the comment's words: it repeats under every comment of its writer (a Twitter follow button, a
 * team motto, a link to the writer's channel), and read as words it made one writer's comments
 * look like repeated promotion. The `p.by` line is the page's furniture.
 *
 * Seen on dragnet T49 (brightsideofthesun.com) and T54 (tomahawknation.com), tune half; dragnet
 * T55 (athleticsnation.com) is a third site, on the held-out half.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

/** One comment: the item wraps the comment and its nested replies. */
export const ITEM_SELECTOR = 'div.citem[id^="comment_item_"]';

/** The commenter's signature, inside the words' block. */
export const SIGNATURE_SELECTOR = '.sig';

export const SBNATION: PlatformSignature = {
  name: 'sbnation',
  replySource: 'nesting',
  seenOn: ['dragnet T49 (brightsideofthesun.com)', 'dragnet T54 (tomahawknation.com)', 'dragnet T55 (athleticsnation.com)'],
  items: ITEM_SELECTOR,
  notInside: 'form',
  id: [{ attr: 'id', pattern: /^comment_item_(\d+)$/, format: 'comment_item_$1' }],
  // Only the link to the writer's page: the next link in the line is the time's permalink.
  author: { selectors: ['p.by a[href*="/users/"]'] },
  time: { selectors: ['p.by .time'] },
  body: ['div.comment[id^="comment_inner_"]'],
  notText: `${SIGNATURE_SELECTOR}, p.by, a.pic, button`,
  needsText: true,
};

export const sbnation = platformFromSignature(SBNATION);
