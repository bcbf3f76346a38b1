/**
 * Commento (self-hosted comments, commento.io, gitlab.com/commento/commento). Its script writes
 * each comment as a `div.commento-card` (`id="commento-card-<hex>"`) with the name in
 * `.commento-name`, the age in `.commento-timeago` (the date in its title), the words in
 * `.commento-body` and the replies in a `.commento-children` list inside the card; a deleted
 * comment keeps its card with "[deleted]" as name and words.
 */
import { platformFromSignature, type PlatformSignature } from './signature';

export const COMMENT_SELECTOR = 'div.commento-card[id^="commento-card-"]';

export const COMMENTO: PlatformSignature = {
  name: 'commento',
  replySource: 'nesting',
  seenOn: ['https://gitlab.com/commento/commento (frontend/js/commento.js: commento-card, commento-name, commento-timeago, commento-body, commento-children)'],
  items: COMMENT_SELECTOR,
  notInside: 'form',
  id: [{ attr: 'id', pattern: /^commento-card-(\w+)$/, format: 'commento-$1' }],
  author: { selectors: ['.commento-name'], reject: /^\[deleted\]$/ },
  time: { selectors: ['.commento-timeago'], attrs: ['title'] },
  body: ['.commento-body:not(.commento-children)'],
  notText: 'button, .commento-options',
  needsText: true,
};

export const commento = platformFromSignature(COMMENTO);
